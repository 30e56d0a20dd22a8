#!/usr/bin/env python3
"""Writes dev-queries.tsv and dev-qrels.tsv (the seeds' format) from the hand judgments in tools/grades.py and the
queries in tools/queries.py, plus dev-tune-* and dev-heldback-* halves; and fresh-queries.tsv and fresh-qrels.tsv
from tools/fresh_queries.py and tools/fresh_grades.py over ../devset/fresh/articles/. Checks that every judged
paragraph is a content paragraph of its corpus (articles.json + the product's paragraph split: one paragraph per
non-empty line) by the gold annotation.
Run from this folder: python3 tools/build_relevance.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import fresh_grades  # noqa: E402
import fresh_queries  # noqa: E402
from grades import GRADES  # noqa: E402
from queries import HELD_BACK, QUERIES  # noqa: E402

DEVSET = os.path.join(ROOT, "..", "devset")


def main():
    build(QUERIES, GRADES, os.path.join(DEVSET, "articles"), ["gold-tune.jsonl", "gold-heldout.jsonl"],
          [("dev", lambda q: True), ("dev-tune", lambda q: q not in HELD_BACK), ("dev-heldback", lambda q: q in HELD_BACK)],
          f"{len(QUERIES)} queries ({len(HELD_BACK)} held back)")
    build(fresh_queries.QUERIES, fresh_grades.GRADES, os.path.join(DEVSET, "fresh", "articles"),
          [os.path.join("fresh", "gold-fresh.jsonl")], [("fresh", lambda q: True)],
          f"fresh: {len(fresh_queries.QUERIES)} queries (all held out)")


def build(query_list, grade_map, articles, gold_files, outputs, label):
    manifest = json.load(open(os.path.join(articles, "articles.json"), encoding="utf-8"))
    ids = {entry["file"][:4]: entry["file"][:-4] for entry in manifest}
    gold = {}
    for name in gold_files:
        for line in open(os.path.join(DEVSET, name), encoding="utf-8"):
            row = json.loads(line)
            gold[(row["article_id"], row["index"])] = row["kind"]

    rows = []
    skipped = []
    for qid, text, kind, need in query_list:
        judged = {}
        for item in grade_map[qid].split():
            short, grade = item.split(":")
            article, paragraph = short.split("-")
            key = (ids[article], int(paragraph))
            if key in judged:
                raise SystemExit(f"{qid}: {short} judged twice")
            if gold.get(key) != "content":
                # Judged from the product's pool, but a headline, dek, caption or chrome line by the gold annotation:
                # like the seeds' qrels, these hold content paragraphs only (unlisted = grade 0).
                skipped.append(f"{qid}:{short}")
                continue
            judged[key] = int(grade)
        for (article, paragraph), grade in sorted(judged.items()):
            rows.append((qid, text, article, paragraph, grade))

    def write(name, keep):
        with open(os.path.join(ROOT, f"{name}-queries.tsv"), "w", encoding="utf-8") as f:
            f.write("query_id\tquery\ttype\tinformation_need\n")
            for q in query_list:
                if keep(q[0]):
                    f.write("\t".join(q) + "\n")
        with open(os.path.join(ROOT, f"{name}-qrels.tsv"), "w", encoding="utf-8") as f:
            f.write("query_id\tquery\tarticle_id\tparagraph_index\tgrade\n")
            for r in rows:
                if keep(r[0]):
                    f.write("\t".join(map(str, r)) + "\n")

    for name, keep in outputs:
        write(name, keep)
    grades = [r[4] for r in rows]
    print(f"left out, not content by the gold annotation: {len(skipped)} ({' '.join(skipped)})")
    print(f"{label}, {len(rows)} judgments: "
          + ", ".join(f"{g}: {grades.count(g)}" for g in (3, 2, 1)))


if __name__ == "__main__":
    main()
