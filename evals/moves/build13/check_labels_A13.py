#!/usr/bin/env python3
"""Check labels-A13.jsonl: one line per id of sentences.jsonl in the same order, exactly keys id and
moves, known move names from MOVES.md's table, table order, no repeats, no rambles."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {name: k for k, name in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8") if l.strip()]
rows = [l for l in open(os.path.join(here, "labels-A13.jsonl"), encoding="utf-8")]
errors = []
if len(rows) != len(ids):
    errors.append(f"{len(rows)} label lines but {len(ids)} sentences")
for n, (raw, sid) in enumerate(zip(rows, ids), 1):
    try:
        obj = json.loads(raw)
    except Exception as e:
        errors.append(f"line {n}: bad JSON ({e})"); continue
    if set(obj) != {"id", "moves"}:
        errors.append(f"line {n}: keys {sorted(obj)}")
    if obj.get("id") != sid:
        errors.append(f"line {n}: id {obj.get('id')} != expected {sid}")
    mv = obj.get("moves")
    if not isinstance(mv, list):
        errors.append(f"line {n}: moves not a list"); continue
    for x in mv:
        if x not in order:
            errors.append(f"line {n}: unknown move {x!r}")
        if x == "rambles":
            errors.append(f"line {n}: rambles used")
    if len(set(mv)) != len(mv):
        errors.append(f"line {n}: repeated move")
    pos = [order[x] for x in mv if x in order]
    if pos != sorted(pos):
        errors.append(f"line {n}: moves not in table order {mv}")
if errors:
    print("CHECK FAILED"); print("\n".join(errors)); sys.exit(1)
print(f"CHECK PASSED: {len(rows)} lines, ids match sentences.jsonl in order, {len(table)} table moves known, "
      "all in table order, no repeats, no rambles")
