//! Text folding: turns a reply into lowercase tokens grouped in clauses.
//!
//! Compatibility decomposition (NFKD) folds full-width and styled letters
//! (`ＳＴＯＰ`, `𝐒𝐓𝐎𝐏`, `Ⓢ`) to ASCII and splits diacritics off, which are
//! dropped (`arrêt` → `arret`). Han, kana and Hangul are kept as they are:
//! decomposing them would change the words. Apostrophes join (`don't` →
//! `dont`), sentence punctuation and newlines end a clause, everything else
//! that is not a letter or digit (spaces, emoji, quotes, hyphens) separates
//! tokens. Runs of three or more single letters are joined (`s t o p`,
//! `s.t.o.p`, `s-t-o-p` → `stop`) and letter runs of three or more are
//! squeezed to one (`stooop` → `stop`). Folding never fails and is linear.
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A token: a byte range of [`Folded::buf`] and the clause it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub clause: u32,
}

/// The folded reply.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// Token text, back to back (merged tokens are appended at the end).
    pub buf: String,
    /// Tokens in reading order.
    pub toks: Vec<Tok>,
    /// Whether folding did more than lowercase and trim: squeezed runs,
    /// joined letters, width or diacritic folding.
    pub styled: bool,
}

impl Folded {
    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &str {
        let t = self.toks[i];
        self.buf.get(t.start as usize..t.end as usize).unwrap_or("")
    }
}

/// Scripts whose letters are kept whole: kana, Han, Hangul.
fn keep_whole(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

fn is_clause_break(c: char) -> bool {
    matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '\n' | '\r' | '。' | '，' | '、' | '！' | '？'
        | '；' | '：' | '¡' | '¿' | '…' | '|')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '\u{AD}')
}

struct Folder {
    out: Folded,
    tok_start: Option<usize>,
    clause: u32,
    clause_used: bool,
}

impl Folder {
    fn push(&mut self, c: char) {
        if c.is_alphanumeric() {
            if self.tok_start.is_none() {
                self.tok_start = Some(self.out.buf.len());
                self.clause_used = true;
            }
            // Letters that NFKD leaves alone but readers treat as plain.
            let c = match c {
                'đ' | 'Đ' => 'd',
                'ł' | 'Ł' => 'l',
                'ø' | 'Ø' => 'o',
                _ => c,
            };
            if c.is_ascii() {
                self.out.buf.push(c.to_ascii_lowercase());
            } else {
                for l in c.to_lowercase() {
                    self.out.buf.push(l);
                }
            }
        } else if is_joiner(c) {
            // `don't` → `dont`; a leading or trailing quote is just dropped.
        } else {
            self.end_token();
            if is_clause_break(c) && self.clause_used {
                self.clause = self.clause.saturating_add(1);
                self.clause_used = false;
            }
        }
    }

    fn end_token(&mut self) {
        let Some(start) = self.tok_start.take() else { return };
        let end = self.out.buf.len();
        if end - start >= 3 && has_run3(&self.out.buf[start..]) {
            let squeezed = squeeze(&self.out.buf[start..]);
            self.out.buf.truncate(start);
            self.out.buf.push_str(&squeezed);
            self.out.styled = true;
        }
        self.out.toks.push(Tok { start: start as u32, end: self.out.buf.len() as u32, clause: self.clause });
    }
}

fn has_run3(s: &str) -> bool {
    let mut prev = '\0';
    let mut run = 0;
    for c in s.chars() {
        if c == prev && c.is_alphabetic() {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            prev = c;
            run = 1;
        }
    }
    false
}

/// Squeezes each run of three or more equal letters to one letter.
fn squeeze(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let n = if j - i >= 3 && c.is_alphabetic() { 1 } else { j - i };
        for _ in 0..n {
            out.push(c);
        }
        i = j;
    }
    out
}

/// Folds `text` into tokens and clauses.
pub(crate) fn fold(text: &str) -> Folded {
    let mut f = Folder {
        out: Folded { buf: String::with_capacity(text.len() + 8), toks: Vec::with_capacity(8), styled: false },
        tok_start: None,
        clause: 0,
        clause_used: false,
    };
    for c in text.chars() {
        if c.is_ascii() || keep_whole(c) {
            f.push(c);
        } else {
            let mut changed = false;
            decompose_compatible(c, |d| {
                if d != c {
                    changed = true;
                }
                if !is_combining_mark(d) {
                    f.push(d);
                }
            });
            if changed && c.is_alphanumeric() {
                f.out.styled = true;
            }
        }
    }
    f.end_token();
    join_letters(&mut f.out);
    f.out
}

/// Joins runs of three or more single ASCII letters into one token.
fn join_letters(out: &mut Folded) {
    let single = |out: &Folded, i: usize| {
        let t = out.toks[i];
        t.end - t.start == 1 && out.buf.as_bytes()[t.start as usize].is_ascii_alphabetic()
    };
    let n = out.toks.len();
    let mut i = 0;
    let mut toks = Vec::with_capacity(n);
    let mut changed = false;
    while i < n {
        if single(out, i) {
            let mut j = i;
            while j < n && single(out, j) {
                j += 1;
            }
            if j - i >= 3 {
                let start = out.buf.len();
                for k in i..j {
                    let b = out.buf.as_bytes()[out.toks[k].start as usize];
                    out.buf.push(b as char);
                }
                let joined = squeeze(&out.buf[start..]);
                out.buf.truncate(start);
                out.buf.push_str(&joined);
                toks.push(Tok { start: start as u32, end: out.buf.len() as u32, clause: out.toks[i].clause });
                changed = true;
                i = j;
                continue;
            }
        }
        toks.push(out.toks[i]);
        i += 1;
    }
    if changed {
        out.toks = toks;
        out.styled = true;
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    fn words(s: &str) -> Vec<String> {
        let f = fold(s);
        (0..f.toks.len()).map(|i| f.text(i).to_string()).collect()
    }

    #[test]
    fn folds() {
        assert_eq!(words("ＳＴＯＰ"), ["stop"]);
        assert_eq!(words("S.T.O.P"), ["stop"]);
        assert_eq!(words("s - t - o - p"), ["stop"]);
        assert_eq!(words("Stooop!!"), ["stop"]);
        assert_eq!(words("Don't  Arrêt"), ["dont", "arret"]);
        assert_eq!(words("退订谢谢"), ["退订谢谢"]);
        assert_eq!(words("수신거부"), ["수신거부"]);
        assert_eq!(words("stop🛑now"), ["stop", "now"]);
        assert_eq!(words("HỦY"), ["huy"]);
    }

    #[test]
    fn clauses() {
        let f = fold("Stop! I never. . signed up");
        let c: Vec<u32> = f.toks.iter().map(|t| t.clause).collect();
        assert_eq!(c, [0, 1, 1, 2, 2]);
    }
}
