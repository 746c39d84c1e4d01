#!/usr/bin/env python3
"""Check labels-B4.jsonl against sentences.jsonl and MOVES.md's table."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {m: i for i, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8") if l.strip()]
labels = [json.loads(l) for l in open(os.path.join(here, "labels-B4.jsonl"), encoding="utf-8") if l.strip()]
errs = []
if [r.get("id") for r in labels] != ids:
    errs.append(f"ids do not match sentences.jsonl one-for-one in order ({len(labels)} labels vs {len(ids)} sentences)")
for r in labels:
    if set(r.keys()) != {"id", "moves"}:
        errs.append(f"{r.get('id')}: keys {sorted(r.keys())}")
    mv = r.get("moves")
    if not isinstance(mv, list):
        errs.append(f"{r.get('id')}: moves not a list"); continue
    for m in mv:
        if m not in order: errs.append(f"{r['id']}: unknown move {m!r}")
        if m == "rambles": errs.append(f"{r['id']}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"{r['id']}: repeated move")
    if [order.get(m, -1) for m in mv] != sorted(order.get(m, -1) for m in mv):
        errs.append(f"{r['id']}: not in table order")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(labels)} lines, ids {ids[0]}-{ids[-1]} in order, all moves known, table order, no repeats, no rambles")
