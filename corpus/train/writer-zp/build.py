#!/usr/bin/env python3
"""Convert compact src/<lang>.txt files to replies_<lang>.jsonl and p2p_<lang>.jsonl, and validate.
Compact form: lines under '#R' are 'c|source|text' with c in o (opt_out all), m (opt_out marketing),
i (opt_in), h (help), n (none); lines under '#P' are plain p2p texts."""
import json, os, re, sys, collections, unicodedata
D = os.path.dirname(os.path.abspath(__file__))
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODE = {"o": ("opt_out", "all"), "m": ("opt_out", "marketing"), "i": ("opt_in", None),
        "h": ("help", None), "n": ("none", None)}
def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return re.sub(r"[\W_]+", "", t)
seen = {}; errs = []; stats = {}
for lang in LANGS:
    p = os.path.join(D, "src", lang + ".txt")
    if not os.path.exists(p):
        errs.append("missing " + lang); continue
    sec = None; rep = []; p2p = []
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip(): continue
        if line.strip() in ("#R", "#P"): sec = line.strip(); continue
        if sec == "#R":
            c, src, text = line.split("|", 2)
            intent, scope = CODE[c]
            rec = {"text": text, "intent": intent, "lang": lang, "scope": scope, "source": src}
            rep.append(rec)
        elif sec == "#P":
            rec = {"text": line, "intent": "none", "lang": lang, "scope": None, "source": "p2p"}
            p2p.append(rec)
        else:
            errs.append(f"{lang}:{n} outside section")
            continue
        k = norm(rec["text"])
        if not k: errs.append(f"{lang}:{n} empty after norm: {rec['text']!r}")
        if k in seen: errs.append(f"DUP {lang}:{n} {rec['text']!r} == {seen[k]}")
        else: seen[k] = f"{lang}:{n} {rec['text']!r}"
        if any(t.startswith("/") and t.count("/") > 1 for t in rec["text"].split()): errs.append(f"path in {lang}:{n}")
    for name, recs in (("replies", rep), ("p2p", p2p)):
        for r in recs:
            assert set(r) == {"text", "intent", "lang", "scope", "source"}
            assert r["intent"] in ("opt_out", "opt_in", "help", "none")
            assert (r["scope"] in ("all", "marketing")) if r["intent"] == "opt_out" else r["scope"] is None
            assert r["source"] and (r["source"] == "p2p") == (name == "p2p")
        with open(os.path.join(D, f"{name}_{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = collections.Counter(r["intent"] if r["scope"] != "marketing" else "opt_out/marketing" for r in recs)
        stats[f"{name}_{lang}"] = (len(recs), dict(c))
for k, v in stats.items(): print(k, v[0], v[1])
print("total", sum(v[0] for v in stats.values()))
print("\n".join(errs) or "OK: no errors")
sys.exit(1 if errs else 0)
