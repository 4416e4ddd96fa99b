"""File locks that let one writer and many readers share a store directory safely.

Two advisory locks (``flock``), both released by the kernel when their process dies, so a
killed ingest never leaves a stale lock behind:

- the **writer lock** (``kg-writer.lock``), held for a whole writing run (``kg ingest``,
  ``kg query --update``): a second writer is told the store is in use, at once or after
  ``wait`` seconds;
- the **data lock** (``kg.lock``), held shared by every reader while its Oxigraph handle
  is open, and exclusively by the writer only while it writes a batch. Between batches the
  writer closes the database and lets readers in, so reading during an ingest sees the
  store as of the last finished batch, never a write in progress;
- the **intent lock** (``kg-intent.lock``), which gives a waiting writer precedence: the
  writer takes it exclusively before the data lock, readers take it shared only while they
  take the data lock, so a stream of readers cannot keep a writer out for ever.

The holder's process id and command go into the lock file, so the message names them.

Example:
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "kg-writer.lock"
    >>> with FileLock(path, "writer") as lock:
    ...     lock.acquire(exclusive=True, wait=0)
    ...     FileLock(path, "writer").try_acquire(exclusive=True)
    False
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.errors import StoreError

POLL = 0.05  # seconds between attempts while waiting


class LockTimeout(StoreError):
    """The lock stayed held by another process for longer than the caller would wait."""


class FileLock:
    """One ``flock`` on one file, shared or exclusive, with a bounded wait.

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "kg.lock"
        >>> a, b = FileLock(path, "data"), FileLock(path, "data")
        >>> a.try_acquire(exclusive=False), b.try_acquire(exclusive=False)
        (True, True)
        >>> a.release(); b.release()
    """

    def __init__(self, path: Path, role: str) -> None:
        self.path = path
        self.role = role
        self._fd: int | None = None
        self.exclusive = False

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        """Whether this process holds the lock now."""
        return self._fd is not None

    def fileno(self) -> int | None:
        """The descriptor holding the lock, or None (worker processes close their copy)."""
        return self._fd

    def try_acquire(self, *, exclusive: bool) -> bool:
        """Take the lock if it is free now; return whether it was taken."""
        if self._fd is not None:
            raise StoreError(f"{self.path}: lock already held by this handle")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as e:
            raise StoreError(f"cannot lock {self.path.parent}: {e.strerror}") from e
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd, self.exclusive = fd, exclusive
        if exclusive:
            _write_holder(fd)
        return True

    def acquire(
        self,
        *,
        exclusive: bool,
        wait: float | None,
        on_wait: Callable[[str], None] | None = None,
        busy: Callable[[str], str] | None = None,
    ) -> None:
        """Take the lock, waiting up to ``wait`` seconds (``None``: for ever).

        ``on_wait`` is called once, with the holder's description, if the lock is not free
        at once; ``busy`` turns that description into the message of the
        :class:`LockTimeout` raised when the wait runs out.
        """
        deadline = None if wait is None else time.monotonic() + wait
        told = False
        while not self.try_acquire(exclusive=exclusive):
            holder = self.holder()
            if deadline is not None and time.monotonic() >= deadline:
                message = busy(holder) if busy else f"{self.path} is locked by {holder}"
                raise LockTimeout(message)
            if on_wait and not told:
                on_wait(holder)
                told = True
            time.sleep(POLL)

    def release(self) -> None:
        """Release the lock (nothing happens when it is not held)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if self.exclusive:
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def holder(self) -> str:
        """Describe the process that last took the lock exclusively, if it says so.

        Example:
            >>> import tempfile, pathlib
            >>> FileLock(pathlib.Path(tempfile.mkdtemp()) / "x.lock", "data").holder()
            'another process'
        """
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            text = ""
        return text or "another process"


def _write_holder(fd: int) -> None:
    command = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv[:3]))
    text = f"pid {os.getpid()} ({command or 'python'})"
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode("utf-8", "replace"), 0)


def take_data(
    data: FileLock,
    intent: FileLock,
    *,
    exclusive: bool,
    wait: float,
    on_wait: Callable[[str], None] | None = None,
    busy: Callable[[str], str] | None = None,
) -> None:
    """Take the data lock through the intent lock (writers first; see the module).

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> data, intent = FileLock(d / "kg.lock", "data"), FileLock(d / "i.lock", "intent")
        >>> take_data(data, intent, exclusive=False, wait=0)
        >>> data.held, intent.held
        (True, False)
    """
    deadline = time.monotonic() + wait
    intent.acquire(exclusive=exclusive, wait=wait, on_wait=on_wait, busy=busy)
    try:
        left = max(0.0, deadline - time.monotonic())
        data.acquire(exclusive=exclusive, wait=left, on_wait=on_wait, busy=busy)
    finally:
        intent.release()
