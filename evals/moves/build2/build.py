import json, random, re
SIT_ORDER = ["insurance-claim","mobile-roaming-charges","broadband-install-delay","streaming-cancel",
 "clinic-reschedule","car-rental-damage","grocery-missing-items","saas-business-outage","gym-cancel","moving-utilities"]
data = {}
cur = None
for fn in ["draft_part1.txt","draft_part2.txt"]:
    for line in open(fn, encoding="utf-8"):
        line=line.rstrip("\n")
        if not line.strip(): continue
        if line.startswith("## "):
            cur=line[3:].strip(); data[cur]={"c":{}, "r":[]}; continue
        m=re.match(r"^C(\d) (.+)$", line)
        if m: data[cur]["c"][int(m.group(1))]=m.group(2).strip(); continue
        m=re.match(r"^(\d)\| (.+)$", line)
        if m: data[cur]["r"].append((int(m.group(1)), m.group(2).strip())); continue
        raise SystemExit("bad line: "+line)
rng = random.Random(1339)
n = 740
with open("/work/labels-new/sentences.jsonl","w",encoding="utf-8") as out:
    for s in SIT_ORDER:
        reps = list(data[s]["r"]); rng.shuffle(reps)
        for ci, rep in reps:
            obj = {"id": f"s{n:04d}", "situation": s, "customer_said": data[s]["c"][ci], "rep": rep}
            out.write(json.dumps(obj, ensure_ascii=False)+"\n"); n+=1
print("wrote", n-740)
