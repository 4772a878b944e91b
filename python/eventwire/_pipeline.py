"""Pipeline, code_many and read_articles: coding articles in-process."""

from __future__ import annotations

import json
import math
import numbers
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Optional, Sequence, Union

from . import _eventwire
from .errors import EventwireWarning, RecordWarning, error_class

__all__ = ["Pipeline", "read_articles", "models_dir", "gazetteer_path"]

PathLike = Union[str, "os.PathLike[str]"]
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_ARTICLE_KEYS = ("text", "date", "title", "source", "url", "id")
_ERRORS = ("raise", "warn", "ignore")


def models_dir(models: Optional[PathLike] = None) -> str:
    """The models folder a ``Pipeline(models=...)`` uses.

    In order: ``models`` when given; ``$EVENTWIRE_MODELS``; the models shipped
    inside the installed package (``eventwire/models``); the source tree's
    ``models/`` folder known when the module was built.
    """
    if models is not None:
        return os.fspath(models)
    if os.environ.get("EVENTWIRE_MODELS"):
        return os.environ["EVENTWIRE_MODELS"]
    bundled = os.path.join(_PACKAGE_DIR, "models")
    if os.path.isdir(bundled):
        return bundled
    return _eventwire.resolve_models_dir("")


def gazetteer_path(gazetteer: Optional[PathLike] = None) -> str:
    """The gazetteer file the geo stage opens ("" = the library's default).

    In order: ``gazetteer`` when given; ``$EVENTWIRE_GAZETTEER``; the copy
    shipped inside the installed package (``eventwire/data/gazetteer.ewg``);
    the source tree's ``.cache/gazetteer.ewg``.
    """
    if gazetteer is not None:
        return os.fspath(gazetteer)
    if os.environ.get("EVENTWIRE_GAZETTEER"):
        return os.environ["EVENTWIRE_GAZETTEER"]
    bundled = os.path.join(_PACKAGE_DIR, "data", "gazetteer.ewg")
    return bundled if os.path.isfile(bundled) else ""


def _paths(value: Union[None, PathLike, Sequence[PathLike]]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, bytes, os.PathLike)):
        return [os.fspath(value)]  # type: ignore[list-item]
    return [os.fspath(v) for v in value]


def _field(value: Any) -> Any:
    """A field as the C++ side takes it: str, bytes or None.

    pandas gives NaN for missing values and Timestamps for dates, numpy gives
    its own integers: all are accepted here.
    """
    if value is None or isinstance(value, (str, bytes)):
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    if hasattr(value, "isoformat") and not isinstance(value, type):
        try:
            if value != value:  # pandas NaT
                return None
        except (TypeError, ValueError):
            pass
        return value.isoformat()
    return value  # the C++ side names the field and the type it found


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _extra(record: Mapping[str, Any]) -> Optional[list[tuple[str, str]]]:
    extra = None
    for key, value in record.items():
        if key in _ARTICLE_KEYS:
            continue
        if isinstance(value, float) and math.isnan(value):
            value = None
        if extra is None:
            extra = []
        extra.append((str(key), json.dumps(value, default=_json_default, allow_nan=False)))
    return extra


def _warn_document(doc: dict) -> None:
    for warning in doc.get("meta", {}).get("warnings", ()):
        warnings.warn(f"{doc.get('id')}: {warning}", EventwireWarning, stacklevel=3)


def _check_errors(errors: str) -> None:
    if errors not in _ERRORS:
        raise ValueError(f'errors must be "raise", "warn" or "ignore", not {errors!r}')


def _progress_bar(total: Optional[int], progress: Optional[bool]):
    """A tqdm bar when asked for, or (progress=None) when a terminal or notebook is attached."""
    if progress is False:
        return None
    if progress is None:
        in_notebook = "ipykernel" in sys.modules
        stderr = sys.stderr
        attached = in_notebook or (stderr is not None and hasattr(stderr, "isatty") and stderr.isatty())
        if not attached:
            return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm is optional (Debian python3-tqdm)
        return None
    return tqdm(total=total, unit="article", desc="eventwire", leave=True)


class Pipeline:
    """The eventwire pipeline, loaded once and used for any number of articles.

    Every stage of ``eventwire code`` runs: tokens, sentences, syntax,
    entities and actors, times, places, quotes and events (CAMEO and PLOVER).
    Models are read once, shared read-only; a Pipeline can be used from
    several threads at once, and ``code_many`` runs its own worker threads.

    Args:
        models: the models folder; default: ``$EVENTWIRE_MODELS``, else the
            models shipped in the package, else the source tree's.
        syntax: "fast", "accurate", or a syntax model file.
        verbs: verb dictionaries (PETRARCH-2 or TABARI), replacing the
            built-in event lexicon (``--verbs``).
        actors: actor dictionaries added to the built-in actors (``--actors``).
        agents: agent dictionaries (``--agents``).
        discards: discard lists (``--discards``).
        issues: issue coding lists (``--issues``).
        no_builtin_actors: use only the ``actors``/``agents`` files.
        one_a_day: one event per story, date, source, target and code.
        anchor: "news" (relative times from the article date) or
            "narrative" (from the last date met in the text).
        rule_sentences: split sentences by rules, not the trained model.
        max_sentence_tokens: longer sentences are cut into pieces.
        gazetteer: the gazetteer file for places; default:
            ``$EVENTWIRE_GAZETTEER``, else the one shipped in the package,
            else the source tree's ``.cache/gazetteer.ewg``.

    Raises:
        ModelError: a model, dictionary or the gazetteer cannot be loaded;
            the message is the one ``eventwire code`` prints.
    """

    def __init__(
        self,
        models: Optional[PathLike] = None,
        syntax: str = "fast",
        verbs: Union[None, PathLike, Sequence[PathLike]] = None,
        actors: Union[None, PathLike, Sequence[PathLike]] = (),
        agents: Union[None, PathLike, Sequence[PathLike]] = (),
        discards: Union[None, PathLike, Sequence[PathLike]] = (),
        issues: Union[None, PathLike, Sequence[PathLike]] = (),
        *,
        no_builtin_actors: bool = False,
        one_a_day: bool = False,
        anchor: str = "news",
        rule_sentences: bool = False,
        max_sentence_tokens: int = 250,
        gazetteer: Optional[PathLike] = None,
    ) -> None:
        if anchor not in ("news", "narrative"):
            raise ValueError(f'anchor must be "news" or "narrative", not {anchor!r}')
        if syntax == "none":
            raise ValueError('syntax "none" turns off the stages that code events; use "fast"')
        self._settings = {
            "models": models_dir(models),
            "syntax": os.fspath(syntax),
            "verbs": _paths(verbs),
            "actors": _paths(actors),
            "agents": _paths(agents),
            "discards": _paths(discards),
            "issues": _paths(issues),
            "no_builtin_actors": bool(no_builtin_actors),
            "one_a_day": bool(one_a_day),
            "anchor": anchor,
            "rule_sentences": bool(rule_sentences),
            "max_sentence_tokens": int(max_sentence_tokens),
            "gazetteer": gazetteer_path(gazetteer),
        }
        self._impl = _eventwire.Pipeline(self._settings)
        self._calls = 0

    def __repr__(self) -> str:
        return f"eventwire.Pipeline(models={self._settings['models']!r}, syntax={self._settings['syntax']!r})"

    @property
    def settings(self) -> dict:
        """The options this pipeline was built with (paths resolved)."""
        return dict(self._settings)

    @property
    def models(self) -> list[dict]:
        """The models loaded: name, version and fingerprint of each."""
        return self._impl.models()

    @property
    def dictionaries(self) -> list[dict]:
        """The dictionaries loaded: name, version and fingerprint of each."""
        return self._impl.dictionaries()

    def code_json(
        self,
        text: Union[str, bytes],
        date: Any = None,
        title: Any = None,
        source: Any = None,
        id: Any = None,
        url: Any = None,
        *,
        tokens: bool = False,
        extra: Optional[Mapping[str, Any]] = None,
    ) -> str:
        """Like :meth:`code` but returns the JSON text (one line, as the CLI prints it)."""
        self._calls += 1
        pairs = _extra(extra) if extra else None
        return self._impl.code(
            _field(text), _field(date), _field(title), _field(source), _field(url), _field(id),
            pairs, self._calls, bool(tokens),
        )

    def code(
        self,
        text: Union[str, bytes],
        date: Any = None,
        title: Any = None,
        source: Any = None,
        id: Any = None,
        url: Any = None,
        *,
        tokens: bool = False,
        extra: Optional[Mapping[str, Any]] = None,
    ) -> dict:
        """Codes one article and returns the CLI's JSON object as a dict.

        Args:
            text: the body; paragraphs separated by blank lines (or by single
                line breaks when there is no blank line). ``str`` or UTF-8
                ``bytes``.
            date: the article date, "YYYY-MM-DD" (or "20171225",
                "2017-12-25T10:00:00Z", a ``datetime.date``); None leaves the
                article undated (the CLI would reject it).
            title: the headline; source: the outlet; url: the address.
            id: the article id; default "python#N" (N counts calls).
            tokens: include tokens and their syntax (``--tokens``).
            extra: more fields, kept verbatim under "extra" as in JSON Lines input.

        Returns:
            The document as ``eventwire code`` prints it (docs/schema.md):
            id, date, title, source, url, text, meta, entities, events,
            quotes, times, places, sentences... Only ``meta.origin`` differs:
            file "<python>" and the call number as record.

        Raises:
            InvalidInputError: bad UTF-8, a bad date, an empty article, a
                field that is not a string; the message is the CLI's.
        """
        doc = json.loads(self.code_json(text, date, title, source, id, url, tokens=tokens, extra=extra))
        if doc["meta"]["warnings"]:
            _warn_document(doc)
        return doc

    def code_many(
        self,
        articles: Iterable[Union[Mapping[str, Any], str]],
        threads: int = 1,
        *,
        tokens: bool = False,
        errors: str = "warn",
        progress: Optional[bool] = None,
        window: Optional[int] = None,
    ) -> Iterator[dict]:
        """Codes many articles on ``threads`` worker threads, yielding results in input order.

        The C++ workers run without the GIL; at most ``window`` articles
        (default 4 per thread) are in flight, so memory stays bounded however
        long the input. Results are identical whatever the number of threads.

        Args:
            articles: dicts with "text" and optionally "date", "title",
                "source", "url", "id" (other keys go to "extra"), as in JSON
                Lines input; or plain strings (the text). ``read_articles``
                and ``DataFrame.to_dict("records")`` give suitable dicts.
            threads: worker threads.
            tokens: include tokens and their syntax.
            errors: what to do with an article that cannot be coded: "warn"
                (default: a RecordWarning with the CLI's reason, and skip it),
                "ignore" (skip it silently) or "raise" (the exception).
            progress: a tqdm progress bar; None (default) shows one when a
                terminal or a notebook is attached and tqdm is installed.

        Yields:
            One dict per coded article, as :meth:`code` returns.
        """
        _check_errors(errors)
        threads = int(threads)
        if threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        window = int(window) if window else 4 * threads
        total = len(articles) if hasattr(articles, "__len__") else None  # type: ignore[arg-type]
        bar = _progress_bar(total, progress)
        batch = _eventwire.Batch(self._impl, threads, bool(tokens))
        iterator = iter(articles)
        ids: list[Any] = []  # ids of the articles in flight, for error messages
        record = 0
        exhausted = False
        try:
            while True:
                while not exhausted and batch.pending() < window:
                    try:
                        item = next(iterator)
                    except StopIteration:
                        exhausted = True
                        break
                    record += 1
                    if isinstance(item, (str, bytes)):
                        item = {"text": item}
                    elif not isinstance(item, Mapping):
                        raise TypeError(
                            f"code_many takes dicts or strings; article {record} is a {type(item).__name__}"
                        )
                    get = item.get
                    ids.append(get("id"))
                    batch.submit(
                        _field(get("text")), _field(get("date")), _field(get("title")),
                        _field(get("source")), _field(get("url")), _field(get("id")),
                        _extra(item), record,
                    )
                if batch.pending() == 0:
                    break
                text, code, message = batch.take()
                article_id = ids.pop(0)
                done = record - batch.pending()
                if bar is not None:
                    bar.update(1)
                if text is None:
                    if errors == "raise":
                        raise error_class(code)(message)
                    if errors == "warn":
                        name = f" ({article_id})" if article_id is not None else ""
                        warnings.warn(f"article {done}{name}: {message}", RecordWarning, stacklevel=2)
                    continue
                doc = json.loads(text)
                if doc["meta"]["warnings"]:
                    _warn_document(doc)
                yield doc
        finally:
            batch.close()
            if bar is not None:
                bar.close()


def read_articles(
    paths: Union[PathLike, Sequence[PathLike]],
    format: str = "auto",
    date: Any = None,
    *,
    errors: str = "warn",
) -> Iterator[dict]:
    """Reads articles from files and folders exactly as the CLI does.

    Folders are read recursively in sorted order; .gz and .zst files are
    decompressed; the format (native, jsonl, petrarch, plain, conllu) is
    detected unless given.

    Args:
        paths: files and folders.
        format: "auto", "native", "jsonl", "petrarch", "plain" or "conllu".
        date: the date for plain text and for records without one (``--date``).
        errors: a record that cannot be read: "warn" (a RecordWarning with
            the CLI's error line, and skip it), "ignore" or "raise".

    Yields:
        dicts with id, date, title, text (the body), source, url and any
        other fields of the record, ready for :meth:`Pipeline.code_many`.

    Raises:
        NotFoundError: a path does not exist.
        InvalidInputError: a bad ``format`` or ``date``.
    """
    _check_errors(errors)
    reader = _eventwire.Reader(_paths(paths), format, _field(date) or "")
    while True:
        item = reader.next()
        if item is None:
            return
        if item[0] == "error":
            if errors == "raise":
                raise error_class("invalid_input")(item[1])
            if errors == "warn":
                warnings.warn(item[1], RecordWarning, stacklevel=2)
            continue
        _, article, extra, _origin = item
        for key, value in extra:
            article.setdefault(key, json.loads(value))
        yield article
