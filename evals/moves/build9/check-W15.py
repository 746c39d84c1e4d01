#!/usr/bin/env python3
"""Checker for sentences-W15.jsonl."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentences-W15.jsonl")
START, N, PER = 3940, 200, 40
SITS = ["car-breakdown-cover-callout", "takeaway-app-refund-refused", "landline-bill-premium-numbers",
        "garden-centre-delivery-plants-dead", "loyalty-points-expired"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question", "asks_about_impact",
         "interrogates_reason", "checks_understanding", "explains", "uses_jargon", "offers_remedy",
         "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel", "transfers",
         "escalates", "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
         "blames_customer", "rambles"]
pats = []
for m in MOVES:
    pats.append((m, re.compile(r"\b" + re.escape(m) + r"\b", re.I)))
    sp = m.replace("_", " ")
    pats.append((m, re.compile(r"\b" + re.escape(sp) + r"\b", re.I)))
    pats.append((m, re.compile(r"\b" + re.escape(m.replace("_", "-")) + r"\b", re.I)))

errs = []
lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != N:
    errs.append("expected %d lines, got %d" % (N, len(lines)))
seen = {}
for i, ln in enumerate(lines):
    try:
        o = json.loads(ln)
    except Exception as e:
        errs.append("line %d invalid JSON: %s" % (i + 1, e)); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append("line %d key order %s" % (i + 1, list(o.keys())))
    if o.get("id") != "s%04d" % (START + i):
        errs.append("line %d id %s, expected s%04d" % (i + 1, o.get("id"), START + i))
    want = SITS[i // PER] if i // PER < len(SITS) else None
    if o.get("situation") != want:
        errs.append("line %d situation %s, expected %s" % (i + 1, o.get("situation"), want))
    for k in ("customer_said", "rep"):
        if not isinstance(o.get(k), str) or not o[k].strip():
            errs.append("line %d empty %s" % (i + 1, k))
    rep = o.get("rep", "")
    wc = len(rep.split())
    if wc > 40:
        errs.append("line %d rep has %d words" % (i + 1, wc))
    key = re.sub(r"\s+", " ", rep.strip().lower())
    if key in seen:
        errs.append("line %d duplicates line %d" % (i + 1, seen[key]))
    seen[key] = i + 1
    for m, p in pats:
        if p.search(rep):
            errs.append("line %d rep contains move name %r" % (i + 1, m))
counts = {}
for ln in lines:
    try:
        s = json.loads(ln)["situation"]; counts[s] = counts.get(s, 0) + 1
    except Exception:
        pass
for s in SITS:
    if counts.get(s) != PER:
        errs.append("situation %s has %s lines" % (s, counts.get(s)))
if errs:
    print("FAIL: %d problem(s)" % len(errs))
    for e in errs: print("  " + e)
    sys.exit(1)
print("OK: %d lines, ids s%04d-s%04d, %d situations x %d, keys in order, all reps <= 40 words, "
      "no duplicates, no move names" % (len(lines), START, START + N - 1, len(SITS), PER))
