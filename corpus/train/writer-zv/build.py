#!/usr/bin/env python3
"""Build replies_<lang>.jsonl and p2p_<lang>.jsonl from src/<lang>.r and src/<lang>.p, then validate.

Source format
  src/<lang>.r : '#' comment, '@tag' sets the source tag for following lines,
                 otherwise '<C> <text>' with C in O (opt_out/all), M (opt_out/marketing),
                 I (opt_in), H (help), N (none).
  src/<lang>.p : one person-to-person text per line ('#' comments); intent none, source p2p.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"O": ("opt_out", "all"), "M": ("opt_out", "marketing"),
         "I": ("opt_in", None), "H": ("help", None), "N": ("none", None)}
INTENTS = {"opt_out", "opt_in", "help", "none"}
KEYS = {"text", "intent", "lang", "scope", "source"}
PATH_RE = re.compile(r"(?:^|[\s\"'(])(?:~|\.{1,2})?(?:/[\w.-]+){2,}|[A-Za-z]:\\|~/")
errors = []

def err(msg):
    errors.append(msg)

def parse_r(lang):
    rows, src = [], None
    p = os.path.join(HERE, "src", lang + ".r")
    if not os.path.exists(p):
        err(f"missing src {lang}.r"); return []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                src = line[1:].strip()
                continue
            code, _, text = line.partition(" ")
            if code not in CODES or not text.strip():
                err(f"{lang}.r:{n}: bad line {line!r}")
                continue
            if not src:
                err(f"{lang}.r:{n}: no source tag")
            intent, scope = CODES[code]
            rows.append({"text": text, "intent": intent, "lang": lang, "scope": scope, "source": src})
    return rows

def parse_p(lang):
    rows = []
    p = os.path.join(HERE, "src", lang + ".p")
    if not os.path.exists(p):
        err(f"missing src {lang}.p"); return []
    with open(p, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append({"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"})
    return rows

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(c for c in t if c.isalnum())

def main():
    for lang in LANGS:
        for kind, fn in (("replies", parse_r), ("p2p", parse_p)):
            rows = fn(lang)
            with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate from the written files
    seen = {}
    counts = {}
    langs_seen = set()
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            name = f"{kind}_{lang}.jsonl"
            c = Counter()
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    where = f"{name}:{n}"
                    try:
                        r = json.loads(line)
                    except Exception as e:
                        err(f"{where}: bad json {e}"); continue
                    if set(r) != KEYS:
                        err(f"{where}: keys {sorted(r)}"); continue
                    if not isinstance(r["text"], str) or not r["text"].strip():
                        err(f"{where}: empty text")
                    if r["intent"] not in INTENTS:
                        err(f"{where}: intent {r['intent']}")
                    if r["lang"] != lang or r["lang"] not in LANGS:
                        err(f"{where}: lang {r['lang']}")
                    langs_seen.add(r["lang"])
                    if r["intent"] == "opt_out":
                        if r["scope"] not in ("all", "marketing"):
                            err(f"{where}: opt_out needs scope")
                    elif r["scope"] is not None:
                        err(f"{where}: scope on non-opt_out")
                    if not isinstance(r["source"], str) or not r["source"] or len(r["source"]) > 20:
                        err(f"{where}: source {r['source']!r}")
                    if kind == "p2p":
                        if r["source"] != "p2p":
                            err(f"{where}: p2p file needs source p2p")
                        if r["intent"] != "none":
                            err(f"{where}: p2p must be none")
                    elif r["source"] == "p2p":
                        err(f"{where}: replies file with source p2p")
                    if PATH_RE.search(r["text"]):
                        err(f"{where}: looks like a file path: {r['text']!r}")
                    k = norm(r["text"])
                    if not k:
                        err(f"{where}: text normalises to empty: {r['text']!r}")
                    elif k in seen:
                        err(f"{where}: duplicate of {seen[k]}: {r['text']!r}")
                    else:
                        seen[k] = where
                    c[r["intent"] + ("/" + r["scope"] if r["scope"] else "")] += 1
            counts[name] = c
    if langs_seen != set(LANGS):
        err(f"languages present: {sorted(langs_seen)}")
    total = 0
    for name, c in counts.items():
        n = sum(c.values()); total += n
        print(f"{name:20s} {n:4d}  " + "  ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print("total lines:", total)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
