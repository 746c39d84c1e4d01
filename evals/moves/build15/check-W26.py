#!/usr/bin/env python3
"""Check sentences-W26.jsonl against BRIEF-W.md rules."""
import json, re, os, sys

P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W26.jsonl")
SITS = ["cinema-membership-app-charge", "window-installation-defect",
        "airport-assistance-not-provided", "credit-card-interest-dispute",
        "cleaning-service-no-show"]
START, COUNT = 6140, 200
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates",
         "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
         "blames_customer", "rambles"]
pats = [re.compile(r"\b" + r"[\s_-]+".join(map(re.escape, m.split("_"))) + r"\b", re.I) for m in MOVES]

errs = []
lines = open(P, encoding="utf-8").read().splitlines()
if len(lines) != COUNT:
    errs.append(f"expected {COUNT} lines, got {len(lines)}")
seen = {}
per = {}
for i, line in enumerate(lines):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i+1}: invalid JSON ({e})"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{START+i:04d}":
        errs.append(f"line {i+1}: id {o.get('id')} != s{START+i:04d}")
    want = SITS[i // 40] if i < COUNT else None
    if o.get("situation") != want:
        errs.append(f"line {i+1}: situation {o.get('situation')} != {want}")
    per[o.get("situation")] = per.get(o.get("situation"), 0) + 1
    rep = o.get("rep", "")
    if not isinstance(rep, str) or not rep.strip():
        errs.append(f"line {i+1}: empty rep")
    if not isinstance(o.get("customer_said"), str) or not o["customer_said"].strip():
        errs.append(f"line {i+1}: empty customer_said")
    wc = len(rep.split())
    if wc > 40:
        errs.append(f"line {i+1}: {wc} words")
    k = rep.strip().lower()
    if k in seen:
        errs.append(f"line {i+1}: duplicate of line {seen[k]}")
    seen[k] = i + 1
    for m, p in zip(MOVES, pats):
        if p.search(rep):
            errs.append(f"line {i+1}: contains move name '{m}'")
for s in SITS:
    if per.get(s) != 40:
        errs.append(f"{s}: {per.get(s)} lines, expected 40")
cust = {}
for line in lines:
    try:
        o = json.loads(line); cust.setdefault(o["situation"], set()).add(o["customer_said"])
    except Exception:
        pass
for s in SITS:
    n = len(cust.get(s, ()))
    if not 6 <= n <= 7:
        errs.append(f"{s}: {n} distinct customer lines, expected 6-7")
if errs:
    print("FAIL:", len(errs), "problem(s)"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(lines)} lines, ids s{START}-s{START+COUNT-1}, 40 per situation in order, "
      f"valid JSON, key order, <=40 words (max {max(len(json.loads(l)['rep'].split()) for l in lines)}), "
      "no duplicates, no move names, 6-7 customer lines per situation")
