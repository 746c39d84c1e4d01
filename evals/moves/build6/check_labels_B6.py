#!/usr/bin/env python3
"""Check labels-B6.jsonl: one line per sentence id in id order, exactly keys id+moves,
moves a list of known MOVES.md names, in table order, no repeats, never 'rambles'."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
moves = [m.group(1) for line in open(os.path.join(HERE, "MOVES.md"), encoding="utf-8")
         if (m := re.match(r"\|\s*([a-z_]+)\s*\|", line)) and m.group(1) != "move"]
order = {m: i for i, m in enumerate(moves)}
ids = [json.loads(l)["id"] for l in open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8")]
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels-B6.jsonl"), encoding="utf-8")]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)}")
for i, (r, sid) in enumerate(zip(rows, ids)):
    if set(r) != {"id", "moves"}:
        errs.append(f"line {i+1}: keys {sorted(r)}")
    if r.get("id") != sid:
        errs.append(f"line {i+1}: id {r.get('id')} expected {sid}")
    mv = r.get("moves")
    if not isinstance(mv, list):
        errs.append(f"{sid}: moves not a list"); continue
    for m in mv:
        if m not in order: errs.append(f"{sid}: unknown move {m!r}")
        if m == "rambles": errs.append(f"{sid}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"{sid}: repeated move")
    if [order.get(m, 999) for m in mv] != sorted(order.get(m, 999) for m in mv):
        errs.append(f"{sid}: not in table order")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
from collections import Counter
c = Counter(m for r in rows for m in r["moves"])
print(f"OK: {len(rows)} lines, ids {ids[0]}-{ids[-1]} in order, all moves known, table order, no repeats, no rambles")
print("empty:", sum(1 for r in rows if not r["moves"]), "| counts:", dict(sorted(c.items(), key=lambda x: order[x[0]])))
