"""Archive: queries of an archive written by `eventwire ingest`, as DataFrames."""
import datetime
import json

import pytest

import eventwire
from conftest import EXAMPLES, run_cli

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def archive(cli, tmp_path_factory):
    db = tmp_path_factory.mktemp("archive") / "examples.db"
    run_cli(cli, "ingest", "-q", "--db", str(db), EXAMPLES)
    with eventwire.Archive(db) as a:
        yield a


def test_events_match_cli(cli, archive):
    _, out, _ = run_cli(cli, "events", "--db", archive.path, "--format", "json")
    want = [json.loads(line) for line in out.splitlines() if line.strip()]
    frame = archive.events()
    assert len(frame) == len(want) > 0
    assert list(frame["code"]) == [r["code"] for r in want]
    assert list(frame["id"]) == [r["id"] for r in want]
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert str(frame["code"].dtype) == "string"
    # Filters reach the library: root codes exactly, dates inclusive.
    root = want[0]["root_code"]
    assert set(archive.events(root=root)["root_code"]) == {root}
    assert len(archive.events(from_="1900", to=datetime.date(1900, 12, 31))) == 0
    assert len(archive.events(limit=1)) == 1


def test_search_quotes_stats(archive, example_docs):
    hits = archive.search("convoy")
    assert len(hits) >= 1 and str(hits["score"].dtype) == "float64"
    assert str(hits["date"].dtype) == "datetime64[ns]"
    quotes = archive.quotes()
    assert len(quotes) == sum(len(d["quotes"]) for d in example_docs)
    stats = archive.stats()
    assert len(stats) == 1
    assert stats.loc[0, "articles"] == len(example_docs)
    # the archive keeps the events at or above the default threshold, as the event tables do
    threshold = eventwire._eventwire.default_min_confidence()
    assert stats.loc[0, "events"] == sum(
        1 for d in example_docs for e in d["events"] if e["confidence"] >= threshold)
    assert str(stats["first_date"].dtype) == "datetime64[ns]"
    months = archive.stats("months")
    assert months["articles"].sum() == len(example_docs)
    assert str(archive.stats("roots")["root_code"].dtype) == "string"
    assert len(archive.timeline()) >= 1
    assert len(archive.network()) >= 0
    assert len(archive.actors()) >= 1


def test_document_and_errors(archive, example_docs):
    doc = archive.document(example_docs[0]["id"])
    assert doc["id"] == example_docs[0]["id"]
    assert [e["code"] for e in doc["events"]] == [e["code"] for e in example_docs[0]["events"]]
    with pytest.raises(eventwire.NotFoundError, match="is not in the archive"):
        archive.document("no-such-article")
    with pytest.raises(eventwire.InvalidInputError, match="is not a date"):
        archive.events(from_="March")
    with pytest.raises(eventwire.InvalidInputError, match="has no words"):
        archive.search("   ")
    with pytest.raises(ValueError):
        archive.stats("weekly")
