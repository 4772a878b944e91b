# Stubs for the C++ extension (python/src/module.cc). Private: use the eventwire package.
from typing import Any, Optional

version: str

def set_error_classes(classes: dict[str, type]) -> None: ...
def resolve_models_dir(explicit_dir: str = ...) -> str: ...
def normalize_date(date: str) -> str: ...
def default_min_confidence() -> float: ...

class Pipeline:
    def __init__(self, settings: dict[str, Any]) -> None: ...
    def code(self, text: Any, date: Any, title: Any, source: Any, url: Any, id: Any,
             extra: Optional[list[tuple[str, str]]], record: int, tokens: bool) -> str: ...
    def models(self) -> list[dict[str, str]]: ...
    def dictionaries(self) -> list[dict[str, str]]: ...

class Batch:
    def __init__(self, pipeline: Pipeline, threads: int, tokens: bool) -> None: ...
    def submit(self, text: Any, date: Any, title: Any, source: Any, url: Any, id: Any,
               extra: Optional[list[tuple[str, str]]], record: int) -> None: ...
    def take(self) -> tuple[Optional[str], Optional[str], Optional[str]]: ...
    def pending(self) -> int: ...
    def close(self) -> None: ...

class Reader:
    def __init__(self, paths: list[str], format: str, date: str) -> None: ...
    def next(self) -> Optional[tuple[Any, ...]]: ...

class SearchQuery:
    text: str
    from_: str
    to: str
    source: str
    actor: str
    limit: int
    offset: int

class EventQuery:
    actor: str
    source_actor: str
    target_actor: str
    code: str
    root: str
    from_: str
    to: str
    country: str
    article: str
    limit: int
    offset: int

class QuoteQuery:
    speaker: str
    about: str
    from_: str
    to: str
    article: str
    limit: int
    offset: int

class TimelineQuery:
    from_: str
    to: str
    actor: str
    daily: bool

class NetworkQuery:
    from_: str
    to: str
    root: str
    limit: int

class Archive:
    path: str
    def __init__(self, path: str) -> None: ...
    def search(self, query: SearchQuery) -> str: ...
    def events(self, query: EventQuery) -> str: ...
    def quotes(self, query: QuoteQuery) -> str: ...
    def document(self, id: str, tokens: bool) -> str: ...
    def stats(self, breakdowns: bool) -> dict[str, Any]: ...
    def timeline(self, query: TimelineQuery) -> list[tuple[str, str, int]]: ...
    def network(self, query: NetworkQuery) -> list[tuple[str, str, int]]: ...
    def actors(self, prefix: str, limit: int) -> list[tuple[str, str, int]]: ...
    def close(self) -> None: ...
