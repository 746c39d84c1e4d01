#!/usr/bin/env python3
"""Checker for sentences-W10.jsonl."""
import json, re, sys

PATH = "/work/moves7/sentences-W10.jsonl"
START, N = 2940, 200
SITS = ["water-bill-leak-allowance", "mortgage-payment-holiday", "gas-engineer-no-show",
        "concert-tickets-event-cancelled", "furniture-delivery-damaged"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
KEYS = ["id", "situation", "customer_said", "rep"]
errs = []
lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != N:
    errs.append("expected %d lines, got %d" % (N, len(lines)))
seen = {}
for i, line in enumerate(lines):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append("line %d: invalid JSON (%s)" % (i + 1, e)); continue
    if list(o.keys()) != KEYS:
        errs.append("line %d: key order %s" % (i + 1, list(o.keys())))
    if o.get("id") != "s%04d" % (START + i):
        errs.append("line %d: id %s" % (i + 1, o.get("id")))
    if o.get("situation") != SITS[i // 40]:
        errs.append("line %d: situation %s" % (i + 1, o.get("situation")))
    rep = o.get("rep", "")
    if not isinstance(rep, str) or not rep.strip() or not str(o.get("customer_said", "")).strip():
        errs.append("line %d: empty field" % (i + 1))
    if len(rep.split()) > 40:
        errs.append("line %d: %d words" % (i + 1, len(rep.split())))
    norm = re.sub(r"\s+", " ", rep.strip().lower())
    if norm in seen:
        errs.append("line %d: duplicate of line %d" % (i + 1, seen[norm]))
    seen[norm] = i + 1
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " "), m.replace("_", "-")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low):
                errs.append("line %d: move name '%s'" % (i + 1, form))
cust = {}
for line in lines:
    try:
        o = json.loads(line)
    except Exception:
        continue
    cust.setdefault(o["situation"], set()).add(o["customer_said"])
for s in SITS:
    if not 6 <= len(cust.get(s, ())) <= 7:
        errs.append("%s: %d customer lines" % (s, len(cust.get(s, ()))))
if errs:
    print("FAIL: %d problem(s)" % len(errs)); print("\n".join(errs)); sys.exit(1)
print("OK: %d lines, ids s%04d-s%04d, 40 per situation in order, keys ordered, <=40 words, "
      "no duplicates, no move names" % (len(lines), START, START + len(lines) - 1))
