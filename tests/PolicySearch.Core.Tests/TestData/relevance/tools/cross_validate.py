#!/usr/bin/env python3
"""Would other proximity/title weights, or pseudo-relevance feedback, rank better on queries nobody tuned on?

Leave-one-set-out cross-validation over the seven judged sets (seeds, dev-tune, dev-heldback, fresh, freshg, freshm,
freshn): for each set, a setting is chosen by its mean nDCG@10 on the other six and scored on the set left out. The
mean of those seven scores estimates what choosing a setting on all the judgments would give on new queries; it is
compared with the weights before the fourth session (proximity 0.5, title 0.3).

1. Weights: `evaluate-relevance --set proximity=P,title=T,pairspeaker=0 --run FILE` for P in 0, 0.05, 0.1, 0.15,
   0.3, 0.5 and T in 0, 0.15, 0.3, 0.5, 0.8 (every other boost as the product has it). The runs' nDCG@10 is
   recomputed here from the qrels (gain 2^grade - 1, log2 discount, ideal over every judged paragraph), as the
   command computes it.
2. Feedback (RM3-like): the product's ranked hits are re-scored with lam * sum_t P(t|R) * BM25(t, d), P(t|R) taken from
   the best k hits (weighted by their share of the score; optionally times idf) over the m heaviest terms that are not
   query terms. Only the order of the hits changes, as with every boost. Terms are lower-cased words without Lucene's
   English stop words and a crude plural/-ed/-ing strip; BM25 (k1 1.2, b 0.75) over the set's content paragraphs.

Results on 2026-12-07 (docs/relevance.md): over the six sets before part N, cross-validated weights 0.768 and
feedback 0.770 against the product's 0.770, neither kept; with part N (seven sets), weights 0.754 and feedback 0.752
against 0.749, which led to the speaker-query rule and the title at 0.5. The grid runs without that rule
(pairspeaker=0), as it was run before the rule existed, so PRODUCT (0.5, 0.3) is the ranking before the fourth session.

Run from the repository root after `dotnet build -c Release src/PolicySearch.Indexer` (about ten minutes):
  python3 tests/PolicySearch.Core.Tests/TestData/relevance/tools/cross_validate.py
"""
import collections
import json
import math
import os
import re
import subprocess
import tempfile

INDEXER = "src/PolicySearch.Indexer/bin/Release/net10.0/PolicySearch.Indexer.dll"
RELEVANCE = "tests/PolicySearch.Core.Tests/TestData/relevance"
DEVSET = "tests/PolicySearch.Core.Tests/TestData/devset"
SETS = {"seeds": "../shared/seeds", "dev-tune": f"{DEVSET}/articles", "dev-heldback": f"{DEVSET}/articles",
        "fresh": f"{DEVSET}/fresh/articles", "freshg": f"{DEVSET}/fresh-g/articles",
        "freshm": f"{DEVSET}/fresh-m/articles", "freshn": f"{DEVSET}/fresh-n/articles"}
PRODUCT = (0.5, 0.3)
WEIGHTS = sorted({(p, t) for p in (0, 0.05, 0.1, 0.15, 0.3, 0.5) for t in (0, 0.15, 0.3, 0.5, 0.8)})
FEEDBACK = [(k, m, lam, idf) for k in (3, 5, 10) for m in (5, 10, 20) for lam in (0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
            for idf in (False, True)]
STOP = set("a an and are as at be but by for if in into is it no not of on or such that the their then there these "
           "they this to was will with".split())


def terms(text):
    out = []
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        if word in STOP:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[:-len(suffix)]
                break
        out.append(word)
    return out


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in list(f)[1:]]


def load(name):
    queries = {row[0]: (row[1], row[2]) for row in read_tsv(f"{RELEVANCE}/{name}-queries.tsv")}
    judged = collections.defaultdict(dict)
    for row in read_tsv(f"{RELEVANCE}/{name}-qrels.tsv"):
        judged[row[0]][f"{row[2]}-{row[3]}"] = int(row[4])
    return queries, judged


def ndcg(ranked, grades):
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    best = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def product_run(name, weight, folder):
    path = os.path.join(folder, f"{name}-{weight[0]}-{weight[1]}.tsv")
    subprocess.run(["dotnet", INDEXER, "evaluate-relevance", "--input", SETS[name],
                    "--queries", f"{RELEVANCE}/{name}-queries.tsv", "--qrels", f"{RELEVANCE}/{name}-qrels.tsv",
                    "--set", f"proximity={weight[0]},title={weight[1]},pairspeaker=0", "--run", path],
                   check=True, capture_output=True)
    ranked = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            query, _, doc, _, score, tag = line.split()
            if tag == "product":
                ranked[query].append((doc, float(score)))
    return ranked


def content_paragraphs(articles):
    out = subprocess.run(["dotnet", INDEXER, "analyze", "--input", articles], check=True, capture_output=True,
                         text=True).stdout
    rows = (json.loads(line) for line in out.splitlines())
    return {f"{r['articleId']}-{r['paragraph']}": terms(r["text"]) for r in rows if r["kind"] == "content"}


class Feedback:
    def __init__(self, docs):
        self.docs = docs
        self.n = len(docs)
        self.df = collections.Counter(t for d in docs.values() for t in set(d))
        self.avg = sum(len(d) for d in docs.values()) / self.n

    def bm25(self, term, doc):
        tf = self.docs[doc].count(term)
        if not tf:
            return 0.0
        idf = math.log(1 + (self.n - self.df[term] + 0.5) / (self.df[term] + 0.5))
        return idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(self.docs[doc]) / self.avg))

    def rerank(self, query, hits, k, m, lam, idf):
        hits = [(d, s) for d, s in hits if d in self.docs]
        top = hits[:k]
        total = sum(s for _, s in top) or 1.0
        own = set(terms(query))
        weights = collections.Counter()
        for doc, score in top:
            counts = collections.Counter(self.docs[doc])
            for term, tf in counts.items():
                if term not in own:
                    weights[term] += score / total * tf / len(self.docs[doc]) * (
                        math.log(self.n / self.df[term]) if idf else 1.0)
        chosen = weights.most_common(m)
        norm = sum(w for _, w in chosen) or 1.0
        rescored = [(d, s + lam * sum(w / norm * self.bm25(t, d) for t, w in chosen)) for d, s in hits]
        return [d for d, _ in sorted(rescored, key=lambda x: -x[1])]


def cross_validate(label, scores):
    """scores: setting -> set -> nDCG@10 (all queries). Prints each fold's choice and the estimate."""
    sets = list(SETS)
    total = 0.0
    print(f"\n{label}: leave one set out")
    for held in sets:
        others = [s for s in sets if s != held]
        choice = max(scores, key=lambda c: sum(scores[c][s] for s in others))
        total += scores[choice][held]
        print(f"  {held:13} chosen {choice}  {scores[choice][held]:.3f}  (product {scores['product'][held]:.3f})")
    print(f"  estimate {total / len(sets):.4f}   product {sum(scores['product'][s] for s in sets) / len(sets):.4f}")


def main():
    with tempfile.TemporaryDirectory() as folder:
        judgments = {name: load(name) for name in SETS}
        weight_scores = {}
        product_runs = {}
        for weight in WEIGHTS:
            per_set = {}
            for name in SETS:
                ranked = product_run(name, weight, folder)
                queries, judged = judgments[name]
                per_set[name] = sum(ndcg([d for d, _ in ranked[q]], judged[q]) for q in queries) / len(queries)
                if weight == PRODUCT:
                    product_runs[name] = ranked
            weight_scores[weight] = per_set
        weight_scores["product"] = weight_scores[PRODUCT]
        print("proximity/title: nDCG@10 per set")
        for weight in WEIGHTS:
            print(f"  {weight}  " + " ".join(f"{weight_scores[weight][s]:.3f}" for s in SETS))
        cross_validate("weights", weight_scores)

        feedback_scores = {"product": weight_scores[PRODUCT]}
        engines = {name: Feedback(content_paragraphs(SETS[name])) for name in SETS}
        for setting in FEEDBACK:
            per_set = {}
            for name in SETS:
                queries, judged = judgments[name]
                per_set[name] = sum(ndcg(engines[name].rerank(queries[q][0], product_runs[name][q], *setting),
                                         judged[q]) for q in queries) / len(queries)
            feedback_scores[setting] = per_set
        cross_validate("feedback (k, m, lam, idf)", feedback_scores)


if __name__ == "__main__":
    main()
