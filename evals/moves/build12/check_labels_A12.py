#!/usr/bin/env python3
"""Check labels-A12.jsonl: one line per sentence id, in id order, exactly keys id+moves,
known move names, MOVES.md table order, no repeats, never 'rambles'."""
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
order = [m for m in re.findall(r'^\| ([a-z_]+) \|', open(os.path.join(HERE, 'MOVES.md')).read(), re.M) if m != 'move']
ids = [json.loads(l)['id'] for l in open(os.path.join(HERE, 'sentences.jsonl')) if l.strip()]
rows = [l for l in open(os.path.join(HERE, 'labels-A12.jsonl'))]
errs = []
if len(rows) != len(ids):
    errs.append(f'{len(rows)} label lines vs {len(ids)} sentences')
for n, (line, sid) in enumerate(zip(rows, ids), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f'line {n}: bad JSON {e}'); continue
    if set(d) != {'id', 'moves'}:
        errs.append(f'line {n}: keys {sorted(d)}')
    if d.get('id') != sid:
        errs.append(f'line {n}: id {d.get("id")} expected {sid}')
    mv = d.get('moves')
    if not isinstance(mv, list):
        errs.append(f'line {n}: moves not a list'); continue
    for m in mv:
        if m not in order:
            errs.append(f'line {n}: unknown move {m!r}')
    if 'rambles' in mv:
        errs.append(f'line {n}: rambles used')
    if len(set(mv)) != len(mv):
        errs.append(f'line {n}: repeated move')
    known = [m for m in mv if m in order]
    if known != sorted(known, key=order.index):
        errs.append(f'line {n}: not in table order {mv}')
print(f'{len(rows)} lines checked, {len(order)} known moves, errors: {len(errs)}')
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
