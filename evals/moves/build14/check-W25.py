#!/usr/bin/env python3
"""Checker for sentences-W25.jsonl (writer W25, ids s5940-s6139)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "sentences-W25.jsonl")
FIRST_ID = 5940
N_LINES = 200
PER_SIT = 40
SITUATIONS = [
    "online-grocery-substitutions",
    "energy-supplier-switch-failed",
    "childrens-holiday-club-refund",
    "phone-contract-price-rise-mid-term",
    "warehouse-shipping-b2b-damages",
]
KEYS = ["id", "situation", "customer_said", "rep"]
MAX_WORDS = 40
MOVES = [
    "greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
    "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
    "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
    "refuses_or_delays", "deflects_channel", "transfers", "escalates",
    "commits_to_action", "confirms_cancellation", "tells_customer_to_calm_down",
    "blames_customer", "rambles",
]
# snake_case and spaced forms, matched as whole words, case-insensitive
MOVE_PATTERNS = []
for m in MOVES:
    for form in {m, m.replace("_", " ")}:
        MOVE_PATTERNS.append((m, re.compile(r"(?<![a-z])" + re.escape(form) + r"(?![a-z])", re.I)))


def main():
    errors = []
    with open(PATH, encoding="utf-8") as f:
        raw = f.read().splitlines()
    if len(raw) != N_LINES:
        errors.append(f"expected {N_LINES} lines, got {len(raw)}")
    rows = []
    for i, line in enumerate(raw, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: invalid JSON ({e})")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {i}: keys {list(obj.keys())} != {KEYS}")
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                errors.append(f"line {i}: {k} missing or empty")
        rows.append(obj)

    seen = {}
    for i, obj in enumerate(rows):
        want_id = f"s{FIRST_ID + i:04d}"
        if obj.get("id") != want_id:
            errors.append(f"row {i + 1}: id {obj.get('id')} != {want_id}")
        want_sit = SITUATIONS[i // PER_SIT] if i // PER_SIT < len(SITUATIONS) else None
        if obj.get("situation") != want_sit:
            errors.append(f"{obj.get('id')}: situation {obj.get('situation')} != {want_sit}")
        rep = obj.get("rep", "")
        words = len(rep.split())
        if words > MAX_WORDS:
            errors.append(f"{obj.get('id')}: {words} words (> {MAX_WORDS})")
        key = " ".join(rep.lower().split())
        if key in seen:
            errors.append(f"{obj.get('id')}: duplicate rep line of {seen[key]}")
        seen[key] = obj.get("id")
        for move, pat in MOVE_PATTERNS:
            if pat.search(rep):
                errors.append(f"{obj.get('id')}: contains move name '{move}'")

    counts = {}
    for obj in rows:
        counts[obj.get("situation")] = counts.get(obj.get("situation"), 0) + 1
    for s in SITUATIONS:
        if counts.get(s, 0) != PER_SIT:
            errors.append(f"situation {s}: {counts.get(s, 0)} lines, want {PER_SIT}")
    cust = {}
    for obj in rows:
        cust.setdefault(obj.get("situation"), set()).add(obj.get("customer_said"))
    for s in SITUATIONS:
        n = len(cust.get(s, ()))
        if not 6 <= n <= 7:
            errors.append(f"situation {s}: {n} distinct customer lines, want 6-7")

    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    longest = max(len(o["rep"].split()) for o in rows)
    print(f"OK: {len(rows)} lines, ids s{FIRST_ID}-s{FIRST_ID + len(rows) - 1}, "
          f"{PER_SIT} per situation in order, valid JSON, key order ok, "
          f"max {longest} words, no duplicates, no move names")


if __name__ == "__main__":
    main()
