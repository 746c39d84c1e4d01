#!/usr/bin/env python3
"""Checker for sentences-W23.jsonl: 200 lines, valid JSON, key order, consecutive ids s5540-s5739,
40 per situation in the given order, <= 40 words, 1-2 sentences, no duplicate rep lines, no move names."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W23.jsonl")
START, N = 5540, 200
ORDER = ["photo-printing-order-lost", "private-health-insurance-claim", "event-venue-ticket-resale",
         "software-licence-auto-renewal", "mobile-signal-at-new-home"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
PATTERNS = []
for m in MOVES:
    PATTERNS.append((m, re.compile(r"\b" + re.escape(m) + r"\b", re.I)))
    spaced = m.replace("_", " ")
    if spaced != m:
        PATTERNS.append((spaced, re.compile(r"\b" + re.escape(spaced).replace(r"\ ", r"[\s-]+") + r"\b", re.I)))

errors = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read().splitlines()
if len(raw) != N:
    errors.append("expected %d lines, got %d" % (N, len(raw)))
seen, cust_per_sit, rows = {}, {}, []
for i, line in enumerate(raw):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append("line %d: invalid JSON (%s)" % (i + 1, e)); continue
    rows.append(obj)
    if list(obj.keys()) != KEYS:
        errors.append("line %d: key order %s" % (i + 1, list(obj.keys())))
    if obj.get("id") != "s%04d" % (START + i):
        errors.append("line %d: id %s, expected s%04d" % (i + 1, obj.get("id"), START + i))
    want = ORDER[min(i // 40, 4)]
    if obj.get("situation") != want:
        errors.append("line %d: situation %s, expected %s" % (i + 1, obj.get("situation"), want))
    rep = obj.get("rep", "")
    if not isinstance(rep, str) or not rep.strip():
        errors.append("line %d: empty rep" % (i + 1))
    nw = len(rep.split())
    if nw > 40:
        errors.append("line %d: %d words" % (i + 1, nw))
    nsent = len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", rep.strip()) if s])
    if nsent > 2:
        errors.append("line %d: %d sentences" % (i + 1, nsent))
    key = re.sub(r"\s+", " ", rep.strip().lower())
    if key in seen:
        errors.append("line %d: duplicate rep of line %d" % (i + 1, seen[key]))
    seen[key] = i + 1
    for name, pat in PATTERNS:
        if pat.search(rep):
            errors.append("line %d: move name '%s' in rep" % (i + 1, name))
    cust_per_sit.setdefault(obj.get("situation"), set()).add(obj.get("customer_said"))
for s in ORDER:
    c = sum(1 for r in rows if r.get("situation") == s)
    if c != 40:
        errors.append("situation %s: %d lines" % (s, c))
    k = len(cust_per_sit.get(s, ()))
    if not 6 <= k <= 7:
        errors.append("situation %s: %d distinct customer lines" % (s, k))

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
mx = max(len(r["rep"].split()) for r in rows)
print("OK: %d lines, ids s%04d-s%04d, 40 per situation in order, max %d words, "
      "no duplicates, no move names" % (len(rows), START, START + N - 1, mx))
