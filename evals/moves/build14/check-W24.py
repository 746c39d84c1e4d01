#!/usr/bin/env python3
"""Checks sentences-W24.jsonl against the brief's format rules."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentences-W24.jsonl")
START, COUNT, PER = 5740, 200, 40
SITUATIONS = ["car-finance-balloon-payment", "smart-thermostat-app-outage",
              "dental-plan-claim-limit", "bike-shop-repair-delay",
              "letting-agent-repair-request"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates",
         "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
         "blames_customer", "rambles"]
PATTERNS = []
for m in MOVES:
    PATTERNS.append((m, re.compile(r"\b" + re.escape(m) + r"\b", re.I)))
    if "_" in m:
        PATTERNS.append((m, re.compile(r"\b" + r"[\s\-]+".join(map(re.escape, m.split("_"))) + r"\b", re.I)))

errors = []
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
if len(lines) != COUNT:
    errors.append(f"expected {COUNT} lines, got {len(lines)}")
seen, cust_by_sit = {}, {}
for i, line in enumerate(lines):
    try:
        obj = json.loads(line)
    except Exception as e:
        errors.append(f"line {i+1}: invalid JSON ({e})"); continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {i+1}: keys {list(obj.keys())}")
        continue
    want_id = f"s{START + i:04d}"
    if obj["id"] != want_id:
        errors.append(f"line {i+1}: id {obj['id']} != {want_id}")
    want_sit = SITUATIONS[min(i // PER, len(SITUATIONS) - 1)]
    if obj["situation"] != want_sit:
        errors.append(f"line {i+1}: situation {obj['situation']} != {want_sit}")
    for k in KEYS:
        if not isinstance(obj[k], str) or not obj[k].strip():
            errors.append(f"line {i+1}: empty or non-string {k}")
    rep = obj["rep"]
    words = len(rep.split())
    if words > 40:
        errors.append(f"{obj['id']}: {words} words")
    sents = len(re.findall(r"[.!?]+(?=\s|$)", rep.strip()))
    if sents > 2:
        errors.append(f"{obj['id']}: looks like {sents} sentences")
    norm = re.sub(r"\W+", " ", rep.lower()).strip()
    if norm in seen:
        errors.append(f"{obj['id']}: duplicate of {seen[norm]}")
    seen[norm] = obj["id"]
    for m, p in PATTERNS:
        if p.search(rep):
            errors.append(f"{obj['id']}: contains move name '{m}'")
    cust_by_sit.setdefault(obj["situation"], set()).add(obj["customer_said"])
for s in SITUATIONS:
    n = len(cust_by_sit.get(s, ()))
    if not 6 <= n <= 7:
        errors.append(f"{s}: {n} distinct customer lines (want 6-7)")

if errors:
    print("FAIL")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print(f"OK: {len(lines)} lines, valid JSON, key order, ids s{START}-s{START+COUNT-1} consecutive, "
      f"{PER} per situation in order, <=40 words, no duplicates, no move names")
