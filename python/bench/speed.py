#!/usr/bin/env python3
"""Pages per second from Python: unappeal beside trafilatura and resiliparse, same pages,
same process, same run.

    pip install trafilatura lxml_html_clean resiliparse   # and unappeal (see the README)
    nice python python/bench/speed.py [--rounds 2] [--corpus DIR ...]

Each tool gets the page's bytes and returns its main text:
- unappeal: `Cleaner.clean_html_bytes` (charset detection included); all cores:
  `clean_many(threads=N)` in this process.
- trafilatura: `trafilatura.extract(bytes)` (its own decoding) with its defaults.
- resiliparse: `detect_encoding` + `bytes_to_str`, then
  `extract_plain_text(main_content=True)`.
For trafilatura and resiliparse, all cores is a `multiprocessing` pool of N processes (the
way they are run at scale; they hold the GIL), with the pool started before the clock and
pages sent in chunks. Rounds alternate the tools so that load from elsewhere falls on all
of them alike; the best round of each is reported, with the machine's load average. A tool
that is not installed is reported as missing.
"""

import argparse
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared/corpus/scrapinghub/html", ROOT.parent / "shared/corpus/trafilatura/html"]


def load(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".html", ".htm")]


def tool(name):
    """The tool's extract(bytes) -> str, or None when it is not installed."""
    try:
        if name == "unappeal":
            import unappeal

            cleaner = unappeal.Cleaner()
            return lambda data: cleaner.clean_html_bytes(data).text
        if name == "trafilatura":
            import trafilatura

            return lambda data: trafilatura.extract(data) or ""
        if name == "resiliparse":
            from resiliparse.extract.html2text import extract_plain_text
            from resiliparse.parse.encoding import bytes_to_str, detect_encoding

            return lambda data: extract_plain_text(
                bytes_to_str(data, detect_encoding(data)), main_content=True
            )
    except ImportError:
        return None
    raise ValueError(name)


_worker_fn = None


def _init(name):
    global _worker_fn
    _worker_fn = tool(name)


def _run(chunk):
    return sum(len(_worker_fn(d)) for d in chunk)


def one_thread(name, fn, pages):
    start = time.perf_counter()
    for d in pages:
        fn(d)
    return time.perf_counter() - start


def all_cores(name, pages, n, pool):
    if name == "unappeal":
        import unappeal

        cleaner = unappeal.Cleaner()
        start = time.perf_counter()
        results = cleaner.clean_many(pages, threads=n)
        seconds = time.perf_counter() - start
        assert not any(isinstance(r, unappeal.UnappealError) for r in results)
        return seconds
    chunks = [pages[i : i + 8] for i in range(0, len(pages), 8)]
    start = time.perf_counter()
    sum(pool.imap_unordered(_run, chunks))
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cores", type=int, default=os.cpu_count())
    ap.add_argument("--corpus", type=Path, action="append", help="folders of .html pages")
    args = ap.parse_args()
    names = ["unappeal", "trafilatura", "resiliparse"]
    fns = {n: tool(n) for n in names}
    for n in names:
        if fns[n] is None:
            print(f"notice: {n} is not installed; its rows are missing", file=sys.stderr)
    names = [n for n in names if fns[n]]
    pools = {n: Pool(args.cores, initializer=_init, initargs=(n,)) for n in names if n != "unappeal"}
    rows = []
    for folder in args.corpus or CORPORA:
        pages = load(folder)
        mb = sum(map(len, pages)) / 1e6
        for fn in fns.values():
            if fn:
                fn(pages[0])  # warm-up: imports, lazily built rules
        for pool in pools.values():
            pool.map(_run, [[pages[0]]] * args.cores)
        best = {}
        for _ in range(args.rounds):
            for n in names:
                t1 = one_thread(n, fns[n], pages)
                tn = all_cores(n, pages, args.cores, pools.get(n))
                b = best.get(n, (float("inf"), float("inf")))
                best[n] = (min(b[0], t1), min(b[1], tn))
        for n in names:
            t1, tn = best[n]
            rows.append((folder.parent.name, len(pages), mb, n, len(pages) / t1, mb / t1,
                         len(pages) / tn, mb / tn))
    for pool in pools.values():
        pool.close()
    load1, load5, _ = os.getloadavg()
    print(f"| corpus (pages, MB) | tool | 1 thread: pages/s (MB/s) | {args.cores} cores: pages/s (MB/s) |")
    print("| --- | --- | ---: | ---: |")
    for corpus, n, mb, name, p1, m1, pn, mn in rows:
        print(f"| {corpus} ({n}, {mb:.1f}) | {name} | {p1:.0f} ({m1:.1f}) | {pn:.0f} ({mn:.1f}) |")
    versions = []
    for mod in ("unappeal", "trafilatura", "resiliparse"):
        try:
            from importlib.metadata import version

            versions.append(f"{mod} {version(mod)}")
        except Exception:
            pass
    print(f"\nbest of {args.rounds} rounds; {', '.join(versions)}; Python {sys.version.split()[0]}; "
          f"load average {load1:.1f} / {load5:.1f} at the end")


if __name__ == "__main__":
    main()
