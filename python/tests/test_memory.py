"""Memory stays flat over 10,000 calls (no leak in the module or the library)."""
import gc
import os
import tracemalloc

import eventwire

TEXT = ("Israeli troops attacked Palestinian militants in Gaza on Sunday. Egypt's foreign "
        "minister said Cairo urged Israel to open more crossings, and Jordan pledged aid.")


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_flat_over_10000_calls(pipeline):
    def burst(n):
        for i in range(n):
            doc = pipeline.code(TEXT, date="2021-01-10", title="Arrests", id=f"m{i}")
            assert doc["events"]

    burst(500)  # warm-up: scratch buffers, allocator pools, interned strings
    gc.collect()
    rss_before = rss_bytes()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    burst(5000)
    gc.collect()
    middle_rss = rss_bytes()
    burst(4500)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    rss_after = rss_bytes()
    python_growth = sum(s.size_diff for s in after.compare_to(before, "filename"))
    # A leak of one small dict per call would be > 1 MB over 10,000 calls.
    assert python_growth < 256 * 1024, python_growth
    # RSS: the second half must not grow like the first (allocator noise aside).
    assert rss_after - rss_before < 16 * 1024 * 1024, (rss_before, middle_rss, rss_after)
    assert rss_after - middle_rss < 4 * 1024 * 1024, (rss_before, middle_rss, rss_after)


def test_flat_over_many_code_many_batches(pipeline):
    items = [{"text": TEXT, "date": "2021-01-10", "id": str(i)} for i in range(200)]
    for _ in range(3):
        list(pipeline.code_many(items, threads=2, progress=False))
    gc.collect()
    before = rss_bytes()
    for _ in range(10):
        list(pipeline.code_many(items, threads=2, progress=False))
    gc.collect()
    assert rss_bytes() - before < 8 * 1024 * 1024
