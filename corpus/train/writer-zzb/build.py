#!/usr/bin/env python3
"""Parse the hand-typed source files in src/, validate them, write the jsonl files.

src/<lang>_replies.txt : code|source|text, one a line ('## ' lines and blank lines skipped)
src/<lang>_p2p.txt     : one person-to-person text a line (intent none, source p2p)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
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

PATH_RES = [
    re.compile(r"(?:^|\s)(?:~|\.{1,2})?/[\w.-]+"),      # /abs or ./rel or ~/x
    re.compile(r"[A-Za-z]:\\"),                          # C:\
    re.compile(r"\b[\w-]+/[\w.-]+/"),                    # a/b/
    re.compile(r"\b[\w-]+\.(?:txt|jsonl?|py|csv|md|sh|log|yaml|yml)\b", re.I),
]

errors = []


def err(msg):
    errors.append(msg)


def looks_like_path(t):
    return any(r.search(t) for r in PATH_RES)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("## "):
                continue
            yield no, line


def parse_replies(lang):
    path = os.path.join(SRC, f"{lang}_replies.txt")
    out = []
    for no, line in read_lines(path):
        parts = line.split("|", 2)
        if len(parts) != 3:
            err(f"{lang}_replies:{no}: not code|source|text")
            continue
        code, source, text = parts
        if code not in CODES:
            err(f"{lang}_replies:{no}: bad code {code!r}")
            continue
        if not re.fullmatch(r"[a-z][a-z_]*", source):
            err(f"{lang}_replies:{no}: bad source {source!r}")
        intent, scope = CODES[code]
        out.append((no, {"text": text, "intent": intent, "lang": lang,
                         "scope": scope, "source": source}))
    return out


def parse_p2p(lang):
    path = os.path.join(SRC, f"{lang}_p2p.txt")
    return [(no, {"text": line, "intent": "none", "lang": lang,
                  "scope": None, "source": "p2p"}) for no, line in read_lines(path)]


def validate(rows, name, p2p):
    seen = {}
    for no, r in rows:
        where = f"{name}:{no}"
        if set(r) != KEYS:
            err(f"{where}: keys {sorted(r)}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{where}: empty text")
        if r["text"] != r["text"].strip():
            err(f"{where}: leading/trailing whitespace")
        if r["intent"] not in INTENTS:
            err(f"{where}: intent {r['intent']!r}")
        if r["lang"] not in LANGS:
            err(f"{where}: lang {r['lang']!r}")
        if r["intent"] == "opt_out":
            if r["scope"] not in ("all", "marketing"):
                err(f"{where}: opt_out without scope")
        elif r["scope"] is not None:
            err(f"{where}: scope on non-opt-out")
        if p2p and (r["intent"] != "none" or r["source"] != "p2p"):
            err(f"{where}: p2p must be none/p2p")
        if looks_like_path(r["text"]):
            err(f"{where}: looks like a file path: {r['text']!r}")
        if r["text"] in seen:
            err(f"{where}: duplicate of line {seen[r['text']]}")
        seen[r["text"]] = no


def main():
    counts = {}
    outputs = {}
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            if not os.path.exists(os.path.join(SRC, f"{lang}_{kind}.txt")):
                err(f"missing src/{lang}_{kind}.txt")
        if errors:
            continue
        rep = parse_replies(lang)
        p2p = parse_p2p(lang)
        validate(rep, f"{lang}_replies", False)
        validate(p2p, f"{lang}_p2p", True)
        outputs[f"replies_{lang}.jsonl"] = [r for _, r in rep]
        outputs[f"p2p_{lang}.jsonl"] = [r for _, r in p2p]
        c = {"opt_out_all": 0, "opt_out_marketing": 0, "opt_in": 0, "help": 0, "none": 0}
        for _, r in rep:
            k = r["intent"] if r["intent"] != "opt_out" else f"opt_out_{r['scope']}"
            c[k] += 1
        c["p2p"] = len(p2p)
        counts[lang] = c
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    for fname, rows in outputs.items():
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cols = ["opt_out_all", "opt_out_marketing", "opt_in", "help", "none", "p2p"]
    print("lang " + " ".join(f"{c:>17}" for c in cols))
    tot = {c: 0 for c in cols}
    for lang in LANGS:
        print(f"{lang:4} " + " ".join(f"{counts[lang][c]:>17}" for c in cols))
        for c in cols:
            tot[c] += counts[lang][c]
    print("all  " + " ".join(f"{tot[c]:>17}" for c in cols))
    print(f"replies total {sum(tot[c] for c in cols[:-1])}, p2p total {tot['p2p']}")
    print("OK: validated, 26 files written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
