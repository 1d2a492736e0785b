#!/usr/bin/env python3
"""Parse the hand-typed source files in src/, validate them, write the jsonl files.

src/<lang>_replies.txt : one reply a line, "code|source|text"
src/<lang>_p2p.txt     : one person-to-person text a line
Lines starting with "## " and blank lines are skipped.

Writes replies_<lang>.jsonl and p2p_<lang>.jsonl next to this script.
Exits non-zero (and writes nothing) if any check fails.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "zh", "ja", "ko", "hi"]
CODES = {
    "oa": ("opt_out", "all"),
    "om": ("opt_out", "marketing"),
    "in": ("opt_in", None),
    "h": ("help", None),
    "n": ("none", None),
}
INTENTS = {"opt_out", "opt_in", "help", "none"}
KEYS = {"text", "intent", "lang", "scope", "source"}
SOURCE_RE = re.compile(r"^[a-z][a-z_]{1,23}$")

PATH_PATTERNS = [
    re.compile(r"(^|\s)~?/[\w.-]+"),            # /abs or ~/home style
    re.compile(r"(^|\s)\.{1,2}/[\w.-]+"),       # ./rel or ../rel
    re.compile(r"[A-Za-z]:\\"),                 # C:\ windows
    re.compile(r"[\w.-]+/[\w.-]+/[\w.-]+"),     # a/b/c segments
    re.compile(r"\w\.(txt|jsonl?|py|csv|md|sh|ya?ml|log|tsv)\b", re.I),
]


def looks_like_path(text):
    return any(p.search(text) for p in PATH_PATTERNS)


def content_lines(path):
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("## "):
            continue
        yield n, line


def parse_replies(lang, errors):
    path = SRC / f"{lang}_replies.txt"
    rows = []
    if not path.exists():
        errors.append(f"missing {path.name}")
        return rows
    for n, line in content_lines(path):
        parts = line.split("|", 2)
        if len(parts) != 3:
            errors.append(f"{path.name}:{n}: expected code|source|text")
            continue
        code, source, text = parts
        if code not in CODES:
            errors.append(f"{path.name}:{n}: bad code {code!r}")
            continue
        if not SOURCE_RE.match(source):
            errors.append(f"{path.name}:{n}: bad source {source!r}")
        if not text.strip():
            errors.append(f"{path.name}:{n}: empty text")
        intent, scope = CODES[code]
        rows.append({"text": text, "intent": intent, "lang": lang,
                     "scope": scope, "source": source, "_line": n})
    return rows


def parse_p2p(lang, errors):
    path = SRC / f"{lang}_p2p.txt"
    rows = []
    if not path.exists():
        errors.append(f"missing {path.name}")
        return rows
    for n, line in content_lines(path):
        rows.append({"text": line, "intent": "none", "lang": lang,
                     "scope": None, "source": "p2p", "_line": n})
    return rows


def validate(fname, rows, errors, warnings, p2p):
    seen = {}
    folded = {}
    for r in rows:
        rec = {k: v for k, v in r.items() if not k.startswith("_")}
        where = f"{fname} (src line {r['_line']})"
        if set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(rec)}")
        if rec["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {rec['lang']!r}")
        if rec["intent"] not in INTENTS:
            errors.append(f"{where}: bad intent {rec['intent']!r}")
        if rec["intent"] == "opt_out":
            if rec["scope"] not in ("all", "marketing"):
                errors.append(f"{where}: opt_out without scope")
        elif rec["scope"] is not None:
            errors.append(f"{where}: scope on non-opt_out")
        if p2p and (rec["intent"] != "none" or rec["source"] != "p2p"):
            errors.append(f"{where}: p2p row must be none/p2p")
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            errors.append(f"{where}: empty text")
            continue
        if looks_like_path(rec["text"]):
            errors.append(f"{where}: text looks like a file path")
        if "|" in rec["text"] and p2p:
            warnings.append(f"{where}: pipe in p2p text")
        t = rec["text"]
        if t in seen:
            errors.append(f"{where}: duplicate text (also src line {seen[t]})")
        else:
            seen[t] = r["_line"]
        f = unicodedata.normalize("NFKC", t).casefold().strip()
        folded.setdefault(f, []).append(r["_line"])
    near = [v for v in folded.values() if len(v) > 1]
    if near:
        warnings.append(f"{fname}: {len(near)} case/width variants of the same text (allowed)")


def main():
    errors, warnings = [], []
    outputs = {}
    for lang in LANGS:
        rep = parse_replies(lang, errors)
        p2p = parse_p2p(lang, errors)
        validate(f"replies_{lang}.jsonl", rep, errors, warnings, p2p=False)
        validate(f"p2p_{lang}.jsonl", p2p, errors, warnings, p2p=True)
        outputs[f"replies_{lang}.jsonl"] = rep
        outputs[f"p2p_{lang}.jsonl"] = p2p
    extra = sorted(p.name for p in SRC.glob("*.txt")
                   if p.name.split("_")[0] not in LANGS)
    if extra:
        errors.append(f"unexpected source files: {extra}")

    for w in warnings:
        print("note:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1

    for fname, rows in outputs.items():
        with open(HERE / fname, "w", encoding="utf-8") as fh:
            for r in rows:
                rec = {k: r[k] for k in ("text", "intent", "lang", "scope", "source")}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # summary
    print(f"{'lang':5} {'opt_out':>7} {'(mkt)':>5} {'opt_in':>6} {'help':>5} {'none':>5} {'replies':>7} {'p2p':>5}")
    tot = Counter()
    for lang in LANGS:
        rep = outputs[f"replies_{lang}.jsonl"]
        c = Counter(r["intent"] for r in rep)
        mk = sum(1 for r in rep if r["scope"] == "marketing")
        np2p = len(outputs[f"p2p_{lang}.jsonl"])
        print(f"{lang:5} {c['opt_out']:7} {mk:5} {c['opt_in']:6} {c['help']:5} {c['none']:5} {len(rep):7} {np2p:5}")
        tot.update(c)
        tot["mk"] += mk
        tot["rep"] += len(rep)
        tot["p2p"] += np2p
    print(f"{'all':5} {tot['opt_out']:7} {tot['mk']:5} {tot['opt_in']:6} {tot['help']:5} {tot['none']:5} {tot['rep']:7} {tot['p2p']:5}")
    print("valid; wrote", len(outputs), "files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
