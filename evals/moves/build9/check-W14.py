#!/usr/bin/env python3
"""Checker for sentences-W14.jsonl."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W14.jsonl")
START, COUNT = 3740, 200
SITUATIONS = ["online-marketplace-seller-dispute", "parking-app-wrong-charge",
              "private-school-fees-refund", "electric-scooter-rental-fine",
              "printer-ink-subscription"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates",
         "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
         "blames_customer", "rambles"]
PATTERNS = []
for m in MOVES:
    PATTERNS.append(re.compile(r"\b" + re.escape(m) + r"\b", re.I))
    if "_" in m:
        PATTERNS.append(re.compile(r"\b" + re.escape(m.replace("_", " ")) + r"\b", re.I))
        PATTERNS.append(re.compile(r"\b" + re.escape(m.replace("_", "-")) + r"\b", re.I))

errors = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read().splitlines()
if len(raw) != COUNT:
    errors.append("expected %d lines, got %d" % (COUNT, len(raw)))
seen = {}
for i, line in enumerate(raw):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append("line %d: bad JSON (%s)" % (i + 1, e)); continue
    if list(obj.keys()) != ["id", "situation", "customer_said", "rep"]:
        errors.append("line %d: key order %s" % (i + 1, list(obj.keys())))
    if obj.get("id") != "s%04d" % (START + i):
        errors.append("line %d: id %s, expected s%04d" % (i + 1, obj.get("id"), START + i))
    exp = SITUATIONS[i // 40] if i < 200 else None
    if obj.get("situation") != exp:
        errors.append("line %d: situation %s, expected %s" % (i + 1, obj.get("situation"), exp))
    rep = obj.get("rep", "")
    if not rep.strip() or not obj.get("customer_said", "").strip():
        errors.append("line %d: empty text" % (i + 1))
    nw = len(rep.split())
    if nw > 40:
        errors.append("line %d: %d words" % (i + 1, nw))
    k = rep.strip().lower()
    if k in seen:
        errors.append("line %d: duplicate of line %d" % (i + 1, seen[k]))
    seen[k] = i + 1
    for p in PATTERNS:
        if p.search(rep):
            errors.append("line %d: move name %r in rep" % (i + 1, p.pattern))
per = {}
for line in raw:
    try:
        s = json.loads(line)["situation"]; per[s] = per.get(s, 0) + 1
    except Exception:
        pass
for s in SITUATIONS:
    if per.get(s) != 40:
        errors.append("situation %s has %s lines" % (s, per.get(s)))
custs = {}
for line in raw:
    try:
        o = json.loads(line); custs.setdefault(o["situation"], set()).add(o["customer_said"])
    except Exception:
        pass
for s in SITUATIONS:
    if not 6 <= len(custs.get(s, ())) <= 7:
        errors.append("situation %s has %d customer lines" % (s, len(custs.get(s, ()))))

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: %d lines, valid JSON, key order, ids s%04d-s%04d consecutive, 40 per situation in order, "
      "<=40 words, no duplicates, no move names" % (len(raw), START, START + COUNT - 1))
