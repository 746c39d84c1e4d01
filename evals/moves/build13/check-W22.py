#!/usr/bin/env python3
"""Checker for sentences-W22.jsonl (writer W22, ids s5340-s5539)."""
import json, re, os, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W22.jsonl")
FIRST_ID, N, PER = 5340, 200, 40
SITS = ["broadband-router-replacement", "council-bin-collection-missed",
        "pet-food-subscription-wrong-order", "train-ticket-delay-repay",
        "home-emergency-cover-plumber"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
KEYS = ["id", "situation", "customer_said", "rep"]

errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read().split("\n")
if raw and raw[-1] == "":
    raw = raw[:-1]
if len(raw) != N:
    errs.append("expected %d lines, got %d" % (N, len(raw)))
for i, line in enumerate(raw, 1):
    try:
        obj = json.loads(line)
    except Exception as e:
        errs.append("line %d: invalid JSON (%s)" % (i, e)); continue
    if list(obj.keys()) != KEYS:
        errs.append("line %d: key order %s" % (i, list(obj.keys())))
    rows.append(obj)

pats = []
for m in MOVES:
    pats.append((m, re.compile(r"\b" + re.escape(m) + r"\b", re.I)))
    sp = m.replace("_", " ")
    if sp != m:
        pats.append((sp, re.compile(r"\b" + re.escape(sp) + r"\b", re.I)))

seen = {}
for i, r in enumerate(rows):
    want = "s%04d" % (FIRST_ID + i)
    if r.get("id") != want:
        errs.append("row %d: id %s, expected %s" % (i + 1, r.get("id"), want))
    sit = SITS[i // PER] if i // PER < len(SITS) else None
    if r.get("situation") != sit:
        errs.append("%s: situation %s, expected %s" % (r.get("id"), r.get("situation"), sit))
    rep = r.get("rep", "")
    if not isinstance(rep, str) or not rep.strip():
        errs.append("%s: empty rep" % r.get("id"))
    if not isinstance(r.get("customer_said"), str) or not r["customer_said"].strip():
        errs.append("%s: empty customer_said" % r.get("id"))
    nw = len(rep.split())
    if nw > 40:
        errs.append("%s: %d words" % (r.get("id"), nw))
    ns = len([s for s in re.split(r"(?<=[.!?])\s+", rep.strip()) if s])
    if ns > 2:
        errs.append("%s: %d sentences" % (r.get("id"), ns))
    key = rep.strip().lower()
    if key in seen:
        errs.append("%s: duplicate of %s" % (r.get("id"), seen[key]))
    seen[key] = r.get("id")
    for name, p in pats:
        if p.search(rep):
            errs.append("%s: contains move name '%s'" % (r.get("id"), name))

for k, sit in enumerate(SITS):
    chunk = rows[k * PER:(k + 1) * PER]
    cs = {r.get("customer_said") for r in chunk}
    if not 6 <= len(cs) <= 7:
        errs.append("%s: %d distinct customer lines (want 6-7)" % (sit, len(cs)))

if errs:
    print("FAIL: %d problem(s)" % len(errs))
    for e in errs:
        print("  " + e)
    sys.exit(1)
print("OK: %d lines, valid JSON, key order, ids s%04d-s%04d consecutive, %d per situation in order, "
      "<= 40 words and <= 2 sentences, no duplicates, no move names, 6-7 customer lines per situation"
      % (len(rows), FIRST_ID, FIRST_ID + N - 1, PER))
