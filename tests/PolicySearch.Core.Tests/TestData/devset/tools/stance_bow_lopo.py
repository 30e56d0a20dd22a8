#!/usr/bin/env python3
"""Would a learned model help the stance rules? Leave-one-part-out over the tuned parts (never held-out or fresh-g).

For each tuned part, a multinomial logistic regression (plain Python, SGD, 15 epochs, seed 1) is trained on the gold
content paragraphs of every other tuned part and predicts the part left out. Three rows per part:
  rules      the product's stance (`analyze`), for comparison;
  bow        words and word pairs of the paragraph only;
  bow+rules  the same plus the rules' decision and their evidence kinds (cue+, cue-, speaker-prior, ...).
Then the rules' decision is kept except where they say neutral and the bow+rules model is confident (>= 0.5 ... 0.8)
of a side. The means over the parts are printed last. Result on 2026-12-07 (1,126 paragraphs): no variant beat the
rules (docs/analysis.md, "Tried and not kept").

Run from the repository root after `dotnet build -c Release src/PolicySearch.Indexer`:
  python3 tests/PolicySearch.Core.Tests/TestData/devset/tools/stance_bow_lopo.py
"""
import collections
import math
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stancelab import LABELS, load_rows, macro_f1, studied_parts  # noqa: E402

PARTS = studied_parts(with_fresh_m=False)


def features(row, with_rules):
    words = re.findall(r"[a-z]+", row["text"].lower())
    f = collections.Counter({"bias": 1})
    f.update({"w:" + w: 1 for w in words})
    f.update({"b:" + a + "_" + b: 1 for a, b in zip(words, words[1:])})
    if with_rules:
        f["rules:" + row["rules"]] = 1
        for e in row["evidence"]:
            kind, _, rest = e.partition(":")
            f["ev:" + kind + rest[:1]] += 1
    return f


def train(rows, with_rules, epochs=15, rate=0.1, l2=1e-4):
    weights = {label: collections.defaultdict(float) for label in LABELS}
    data = [(features(r, with_rules), r["gold"]) for r in rows]
    rng = random.Random(1)
    for _ in range(epochs):
        rng.shuffle(data)
        for f, gold in data:
            p = probabilities(weights, f)
            for label in LABELS:
                g = p[label] - (label == gold)
                w = weights[label]
                for k, v in f.items():
                    w[k] -= rate * (g * v + l2 * w[k])
    return weights


def probabilities(weights, f):
    scores = {label: sum(weights[label].get(k, 0.0) * v for k, v in f.items()) for label in LABELS}
    top = max(scores.values())
    z = sum(math.exp(s - top) for s in scores.values())
    return {label: math.exp(s - top) / z for label, s in scores.items()}


def main():
    rows = load_rows(PARTS)
    print(f"{len(rows)} gold content paragraphs in {len(PARTS)} tuned parts")
    thresholds = (0.5, 0.6, 0.7, 0.8)
    sums = collections.Counter()
    for part in PARTS:
        train_rows = [r for r in rows if r["part"] != part]
        test = [r for r in rows if r["part"] == part]
        gold = [r["gold"] for r in test]
        bow = train(train_rows, False)
        both = train(train_rows, True)
        figures = {"rules": macro_f1(gold, [r["rules"] for r in test]),
                   "bow": macro_f1(gold, [max(LABELS, key=probabilities(bow, features(r, False)).get) for r in test]),
                   "bow+rules": macro_f1(gold, [max(LABELS, key=probabilities(both, features(r, True)).get) for r in test])}
        for t in thresholds:
            predicted = []
            for r in test:
                p = probabilities(both, features(r, True))
                best = max(p, key=p.get)
                override = r["rules"] == "neutral" and best != "neutral" and p[best] >= t
                predicted.append(best if override else r["rules"])
            figures[f"override>={t}"] = macro_f1(gold, predicted)
        sums.update(figures)
        print(f"{part:8} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    print("mean     " + "  ".join(f"{k} {v / len(PARTS):.3f}" for k, v in sums.items()))


if __name__ == "__main__":
    main()
