#!/usr/bin/env python3
"""Build replies_<lang>.jsonl and p2p_<lang>.jsonl from src/. Standard library only.

src/<lang>_replies.txt : one reply a line, "code|source|text"
    code: oa (opt_out, scope all), om (opt_out, scope marketing), in (opt_in),
          h (help), n (none); source: snake_case kind of sender.
src/<lang>_p2p.txt     : one person-to-person text a line (always none, source p2p).
Lines starting with "## " and blank lines are skipped.
Nothing is written unless every check passes.
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
SOURCE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
URL_RE = re.compile(
    r"(?i)(\b[a-z][a-z0-9+.-]*://|\bwww\.|\bmailto:|"
    r"\b[a-z0-9-]+\.(com|net|org|io|co|uk|de|fr|es|it|nl|pl|ru|cn|jp|kr|in|br|pt|info|biz|ly|me)\b(/|\s|$))"
)
PATH_RE = re.compile(
    r"((^|[\s\"'(])(~|\.{1,2})?/[A-Za-z0-9_.-]+/|\b[A-Za-z]:\\|\\\\[A-Za-z0-9]|"
    r"\b[\w-]+\.(py|txt|jsonl?|csv|md|sh|exe|log|yaml|yml)\b)"
)


def skip(line):
    return not line.strip() or line.startswith("## ")


def check_text(text, where, errors):
    if not text.strip():
        errors.append(f"{where}: empty text")
    if URL_RE.search(text):
        errors.append(f"{where}: looks like a URL: {text!r}")
    if PATH_RE.search(text):
        errors.append(f"{where}: looks like a file path: {text!r}")


def read_replies(lang, errors):
    path = os.path.join(SRC, f"{lang}_replies.txt")
    rows = []
    if not os.path.exists(path):
        errors.append(f"missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if skip(line):
                continue
            where = f"{lang}_replies.txt:{n}"
            parts = line.split("|", 2)
            if len(parts) != 3:
                errors.append(f"{where}: expected code|source|text")
                continue
            code, source, text = parts[0].strip(), parts[1].strip(), parts[2]
            if code not in CODES:
                errors.append(f"{where}: bad code {code!r}")
                continue
            if not SOURCE_RE.match(source):
                errors.append(f"{where}: bad source {source!r}")
            if source == "p2p":
                errors.append(f"{where}: source p2p not allowed in replies")
            check_text(text, where, errors)
            intent, scope = CODES[code]
            rows.append({"text": text, "intent": intent, "lang": lang,
                         "scope": scope, "source": source})
    return rows


def read_p2p(lang, errors):
    path = os.path.join(SRC, f"{lang}_p2p.txt")
    rows = []
    if not os.path.exists(path):
        errors.append(f"missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if skip(line):
                continue
            where = f"{lang}_p2p.txt:{n}"
            check_text(line, where, errors)
            rows.append({"text": line, "intent": "none", "lang": lang,
                         "scope": None, "source": "p2p"})
    return rows


def validate(rows, name, is_p2p, errors):
    seen = set()
    for i, r in enumerate(rows):
        where = f"{name}[{i}]"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r)}")
            continue
        if r["lang"] not in LANGS:
            errors.append(f"{where}: bad lang")
        if r["intent"] not in INTENTS:
            errors.append(f"{where}: bad intent")
        if r["intent"] == "opt_out":
            if r["scope"] not in ("all", "marketing"):
                errors.append(f"{where}: opt_out needs scope all or marketing")
        elif r["scope"] is not None:
            errors.append(f"{where}: scope must be null unless opt_out")
        if not isinstance(r["text"], str) or not isinstance(r["source"], str):
            errors.append(f"{where}: text and source must be strings")
        if is_p2p and (r["intent"] != "none" or r["source"] != "p2p"):
            errors.append(f"{where}: p2p must be none with source p2p")
        if r["text"] in seen:
            errors.append(f"{where}: duplicate text {r['text']!r}")
        seen.add(r["text"])


def main():
    errors = []
    out = {}
    for lang in LANGS:
        rep = read_replies(lang, errors)
        p2p = read_p2p(lang, errors)
        validate(rep, f"replies_{lang}", False, errors)
        validate(p2p, f"p2p_{lang}", True, errors)
        if not rep:
            errors.append(f"replies_{lang}: no rows")
        if not p2p:
            errors.append(f"p2p_{lang}: no rows")
        out[f"replies_{lang}.jsonl"] = rep
        out[f"p2p_{lang}.jsonl"] = p2p
    extra = sorted(set(os.listdir(SRC)) - {f"{l}_{k}.txt" for l in LANGS for k in ("replies", "p2p")})
    for e in extra:
        errors.append(f"unexpected file in src: {e}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"FAILED: {len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    total = 0
    for name, rows in out.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r[k] for k in ("text", "intent", "lang", "scope", "source")},
                                   ensure_ascii=False) + "\n")
        total += len(rows)
        print(f"{name}\t{len(rows)}")
    print(f"total\t{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
