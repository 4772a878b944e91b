# Type stubs for the public API of eventwire (docs/python.md).
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Optional, Union

import pandas

_Path = Union[str, os.PathLike[str]]
_Paths = Union[None, _Path, Sequence[_Path]]
_Date = Union[None, str, Any]  # "YYYY-MM-DD", datetime.date, pandas.Timestamp
_Article = Union[Mapping[str, Any], str]

__version__: str

class Error(Exception):
    code: str

class InvalidInputError(Error, ValueError): ...
class NotFoundError(Error, FileNotFoundError): ...
class StorageError(Error, OSError): ...
class CorruptError(Error): ...
class UnsupportedError(Error, NotImplementedError): ...
class InternalError(Error, RuntimeError): ...
class ModelError(Error): ...
class EventwireWarning(UserWarning): ...
class RecordWarning(EventwireWarning): ...

def models_dir(models: Optional[_Path] = ...) -> str: ...
def gazetteer_path(gazetteer: Optional[_Path] = ...) -> str: ...

class Pipeline:
    def __init__(
        self,
        models: Optional[_Path] = ...,
        syntax: str = ...,
        verbs: _Paths = ...,
        actors: _Paths = ...,
        agents: _Paths = ...,
        discards: _Paths = ...,
        issues: _Paths = ...,
        *,
        no_builtin_actors: bool = ...,
        one_a_day: bool = ...,
        anchor: str = ...,
        rule_sentences: bool = ...,
        max_sentence_tokens: int = ...,
        gazetteer: Optional[_Path] = ...,
    ) -> None: ...
    @property
    def settings(self) -> dict[str, Any]: ...
    @property
    def models(self) -> list[dict[str, str]]: ...
    @property
    def dictionaries(self) -> list[dict[str, str]]: ...
    def code(
        self,
        text: Union[str, bytes],
        date: _Date = ...,
        title: Optional[str] = ...,
        source: Optional[str] = ...,
        id: Union[None, str, int] = ...,
        url: Optional[str] = ...,
        *,
        tokens: bool = ...,
        extra: Optional[Mapping[str, Any]] = ...,
    ) -> dict[str, Any]: ...
    def code_json(
        self,
        text: Union[str, bytes],
        date: _Date = ...,
        title: Optional[str] = ...,
        source: Optional[str] = ...,
        id: Union[None, str, int] = ...,
        url: Optional[str] = ...,
        *,
        tokens: bool = ...,
        extra: Optional[Mapping[str, Any]] = ...,
    ) -> str: ...
    def code_many(
        self,
        articles: Iterable[_Article],
        threads: int = ...,
        *,
        tokens: bool = ...,
        errors: str = ...,
        progress: Optional[bool] = ...,
        window: Optional[int] = ...,
    ) -> Iterator[dict[str, Any]]: ...

def read_articles(
    paths: Union[_Path, Sequence[_Path]],
    format: str = ...,
    date: _Date = ...,
    *,
    errors: str = ...,
) -> Iterator[dict[str, Any]]: ...

_Results = Union[Mapping[str, Any], Iterable[Mapping[str, Any]]]

def events_frame(results: _Results) -> pandas.DataFrame: ...
def quotes_frame(results: _Results) -> pandas.DataFrame: ...
def entities_frame(results: _Results) -> pandas.DataFrame: ...
def places_frame(results: _Results) -> pandas.DataFrame: ...
def times_frame(results: _Results) -> pandas.DataFrame: ...

class Archive:
    def __init__(self, path: _Path) -> None: ...
    def __enter__(self) -> Archive: ...
    def __exit__(self, *exc: Any) -> None: ...
    @property
    def path(self) -> str: ...
    def close(self) -> None: ...
    def search(
        self,
        query: str,
        from_: _Date = ...,
        to: _Date = ...,
        source: Optional[str] = ...,
        actor: Optional[str] = ...,
        limit: int = ...,
        offset: int = ...,
    ) -> pandas.DataFrame: ...
    def events(
        self,
        actor: Optional[str] = ...,
        source_actor: Optional[str] = ...,
        target_actor: Optional[str] = ...,
        code: Optional[str] = ...,
        root: Optional[str] = ...,
        from_: _Date = ...,
        to: _Date = ...,
        country: Optional[str] = ...,
        article: Optional[str] = ...,
        limit: Optional[int] = ...,
        offset: int = ...,
    ) -> pandas.DataFrame: ...
    def quotes(
        self,
        speaker: Optional[str] = ...,
        about: Optional[str] = ...,
        from_: _Date = ...,
        to: _Date = ...,
        article: Optional[str] = ...,
        limit: Optional[int] = ...,
        offset: int = ...,
    ) -> pandas.DataFrame: ...
    def stats(self, breakdown: Optional[str] = ...) -> pandas.DataFrame: ...
    def timeline(
        self, actor: Optional[str] = ..., from_: _Date = ..., to: _Date = ..., interval: str = ...
    ) -> pandas.DataFrame: ...
    def network(
        self, root: Optional[str] = ..., from_: _Date = ..., to: _Date = ..., limit: int = ...
    ) -> pandas.DataFrame: ...
    def actors(self, prefix: str = ..., limit: int = ...) -> pandas.DataFrame: ...
    def document(self, id: str, tokens: bool = ...) -> dict[str, Any]: ...
