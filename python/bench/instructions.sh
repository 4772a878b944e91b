#!/usr/bin/env bash
# Instructions per article, CLI against the module, counted by valgrind's
# callgrind: unlike CPU time, the count does not depend on the load of a
# shared machine. Slow (about 50x): a few minutes.
#   python/bench/instructions.sh build/src/cli/eventwire build/python
# Prints instructions per article for `eventwire code -j1`, p.code and
# p.code_json, each as the difference of two runs (12 and 4 articles; a
# Pipeline with 4 warm-up calls, then 8 more), so start-up cancels out.
set -euo pipefail
cli=$(realpath "$1")
export PYTHONPATH=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
/usr/bin/python3 - "$here" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
import overhead
text = overhead.article_text()
for n in (4, 12):
    with open(f"cli{n}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "date": "2024-03-14", "title": "Benchmark article",
                                "source": "bench", "text": text}) + "\n")
PY
cat >run.py <<'PY'
import sys
sys.path.insert(0, sys.argv[3])
import overhead, eventwire
text = overhead.article_text()
p = eventwire.Pipeline()
args = dict(date="2024-03-14", title="Benchmark article", source="bench")
for i in range(4):
    p.code(text, id=f"w{i}", **args)
fn = p.code if sys.argv[1] == "code" else p.code_json
for i in range(int(sys.argv[2])):
    fn(text, id=f"a{i}", **args)
PY
count() {  # instructions executed by a command
  valgrind --tool=callgrind --callgrind-out-file=cg.out "$@" >/dev/null 2>cg.err
  grep -o "Collected : [0-9]*" cg.err | grep -o "[0-9]*$"
}
cli4=$(count "$cli" code -q -j 1 cli4.jsonl)
cli12=$(count "$cli" code -q -j 1 cli12.jsonl)
py0=$(count /usr/bin/python3 run.py code 0 "$here")
code8=$(count /usr/bin/python3 run.py code 8 "$here")
json8=$(count /usr/bin/python3 run.py json 8 "$here")
/usr/bin/python3 - "$cli4" "$cli12" "$py0" "$code8" "$json8" <<'PY'
import sys
cli4, cli12, py0, code8, json8 = map(int, sys.argv[1:])
cli, code, js = (cli12 - cli4) / 8, (code8 - py0) / 8, (json8 - py0) / 8
print(f"instructions per article: CLI {cli / 1e6:.2f} M, p.code {code / 1e6:.2f} M "
      f"({(code / cli - 1) * 100:+.1f} %), p.code_json {js / 1e6:.2f} M ({(js / cli - 1) * 100:+.1f} %), "
      f"JSON -> dict {(code - js) / 1e6:.2f} M ({(code - js) / code * 100:.1f} % of p.code)")
PY
