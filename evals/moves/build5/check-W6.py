import json, re, sys
from collections import Counter
PATH = "/work/moves5/sentences-W6.jsonl"
SITS = ["hospital-parking-fine", "kids-tutoring-subscription", "rail-season-ticket-refund",
        "solar-panel-installation", "credit-card-annual-fee"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
pats = []
for m in MOVES:
    pats.append(re.compile(r"\b" + re.escape(m) + r"\b", re.I))
    if "_" in m:
        pats.append(re.compile(r"\b" + re.escape(m.replace("_", " ")) + r"\b", re.I))
errs = []
lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != 200: errs.append(f"{len(lines)} lines, want 200")
seen = set(); per = Counter(); order = []
for i, ln in enumerate(lines):
    try: o = json.loads(ln)
    except Exception as e: errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o) != ["id", "situation", "customer_said", "rep"]: errs.append(f"line {i+1}: key order {list(o)}")
    if o.get("id") != f"s{2140+i}": errs.append(f"line {i+1}: id {o.get('id')}")
    s = o.get("situation"); per[s] += 1
    if not order or order[-1] != s: order.append(s)
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip(): errs.append(f"{o['id']}: empty field")
    if len(rep.split()) > 40: errs.append(f"{o['id']}: {len(rep.split())} words")
    if rep.lower() in seen: errs.append(f"{o['id']}: duplicate rep")
    seen.add(rep.lower())
    for p in pats:
        if p.search(rep): errs.append(f"{o['id']}: move name {p.pattern}")
if order != SITS: errs.append(f"situation order {order}")
for s in SITS:
    if per[s] != 40: errs.append(f"{s}: {per[s]} lines")
print("\n".join(errs) if errs else "OK: 200 lines, valid JSON, key order, ids s2140-s2339 consecutive, 40 per situation in order, <=40 words, no duplicates, no move names")
sys.exit(1 if errs else 0)
