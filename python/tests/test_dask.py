"""eventwire.dask: distributed ingest into a PostgreSQL archive (docs/scale.md).

Needs python3-distributed and PostgreSQL (scripts/setup installs both); the
server is a throwaway one started by scripts/pg-temp (as `nobody` under
root). Skipped with the reason when either is missing. A corpus of
EVENTWIRE_DASK_ARTICLES (default 2,000) short articles in 20 files is
ingested by Dask workers into PostgreSQL and by `eventwire ingest` into
SQLite; the events, counts and search hits must be the same. The fault test
starts a real `dask-scheduler` and two `dask-worker` processes and SIGKILLs
one of them mid-run; the other runs in its own network namespace with its own
address, joined to the host by a veth pair, as a second host would (root
only: without the permission both workers run on the host, with a warning).
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
import warnings

import pytest

from conftest import EXAMPLES, SOURCE_DIR, run_cli

distributed = pytest.importorskip("distributed", reason="python3-distributed is not installed")

import eventwire  # noqa: E402
import eventwire.dask  # noqa: E402

ARTICLES = int(os.environ.get("EVENTWIRE_DASK_ARTICLES", "2000"))
FILES = 20


@pytest.fixture(scope="module")
def netns():
    """A network namespace joined to the host by a veth pair: (namespace,
    host address, namespace address), or (None, reason) where that is not
    permitted (not root, no `ip`, no CAP_NET_ADMIN)."""
    if os.geteuid() != 0:
        yield None, "not root: a network namespace needs CAP_NET_ADMIN"
        return
    if not shutil.which("ip"):
        yield None, "`ip` (iproute2) is not installed"
        return
    tag = str(os.getpid() % 100000)
    ns, host_if, ns_if = f"ewdask{tag}", f"ewh{tag}", f"ewn{tag}"
    octet = os.getpid() % 250 + 2
    host_ip, ns_ip = f"10.231.{octet}.1", f"10.231.{octet}.2"
    steps = [["ip", "netns", "add", ns],
             ["ip", "link", "add", host_if, "type", "veth", "peer", "name", ns_if],
             ["ip", "link", "set", ns_if, "netns", ns],
             ["ip", "addr", "add", host_ip + "/30", "dev", host_if],
             ["ip", "link", "set", host_if, "up"],
             ["ip", "-n", ns, "addr", "add", ns_ip + "/30", "dev", ns_if],
             ["ip", "-n", ns, "link", "set", ns_if, "up"],
             ["ip", "-n", ns, "link", "set", "lo", "up"]]
    reason = None
    for step in steps:
        proc = subprocess.run(step, capture_output=True, text=True)
        if proc.returncode != 0:
            reason = f"{' '.join(step)}: {proc.stderr.strip()}"
            break
    try:
        yield (None, reason) if reason else (ns, host_ip, ns_ip)
    finally:
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)


@pytest.fixture(scope="module")
def postgres(tmp_path_factory, netns):
    if not shutil.which("psql"):
        pytest.skip("psql is not installed (scripts/setup installs postgresql)")
    # Directly under /tmp: the server's user (nobody, under root) must reach it.
    folder = tempfile.mkdtemp(prefix="eventwire-pg-")
    server = os.path.join(folder, "server")
    script = os.path.join(SOURCE_DIR, "scripts", "pg-temp")
    env = dict(os.environ)
    if netns[0]:
        env["PG_TEMP_LISTEN"] = netns[1]  # reachable from the namespace too
    proc = subprocess.run([script, "start", server], capture_output=True, text=True, env=env)
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


def test_killed_worker_loses_and_doubles_nothing(cli, postgres, corpus, reference, tmp_path,
                                                netns):
    for tool in ("dask-scheduler", "dask-worker"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (python3-distributed)")
    db = fresh_database(postgres, "dask_killed")
    host = "127.0.0.1"
    if netns[0]:
        # Scheduler, database and the host's worker on the host end of the
        # veth pair, worker w1 in the namespace on its own address.
        ns, host, ns_ip = netns
        db = db.replace("@127.0.0.1:", f"@{host}:")
    else:
        warnings.warn(f"both Dask workers run on the host: {netns[1]}")
    port = free_port()
    address = f"tcp://{host}:{port}"
    env = dict(os.environ)
    procs = []
    try:
        procs.append(subprocess.Popen(
            ["dask-scheduler", "--host", host, "--port", str(port), "--dashboard-address",
             ":0", "--no-show"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        workers = []
        for i in range(2):
            command = ["dask-worker", address, "--nworkers", "1", "--nthreads", "1", "--no-nanny",
                       "--dashboard-address", ":0", "--local-directory", str(tmp_path / f"w{i}"),
                       "--name", f"w{i}"]
            if i == 1 and netns[0]:
                command = ["ip", "netns", "exec", ns] + command + ["--host", ns_ip]
            w = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            procs.append(w)
            workers.append(w)
        client = distributed.Client(address, timeout=60)
        client.wait_for_workers(2, timeout=120)
        killed = threading.Event()

        def progress(total, done, chunks, seconds):
            if done >= 2 and not killed.is_set():
                workers[0].send_signal(signal.SIGKILL)
                killed.set()

        if netns[0]:
            # w1 has the namespace's address: it is a second host to the scheduler.
            hosts = {w["name"]: w["host"] for w in client.scheduler_info()["workers"].values()}
            assert hosts.get("w1") == ns_ip, hosts
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
