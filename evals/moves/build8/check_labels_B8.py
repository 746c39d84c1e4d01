#!/usr/bin/env python3
"""Check labels-B8.jsonl: one line per id of sentences.jsonl in the same order, exactly keys
id+moves, known move names from MOVES.md's table, table order, no repeats, no rambles."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(HERE, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
order = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8") if l.strip()]
rows = [l for l in open(os.path.join(HERE, "labels-B8.jsonl"), encoding="utf-8") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)} ids")
for n, (line, want) in enumerate(zip(rows, ids), 1):
    d = json.loads(line)
    if set(d) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != want:
        errs.append(f"line {n}: id {d.get('id')} != expected {want}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in order:
            errs.append(f"line {n} {want}: unknown move {m!r}")
        if m == "rambles":
            errs.append(f"line {n} {want}: rambles used")
    if len(set(mv)) != len(mv):
        errs.append(f"line {n} {want}: repeated move")
    if [order.get(m, -1) for m in mv] != sorted(order.get(m, -1) for m in mv):
        errs.append(f"line {n} {want}: not in table order {mv}")
print(f"table moves: {len(table)}; lines checked: {len(rows)}; ids expected: {len(ids)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: all checks passed")
