#!/usr/bin/env python3
"""Check labels-A15.jsonl: one line per id (same ids, same order as sentences.jsonl),
exactly keys id and moves, known move names, table order, no repeats, no rambles."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md")):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"))]
rows = [json.loads(l) for l in open(os.path.join(here, "labels-A15.jsonl"))]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)}")
for n, (row, sid) in enumerate(zip(rows, ids), 1):
    if set(row) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(row)}")
    if row.get("id") != sid:
        errs.append(f"line {n}: id {row.get('id')} != expected {sid}")
    mv = row.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in table:
            errs.append(f"line {n}: unknown move {m}")
    if "rambles" in mv:
        errs.append(f"line {n}: rambles used")
    if len(set(mv)) != len(mv):
        errs.append(f"line {n}: repeated move")
    known = [m for m in mv if m in table]
    if known != sorted(known, key=table.index):
        errs.append(f"line {n}: not in table order")
print(f"table moves: {len(table)}; labels checked: {len(rows)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: one line per id in order, keys id+moves, known moves, table order, no repeats, no rambles")
