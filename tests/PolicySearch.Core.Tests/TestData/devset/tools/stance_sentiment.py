#!/usr/bin/env python3
"""Would a general sentiment lexicon aimed at the debate's targets widen the stance rules' reach?

A general-purpose lexicon (VADER's, about 7,500 words rated -4..+4 by people, not by us) is read; for every rated word
of |valence| >= 1.5 in a sentence, the nearest target within five words decides its side: sentiment toward
federal enforcement (ICE, deportations, raids, the administration ...) counts against sanctuary protections when
positive and for them when negative; toward the protected side (sanctuary, the law, immigrants, families,
communities ...) the other way round. A negator in the three words before flips and damps it (x -0.74, as VADER does).
Where the rules say neutral and the sum reaches +threshold or -threshold, the paragraph becomes supports or opposes.
Macro-F1 is printed per studied part (never held-out or fresh-g) before and after, at thresholds 1.5 ... 6.

Result on 2026-12-07 (1,202 paragraphs): every threshold lowered the mean (0.734 -> 0.656 at 1.5, 0.729 at 6);
at threshold 2, 82 of the 90 paragraphs it turned were wrong (68 of them gold neutral: descriptive words such as
"crime", "violent" or "protect" near a target decide nothing). Not kept (docs/analysis.md, "Tried and not kept").

The lexicon is not in the repository. Get it from npm (Apache-2.0 packaging of the MIT-licensed original):
  (cd /tmp && npm pack vader-sentiment && tar xzf vader-sentiment-*.tgz)
Run from the repository root after `dotnet build -c Release src/PolicySearch.Indexer`:
  python3 tests/PolicySearch.Core.Tests/TestData/devset/tools/stance_sentiment.py /tmp/package/vader_lexicon.txt
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stancelab import load_rows, macro_f1, studied_parts  # noqa: E402

ENFORCEMENT = ["ice", "deport*", "raid*", "federal agents", "immigration agents", "agents", "crackdown", "trump",
               "administration", "detention*", "detain*", "border patrol", "dhs", "homeland security",
               "federal government", "feds", "immigration enforcement"]
PROTECTED = ["sanctuary", "trust act", "ordinance", "immigrant*", "families", "communit*", "undocumented", "migrant*",
             "refugee*", "welcoming", "law", "laws", "policy", "policies", "bill", "measure", "protections"]
NEGATORS = {"not", "never", "n't", "no", "nothing", "nobody", "neither", "nor", "without", "cannot", "don't",
            "doesn't", "isn't", "wasn't", "aren't", "won't", "shouldn't"}
WINDOW = 5
MIN_VALENCE = 1.5


def patterns(phrases):
    return [tuple(p.split()) for p in phrases]


def word_matches(token, pattern):
    return token.startswith(pattern[:-1]) if pattern.endswith("*") else token == pattern


def starts(tokens, phrases):
    return {i for i in range(len(tokens)) for p in phrases
            if i + len(p) <= len(tokens) and all(word_matches(tokens[i + k], p[k]) for k in range(len(p)))}


def sentiment_toward_targets(text, lexicon):
    total = 0.0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        tokens = re.findall(r"[a-z]+(?:'[a-z]+)?|n't", sentence.lower())
        enforcement, protected = starts(tokens, patterns(ENFORCEMENT)), starts(tokens, patterns(PROTECTED))
        for i, token in enumerate(tokens):
            valence = lexicon.get(token)
            if valence is None or abs(valence) < MIN_VALENCE or i in enforcement or i in protected:
                continue
            side = 0
            for distance in range(1, WINDOW + 1):
                for j in (i + distance, i - distance):
                    if not side and j in enforcement:
                        side = -1
                    if not side and j in protected:
                        side = 1
                if side:
                    break
            if not side:
                continue
            if any(tokens[k] in NEGATORS for k in range(max(0, i - 3), i)):
                valence *= -0.74
            total += valence * side
    return total


def main():
    lexicon = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and re.fullmatch(r"[a-z][a-z'-]*", fields[0]):
                lexicon[fields[0]] = float(fields[1])
    rows = load_rows(studied_parts(with_fresh_m=True))
    parts = sorted({row["part"] for row in rows}, key=[row["part"] for row in rows].index)
    for threshold in (1.5, 2, 3, 4, 6):
        before, after, line = [], [], []
        for name in parts:
            studied = [row for row in rows if row["part"] == name]
            gold = [row["gold"] for row in studied]
            rules = [row["rules"] for row in studied]
            turned = []
            for row in studied:
                score = sentiment_toward_targets(row["text"], lexicon) if row["rules"] == "neutral" else 0.0
                turned.append("supports" if score >= threshold else "opposes" if score <= -threshold else row["rules"])
            before.append(macro_f1(gold, rules))
            after.append(macro_f1(gold, turned))
            line.append(f"{name} {after[-1] - before[-1]:+.3f}")
        print(f"threshold {threshold}: mean {sum(before) / len(before):.3f} -> {sum(after) / len(after):.3f}   "
              + "  ".join(line))


if __name__ == "__main__":
    main()
