#!/usr/bin/env python3
"""Parse hand-typed source files in src/, validate, write replies_<lang>.jsonl and p2p_<lang>.jsonl."""
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
PATHLIKE = [
    re.compile(r"(?:^|\s)~?/[\w.\-]+/[\w.\-/]*"),
    re.compile(r"[A-Za-z]:\\"),
    re.compile(r"\b[\w\-]+\.(?:txt|jsonl|json|py|csv|md)\b"),
    re.compile(r"\./"),
]

errors = []


def err(msg):
    errors.append(msg)


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield n, line


def check_text(text, where):
    if not text.strip():
        err(f"{where}: empty text")
    for rx in PATHLIKE:
        if rx.search(text):
            err(f"{where}: looks like a file path: {text!r}")


def validate(rec, where):
    if set(rec) != KEYS:
        err(f"{where}: bad keys {sorted(rec)}")
    if rec["intent"] not in INTENTS:
        err(f"{where}: bad intent")
    if rec["lang"] not in LANGS:
        err(f"{where}: bad lang")
    if rec["intent"] == "opt_out":
        if rec["scope"] not in ("all", "marketing"):
            err(f"{where}: opt_out without scope")
    elif rec["scope"] is not None:
        err(f"{where}: scope on non-opt-out")
    if not isinstance(rec["source"], str) or not re.fullmatch(r"[a-z0-9_]+", rec["source"]):
        err(f"{where}: bad source {rec['source']!r}")


def build_replies(lang):
    path = os.path.join(SRC, f"{lang}_replies.txt")
    out, seen = [], set()
    for n, line in lines_of(path):
        where = f"{lang}_replies.txt:{n}"
        parts = line.split("|", 2)
        if len(parts) != 3:
            err(f"{where}: expected code|source|text")
            continue
        code, source, text = parts[0].strip(), parts[1].strip(), parts[2]
        if code not in CODES:
            err(f"{where}: bad code {code!r}")
            continue
        intent, scope = CODES[code]
        check_text(text, where)
        if text in seen:
            err(f"{where}: duplicate text {text!r}")
        seen.add(text)
        rec = {"text": text, "intent": intent, "lang": lang, "scope": scope, "source": source}
        validate(rec, where)
        out.append(rec)
    return out


def build_p2p(lang):
    path = os.path.join(SRC, f"{lang}_p2p.txt")
    out, seen = [], set()
    for n, line in lines_of(path):
        where = f"{lang}_p2p.txt:{n}"
        text = line
        check_text(text, where)
        if text in seen:
            err(f"{where}: duplicate text {text!r}")
        seen.add(text)
        rec = {"text": text, "intent": "none", "lang": lang, "scope": None, "source": "p2p"}
        validate(rec, where)
        out.append(rec)
    return out


def main():
    summary = {}
    results = {}
    for lang in LANGS:
        for kind, fn in (("replies", build_replies), ("p2p", build_p2p)):
            p = os.path.join(SRC, f"{lang}_{kind}.txt")
            if not os.path.exists(p):
                err(f"missing src file for {lang} {kind}")
                continue
            results[(kind, lang)] = fn(lang)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)
    for (kind, lang), recs in results.items():
        with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = summary.setdefault(lang, {})
        if kind == "p2p":
            c["p2p"] = len(recs)
        else:
            for r in recs:
                k = r["intent"] + ("/" + r["scope"] if r["scope"] else "")
                c[k] = c.get(k, 0) + 1
            c["replies"] = len(recs)
    cols = ["opt_out/all", "opt_out/marketing", "opt_in", "help", "none", "replies", "p2p"]
    print("lang " + " ".join(f"{c:>17}" for c in cols))
    tot = {c: 0 for c in cols}
    for lang in LANGS:
        row = summary.get(lang, {})
        for c in cols:
            tot[c] += row.get(c, 0)
        print(f"{lang:4} " + " ".join(f"{row.get(c, 0):>17}" for c in cols))
    print("all  " + " ".join(f"{tot[c]:>17}" for c in cols))
    print("OK: validated and written")


if __name__ == "__main__":
    main()
