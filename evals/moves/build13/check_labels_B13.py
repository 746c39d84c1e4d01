#!/usr/bin/env python3
"""Check labels-B13.jsonl: one line per sentence id in id order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no 'rambles'."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, "MOVES.md"), encoding="utf-8"):
    m = re.match(r"^\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move":
        table.append(m.group(1))
rank = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)["id"] for l in open(os.path.join(here, "sentences.jsonl"), encoding="utf-8") if l.strip()]
rows = [l for l in open(os.path.join(here, "labels-B13.jsonl"), encoding="utf-8")]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)} sentences")
for n, (raw, want) in enumerate(zip(rows, ids), 1):
    try:
        d = json.loads(raw)
    except Exception as e:
        errs.append(f"line {n}: bad JSON ({e})"); continue
    if set(d) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != want:
        errs.append(f"line {n}: id {d.get('id')} != expected {want}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in rank:
            errs.append(f"line {n} {want}: unknown move {m!r}")
    if "rambles" in mv:
        errs.append(f"line {n} {want}: rambles used")
    if len(mv) != len(set(mv)):
        errs.append(f"line {n} {want}: repeated move")
    known = [rank[m] for m in mv if m in rank]
    if known != sorted(known):
        errs.append(f"line {n} {want}: not in table order {mv}")
print(f"table moves ({len(table)}): {', '.join(table)}")
if errs:
    print(f"FAIL: {len(errs)} problem(s)"); print("\n".join(errs)); sys.exit(1)
counts = {}
for raw in rows:
    for m in json.loads(raw)["moves"]:
        counts[m] = counts.get(m, 0) + 1
empty = sum(1 for raw in rows if not json.loads(raw)["moves"])
print(f"OK: {len(rows)} lines, ids in order, keys id+moves, known moves, table order, no repeats, no rambles")
print(f"empty lines: {empty}; counts: " + ", ".join(f"{m}={counts.get(m,0)}" for m in table))
