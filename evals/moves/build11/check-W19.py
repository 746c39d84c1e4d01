#!/usr/bin/env python3
import json, re, sys
PATH = "/work/moves11/sentences-W19.jsonl"
SITS = ["nursery-place-deposit", "gas-meter-smart-upgrade", "vet-pet-plan-cancellation",
        "taxi-app-overcharge", "home-warranty-claim-refused"]
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
if len(lines) != 200: errs.append(f"line count {len(lines)}")
seen = set()
for i, ln in enumerate(lines):
    try:
        o = json.loads(ln)
    except Exception as e:
        errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{4740+i}": errs.append(f"line {i+1}: id {o.get('id')}")
    if o.get("situation") != SITS[i // 40]: errs.append(f"line {i+1}: situation {o.get('situation')}")
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip(): errs.append(f"line {i+1}: empty field")
    if len(rep.split()) > 40: errs.append(f"line {i+1}: {len(rep.split())} words")
    k = rep.strip().lower()
    if k in seen: errs.append(f"line {i+1}: duplicate rep")
    seen.add(k)
    for p in pats:
        if p.search(rep): errs.append(f"line {i+1}: move name '{p.pattern}'")
print("\n".join(errs) if errs else "OK: 200 lines, valid JSON, key order, ids s4740-s4939 consecutive, 40 per situation in order, <=40 words, no duplicates, no move names")
sys.exit(1 if errs else 0)
