import json, numpy as np
from sklearn.linear_model import LogisticRegression
rows = json.load(open("dev.json")); X = np.array(json.load(open("emb.json")))
ids = [int(r["id"][1:]) for r in rows]
tune = np.array([i % 4 in (1, 2) for i in ids]); check = ~tune
moves = sorted({m for r in rows for m in r["gold"]})
def prf(pred, gold):
    tp = sum(1 for p, g in zip(pred, gold) if p and g); fp = sum(1 for p, g in zip(pred, gold) if p and not g); fn = sum(1 for p, g in zip(pred, gold) if g and not p)
    return tp, fp, fn
tot = {k: [0, 0, 0] for k in ["det", "use", "rules+use", "det+use"]}
print(f"{'move':28} {'det P/R':>12} {'useLR P/R':>12} {'rules+use':>12} {'det+use':>12}")
for m in moves:
    y = np.array([m in r["gold"] for r in rows])
    clf = LogisticRegression(C=4.0, max_iter=2000, class_weight=None).fit(X[tune], y[tune])
    p = clf.predict_proba(X[check])[:, 1]
    use = p >= 0.5
    gold = y[check]
    det = np.array([m in r["detector"] for r in rows])[check]
    rules = np.array([m in r["rules"] for r in rows])[check]
    res = {"det": prf(det, gold), "use": prf(use, gold), "rules+use": prf(rules | (p >= 0.7), gold), "det+use": prf(det | (p >= 0.7), gold)}
    s = f"{m:28}"
    for k, (tp, fp, fn) in res.items():
        for j, v in enumerate((tp, fp, fn)): tot[k][j] += v
        P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
        s += f" {P:5.2f}/{R:5.2f}"
    print(s)
s = f"{'micro':28}"
for k, (tp, fp, fn) in tot.items(): s += f" {tp/(tp+fp):5.2f}/{tp/(tp+fn):5.2f}"
print(s)
