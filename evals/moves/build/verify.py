import json, re, collections, sys
seen, ids, counts, problems = {}, [], collections.Counter(), []
short = 0
frags = 0
FRAGMENTS = {"Cancellation. Today. Done.", "Engineer?? Tuesday at the earliest, sorry.", "price back to $55?? not possible, sorry"}
with open("../sentences.jsonl", encoding="utf-8") as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    o = json.loads(line)
    assert set(o) == {"id", "situation", "customer_said", "rep"}, o
    ids.append(o["id"]); counts[o["situation"]] += 1
    norm = re.sub(r"[^a-z0-9 ]", "", o["rep"].lower()).strip()
    if norm in seen: problems.append(f"dup rep: {o['id']} = {seen[norm]}: {o['rep']}")
    seen[norm] = o["id"]
    w = len(o["rep"].split())
    if w > 40: problems.append(f"too long {o['id']}")
    if w < 3: short += 1
    # more than one sentence? (terminal punctuation followed by space + capital)
    frag = w < 3 or re.search(r"\.\.\.|…| / ", o["rep"]) or (o["rep"].count(",") >= 3 and w <= 12) or o["rep"] in FRAGMENTS
    frags += bool(frag)
    if not frag and re.search(r"[.!?]\s+[A-Z]", o["rep"]): problems.append(f"multi-sentence? {o['id']}: {o['rep']}")
assert ids == [f"s{i:04d}" for i in range(1, len(ids) + 1)], "ids not sequential"
print("lines", len(lines), "unique ids", len(set(ids)), "reps under 3 words", short, "keyword-list/fragment/short lines", frags)
for k, v in counts.items(): print(f"  {k:20s} {v}")
print("\n".join(problems) or "no problems")
sys.exit(1 if problems or len(lines) < 720 else 0)
