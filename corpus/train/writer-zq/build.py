#!/usr/bin/env python3
"""Convert compact hand-written src/<lang>.r and src/<lang>.p files to JSONL and validate.
.r lines: CODE SOURCE | text   (CODE: oa=opt_out/all, om=opt_out/marketing, i=opt_in, h=help, n=none)
.p lines: text                 (p2p, intent none)
"""
import json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"), "i": ("opt_in", None),
         "h": ("help", None), "n": ("none", None)}
def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(c for c in t if c.isalnum())
seen = {}; errs = []; report = []
for lang in LANGS:
    for kind, ext in (("replies", "r"), ("p2p", "p")):
        src = os.path.join(HERE, "src", f"{lang}.{ext}")
        if not os.path.exists(src):
            errs.append(f"missing {lang}.{ext}"); continue
        rows = []
        for n, line in enumerate(open(src, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if ext == "r":
                head, sep, text = line.partition(" | ")
                parts = head.split()
                if not sep or len(parts) != 2 or parts[0] not in CODES:
                    errs.append(f"{lang}.{ext}:{n} bad line: {line}"); continue
                intent, scope = CODES[parts[0]]; source = parts[1]
            else:
                text, intent, scope, source = line, "none", None, "p2p"
            if not text.strip():
                errs.append(f"{lang}.{ext}:{n} empty"); continue
            k = norm(text)
            if not k:
                k = text.strip()
            if k in seen:
                errs.append(f"dup {lang}.{ext}:{n} {text!r} ~ {seen[k]}")
            else:
                seen[k] = f"{lang}.{ext}:{n} {text!r}"
            if any(t.startswith("/") and t.count("/") > 1 for t in text.split()):
                errs.append(f"path in text {lang}.{ext}:{n}")
            rows.append({"text": text, "intent": intent, "lang": lang, "scope": scope, "source": source})
        with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                assert set(r) == {"text", "intent", "lang", "scope", "source"}
                assert (r["scope"] is None) == (r["intent"] != "opt_out")
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter(r["intent"] for r in rows); m = sum(1 for r in rows if r["scope"] == "marketing")
        report.append(f"{kind}_{lang}.jsonl\t{len(rows)}\topt_out={c['opt_out']} (marketing {m})\topt_in={c['opt_in']}\thelp={c['help']}\tnone={c['none']}")
print("\n".join(report))
print("errors:", len(errs)); print("\n".join(errs))
sys.exit(1 if errs else 0)
