#!/usr/bin/env python3
"""Check labels-B14.jsonl: one line per id of sentences.jsonl in id order, exactly keys id+moves,
moves are known names from MOVES.md's table, in table order, no repeats, never 'rambles'."""
import json, re, sys
from pathlib import Path
here = Path(__file__).parent
table = []
for l in (here / "MOVES.md").read_text().splitlines():
    m = re.match(r"\|\s*([a-z_]+)\s*\|", l)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in (here / "sentences.jsonl").read_text().splitlines() if l.strip()]
lines = [l for l in (here / "labels-B14.jsonl").read_text().splitlines()]
errs = []
if len(lines) != len(ids):
    errs.append(f"line count {len(lines)} != {len(ids)}")
for n, (l, sid) in enumerate(zip(lines, ids), 1):
    try:
        d = json.loads(l)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    if set(d) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != sid:
        errs.append(f"line {n}: id {d.get('id')} != expected {sid}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in order:
            errs.append(f"line {n} {sid}: unknown move {m!r}")
        if m == "rambles":
            errs.append(f"line {n} {sid}: rambles used")
    if len(set(mv)) != len(mv):
        errs.append(f"line {n} {sid}: repeated move")
    ks = [order[m] for m in mv if m in order]
    if ks != sorted(ks):
        errs.append(f"line {n} {sid}: not in table order {mv}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(lines)} lines, ids in order, {len(table)} table moves known, table order, no repeats, no rambles")
