#!/usr/bin/env python3
"""Checker for sentences-W13.jsonl."""
import json, re, os, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W13.jsonl")
START, N = 3540, 200
ORDER = ["coworking-desk-membership", "hearing-aid-repair", "home-broadband-business-upgrade",
         "travel-insurance-medical-claim", "window-cleaning-contract"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
pats = []
for m in MOVES:
    pats.append(re.compile(r"\b" + re.escape(m) + r"\b", re.I))
    if "_" in m:
        pats.append(re.compile(r"\b" + re.escape(m.replace("_", " ")) + r"\b", re.I))

errs = []
lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != N:
    errs.append(f"expected {N} lines, got {len(lines)}")
seen = set()
for i, line in enumerate(lines):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i+1}: invalid JSON ({e})"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{START+i:04d}":
        errs.append(f"line {i+1}: id {o.get('id')} != s{START+i:04d}")
    want = ORDER[i // 40] if i // 40 < len(ORDER) else None
    if o.get("situation") != want:
        errs.append(f"line {i+1}: situation {o.get('situation')} != {want}")
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip():
        errs.append(f"line {i+1}: empty field")
    wc = len(rep.split())
    if wc > 40:
        errs.append(f"line {i+1}: {wc} words")
    key = rep.strip().lower()
    if key in seen:
        errs.append(f"line {i+1}: duplicate rep line")
    seen.add(key)
    for p in pats:
        if p.search(rep):
            errs.append(f"line {i+1}: move name '{p.pattern}' in rep")
for s in ORDER:
    cnt = sum(1 for l in lines if json.loads(l).get("situation") == s)
    if cnt != 40:
        errs.append(f"{s}: {cnt} lines")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(lines)} lines, ids s{START:04d}-s{START+N-1:04d}, 5 situations x 40, keys ok, <=40 words, no duplicates, no move names")
