#!/usr/bin/env python3
"""Check labels-B15.jsonl: one row per sentence id in id order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no 'rambles'."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"^\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8")]
rows = [json.loads(l) for l in open(os.path.join(here, "labels-B15.jsonl"), encoding="utf-8") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"row count {len(rows)} != sentence count {len(ids)}")
if [r.get("id") for r in rows] != ids:
    errs.append("ids are not exactly the sentence ids in order")
def idkey(s): return int(s.lstrip("s"))
if [idkey(r["id"]) for r in rows] != sorted(idkey(r["id"]) for r in rows):
    errs.append("ids not in ascending id order")
for r in rows:
    if set(r) != {"id", "moves"}:
        errs.append(f"{r.get('id')}: keys {sorted(r)}")
    mv = r.get("moves")
    if not isinstance(mv, list):
        errs.append(f"{r.get('id')}: moves not a list"); continue
    for m in mv:
        if m not in order: errs.append(f"{r['id']}: unknown move {m!r}")
        if m == "rambles": errs.append(f"{r['id']}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"{r['id']}: repeated move")
    if all(m in order for m in mv) and [order[m] for m in mv] != sorted(order[m] for m in mv):
        errs.append(f"{r['id']}: not in table order {mv}")
if errs:
    print("CHECK FAILED"); print("\n".join(errs)); sys.exit(1)
from collections import Counter
c = Counter(m for r in rows for m in r["moves"])
print(f"CHECK PASSED: {len(rows)} rows, {len(table)} table moves, {sum(1 for r in rows if not r['moves'])} empty")
for m in table: print(f"  {m}: {c.get(m,0)}")
