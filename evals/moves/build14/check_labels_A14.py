#!/usr/bin/env python3
"""Check labels-A14.jsonl: one line per id of sentences.jsonl (same order), keys exactly
id+moves, moves a list of known per-sentence move names from MOVES.md's table, in table
order, no repeats, never 'rambles'."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"^\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8") if l.strip()]
errors = []
lines = [l for l in open(os.path.join(here, "labels-A14.jsonl"), encoding="utf-8")]
if len(lines) != len(ids):
    errors.append(f"{len(lines)} label lines vs {len(ids)} sentences")
for n, (line, sid) in enumerate(zip(lines, ids), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    if set(d) != {"id", "moves"}:
        errors.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != sid:
        errors.append(f"line {n}: id {d.get('id')} expected {sid}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errors.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in order:
            errors.append(f"line {n}: unknown move {m!r}")
        if m == "rambles":
            errors.append(f"line {n}: rambles used")
    if len(set(mv)) != len(mv):
        errors.append(f"line {n}: repeated move")
    idx = [order[m] for m in mv if m in order]
    if idx != sorted(idx):
        errors.append(f"line {n}: not in table order {mv}")
if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
from collections import Counter
c = Counter(m for l in lines for m in json.loads(l)["moves"])
print(f"OK: {len(lines)} lines, ids match sentences.jsonl in order, {len(table)} table moves known, "
      f"all moves known, in table order, no repeats, no rambles; {sum(1 for l in lines if not json.loads(l)['moves'])} empty")
for m in table:
    print(f"  {m}: {c.get(m,0)}")
