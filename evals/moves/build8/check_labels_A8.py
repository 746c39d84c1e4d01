#!/usr/bin/env python3
"""Check labels-A8.jsonl: one line per id in sentences.jsonl order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no rambles."""
import json, re, sys
table = [m for m in re.findall(r"^\| (\w+) \|", open("MOVES.md", encoding="utf-8").read(), re.M) if m != "move"]
ids = [json.loads(l)["id"] for l in open("sentences.jsonl", encoding="utf-8") if l.strip()]
rows = [l for l in open("labels-A8.jsonl", encoding="utf-8").read().split("\n") if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f"{len(rows)} label lines vs {len(ids)} sentences")
for n, (row, sid) in enumerate(zip(rows, ids), 1):
    d = json.loads(row)
    if set(d) != {"id", "moves"}: errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id") != sid: errs.append(f"line {n}: id {d.get('id')} expected {sid}")
    ms = d.get("moves")
    if not isinstance(ms, list): errs.append(f"line {n}: moves not a list"); continue
    for m in ms:
        if m not in table: errs.append(f"line {n}: unknown move {m}")
        if m == "rambles": errs.append(f"line {n}: rambles used")
    if len(ms) != len(set(ms)): errs.append(f"line {n}: repeated move")
    known = [m for m in ms if m in table]
    if known != sorted(known, key=table.index): errs.append(f"line {n}: not in table order {ms}")
print("table moves:", len(table))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(rows)} lines, ids match sentences.jsonl order, known moves, table order, no repeats, no rambles")
