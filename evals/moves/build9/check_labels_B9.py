#!/usr/bin/env python3
"""Check labels-B9.jsonl: one line per id of sentences.jsonl in the same order, exactly keys
id/moves, known move names (parsed from MOVES.md table), table order, no repeats, no rambles."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
table = [re.match(r"\|\s*([a-z_]+)\s*\|", l) for l in open(os.path.join(HERE, "MOVES.md"))]
ORDER = [m.group(1) for m in table if m and m.group(1) != "move"]
ids = [json.loads(l)["id"] for l in open(os.path.join(HERE, "sentences.jsonl"))]
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels-B9.jsonl")) if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"row count {len(rows)} != {len(ids)}")
for i, (sid, r) in enumerate(zip(ids, rows)):
    if set(r) != {"id", "moves"}: errs.append(f"line {i+1}: keys {sorted(r)}")
    if r.get("id") != sid: errs.append(f"line {i+1}: id {r.get('id')} expected {sid}")
    ms = r.get("moves")
    if not isinstance(ms, list): errs.append(f"{sid}: moves not a list"); continue
    for m in ms:
        if m not in ORDER: errs.append(f"{sid}: unknown move {m}")
    if "rambles" in ms: errs.append(f"{sid}: rambles used")
    if len(set(ms)) != len(ms): errs.append(f"{sid}: repeated move")
    if [ORDER.index(m) for m in ms if m in ORDER] != sorted(ORDER.index(m) for m in ms if m in ORDER):
        errs.append(f"{sid}: not in table order")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
from collections import Counter
c = Counter(m for r in rows for m in r["moves"])
print(f"OK: {len(rows)} lines, all ids in order, keys id/moves, known moves, table order, no repeats, no rambles")
print(f"empty: {sum(1 for r in rows if not r['moves'])}; move counts: {dict(c)}")
