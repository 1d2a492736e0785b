import json, sys, os, re, unicodedata, glob
D = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(D)
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
seen = set()
def key(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = "".join(c for c in t if not unicodedata.category(c).startswith(("P","S")) and not (0xFE00 <= ord(c) <= 0xFE0F))
    return " ".join(t.split())
stats = {}
dups = 0
for lang in LANGS:
    for kind in ("p2p", "replies"):
        src = os.path.join(D, f"{kind}_{lang}.txt")
        if not os.path.exists(src):
            continue
        rows = []
        for ln, line in enumerate(open(src, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if kind == "p2p":
                obj = {"text": line.strip(), "intent": "none", "lang": lang, "scope": None, "source": "p2p"}
            else:
                parts = line.split("|", 3)
                assert len(parts) == 4, (src, ln, line)
                it, sc, so, tx = parts
                it = {"o":"opt_out","n":"none","i":"opt_in","h":"help"}.get(it, it)
                sc = {"a":"all","m":"marketing","":None}.get(sc, sc)
                obj = {"text": tx.strip(), "intent": it, "lang": lang, "scope": sc, "source": so.strip()}
            # validate
            assert set(obj) == {"text","intent","lang","scope","source"}
            assert obj["intent"] in ("opt_out","opt_in","help","none"), (src, ln)
            if obj["intent"] == "opt_out":
                assert obj["scope"] in ("all","marketing"), (src, ln)
            else:
                assert obj["scope"] is None, (src, ln)
            assert obj["lang"] == lang
            assert obj["text"], (src, ln)
            if kind == "p2p":
                assert obj["intent"] == "none" and obj["source"] == "p2p"
            else:
                assert obj["source"] and obj["source"] != "p2p", (src, ln)
            k = key(obj["text"])
            if not k: k = obj["text"]
            if k in seen:
                dups += 1
                print("dup:", lang, kind, obj["text"], file=sys.stderr)
                continue
            seen.add(k)
            rows.append(obj)
        with open(os.path.join(OUT, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = {"lines": len(rows)}
        c["oa"] = sum(r["intent"]=="opt_out" and r["scope"]=="all" for r in rows)
        c["om"] = sum(r["intent"]=="opt_out" and r["scope"]=="marketing" for r in rows)
        c["oi"] = sum(r["intent"]=="opt_in" for r in rows)
        c["h"] = sum(r["intent"]=="help" for r in rows)
        c["n"] = sum(r["intent"]=="none" for r in rows)
        stats[f"{kind}_{lang}.jsonl"] = c
tot = {k:0 for k in ("lines","oa","om","oi","h","n")}
print("| file | lines | opt_out/all | opt_out/marketing | opt_in | help | none |")
print("|---|---|---|---|---|---|---|")
for fn, c in stats.items():
    print(f"| {fn} | {c['lines']} | {c['oa']} | {c['om']} | {c['oi']} | {c['h']} | {c['n']} |")
    for k in tot: tot[k]+=c[k]
print(f"| **total** | {tot['lines']} | {tot['oa']} | {tot['om']} | {tot['oi']} | {tot['h']} | {tot['n']} |")
print("dups removed:", dups, file=sys.stderr)
