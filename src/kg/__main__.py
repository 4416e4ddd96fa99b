"""``python -m kg``: the same as the ``kg`` command.

Example:
    >>> import subprocess, sys
    >>> subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True).returncode
    0
"""

from kg.cli import main

if __name__ == "__main__":
    main(prog_name="kg")
