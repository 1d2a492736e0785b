import json, sys, unicodedata, re, os, glob
D = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(D)
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
IM = {"o": "opt_out", "i": "opt_in", "h": "help", "n": "none"}
SM = {"a": "all", "m": "marketing", "-": None}
def key(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = "".join(c for c in t if not unicodedata.category(c).startswith(("P", "S")) and c not in "\ufe0e\ufe0f\u200d")
    return re.sub(r"\s+", " ", t).strip()
seen = set(); stats = {}; dropped = 0; errors = 0
for lang in LANGS:
    for kind in ("replies", "p2p"):
        src = os.path.join(D, f"{kind}_{lang}.txt")
        rows = []
        if not os.path.exists(src):
            print("missing", src); continue
        for n, line in enumerate(open(src, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"): continue
            if kind == "replies":
                parts = line.split("|", 3)
                if len(parts) != 4 or parts[0] not in IM or parts[1] not in SM or not parts[2]:
                    print("BAD", src, n, line); errors += 1; continue
                intent, scope, source, text = IM[parts[0]], SM[parts[1]], parts[2], parts[3]
                if (intent == "opt_out") != (scope is not None):
                    print("SCOPE", src, n, line); errors += 1; continue
            else:
                intent, scope, source, text = "none", None, "p2p", line
            text = text.replace("\\t", "\t").replace("\\n", "\n")
            if not key(text):
                k = text.strip()
            else:
                k = key(text)
            if k in seen:
                dropped += 1; print("DUP", kind, lang, repr(text)) if os.environ.get("SHOWDUP") else None; continue
            seen.add(k)
            rows.append({"text": text, "intent": intent, "lang": lang, "scope": scope, "source": source})
        for r in rows:
            assert set(r) == {"text", "intent", "lang", "scope", "source"}
            assert r["intent"] in IM.values() and r["lang"] == lang
            assert (r["intent"] == "opt_out") == (r["scope"] in ("all", "marketing"))
            if kind == "p2p": assert r["intent"] == "none" and r["scope"] is None and r["source"] == "p2p"
            else: assert r["source"] != "p2p"
        with open(os.path.join(OUT, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = {"lines": len(rows)}
        c["oa"] = sum(r["intent"] == "opt_out" and r["scope"] == "all" for r in rows)
        c["om"] = sum(r["scope"] == "marketing" for r in rows)
        for i in ("opt_in", "help", "none"): c[i] = sum(r["intent"] == i for r in rows)
        stats[f"{kind}_{lang}.jsonl"] = c
print("errors", errors, "dups dropped", dropped)
tot = {k: 0 for k in ("lines", "oa", "om", "opt_in", "help", "none")}
print("| file | lines | opt_out/all | opt_out/marketing | opt_in | help | none |")
print("|---|---|---|---|---|---|---|")
for f, c in stats.items():
    print(f"| {f} | {c['lines']} | {c['oa']} | {c['om']} | {c['opt_in']} | {c['help']} | {c['none']} |")
    for k in tot: tot[k] += c[k]
print(f"| **total** | {tot['lines']} | {tot['oa']} | {tot['om']} | {tot['opt_in']} | {tot['help']} | {tot['none']} |")
