#!/usr/bin/env python3
"""Check labels-A7.jsonl: one line per sentence id in id order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no 'rambles'."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = [m for m in re.findall(r'^\| ([a-z_]+) \|', open(os.path.join(here, 'MOVES.md'), encoding='utf-8').read(), re.M) if m != 'move']  # skip header row
order = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)['id'] for l in open(os.path.join(here, 'sentences.jsonl'), encoding='utf-8') if l.strip()]
rows = [l for l in open(os.path.join(here, 'labels-A7.jsonl'), encoding='utf-8') if l.strip()]
errs = []
if len(rows) != len(ids):
    errs.append(f'{len(rows)} label lines vs {len(ids)} sentences')
for k, (raw, sid) in enumerate(zip(rows, ids)):
    d = json.loads(raw)
    if set(d) != {'id', 'moves'}:
        errs.append(f'line {k+1}: keys {sorted(d)}')
    if d.get('id') != sid:
        errs.append(f'line {k+1}: id {d.get("id")} expected {sid}')
    mv = d.get('moves')
    if not isinstance(mv, list):
        errs.append(f'{sid}: moves not a list'); continue
    for m in mv:
        if m not in order:
            errs.append(f'{sid}: unknown move {m!r}')
        if m == 'rambles':
            errs.append(f'{sid}: rambles used')
    if len(set(mv)) != len(mv):
        errs.append(f'{sid}: repeated move')
    pos = [order.get(m, -1) for m in mv]
    if pos != sorted(pos):
        errs.append(f'{sid}: not in table order {mv}')
if errs:
    print('FAIL'); print('\n'.join(errs)); sys.exit(1)
from collections import Counter
c = Counter(m for r in rows for m in json.loads(r)['moves'])
print(f'OK: {len(rows)} lines, ids in order, known moves, table order, no repeats, no rambles')
print('empty:', sum(1 for r in rows if not json.loads(r)['moves']), dict(sorted(c.items(), key=lambda x: order[x[0]])))
