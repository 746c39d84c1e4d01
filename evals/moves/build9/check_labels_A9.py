#!/usr/bin/env python3
"""Check labels-A9.jsonl: one line per sentence id in order, exactly keys id+moves, known move
names, MOVES.md table order, no repeats, never 'rambles'."""
import json, re, sys
HERE = '/work/labelsA9/'
table = [m for m in re.findall(r'^\| ([a-z_]+) \|', open(HERE+'MOVES.md').read(), re.M) if m != 'move']
ids = [json.loads(l)['id'] for l in open(HERE+'sentences.jsonl')]
rows = [json.loads(l) for l in open(HERE+'labels-A9.jsonl')]
errs = []
if len(rows) != len(ids): errs.append(f'{len(rows)} label lines vs {len(ids)} sentences')
for n, (r, i) in enumerate(zip(rows, ids)):
    if set(r) != {'id', 'moves'}: errs.append(f'line {n}: keys {sorted(r)}')
    if r.get('id') != i: errs.append(f'line {n}: id {r.get("id")} expected {i}')
    m = r.get('moves')
    if not isinstance(m, list): errs.append(f'{i}: moves not a list'); continue
    if 'rambles' in m: errs.append(f'{i}: rambles used')
    bad = [x for x in m if x not in table]
    if bad: errs.append(f'{i}: unknown moves {bad}')
    if len(set(m)) != len(m): errs.append(f'{i}: repeats')
    if m != sorted(m, key=lambda x: table.index(x) if x in table else 99): errs.append(f'{i}: not table order')
print('table:', table)
print('lines checked:', len(rows), '| errors:', len(errs))
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
