#!/usr/bin/env python3
"""Parse hand-typed src files, validate, write replies_<lang>.jsonl and p2p_<lang>.jsonl."""
import json, os, re, sys
from collections import Counter

LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "in": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
INTENTS = {"opt_out", "opt_in", "help", "none"}
KEYS = {"text", "intent", "lang", "scope", "source"}
PATHLIKE = re.compile(r"([\\/]\w)|(^~)|(\.(txt|jsonl?|py|md|csv|sh)\b)", re.I)
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def lines(path):
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield no, line

def validate(rec, where):
    if set(rec) != KEYS:
        errors.append(f"{where}: keys {sorted(rec)}")
    if rec["intent"] not in INTENTS:
        errors.append(f"{where}: intent {rec['intent']}")
    if rec["lang"] not in LANGS:
        errors.append(f"{where}: lang {rec['lang']}")
    if (rec["intent"] == "opt_out") != (rec["scope"] is not None):
        errors.append(f"{where}: scope must be set exactly on opt-outs")
    if rec["scope"] not in (None, "all", "marketing"):
        errors.append(f"{where}: scope {rec['scope']}")
    if not isinstance(rec["text"], str) or not rec["text"].strip():
        errors.append(f"{where}: empty text")
    if not rec["source"] or not re.fullmatch(r"[a-z0-9_-]+", rec["source"]):
        errors.append(f"{where}: bad source {rec['source']!r}")
    if PATHLIKE.search(rec["text"]):
        errors.append(f"{where}: text looks like a file path: {rec['text']!r}")

def main():
    table = Counter()
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            src = os.path.join(HERE, "src", f"{lang}_{kind}.txt")
            if not os.path.exists(src):
                errors.append(f"missing {lang}_{kind}.txt")
                continue
            recs, seen = [], set()
            for no, line in lines(src):
                where = f"{lang}_{kind}:{no}"
                if kind == "replies":
                    parts = line.split("|", 2)
                    if len(parts) != 3 or parts[0] not in CODES:
                        errors.append(f"{where}: bad line {line!r}")
                        continue
                    code, source, text = parts
                    intent, scope = CODES[code]
                else:
                    text, intent, scope, source = line, "none", None, "p2p"
                text = text.strip()
                rec = {"text": text, "intent": intent, "lang": lang,
                       "scope": scope, "source": source}
                validate(rec, where)
                if text in seen:
                    errors.append(f"{where}: duplicate text {text!r}")
                seen.add(text)
                recs.append(rec)
                table[(lang, kind, intent)] += 1
                if scope == "marketing":
                    table[(lang, kind, "mkt")] += 1
            out = os.path.join(HERE, f"{kind}_{lang}.jsonl")
            with open(out, "w", encoding="utf-8") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"{'lang':5}{'opt_out':>9}{'(mkt)':>7}{'opt_in':>8}{'help':>6}{'none':>6}{'total':>7}{'p2p':>6}")
    tot = Counter()
    for lang in LANGS:
        row = [table[(lang, "replies", i)] for i in ("opt_out", "opt_in", "help", "none")]
        p2p = table[(lang, "p2p", "none")]
        mkt = table[(lang, "replies", "mkt")]
        tot["mkt"] += mkt
        print(f"{lang:5}{row[0]:>9}{mkt:>7}{row[1]:>8}{row[2]:>6}{row[3]:>6}{sum(row):>7}{p2p:>6}")
        for i, v in zip(("opt_out", "opt_in", "help", "none"), row):
            tot[i] += v
        tot["p2p"] += p2p
    print(f"{'all':5}{tot['opt_out']:>9}{tot['mkt']:>7}{tot['opt_in']:>8}{tot['help']:>6}{tot['none']:>6}"
          f"{sum(tot[i] for i in ('opt_out','opt_in','help','none')):>7}{tot['p2p']:>6}")
    print("OK")

if __name__ == "__main__":
    main()
