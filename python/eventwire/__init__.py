"""eventwire: political event data from news text, in-process.

Code articles into events (CAMEO/PLOVER), quotes, entities and actors, times
and places with the same C++ library as the ``eventwire`` command, and get
the results as dicts (the CLI's JSON) or pandas DataFrames::

    import eventwire
    p = eventwire.Pipeline()
    doc = p.code("Israeli troops attacked militants in Gaza on Sunday.", date="2023-10-08")
    docs = list(p.code_many(eventwire.read_articles("articles/"), threads=2))
    events = eventwire.events_frame(docs)

See docs/python.md in the repository for the whole guide.
"""

from . import _eventwire
from ._pipeline import Pipeline, gazetteer_path, models_dir, read_articles
from .archive import Archive
from .errors import (
    CorruptError,
    Error,
    EventwireWarning,
    InternalError,
    InvalidInputError,
    ModelError,
    NotFoundError,
    RecordWarning,
    StorageError,
    UnsupportedError,
)
from .errors import _BY_CODE as _error_classes
from .frames import entities_frame, events_frame, places_frame, quotes_frame, times_frame

_eventwire.set_error_classes(dict(_error_classes))

#: The eventwire library version this module was built from.
__version__ = _eventwire.version

__all__ = [
    "Pipeline",
    "read_articles",
    "Archive",
    "events_frame",
    "quotes_frame",
    "entities_frame",
    "places_frame",
    "times_frame",
    "models_dir",
    "gazetteer_path",
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
    "__version__",
]
