#!/usr/bin/env python3
"""Check labels-B12.jsonl: one line per sentence id, in id order, exactly keys id+moves,
moves are known names from MOVES.md's table, in table order, no repeats, no 'rambles'."""
import json, re, os, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for ln in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"^\|\s*([a-z_]+)\s*\|", ln)
    if m and m.group(1) != "move":
        table.append(m.group(1))
allowed = [m for m in table if m != "rambles"]
pos = {m: i for i, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8") if l.strip()]
rows = [l for l in open(os.path.join(here, "labels-B12.jsonl"), encoding="utf-8") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"{len(rows)} label lines vs {len(ids)} sentences")
for n, (l, sid) in enumerate(zip(rows, ids), 1):
    d = json.loads(l)
    if set(d) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != sid:
        errs.append(f"line {n}: id {d.get('id')} expected {sid}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m == "rambles":
            errs.append(f"{sid}: rambles used")
        elif m not in allowed:
            errs.append(f"{sid}: unknown move {m!r}")
    if len(set(mv)) != len(mv):
        errs.append(f"{sid}: repeated move")
    if all(m in pos for m in mv) and [pos[m] for m in mv] != sorted(pos[m] for m in mv):
        errs.append(f"{sid}: not in table order {mv}")
print(f"table moves: {len(table)} (rambles excluded from allowed); sentences: {len(ids)}; label lines: {len(rows)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: all checks passed")
