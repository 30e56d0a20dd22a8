"""Writes a development-set part's article files from its stored-page excerpts (excerpts_c.py to excerpts_f.py).

Each excerpt is (file name, strip_date, drop_last, literal): the literal is the stored page text with JSON escapes;
strip_date removes the corpus's " date YYYY-MM[-DD] " prefix, drop_last drops the cut-off last line; leading and
trailing newlines are removed. Every edit a part makes is listed in its own script's docstring.
"""
import json
import os
import re


def write(out_dir, excerpts):
    os.makedirs(out_dir, exist_ok=True)
    for name, strip_date, drop_last, lit in excerpts:
        text = json.loads('"' + lit + '"')
        if strip_date:
            text = re.sub(r"^ date \d{4}-\d{2}(-\d{2})? ", "", text)
        text = text.lstrip("\n").rstrip("\n")
        if drop_last:
            cut = text.rfind("\n")
            text = text[:cut].rstrip("\n")
        assert "\r" not in text
        assert not text.startswith(" date"), name
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(name, len(text), "chars", len([l for l in text.split("\n") if l.strip()]), "lines")


