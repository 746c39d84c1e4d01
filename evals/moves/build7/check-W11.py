#!/usr/bin/env python3
import json, re, os, sys
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W11.jsonl")
SITS = ["home-alarm-monitoring-contract", "language-app-subscription", "tv-package-downgrade",
        "phone-insurance-claim-rejected", "bike-share-membership"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
lines = open(P, encoding="utf-8").read().splitlines()
if len(lines) != 200: errs.append(f"expected 200 lines, got {len(lines)}")
seen = set()
for i, ln in enumerate(lines):
    try: o = json.loads(ln)
    except Exception as e: errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]: errs.append(f"line {i+1}: key order {list(o)}")
    if o.get("id") != f"s{3140+i:04d}": errs.append(f"line {i+1}: id {o.get('id')}")
    if o.get("situation") != SITS[min(i // 40, 4)]: errs.append(f"line {i+1}: situation {o.get('situation')}")
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip(): errs.append(f"line {i+1}: empty field")
    if len(rep.split()) > 40: errs.append(f"line {i+1}: {len(rep.split())} words")
    k = rep.strip().lower()
    if k in seen: errs.append(f"line {i+1}: duplicate rep")
    seen.add(k)
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " "), m.replace("_", "-")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low): errs.append(f"line {i+1}: move name '{form}'")
from collections import Counter
print("per situation:", dict(Counter(json.loads(l)["situation"] for l in lines)))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK: 200 lines, valid JSON, key order, ids s3140-s3339 consecutive, 40 per situation in order, <=40 words, no duplicates, no move names")
