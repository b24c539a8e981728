#!/usr/bin/env python3
"""Baseline for `reader-bench align`: Python's difflib SequenceMatcher on word tokens.

usage: difflib_baseline.py A.txt B.txt [--runs R] [--min-words N]

Reads two texts, splits them into lower-cased word tokens, and times
SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() (median of R runs, wall
clock and thread CPU time).
Prints one JSON line: median seconds, token counts, and the matching blocks of at least
N words as word-index ranges, so the caller can score them against the planted truth.
"""
import difflib
import json
import re
import statistics
import sys
import time


def words(text):
    return [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def main():
    args = sys.argv[1:]
    runs = 5
    min_words = 8
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    if "--min-words" in args:
        i = args.index("--min-words")
        min_words = int(args[i + 1])
        del args[i : i + 2]
    a_text = open(args[0], encoding="utf-8").read()
    b_text = open(args[1], encoding="utf-8").read()
    a = words(a_text)
    b = words(b_text)
    aw = [w for w, _, _ in a]
    bw = [w for w, _, _ in b]
    times = []
    cpu = []
    blocks = []
    for _ in range(runs):
        t0 = time.perf_counter()
        c0 = time.thread_time()
        sm = difflib.SequenceMatcher(None, aw, bw, autojunk=False)
        blocks = sm.get_matching_blocks()
        cpu.append(time.thread_time() - c0)
        times.append(time.perf_counter() - t0)
    spans = []
    for blk in blocks:
        if blk.size >= min_words:
            i, j, n = blk.a, blk.b, blk.size
            spans.append([a[i][1], a[i + n - 1][2], b[j][1], b[j + n - 1][2]])
    print(json.dumps({"median": statistics.median(times), "median_cpu": statistics.median(cpu), "runs": runs, "a_words": len(aw),
                      "b_words": len(bw), "passages": spans}))


if __name__ == "__main__":
    main()
