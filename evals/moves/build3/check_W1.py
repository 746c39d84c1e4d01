"""Checker for /work/moves3/sentences-W1.jsonl."""
import json, re, sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/moves3/sentences-W1.jsonl"
SITUATIONS = ["pharmacy-prescription-delay", "parcel-lost-delivery",
              "energy-direct-debit-increase", "airline-lost-luggage", "mobile-contract-cancel"]
KEYS = ["id", "situation", "customer_said", "rep"]
MOVES = ["greets", "generic_empathy", "acknowledges_impact", "apologises", "asks_question",
         "asks_about_impact", "interrogates_reason", "checks_understanding", "explains",
         "uses_jargon", "offers_remedy", "retention_pitch", "superiority_pitch",
         "refuses_or_delays", "deflects_channel", "transfers", "escalates", "commits_to_action",
         "confirms_cancellation", "tells_customer_to_calm_down", "blames_customer", "rambles"]
errors = []
def err(m): errors.append(m)

lines = open(PATH, encoding="utf-8").read().splitlines()
if len(lines) != 200: err(f"expected 200 lines, got {len(lines)}")
rows = []
for i, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        err(f"line {i}: bad JSON: {e}"); continue
    if list(o.keys()) != KEYS: err(f"line {i}: key order {list(o.keys())}")
    rows.append(o)

ids = [o.get("id") for o in rows]
if ids != [f"s{n:04d}" for n in range(1340, 1540)]: err("ids not s1340..s1539 consecutive")
if len(set(ids)) != len(ids): err("duplicate ids")

expected_sit = [s for s in SITUATIONS for _ in range(40)]
if [o.get("situation") for o in rows] != expected_sit:
    err("situations not 40 each in the given order")

for s in SITUATIONS:
    cs = {o["customer_said"] for o in rows if o.get("situation") == s}
    if not 6 <= len(cs) <= 7: err(f"{s}: {len(cs)} distinct customer lines")

seen = {}
move_words = set(MOVES) | {m.replace("_", " ") for m in MOVES if "_" in m}
for o in rows:
    rep = o.get("rep", "")
    norm = re.sub(r"\s+", " ", rep.strip().lower())
    if norm in seen: err(f"{o['id']}: duplicate rep of {seen[norm]}")
    seen[norm] = o["id"]
    nw = len(rep.split())
    if nw > 40: err(f"{o['id']}: {nw} words")
    if not rep.strip(): err(f"{o['id']}: empty rep")
    low = rep.lower()
    for m in move_words:
        if re.search(r"\b" + re.escape(m) + r"\b", low):
            err(f"{o['id']}: contains move name '{m}'")
    for k in ("label", "labels", "moves"):
        if k in o: err(f"{o['id']}: has label key")

if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print(f"PASS: {len(rows)} lines, ids {ids[0]}-{ids[-1]}, 5 situations x 40, "
      f"customer lines per situation: " +
      ", ".join(str(len({o['customer_said'] for o in rows if o['situation']==s})) for s in SITUATIONS) +
      f"; max rep words {max(len(o['rep'].split()) for o in rows)}; no duplicate reps; no move names")
