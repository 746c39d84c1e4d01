#!/usr/bin/env python3
import json, re, sys
P = "/work/moves10/sentences-W16.jsonl"
SITS = ["optician-glasses-remake", "home-insurance-storm-claim", "fitness-tracker-subscription",
        "airport-parking-booking", "music-lessons-term-fees"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
lines = open(P, encoding="utf-8").read().splitlines()
if len(lines) != 200: errs.append("line count %d" % len(lines))
seen = set()
for i, ln in enumerate(lines):
    try: o = json.loads(ln)
    except Exception as e: errs.append("line %d bad json %s" % (i+1, e)); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]: errs.append("%d key order" % (i+1))
    if o.get("id") != "s%04d" % (4140 + i): errs.append("%d id %s" % (i+1, o.get("id")))
    if o.get("situation") != SITS[i // 40]: errs.append("%d situation %s" % (i+1, o.get("situation")))
    rep = o.get("rep", "")
    if not rep or not o.get("customer_said"): errs.append("%d empty field" % (i+1))
    if len(rep.split()) > 40: errs.append("%d too long" % (i+1))
    k = rep.strip().lower()
    if k in seen: errs.append("%d duplicate: %s" % (i+1, rep))
    seen.add(k)
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " ")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low): errs.append("%d move name '%s'" % (i+1, form))
print("\n".join(errs) if errs else "OK: 200 lines, valid JSON, key order, ids s4140-s4339, 40 per situation in order, <=40 words, no duplicates, no move names")
sys.exit(1 if errs else 0)
