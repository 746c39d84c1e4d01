#!/usr/bin/env python3
"""Checker for sentences-W27.jsonl (writer W27, ids s6340-s6539)."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W27.jsonl")
FIRST_ID, N = 6340, 200
SITUATIONS = ["vpn-service-renewal-refund", "furniture-finance-missed-payment",
              "boiler-breakdown-landlord-insurance", "music-festival-cancelled-refund",
              "clinic-test-results-delay"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
# also catch spaced / hyphenated forms and the US spelling of "apologises"
PATTERNS = []
for m in MOVES + ["apologizes"]:
    parts = m.split("_")
    PATTERNS.append((m, re.compile(r"\b" + r"[\s_-]+".join(map(re.escape, parts)) + r"\b", re.I)))

errors = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read().splitlines()
if len(raw) != N:
    errors.append(f"expected {N} lines, got {len(raw)}")
recs = []
for i, line in enumerate(raw, 1):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append(f"line {i}: invalid JSON ({e})"); continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {i}: keys {list(obj.keys())} != {KEYS}")
    for k in KEYS:
        if not isinstance(obj.get(k), str) or not obj.get(k).strip():
            errors.append(f"line {i}: empty or non-string {k}")
    recs.append(obj)

for i, r in enumerate(recs):
    want = f"s{FIRST_ID + i:04d}"
    if r.get("id") != want:
        errors.append(f"line {i+1}: id {r.get('id')} != {want}")
    sit = SITUATIONS[i // 40] if i < 200 else None
    if r.get("situation") != sit:
        errors.append(f"line {i+1}: situation {r.get('situation')} != {sit}")
    rep = r.get("rep", "")
    wc = len(rep.split())
    if wc > 40:
        errors.append(f"line {i+1}: rep has {wc} words (> 40)")
    for name, pat in PATTERNS:
        if pat.search(rep):
            errors.append(f"line {i+1}: rep contains move name '{name}'")

reps = [r.get("rep", "").strip().lower() for r in recs]
seen = {}
for i, t in enumerate(reps):
    if t in seen:
        errors.append(f"line {i+1}: duplicate rep of line {seen[t]+1}")
    seen.setdefault(t, i)

for s in SITUATIONS:
    rows = [r for r in recs if r.get("situation") == s]
    cs = {r["customer_said"] for r in rows}
    if len(rows) != 40:
        errors.append(f"{s}: {len(rows)} lines, expected 40")
    if not 6 <= len(cs) <= 7:
        errors.append(f"{s}: {len(cs)} distinct customer lines, expected 6-7")

maxwc = max((len(r.get("rep", "").split()) for r in recs), default=0)
if errors:
    print("FAIL")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print(f"OK: {len(recs)} lines, ids s{FIRST_ID}-s{FIRST_ID+N-1}, 5 situations x 40 in order, "
      f"key order ok, max {maxwc} words, no duplicates, no move names")
