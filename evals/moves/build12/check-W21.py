#!/usr/bin/env python3
"""Checks sentences-W21.jsonl against the brief's format rules."""
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W21.jsonl")
FIRST_ID, COUNT, PER = 5140, 200, 40
SITUATIONS = [
    "medical-equipment-delivery-late",
    "personal-training-package",
    "self-storage-price-rise",
    "airline-seat-upgrade-not-given",
    "card-terminal-fees-small-business",
]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = [
    "greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
    "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
    "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
    "refuses_or_delays", "deflects_channel", "transfers", "escalates",
    "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
    "blames_customer", "rambles",
]
MOVE_RES = []
for m in MOVES:
    for form in {m, m.replace("_", " ")}:
        MOVE_RES.append((form, re.compile(r"\b" + re.escape(form) + r"\b", re.I)))

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
if len(lines) != COUNT:
    errors.append("expected %d lines, got %d" % (COUNT, len(lines)))
for i, line in enumerate(lines):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append("line %d: invalid JSON (%s)" % (i + 1, e))
        continue
    rows.append(obj)
    if list(obj.keys()) != KEYS:
        errors.append("line %d: keys %s" % (i + 1, list(obj.keys())))
    want_id = "s%04d" % (FIRST_ID + i)
    if obj.get("id") != want_id:
        errors.append("line %d: id %s, expected %s" % (i + 1, obj.get("id"), want_id))
    want_sit = SITUATIONS[i // PER] if i // PER < len(SITUATIONS) else None
    if obj.get("situation") != want_sit:
        errors.append("line %d: situation %s, expected %s" % (i + 1, obj.get("situation"), want_sit))
    for k in KEYS:
        if not isinstance(obj.get(k), str) or not obj.get(k).strip():
            errors.append("line %d: empty or non-string %s" % (i + 1, k))
    rep = obj.get("rep", "")
    nw = len(rep.split())
    if nw > 40:
        errors.append("line %d: rep has %d words" % (i + 1, nw))
    for form, rx in MOVE_RES:
        if rx.search(rep):
            errors.append("line %d: rep contains move name '%s'" % (i + 1, form))

seen = {}
for i, obj in enumerate(rows):
    key = obj.get("rep", "").strip().lower()
    if key in seen:
        errors.append("line %d: duplicate rep of line %d" % (i + 1, seen[key] + 1))
    seen[key] = i

for s in SITUATIONS:
    n = sum(1 for o in rows if o.get("situation") == s)
    custs = {o["customer_said"] for o in rows if o.get("situation") == s}
    if n != PER:
        errors.append("situation %s has %d lines" % (s, n))
    if not 6 <= len(custs) <= 7:
        errors.append("situation %s has %d customer lines" % (s, len(custs)))

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: %d lines, ids s%04d-s%04d, %d per situation in order, valid JSON, key order ok, "
      "all reps <= 40 words (max %d), no duplicates, no move names"
      % (len(rows), FIRST_ID, FIRST_ID + COUNT - 1, PER,
         max(len(o["rep"].split()) for o in rows)))
