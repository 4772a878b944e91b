"""Exceptions raised by eventwire.

Every error the C++ library reports (a ``Status``) arrives as one of these
classes. ``str(error)`` is the text the ``eventwire`` CLI prints for the same
problem:

* for a rejected article (``Pipeline.code``, ``code_many``, ``read_articles``)
  the reason the CLI prints after ``error: FILE:LINE: record N:``, e.g.
  ``date "2017-13-40" is not a valid calendar date``;
* for a pipeline that cannot be built (``Pipeline()``) the text after
  ``eventwire: fatal:``, e.g. ``invalid input: NER model: not found: ...``.

Each class also derives from the closest built-in exception, so
``except ValueError`` catches bad input and ``except FileNotFoundError`` a
missing archive.
"""

from __future__ import annotations

__all__ = [
    "Error",
    "InvalidInputError",
    "NotFoundError",
    "StorageError",
    "CorruptError",
    "UnsupportedError",
    "InternalError",
    "ModelError",
    "EventwireWarning",
    "RecordWarning",
]


class Error(Exception):
    """Base class of every eventwire error."""

    #: The library's status code: "invalid_input", "not_found", "io_error", ...
    code = "internal"


class InvalidInputError(Error, ValueError):
    """The input is malformed: bad UTF-8, a bad date, an empty article, a bad query."""

    code = "invalid_input"


class NotFoundError(Error, FileNotFoundError):
    """A file, model, archive or article does not exist."""

    code = "not_found"


class StorageError(Error, OSError):
    """Reading or writing a file or the archive failed."""

    code = "io_error"


class CorruptError(Error):
    """A model, gazetteer or archive fails its integrity checks."""

    code = "corrupt"


class UnsupportedError(Error, NotImplementedError):
    """A valid request that eventwire does not handle."""

    code = "unsupported"


class InternalError(Error, RuntimeError):
    """A bug in eventwire; please report it with the input that caused it."""

    code = "internal"


class ModelError(Error):
    """``Pipeline()`` failed: a model, dictionary or the gazetteer is missing or bad.

    The message is what ``eventwire code`` prints after ``eventwire: fatal:``.
    """

    code = "model"


class EventwireWarning(UserWarning):
    """A warning the CLI prints on stderr (e.g. a sentence cut at the token limit)."""


class RecordWarning(EventwireWarning):
    """An article skipped by ``code_many`` or ``read_articles`` with ``errors="warn"``."""


_BY_CODE = {
    cls.code: cls
    for cls in (
        InvalidInputError,
        NotFoundError,
        StorageError,
        CorruptError,
        UnsupportedError,
        InternalError,
        ModelError,
    )
}


def error_class(code: str) -> type[Error]:
    """The exception class for a library status code."""
    return _BY_CODE.get(code, InternalError)
