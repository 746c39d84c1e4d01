"""Assemble sentences.jsonl from the hand-written part*.txt sources.

Source format: 'SIT <situation>' starts a block; 'C <key>: <customer line>' defines a
customer line; '<key>| <rep sentence>' adds a rep sentence replying to that customer line.
A leading '!' marks a line the writer meant as adversarial/tricky (used only for the share
count; it is not written to the output and is not a move label).
"""
import json, random, re, sys, glob, collections

rows, tricky = [], 0
by_sit = {}  # situation -> rows, kept in order of first appearance across parts
for path in sorted(glob.glob("part*.txt")):
    sit, cust = None, {}
    block = []
    def flush():
        if sit:
            by_sit.setdefault(sit, []).extend(block)
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("SIT "):
            flush(); block = []
            sit, cust = line[4:].strip(), {}
        elif line.startswith("C "):
            k, text = line[2:].split(":", 1)
            cust[k.strip()] = text.strip()
        else:
            t = line.startswith("!")
            if t:
                line = line[1:]; tricky += 1
            k, rep = line.split("|", 1)
            block.append({"situation": sit, "customer_said": cust[k.strip()], "rep": rep.strip(), "tricky": t})
    flush()
for sit, block in by_sit.items():
    random.Random(sit).shuffle(block)
    rows.extend(block)

with open("../sentences.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"s{i:04d}", "situation": r["situation"],
                            "customer_said": r["customer_said"], "rep": r["rep"]}, ensure_ascii=False) + "\n")
print("written", len(rows), "tricky-marked", tricky, f"({tricky/len(rows):.1%})")
