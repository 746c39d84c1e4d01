#!/usr/bin/env python3
"""Check labels-B10.jsonl: one line per sentence id in order, exact keys, known moves,
table order, no repeats, no rambles."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = []
for line in open(os.path.join(HERE, "MOVES.md")):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        ORDER.append(m.group(1))
ids = [json.loads(l)["id"] for l in open(os.path.join(HERE, "sentences.jsonl")) if l.strip()]
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels-B10.jsonl")) if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append("line count %d != %d" % (len(rows), len(ids)))
for n, (r, i) in enumerate(zip(rows, ids)):
    if set(r) != {"id", "moves"}:
        errs.append("line %d: keys %s" % (n, sorted(r)))
    if r.get("id") != i:
        errs.append("line %d: id %s, expected %s" % (n, r.get("id"), i))
    mv = r.get("moves")
    if not isinstance(mv, list):
        errs.append("%s: moves not a list" % i); continue
    for x in mv:
        if x not in ORDER:
            errs.append("%s: unknown move %s" % (i, x))
    if "rambles" in mv:
        errs.append("%s: rambles used" % i)
    if len(set(mv)) != len(mv):
        errs.append("%s: repeated move" % i)
    if all(x in ORDER for x in mv) and mv != sorted(mv, key=ORDER.index):
        errs.append("%s: not in table order" % i)
print("table moves:", len(ORDER), "| lines:", len(rows))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: all %d lines valid" % len(rows))
