#!/usr/bin/env python3
"""Parse hand-typed src files, validate, write jsonl."""
import json, os, re, sys

LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "in": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
HERE = os.path.dirname(os.path.abspath(__file__))
PATHLIKE = re.compile(r"(^|\s)(/[\w.-]+){2,}|[A-Za-z]:\\|~/|\.(jsonl|txt|py)\b")

def lines(fn):
    with open(fn, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield i, line

def check(rec, fn, i, errs):
    keys = {"text", "intent", "lang", "scope", "source"}
    if set(rec) != keys: errs.append(f"{fn}:{i} keys")
    if rec["lang"] not in LANGS: errs.append(f"{fn}:{i} lang")
    if rec["intent"] not in {"opt_out", "opt_in", "help", "none"}: errs.append(f"{fn}:{i} intent")
    if (rec["intent"] == "opt_out") != (rec["scope"] is not None): errs.append(f"{fn}:{i} scope")
    if rec["scope"] not in (None, "all", "marketing"): errs.append(f"{fn}:{i} scope value")
    if not rec["text"].strip(): errs.append(f"{fn}:{i} empty")
    if not rec["source"] or not re.fullmatch(r"[a-z0-9_]+", rec["source"]): errs.append(f"{fn}:{i} source")
    if PATHLIKE.search(rec["text"]): errs.append(f"{fn}:{i} path-like text")

def main():
    errs, summary = [], {}
    for lang in LANGS:
        out = {"replies": [], "p2p": []}
        fn = os.path.join("src", f"{lang}_replies.txt")
        for i, line in lines(os.path.join(HERE, fn)):
            parts = line.split("|", 2)
            if len(parts) != 3 or parts[0] not in CODES:
                errs.append(f"{fn}:{i} bad line"); continue
            intent, scope = CODES[parts[0]]
            rec = {"text": parts[2], "intent": intent, "lang": lang, "scope": scope, "source": parts[1]}
            check(rec, fn, i, errs); out["replies"].append(rec)
        fn = os.path.join("src", f"{lang}_p2p.txt")
        for i, line in lines(os.path.join(HERE, fn)):
            rec = {"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"}
            check(rec, fn, i, errs); out["p2p"].append(rec)
        for kind, recs in out.items():
            seen = set()
            for r in recs:
                if r["text"] in seen: errs.append(f"{lang} {kind} duplicate: {r['text']!r}")
                seen.add(r["text"])
            if kind == "p2p" and any(r["intent"] != "none" for r in recs): errs.append("p2p not none")
        summary[lang] = out
    if errs:
        print("\n".join(errs)); sys.exit(1)
    tot = {}
    for lang, out in summary.items():
        for kind, recs in out.items():
            with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = {}
        for r in out["replies"]:
            k = r["intent"] + ("/" + r["scope"] if r["scope"] else "")
            c[k] = c.get(k, 0) + 1; tot[k] = tot.get(k, 0) + 1
        print(lang, "replies", len(out["replies"]), "p2p", len(out["p2p"]), dict(sorted(c.items())))
    print("total replies", sum(len(o["replies"]) for o in summary.values()),
          "p2p", sum(len(o["p2p"]) for o in summary.values()), dict(sorted(tot.items())))

if __name__ == "__main__":
    main()
