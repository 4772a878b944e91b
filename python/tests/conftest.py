"""Fixtures shared by the eventwire Python tests.

The package under test is the one on PYTHONPATH (the build tree's python/
folder when ctest runs us). EVENTWIRE_CLI names the CLI binary the results
are compared with; EVENTWIRE_SOURCE_DIR the repository (default: the folder
above python/).
"""
import json
import os
import subprocess

import pytest

import eventwire

SOURCE_DIR = os.environ.get("EVENTWIRE_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(SOURCE_DIR, "examples")


@pytest.fixture(scope="session")
def pipeline():
    return eventwire.Pipeline()


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("EVENTWIRE_CLI")
    if not path or not os.access(path, os.X_OK):
        pytest.skip("EVENTWIRE_CLI does not name the eventwire binary")
    return path


def run_cli(cli, *args, check=True):
    """(exit code, stdout lines as dicts when JSON, stderr)."""
    proc = subprocess.run([cli, *args], capture_output=True, text=True)
    if check and proc.returncode not in (0, 3):
        raise AssertionError(f"{cli} {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc.returncode, proc.stdout, proc.stderr


def cli_documents(cli, *args):
    _, out, _ = run_cli(cli, "code", "-q", *args)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def without_origin(doc):
    doc = json.loads(json.dumps(doc))
    doc["meta"].pop("origin", None)
    return doc


@pytest.fixture(scope="session")
def example_docs(pipeline):
    """The bundled examples coded in-process, in the CLI's reading order."""
    return list(pipeline.code_many(eventwire.read_articles(EXAMPLES), threads=1, progress=False))
