"""What the development set's gold builders share (build_gold_b.py to build_gold_f.py): the row constructors their
hand annotations are written with, and the checks and the writing of a part's manifest and gold file.

A builder holds one part's data (manifest entries and annotations, one list per article, one entry per non-empty
line) and calls build(). Every offset, first60 and blank_split_index is computed here, never typed.
build() writes and checks:
  * the gold file: one row per non-empty line of every article, in manifest order;
    first60, char_start/char_end (UTF-16 code units, end exclusive, over the line as stored,
    leading/trailing spaces included) and blank_split_index are computed, not typed;
  * every non-empty line is annotated exactly once (annotation count == line count);
  * every alias (speakers and optional_speakers) and every cited outlet occurs verbatim in
    its line;
  * duplicate_of points at an earlier line with the same text;
  * stance is null exactly for non-content rows; boilerplate == (kind != "content");
  * every manifest file exists and every article file has a manifest entry;
  * no character outside the BMP (so UTF-16 and code-point offsets agree).
"""
import collections
import json
import os
import re
import sys


# ---------------------------------------------------------------- row constructors
def S(name, *aliases):
    return {"name": name, "aliases_in_text": list(aliases)}


def O(name, reason, *aliases):
    return {"name": name, "aliases_in_text": list(aliases), "reason": reason}


def C(stance, rationale, sp=(), opt=(), un=(), out=(), amb=False, dup=None):
    assert stance in ("supports", "opposes", "neutral"), stance
    return dict(kind="content", subkind=None, speakers=list(sp), optional_speakers=list(opt),
                unnamed_sources=list(un), cited_outlets=list(out), stance=stance,
                rationale=rationale, ambiguous=amb, duplicate_of=dup)


def B(subkind, rationale, dup=None):
    return dict(kind="boilerplate", subkind=subkind, speakers=[], optional_speakers=[],
                unnamed_sources=[], cited_outlets=[], stance=None, rationale=rationale,
                ambiguous=False, duplicate_of=dup)


def T(subkind, rationale, dup=None, amb=False):
    return dict(kind="title", subkind=subkind, speakers=[], optional_speakers=[],
                unnamed_sources=[], cited_outlets=[], stance=None, rationale=rationale,
                ambiguous=amb, duplicate_of=dup)


# ---------------------------------------------------------------- checks and output
def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def lines_with_offsets(text):
    """Non-empty lines (split on \\n) with UTF-16 start/end offsets of the line as stored."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            start = utf16_len(text[:pos])
            out.append((raw, pos, start, start + utf16_len(raw)))
        pos += len(raw) + 1
    return out


def blank_split_starts(text):
    """Code-point start offset of every block under splitting on blank lines (\\n\\s*\\n)."""
    starts = [0]
    for m in re.finditer(r"\n\s*\n", text):
        starts.append(m.end())
    return starts


def gold_row(article_id, index, line, a, char_start, char_end, blank_split_index):
    """One gold row in the format of ../shared/eval/seeds/paragraphs.jsonl, from a line's hand annotation."""
    return {
        "article_id": article_id,
        "index": index,
        "first60": line[:60],
        "boilerplate": a["kind"] != "content",
        "kind": a["kind"],
        "subkind": a["subkind"],
        "speakers": a["speakers"],
        "optional_speakers": a["optional_speakers"],
        "unnamed_sources": a["unnamed_sources"],
        "cited_outlets": a["cited_outlets"],
        "stance": a["stance"],
        "rationale": a["rationale"],
        "ambiguous": a["ambiguous"],
        "duplicate_of": a["duplicate_of"],
        "char_start": char_start,
        "char_end": char_end,
        "blank_split_index": blank_split_index,
    }


def part_files(folder, gold_name, manifest_name="articles.json"):
    """A part's articles folder, manifest and gold file; folder is relative to the devset root ("" for parts A and B)."""
    devset = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", folder))
    articles = os.path.join(devset, "articles")
    return articles, os.path.join(articles, manifest_name), os.path.join(devset, gold_name)


def build(manifest_path, manifest_entries, articles_dir, gold_path, annotations, file_prefix):
    """Checks the annotations against the texts, writes the manifest and the gold file, prints a summary; exits 1 on any error."""
    errors = []
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest_entries, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # This part's files only: halves A and B share one articles folder.
    files_on_disk = sorted(x for x in os.listdir(articles_dir) if x.endswith(".txt") and x.startswith(file_prefix))
    manifest_files = [e["file"] for e in manifest_entries]
    for e in manifest_entries:
        if not os.path.exists(os.path.join(articles_dir, e["file"])):
            errors.append(f"manifest file missing: {e['file']}")
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"]):
            errors.append(f"bad date {e['date']}")
        if not re.fullmatch(re.escape(file_prefix) + r"\d\d_[a-z0-9-]+\.txt", e["file"]):
            errors.append(f"bad file name {e['file']}")
    for f in files_on_disk:
        if f not in manifest_files:
            errors.append(f"article without manifest entry: {f}")
    if len(set(manifest_files)) != len(manifest_files):
        errors.append("duplicate manifest entries")
    if set(annotations) != {m[:-4] for m in manifest_files}:
        errors.append(f"annotation keys differ from manifest: {set(annotations) ^ {m[:-4] for m in manifest_files}}")

    rows = []
    for e in manifest_entries:
        aid = e["file"][:-4]
        text = open(os.path.join(articles_dir, e["file"]), encoding="utf-8", newline="").read()
        if "\r" in text:
            errors.append(f"{aid}: contains \\r")
        if any(ord(ch) > 0xFFFF for ch in text):
            errors.append(f"{aid}: character outside the BMP")
        if text.startswith("\n"):
            errors.append(f"{aid}: starts with a newline")
        if text.endswith("\n"):
            errors.append(f"{aid}: ends with a newline")
        lines = lines_with_offsets(text)
        anns = annotations.get(aid, [])
        if len(lines) != len(anns):
            errors.append(f"{aid}: {len(lines)} non-empty lines but {len(anns)} annotations")
            continue
        bstarts = blank_split_starts(text)
        for i, ((line, cp_start, s16, e16), a) in enumerate(zip(lines, anns)):
            where = f"{aid}#{i}"
            bidx = max(k for k, st in enumerate(bstarts) if st <= cp_start)
            for group in ("speakers", "optional_speakers"):
                for sp in a[group]:
                    for al in sp["aliases_in_text"]:
                        if al not in line:
                            errors.append(f"{where}: alias {al!r} of {sp['name']} not in line")
                    if group == "optional_speakers" and not sp.get("reason"):
                        errors.append(f"{where}: optional speaker without reason")
            for o in a["cited_outlets"]:
                if o not in line:
                    errors.append(f"{where}: cited outlet {o!r} not in line")
            if (a["stance"] is None) != (a["kind"] != "content"):
                errors.append(f"{where}: stance/kind mismatch")
            if a["kind"] != "content" and (a["speakers"] or a["optional_speakers"]):
                errors.append(f"{where}: speakers on a non-content row")
            if a["duplicate_of"] is not None:
                d = a["duplicate_of"]
                if not (0 <= d < i) or lines[d][0].strip() != line.strip():
                    errors.append(f"{where}: duplicate_of {d} does not match")
            names = [s["name"] for s in a["speakers"]]
            if len(set(names)) != len(names):
                errors.append(f"{where}: repeated speaker")
            row = gold_row(aid, i, line, a, s16, e16, bidx)
            # offsets must reproduce the line
            t16 = text.encode("utf-16-le")
            if t16[2 * s16:2 * e16].decode("utf-16-le") != line:
                errors.append(f"{where}: offsets do not reproduce the line")
            rows.append(row)

    if errors:
        for x in errors:
            print("ERROR:", x)
        sys.exit(1)

    with open(gold_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ summary
    kinds = collections.Counter(r["kind"] for r in rows)
    content = [r for r in rows if r["kind"] == "content"]
    stance = collections.Counter(r["stance"] for r in content)
    amb = sum(r["ambiguous"] for r in content)
    spk = collections.Counter(s["name"] for r in rows for s in r["speakers"])
    opt = collections.Counter(s["name"] for r in rows for s in r["optional_speakers"])
    print(f"articles: {len(manifest_entries)}  outlets: {len({e['outlet'] for e in manifest_entries})}  rows: {len(rows)}")
    print("kinds:", dict(kinds))
    print("subkinds:", dict(collections.Counter(r["subkind"] for r in rows if r["subkind"])))
    print("stance:", dict(stance), " ambiguous content rows:", amb)
    print(f"speaker mentions: {sum(spk.values())} over {len(spk)} distinct; optional mentions: {sum(opt.values())}")
    for n, c in spk.most_common():
        print(f"  {c:3d}  {n}")
    print("per article (rows/content/supports/opposes/neutral/ambiguous):")
    for e in manifest_entries:
        aid = e["file"][:-4]
        rs = [r for r in rows if r["article_id"] == aid]
        cs = [r for r in rs if r["kind"] == "content"]
        st = collections.Counter(r["stance"] for r in cs)
        print(f"  {aid:32s} {len(rs):3d} {len(cs):3d} {st['supports']:3d} {st['opposes']:3d} {st['neutral']:3d} {sum(r['ambiguous'] for r in cs):3d}")
    print("wrote", gold_path)
