#!/usr/bin/env python3
"""Check labels-B11.jsonl: one line per id of sentences.jsonl in the same order, exactly keys
id and moves, known move names, MOVES.md table order, no repeats, no rambles."""
import json, re, sys
HERE = "/work/labelsB11/"
table = []
for line in open(HERE + "MOVES.md"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
ids = [json.loads(l)["id"] for l in open(HERE + "sentences.jsonl") if l.strip()]
rows = [l for l in open(HERE + "labels-B11.jsonl")]
errs = []
if len(rows) != len(ids):
    errs.append("line count %d != %d ids" % (len(rows), len(ids)))
for n, (l, sid) in enumerate(zip(rows, ids)):
    d = json.loads(l)
    if set(d) != {"id", "moves"}:
        errs.append("line %d keys %s" % (n, sorted(d)))
    if d.get("id") != sid:
        errs.append("line %d id %s expected %s" % (n, d.get("id"), sid))
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append("line %d moves not a list" % n); continue
    for x in mv:
        if x not in table:
            errs.append("line %d unknown move %r" % (n, x))
    if "rambles" in mv:
        errs.append("line %d uses rambles" % n)
    if len(set(mv)) != len(mv):
        errs.append("line %d repeats" % n)
    known = [x for x in mv if x in table]
    if known != sorted(known, key=table.index):
        errs.append("line %d not in table order" % n)
print("table:", len(table), "moves;", "rows:", len(rows), "ids:", len(ids))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: all checks passed")
