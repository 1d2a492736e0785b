#!/usr/bin/env python3
"""Build the 26 jsonl files from src/ and validate them.

src/replies_<lang>.txt : one reply per line: CODE SOURCE TEXT (split on first two spaces)
    CODE: O = opt_out/all, M = opt_out/marketing, I = opt_in, H = help, N = none
src/p2p_<lang>.txt     : one person-to-person text per line (intent none, source p2p)
In TEXT, the two characters backslash-n stand for a line break. Blank lines are skipped.
"""
import json, os, re, sys

LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"O": ("opt_out", "all"), "M": ("opt_out", "marketing"),
         "I": ("opt_in", None), "H": ("help", None), "N": ("none", None)}
KEYS = {"text", "intent", "lang", "scope", "source"}
INTENTS = {"opt_out", "opt_in", "help", "none"}
PATHLIKE = [re.compile(p) for p in (
    r"(^|\s)(~|\.{1,2})?/[\w.-]+/[\w.-]+",   # /x/y, ~/x/y, ./x/y
    r"[A-Za-z]:\\",                          # C:\
    r"\.(py|jsonl|json|txt|md|csv|sh)\b",    # file extensions
    r"/(work|tmp|home|usr|etc|var|root)\b",
)]

here = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            yield n, line.replace("\\n", "\n")

def validate(fname, lang, rows, p2p):
    seen = set()
    for i, r in enumerate(rows, 1):
        where = f"{fname}:{i}"
        if set(r) != KEYS:
            err(f"{where}: keys {sorted(r)}")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{where}: empty text")
        if r["intent"] not in INTENTS:
            err(f"{where}: bad intent {r['intent']}")
        if r["lang"] != lang:
            err(f"{where}: lang {r['lang']} != {lang}")
        if r["intent"] == "opt_out":
            if r["scope"] not in ("all", "marketing"):
                err(f"{where}: opt_out without scope")
        elif r["scope"] is not None:
            err(f"{where}: scope on non-opt_out")
        if not isinstance(r["source"], str) or not r["source"]:
            err(f"{where}: empty source")
        if p2p and (r["intent"] != "none" or r["source"] != "p2p"):
            err(f"{where}: p2p line must be none/p2p")
        if not p2p and r["source"] == "p2p":
            err(f"{where}: replies line with source p2p")
        if r["text"] in seen:
            err(f"{where}: duplicate text {r['text']!r}")
        seen.add(r["text"])
        for p in PATHLIKE:
            if p.search(r["text"]):
                err(f"{where}: looks like a file path: {r['text']!r}")

table = []
for lang in LANGS:
    for kind in ("replies", "p2p"):
        src = os.path.join(here, "src", f"{kind}_{lang}.txt")
        out = os.path.join(here, f"{kind}_{lang}.jsonl")
        rows = []
        if not os.path.exists(src):
            err(f"missing {src}")
            continue
        for n, line in read_lines(src):
            if kind == "p2p":
                rows.append({"text": line, "intent": "none", "lang": lang,
                             "scope": None, "source": "p2p"})
                continue
            parts = line.split(" ", 2)
            if len(parts) < 3 or parts[0] not in CODES:
                err(f"{src}:{n}: cannot parse")
                continue
            intent, scope = CODES[parts[0]]
            rows.append({"text": parts[2], "intent": intent, "lang": lang,
                         "scope": scope, "source": parts[1]})
        validate(os.path.basename(out), lang, rows, kind == "p2p")
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = lambda f_: sum(1 for r in rows if f_(r))
        table.append((os.path.basename(out), len(rows),
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
print("| total | " + " | ".join(str(x) for x in tot) + " |")
if errors:
    print(f"\n{len(errors)} error(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
