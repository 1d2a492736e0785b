#!/usr/bin/env python3
"""Build replies_<lang>.jsonl and p2p_<lang>.jsonl from src/<lang>.r and src/<lang>.p, then validate.

Source format
  src/<lang>.r : one reply per line, "<CODE> <text>".
                 CODE: O = opt_out scope all, M = opt_out scope marketing,
                       I = opt_in, H = help, N = none.
                 A line "@tag" sets the source tag for following lines.
  src/<lang>.p : one person-to-person text per line (intent none, source p2p).
  In both, blank lines and lines starting with "%%" are ignored.
"""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"O": ("opt_out", "all"), "M": ("opt_out", "marketing"),
         "I": ("opt_in", None), "H": ("help", None), "N": ("none", None)}
INTENTS = {"opt_out", "opt_in", "help", "none"}
PATH_RE = re.compile(r'(?:^|[\s"\'(])(?:~?/|\.\.?/)[\w.-]+|\b[A-Za-z]:\\|\w+/\w+/\w+|\\\w+\\')

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(c for c in t if c.isalnum())

def parse_r(path):
    rows, tag = [], "inbox"
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("@"):
            tag = line[1:].strip(); continue
        code, _, text = line.partition(" ")
        if code not in CODES:
            rows.append((n, None, line, tag)); continue
        rows.append((n, code, text.strip(), tag))
    return rows

def main():
    errors = []
    seen = {}
    counts = {}
    for lang in LANGS:
        for kind, ext in (("replies", "r"), ("p2p", "p")):
            src = os.path.join(HERE, "src", f"{lang}.{ext}")
            if not os.path.exists(src):
                errors.append(f"missing source {lang}.{ext}"); continue
            out = []
            if ext == "r":
                for n, code, text, tag in parse_r(src):
                    if code is None:
                        errors.append(f"{lang}.{ext}:{n}: bad code line: {text!r}"); continue
                    intent, scope = CODES[code]
                    out.append((n, {"text": text, "intent": intent, "lang": lang,
                                    "scope": scope, "source": tag}))
            else:
                for n, line in enumerate(open(src, encoding="utf-8"), 1):
                    t = line.rstrip("\n").strip()
                    if not t or t.startswith("%%"):
                        continue
                    out.append((n, {"text": t, "intent": "none", "lang": lang,
                                    "scope": None, "source": "p2p"}))
            c = Counter()
            for n, r in out:
                where = f"{lang}.{ext}:{n}"
                if set(r) != {"text", "intent", "lang", "scope", "source"}:
                    errors.append(f"{where}: keys")
                if r["intent"] not in INTENTS:
                    errors.append(f"{where}: intent")
                if r["lang"] not in LANGS:
                    errors.append(f"{where}: lang")
                if (r["intent"] == "opt_out") != (r["scope"] is not None):
                    errors.append(f"{where}: scope only on opt_out")
                if r["scope"] not in (None, "all", "marketing"):
                    errors.append(f"{where}: scope value")
                if kind == "p2p" and (r["source"] != "p2p" or r["intent"] != "none"):
                    errors.append(f"{where}: p2p must be none/p2p")
                if kind == "replies" and r["source"] == "p2p":
                    errors.append(f"{where}: replies must not use source p2p")
                if not r["text"].strip():
                    errors.append(f"{where}: empty text")
                if PATH_RE.search(r["text"]):
                    errors.append(f"{where}: looks like a file path: {r['text']!r}")
                k = norm(r["text"])
                if k in seen:
                    errors.append(f"{where}: duplicate of {seen[k]}: {r['text']!r}")
                else:
                    seen[k] = where
                c[(r["intent"], r["scope"])] += 1
            counts[f"{kind}_{lang}"] = c
            with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for _, r in out:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name, c in counts.items():
        tot = sum(c.values())
        parts = ", ".join(f"{i}{'/'+s if s else ''}={v}" for (i, s), v in sorted(c.items(), key=lambda x: (x[0][0], x[0][1] or "")))
        print(f"{name}: {tot}  ({parts})")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
