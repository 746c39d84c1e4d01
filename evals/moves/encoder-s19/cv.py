import json, sys, numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
items = json.load(open("feat.json"))
MOVES = ["acknowledges_impact","explains","offers_remedy","retention_pitch","refuses_or_delays","commits_to_action","generic_empathy","blames_customer"]
sents = [(i, s) for i, it in enumerate(items) for s in it["sentences"]]
dv = DictVectorizer(); X = dv.fit_transform([{f: 1 for f in s["features"]} for _, s in sents])
fold = np.array([(int(items[i]["id"][1:]) // 4) % 5 for i, _ in sents])
ifold = np.array([(int(it["id"][1:]) // 4) % 5 for it in items])
FR = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
C = float(sys.argv[1]); T = float(sys.argv[2]); cw = None
tot = [0, 0, 0]
for m in MOVES:
    y = np.array([m in items[i]["gold"] for i, _ in sents])
    open_ = np.array([s["open"][m] for _, s in sents])
    p = np.zeros(len(sents))
    for f in range(5):
        tr = (fold != f) & (np.random.RandomState(f).rand(len(fold)) < FR)
        clf = LogisticRegression(C=C, max_iter=3000, class_weight=cw).fit(X[tr], y[tr])
        p[~tr] = clf.predict_proba(X[~tr])[:, 1]
    add = open_ & (p >= T)
    pred = np.zeros(len(items), bool)
    for k, (i, s) in enumerate(sents):
        if m in s["rules"] or add[k]: pred[i] = True
    gold = np.array([m in it["gold"] for it in items])
    tp = (pred & gold).sum(); fp = (pred & ~gold).sum(); fn = (~pred & gold).sum()
    print(f"{m:22} {tp/(tp+fp):.2f}/{tp/(tp+fn):.2f}")
