"""Bad input raises the right exception with the CLI's message."""
import json
import os
import re

import pytest

import eventwire
from conftest import EXAMPLES, run_cli


def cli_record_error(cli, tmp_path, line, name="bad.jsonl"):
    """The reason the CLI prints for a one-record file (JSON Lines unless named otherwise)."""
    path = tmp_path / name
    path.write_bytes(line + b"\n")
    code, _, err = run_cli(cli, "code", str(path))
    assert code == 3, err
    match = re.search(r"eventwire: error: .*?: record 1: (.*)", err)
    assert match, err
    return match.group(1)


def test_bad_date(cli, pipeline, tmp_path):
    want = cli_record_error(cli, tmp_path, b'{"date": "2017-13-40", "text": "A."}')
    with pytest.raises(eventwire.InvalidInputError) as info:
        pipeline.code("A.", date="2017-13-40")
    assert str(info.value) == want == 'date "2017-13-40" is not a valid calendar date'
    assert isinstance(info.value, ValueError) and info.value.code == "invalid_input"
    with pytest.raises(eventwire.InvalidInputError, match="not in the form YYYY-MM-DD"):
        pipeline.code("A.", date="yesterday")


def test_bad_utf8_bytes(cli, pipeline, tmp_path):
    # (In JSON Lines the JSON parser rejects bad UTF-8 first: the native format shows the
    # library's own message.)
    bad = b"Caf\xc3 au lait.\xff"
    want = cli_record_error(cli, tmp_path, b"date 2020-01-01 Title\n\n" + bad, "bad.txt")
    with pytest.raises(eventwire.InvalidInputError) as info:
        pipeline.code(bad, date="2020-01-01", title="Title")
    assert str(info.value) == want
    assert "UTF-8" in str(info.value)


def test_bad_utf8_smuggled_in_str(pipeline):
    # Python decodes undecodable bytes with surrogateescape (file names, sys.argv):
    # the library sees the original bytes and reports them.
    text = b"Bad \xff byte.".decode("utf-8", "surrogateescape")
    with pytest.raises(eventwire.InvalidInputError, match="invalid UTF-8 at byte offset"):
        pipeline.code(text, date="2020-01-01")
    with pytest.raises(eventwire.InvalidInputError, match="invalid UTF-8"):
        pipeline.code("lone \ud800 surrogate", date="2020-01-01")


def test_empty_article_and_bad_types(cli, pipeline, tmp_path):
    want = cli_record_error(cli, tmp_path, b'{"date": "2020-01-01", "text": "  "}')
    with pytest.raises(eventwire.InvalidInputError) as info:
        pipeline.code("  \n\n ", date="2020-01-01")
    assert str(info.value) == want
    with pytest.raises(eventwire.InvalidInputError, match='field "title" must be a string'):
        pipeline.code("Text.", title=["a list"])


def test_missing_model(cli, tmp_path):
    code, _, err = run_cli(cli, "code", "--models", str(tmp_path / "nowhere"), os.path.join(EXAMPLES, "ministers-meet.txt"),
                           check=False)
    assert code == 1
    want = err.strip().splitlines()[-1].removeprefix("eventwire: fatal: ")
    with pytest.raises(eventwire.ModelError) as info:
        eventwire.Pipeline(models=tmp_path / "nowhere")
    assert str(info.value) == want
    assert "model" in str(info.value)


def test_missing_dictionary_and_gazetteer(tmp_path):
    with pytest.raises(eventwire.ModelError, match="nope.txt"):
        eventwire.Pipeline(actors=[tmp_path / "nope.txt"])
    with pytest.raises(eventwire.ModelError, match="gazetteer"):
        eventwire.Pipeline(gazetteer=tmp_path / "none.ewg")


def test_bad_arguments():
    with pytest.raises(ValueError):
        eventwire.Pipeline(anchor="sideways")


def test_code_many_errors(pipeline):
    items = [{"text": "Fine.", "date": "2020-01-01"}, {"text": "Bad.", "date": "2020-02-31", "id": "b"},
             {"text": "Also fine.", "date": "2020-01-02"}]
    with pytest.warns(eventwire.RecordWarning, match=r'article 2 \(b\): date "2020-02-31"'):
        docs = list(pipeline.code_many(items, progress=False))
    assert [d["text"] for d in docs] == ["Fine.", "Also fine."]
    assert len(list(pipeline.code_many(items, errors="ignore", progress=False))) == 2
    with pytest.raises(eventwire.InvalidInputError, match="2020-02-31"):
        list(pipeline.code_many(items, errors="raise", progress=False))
    with pytest.raises(TypeError):
        list(pipeline.code_many([42], progress=False))
    with pytest.raises(ValueError):
        list(pipeline.code_many(items, errors="sometimes"))


def test_read_errors(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id":"a","date":"2020-01-01","text":"Fine."}\n{oops\n', encoding="utf-8")
    with pytest.warns(eventwire.RecordWarning, match=r"mixed.jsonl:2: record 2: malformed JSON"):
        articles = list(eventwire.read_articles(path))
    assert [a["id"] for a in articles] == ["a"]
    with pytest.raises(eventwire.InvalidInputError, match="malformed JSON"):
        list(eventwire.read_articles(path, errors="raise"))
    with pytest.raises(eventwire.NotFoundError) as info:
        eventwire.read_articles(tmp_path / "absent.txt").__next__()
    assert isinstance(info.value, FileNotFoundError)
    with pytest.raises(eventwire.InvalidInputError):
        eventwire.read_articles(path, format="docx").__next__()


def test_archive_errors(tmp_path):
    with pytest.raises(eventwire.NotFoundError, match="does not exist"):
        eventwire.Archive(tmp_path / "none.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(eventwire.Error):
        eventwire.Archive(junk)
