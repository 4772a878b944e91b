"""The module gives the same documents as the CLI."""
import json
import os

import eventwire
from conftest import EXAMPLES, cli_documents, without_origin


def test_same_documents_as_cli_on_examples(cli, example_docs):
    expected = cli_documents(cli, EXAMPLES)
    assert len(expected) == len(example_docs) >= 4
    for want, got in zip(expected, example_docs):
        assert without_origin(got) == without_origin(want), want["id"]
    # The comparison means something: the examples do have events and quotes.
    assert sum(len(d["events"]) for d in example_docs) > 0
    assert sum(len(d["quotes"]) for d in example_docs) > 0


def test_code_equals_cli_jsonl_record(cli, pipeline, tmp_path):
    with open(os.path.join(EXAMPLES, "sanctions.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    expected = cli_documents(cli, os.path.join(EXAMPLES, "sanctions.jsonl"))
    for record, want in zip(records, expected):
        fields = {k: record.get(k) for k in ("text", "date", "title", "source", "id", "url")}
        extra = {k: v for k, v in record.items() if k not in fields}
        got = pipeline.code(**fields, extra=extra or None)
        assert without_origin(got) == without_origin(want)


def test_code_json_is_the_cli_line(cli, pipeline, tmp_path):
    path = tmp_path / "one.jsonl"
    record = {"id": "x1", "date": "2023-06-01", "title": "Talks resume",
              "text": "The ministers met in Cairo on Thursday.\n\nThey signed a trade agreement."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    want = cli_documents(cli, str(path))[0]
    line = pipeline.code_json(record["text"], date=record["date"], title=record["title"], id="x1")
    assert "\n" not in line
    assert without_origin(json.loads(line)) == without_origin(want)


def test_tokens_option_matches_cli(cli, pipeline):
    path = os.path.join(EXAMPLES, "ministers-meet.txt")
    want = cli_documents(cli, "--tokens", path)[0]
    article = next(eventwire.read_articles(path))
    got = pipeline.code(article["text"], date=article["date"], title=article["title"],
                        source=article["source"], id=article["id"], url=article["url"], tokens=True)
    assert without_origin(got) == without_origin(want)
    assert "upos" in got["sentences"][1]["tokens"][0]


def test_origin_and_default_ids(pipeline):
    doc = pipeline.code("Police arrested 12 protesters in Minsk.", date="2021-01-05")
    assert doc["meta"]["origin"]["file"] == "<python>"
    assert doc["id"].startswith("python#")
    docs = list(pipeline.code_many(["One. Police arrested people.", {"text": "Two."}], progress=False))
    assert [d["id"] for d in docs] == ["python#1", "python#2"]


def test_read_articles_matches_cli_reader(cli):
    # Ids, dates and texts as the CLI reads them (its JSON has the joined text).
    expected = cli_documents(cli, EXAMPLES)
    articles = list(eventwire.read_articles(EXAMPLES))
    assert [a["id"] for a in articles] == [d["id"] for d in expected]
    for a, d in zip(articles, expected):
        assert a["date"] == d["date"] and a["title"] == d["title"] and a["source"] == d["source"]
        joined = a["title"] + "\n\n" + a["text"] if a["title"] else a["text"]
        assert joined == d["text"]


def test_models_and_dictionaries_listed(pipeline, example_docs):
    names = {m["name"] for m in pipeline.models}
    assert {"syntax", "ner"} <= names
    assert pipeline.dictionaries
    keys = {key.split(":")[0] for key in example_docs[0]["meta"]["models"]}
    assert keys >= {"syntax", "ner"}
