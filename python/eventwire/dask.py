"""Distributed ingest on Dask: many worker processes code articles into one archive.

A backfill of millions of articles spreads over the workers of a Dask
cluster (Debian ``python3-distributed``); each worker process loads the models
once (a worker plugin) and writes its articles straight into a shared
PostgreSQL archive (``postgresql://…``), the same archive ``eventwire serve``
and the ``eventwire search|events|…`` commands read::

    import eventwire.dask
    summary = eventwire.dask.ingest(["articles/"], db="postgresql://host/archive",
                                    scheduler="tcp://scheduler:8786")
    summary["read"] == summary["stored"] + summary["replaced"] + summary["skipped"] + summary["rejected"]

Inputs are split into chunks of whole files (about ``chunk_bytes`` each, files
in the order the CLI reads them). A chunk is one task: the worker runs the
library's ``ingest()`` over it, committing every ``commit_every`` articles.
Writes are idempotent by article id (an upsert), so a chunk that runs again
(its worker died, Dask retried it elsewhere) replaces what it had stored and
duplicates nothing. A bad record fails only itself: it is counted as rejected
and its error line is returned, never the chunk's.

See docs/scale.md.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Union

from . import _eventwire
from ._pipeline import Pipeline

try:  # python3-distributed; only this module needs it
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - reported when ingest() imports distributed
    _WorkerPlugin = object

PathLike = Union[str, "os.PathLike[str]"]

_PLUGIN_NAME = "eventwire-pipeline"
_COUNTS = ("read", "stored", "replaced", "skipped", "rejected", "sentences", "tokens", "duplicate_ids")


def _input_files(paths: Iterable[PathLike]) -> List[str]:
    """Files under `paths` as the CLI reads them: folders recursively, sorted."""
    files: List[str] = []
    for path in paths:
        path = os.fspath(path)
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs.sort()
                found.extend(os.path.join(root, n) for n in names if not n.startswith("."))
            files.extend(sorted(found))
        elif os.path.exists(path):
            files.append(path)
        else:
            raise FileNotFoundError(f'input "{path}" does not exist')
    return files


def chunks(paths: Iterable[PathLike], chunk_bytes: int = 8 << 20) -> List[List[str]]:
    """The input files grouped into chunks of about `chunk_bytes` (whole files)."""
    out: List[List[str]] = []
    size = 0
    for f in _input_files(paths):
        n = os.path.getsize(f)
        if not out or (size + n > chunk_bytes and out[-1]):
            out.append([])
            size = 0
        out[-1].append(f)
        size += n
    return out


def _worker_pipeline(settings: Dict[str, Any]) -> Pipeline:
    """This worker process's Pipeline (loaded once by the plugin, or here)."""
    from distributed import get_worker

    worker = get_worker()
    pipeline = getattr(worker, "_eventwire_pipeline", None)
    if pipeline is None or getattr(worker, "_eventwire_settings", None) != settings:
        pipeline = Pipeline(**settings)
        worker._eventwire_pipeline = pipeline
        worker._eventwire_settings = settings
    return pipeline


class PipelinePlugin(_WorkerPlugin):
    """Worker plugin: loads the models once per worker process, at start-up.

    Registered by :func:`ingest` (``client.register_worker_plugin``); workers
    that join later load them too.
    """

    name = _PLUGIN_NAME

    def __init__(self, settings: Dict[str, Any]) -> None:
        self.settings = settings

    def setup(self, worker) -> None:  # noqa: D401 (Dask's hook)
        worker._eventwire_pipeline = Pipeline(**self.settings)
        worker._eventwire_settings = self.settings

    def teardown(self, worker) -> None:
        worker._eventwire_pipeline = None


def ingest_chunk(files: Sequence[str], db: str, settings: Dict[str, Any], format: str = "auto",
                 date: Optional[str] = None, threads: int = 1, commit_every: int = 256,
                 resume: bool = False) -> Dict[str, Any]:
    """One task: codes and stores `files` (on a worker); the summary's counts."""
    pipeline = _worker_pipeline(settings)
    result = _eventwire.ingest(pipeline._impl, list(files), db, format, date or "", threads,
                               commit_every, resume)
    result["files"] = len(files)
    return result


def _settings(models, syntax, verbs, actors, agents, discards, issues, no_builtin_actors,
              one_a_day, anchor, gazetteer) -> Dict[str, Any]:
    """Pipeline arguments in a picklable, comparable form (sent to every worker)."""

    def paths(value):
        if value is None:
            return None
        if isinstance(value, (str, os.PathLike)):
            return [os.fspath(value)]
        return [os.fspath(v) for v in value]

    return {
        "models": os.fspath(models) if models is not None else None,
        "syntax": syntax,
        "verbs": paths(verbs) or None,
        "actors": paths(actors) or [],
        "agents": paths(agents) or [],
        "discards": paths(discards) or [],
        "issues": paths(issues) or [],
        "no_builtin_actors": bool(no_builtin_actors),
        "one_a_day": bool(one_a_day),
        "anchor": anchor,
        "gazetteer": os.fspath(gazetteer) if gazetteer is not None else None,
    }


def _progress_printer(stream=None) -> Callable[[Dict[str, Any], int, int, float], None]:
    stream = stream or sys.stderr
    tty = stream.isatty()
    last = [0.0]

    def show(total: Dict[str, Any], done: int, chunks_total: int, elapsed: float) -> None:
        now = time.monotonic()
        final = done == chunks_total
        if not final and not tty and now - last[0] < 10:
            return
        last[0] = now
        written = total["stored"] + total["replaced"]
        rate = written / elapsed if elapsed > 0 else 0.0
        eta = ""
        if 0 < done < chunks_total and elapsed > 0:
            left = elapsed / done * (chunks_total - done)
            eta = f", ETA {int(left) // 60}:{int(left) % 60:02d}"
        line = (f"eventwire-dask: {done}/{chunks_total} chunks, {total['stored']} stored, "
                f"{total['replaced']} replaced, {total['skipped']} skipped, {total['rejected']} errors, "
                f"{rate:.0f} articles/s{eta}")
        if tty:
            stream.write("\r\033[K" + line + ("\n" if final else ""))
        else:
            stream.write(line + "\n")
        stream.flush()

    return show


def ingest(paths: Union[PathLike, Sequence[PathLike]], db: str, scheduler: Any = None, *,
           chunk_bytes: int = 8 << 20, threads_per_task: int = 1, commit_every: int = 256,
           resume: bool = False, format: str = "auto", date: Optional[str] = None,
           retries: int = 3, progress: Union[bool, Callable[..., None], None] = None,
           models: Optional[PathLike] = None, syntax: str = "fast", verbs=None, actors=(),
           agents=(), discards=(), issues=(), no_builtin_actors: bool = False,
           one_a_day: bool = False, anchor: str = "news",
           gazetteer: Optional[PathLike] = None) -> Dict[str, Any]:
    """Codes every article under `paths` on a Dask cluster into the archive `db`.

    Args:
        paths: files or folders (read as the CLI reads them).
        db: the archive every worker writes to: a ``postgresql://`` URL (shared
            by all hosts), or an SQLite file (one host; writers then take turns).
        scheduler: a ``distributed.Client``, a scheduler address
            (``"tcp://host:8786"``), or None for a local cluster on this machine.
        chunk_bytes: input bytes per task (whole files).
        threads_per_task: worker threads inside one task (the library's ``-j``);
            usually 1 with one Dask worker process per core.
        commit_every: articles per transaction.
        resume: skip articles whose id is already stored.
        retries: times Dask runs a chunk again after its worker died.
        progress: None (a line on stderr), False, or a callable
            ``progress(total, chunks_done, chunks, seconds)``.
        models, syntax, verbs, actors, agents, discards, issues,
        no_builtin_actors, one_a_day, anchor, gazetteer: as :class:`Pipeline`.

    Returns:
        The summary: ``read``, ``stored``, ``replaced``, ``skipped``,
        ``rejected``, ``sentences``, ``tokens``, ``duplicate_ids`` summed over
        chunks (read = stored + replaced + skipped + rejected), ``chunks``,
        ``errors`` (the read errors' lines), ``warnings`` and ``seconds``.
    """
    from distributed import Client, as_completed

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    settings = _settings(models, syntax, verbs, actors, agents, discards, issues,
                         no_builtin_actors, one_a_day, anchor, gazetteer)
    own_client = not isinstance(scheduler, Client)
    client = Client(scheduler) if own_client and scheduler is not None else (
        scheduler if not own_client else Client(processes=True, threads_per_worker=1))
    try:
        client.register_worker_plugin(PipelinePlugin(settings), name=_PLUGIN_NAME)
        work = chunks(paths, chunk_bytes)
        start = time.monotonic()
        futures = [
            client.submit(ingest_chunk, files, db, settings, format, date, threads_per_task,
                          commit_every, resume, key=f"eventwire-ingest-{i}-{os.getpid()}-{start}",
                          retries=retries, pure=False)
            for i, files in enumerate(work)
        ]
        total: Dict[str, Any] = {k: 0 for k in _COUNTS}
        errors: List[str] = []
        warnings: List[str] = []
        show = progress if callable(progress) else (
            None if progress is False else _progress_printer())
        done = 0
        for future in as_completed(futures):
            result = future.result()
            for k in _COUNTS:
                total[k] += result[k]
            errors.extend(result["errors"])
            warnings.extend(result["warnings"])
            done += 1
            if show:
                show(total, done, len(work), time.monotonic() - start)
        total["chunks"] = len(work)
        total["errors"] = errors
        total["warnings"] = warnings
        total["seconds"] = time.monotonic() - start
        return total
    finally:
        if own_client:
            client.close()


def summary_line(summary: Dict[str, Any]) -> str:
    """The CLI's summary line for a summary dict."""
    seconds = summary.get("seconds", 0.0)
    written = summary["stored"] + summary["replaced"]
    return (f"read {summary['read']}, stored {summary['stored']}, replaced {summary['replaced']}, "
            f"skipped {summary['skipped']}, rejected {summary['rejected']} "
            f"({summary['sentences']} sentences, {summary['tokens']} tokens in {seconds:.2f} s: "
            f"{written / seconds if seconds else 0:.1f} articles/s, {summary.get('chunks', 0)} chunks)")


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``eventwire-dask ingest PATH... --db URL [--scheduler tcp://…]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="eventwire-dask",
                                     description="Distributed eventwire ingest on Dask")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", help="code articles on a Dask cluster into an archive")
    p.add_argument("inputs", nargs="+", help="files or folders")
    p.add_argument("--db", required=True, help="archive: postgresql://… (or an SQLite file)")
    p.add_argument("--scheduler", help="scheduler address, tcp://host:8786 (default: a local cluster)")
    p.add_argument("--chunk-bytes", type=int, default=8 << 20, help="input bytes per task")
    p.add_argument("--commit-every", type=int, default=256, help="articles per transaction")
    p.add_argument("-j", "--threads-per-task", type=int, default=1, help="threads inside one task")
    p.add_argument("--resume", action="store_true", help="skip articles whose id is stored")
    p.add_argument("--retries", type=int, default=3, help="runs of a chunk after its worker died")
    p.add_argument("--format", default="auto", help="input format (as eventwire ingest)")
    p.add_argument("--date", help="date for plain-text input")
    p.add_argument("--models", help="models folder")
    p.add_argument("--verbs", action="append", help="verb dictionary (repeatable)")
    p.add_argument("--actors", action="append", default=[], help="actor dictionary (repeatable)")
    p.add_argument("--agents", action="append", default=[], help="agents dictionary (repeatable)")
    p.add_argument("--discards", action="append", default=[], help="discard list (repeatable)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    try:
        summary = ingest(args.inputs, args.db, args.scheduler, chunk_bytes=args.chunk_bytes,
                         threads_per_task=args.threads_per_task, commit_every=args.commit_every,
                         resume=args.resume, retries=args.retries, format=args.format,
                         date=args.date, progress=False if args.quiet else None,
                         models=args.models, verbs=args.verbs, actors=args.actors,
                         agents=args.agents, discards=args.discards)
    except Exception as e:  # one line, as the CLI's fatal errors
        print(f"eventwire-dask: fatal: {e}", file=sys.stderr)
        return 1
    for line in summary["errors"]:
        print(f"eventwire-dask: error: {line}", file=sys.stderr)
    for line in summary["warnings"]:
        print(f"eventwire-dask: warning: {line}", file=sys.stderr)
    print(f"eventwire-dask: {summary_line(summary)} into {args.db.split('@')[-1]}", file=sys.stderr)
    return 3 if summary["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
