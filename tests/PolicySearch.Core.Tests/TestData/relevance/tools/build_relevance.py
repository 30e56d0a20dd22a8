#!/usr/bin/env python3
"""Writes the relevance TSVs (the seeds' format) from the hand-written queries and grades in this folder:
dev-queries.tsv and dev-qrels.tsv from tools/queries.py and tools/grades.py, with their dev-tune-* and dev-heldback-*
halves; fresh-*.tsv from tools/fresh_queries.py and tools/fresh_grades.py over ../devset/fresh/articles/; and for each
later part X in G, M to Z, ZA to ZZ and AA to AI: freshX-queries.tsv and freshX-qrels.tsv from tools/freshX_queries.py and
tools/freshX_grades.py over ../devset/fresh-X/articles/. Checks that every judged paragraph exists in its corpus
(articles.json + the product's paragraph split: one paragraph per non-empty line) and is a content paragraph: by the
gold annotation for the dev and fresh sets, and by the hand list NOT_CONTENT in each freshX_grades.py for the later
parts (whose gold is not read for fresh-g and fresh-m; from fresh-n on, whose judges also wrote the gold, the hand list
is checked to be exactly the gold's title and boilerplate rows).
Run from this folder: python3 tools/build_relevance.py
"""
import importlib
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
    # The later parts: set id, part folder, and whether its judge also wrote the gold (then NOT_CONTENT is checked against
    # the gold; fresh-g's and fresh-m's gold is not read).
    later = [("freshg", "fresh-g", False), ("freshm", "fresh-m", False), ("freshn", "fresh-n", True), ("fresho", "fresh-o", True),
             ("freshp", "fresh-p", True), ("freshq", "fresh-q", True), ("freshr", "fresh-r", True),
             ("freshs", "fresh-s", True), ("fresht", "fresh-t", True), ("freshu", "fresh-u", True),
             ("freshv", "fresh-v", True), ("freshw", "fresh-w", True), ("freshx", "fresh-x", True),
             ("freshy", "fresh-y", True),
             ("freshz", "fresh-z", True), ("freshza", "fresh-za", True), ("freshzb", "fresh-zb", True),
             ("freshzc", "fresh-zc", True), ("freshzd", "fresh-zd", True),
             ("freshze", "fresh-ze", True), ("freshzf", "fresh-zf", True),
             ("freshzg", "fresh-zg", True),
             ("freshzh", "fresh-zh", True),
             ("freshzi", "fresh-zi", True),
             ("freshzj", "fresh-zj", True),
             ("freshzk", "fresh-zk", True),
             ("freshzl", "fresh-zl", True),
             ("freshzm", "fresh-zm", True),
             ("freshzn", "fresh-zn", True),
             ("freshzo", "fresh-zo", True),
             ("freshzp", "fresh-zp", True),
             ("freshzq", "fresh-zq", True),
             ("freshzr", "fresh-zr", True),
             ("freshzs", "fresh-zs", True),
             ("freshzt", "fresh-zt", True),
             ("freshzu", "fresh-zu", True),
             ("freshzv", "fresh-zv", True),
             ("freshzw", "fresh-zw", True),
             ("freshzx", "fresh-zx", True),
             ("freshzy", "fresh-zy", True),
             ("freshzz", "fresh-zz", True),
             ("freshaa", "fresh-aa", True),
             ("freshab", "fresh-ab", True),
             ("freshac", "fresh-ac", True),
             ("freshad", "fresh-ad", True),
             ("freshae", "fresh-ae", True),
             ("freshaf", "fresh-af", True),
             ("freshag", "fresh-ag", True),
             ("freshah", "fresh-ah", True),
             ("freshai", "fresh-ai", True)]
    for name, part, judged_by_annotator in later:
        queries = importlib.import_module(f"{name}_queries").QUERIES
        grades = importlib.import_module(f"{name}_grades")
        build(queries, grades.GRADES, os.path.join(DEVSET, part, "articles"), None, [(name, lambda q: True)],
              f"{part}: {len(queries)} queries (all held out)", not_content=grades.NOT_CONTENT,
              check_gold=os.path.join(DEVSET, part, f"gold-{part}.jsonl") if judged_by_annotator else None)


def paragraph_count(path):
    # The product's split (ParagraphSplitter): one paragraph per non-empty trimmed line.
    return sum(1 for line in open(path, encoding="utf-8").read().split("\n") if line.strip())


def build(query_list, grade_map, articles, gold_files, outputs, label, not_content=None, check_gold=None):
    manifest = json.load(open(os.path.join(articles, "articles.json"), encoding="utf-8"))
    # Short ids are the file name up to its first "_" ("d707", "d1300"); the same as its first four characters for
    # the three-digit parts.
    ids = {entry["file"].split("_")[0]: entry["file"][:-4] for entry in manifest}
    if len(ids) != len(manifest):
        raise SystemExit(f"{label}: two articles share a short id")
    counts = {ids[short]: paragraph_count(os.path.join(articles, ids[short] + ".txt")) for short in ids}
    gold = {}
    if gold_files is None:
        # No gold read: every paragraph of the split is content unless the hand list says otherwise.
        for short, paragraphs in not_content.items():
            for index in paragraphs:
                if short not in ids or index >= counts[ids[short]]:
                    raise SystemExit(f"not-content {short}-{index}: no such paragraph")
        for article, count in counts.items():
            for index in range(count):
                gold[(article, index)] = "content"
        for short, paragraphs in not_content.items():
            for index in paragraphs:
                gold[(ids[short], index)] = "not content"
        if check_gold is not None:
            # The hand list must be exactly the gold annotation's title and boilerplate rows (fresh-n: same annotator).
            annotated = {}
            for line in open(check_gold, encoding="utf-8"):
                row = json.loads(line)
                annotated[(row["article_id"], row["index"])] = "content" if row["kind"] == "content" else "not content"
            if annotated != gold:
                differ = sorted(k for k in set(annotated) | set(gold) if annotated.get(k) != gold.get(k))
                raise SystemExit(f"{label}: NOT_CONTENT differs from {os.path.basename(check_gold)} at {differ}")
    else:
        for name in gold_files:
            for line in open(os.path.join(DEVSET, name), encoding="utf-8"):
                row = json.loads(line)
                gold[(row["article_id"], row["index"])] = row["kind"]
    known = {q[0] for q in query_list}
    if set(grade_map) != known:
        raise SystemExit(f"{label}: grades for {sorted(set(grade_map) ^ known)} do not match the queries")

    rows = []
    skipped = []
    for qid, text, kind, need in query_list:
        judged = {}
        for item in grade_map[qid].split():
            short, grade = item.split(":")
            article, paragraph = short.split("-")
            if article not in ids:
                raise SystemExit(f"{qid}: {short}: no such article")
            key = (ids[article], int(paragraph))
            if not 0 <= key[1] < counts[key[0]] or grade not in ("1", "2", "3"):
                raise SystemExit(f"{qid}: {short}:{grade}: no such paragraph, or not a grade 1-3")
            if key in judged:
                raise SystemExit(f"{qid}: {short} judged twice")
            if gold.get(key) != "content" and gold_files is None:
                raise SystemExit(f"{qid}: {short} is a headline, caption or chrome line by NOT_CONTENT")
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
    if gold_files is not None:
        print(f"left out, not content by the gold annotation: {len(skipped)} ({' '.join(skipped)})")
    print(f"{label}, {len(rows)} judgments: "
          + ", ".join(f"{g}: {grades.count(g)}" for g in (3, 2, 1)))


if __name__ == "__main__":
    main()
