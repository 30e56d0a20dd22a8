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
import json
import math
import random
import re
import subprocess

DEVSET = "tests/PolicySearch.Core.Tests/TestData/devset"
INDEXER = "src/PolicySearch.Indexer/bin/Release/net10.0/PolicySearch.Indexer.dll"
PARTS = {"seeds": ("../shared/seeds", "../shared/eval/seeds/paragraphs.jsonl"),
         "tune": (f"{DEVSET}/articles", f"{DEVSET}/gold-tune.jsonl")}
for name in "tune-d tune-e tune-f fresh tune-h tune-i tune-j tune-k tune-l".split():
    PARTS[name] = (f"{DEVSET}/{name}/articles", f"{DEVSET}/{name}/gold-{name}.jsonl")
LABELS = ["supports", "opposes", "neutral"]


def load_rows():
    rows = []
    for part, (articles, gold) in PARTS.items():
        out = subprocess.run(["dotnet", INDEXER, "analyze", "--input", articles], capture_output=True, text=True, check=True).stdout
        by_article = collections.defaultdict(list)
        for line in out.splitlines():
            row = json.loads(line)
            by_article[row["articleId"]].append(row)
        for line in open(gold, encoding="utf-8"):
            g = json.loads(line)
            if g["kind"] != "content":
                continue
            head = g["first60"].strip()[:30]
            match = next((s for s in by_article[g["article_id"]] if s["text"].strip().startswith(head)), None)
            if match is not None:
                rows.append(dict(part=part, gold=g["stance"], rules=match["stance"] or "neutral",
                                 evidence=match["stanceEvidence"], text=match["text"]))
    return rows


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


def macro_f1(gold, predicted):
    total = 0.0
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return total / len(LABELS)


def main():
    rows = load_rows()
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
