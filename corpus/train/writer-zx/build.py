#!/usr/bin/env python3
"""Build and validate writer-zx jsonl files from hand-written src/ files.

src/<lang>_replies.txt : lines "code|source|text", code in oa, om, in, h, n
src/<lang>_p2p.txt     : one text per line
Blank lines and lines starting with "## " are skipped.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "in": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
KEYS = {"text", "intent", "lang", "scope", "source"}
INTENTS = {"opt_out", "opt_in", "help", "none"}
PATHLIKE = re.compile(r"(^|\s)(~?/[\w.-]+/|\.\.?/|[A-Za-z]:\\)|\w+/\w+/\w+|\.(jsonl|py|txt|json|csv)\b")
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield n, line


def parse(lang, kind):
    path = os.path.join(SRC, f"{lang}_{kind}.txt")
    rows = []
    if not os.path.exists(path):
        err(path, "missing")
        return rows
    for n, line in read_lines(path):
        if kind == "p2p":
            rows.append({"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"})
            continue
        parts = line.split("|", 2)
        if len(parts) != 3 or parts[0] not in CODES or not parts[1]:
            err(f"{path}:{n}", f"bad line {line!r}")
            continue
        intent, scope = CODES[parts[0]]
        rows.append({"text": parts[2], "intent": intent, "lang": lang, "scope": scope, "source": parts[1]})
    return rows


def validate(fname, lang, kind, rows):
    seen = set()
    for i, r in enumerate(rows, 1):
        where = f"{fname}#{i}"
        if set(r) != KEYS:
            err(where, "keys")
        if r["intent"] not in INTENTS:
            err(where, "intent")
        if r["lang"] != lang:
            err(where, "lang")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(where, "empty text")
        if r["intent"] == "opt_out":
            if r["scope"] not in ("all", "marketing"):
                err(where, "opt_out without scope")
        elif r["scope"] is not None:
            err(where, "scope on non-opt_out")
        if kind == "p2p" and (r["intent"] != "none" or r["source"] != "p2p"):
            err(where, "p2p must be none/p2p")
        if kind == "replies" and r["source"] == "p2p":
            err(where, "replies line with source p2p")
        if not re.fullmatch(r"[a-z0-9_]+", r["source"] or ""):
            err(where, f"bad source {r['source']!r}")
        if r["text"] in seen:
            err(where, f"duplicate text {r['text']!r}")
        seen.add(r["text"])
        if PATHLIKE.search(r["text"]):
            err(where, f"looks like a path {r['text']!r}")


def main():
    table = []
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            rows = parse(lang, kind)
            fname = f"{kind}_{lang}.jsonl"
            validate(fname, lang, kind, rows)
            with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            c = lambda p: sum(1 for r in rows if p(r))
            table.append((fname, len(rows),
                          c(lambda r: r["intent"] == "opt_out" and r["scope"] == "all"),
                          c(lambda r: r["intent"] == "opt_out" and r["scope"] == "marketing"),
                          c(lambda r: r["intent"] == "opt_in"),
                          c(lambda r: r["intent"] == "help"),
                          c(lambda r: r["intent"] == "none")))
    print("| file | lines | opt_out/all | opt_out/marketing | opt_in | help | none |")
    print("|---|---|---|---|---|---|---|")
    for t in table:
        print("| " + " | ".join(str(x) for x in t) + " |")
    tot = [sum(t[i] for t in table) for i in range(1, 7)]
    print("| **total** | " + " | ".join(str(x) for x in tot) + " |")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
