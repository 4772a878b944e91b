"""code_many: threads give the same results, in input order, streaming."""
import itertools

import eventwire
from conftest import EXAMPLES, without_origin


def articles(n):
    base = list(eventwire.read_articles(EXAMPLES))
    out = []
    for i, a in zip(range(n), itertools.cycle(base)):
        a = dict(a)
        a["id"] = f"{a['id']}-{i}"
        out.append(a)
    return out


def test_two_threads_equal_one(pipeline):
    items = articles(24)
    one = list(pipeline.code_many(items, threads=1, progress=False))
    two = list(pipeline.code_many(items, threads=2, progress=False))
    assert [d["id"] for d in one] == [a["id"] for a in items]
    assert one == two  # origin included: record numbers are input positions


def test_streams_lazily_and_closes_early(pipeline):
    pulled = []

    def source():
        for i in itertools.count():
            pulled.append(i)
            yield {"text": f"Police arrested {i + 2} protesters in Minsk.", "date": "2021-01-05"}

    results = pipeline.code_many(source(), threads=2, window=4, progress=False)
    first = [next(results) for _ in range(3)]
    assert [d["text"] for d in first][0].startswith("Police arrested 2")
    assert len(pulled) <= 3 + 4 + 1  # a bounded window, not the whole (infinite) input
    results.close()  # workers stop and join


def test_results_match_code(pipeline):
    items = articles(4)
    batch = list(pipeline.code_many(items, threads=2, progress=False))
    for item, doc in zip(items, batch):
        fields = ("text", "date", "title", "source", "id", "url")
        extra = {k: v for k, v in item.items() if k not in fields} or None
        single = pipeline.code(*(item[k] for k in fields), extra=extra)
        assert without_origin(single) == without_origin(doc)


def test_pandas_records_are_accepted(pipeline):
    pd = __import__("pytest").importorskip("pandas")
    frame = pd.DataFrame({
        "text": ["The army shelled the town.", "Leaders met in Paris."],
        "date": pd.to_datetime(["2022-03-01", "2022-03-02"]),
        "title": ["Shelling", float("nan")],
        "id": [7, 8],
        "section": ["world", None],
    })
    docs = list(pipeline.code_many(frame.to_dict("records"), progress=False))
    assert [d["id"] for d in docs] == ["7", "8"]
    assert [d["date"] for d in docs] == ["2022-03-01", "2022-03-02"]
    assert docs[1]["title"] == ""
    assert docs[0]["extra"] == {"section": "world"}
