"""Agreement between two blind labellers on the sentences both labelled, written to an AGREEMENT file,
and (unless --report-only) their labels appended to labels.jsonl: A's up to --last-a, B's after it.
Run from evals/moves, e.g. for sentences s1740–s2139 (session 17):
  python3 merge_labels.py labels-A4.jsonl labels-B4.jsonl --last-a s1979 --out AGREEMENT-4.md --title "s1740–s2139, session 17"
Sessions 8 and 16 used copies of this in build2/ and build3/."""
import argparse, json, re

def load(path):
    return {row["id"]: row["moves"] for row in map(json.loads, open(path))}

def span(ids):
    return f"{min(ids)}–{max(ids)}"

def kappa(n, n10, n01, pa, pb):
    po = (n - n10 - n01) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("a"); parser.add_argument("b")
    parser.add_argument("--last-a", required=True, help="the last id whose labels come from A")
    parser.add_argument("--out", required=True); parser.add_argument("--title", required=True)
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args()
    A, B = load(args.a), load(args.b)
    moves = [m for m in re.findall(r"^\| (\w+) \|", open("MOVES.md").read(), re.M) if m != "move"]
    both = sorted(set(A) & set(B))
    if not both:
        raise SystemExit("the two label files share no id: nothing to compare")
    same = sum(set(A[i]) == set(B[i]) for i in both)
    tp = sum(len(set(A[i]) & set(B[i])) for i in both)
    oa = sum(len(set(A[i]) - set(B[i])) for i in both)
    ob = sum(len(set(B[i]) - set(A[i])) for i in both)
    f1 = 2 * tp / (2 * tp + oa + ob)
    out = [f"# Agreement between the two blind labellers ({args.title})\n",
           f"Labeller A labelled {span(A)}, labeller B {span(B)}; both labelled the {len(both)} sentences {span(both)} "
           "independently (neither saw the other's labels or the tool's code).",
           f"labels.jsonl takes A's labels up to {args.last_a} and B's after it.\n",
           f"On the overlap: identical move sets on {same} of {len(both)} sentences; micro-F1 of B against A {f1:.3f} "
           f"({tp} moves agreed, {oa} only A, {ob} only B).\n",
           "| move | both | only A | only B | Cohen's kappa |", "| --- | --- | --- | --- | --- |"]
    n = len(both)
    for m in moves:
        a = [m in A[i] for i in both]; b = [m in B[i] for i in both]
        n11 = sum(x and y for x, y in zip(a, b)); n10 = sum(x and not y for x, y in zip(a, b)); n01 = sum(y and not x for x, y in zip(a, b))
        if n11 + n10 + n01:
            out.append(f"| {m} | {n11} | {n10} | {n01} | {kappa(n, n10, n01, sum(a) / n, sum(b) / n):.2f} |")
    open(args.out, "w").write("\n".join(out) + "\n")
    if not args.report_only:
        have = load("labels.jsonl")
        if set(have) & (set(A) | set(B)):
            raise SystemExit("labels.jsonl already holds some of these ids: nothing appended")
        with open("labels.jsonl", "a") as f:
            for i in sorted(set(A) | set(B)):
                f.write(json.dumps({"id": i, "moves": A[i] if i <= args.last_a else B[i]}) + "\n")
    print("\n".join(out))

main()
