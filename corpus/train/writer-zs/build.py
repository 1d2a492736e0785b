#!/usr/bin/env python3
"""Convert hand-written src/ files to JSON lines, validate, drop duplicates.

src/replies_<lang>.tsv : CODE<TAB>SOURCE<TAB>TEXT   (CODE: oa=opt_out/all, om=opt_out/marketing,
                                                     i=opt_in, h=help, n=none)
src/p2p_<lang>.txt     : one text per line (intent none, source p2p)
Lines starting with '#' and blank lines are ignored. '\\n' in TEXT becomes a newline.
This script does not generate any text.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODES = {"oa": ("opt_out", "all"), "om": ("opt_out", "marketing"),
         "i": ("opt_in", None), "h": ("help", None), "n": ("none", None)}
SCRIPT = {"ru": r"[\u0400-\u04FF]", "zh": r"[\u4E00-\u9FFF]", "ja": r"[\u3040-\u30FF\u4E00-\u9FFF]",
          "ko": r"[\uAC00-\uD7AF\u3130-\u318F]", "hi": r"[\u0900-\u097Fa-zA-Z]"}

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    t = "".join(c for c in t if not unicodedata.category(c).startswith(("P", "S"))
                and not (0xFE00 <= ord(c) <= 0xFE0F) and ord(c) != 0x200D)
    return re.sub(r"\s+", " ", t).strip()

def check_script(lang, text, where):
    pat = SCRIPT.get(lang)
    if pat and not re.search(pat, text):
        # allowed: keyword-only lines in Latin (STOP, TD, HELP ...) - just report
        print(f"note: {where}: no {lang} script chars: {text!r}")

def main():
    errors = 0
    table = []
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            ext = "tsv" if kind == "replies" else "txt"
            path = os.path.join(SRC, f"{kind}_{lang}.{ext}")
            if not os.path.exists(path):
                print(f"missing {path}"); errors += 1; continue
            seen, out, dups = set(), [], 0
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    line = line.rstrip("\n")
                    if not line.strip() or line.startswith("#"):
                        continue
                    where = f"{kind}_{lang}:{n}"
                    if kind == "replies":
                        parts = line.split("\t")
                        if len(parts) != 3 or parts[0] not in CODES or not parts[1].strip():
                            print(f"bad line {where}: {line!r}"); errors += 1; continue
                        code, source, text = parts
                        intent, scope = CODES[code]
                    else:
                        text, intent, scope, source = line, "none", None, "p2p"
                    text = text.replace("\\n", "\n").replace("\\t", "\t")
                    if not text.strip():
                        print(f"empty {where}"); errors += 1; continue
                    check_script(lang, text, where)
                    k = norm(text)
                    if not k:
                        k = text.strip()
                    if k in seen:
                        dups += 1; continue
                    seen.add(k)
                    rec = {"text": text, "intent": intent, "lang": lang, "scope": scope, "source": source}
                    assert (rec["scope"] is not None) == (intent == "opt_out")
                    assert set(rec) == {"text", "intent", "lang", "scope", "source"}
                    out.append(rec)
            with open(os.path.join(HERE, f"{kind}_{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in out:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            c = Counter((r["intent"], r["scope"]) for r in out)
            table.append((f"{kind}_{lang}.jsonl", len(out), c[("opt_out", "all")],
                          c[("opt_out", "marketing")], c[("opt_in", None)], c[("help", None)],
                          c[("none", None)], dups))
    print("| file | total | opt_out/all | opt_out/marketing | opt_in | help | none | dups dropped |")
    print("|---|---|---|---|---|---|---|---|")
    for row in table:
        print("| " + " | ".join(str(x) for x in row) + " |")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
