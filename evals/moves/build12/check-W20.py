#!/usr/bin/env python3
"""Checker for sentences-W20.jsonl (writer W20, ids s4940-s5139)."""
import json, re, os, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W20.jsonl")
START, COUNT, PER = 4940, 200, 40
SITUATIONS = ["water-softener-rental", "university-accommodation-deposit",
              "cable-tv-box-return-fee", "payday-loan-collections-call",
              "ev-charging-subscription"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
# snake_case and spaced/hyphenated forms, whole words, case-insensitive
PATTERNS = [re.compile(r"\b" + m.replace("_", r"[ _\-]+") + r"\b", re.I) for m in MOVES]

errors = []
raw = open(PATH, encoding="utf-8").read().splitlines()
if len(raw) != COUNT:
    errors.append("expected %d lines, got %d" % (COUNT, len(raw)))
rows = []
for i, line in enumerate(raw, 1):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append("line %d: invalid JSON (%s)" % (i, e)); continue
    if list(obj.keys()) != KEYS:
        errors.append("line %d: key order %s" % (i, list(obj.keys())))
    rows.append(obj)

seen = {}
maxw = 0
for i, obj in enumerate(rows):
    want_id = "s%04d" % (START + i)
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
    maxw = max(maxw, nw)
    if nw > 40:
        errors.append("line %d: %d words" % (i + 1, nw))
    norm = re.sub(r"\s+", " ", rep.strip().lower())
    if norm in seen:
        errors.append("line %d: duplicate rep of line %d" % (i + 1, seen[norm]))
    seen[norm] = i + 1
    for m, p in zip(MOVES, PATTERNS):
        if p.search(rep):
            errors.append("line %d: move name '%s' in rep" % (i + 1, m))

counts = {}
for obj in rows:
    counts[obj.get("situation")] = counts.get(obj.get("situation"), 0) + 1
for s in SITUATIONS:
    if counts.get(s) != PER:
        errors.append("situation %s has %s lines" % (s, counts.get(s)))
cust = {}
for obj in rows:
    cust.setdefault(obj["situation"], set()).add(obj["customer_said"])
for s in SITUATIONS:
    n = len(cust.get(s, ()))
    if not 6 <= n <= 7:
        errors.append("situation %s has %d distinct customer lines (want 6-7)" % (s, n))

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: %d lines, ids s%04d-s%04d, %d per situation in order, valid JSON, key order ok, "
      "max %d words, no duplicates, no move names" % (len(rows), START, START + len(rows) - 1, PER, maxw))
