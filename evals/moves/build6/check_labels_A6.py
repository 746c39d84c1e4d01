#!/usr/bin/env python3
"""Check labels-A6.jsonl: one line per id in sentences.jsonl order, exact keys, known move names,
table order, no repeats, no rambles."""
import json, sys
ORDER = [l.split('|')[1].strip() for l in open('MOVES.md') if l.startswith('| ') and not l.startswith('| move') and not l.startswith('| ---')]
ids = [json.loads(l)['id'] for l in open('sentences.jsonl')]
rows = [json.loads(l) for l in open('labels-A6.jsonl')]
errs = []
if len(rows) != len(ids): errs.append(f'line count {len(rows)} != {len(ids)}')
for i, (r, sid) in enumerate(zip(rows, ids)):
    if set(r) != {'id', 'moves'}: errs.append(f'{i}: keys {sorted(r)}')
    if r.get('id') != sid: errs.append(f'{i}: id {r.get("id")} != {sid}')
    ms = r.get('moves')
    if not isinstance(ms, list): errs.append(f'{sid}: moves not a list'); continue
    for m in ms:
        if m not in ORDER: errs.append(f'{sid}: unknown move {m}')
        if m == 'rambles': errs.append(f'{sid}: rambles used')
    if len(set(ms)) != len(ms): errs.append(f'{sid}: repeats')
    idx = [ORDER.index(m) for m in ms if m in ORDER]
    if idx != sorted(idx): errs.append(f'{sid}: not in table order')
print(f'{len(rows)} lines checked, {len(errs)} errors')
for e in errs: print('  ', e)
from collections import Counter
c = Counter(m for r in rows for m in r['moves']); print(dict(c)); print('empty:', sum(1 for r in rows if not r['moves']))
sys.exit(1 if errs else 0)
