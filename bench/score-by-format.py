#!/usr/bin/env python3
"""Per-format accuracy from the scorer's --json-out: sums correct/total of every file by extension.

Usage: python3 bench/score-by-format.py SCORE.json
"""
import json
import sys
from collections import defaultdict

data = json.load(open(sys.argv[1]))
totals = defaultdict(lambda: [0, 0, 0])
for f in data["files"]:
    ext = f["file"].rsplit(".", 1)[-1].upper()
    totals[ext][0] += f.get("correct", 0)
    totals[ext][1] += f.get("total", 0)
    totals[ext][2] += 1
print("| format | files | fields correct | fields scored | accuracy |")
print("|---|---|---|---|---|")
for ext in sorted(totals):
    c, t, n = totals[ext]
    print(f"| {ext} | {n} | {c} | {t} | {c / t:.3f} |")
print(f"| **all** | {data['n_files']} | | | **{data['overall_field_accuracy']:.3f}** |")
