import json,re,sys
md=open('/work/labels3A/MOVES.md').read()
order=[m for m in re.findall(r'^\| ([a-z_]+) \|',md,re.M) if m!='move']
allowed=[m for m in order if m!='rambles']
errs=[]
path=sys.argv[1] if len(sys.argv)>1 else '/work/labels3A/labels-A3.jsonl'
lines=open(path).read().splitlines()
expected=[f"s{i}" for i in range(1340,1600)]
if len(lines)!=len(expected): errs.append(f"line count {len(lines)} != {len(expected)}")
for n,(line,eid) in enumerate(zip(lines,expected),1):
    try: d=json.loads(line)
    except Exception as e: errs.append(f"line {n}: parse error {e}"); continue
    if set(d)!={"id","moves"}: errs.append(f"line {n}: keys {sorted(d)}")
    if d.get("id")!=eid: errs.append(f"line {n}: id {d.get('id')} != {eid}")
    mv=d.get("moves")
    if not isinstance(mv,list): errs.append(f"line {n}: moves not a list"); continue
    for m in mv:
        if m not in allowed: errs.append(f"line {n}: bad move {m!r}")
    if len(set(mv))!=len(mv): errs.append(f"line {n}: duplicate moves")
    if all(m in allowed for m in mv) and mv!=sorted(mv,key=allowed.index): errs.append(f"line {n}: not in table order")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"PASS: {len(lines)} lines, ids s1340-s1599 in order, moves valid, no duplicates, table order, no rambles")
