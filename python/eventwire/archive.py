"""Archive: an eventwire archive (``eventwire ingest``) queried into DataFrames."""

from __future__ import annotations

import json
import os
from typing import Any, Optional, Union

from . import _eventwire
from .frames import _frame

__all__ = ["Archive"]

_SEARCH_COLUMNS = {
    "id": "str", "date": "date", "title": "str", "outlet": "str", "url": "str",
    "snippet": "str", "score": "float",
}
_EVENT_COLUMNS = {
    "article": "str", "title": "str", "outlet": "str", "url": "str", "id": "str",
    "date": "date", "date_precision": "str", "code": "str", "root_code": "str", "plover": "str",
    "quad_class": "int", "goldstein": "float",
    "source_actor": "str", "source_text": "str", "source_entity": "str", "source_name": "str",
    "target_actor": "str", "target_text": "str", "target_entity": "str", "target_name": "str",
    "country": "str", "location": "str", "sentence": "int", "start": "int", "end": "int",
    "negated": "bool", "confidence": "float", "verb": "str",
}
_QUOTE_COLUMNS = {
    "article": "str", "title": "str", "date": "date", "id": "str", "kind": "str",
    "content": "str", "content_start": "int", "content_end": "int",
    "speaker": "str", "speaker_entity": "str", "speaker_name": "str",
    "addressee": "str", "addressee_entity": "str", "addressee_name": "str",
}
_COUNTS = ("articles", "sentences", "tokens", "entities", "mentions", "events", "quotes", "times",
           "places")


def _date(value: Any) -> str:
    """A filter date as the archive takes it: "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _limit(value: Optional[int]) -> int:
    return 0 if value is None else int(value)


class Archive:
    """A read-only view of an eventwire archive (an SQLite file written by ``eventwire ingest``).

    Every query returns a pandas DataFrame (dtypes as in :mod:`eventwire.frames`).
    Date filters take "YYYY", "YYYY-MM", "YYYY-MM-DD" or ``datetime.date``;
    ``to`` is inclusive (``to="2024-03"`` covers all of March). Actor codes
    match by prefix ("RUS" matches "RUSGOV"), ``code`` by CAMEO prefix,
    ``root`` exactly.

    Opening checks the file and brings nothing into memory; an Archive may be
    shared by threads (calls are serialized) and is a context manager.

    Raises:
        NotFoundError, StorageError, CorruptError: the file cannot be opened
            as an archive; the message is the CLI's.
    """

    def __init__(self, path: Union[str, "os.PathLike[str]"]) -> None:
        self._impl = _eventwire.Archive(os.fspath(path))

    def __repr__(self) -> str:
        return f"eventwire.Archive({self._impl.path!r})"

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def path(self) -> str:
        return self._impl.path

    def close(self) -> None:
        """Closes the SQLite connection; later queries raise InvalidInputError."""
        self._impl.close()

    def search(self, query: str, from_: Any = None, to: Any = None, source: Optional[str] = None,
               actor: Optional[str] = None, limit: int = 20, offset: int = 0):
        """Full-text search over titles and bodies, best first.

        ``query`` takes words, "quoted phrases", prefix* and OR. Columns: id,
        date, title, outlet, url, snippet (matches between \\x02 and \\x03),
        score (BM25, title weighted 3x; lower is better).
        """
        q = _eventwire.SearchQuery()
        q.text, q.from_, q.to = query, _date(from_), _date(to)
        q.source, q.actor, q.limit, q.offset = _text(source), _text(actor), int(limit), int(offset)
        hits = json.loads(self._impl.search(q))
        rows = [(h["id"], h["date"], h["title"], h["source"], h["url"], h["snippet"], h["score"])
                for h in hits]
        return _frame(rows, _SEARCH_COLUMNS)

    def events(self, actor: Optional[str] = None, source_actor: Optional[str] = None,
               target_actor: Optional[str] = None, code: Optional[str] = None,
               root: Optional[str] = None, from_: Any = None, to: Any = None,
               country: Optional[str] = None, article: Optional[str] = None,
               limit: Optional[int] = None, offset: int = 0):
        """Events by date; ``limit=None`` returns every match.

        Columns: article, title, outlet, url, id, date, date_precision, code,
        root_code, plover, quad_class, goldstein, source_actor/source_text/
        source_entity/source_name and the same for target, country,
        location, sentence, start, end, negated, confidence, verb.
        """
        from .frames import _pad_date

        q = _eventwire.EventQuery()
        q.actor, q.source_actor, q.target_actor = _text(actor), _text(source_actor), _text(target_actor)
        q.code, q.root, q.from_, q.to = _text(code), _text(root), _date(from_), _date(to)
        q.country, q.article, q.limit, q.offset = _text(country), _text(article), _limit(limit), int(offset)
        rows = []
        for r in json.loads(self._impl.events(q)):
            s, t = r["source"] or {}, r["target"] or {}
            rows.append((
                r["article"], r["title"], r["source_outlet"], r["url"], r["id"], r["date"],
                _pad_date(r["date"])[1], r["code"], r["root_code"], r["plover"], r["quad_class"],
                r["goldstein"],
                s.get("actor_code") or None, s.get("text"), s.get("entity"), s.get("name"),
                t.get("actor_code") or None, t.get("text"), t.get("entity"), t.get("name"),
                r["country"], r["location"], r["sentence"], r["start"], r["end"], r["negated"],
                r["confidence"], r["verb"],
            ))
        return _frame(rows, _EVENT_COLUMNS)

    def quotes(self, speaker: Optional[str] = None, about: Optional[str] = None, from_: Any = None,
               to: Any = None, article: Optional[str] = None, limit: Optional[int] = None,
               offset: int = 0):
        """Quotes by date; ``speaker`` and ``about`` are case-insensitive substrings.

        Columns: article, title, date, id, kind, content, content_start,
        content_end, speaker/speaker_entity/speaker_name and the same for addressee.
        """
        q = _eventwire.QuoteQuery()
        q.speaker, q.about, q.from_, q.to = _text(speaker), _text(about), _date(from_), _date(to)
        q.article, q.limit, q.offset = _text(article), _limit(limit), int(offset)
        rows = []
        for r in json.loads(self._impl.quotes(q)):
            c, s, a = r["content"], r["speaker"] or {}, r["addressee"] or {}
            rows.append((
                r["article"], r["title"], r["date"], r["id"], r["kind"], c["text"], c["start"],
                c["end"], s.get("text"), s.get("entity"), s.get("name"),
                a.get("text"), a.get("entity"), a.get("name"),
            ))
        return _frame(rows, _QUOTE_COLUMNS)

    def stats(self, breakdown: Optional[str] = None):
        """Archive counts as a one-row DataFrame, or a breakdown.

        With no ``breakdown``: articles, sentences, tokens, entities,
        mentions, events, quotes, times, places (int64), first_date and
        last_date (datetime64), file_bytes. ``breakdown`` gives instead:
        "months" (month, articles, events), "roots" (root_code, events),
        "dyads" (source_actor, target_actor, events; top 20) or "sources"
        (outlet, articles; top 20). Breakdowns scan every event.
        """
        import pandas as pd

        if breakdown not in (None, "months", "roots", "dyads", "sources"):
            raise ValueError(f'breakdown must be None, "months", "roots", "dyads" or "sources", not {breakdown!r}')
        st = self._impl.stats(breakdown in ("months", "roots", "dyads"))
        if breakdown is None:
            row = tuple(st[k] for k in _COUNTS) + (st["first_date"], st["last_date"], st["file_bytes"])
            columns = {**{k: "int" for k in _COUNTS}, "first_date": "date", "last_date": "date",
                       "file_bytes": "int"}
            return _frame([row], columns)
        if breakdown == "months":
            frame = _frame([(m, m, a, e) for m, a, e in st["months"]],
                           {"month": "str", "start": "date", "articles": "int", "events": "int"})
            return frame
        if breakdown == "roots":
            return _frame(list(st["roots"]), {"root_code": "str", "events": "int"})
        if breakdown == "dyads":
            return _frame(list(st["dyads"]), {"source_actor": "str", "target_actor": "str", "events": "int"})
        return _frame(list(st["sources"]), {"outlet": "str", "articles": "int"})

    def timeline(self, actor: Optional[str] = None, from_: Any = None, to: Any = None,
                 interval: str = "month"):
        """Events per period and CAMEO root code: period, start (datetime64), root_code, events."""
        if interval not in ("month", "day"):
            raise ValueError(f'interval must be "month" or "day", not {interval!r}')
        q = _eventwire.TimelineQuery()
        q.actor, q.from_, q.to, q.daily = _text(actor), _date(from_), _date(to), interval == "day"
        rows = [(p, p, r, c) for p, r, c in self._impl.timeline(q)]
        return _frame(rows, {"period": "str", "start": "date", "root_code": "str", "events": "int"})

    def network(self, root: Optional[str] = None, from_: Any = None, to: Any = None,
                limit: int = 100):
        """Source→target actor pairs, strongest first: source_actor, target_actor, events."""
        q = _eventwire.NetworkQuery()
        q.root, q.from_, q.to, q.limit = _text(root), _date(from_), _date(to), int(limit)
        return _frame(list(self._impl.network(q)),
                      {"source_actor": "str", "target_actor": "str", "events": "int"})

    def actors(self, prefix: str = "", limit: int = 50):
        """Actor codes by number of entities: code, name (the commonest entity name), entities."""
        return _frame(list(self._impl.actors(_text(prefix), int(limit))),
                      {"code": "str", "name": "str", "entities": "int"})

    def document(self, id: str, tokens: bool = False) -> dict:
        """One stored article with its analysis, as ``Pipeline.code`` returns it.

        Raises:
            NotFoundError: no article has this id.
        """
        return json.loads(self._impl.document(id, bool(tokens)))
