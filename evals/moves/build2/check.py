import json, collections, sys
SIT_ORDER = ["insurance-claim","mobile-roaming-charges","broadband-install-delay","streaming-cancel",
 "clinic-reschedule","car-rental-damage","grocery-missing-items","saas-business-outage","gym-cancel","moving-utilities"]
rows=[]; ok=True
for i,l in enumerate(open("/work/labels-new/sentences.jsonl",encoding="utf-8"),1):
    try: o=json.loads(l)
    except Exception as e: print("line",i,"does not parse",e); ok=False; continue
    if list(o.keys())!=["id","situation","customer_said","rep"]: print("bad keys line",i); ok=False
    rows.append(o)
if len(rows)!=600: print("count",len(rows)); ok=False
ids=[o["id"] for o in rows]
if ids!=[f"s{n:04d}" for n in range(740,1340)]: print("ids not consecutive s0740..s1339"); ok=False
if len(set(ids))!=len(ids): print("dup ids"); ok=False
c=collections.Counter(o["situation"] for o in rows)
for s in SIT_ORDER:
    if c[s]!=60: print("situation",s,c[s]); ok=False
seq=[o["situation"] for o in rows]
if seq!=[s for s in SIT_ORDER for _ in range(60)]: print("situations not in blocks/order"); ok=False
norm=lambda t:" ".join(t.lower().split())
rc=collections.Counter(norm(o["rep"]) for o in rows)
d=[k for k,v in rc.items() if v>1]
if d: print("repeated reps:",d); ok=False
short=[o["rep"] for o in rows if len(o["rep"].split())<3]
long=[o["rep"] for o in rows if len(o["rep"].split())>40]
print("reps under 3 words (allowed fragments/neutral):",len(short),short)
if long: print("over 40 words:",long); ok=False
cust=collections.defaultdict(set)
for o in rows: cust[o["situation"]].add(o["customer_said"])
for s in SIT_ORDER:
    if not 4<=len(cust[s])<=7: print("customer lines",s,len(cust[s])); ok=False
banned=["greets","generic_empathy","acknowledges_impact","asks_about_impact","interrogates_reason","checks_understanding","uses_jargon","offers_remedy","retention_pitch","superiority_pitch","refuses_or_delays","deflects_channel","commits_to_action","confirms_cancellation","tells_customer_to_calm_down","blames_customer"]
for o in rows:
    for b in banned:
        if b in o["rep"]: print("label text in rep",o["id"]); ok=False
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
