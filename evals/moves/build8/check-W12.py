#!/usr/bin/env python3
"""Checker for sentences-W12.jsonl."""
import json, re, sys

FILE = "sentences-W12.jsonl"
START, N = 3340, 200
SITS = ["dentist-treatment-plan-billing", "removal-company-breakage", "mobile-phone-upgrade-delay",
        "council-tax-direct-debit", "dog-grooming-subscription"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
rows = []
with open(FILE, encoding="utf-8") as f:
    raw = f.read().splitlines()
if len(raw) != N:
    errs.append(f"expected {N} lines, got {len(raw)}")
for i, line in enumerate(raw):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i+1}: invalid JSON ({e})"); continue
    rows.append(o)
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{START+i:04d}":
        errs.append(f"line {i+1}: id {o.get('id')} expected s{START+i:04d}")
    exp = SITS[i // 40] if i // 40 < len(SITS) else None
    if o.get("situation") != exp:
        errs.append(f"line {i+1}: situation {o.get('situation')} expected {exp}")
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip():
        errs.append(f"line {i+1}: empty field")
    wc = len(rep.split())
    if wc > 40:
        errs.append(f"line {i+1}: {wc} words")
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " ")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low):
                errs.append(f"line {i+1}: move name '{form}' in rep")
seen = {}
for i, o in enumerate(rows):
    key = o.get("rep", "").strip().lower()
    if key in seen:
        errs.append(f"line {i+1}: duplicate rep of line {seen[key]+1}")
    seen[key] = i
for s in SITS:
    c = sum(1 for o in rows if o.get("situation") == s)
    if c != 40:
        errs.append(f"situation {s}: {c} lines")
    cs = {o["customer_said"] for o in rows if o.get("situation") == s}
    if not 6 <= len(cs) <= 7:
        errs.append(f"situation {s}: {len(cs)} distinct customer lines")
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(rows)} lines, valid JSON, key order, ids s{START:04d}-s{START+N-1:04d} consecutive, "
      f"40 per situation in order, <=40 words, no duplicates, no move names")
