import json, sys, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
rows = json.load(open("dev.json"))
X = np.load("glove.npy") if sys.argv[1] == "glove" else np.array(json.load(open("emb.json")))
if sys.argv[1] == "glove": X = StandardScaler().fit_transform(X)
C = float(sys.argv[2]) if len(sys.argv) > 2 else 4.0
ids = [int(r["id"][1:]) for r in rows]
tune = np.array([i % 4 in (1, 2) for i in ids]); check = ~tune
def pr(pred, gold):
    tp=(pred&gold).sum(); fp=(pred&~gold).sum(); fn=(~pred&gold).sum(); return f"{tp/(tp+fp):.2f}/{tp/(tp+fn):.2f}"
for m in ["explains","offers_remedy","acknowledges_impact","refuses_or_delays","retention_pitch","commits_to_action","uses_jargon","blames_customer","confirms_cancellation"]:
    y = np.array([m in r["gold"] for r in rows])
    clf = LogisticRegression(C=C, max_iter=3000).fit(X[tune], y[tune])
    p = clf.predict_proba(X[check])[:, 1]; gold = y[check]
    det = np.array([m in r["detector"] for r in rows])[check]
    print(f"{m:22} alone {pr(p>=0.5, gold)} det {pr(det, gold)}", *[f"v<{t}: {pr(det & (p >= t), gold)}" for t in (0.02, 0.05, 0.1)], f"add>.8 {pr(det | (p>=0.8), gold)}")
