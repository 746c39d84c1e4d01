import json, re, sys
MOVES = ["greets","generic_empathy","acknowledges_impact","apologises","asks_question","asks_about_impact",
 "interrogates_reason","checks_understanding","explains","uses_jargon","offers_remedy","retention_pitch",
 "superiority_pitch","refuses_or_delays","deflects_channel","transfers","escalates","commits_to_action",
 "confirms_cancellation","tells_customer_to_calm_down","blames_customer","rambles"]
pats = []
for m in MOVES:
    pats.append(re.compile(r"\b" + re.escape(m) + r"\b", re.I))
    pats.append(re.compile(r"\b" + re.escape(m.replace("_", " ")) + r"\b", re.I))
    pats.append(re.compile(r"\b" + re.escape(m.replace("_", "-")) + r"\b", re.I))
SITS = ["holiday-cottage-cancellation","mobile-roaming-bill-shock","boiler-service-plan",
        "food-delivery-missing-order","student-loan-repayment-query"]
errs = []
rows = [l for l in open("/work/moves6/sentences-W9.jsonl", encoding="utf-8").read().split("\n") if l.strip()]
if len(rows) != 200: errs.append(f"{len(rows)} lines")
seen = set()
for i, l in enumerate(rows):
    try: d = json.loads(l)
    except Exception as e: errs.append(f"line {i+1} bad json"); continue
    if list(d.keys()) != ["id","situation","customer_said","rep"]: errs.append(f"line {i+1} key order")
    if d["id"] != f"s{2740+i:04d}": errs.append(f"line {i+1} id {d['id']}")
    if d["situation"] != SITS[i // 40]: errs.append(f"line {i+1} situation")
    w = len(d["rep"].split())
    if w > 40: errs.append(f"{d['id']} {w} words")
    k = d["rep"].strip().lower()
    if k in seen: errs.append(f"{d['id']} duplicate")
    seen.add(k)
    for p in pats:
        if p.search(d["rep"]): errs.append(f"{d['id']} move name {p.pattern}")
print("OK: 200 lines, all checks passed" if not errs else "\n".join(errs))
sys.exit(1 if errs else 0)
