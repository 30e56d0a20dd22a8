"""Shared by the stance experiments (stance_bow_lopo.py, stance_sentiment.py): the studied parts of the development
set, the product's stance on their gold content paragraphs, and macro-F1 as `evaluate` computes it.

The measured-only parts (held-out, fresh-g) and part N's speaker and stance rows are never listed here.
Paths are relative to the repository root; build first: `dotnet build -c Release src/PolicySearch.Indexer`.
"""
import collections
import json
import subprocess

DEVSET = "tests/PolicySearch.Core.Tests/TestData/devset"
INDEXER = "src/PolicySearch.Indexer/bin/Release/net10.0/PolicySearch.Indexer.dll"
LABELS = ["supports", "opposes", "neutral"]
TUNED = "tune-d tune-e tune-f fresh tune-h tune-i tune-j tune-k tune-l".split()


def studied_parts(with_fresh_m):
    """Part name -> (articles folder, gold file): the seeds, the tuned parts, and fresh-m (read in round 11) if
    asked."""
    parts = {"seeds": ("../shared/seeds", "../shared/eval/seeds/paragraphs.jsonl"),
             "tune": (f"{DEVSET}/articles", f"{DEVSET}/gold-tune.jsonl")}
    for name in TUNED + (["fresh-m"] if with_fresh_m else []):
        parts[name] = (f"{DEVSET}/{name}/articles", f"{DEVSET}/{name}/gold-{name}.jsonl")
    return parts


def load_rows(parts):
    """One row per gold content paragraph the product's `analyze` output aligns with: part, gold, rules (the product's
    stance), evidence, text."""
    rows = []
    for part, (articles, gold) in parts.items():
        out = subprocess.run(["dotnet", INDEXER, "analyze", "--input", articles], capture_output=True, text=True,
                             check=True).stdout
        by_article = collections.defaultdict(list)
        for line in out.splitlines():
            row = json.loads(line)
            by_article[row["articleId"]].append(row)
        with open(gold, encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                if g["kind"] != "content":
                    continue
                head = g["first60"].strip()[:30]
                match = next((s for s in by_article[g["article_id"]] if s["text"].strip().startswith(head)), None)
                if match is not None:
                    rows.append(dict(part=part, gold=g["stance"], rules=match["stance"] or "neutral",
                                     evidence=match["stanceEvidence"], text=match["text"]))
    return rows


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
