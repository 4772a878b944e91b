#!/usr/bin/env python3
"""Writes the hostile-input corpus of tests/hostile/run.sh into a folder.

Each file mixes good records with bad ones, so a test can check that the bad
ones are rejected one by one and the good ones still coded. Sizes are chosen
to pass the default limits (docs/formats.md, "Limits") by a wide margin.
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def good(i, date="2024-03-14"):
    return json.dumps({"id": f"good-{i}", "date": date,
                       "text": f"The ministers met in Cairo on day {i}. They talked about aid."})


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, name), mode) as f:
        f.write(data)


depth = 100_000
# 1. A depth bomb between two good records (the exact line).
bomb = '{"id":"n","date":"2024-03-14","text":"x","x":' + "[" * depth + "]" * depth + "}"
write("depth.jsonl", "\n".join([good(1), bomb, good(2)]) + "\n")

# 2. A malformed line of 6 MB (over the 4 MiB article limit), and raw invalid bytes.
long_line = '{"id":"long","date":"2024-03-14","text":"' + "a" * (6 << 20) + '"x}'
write("long-line.jsonl", "\n".join([good(3), long_line, good(4)]) + "\n")
bad_json = b'{"id":"b1","date":"2024-03-14","text":"\xff\xfe\x01\x1b[31m' + b"z" * 100_000 + b'\n'
bad_id = b'{"id":"\xc3\x28","date":"2024-03-14","text":"A text."}\n'
write("bytes.jsonl", bad_json + bad_id + good(5).encode() + b"\n")

# 3. One 200 KB token (over the 4096-byte token limit).
write("token.jsonl", json.dumps({"id": "tok", "date": "2024-03-14", "text": "x" * 200_000}) + "\n" + good(6) + "\n")

# 4. An article over the size limit but with well-formed lines of words.
words = ("The delegation met officials in the capital and discussed the ceasefire. " * 80_000)
write("article.jsonl", json.dumps({"id": "big", "date": "2024-03-14", "text": words}) + "\n" + good(7) + "\n")

# 5. Impossible times of day and dates.
write("times.jsonl", "\n".join([
    json.dumps({"id": "t1", "date": "2024-03-14T25:99", "text": "A."}),
    json.dumps({"id": "t2", "date": "2024-13-45", "text": "A."}),
    json.dumps({"id": "t3", "date": "2024-02-30", "text": "A."}),
    good(8, "2024-03-14T10:30:00Z")]) + "\n")

# 6. PETRARCH XML with an invalid byte in a sentence id, then a good story.
write("petrarch.xml", b'<Sentences>\n'
      b'<Sentence date="20240314" id="STORY\xff-1" source="AFP"><Text>Russia condemned Ukraine.</Text></Sentence>\n'
      b'<Sentence date="20240314" id="GOOD-1" source="AFP"><Text>Egypt praised Israel.</Text></Sentence>\n'
      b'</Sentences>\n')
# A 1 MB sentence id (regex-free story grouping must not recurse).
write("petrarch-long-id.xml", '<Sentences><Sentence date="20240314" id="' + "S" * (1 << 20) +
      '-1" source="AFP"><Text>Egypt praised Israel.</Text></Sentence>\n'
      '<Sentence date="20240314" id="GOOD-1" source="AFP"><Text>Egypt praised Israel.</Text></Sentence>'
      '</Sentences>\n')

# 7. A native file whose headline is 2 MB long (over the title limit), then a good article.
write("native-long.txt", "date 2024-03-14 " + "Headline " * 250_000 + "\n\nThe ministers met.\n\n"
      "date 2024-03-15 Talks\n\nThe ministers met again.\n")

# 8. Two feeds that both number their records 1, 2.
for feed in ("a", "b"):
    write(f"feed-{feed}.jsonl", "\n".join(
        json.dumps({"id": str(i), "date": "2024-03-14", "text": f"Feed {feed} item {i}. Officials met."})
        for i in (1, 2)) + "\n")

# 9. An empty file.
write("empty.jsonl", "")
