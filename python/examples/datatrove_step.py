#!/usr/bin/env python3
"""unappeal as a datatrove pipeline step: a drop-in for datatrove's Trafilatura extractor.

    pip install datatrove orjson   # orjson: datatrove's JSONL reader and writer need it
    python python/examples/datatrove_step.py [--repeat 50] [--compare]

Reads the bundled sample (python/examples/sample/pages.jsonl, twenty pages) repeated
--repeat times with datatrove's JsonlReader, extracts with `Unappeal`, writes JSONL with
datatrove's JsonlWriter, and prints pages/s. `--compare` runs the same pipeline with
datatrove's own Trafilatura step (pip install trafilatura lxml_html_clean: trafilatura 2.3
needs the latter with lxml 6, or every page times out).

`Unappeal` keeps `BaseExtractor`'s contract (`extract(html) -> str`, the same stats), so it
replaces `Trafilatura(...)` in a pipeline as it stands. Its `run` cleans documents in batches
with `clean_many` instead of one by one in BaseExtractor's sandbox process: the library
bounds its own time (depth and size limits, fuzzed), so the per-document pipe round trip
buys nothing, and a page that fails is counted as `clean_error` like a failed extraction.
The document's URL (metadata "url", as datatrove's WARC reader sets it) lets site rules
apply; the page's title and the removals' kinds go to metadata.
"""

import argparse
import json
import tempfile
import time
from itertools import islice
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from datatrove.utils.typeshelper import StatHints

import unappeal

SAMPLE = Path(__file__).resolve().parent / "sample" / "pages.jsonl"


class Unappeal(BaseExtractor):
    """Extracts the article and cuts appeals and boilerplate with unappeal.

    Args:
        timeout: kept for Trafilatura's signature; unappeal bounds its own time.
        batch_size: documents cleaned per `clean_many` call.
        threads: threads per batch (1 suits datatrove, which runs a task per core).
        **options: `unappeal.Cleaner` options (keep, languages, rules_files, ...).
    """

    name = "✂ unappeal"
    _requires_dependencies = ["unappeal"]

    def __init__(self, timeout: float = 1, batch_size: int = 256, threads: int = 1, **options):
        super().__init__(timeout)
        self.batch_size = batch_size
        self.threads = threads
        # Built here, pickled to each worker with the step (a Cleaner rebuilds from its options).
        self.cleaner = unappeal.Cleaner(**options)

    def extract(self, text: str) -> str:
        return self.cleaner.clean_html(text).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        docs = iter(data)
        while batch := list(islice(docs, self.batch_size)):
            with self.track_time(unit="batch"):
                results = self.cleaner.clean_many(
                    [(doc.text, doc.metadata.get("url")) for doc in batch], threads=self.threads
                )
            for doc, result in zip(batch, results):
                self.stat_update(StatHints.total)
                if isinstance(result, unappeal.UnappealError):
                    self.stat_update("clean_error")
                    continue
                self.stat_update("extracted")
                doc.text = result.text
                doc.metadata["title"] = result.title
                doc.metadata["removed_kinds"] = sorted({r.kind for r in result.removed})
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)


def run(step, pages: Path, work: Path, name: str) -> tuple[float, list[dict]]:
    out = work / f"out-{name}"
    pipeline = [JsonlReader(str(pages.parent), glob_pattern=pages.name, text_key="html"), step,
                JsonlWriter(str(out), compression=None)]
    executor = LocalPipelineExecutor(pipeline=pipeline, tasks=1, logging_dir=str(work / f"logs-{name}"))
    start = time.perf_counter()
    executor.run()
    seconds = time.perf_counter() - start
    rows = [json.loads(line) for f in sorted(out.glob("*.jsonl")) for line in f.open()]
    return seconds, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=50, help="copies of the twenty sample pages")
    ap.add_argument("--compare", action="store_true", help="also run datatrove's Trafilatura step (needs trafilatura, lxml_html_clean)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = work / "in" / "pages.jsonl"
        pages.parent.mkdir()
        lines = SAMPLE.read_text(encoding="utf-8").splitlines()
        with pages.open("w", encoding="utf-8") as f:
            for k in range(args.repeat):
                for line in lines:
                    row = json.loads(line)
                    row["id"] = f"{row['id']}-{k}"
                    f.write(json.dumps(row) + "\n")
        n = len(lines) * args.repeat
        seconds, rows = run(Unappeal(), pages, work, "unappeal")
        print(f"datatrove + unappeal: {n} pages in {seconds:.2f} s, {n / seconds:.0f} pages/s "
              f"(pipeline: read JSONL, extract, write JSONL; one task)")
        if len(rows) != n:
            raise SystemExit(f"expected {n} documents out, got {len(rows)}")
        leftover = sum("Since you're here" in r["text"] for r in rows)
        if leftover:
            raise SystemExit(f"{leftover} pages kept their appeal")
        print(f"  {rows[0]['metadata']['title']!r}: {rows[0]['text'][:70]!r}...")
        if args.compare:
            from datatrove.pipeline.extractors import Trafilatura

            seconds, rows = run(Trafilatura(), pages, work, "trafilatura")
            print(f"datatrove + Trafilatura: {n} pages in {seconds:.2f} s, {n / seconds:.0f} pages/s")


if __name__ == "__main__":
    main()
