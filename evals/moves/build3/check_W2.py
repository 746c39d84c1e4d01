#!/usr/bin/env python3
"""Checks /work/moves3/sentences-W2.jsonl. Exit 0 and print PASS if all checks pass."""
import json, re, sys
from collections import OrderedDict

PATH = "/work/moves3/sentences-W2.jsonl"
SITS = ["newspaper-subscription-cancel", "bank-card-blocked-abroad", "smart-home-device-fault",
        "accounting-software-business-billing", "ev-charger-install-delay"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            errs.append(f"line {i}: blank line"); continue
        try:
            rows.append(json.loads(line, object_pairs_hook=OrderedDict))
        except Exception as e:
            errs.append(f"line {i}: bad JSON ({e})")
if len(rows) != 200:
    errs.append(f"expected 200 lines, got {len(rows)}")
ids = [r.get("id") for r in rows]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
exp = [f"s{n:04d}" for n in range(1540, 1740)]
if ids != exp:
    errs.append("ids are not s1540..s1739 consecutive in order")
for r in rows:
    if list(r.keys()) != KEYS:
        errs.append(f"{r.get('id')}: key order {list(r.keys())}")
    for k in KEYS:
        if not isinstance(r.get(k), str) or not r.get(k).strip():
            errs.append(f"{r.get('id')}: empty or non-string {k}")
# situations: 40 each, in order
exp_sits = [s for s in SITS for _ in range(40)]
if [r.get("situation") for r in rows] != exp_sits:
    errs.append("situations are not 40 each in the required order")
for s in SITS:
    cs = {r["customer_said"] for r in rows if r.get("situation") == s}
    if not 6 <= len(cs) <= 7:
        errs.append(f"{s}: {len(cs)} distinct customer lines (need 6-7)")
# duplicates (case/whitespace-insensitive)
seen = {}
for r in rows:
    key = re.sub(r"\s+", " ", r.get("rep", "")).strip().lower()
    if key in seen:
        errs.append(f"{r['id']}: duplicate rep of {seen[key]}")
    seen[key] = r["id"]
# length and move names
pat = re.compile(r"\b(" + "|".join(m.replace("_", "[ _]") for m in MOVES) + r")\b", re.I)
for r in rows:
    rep = r.get("rep", "")
    wc = len(rep.split())
    if wc > 40:
        errs.append(f"{r['id']}: {wc} words (>40)")
    m = pat.search(rep)
    if m:
        errs.append(f"{r['id']}: contains move name '{m.group(0)}'")
    # one or two sentences (rough count of sentence-ending punctuation followed by space/end)
    ends = len(re.findall(r"[.!?](?=\s+[A-Z]|\s*$)", rep))
    if ends > 2:
        errs.append(f"{r['id']}: looks like more than two sentences")
    if any(w in rep.lower() for w in ('"label', "labels")):
        errs.append(f"{r['id']}: mentions labels")
if errs:
    print("FAIL")
    for e in errs: print(" -", e)
    sys.exit(1)
print(f"PASS: {len(rows)} lines, ids {ids[0]}-{ids[-1]}, key order ok, 40 per situation in order, "
      f"6-7 customer lines each, no duplicate reps, max {max(len(r['rep'].split()) for r in rows)} words, no move names")
