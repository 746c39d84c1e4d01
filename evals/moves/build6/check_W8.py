import json, re, sys
P = "/work/moves6/sentences-W8.jsonl"
SITS = ["pet-insurance-claim", "broadband-speed-complaint", "online-course-refund",
        "car-lease-end-charges", "childcare-app-billing"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains", "uses_jargon",
         "offers_remedy", "retention_pitch", "superiority_pitch", "refuses_or_delays", "deflects_channel",
         "transfers", "escalates", "commits_to_action", "confirms_cancellation",
         "tells_customer_to_calm_down", "blames_customer", "rambles"]
errs = []
lines = open(P, encoding="utf-8").read().splitlines()
if len(lines) != 200: errs.append(f"{len(lines)} lines, want 200")
seen = set()
for i, ln in enumerate(lines):
    try:
        o = json.loads(ln)
    except Exception as e:
        errs.append(f"line {i+1}: bad JSON {e}"); continue
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{2540+i:04d}": errs.append(f"line {i+1}: id {o.get('id')}")
    if o.get("situation") != SITS[i // 40]: errs.append(f"line {i+1}: situation {o.get('situation')}")
    rep = o.get("rep", "")
    if not rep.strip() or not o.get("customer_said", "").strip(): errs.append(f"line {i+1}: empty field")
    if len(rep.split()) > 40: errs.append(f"line {i+1}: {len(rep.split())} words")
    k = rep.strip().lower()
    if k in seen: errs.append(f"line {i+1}: duplicate rep")
    seen.add(k)
    low = rep.lower()
    for m in MOVES:
        for form in {m, m.replace("_", " ")}:
            if re.search(r"\b" + re.escape(form) + r"\b", low):
                errs.append(f"line {i+1}: move name '{form}'")
cust = {}
for ln in lines:
    o = json.loads(ln); cust.setdefault(o["situation"], set()).add(o["customer_said"])
for s in SITS:
    if not 6 <= len(cust.get(s, ())) <= 7: errs.append(f"{s}: {len(cust.get(s, ()))} customer lines")
print("\n".join(errs) if errs else "OK: 200 lines, valid JSON, key order, ids s2540-s2739 consecutive, 40 per situation in order, <=40 words, no duplicates, no move names, 6-7 customer lines each")
sys.exit(1 if errs else 0)
