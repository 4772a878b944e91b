"""eventwire.dask: distributed ingest into a PostgreSQL archive (docs/scale.md).

Needs python3-distributed and PostgreSQL (scripts/setup installs both); the
server is a throwaway one started by scripts/pg-temp (as `nobody` under
root). Skipped with the reason when either is missing. A corpus of
EVENTWIRE_DASK_ARTICLES (default 1,200) short articles in 12 files is
ingested by Dask workers into PostgreSQL and by `eventwire ingest` into
SQLite; the events, counts and search hits must be the same. The fault test
starts a real `dask-scheduler` and two `dask-worker` processes and SIGKILLs
one of them mid-run.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

import pytest

from conftest import EXAMPLES, SOURCE_DIR, run_cli

distributed = pytest.importorskip("distributed", reason="python3-distributed is not installed")

import eventwire  # noqa: E402
import eventwire.dask  # noqa: E402

ARTICLES = int(os.environ.get("EVENTWIRE_DASK_ARTICLES", "1200"))
FILES = 12


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    if not shutil.which("psql"):
        pytest.skip("psql is not installed (scripts/setup installs postgresql)")
    # Directly under /tmp: the server's user (nobody, under root) must reach it.
    folder = tempfile.mkdtemp(prefix="eventwire-pg-")
    server = os.path.join(folder, "server")
    script = os.path.join(SOURCE_DIR, "scripts", "pg-temp")
    proc = subprocess.run([script, "start", server], capture_output=True, text=True)
    if proc.returncode == 77:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(proc.stderr.strip() or "PostgreSQL cannot run here")
    assert proc.returncode == 0, proc.stderr
    try:
        yield proc.stdout.strip()
    finally:
        subprocess.run([script, "stop", server], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(server, name):
    subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", server, "-c",
                    f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", "-c",
                    f"CREATE DATABASE {name}"], check=True, capture_output=True)
    return server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """FILES JSON Lines files of ARTICLES records in all, from the bundled examples."""
    records = [json.loads(line) for line in open(os.path.join(EXAMPLES, "sanctions.jsonl"))
               if line.strip()]
    folder = tmp_path_factory.mktemp("corpus")
    paths = []
    per_file = ARTICLES // FILES
    n = 0
    for f in range(FILES):
        path = folder / f"part-{f:02d}.jsonl"
        with open(path, "w") as out:
            for _ in range(per_file):
                r = dict(records[n % len(records)])
                r["id"] = f"{r['id']}-{n}"
                out.write(json.dumps(r) + "\n")
                n += 1
        paths.append(str(path))
    # A poison record fails itself only, never its chunk.
    with open(paths[3], "a") as out:
        out.write('{"id": "bad-1", "date": "2017-13-40", "title": "x", "text": "y"}\n')
    return paths


@pytest.fixture(scope="module")
def reference(cli, corpus, tmp_path_factory):
    """The same corpus through one `eventwire ingest` into SQLite."""
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    code, _, err = run_cli(cli, "ingest", "-q", "-j", "2", "--db", db, *corpus)
    assert code == 3, err  # the poison record
    return db


def events_csv(cli, db):
    _, out, _ = run_cli(cli, "events", "--db", db, "--modality", "all", "--format", "csv")
    lines = out.splitlines()
    return lines[0], sorted(lines[1:])


def stats(cli, db):
    _, out, _ = run_cli(cli, "stats", "--db", db)
    return [line for line in out.splitlines()[1:11]]


def search_ids(cli, db, query):
    _, out, _ = run_cli(cli, "search", "--db", db, "--format", "json", "--limit", "100000", query)
    return sorted(json.loads(line)["id"] for line in out.splitlines())


def check_same_archive(cli, db, reference):
    assert events_csv(cli, db) == events_csv(cli, reference)
    assert stats(cli, db) == stats(cli, reference)
    for query in ("sanctions", '"border crisis"', "Belarus OR Poland", "migra*"):
        assert search_ids(cli, db, query) == search_ids(cli, reference, query), query


def check_summary(summary):
    assert summary["read"] == (summary["stored"] + summary["replaced"] + summary["skipped"]
                               + summary["rejected"])
    assert summary["rejected"] == 1
    assert any("bad-1" in e or "2017-13-40" in e for e in summary["errors"]), summary["errors"]


def test_chunks_keep_whole_files_in_order(corpus):
    chunks = eventwire.dask.chunks(corpus, chunk_bytes=1)
    assert [c[0] for c in chunks] == corpus
    assert sum(len(c) for c in eventwire.dask.chunks(corpus)) == len(corpus)


def test_local_cluster_ingest_equals_single_process(cli, postgres, corpus, reference):
    db = fresh_database(postgres, "dask_local")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            summary = eventwire.dask.ingest(corpus, db=db, scheduler=client, chunk_bytes=1,
                                            progress=False)
            # Idempotent: a second run replaces every article and adds none.
            again = eventwire.dask.ingest(corpus, db=db, scheduler=client, chunk_bytes=1,
                                          progress=False)
    finally:
        cluster.close()
    check_summary(summary)
    assert summary["stored"] == ARTICLES // FILES * FILES
    assert summary["chunks"] == FILES
    check_summary(again)
    assert again["stored"] == 0 and again["replaced"] == summary["stored"]
    check_same_archive(cli, db, reference)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_killed_worker_loses_and_doubles_nothing(cli, postgres, corpus, reference, tmp_path):
    for tool in ("dask-scheduler", "dask-worker"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (python3-distributed)")
    db = fresh_database(postgres, "dask_killed")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ)
    procs = []
    try:
        procs.append(subprocess.Popen(
            ["dask-scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address",
             ":0", "--no-show"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        workers = []
        for i in range(2):
            w = subprocess.Popen(
                ["dask-worker", address, "--nworkers", "1", "--nthreads", "1", "--no-nanny",
                 "--dashboard-address", ":0", "--local-directory", str(tmp_path / f"w{i}"),
                 "--name", f"w{i}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(w)
            workers.append(w)
        client = distributed.Client(address, timeout=60)
        client.wait_for_workers(2, timeout=120)
        killed = threading.Event()

        def progress(total, done, chunks, seconds):
            if done >= 2 and not killed.is_set():
                workers[0].send_signal(signal.SIGKILL)
                killed.set()

        summary = eventwire.dask.ingest(corpus, db=db, scheduler=client, chunk_bytes=1,
                                        progress=progress)
        client.close()
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
    assert killed.is_set(), "the run ended before a worker could be killed"
    check_summary(summary)
    # Every article once: chunks the dead worker had stored in part ran again
    # elsewhere and replaced them (an upsert), so the archive equals the
    # single-process one.
    check_same_archive(cli, db, reference)
