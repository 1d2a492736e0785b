#!/usr/bin/env python3
"""Build JSONL from compact sources and validate.

Source formats (UTF-8, one item a line, blank lines and lines starting with '#' ignored):
  src/<lang>.r  replies: '@tag' sets the source tag for following lines;
                otherwise '<code> <text>' with code oa=opt_out/all, om=opt_out/marketing,
                i=opt_in, h=help, n=none. In text, the escape '\\t' means a tab.
  src/<lang>.p  person-to-person texts, one text a line (intent none, source p2p).
"""
import json, os, re, sys, unicodedata
from collections import Counter

LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "i": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
INTENTS = {"opt_out", "opt_in", "help", "none"}
PATH_RE = re.compile(r"(^|[\s'\"(])(~|\.{1,2})?/[\w.-]+(/[\w.-]*)+|[A-Za-z]:\\|\\\\\w")
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(c for c in t if c.isalnum())

def parse_r(lang, errs):
    rows, tag = [], None
    for n, line in enumerate(open(os.path.join(HERE, "src", lang + ".r"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            tag = line[1:].strip(); continue
        code, _, text = line.partition(" ")
        if code not in CODES:
            errs.append(f"{lang}.r:{n}: bad code {code!r}"); continue
        if tag is None:
            errs.append(f"{lang}.r:{n}: no source tag"); continue
        intent, scope = CODES[code]
        rows.append({"text": text.replace("\\t", "\t"), "intent": intent, "lang": lang,
                     "scope": scope, "source": tag})
    return rows

def parse_p(lang):
    rows = []
    for line in open(os.path.join(HERE, "src", lang + ".p"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        rows.append({"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"})
    return rows

def validate(fname, rows, seen, errs):
    for i, r in enumerate(rows, 1):
        where = f"{fname}:{i}"
        if set(r) != {"text", "intent", "lang", "scope", "source"}:
            errs.append(f"{where}: keys {sorted(r)}")
        if r["intent"] not in INTENTS:
            errs.append(f"{where}: intent {r['intent']}")
        if r["lang"] not in LANGS:
            errs.append(f"{where}: lang {r['lang']}")
        if r["intent"] == "opt_out":
            if r["scope"] not in ("all", "marketing"):
                errs.append(f"{where}: opt_out needs scope")
        elif r["scope"] is not None:
            errs.append(f"{where}: scope on non-opt_out")
        if fname.startswith("p2p_") and (r["source"] != "p2p" or r["intent"] != "none"):
            errs.append(f"{where}: p2p row must be none/p2p")
        if fname.startswith("replies_") and (not r["source"] or r["source"] == "p2p"):
            errs.append(f"{where}: bad reply source")
        if not isinstance(r["text"], str) or not r["text"].strip():
            errs.append(f"{where}: empty text")
        if PATH_RE.search(r["text"]):
            errs.append(f"{where}: looks like a file path: {r['text']!r}")
        k = norm(r["text"])
        if not k:
            errs.append(f"{where}: text empty after normalisation: {r['text']!r}")
        elif k in seen:
            errs.append(f"{where}: duplicate of {seen[k]}: {r['text']!r}")
        else:
            seen[k] = where

def main():
    errs, seen, counts = [], {}, {}
    langs_seen = set()
    for lang in LANGS:
        for kind, ext in (("replies", ".r"), ("p2p", ".p")):
            if not os.path.exists(os.path.join(HERE, "src", lang + ext)):
                errs.append(f"missing source {lang}{ext}"); continue
            rows = parse_r(lang, errs) if ext == ".r" else parse_p(lang)
            fname = f"{kind}_{lang}.jsonl"
            validate(fname, rows, seen, errs)
            with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            c = Counter(r["intent"] if r["intent"] != "opt_out" else "opt_out:" + r["scope"] for r in rows)
            counts[fname] = (len(rows), c)
            if rows:
                langs_seen.add(lang)
    if langs_seen != set(LANGS):
        errs.append(f"languages missing: {sorted(set(LANGS) - langs_seen)}")
    for fname, (n, c) in counts.items():
        print(f"{fname:20s} {n:4d}  " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
