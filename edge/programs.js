// Programs (contract C8) and revoke-all (C9) at the edge: the PROGRAMS binding (the same
// JSON array the origin gets as --programs FILE) and REVOKE_ALL (on, off, auto: on from
// 2027-01-31T00:00:00Z), and the words of the confirmation under revoke-all. What a reply
// does (the scope it names, whether revoke-all widens it, whether it narrows a pending
// clarification) is the core's: classify, consentEffect and narrowing of the package.
import * as stopgate from "stopgate";

let cached = { text: undefined, programs: [] };

/** PROGRAMS as the package's `programs` option; checked once by the core, [] when unset or invalid (logged). */
export function programsOf(env) {
  const text = typeof env.PROGRAMS === "string" ? env.PROGRAMS.trim() : env.PROGRAMS ? JSON.stringify(env.PROGRAMS) : "";
  if (cached.text === text) return cached.programs;
  let programs = [];
  if (text !== "") {
    try {
      const list = JSON.parse(text);
      stopgate.classify("", { programs: list }); // the core checks ids, bits and kinds
      programs = list;
    } catch (e) {
      // A send naming a program is then refused (unknown-program), never allowed.
      console.error(`stopgate edge: PROGRAMS is not a valid programs array (${e.message}); running without programs`);
    }
  }
  cached = { text, programs };
  return programs;
}

/** REVOKE_ALL: "on", "off" or "auto" (the default; an unreadable value is logged and kept auto). */
export function revokeAllOf(env) {
  const v = String(env.REVOKE_ALL ?? "").trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  if (v === "on" || v === "off") return v;
  console.error(`stopgate edge: REVOKE_ALL=${JSON.stringify(env.REVOKE_ALL)} is not on, off or auto; keeping auto`);
  return "auto";
}

/** The word a person replies to keep a program: its first word, in capitals ("ALERTS"). */
const replyWord = (p) => String((p.words && p.words[0]) || p.id).toUpperCase();

/**
 * The FCC's clarifying question (47 CFR 64.1200(a)(10)): which programs the person may keep,
 * e.g. "To keep getting Account alerts, reply ALERTS." Only transactional programs are
 * offered: a marketing opt-out keeps marketing stopped whatever the answer.
 */
export function clarifyingQuestion(programs) {
  const keep = programs.filter((p) => p.kind === "transactional");
  if (keep.length === 0) return "";
  return keep.map((p) => `To keep getting ${p.name || p.id}, reply ${replyWord(p)}.`).join(" ");
}

/** The names of the programs a scope text names (`marketing+alerts` → "marketing, Account alerts"). */
export function scopeNames(scope, programs) {
  return String(scope || "all").split("+").map((part) => {
    const p = programs.find((q) => q.id === part);
    return p ? p.name || p.id : part;
  }).join(", ");
}
