#!/usr/bin/env python3
"""Check labels-A5.jsonl against sentences.jsonl and the MOVES.md table."""
import json, re, sys
table = []
for line in open("MOVES.md"):
    m = re.match(r"\|\s*([a-z_]+)\s*\|", line)
    if m and m.group(1) != "move": table.append(m.group(1))
ids = [json.loads(l)["id"] for l in open("sentences.jsonl")]
labels = [json.loads(l) for l in open("labels-A5.jsonl")]
errs = []
if [r["id"] for r in labels] != ids: errs.append("ids do not match sentences.jsonl one-for-one in order")
for r in labels:
    if set(r) != {"id", "moves"}: errs.append(f"{r.get('id')}: keys {sorted(r)}")
    mv = r["moves"]
    if not isinstance(mv, list): errs.append(f"{r['id']}: moves not a list"); continue
    for m in mv:
        if m not in table: errs.append(f"{r['id']}: unknown move {m}")
    if "rambles" in mv: errs.append(f"{r['id']}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"{r['id']}: repeats")
    if all(m in table for m in mv) and [table.index(m) for m in mv] != sorted(table.index(m) for m in mv):
        errs.append(f"{r['id']}: not in table order")
print(f"table moves: {len(table)}; sentences: {len(ids)}; label lines: {len(labels)}")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: one line per id in order, known move names, table order, no repeats, no rambles")
