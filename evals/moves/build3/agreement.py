"""Agreement between the two blind labellers of sentences s1340–s1739 on their overlap (s1540–s1599),
and the merged labels appended to labels.jsonl: A's labels for s1340–s1569, B's for s1570–s1739
(the overlap is split at its middle, as in build2). Run from evals/moves: python3 build3/agreement.py"""
import json, re
def load(p): return {j["id"]: j["moves"] for j in map(json.loads, open(p))}
A, B = load("labels-A3.jsonl"), load("labels-B3.jsonl")
moves = [m for m in re.findall(r"^\| (\w+) \|", open("MOVES.md").read(), re.M) if m != "move"]
both = sorted(set(A) & set(B))
same = sum(set(A[i]) == set(B[i]) for i in both)
tp = sum(len(set(A[i]) & set(B[i])) for i in both); oa = sum(len(set(A[i]) - set(B[i])) for i in both); ob = sum(len(set(B[i]) - set(A[i])) for i in both)
f1 = 2 * tp / (2 * tp + oa + ob)
out = ["# Agreement between the two blind labellers (sentences s1340–s1739, session 16)\n",
 f"Labeller A labelled s1340–s1599, labeller B s1540–s1739; both labelled the {len(both)} sentences s1540–s1599 independently (neither saw the other's labels or the tool's code).",
 "labels.jsonl takes A's labels for s1340–s1569 and B's for s1570–s1739.\n",
 f"On the overlap: identical move sets on {same} of {len(both)} sentences; micro-F1 of B against A {f1:.3f} ({tp} moves agreed, {oa} only A, {ob} only B).\n",
 "| move | both | only A | only B | Cohen's kappa |", "| --- | --- | --- | --- | --- |"]
for m in moves:
    a = [m in A[i] for i in both]; b = [m in B[i] for i in both]
    n11 = sum(x and y for x, y in zip(a, b)); n10 = sum(x and not y for x, y in zip(a, b)); n01 = sum(y and not x for x, y in zip(a, b))
    if n11 + n10 + n01 == 0: continue
    n = len(both); po = (n - n10 - n01) / n; pa = sum(a) / n; pb = sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    k = (po - pe) / (1 - pe) if pe < 1 else 1.0
    out.append(f"| {m} | {n11} | {n10} | {n01} | {k:.2f} |")
open("AGREEMENT-3.md", "w").write("\n".join(out) + "\n")
have = load("labels.jsonl")
assert not (set(have) & (set(A) | set(B))), "labels.jsonl already holds these ids"
with open("labels.jsonl", "a") as f:
    for i in sorted(set(A) | set(B)):
        f.write(json.dumps({"id": i, "moves": A[i] if i <= "s1569" else B[i]}) + "\n")
print("\n".join(out))
