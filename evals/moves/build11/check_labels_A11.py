#!/usr/bin/env python3
"""Check labels-A11.jsonl: one line per sentence id, in id order, exactly keys id+moves,
known move names from MOVES.md's table, table order, no repeats, no rambles."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
table = []
for line in open(os.path.join(here, 'MOVES.md'), encoding='utf-8'):
    m = re.match(r'\|\s*([a-z_]+)\s*\|', line)
    if m and m.group(1) != 'move':
        table.append(m.group(1))
allowed = [t for t in table if t != 'rambles']
rank = {m: k for k, m in enumerate(table)}
ids = [json.loads(l)['id'] for l in open(os.path.join(here, 'sentences.jsonl'), encoding='utf-8')]
labels = [json.loads(l) for l in open(os.path.join(here, 'labels-A11.jsonl'), encoding='utf-8') if l.strip()]
errors = []
if len(labels) != len(ids):
    errors.append(f'line count {len(labels)} != {len(ids)} sentences')
for k, (rec, sid) in enumerate(zip(labels, ids)):
    if set(rec) != {'id', 'moves'}:
        errors.append(f'line {k+1}: keys {sorted(rec)}')
    if rec.get('id') != sid:
        errors.append(f'line {k+1}: id {rec.get("id")} != expected {sid}')
    mv = rec.get('moves')
    if not isinstance(mv, list):
        errors.append(f'{sid}: moves not a list'); continue
    for m in mv:
        if m == 'rambles':
            errors.append(f'{sid}: rambles used')
        elif m not in allowed:
            errors.append(f'{sid}: unknown move {m!r}')
    if len(set(mv)) != len(mv):
        errors.append(f'{sid}: repeated move')
    if [rank.get(m, 99) for m in mv] != sorted(rank.get(m, 99) for m in mv):
        errors.append(f'{sid}: not in table order {mv}')
print(f'table moves: {len(table)} ({len(allowed)} allowed per sentence)')
if errors:
    print(f'FAIL: {len(errors)} problem(s)'); print('\n'.join(errors)); sys.exit(1)
print(f'OK: {len(labels)} lines, ids in order, known moves, table order, no repeats, no rambles')
