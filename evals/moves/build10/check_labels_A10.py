#!/usr/bin/env python3
"""Check labels-A10.jsonl: one line per id in sentences.jsonl order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no 'rambles'."""
import json, re, sys

# move names read from the MOVES.md table itself
TABLE = []
for ln in open("MOVES.md"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", ln)
    if m and m.group(1) != "move":
        TABLE.append(m.group(1))

ids = [json.loads(l)["id"] for l in open("sentences.jsonl") if l.strip()]
rows = [json.loads(l) for l in open("labels-A10.jsonl") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"{len(rows)} label lines vs {len(ids)} sentences")
for k, (row, sid) in enumerate(zip(rows, ids)):
    if set(row) != {"id", "moves"}:
        errs.append(f"line {k+1}: keys {sorted(row)}")
    if row.get("id") != sid:
        errs.append(f"line {k+1}: id {row.get('id')} expected {sid}")
    mv = row.get("moves")
    if not isinstance(mv, list):
        errs.append(f"{sid}: moves not a list"); continue
    for m in mv:
        if m not in TABLE:
            errs.append(f"{sid}: unknown move {m}")
    if "rambles" in mv:
        errs.append(f"{sid}: rambles used")
    if len(set(mv)) != len(mv):
        errs.append(f"{sid}: repeated move")
    if all(m in TABLE for m in mv) and [TABLE.index(m) for m in mv] != sorted(TABLE.index(m) for m in mv):
        errs.append(f"{sid}: not in table order")
print(f"table moves: {len(TABLE)}; lines checked: {len(rows)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: one line per id in order, keys id+moves, known moves, table order, no repeats, no rambles")
from collections import Counter
c = Counter(m for r in rows for m in r["moves"])
print("empty:", sum(1 for r in rows if not r["moves"]), dict(sorted(c.items(), key=lambda x: TABLE.index(x[0]))))
