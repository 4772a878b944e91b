"""DataFrames: proper dtypes, codes as strings, dates as datetime64."""
import pytest

import eventwire

pd = pytest.importorskip("pandas")


def test_events_frame(example_docs):
    frame = eventwire.events_frame(example_docs)
    assert len(frame) == sum(len(d["events"]) for d in example_docs) > 0
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert str(frame["article_date"].dtype) == "datetime64[ns]"
    for column in ("code", "root_code", "plover", "source_actor", "target_actor", "article"):
        assert str(frame[column].dtype) == "string", column
    assert frame["quad_class"].dtype == "int64"
    assert frame["goldstein"].dtype == "float64"
    assert frame["negated"].dtype == "bool"
    codes = [e["code"] for d in example_docs for e in d["events"]]
    assert list(frame["code"]) == codes  # leading zeros kept
    assert all(len(c) >= 2 for c in frame["root_code"])


def test_leading_zeros_survive():
    doc = {"id": "a", "date": "2020-01-02", "entities": [], "places": [], "events": [
        {"id": "V1", "code": "0332", "root_code": "03", "plover": "AGREE", "quad_class": 1,
         "goldstein": 5.2, "date": "2020-01", "date_source": "time:T1", "source": None,
         "target": None, "sentence": 0, "start": 0, "end": 3, "negated": False, "confidence": 0.5,
         "evidence": {"verb": "agree"}, "reported_by": []}]}
    frame = eventwire.events_frame([doc])
    assert frame.loc[0, "code"] == "0332" and frame.loc[0, "root_code"] == "03"
    assert frame.loc[0, "date"] == pd.Timestamp("2020-01-01")
    assert frame.loc[0, "date_precision"] == "month"
    assert pd.isna(frame.loc[0, "source_actor"])


def test_quotes_and_entities_frames(example_docs):
    quotes = eventwire.quotes_frame(example_docs)
    assert len(quotes) == sum(len(d["quotes"]) for d in example_docs) > 0
    assert str(quotes["date"].dtype) == "datetime64[ns]"
    assert str(quotes["content"].dtype) == "string"
    assert quotes["content_start"].dtype == "int64"
    entities = eventwire.entities_frame(example_docs)
    assert len(entities) == sum(len(d["entities"]) for d in example_docs) > 0
    assert entities["mentions"].dtype == "int64"
    assert (entities["mentions"] >= 1).all()
    assert str(entities["actor_code"].dtype) == "string"


def test_other_frames_and_empty_input(example_docs):
    assert len(eventwire.places_frame(example_docs)) == sum(len(d["places"]) for d in example_docs)
    assert len(eventwire.times_frame(example_docs)) == sum(len(d["times"]) for d in example_docs)
    empty = eventwire.events_frame([])
    assert len(empty) == 0 and str(empty["date"].dtype) == "datetime64[ns]"
    # One document (not a list) is accepted too.
    assert len(eventwire.events_frame(example_docs[0])) == len(example_docs[0]["events"])
