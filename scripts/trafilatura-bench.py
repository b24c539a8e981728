#!/usr/bin/env python3
"""Per-page extraction time of trafilatura on the dev pages, measured like `reader-bench html`:
each page's best time over R runs, then the median and p90 over pages.

usage: scripts/trafilatura-bench.py [DIR] [--runs R] [--limit N]
DIR defaults to ../shared/eval/dev/boilerplate-l3s. Needs trafilatura (pip install trafilatura);
says so and exits 2 where it is not installed.
"""
import os, statistics, sys, time


def main():
    args = sys.argv[1:]
    runs, limit = 3, None
    if "--runs" in args:
        i = args.index("--runs"); runs = int(args[i + 1]); del args[i:i + 2]
    if "--limit" in args:
        i = args.index("--limit"); limit = int(args[i + 1]); del args[i:i + 2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = args[0] if args else os.path.join(root, "..", "shared", "eval", "dev", "boilerplate-l3s")
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura)", file=sys.stderr)
        sys.exit(2)
    pages = sorted(p for p in os.listdir(data) if os.path.isfile(os.path.join(data, p, "page.html")))[:limit]
    htmls = [open(os.path.join(data, p, "page.html"), "rb").read() for p in pages]
    best = [float("inf")] * len(htmls)
    for _ in range(runs):
        for i, h in enumerate(htmls):
            t0 = time.perf_counter()
            trafilatura.extract(h)
            best[i] = min(best[i], time.perf_counter() - t0)
    best.sort()
    print(f"trafilatura {trafilatura.__version__}: {len(htmls)} pages; per page median "
          f"{statistics.median(best) * 1000:.2f} ms, p90 {best[len(best) * 9 // 10] * 1000:.2f} ms (best of {runs} runs)")


if __name__ == "__main__":
    main()
