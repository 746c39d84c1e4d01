"""Checker for /work/labels3B/labels-B3.jsonl."""
import json, re, sys
BASE = '/work/labels3B/'
table = [m for m in re.findall(r'^\| (\w+) \|', open(BASE + 'MOVES.md').read(), re.M) if m != 'move']
allowed = [m for m in table if m != 'rambles']
rank = {m: i for i, m in enumerate(table)}
expected = [f's{n}' for n in range(1540, 1740)]
src_ids = [json.loads(l)['id'] for l in open(BASE + 'sentences.jsonl') if l.strip()]
errors = []
if src_ids != expected:
    errors.append('sentences.jsonl ids are not s1540..s1739 in order')
lines = open(sys.argv[1] if len(sys.argv) > 1 else BASE + 'labels-B3.jsonl').read().splitlines()
if len(lines) != len(expected):
    errors.append(f'expected {len(expected)} lines, got {len(lines)}')
for i, line in enumerate(lines):
    try:
        d = json.loads(line)
    except Exception as e:
        errors.append(f'line {i+1}: does not parse: {e}'); continue
    if not isinstance(d, dict) or set(d) != {'id', 'moves'}:
        errors.append(f'line {i+1}: keys must be exactly id, moves'); continue
    if i < len(expected) and d['id'] != expected[i]:
        errors.append(f'line {i+1}: id {d["id"]} != expected {expected[i]}')
    ms = d['moves']
    if not isinstance(ms, list):
        errors.append(f'{d["id"]}: moves not a list'); continue
    for m in ms:
        if m == 'rambles':
            errors.append(f'{d["id"]}: rambles is turn-level, never per sentence')
        elif m not in allowed:
            errors.append(f'{d["id"]}: unknown move {m!r}')
    if len(ms) != len(set(ms)):
        errors.append(f'{d["id"]}: duplicate moves')
    if all(m in rank for m in ms) and [rank[m] for m in ms] != sorted(rank[m] for m in ms):
        errors.append(f'{d["id"]}: moves not in MOVES.md table order')
if errors:
    print('FAIL'); print('\n'.join(errors)); sys.exit(1)
labels = [json.loads(l) for l in lines]
from collections import Counter
c = Counter(m for d in labels for m in d['moves'])
print(f'PASS: {len(labels)} lines, ids s1540-s1739 in order, {len(allowed)} allowed moves, no rambles, no duplicates, table order OK')
print('empty []:', sum(1 for d in labels if not d['moves']))
for m in allowed:
    print(f'  {m}: {c[m]}')
