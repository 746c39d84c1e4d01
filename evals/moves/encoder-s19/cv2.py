import json, sys, numpy as np, scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
items = json.load(open("feat.json")); rows = json.load(open("dev.json")); E = np.array(json.load(open("emb.json")))
assert [r["id"] for r in rows] == [it["id"] for it in items]
MOVES = ["acknowledges_impact","explains","offers_remedy","retention_pitch","refuses_or_delays","commits_to_action","generic_empathy","blames_customer","confirms_cancellation","asks_about_impact","apologises"]
sents = [(i, s) for i, it in enumerate(items) for s in it["sentences"]]
dv = DictVectorizer(); Xs = dv.fit_transform([{f: 1 for f in s["features"]} for _, s in sents])
W = float(sys.argv[3])
Xe = sp.csr_matrix(np.array([E[i] for i, _ in sents]) * W)
X = sp.hstack([Xs, Xe]).tocsr() if W > 0 else Xs
fold = np.array([(int(items[i]["id"][1:]) // 4) % 5 for i, _ in sents])
C = float(sys.argv[1]); T = float(sys.argv[2]); VETO = float(sys.argv[4]) if len(sys.argv) > 4 else 0
for m in MOVES:
    y = np.array([m in items[i]["gold"] for i, _ in sents])
    open_ = np.array([s["open"].get(m, True) for _, s in sents])
    p = np.zeros(len(sents))
    for f in range(5):
        tr = fold != f
        clf = LogisticRegression(C=C, max_iter=3000).fit(X[tr], y[tr]); p[~tr] = clf.predict_proba(X[~tr])[:, 1]
    pred = np.zeros(len(items), bool)
    for k, (i, s) in enumerate(sents):
        if (m in s["rules"] and p[k] >= VETO) or (open_[k] and p[k] >= T): pred[i] = True
    gold = np.array([m in it["gold"] for it in items])
    tp = (pred & gold).sum(); fp = (pred & ~gold).sum(); fn = (~pred & gold).sum()
    print(f"{m:22} {tp/(tp+fp):.2f}/{tp/(tp+fn):.2f}", end="  ")
print()
