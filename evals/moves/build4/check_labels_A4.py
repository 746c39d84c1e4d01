#!/usr/bin/env python3
"""Check labels-A4.jsonl: one line per sentence id in order, exactly keys id+moves,
known move names only, table order, no repeats, never 'rambles'."""
import json, re, os, sys
here = os.path.dirname(os.path.abspath(__file__))
table = [m for m in re.findall(r'^\| ([a-z_]+) \|', open(os.path.join(here, 'MOVES.md')).read(), re.M) if m != 'move']
ids = [json.loads(l)['id'] for l in open(os.path.join(here, 'sentences.jsonl'))]
rows = [json.loads(l) for l in open(os.path.join(here, 'labels-A4.jsonl'))]
errs = []
if len(rows) != len(ids):
    errs.append(f'{len(rows)} label lines vs {len(ids)} sentences')
for i, (r, sid) in enumerate(zip(rows, ids)):
    if set(r) != {'id', 'moves'}: errs.append(f'line {i+1}: keys {sorted(r)}')
    if r.get('id') != sid: errs.append(f'line {i+1}: id {r.get("id")} expected {sid}')
    mv = r.get('moves')
    if not isinstance(mv, list): errs.append(f'{sid}: moves not a list'); continue
    for m in mv:
        if m not in table: errs.append(f'{sid}: unknown move {m}')
    if 'rambles' in mv: errs.append(f'{sid}: rambles used')
    if len(set(mv)) != len(mv): errs.append(f'{sid}: repeated move')
    if [m for m in mv if m in table] != sorted([m for m in mv if m in table], key=table.index):
        errs.append(f'{sid}: not in table order')
if errs:
    print('FAIL'); print('\n'.join(errs)); sys.exit(1)
from collections import Counter
c = Counter(m for r in rows for m in r['moves'])
print(f'OK: {len(rows)} lines, ids {ids[0]}..{ids[-1]} in order, all moves known, table order, no repeats, no rambles')
print('empty:', sum(1 for r in rows if not r['moves']), '| counts:', dict(c))
