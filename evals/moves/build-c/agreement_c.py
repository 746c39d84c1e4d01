"""Agreement of a fresh blind labeller (C) with the shipped labels on 240 DEV sentences drawn at random
(seed 2026) from all labelling rounds, written to AGREEMENT-C.md: how far two people who read the same
MOVES.md agree on each move, the ceiling a detector measured against one of them can be held to.
Run from evals/moves: python3 build-c/agreement_c.py"""
import json, re

C = {j["id"]: set(j["moves"]) for j in map(json.loads, open("labels-C.jsonl"))}
L = {j["id"]: set(j["moves"]) for j in map(json.loads, open("labels.jsonl"))}
moves = [m for m in re.findall(r"^\| (\w+) \|", open("MOVES.md").read(), re.M) if m != "move"]
ids = sorted(C)
out = ["# A fresh blind labeller against the shipped labels (session 17)\n",
       f"Labeller C labelled {len(ids)} DEV sentences drawn at random (seed 2026) from s0001–s2939, from MOVES.md and the "
       "sentences only (build5/BRIEF-L.md's brief; HOW-LABELS-C-WERE-MADE.md). The shipped labels come from the earlier "
       "labellers of each round. F1 of C against the shipped labels is how far two readers of MOVES.md agree: a detector "
       "scored against one reader cannot be held above it.\n",
       f"Identical move sets on {sum(L[i] == C[i] for i in ids)} of {len(ids)} sentences.\n",
       "| move | shipped | C | both | F1 |", "| --- | --- | --- | --- | --- |"]
for m in moves:
    both = sum(1 for i in ids if m in L[i] and m in C[i])
    shipped = sum(1 for i in ids if m in L[i])
    c = sum(1 for i in ids if m in C[i])
    if shipped + c:
        out.append(f"| {m} | {shipped} | {c} | {both} | {2 * both / (shipped + c):.2f} |")
tp = sum(len(L[i] & C[i]) for i in ids)
out.append(f"| all moves (micro) | {sum(len(L[i]) for i in ids)} | {sum(len(C[i]) for i in ids)} | {tp} | "
           f"{2 * tp / (sum(len(L[i]) for i in ids) + sum(len(C[i]) for i in ids)):.2f} |")
open("AGREEMENT-C.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
