#!/usr/bin/env python3
"""Build writer-zzf's labelled SMS set from src/ into replies_<lang>.jsonl and p2p_<lang>.jsonl.

Standard library only. Validates everything first; writes nothing if any check fails.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "zh", "ja", "ko", "hi"]
INTENTS = {"opt_out", "opt_in", "help", "none"}
CODES = {
    "oa": ("opt_out", "all"),
    "om": ("opt_out", "marketing"),
    "in": ("opt_in", None),
    "h": ("help", None),
    "n": ("none", None),
}
KEYS = {"text", "intent", "lang", "scope", "source"}
SOURCE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

# Things that look like a URL or a path on a machine.
MACHINE_RES = [
    re.compile(r"[a-z][a-z0-9+.-]*://", re.I),                 # scheme://
    re.compile(r"\bwww\.", re.I),
    re.compile(r"\b[\w-]+\.(com|net|org|io|ly|me|co|app|shop|store|info|biz|"
               r"de|fr|es|it|nl|pl|pt|br|ru|cn|jp|kr|in|uk|us|eu)(/|\b)", re.I),
    re.compile(r"(^|[\s(\"'])~?/[\w.@-]+/"),                   # /dir/...
    re.compile(r"\b[A-Za-z]:\\"),                              # C:\
    re.compile(r"\\\\[\w.-]+\\"),                              # \\host\share
    re.compile(r"\b[\w-]+\.(py|json|jsonl|txt|csv|sh|exe|md|html?)\b", re.I),
    re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"),     # IPv4
]
# Long digit runs could be phone numbers; none are allowed.
PHONE_RE = re.compile(r"\d(?:[\s().-]?\d){7,}")


def looks_machine(text):
    return any(r.search(text) for r in MACHINE_RES)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.startswith("## "):
                continue
            yield n, line


def check_text(text, where, errors):
    if not text.strip():
        errors.append(f"{where}: empty text")
        return
    if looks_machine(text):
        errors.append(f"{where}: looks like a URL or path: {text!r}")
    if PHONE_RE.search(text):
        errors.append(f"{where}: long digit run (phone number?): {text!r}")
    if any(ord(c) < 32 and c != "\t" for c in text):
        errors.append(f"{where}: control character")


def validate_record(rec, where, errors):
    if set(rec) != KEYS:
        errors.append(f"{where}: keys {sorted(rec)}")
        return
    if rec["lang"] not in LANGS:
        errors.append(f"{where}: lang {rec['lang']!r}")
    if rec["intent"] not in INTENTS:
        errors.append(f"{where}: intent {rec['intent']!r}")
    if rec["intent"] == "opt_out":
        if rec["scope"] not in ("all", "marketing"):
            errors.append(f"{where}: opt_out needs scope all/marketing")
    elif rec["scope"] is not None:
        errors.append(f"{where}: scope must be null unless opt_out")
    if not isinstance(rec["source"], str) or not SOURCE_RE.match(rec["source"]):
        errors.append(f"{where}: bad source {rec['source']!r}")
    if not isinstance(rec["text"], str):
        errors.append(f"{where}: text not a string")


def main():
    errors = []
    outputs = {}
    counts = {}
    for lang in LANGS:
        for kind in ("replies", "p2p"):
            path = os.path.join(SRC, f"{lang}_{kind}.txt")
            if not os.path.isfile(path):
                errors.append(f"missing {path}")
                continue
            recs, seen = [], set()
            for n, line in read_lines(path):
                where = f"{lang}_{kind}.txt:{n}"
                if kind == "replies":
                    parts = line.split("|", 2)
                    if len(parts) != 3:
                        errors.append(f"{where}: need code|source|text")
                        continue
                    code, source, text = parts
                    if code not in CODES:
                        errors.append(f"{where}: bad code {code!r}")
                        continue
                    intent, scope = CODES[code]
                else:
                    text, intent, scope, source = line, "none", None, "p2p"
                check_text(text, where, errors)
                if text in seen:
                    errors.append(f"{where}: duplicate text {text!r}")
                seen.add(text)
                rec = {"text": text, "intent": intent, "lang": lang,
                       "scope": scope, "source": source}
                validate_record(rec, where, errors)
                if kind == "p2p" and (rec["intent"] != "none" or rec["source"] != "p2p"):
                    errors.append(f"{where}: p2p must be none/p2p")
                recs.append(rec)
            if not recs:
                errors.append(f"{path}: no records")
            outputs[f"{kind}_{lang}.jsonl"] = recs
            counts[f"{kind}_{lang}.jsonl"] = len(recs)
    extra = sorted(set(os.listdir(SRC)) - {f"{l}_{k}.txt" for l in LANGS for k in ("replies", "p2p")})
    if extra:
        errors.append(f"unexpected files in src/: {extra}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    for name, recs in outputs.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = 0
    for kind in ("replies", "p2p"):
        sub = 0
        for lang in LANGS:
            c = counts[f"{kind}_{lang}.jsonl"]
            sub += c
            print(f"{kind}_{lang}.jsonl\t{c}")
        print(f"{kind} total\t{sub}")
        total += sub
    print(f"TOTAL\t{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
