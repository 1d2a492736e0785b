#!/usr/bin/env python3
"""Build replies_<lang>.jsonl and p2p_<lang>.jsonl from src/<lang>.r and src/<lang>.p, then validate.

src/<lang>.r : lines "X text" where X is o (opt_out, scope all), m (opt_out, scope marketing),
               i (opt_in), h (help), n (none); "@tag" sets the source tag for following lines;
               lines starting with "# " or empty are skipped. "\\t" in text becomes a tab.
src/<lang>.p : one p2p text a line (source "p2p", intent none); "# " comments and blanks skipped.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = "en es fr de pt it nl pl ru zh ja ko hi".split()
CODE = {"o": ("opt_out", "all"), "m": ("opt_out", "marketing"), "i": ("opt_in", None),
        "h": ("help", None), "n": ("none", None)}
PATH_RE = re.compile(r"(?:^|[\s\"'(])~?/[\w.\-]+/[\w.\-]+|[A-Za-z]:\\\\|\\\\[\w.\-]+\\\\|\.(?:jsonl|py|txt|csv|md)\b")
errors = []

def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(ch for ch in t if ch.isalnum())

def parse(path, kind, lang):
    rows, tag = [], "zw"
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("# ") or line == "#":
                continue
            if line.startswith("@"):
                tag = line[1:].strip(); continue
            text = line
            if kind == "r":
                if len(line) < 3 or line[1] != " " or line[0] not in CODE:
                    errors.append(f"{os.path.basename(path)}:{n}: bad line {line!r}"); continue
                intent, scope = CODE[line[0]]
                text = line[2:]
                src = tag
            else:
                intent, scope, src = "none", None, "p2p"
            text = text.replace("\\t", "\t")
            rows.append(({"text": text, "intent": intent, "lang": lang, "scope": scope, "source": src},
                         f"{os.path.basename(path)}:{n}"))
    return rows

seen = {}
counts = {}
for lang in LANGS:
    for kind, prefix in (("r", "replies"), ("p", "p2p")):
        sp = os.path.join(HERE, "src", f"{lang}.{kind}")
        if not os.path.exists(sp):
            errors.append(f"missing source for {lang}.{kind}"); continue
        rows = parse(sp, kind, lang)
        out = os.path.join(HERE, f"{prefix}_{lang}.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r, where in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter()
        # validate from the written file
        with open(out, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                r = json.loads(line)
                where = rows[i - 1][1]
                if set(r) != {"text", "intent", "lang", "scope", "source"}:
                    errors.append(f"{where}: keys {sorted(r)}")
                if r["intent"] not in ("opt_out", "opt_in", "help", "none"):
                    errors.append(f"{where}: intent {r['intent']}")
                if r["lang"] not in LANGS or r["lang"] != lang:
                    errors.append(f"{where}: lang {r['lang']}")
                if r["intent"] == "opt_out":
                    if r["scope"] not in ("all", "marketing"):
                        errors.append(f"{where}: opt_out without scope")
                elif r["scope"] is not None:
                    errors.append(f"{where}: scope on non-opt_out")
                if kind == "p" and (r["source"] != "p2p" or r["intent"] != "none"):
                    errors.append(f"{where}: p2p row not none/p2p")
                if kind == "r" and r["source"] == "p2p":
                    errors.append(f"{where}: reply row with source p2p")
                if not isinstance(r["text"], str) or not r["text"].strip():
                    errors.append(f"{where}: empty text")
                if PATH_RE.search(r["text"]):
                    errors.append(f"{where}: text looks like it contains a file path: {r['text']!r}")
                k = norm(r["text"])
                if not k:
                    errors.append(f"{where}: text normalises to empty")
                elif k in seen:
                    errors.append(f"{where}: duplicate of {seen[k]}: {r['text']!r}")
                else:
                    seen[k] = where
                c[r["intent"] + (":" + r["scope"] if r["scope"] else "")] += 1
        counts[f"{prefix}_{lang}"] = (sum(c.values()), dict(sorted(c.items())))

for k, (tot, c) in counts.items():
    print(f"{k:14s} {tot:4d}  {c}")
print(f"total rows: {sum(t for t, _ in counts.values())}")
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
