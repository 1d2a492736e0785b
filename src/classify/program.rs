//! The program matcher: which of the deployment's programs a reply names, and what that
//! does to its classification ("STOP ALERTS" is an opt-out of the alerts program only).
//!
//! A program is named by any of its words, its name or its id (folded like the reply, so
//! case, accents and styling do not matter), as whole tokens. The classifier reads the
//! reply first; when it says opt-out or opt-in, the programs named scope it. When it says
//! `none` because a program word is not a word it knows ("STOP ALERTS", "no more tips"),
//! the reply is read again without the program words, then with each read as "messages";
//! an opt-out or opt-in found that way is the answer. In an opt-out, a program named in a
//! clause that asks to keep something ("keep the alerts, stop the promos") is not stopped.
//! It never turns a reply into an opt-out that names no program, and a reply that names
//! none is left as it was.
use super::fold::{fold, Folded};
use super::{classify, Classification, Intent};
use super::lexicon::{DET, FILLER, GETV, IPRON, KEEPV, MSGN, MYDET, PLEASE, TOW, WANT, YESW};
use crate::program::{Program, Programs};
use crate::Scope;

/// Words that, before a program in the same clause, ask to keep it.
const KEEP: &str = concat!(
    "keep still continue except mantener mantengan seguir garder gardez behalten ",
    "manter tenere houden zostawic оставить оставьте",
);

/// Words that end what a keep word covers ("keep the alerts but stop the promos").
const BREAK: &str = "but stop no not cancel unsubscribe end quit remove pero mais aber ma maar но";

/// One mention: tokens `start..end` name `program`.
struct Mention<'p> {
    start: usize,
    end: usize,
    program: &'p Program,
}

/// The program's words, its name and its id, folded.
fn phrases(p: &Program) -> Vec<Folded> {
    let mut out: Vec<Folded> = Vec::with_capacity(p.words.len() + 2);
    for w in &p.words {
        out.push(fold(w));
    }
    out.push(fold(&p.name));
    out.push(fold(&p.id.replace('-', " ")));
    out
}

/// The longest program phrase at each position, left to right, not overlapping.
fn mentions<'p>(f: &Folded, programs: &'p Programs) -> Vec<Mention<'p>> {
    let mut folded: Vec<(&Program, Vec<Folded>)> = Vec::with_capacity(programs.len());
    for p in programs.iter() {
        folded.push((p, phrases(p)));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.toks.len() {
        let mut best: Option<(usize, &Program)> = None;
        for (p, list) in &folded {
            for phrase in list {
                let n = phrase.toks.len();
                let mut fits = n > 0 && i + n <= f.toks.len();
                let mut k = 0;
                while fits && k < n {
                    fits = f.text(i + k) == phrase.text(k) && f.toks[i + k].clause == f.toks[i].clause;
                    k += 1;
                }
                if fits && best.is_none_or(|(m, _)| n > m) {
                    best = Some((n, *p));
                }
            }
        }
        match best {
            Some((n, program)) => {
                out.push(Mention { start: i, end: i + n, program });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a keep word comes before the mention in its clause, with no "but" or stop word
/// between them.
fn kept(f: &Folded, m: &Mention<'_>) -> bool {
    let clause = f.toks[m.start].clause;
    for i in (0..m.start).rev().take_while(|&i| f.toks[i].clause == clause) {
        let w = f.text(i);
        if super::guards::one_of(w, KEEP) {
            return true;
        }
        if super::guards::one_of(w, BREAK) {
            return false;
        }
    }
    false
}

fn scope_of<'p>(f: &Folded, ms: &[Mention<'p>], skip_kept: bool) -> Option<(Scope, &'p Program)> {
    let mut found: Option<(Scope, &Program)> = None;
    for m in ms {
        if skip_kept && kept(f, m) {
            continue;
        }
        found = Some(match found {
            Some((s, first)) => (s.widest(m.program.scope()), first),
            None => (m.program.scope(), m.program),
        });
    }
    found
}

/// What may stand beside the programs in a reply that keeps them: yes, keep, please, thanks,
/// "I want to keep getting" ("ALERTS", "yes keep the alerts please", "ja bitte alerts behalten").
const ANSWER: u128 = YESW | KEEPV | FILLER | PLEASE | DET | MYDET | IPRON | WANT | GETV | TOW | MSGN;

/// The programs a reply to the revoke-all question keeps, as a scope of their bits: it names
/// them and says nothing else but [`ANSWER`] words. A question, a negation or any other word
/// ("why do I still get alerts?", "I hate your alerts", "no alerts") keeps nothing: no word
/// of the negation or question classes is in [`ANSWER`].
pub(super) fn kept_by_answer(text: &str, programs: &Programs) -> Option<Scope> {
    let f = fold(text);
    let ms = mentions(&f, programs);
    let (scope, _) = scope_of(&f, &ms, false)?;
    let lex = super::rules::Lexicon::get();
    let answer = (0..f.toks.len()).all(|i| ms.iter().any(|m| (m.start..m.end).contains(&i)) || lex.entry(f.text(i)).class & ANSWER != 0);
    (answer && !text.contains('?') && !text.contains('？')).then_some(scope)
}

/// The reply's tokens with each mention replaced by `with` (or left out when it is empty),
/// clauses kept apart.
fn rewritten(f: &Folded, ms: &[Mention<'_>], with: &str) -> String {
    let mut out = String::new();
    let mut next = ms.iter().peekable();
    let mut i = 0;
    while i < f.toks.len() {
        if i > 0 && f.toks[i].clause != f.toks[i - 1].clause {
            out.push_str(". ");
        }
        let word = match next.next_if(|m| m.start == i) {
            Some(m) => {
                i = m.end;
                with
            }
            None => {
                i += 1;
                f.text(i - 1)
            }
        };
        if !word.is_empty() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// Scopes `c` to the programs `text` names (see the module doc).
pub(super) fn refine(c: &mut Classification, text: &str, programs: &Programs) {
    let f = fold(text);
    let ms = mentions(&f, programs);
    if ms.is_empty() {
        return;
    }
    if c.intent == Intent::None {
        let found = ["", "messages"].iter().map(|with| rewritten(&f, &ms, with)).filter(|t| !t.trim().is_empty()).find_map(|t| {
            let again = classify(&t);
            matches!(again.intent, Intent::OptOut | Intent::OptIn).then_some(again)
        });
        match found {
            Some(again) => *c = Classification { strict: false, ..again },
            None => return,
        }
    }
    if !matches!(c.intent, Intent::OptOut | Intent::OptIn) {
        return;
    }
    if let Some((scope, first)) = scope_of(&f, &ms, c.intent == Intent::OptOut) {
        c.scope = Some(scope);
        c.program = Some(first.id.clone());
    }
}
