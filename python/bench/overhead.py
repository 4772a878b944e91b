"""Overhead of the Python module against the CLI, and its start-up costs.

    PYTHONPATH=build/python /usr/bin/python3 python/bench/overhead.py build/src/cli/eventwire [N [ROUNDS]]

Prints, for a ~600-word article (the seed article from ../shared/samples when
present, then the bundled examples' bodies, cut at 600 words):

* CLI CPU per article: `eventwire code -j1` over N copies minus the same over
  N/4 copies (start-up, model loading and the cold first article cancel),
  divided by the difference; user+sys CPU of the child process;
* in ROUNDS rounds (default 5) that interleave CLI and module runs, the best
  round of each figure counts;
* p.code CPU per article (process CPU time, in-process, one thread), and its
  two parts timed inside one loop: p.code_json (C++ coding + JSON text) and
  json.loads (JSON text -> dicts); the overhead is p.code against the CLI;
* import time and first Pipeline() time, each in a fresh interpreter (best
  of 5 and of 3), as wall and CPU time.

CPU times are used for the comparison because the machine is shared; wall
times are printed for the start-up figures, which the targets name.
"""

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(REPO, "..", "shared", "samples", "seed-article.txt")


def article_text(words=600):
    import eventwire

    parts = []
    if os.path.isfile(SEED):
        parts += [a["text"] for a in eventwire.read_articles(SEED)]
    parts += [a["text"] for a in eventwire.read_articles(os.path.join(REPO, "examples"))]
    paragraphs = [p for part in parts for p in part.split("\n\n")]
    out, count = [], 0
    for p in paragraphs * 3:
        if count >= words:
            break
        out.append(p)
        count += len(p.split())
    return "\n\n".join(out)


def child_cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fresh(code, runs):
    """Best (wall, cpu) of `runs` fresh interpreters printing "wall cpu"."""
    best = None
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        wall, cpu = map(float, out.stdout.split()[-2:])
        best = (wall, cpu) if best is None or wall < best[0] else best
    return best


def main():
    cli = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    import eventwire

    text = article_text()
    words = len(text.split())
    record = {"date": "2024-03-14", "title": "Benchmark article", "source": "bench", "text": text}
    p = eventwire.Pipeline()
    args = dict(date="2024-03-14", title="Benchmark article", source="bench")
    for i in range(3):
        p.code(text, id=f"w{i}", **args)

    def cpu_per(fn, reps):
        start = time.process_time()
        for i in range(reps):
            fn(i)
        return (time.process_time() - start) / reps

    line = p.code_json(text, id="x", **args)
    # Rounds interleave the CLI and the module so that both see the same
    # machine; the best round of each counts (the machine is shared).
    best = {"cli_one": [], "cli_many": [], "code": [], "json": [], "loads": []}
    with tempfile.TemporaryDirectory() as tmp:
        one, many = os.path.join(tmp, "one.jsonl"), os.path.join(tmp, "many.jsonl")
        few = max(2, n // 4)
        with open(one, "w", encoding="utf-8") as f:
            for i in range(few):
                f.write(json.dumps({**record, "id": f"a{i}"}) + "\n")
        with open(many, "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({**record, "id": f"a{i}"}) + "\n")
        cmd = [cli, "code", "-q", "-j", "1"]
        for _ in range(rounds):
            best["cli_one"].append(child_cpu(cmd + [one]))
            best["cli_many"].append(child_cpu(cmd + [many]))
            best["code"].append(cpu_per(lambda i: p.code(text, id=f"a{i}", **args), n))
            # The two halves of p.code, timed apart inside one loop: json.loads
            # on a freshly made string (a hot loop over one string would flatter it).
            coded = loaded = 0.0
            for i in range(n):
                t0 = time.process_time()
                fresh_line = p.code_json(text, id=f"a{i}", **args)
                t1 = time.process_time()
                json.loads(fresh_line)
                loaded += time.process_time() - t1
                coded += t1 - t0
            best["json"].append(coded / n)
            best["loads"].append(loaded / n)
    cli_per = (min(best["cli_many"]) - min(best["cli_one"])) / (n - few)
    code_per, json_per, loads_per = min(best["code"]), min(best["json"]), min(best["loads"])

    imp = fresh("import time; w=time.perf_counter(); c=time.process_time(); import eventwire; "
                "print(time.perf_counter()-w, time.process_time()-c)", 5)
    first = fresh("import time, eventwire; w=time.perf_counter(); c=time.process_time(); "
                  "eventwire.Pipeline(); print(time.perf_counter()-w, time.process_time()-c)", 3)

    ms = 1000
    print(f"article: {words} words, JSON {len(line) / 1024:.1f} KiB; N = {n}")
    print(f"CLI `code -j1` CPU per article:        {cli_per * ms:7.2f} ms")
    print(f"p.code CPU per article:                {code_per * ms:7.2f} ms "
          f"({(code_per / cli_per - 1) * 100:+.1f} % vs CLI)")
    print(f"  p.code_json (C++ + JSON text):       {json_per * ms:7.2f} ms "
          f"({(json_per / cli_per - 1) * 100:+.1f} % vs CLI)")
    print(f"  json.loads (JSON -> dict):           {loads_per * ms:7.3f} ms "
          f"({loads_per / code_per * 100:.1f} % of p.code)")
    print(f"import eventwire:                      {imp[0] * ms:7.1f} ms wall, {imp[1] * ms:.1f} ms CPU")
    print(f"first Pipeline():                      {first[0] * ms:7.1f} ms wall, {first[1] * ms:.1f} ms CPU")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
