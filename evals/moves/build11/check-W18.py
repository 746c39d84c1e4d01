#!/usr/bin/env python3
import json, re, sys, os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W18.jsonl")
SITS = ["stairlift-service-contract", "ferry-crossing-cancelled", "mobile-app-in-game-purchases",
        "wheelchair-van-hire", "domain-hosting-renewal"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
lines = open(P, encoding="utf-8").read().splitlines()
if len(lines) != 200: errs.append(f"{len(lines)} lines, want 200")
seen = set(); per = {}
for i, ln in enumerate(lines):
    try: o = json.loads(ln)
    except Exception as e: errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]: errs.append(f"line {i+1}: key order {list(o)}")
    if o.get("id") != f"s{4540+i:04d}": errs.append(f"line {i+1}: id {o.get('id')}")
    want = SITS[i // 40] if i < 200 else None
    if o.get("situation") != want: errs.append(f"line {i+1}: situation {o.get('situation')} want {want}")
    per[o.get("situation")] = per.get(o.get("situation"), 0) + 1
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip(): errs.append(f"line {i+1}: empty field")
    if len(rep.split()) > 40: errs.append(f"line {i+1}: {len(rep.split())} words")
    k = rep.strip().lower()
    if k in seen: errs.append(f"line {i+1}: duplicate rep")
    seen.add(k)
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " ")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low): errs.append(f"line {i+1}: move name '{form}'")
for s in SITS:
    if per.get(s) != 40: errs.append(f"{s}: {per.get(s)} lines")
print("\n".join(errs) if errs else f"OK: {len(lines)} lines, 5 situations x 40, ids s4540-s4739, keys ok, <=40 words, no duplicates, no move names")
sys.exit(1 if errs else 0)
