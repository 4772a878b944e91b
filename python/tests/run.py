"""Runs the pytest suite of the Python package (ctest: python_pytest).

Exits 77 (ctest: skipped) when pytest is not installed (Debian python3-pytest).
Usage: run.py TESTS_DIR [pytest args...]; PYTHONPATH must hold the built package.
"""
import sys

try:
    import pytest
except ImportError:
    print("python_pytest: skipped: pytest is not installed (apt-get install python3-pytest)")
    sys.exit(77)

# Guarded: worker processes that multiprocessing spawns (Dask's LocalCluster in
# test_dask.py) import this file as __mp_main__ and must not run the suite again.
if __name__ == "__main__":
    sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-rs", *sys.argv[1:]]))
