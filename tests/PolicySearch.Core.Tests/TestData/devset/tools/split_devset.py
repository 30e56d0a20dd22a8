#!/usr/bin/env python3
"""Joins the two annotated halves of the development set and splits it for honest measurement.

Inputs (written by build_gold_a.py and build_gold_b.py): articles/articles-a.json, articles/articles-b.json,
gold-a.jsonl, gold-b.jsonl. Outputs:
  articles/articles.json  - the one manifest of the corpus folder (SPEC section 1), both halves
  gold-tune.jsonl         - gold rows of the articles the analysis may be tuned on
  gold-heldout.jsonl      - gold rows of the articles it is never tuned on; figures are reported on these

The split is by outlet, so no outlet's page template is seen on both sides: outlets sorted by name, alternately
assigned to tune and held-out. The rule was fixed before any figure was measured.
Run: python3 tools/split_devset.py (from the devset folder).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    manifest = []
    for half in ("a", "b"):
        with open(os.path.join(ROOT, "articles", f"articles-{half}.json"), encoding="utf-8") as f:
            manifest.extend(json.load(f))
    manifest.sort(key=lambda entry: entry["file"])
    with open(os.path.join(ROOT, "articles", "articles.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")

    outlets = sorted({entry["outlet"] for entry in manifest}, key=str.casefold)
    heldout_outlets = set(outlets[1::2])
    heldout_ids = {entry["file"][:-4] for entry in manifest if entry["outlet"] in heldout_outlets}

    rows = load_jsonl(os.path.join(ROOT, "gold-a.jsonl")) + load_jsonl(os.path.join(ROOT, "gold-b.jsonl"))
    known = {entry["file"][:-4] for entry in manifest}
    missing = {row["article_id"] for row in rows} - known
    if missing:
        raise SystemExit(f"gold rows for articles not in the manifest: {sorted(missing)}")

    for name, keep in (("gold-tune.jsonl", lambda r: r["article_id"] not in heldout_ids),
                       ("gold-heldout.jsonl", lambda r: r["article_id"] in heldout_ids)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            for row in rows:
                if keep(row):
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")

    tune = len(known) - len(heldout_ids)
    print(f"{len(manifest)} articles, {len(outlets)} outlets: tune {tune} articles "
          f"({len(outlets) - len(heldout_outlets)} outlets), held-out {len(heldout_ids)} ({len(heldout_outlets)} outlets)")


if __name__ == "__main__":
    main()
