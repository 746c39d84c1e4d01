#!/usr/bin/env python3
"""Check labels-B7.jsonl: one line per sentence id in id order, exactly keys id+moves,
known move names, MOVES.md table order, no repeats, no rambles."""
import json, re, sys
HERE = "/work/labelsB7/"
order = [m for m in re.findall(r"^\| ([a-z_]+) \|", open(HERE + "MOVES.md").read(), re.M) if m != "move"]
ids = [json.loads(l)["id"] for l in open(HERE + "sentences.jsonl") if l.strip()]
rows = [l for l in open(HERE + "labels-B7.jsonl") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"line count {len(rows)} != {len(ids)}")
for n, (line, sid) in enumerate(zip(rows, ids), 1):
    d = json.loads(line)
    if set(d) != {"id", "moves"}:
        errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != sid:
        errs.append(f"line {n}: id {d.get('id')} expected {sid}")
    mv = d.get("moves")
    if not isinstance(mv, list):
        errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in order: errs.append(f"{sid}: unknown move {m}")
    if "rambles" in mv: errs.append(f"{sid}: rambles used")
    if len(set(mv)) != len(mv): errs.append(f"{sid}: repeated move")
    idx = [order.index(m) for m in mv if m in order]
    if idx != sorted(idx): errs.append(f"{sid}: not in table order")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(rows)} lines, ids in order, keys id+moves only, known moves, table order, no repeats, no rambles")
