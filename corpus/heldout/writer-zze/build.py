#!/usr/bin/env python3
"""Parse hand-typed src files, validate, write replies_<lang>.jsonl and p2p_<lang>.jsonl."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "zh", "ja", "ko", "hi"]
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "in": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
INTENTS = {"opt_out", "opt_in", "help", "none"}
PATHLIKE = [re.compile(p) for p in (
    r"(^|\s)(~|\.{1,2})?/[A-Za-z0-9_.-]+/",        # /abs/dir or ./rel/dir
    r"[A-Za-z]:\\",                                   # C:\
    r"\\[A-Za-z0-9_]+\\",                             # \dir\
    r"[A-Za-z_][\w.-]*/[A-Za-z_][\w.-]*/[\w.-]+",     # a/b/c
    r"\.(txt|py|jsonl?|md|csv|sh|cfg|ini|log|yaml|yml)\b",
)]

errors = []

def err(msg):
    errors.append(msg)

def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield n, line

def check_text(text, where):
    if not text.strip():
        err(f"{where}: empty text")
    for p in PATHLIKE:
        if p.search(text):
            err(f"{where}: looks like a file path: {text!r}")

def validate_obj(o, where, p2p):
    if set(o) != {"text", "intent", "lang", "scope", "source"}:
        err(f"{where}: bad keys {sorted(o)}")
    if o["intent"] not in INTENTS:
        err(f"{where}: bad intent")
    if o["lang"] not in LANGS:
        err(f"{where}: bad lang")
    if o["intent"] == "opt_out":
        if o["scope"] not in ("all", "marketing"):
            err(f"{where}: opt_out without scope")
    elif o["scope"] is not None:
        err(f"{where}: scope on non-opt-out")
    if not isinstance(o["source"], str) or not re.fullmatch(r"[a-z0-9_]{2,20}", o["source"]):
        err(f"{where}: bad source {o['source']!r}")
    if p2p and (o["intent"] != "none" or o["source"] != "p2p"):
        err(f"{where}: p2p must be none/p2p")

def main():
    table = {}
    for lang in LANGS:
        rp = os.path.join(SRC, f"{lang}_replies.txt")
        pp = os.path.join(SRC, f"{lang}_p2p.txt")
        for p in (rp, pp):
            if not os.path.exists(p):
                err(f"missing {os.path.basename(p)}")
        if not (os.path.exists(rp) and os.path.exists(pp)):
            continue
        replies, p2p = [], []
        for n, line in read_lines(rp):
            where = f"{lang}_replies.txt:{n}"
            parts = line.split("|", 2)
            if len(parts) != 3:
                err(f"{where}: expected code|source|text"); continue
            code, source, text = parts
            if code not in CODES:
                err(f"{where}: bad code {code!r}"); continue
            intent, scope = CODES[code]
            check_text(text, where)
            o = {"text": text, "intent": intent, "lang": lang, "scope": scope, "source": source}
            validate_obj(o, where, False)
            replies.append(o)
        for n, line in read_lines(pp):
            where = f"{lang}_p2p.txt:{n}"
            if re.match(r"^(oa|om|in|h|n)\|", line):
                err(f"{where}: p2p line looks like a coded reply")
            check_text(line, where)
            o = {"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"}
            validate_obj(o, where, True)
            p2p.append(o)
        for name, rows in (("replies", replies), ("p2p", p2p)):
            c = Counter(r["text"] for r in rows)
            for t, k in c.items():
                if k > 1:
                    err(f"{name}_{lang}: duplicate text {t!r} x{k}")
        table[lang] = (replies, p2p)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)
    tot = Counter()
    print(f"{'lang':5}{'oa':>5}{'om':>5}{'in':>5}{'help':>6}{'none':>6}{'rep':>6}{'p2p':>6}")
    for lang in LANGS:
        replies, p2p = table[lang]
        for name, rows in (("replies", replies), ("p2p", p2p)):
            with open(os.path.join(HERE, f"{name}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter((r["intent"], r["scope"]) for r in replies)
        row = [c[("opt_out", "all")], c[("opt_out", "marketing")], c[("opt_in", None)],
               c[("help", None)], c[("none", None)], len(replies), len(p2p)]
        for k, v in zip(["oa", "om", "in", "h", "n", "rep", "p2p"], row):
            tot[k] += v
        print(f"{lang:5}" + "".join(f"{v:>{w}}" for v, w in zip(row, [5, 5, 5, 6, 6, 6, 6])))
    print(f"{'all':5}" + "".join(f"{tot[k]:>{w}}" for k, w in zip(["oa", "om", "in", "h", "n", "rep", "p2p"], [5, 5, 5, 6, 6, 6, 6])))
    print("validated OK")

if __name__ == "__main__":
    main()
