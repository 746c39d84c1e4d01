#!/usr/bin/env python3
"""Check sentences-W17.jsonl against the brief's mechanical rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentences-W17.jsonl")
SITS = ["satellite-tv-dish-repair", "credit-union-loan-arrears", "hotel-spa-voucher-expired",
        "bathroom-refit-delays", "digital-newspaper-paywall"]
START, N = 4340, 200
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
pats = []
for m in MOVES:
    for form in {m, m.replace("_", " ")}:
        pats.append((m, re.compile(r"\b" + re.escape(form) + r"\b", re.I)))

errs = []
lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != N:
    errs.append(f"expected {N} lines, got {len(lines)}")
seen = {}
cust_per_sit = {}
for i, line in enumerate(lines):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o.keys()) != KEYS:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{START+i:04d}":
        errs.append(f"line {i+1}: id {o.get('id')} != s{START+i:04d}")
    want = SITS[i // 40] if i // 40 < len(SITS) else None
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
        errs.append(f"line {i+1}: duplicate of line {seen[key]}")
    seen[key] = i + 1
    for m, p in pats:
        if p.search(rep):
            errs.append(f"line {i+1}: move name '{m}' in rep")
    cust_per_sit.setdefault(o.get("situation"), set()).add(o.get("customer_said"))
for s in SITS:
    k = len(cust_per_sit.get(s, ()))
    if not 6 <= k <= 7:
        errs.append(f"{s}: {k} distinct customer lines (want 6-7)")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(lines)} lines, ids s{START:04d}-s{START+N-1:04d}, 5 situations x 40, keys ordered, "
      f"all <=40 words, no duplicates, no move names, 6-7 customer lines per situation")
