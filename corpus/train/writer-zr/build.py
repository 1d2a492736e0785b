#!/usr/bin/env python3
"""Convert the hand-written src/*.txt files into JSON lines, validate, dedupe.

src/replies_<lang>.txt : lines "code|source|text" (code: oa om i h n)
src/p2p_<lang>.txt     : one text per line (intent none, source p2p)
Lines starting with '#' are comments. This script does not generate text.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "i": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
SCRIPT = {"ru": r"[\u0400-\u04FF]", "zh": r"[\u4E00-\u9FFF]",
          "ja": r"[\u3040-\u30FF\u4E00-\u9FFF]", "ko": r"[\uAC00-\uD7AF]",
          "hi": r"[\u0900-\u097F]"}
LATIN = set("en es fr de pt it nl pl".split())

def norm(t):
    """NFKC, lowercase, drop punctuation/symbols/variation selectors/ZWJ, collapse spaces."""
    t = unicodedata.normalize("NFKC", t).lower()
    kept = []
    for c in t:
        cat = unicodedata.category(c)
        if cat[0] in "PS" or 0xFE00 <= ord(c) <= 0xFE0F or c == "\u200d":
            continue
        kept.append(" " if cat[0] == "Z" or c.isspace() else c)
    return re.sub(r"\s+", " ", "".join(kept)).strip()

def main():
    errors, table = [], []
    for kind in ("replies", "p2p"):
        for lang in LANGS:
            path = os.path.join(SRC, f"{kind}_{lang}.txt")
            if not os.path.exists(path):
                errors.append(f"missing {os.path.relpath(path, HERE)}"); continue
            seen, out, dup, native = set(), [], 0, 0
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                if kind == "replies":
                    parts = line.split("|", 2)
                    if len(parts) != 3 or parts[0] not in CODES or not parts[1]:
                        errors.append(f"{os.path.relpath(path, HERE)}:{n}: bad line"); continue
                    intent, scope = CODES[parts[0]]
                    source, text = parts[1], parts[2]
                else:
                    intent, scope, source, text = "none", None, "p2p", line
                if not text.strip():
                    errors.append(f"{os.path.relpath(path, HERE)}:{n}: empty text"); continue
                if lang in SCRIPT and re.search(SCRIPT[lang], text):
                    native += 1
                if lang in LATIN and re.search(r"[\u0400-\u04FF\u0900-\u097F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]", text):
                    errors.append(f"{os.path.relpath(path, HERE)}:{n}: non-Latin script in {lang} line")
                key = norm(text)
                if key in seen:
                    dup += 1; continue
                seen.add(key)
                rec = {"text": text, "intent": intent, "lang": lang,
                       "scope": scope, "source": source}
                assert (rec["scope"] is not None) == (intent == "opt_out")
                out.append(rec)
            # romanised lines are allowed, but most lines must be in the native script
            if lang in SCRIPT and out and native / len(out) < (0.3 if lang == "hi" else 0.5):
                errors.append(f"{os.path.relpath(path, HERE)}: only {native}/{len(out)} lines in {lang} script")
            with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in out:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            c = Counter((r["intent"], r["scope"]) for r in out)
            table.append((f"{kind}_{lang}.jsonl", len(out), c[("opt_out", "all")],
                          c[("opt_out", "marketing")], c[("opt_in", None)],
                          c[("help", None)], c[("none", None)], dup))
    print("| file | total | opt_out/all | opt_out/marketing | opt_in | help | none | dups dropped |")
    print("|---|---|---|---|---|---|---|---|")
    for row in table:
        print("| " + " | ".join(str(x) for x in row) + " |")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
