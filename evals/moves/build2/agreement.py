"""Agreement between the two blind labellers on their overlap, and the merged labels.jsonl.
A's labels are kept for s0740–s1039, B's for s1040–s1339 (the overlap s1010–s1069 is split at its middle)."""
import json, re
def load(p): return {j["id"]: j["moves"] for j in map(json.loads, open(p))}
A, B = load("labels-A.jsonl"), load("labels-B.jsonl")
moves = [m for m in re.findall(r"^\| (\w+) \|", open("/work/main/evals/moves/MOVES.md").read(), re.M) if m != "move"]
both = sorted(set(A) & set(B))
same = sum(set(A[i]) == set(B[i]) for i in both)
tp = sum(len(set(A[i]) & set(B[i])) for i in both); oa = sum(len(set(A[i]) - set(B[i])) for i in both); ob = sum(len(set(B[i]) - set(A[i])) for i in both)
f1 = 2 * tp / (2 * tp + oa + ob)
out = [f"# Agreement between the two blind labellers (sentences s0740–s1339)\n",
 f"Labeller A labelled s0740–s1069, labeller B s1010–s1339; both labelled the {len(both)} sentences s1010–s1069 independently (neither saw the other's labels or the tool's code).",
 "labels.jsonl takes A's labels for s0740–s1039 and B's for s1040–s1339.\n",
 f"On the overlap: identical move sets on {same} of {len(both)} sentences; micro-F1 of B against A {f1:.3f} ({tp} moves agreed, {oa} only A, {ob} only B).\n",
 "| move | both | only A | only B | Cohen's kappa |", "| --- | --- | --- | --- | --- |"]
for m in moves:
    a = [m in A[i] for i in both]; b = [m in B[i] for i in both]
    n11 = sum(x and y for x, y in zip(a, b)); n10 = sum(x and not y for x, y in zip(a, b)); n01 = sum(y and not x for x, y in zip(a, b))
    if n11 + n10 + n01 == 0: continue
    n = len(both); po = (n - n10 - n01) / n; pa = sum(a) / n; pb = sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    k = (po - pe) / (1 - pe) if pe < 1 else 1.0
    out.append(f"| {m} | {n11} | {n10} | {n01} | {k:.2f} |")
open("AGREEMENT-2.md", "w").write("\n".join(out) + "\n")
with open("labels.jsonl", "w") as f:
    for i in sorted(set(A) | set(B)):
        mv = A[i] if i <= "s1039" else B[i]
        f.write(json.dumps({"id": i, "moves": mv}) + "\n")
print("\n".join(out))
