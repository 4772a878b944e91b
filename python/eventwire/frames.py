"""pandas DataFrames from coded documents and archive rows.

pandas is imported on first use, not with ``eventwire``. Column types:

* dates are ``datetime64[ns]``; a partial date ("2017-11", "2017", from a
  time expression such as "in November") is the first day of its period and
  ``date_precision`` says "month" or "year"; missing dates are ``NaT``;
* CAMEO codes, actor codes and every other text column are pandas
  ``string`` columns, so "0332" keeps its leading zero; missing is ``<NA>``;
* offsets and counts are ``int64``, Goldstein values and confidences
  ``float64``, ``negated`` is ``bool``; lists (``reported_by``) stay lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Optional

__all__ = [
    "events_frame",
    "quotes_frame",
    "entities_frame",
    "places_frame",
    "times_frame",
]

# Column name → kind; the order is the frames' column order.
_EVENT_COLUMNS = {
    "article": "str", "article_date": "date", "title": "str", "outlet": "str",
    "id": "str", "date": "date", "date_precision": "str", "date_source": "str",
    "code": "str", "root_code": "str", "plover": "str", "quad_class": "int",
    "goldstein": "float",
    "source_actor": "str", "source_text": "str", "source_entity": "str", "source_name": "str",
    "target_actor": "str", "target_text": "str", "target_entity": "str", "target_name": "str",
    "location": "str", "place": "str", "country": "str", "lat": "float", "lon": "float",
    "sentence": "int", "start": "int", "end": "int", "negated": "bool", "confidence": "float",
    "verb": "str", "pattern": "str", "dictionary": "str",
    "reported_by": "list", "issues": "object",
}
_QUOTE_COLUMNS = {
    "article": "str", "article_date": "date", "title": "str", "outlet": "str",
    "id": "str", "kind": "str", "date": "date", "date_precision": "str", "date_source": "str",
    "content": "str", "content_start": "int", "content_end": "int", "cue": "str",
    "speaker": "str", "speaker_entity": "str", "speaker_name": "str", "speaker_actor": "str",
    "addressee": "str", "addressee_entity": "str", "addressee_name": "str",
    "addressee_actor": "str", "medium": "str", "sentence": "int",
    "reported_by": "list", "events": "list",
}
_ENTITY_COLUMNS = {
    "article": "str", "article_date": "date", "id": "str", "type": "str", "name": "str",
    "actor_code": "str", "resolved_by": "str", "mentions": "int", "first_start": "int",
    "first_sentence": "int", "texts": "list",
}
_PLACE_COLUMNS = {
    "article": "str", "article_date": "date", "id": "str", "text": "str", "name": "str",
    "geonames_id": "int", "country": "str", "admin1": "str", "lat": "float", "lon": "float",
    "sentence": "int", "start": "int", "end": "int",
}
_TIME_COLUMNS = {
    "article": "str", "article_date": "date", "id": "str", "text": "str", "type": "str",
    "value": "str", "date": "date", "date_precision": "str", "sentence": "int",
    "start": "int", "end": "int",
}


def _pad_date(value: Any) -> tuple[Optional[str], Optional[str]]:
    """("YYYY-MM-DD", precision) for a full or partial ISO date, else (None, None)."""
    if not isinstance(value, str) or len(value) < 4 or not value[:4].isdigit():
        return None, None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10], "day"
    if len(value) == 7 and value[4] == "-" and value[5:7].isdigit():
        return value + "-01", "month"
    if len(value) == 4:
        return value + "-01-01", "year"
    return None, None  # "2017-W51", "2017-SU", ...: not a calendar date


def _frame(rows: list, columns: Mapping[str, str]):
    import numpy as np
    import pandas as pd

    data = {}
    for index, (name, kind) in enumerate(columns.items()):
        values = [row[index] for row in rows]
        if kind == "date":
            padded = pd.Series([_pad_date(v)[0] for v in values], dtype="object")
            data[name] = pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")
        elif kind == "str":
            # Empty strings are missing values, except in text columns.
            keep_empty = name == "text"
            data[name] = pd.Series(
                [None if v is None or (v == "" and not keep_empty) else str(v) for v in values],
                dtype="string")
        elif kind == "int":
            if any(v is None for v in values):
                data[name] = pd.Series(values, dtype="Int64")
            else:
                data[name] = pd.Series(np.asarray(values, dtype=np.int64))
        elif kind == "float":
            data[name] = pd.Series(np.asarray([np.nan if v is None else float(v) for v in values],
                                              dtype=np.float64))
        elif kind == "bool":
            data[name] = pd.Series(np.asarray([bool(v) for v in values], dtype=bool))
        else:  # lists and mappings stay Python objects
            data[name] = pd.Series(values, dtype="object")
    return pd.DataFrame(data)


def _documents(results: Any) -> Iterable[dict]:
    if isinstance(results, Mapping):
        return [results]
    return results


def _argument(arg: Optional[dict], names: Mapping[str, Any]) -> tuple:
    if not arg:
        return None, None, None, None
    entity = arg.get("entity")
    name = names.get(entity) if entity else None
    return arg.get("actor_code") or None, arg.get("text"), entity, name


def events_frame(results: Any) -> "pandas.DataFrame":  # noqa: F821
    """One row per event of the coded documents (dicts from ``code``/``code_many``).

    Columns: article, article_date, title, outlet (the article's source), id,
    date, date_precision, date_source, code, root_code, plover, quad_class,
    goldstein, source_actor/source_text/source_entity/source_name and the
    same for target, location (place id), place, country, lat, lon,
    sentence, start, end, negated, confidence, verb, pattern, dictionary,
    reported_by (entity ids), issues ({code: count}).

    ``results`` may be any iterable of documents (a generator is consumed once).
    """
    rows = []
    for doc in _documents(results):
        names = {e["id"]: e.get("name") for e in doc.get("entities", ())}
        places = {p["id"]: p for p in doc.get("places", ())}
        for e in doc.get("events", ()):
            place = places.get(e.get("location")) if e.get("location") else None
            evidence = e.get("evidence") or {}
            date, precision = _pad_date(e.get("date"))
            rows.append((
                doc.get("id"), doc.get("date"), doc.get("title"), doc.get("source"),
                e.get("id"), e.get("date"), precision, e.get("date_source"),
                e.get("code"), e.get("root_code"), e.get("plover"), e.get("quad_class"),
                e.get("goldstein"),
                *_argument(e.get("source"), names),
                *_argument(e.get("target"), names),
                e.get("location"), place.get("name") if place else None,
                place.get("country") if place else None,
                place.get("lat") if place else None, place.get("lon") if place else None,
                e.get("sentence"), e.get("start"), e.get("end"), e.get("negated"),
                e.get("confidence"), evidence.get("verb"), evidence.get("pattern"),
                evidence.get("dictionary"), list(e.get("reported_by") or ()),
                dict(e.get("issues") or {}),
            ))
    return _frame(rows, _EVENT_COLUMNS)


def _party(m: Optional[dict], entities: Mapping[str, dict]) -> tuple:
    if not m:
        return None, None, None, None
    entity = m.get("entity")
    e = entities.get(entity) if entity else None
    return m.get("text"), entity, e.get("name") if e else None, (e.get("actor_code") or None) if e else None


def quotes_frame(results: Any) -> "pandas.DataFrame":  # noqa: F821
    """One row per quote of the coded documents.

    Columns: article, article_date, title, outlet, id, kind (direct,
    indirect, mixed), date, date_precision, date_source, content,
    content_start, content_end, cue, speaker/speaker_entity/speaker_name/
    speaker_actor and the same for addressee, medium, sentence,
    reported_by (entity ids of outer reporters), events (event ids inside).
    """
    rows = []
    for doc in _documents(results):
        entities = {e["id"]: e for e in doc.get("entities", ())}
        for q in doc.get("quotes", ()):
            content = q.get("content") or {}
            _, precision = _pad_date(q.get("date"))
            rows.append((
                doc.get("id"), doc.get("date"), doc.get("title"), doc.get("source"),
                q.get("id"), q.get("kind"), q.get("date"), precision, q.get("date_source"),
                content.get("text"), content.get("start"), content.get("end"),
                (q.get("cue") or {}).get("text"),
                *_party(q.get("speaker"), entities), *_party(q.get("addressee"), entities),
                q.get("medium"), content.get("sentence"),
                list(q.get("reported_by") or ()), list(q.get("events") or ()),
            ))
    return _frame(rows, _QUOTE_COLUMNS)


def entities_frame(results: Any) -> "pandas.DataFrame":  # noqa: F821
    """One row per entity (all its mentions together) of the coded documents.

    Columns: article, article_date, id, type (PER, ORG, LOC, GPE, NORP, ...),
    name, actor_code, resolved_by, mentions (count), first_start,
    first_sentence, texts (the mention texts).
    """
    rows = []
    for doc in _documents(results):
        for e in doc.get("entities", ()):
            mentions = e.get("mentions") or []
            first = min(mentions, key=lambda m: m.get("start", 0)) if mentions else {}
            rows.append((
                doc.get("id"), doc.get("date"), e.get("id"), e.get("type"), e.get("name"),
                e.get("actor_code") or None, e.get("resolved_by"), len(mentions),
                first.get("start"), first.get("sentence"), [m.get("text") for m in mentions],
            ))
    return _frame(rows, _ENTITY_COLUMNS)


def places_frame(results: Any) -> "pandas.DataFrame":  # noqa: F821
    """One row per place mention: article, id, text, name, geonames_id, country, admin1, lat, lon, ..."""
    rows = []
    for doc in _documents(results):
        for p in doc.get("places", ()):
            rows.append((
                doc.get("id"), doc.get("date"), p.get("id"), p.get("text"), p.get("name"),
                p.get("geonames_id"), p.get("country"), p.get("admin1"), p.get("lat"), p.get("lon"),
                p.get("sentence"), p.get("start"), p.get("end"),
            ))
    return _frame(rows, _PLACE_COLUMNS)


def times_frame(results: Any) -> "pandas.DataFrame":  # noqa: F821
    """One row per time expression: article, id, text, type, value (TIMEX3), date, ..."""
    rows = []
    for doc in _documents(results):
        for t in doc.get("times", ()):
            _, precision = _pad_date(t.get("value"))
            rows.append((
                doc.get("id"), doc.get("date"), t.get("id"), t.get("text"), t.get("type"),
                t.get("value"), t.get("value"), precision, t.get("sentence"), t.get("start"),
                t.get("end"),
            ))
    return _frame(rows, _TIME_COLUMNS)
