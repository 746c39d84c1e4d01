#!/usr/bin/env python3
"""Check labels-C.jsonl: one line per id of sentences.jsonl in the same order,
exactly keys id+moves, known move names from MOVES.md's table, table order,
no repeats, no 'rambles'."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
table = re.findall(r"^\| ([a-z_]+) \|", open(os.path.join(HERE, "MOVES.md"), encoding="utf-8").read(), re.M)
table = [m for m in table if m != "move"]
ids = [json.loads(l)["id"] for l in open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8")]
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels-C.jsonl"), encoding="utf-8")]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)}")
for n, (r, i) in enumerate(zip(rows, ids), 1):
    if set(r) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(r)}")
    if r.get("id") != i:
        errs.append(f"line {n}: id {r.get('id')} != expected {i}")
    mv = r.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in table: errs.append(f"line {n}: unknown move {m}")
    if "rambles" in mv: errs.append(f"line {n}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"line {n}: repeats")
    known = [m for m in mv if m in table]
    if known != sorted(known, key=table.index): errs.append(f"line {n}: not in table order")
print(f"table moves: {len(table)}; rows: {len(rows)}; ids: {len(ids)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: all checks passed")
