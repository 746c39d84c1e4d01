#!/usr/bin/env python3
"""Check labels-B5.jsonl: one line per sentence id in order, exact keys,
known move names, MOVES.md table order, no repeats, no rambles."""
import json, re, os, sys
here = os.path.dirname(os.path.abspath(__file__))
table = [m for m in re.findall(r'^\| ([a-z_]+) \|', open(os.path.join(here, 'MOVES.md')).read(), re.M) if m != 'move']
ids = [json.loads(l)['id'] for l in open(os.path.join(here, 'sentences.jsonl'))]
lines = open(os.path.join(here, 'labels-B5.jsonl')).read().splitlines()
errs = []
if len(lines) != len(ids):
    errs.append(f'{len(lines)} label lines vs {len(ids)} sentences')
for i, (l, sid) in enumerate(zip(lines, ids)):
    d = json.loads(l)
    if set(d) != {'id', 'moves'}: errs.append(f'line {i+1}: keys {sorted(d)}')
    if d.get('id') != sid: errs.append(f'line {i+1}: id {d.get("id")} expected {sid}')
    ms = d.get('moves')
    if not isinstance(ms, list): errs.append(f'{sid}: moves not a list'); continue
    for m in ms:
        if m not in table: errs.append(f'{sid}: unknown move {m}')
    if 'rambles' in ms: errs.append(f'{sid}: rambles used')
    if len(set(ms)) != len(ms): errs.append(f'{sid}: repeated move')
    if [table.index(m) for m in ms if m in table] != sorted(table.index(m) for m in ms if m in table):
        errs.append(f'{sid}: not in table order')
print(f'{len(table)} moves in table; checked {len(lines)} lines')
if errs:
    print('FAIL'); print('\n'.join(errs)); sys.exit(1)
print('OK: all checks passed')
