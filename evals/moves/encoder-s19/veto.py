import json, numpy as np
from sklearn.linear_model import LogisticRegression
rows = json.load(open("dev.json")); X = np.array(json.load(open("emb.json")))
ids = [int(r["id"][1:]) for r in rows]
tune = np.array([i % 4 in (1, 2) for i in ids]); check = ~tune
def pr(pred, gold):
    tp=(pred&gold).sum(); fp=(pred&~gold).sum(); fn=(~pred&gold).sum(); return f"{tp/(tp+fp):.2f}/{tp/(tp+fn):.2f} (tp{tp} fp{fp})"
for m in ["explains","offers_remedy","acknowledges_impact","refuses_or_delays","apologises","retention_pitch","commits_to_action","uses_jargon","deflects_channel"]:
    y = np.array([m in r["gold"] for r in rows])
    clf = LogisticRegression(C=4.0, max_iter=2000).fit(X[tune], y[tune])
    p = clf.predict_proba(X[check])[:, 1]; gold = y[check]
    det = np.array([m in r["detector"] for r in rows])[check]
    print(m, "det", pr(det, gold), *[f"veto<{t}: {pr(det & (p >= t), gold)}" for t in (0.02, 0.05, 0.1, 0.2)])
