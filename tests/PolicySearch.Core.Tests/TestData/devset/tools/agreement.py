#!/usr/bin/env python3
# Run from devset/tools: python3 agreement.py ../fresh-m/gold-fresh-m.jsonl second/second-fresh-m.jsonl
"""Agreement of two annotations of the same part, scored the way `evaluate` scores the analysis: the first file is the
gold, the second plays the system (its core speakers only; a speaker the gold lists as optional is neither credited nor
counted against). Prints kinds accuracy (content vs other), speaker P/R/F1 and stance macro-F1 over rows both call content."""
import json, re, sys, unicodedata

def norm(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def load(path):
    return {(r["article_id"], r["index"]): r for r in map(json.loads, open(path, encoding="utf-8"))}

def macro_f1(pairs):
    total = 0.0
    for label in ("supports", "opposes", "neutral"):
        tp = sum(g == label and s == label for g, s in pairs)
        fp = sum(g != label and s == label for g, s in pairs)
        fn = sum(g == label and s != label for g, s in pairs)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / 3

def main(gold_path, other_path):
    gold, other = load(gold_path), load(other_path)
    keys = sorted(gold)
    missing = [k for k in keys if k not in other]
    both = [k for k in keys if k in other]
    kinds = sum((gold[k]["kind"] == "content") == (other[k]["kind"] == "content") for k in both) / len(both)
    tp = fp = fn = 0
    for k in both:
        g = {norm(s["name"]) for s in gold[k]["speakers"]}
        opt = {norm(s["name"]) for s in gold[k]["optional_speakers"]}
        o = {norm(s["name"]) for s in other[k]["speakers"]} - (opt - g)
        tp += len(g & o); fp += len(o - g); fn += len(g - o)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    pairs = [(gold[k]["stance"], other[k]["stance"]) for k in both if gold[k]["kind"] == "content" and other[k]["kind"] == "content"]
    agree = sum(g == s for g, s in pairs) / len(pairs)
    print(f"rows {len(both)} (missing {len(missing)}); kinds content-vs-other agreement {kinds:.3f}")
    print(f"speakers P {p:.3f} R {r:.3f} F1 {f1:.3f} (TP {tp} FP {fp} FN {fn})")
    print(f"stance over {len(pairs)} rows both call content: agreement {agree:.3f}, macro-F1 {macro_f1(pairs):.3f}")

if __name__ == "__main__":
    main(*sys.argv[1:3])
