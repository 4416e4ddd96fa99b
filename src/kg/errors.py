"""The exception family of kg: the library raises these, the CLI prints them.

Example:
    >>> from kg.errors import InputError
    >>> str(InputError("notes.pdf: unsupported file type"))
    'notes.pdf: unsupported file type'
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to a user (one line, no traceback)."""


class InputError(KgError):
    """An article file or stream could not be read or understood."""


class LexiconError(KgError):
    """A lexicon file under data/lexicon/ is malformed."""


class StoreError(KgError):
    """The store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, refused or failed."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""
