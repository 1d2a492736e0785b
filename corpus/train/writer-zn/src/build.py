import json, unicodedata, re, sys, os, collections
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
INTENTS = {"o": "opt_out", "i": "opt_in", "h": "help", "n": "none"}
SRC = os.path.join(os.path.dirname(__file__))
OUT = os.path.dirname(SRC)

def key(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = "".join(c for c in t if not (unicodedata.category(c)[0] in "PSZC" or 0xFE00 <= ord(c) <= 0xFE0F))
    return " ".join(t.split()) if False else t

def key(t):
    t = unicodedata.normalize("NFKC", t).lower()
    out = []
    for c in t:
        cat = unicodedata.category(c)
        if 0xFE00 <= ord(c) <= 0xFE0F or c == "\u200d":
            continue
        if cat[0] in "PS":
            continue
        out.append(" " if cat[0] == "Z" or c.isspace() else c)
    return " ".join("".join(out).split())

seen = {}
dropped = []
counts = collections.OrderedDict()
errors = 0
for kind in ("replies", "p2p"):
    for lang in LANGS:
        fn = os.path.join(SRC, ("r_" if kind == "replies" else "p_") + lang + ".txt")
        rows = []
        for ln, raw in enumerate(open(fn, encoding="utf-8").read().split("\n"), 1):
            if not raw.strip():
                continue
            if kind == "replies":
                parts = raw.split("|", 3)
                if len(parts) != 4 or parts[0] not in INTENTS:
                    print("BAD", fn, ln, raw); errors += 1; continue
                it, sc, srcname, text = parts
                intent = INTENTS[it]
                scope = {"a": "all", "m": "marketing", "": None}.get(sc, "ERR")
                if (intent == "opt_out") != (scope is not None) or scope == "ERR":
                    print("BADSCOPE", fn, ln, raw); errors += 1; continue
                if not srcname or srcname == "p2p":
                    print("BADSRC", fn, ln, raw); errors += 1; continue
            else:
                text, intent, scope, srcname = raw, "none", None, "p2p"
            if text != text.strip() and kind == "p2p":
                pass
            k = key(text)
            if k in seen:
                dropped.append((lang, kind, text, seen[k])); continue
            seen[k] = (lang, kind, text)
            obj = {"text": text, "intent": intent, "lang": lang, "scope": scope, "source": srcname}
            rows.append(obj)
        # validate
        for o in rows:
            assert set(o) == {"text", "intent", "lang", "scope", "source"}
            assert o["intent"] in ("opt_out", "opt_in", "help", "none")
            assert o["lang"] == lang
            assert (o["scope"] in ("all", "marketing")) if o["intent"] == "opt_out" else o["scope"] is None
            assert isinstance(o["text"], str) and o["text"].strip() and "\n" not in o["text"]
            if kind == "p2p":
                assert o["intent"] == "none" and o["source"] == "p2p"
            else:
                assert o["source"] != "p2p"
        outfn = os.path.join(OUT, f"{kind}_{lang}.jsonl")
        with open(outfn, "w", encoding="utf-8") as f:
            for o in rows:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        c = collections.Counter()
        for o in rows:
            c["lines"] += 1
            if o["intent"] == "opt_out":
                c["opt_out/" + o["scope"]] += 1
            else:
                c[o["intent"]] += 1
        counts[f"{kind}_{lang}.jsonl"] = c
# re-read and validate
for fn in counts:
    for line in open(os.path.join(OUT, fn), encoding="utf-8"):
        json.loads(line)
cols = ["lines", "opt_out/all", "opt_out/marketing", "opt_in", "help", "none"]
tot = collections.Counter()
print("| file | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 1) + "|")
sub = {"replies": collections.Counter(), "p2p": collections.Counter()}
for fn, c in counts.items():
    print(f"| {fn} | " + " | ".join(str(c[x]) for x in cols) + " |")
    tot.update(c); sub[fn.split("_")[0]].update(c)
for s in sub:
    print(f"| **{s} total** | " + " | ".join(str(sub[s][x]) for x in cols) + " |")
print("| **total** | " + " | ".join(str(tot[x]) for x in cols) + " |")
print("errors", errors, "dropped", len(dropped), file=sys.stderr)
for d in dropped:
    print("DROP", d, file=sys.stderr)
