# Checks sentences-W5.jsonl against the brief's format rules.
import json, re, sys

PATH = "/work/moves4/sentences-W5.jsonl"
SITS = ["dental-appointment-cancel", "council-parking-permit", "phone-repair-warranty",
        "meal-kit-subscription", "home-insurance-water-leak"]
START, N = 1940, 200
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
pats = []
for m in MOVES:
    for form in {m, m.replace("_", " ")}:
        pats.append((form, re.compile(r"\b" + re.escape(form) + r"\b", re.I)))

errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    raw = f.read().splitlines()
if len(raw) != N:
    errs.append(f"expected {N} lines, got {len(raw)}")
for i, line in enumerate(raw):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i+1}: invalid JSON ({e})"); continue
    rows.append(o)
    if list(o.keys()) != ["id", "situation", "customer_said", "rep"]:
        errs.append(f"line {i+1}: key order {list(o.keys())}")
    if o.get("id") != f"s{START+i:04d}":
        errs.append(f"line {i+1}: id {o.get('id')} != s{START+i:04d}")
    exp = SITS[i // 40] if i < 200 else None
    if o.get("situation") != exp:
        errs.append(f"line {i+1}: situation {o.get('situation')} != {exp}")
    rep = o.get("rep", "")
    if not isinstance(rep, str) or not rep.strip():
        errs.append(f"line {i+1}: empty rep")
    if len(rep.split()) > 40:
        errs.append(f"line {i+1}: {len(rep.split())} words")
    if not o.get("customer_said"):
        errs.append(f"line {i+1}: empty customer_said")
    for form, p in pats:
        if p.search(rep):
            errs.append(f"line {i+1}: move name '{form}' in rep")
reps = [r["rep"].strip().lower() for r in rows]
dups = {r for r in reps if reps.count(r) > 1}
if dups:
    errs.append(f"duplicate reps: {dups}")
for s in SITS:
    c = sum(1 for r in rows if r["situation"] == s)
    if c != 40:
        errs.append(f"{s}: {c} lines")
    nc = len({r["customer_said"] for r in rows if r["situation"] == s})
    if not 6 <= nc <= 7:
        errs.append(f"{s}: {nc} customer lines")
print("max words:", max(len(r["rep"].split()) for r in rows))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(rows)} lines, ids s{START}-s{START+N-1}, 40 per situation in order, <=40 words, no duplicates, no move names")
