#!/usr/bin/env python3
"""unappeal in a PySpark job: a DataFrame of HTML pages cleaned in local mode.

    pip install pyspark          # needs Java 17
    python python/examples/spark_job.py [--repeat 50] [--cores 2]

Builds a DataFrame (id, url, html) from the bundled sample (twenty pages) repeated --repeat
times, cleans it with `mapPartitions` (one `clean_many` call per batch of a partition, the
cleaner pickled to the executors once), and prints pages/s for the cleaning job alone (the
session's start-up is not counted). The result is a DataFrame with the article text, the
title, the removed kinds and the error of a page that failed.
"""

import argparse
import json
import os
import sys
import time
from itertools import islice
from pathlib import Path

from pyspark.sql import Row, SparkSession
from pyspark.sql.types import ArrayType, StringType, StructField, StructType

import unappeal

SAMPLE = Path(__file__).resolve().parent / "sample" / "pages.jsonl"

SCHEMA = StructType([
    StructField("id", StringType()),
    StructField("url", StringType()),
    StructField("text", StringType()),
    StructField("title", StringType()),
    StructField("removed_kinds", ArrayType(StringType())),
    StructField("error", StringType()),
])


def clean_partition(cleaner, rows, batch_size=256):
    rows = iter(rows)
    while batch := list(islice(rows, batch_size)):
        # Each executor is one Python worker per core, so one thread each.
        results = cleaner.clean_many([(r.html, r.url) for r in batch], threads=1)
        for row, result in zip(batch, results):
            if isinstance(result, unappeal.UnappealError):
                yield (row.id, row.url, None, None, [], str(result))
            else:
                kinds = sorted({r.kind for r in result.removed})
                yield (row.id, row.url, result.text, result.title, kinds, None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=50, help="copies of the twenty sample pages")
    ap.add_argument("--cores", type=int, default=2, help="local[N]")
    args = ap.parse_args()
    # The executors' Python is this one, where unappeal is installed (Spark's default is the
    # first python3 on PATH).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{args.cores}]")
        .appName("unappeal")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    sample = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    rows = [
        Row(id=f"{p['id']}-{k}", url=p["url"], html=p["html"])
        for k in range(args.repeat)
        for p in sample
    ]
    pages = spark.createDataFrame(rows).repartition(args.cores * 2).cache()
    n = pages.count()
    cleaner = unappeal.Cleaner()
    start = time.perf_counter()
    cleaned = spark.createDataFrame(
        pages.rdd.mapPartitions(lambda part: clean_partition(cleaner, part)), SCHEMA
    ).cache()
    done = cleaned.count()
    seconds = time.perf_counter() - start
    print(f"spark + unappeal: {done} pages in {seconds:.2f} s, {done / seconds:.0f} pages/s "
          f"(local[{args.cores}], {pages.rdd.getNumPartitions()} partitions)")
    if done != n:
        raise SystemExit(f"expected {n} pages, got {done}")
    failed = cleaned.filter("error is not null").count()
    leftover = cleaned.filter(cleaned.text.contains("Since you're here")).count()
    if failed or leftover:
        raise SystemExit(f"{failed} pages failed, {leftover} kept their appeal")
    first = cleaned.orderBy("id").first()
    print(f"  {first.title!r}: {first.text[:70]!r}... cut: {', '.join(first.removed_kinds)}")
    spark.stop()


if __name__ == "__main__":
    main()
