#!/usr/bin/env python3
"""unappeal in Ray Data: `map_batches` over a dataset of HTML pages.

    pip install "ray[data]"
    python python/examples/ray_batches.py [--repeat 50] [--cpus 2]

Builds a dataset (id, url, html) from the bundled sample (twenty pages) repeated --repeat
times, cleans it with `map_batches` (the cleaner is pickled into each task; one
`clean_many` call per batch), and prints pages/s for the cleaning alone (Ray's start-up is
not counted).
"""

import argparse
import json
import time
from pathlib import Path

import ray

import unappeal

SAMPLE = Path(__file__).resolve().parent / "sample" / "pages.jsonl"


def cleaning(cleaner):
    def clean_batch(batch: dict) -> dict:
        results = cleaner.clean_many(list(zip(batch["html"], batch["url"])), threads=1)
        ok = [not isinstance(r, unappeal.UnappealError) for r in results]
        return {
            "id": batch["id"],
            "url": batch["url"],
            "text": [r.text if good else None for r, good in zip(results, ok)],
            "title": [r.title if good else None for r, good in zip(results, ok)],
            "removed": [len(r.removed) if good else 0 for r, good in zip(results, ok)],
            "error": [None if good else str(r) for r, good in zip(results, ok)],
        }

    return clean_batch


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=50, help="copies of the twenty sample pages")
    ap.add_argument("--cpus", type=int, default=2)
    args = ap.parse_args()
    ray.init(num_cpus=args.cpus, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    sample = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    rows = [
        {"id": f"{p['id']}-{k}", "url": p["url"], "html": p["html"]}
        for k in range(args.repeat)
        for p in sample
    ]
    pages = ray.data.from_items(rows, override_num_blocks=args.cpus * 2).materialize()
    cleaner = unappeal.Cleaner()
    start = time.perf_counter()
    cleaned = pages.map_batches(cleaning(cleaner), batch_size=128, batch_format="numpy").take_all()
    seconds = time.perf_counter() - start
    n = len(cleaned)
    print(f"ray + unappeal: {n} pages in {seconds:.2f} s, {n / seconds:.0f} pages/s ({args.cpus} CPUs)")
    if n != len(rows):
        raise SystemExit(f"expected {len(rows)} pages, got {n}")
    failed = sum(r["error"] is not None for r in cleaned)
    leftover = sum("Since you're here" in (r["text"] or "") for r in cleaned)
    if failed or leftover:
        raise SystemExit(f"{failed} pages failed, {leftover} kept their appeal")
    first = min(cleaned, key=lambda r: r["id"])
    print(f"  {first['title']!r}: {first['text'][:70]!r}... ({first['removed']} removals)")
    ray.shutdown()


if __name__ == "__main__":
    main()
