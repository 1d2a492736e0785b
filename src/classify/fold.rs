//! Text folding: turns a reply into lowercase tokens grouped in clauses.
//!
//! Full-width and styled letters (`ＳＴＯＰ`, `𝐒𝐓𝐎𝐏`, `Ⓢ`, `🅂`, `ꜱᴛᴏᴘ`) fold to
//! ASCII and diacritics are dropped (`arrêt` → `arret`, `hủy` → `huy`), as
//! NFKD followed by removing combining marks would do for these scripts, but
//! from small tables: the full NFKD tables cost about 80 kB gzipped in the
//! wasm build, more than the rest of the classifier. Han, kana and Hangul are
//! kept as they are. Apostrophes join (`don't` →
//! `dont`), sentence punctuation and newlines end a clause, everything else
//! that is not a letter or digit (spaces, emoji, quotes, hyphens) separates
//! tokens. Runs of three or more single letters of one script are joined (`s t o p`,
//! `s.t.o.p`, `s-t-o-p` → `stop`, `С Т О П` → `стоп`, `수 신 거 부` → `수신거부`) and letter runs of three or more are
//! squeezed to one (`stooop` → `stop`). Folding never fails and is linear.

/// Base letters of U+00C0..U+024F (Latin-1 Supplement to Latin Extended-B),
/// from NFKD with combining marks removed; `_` keeps the character.
const LATIN_C0_24F: &[u8; 400] = b"aaaaaa_ceeeeiiii_nooooo_ouuuuy__aaaaaa_ceeeeiiii_nooooo_ouuuuy_yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkk_llllllllllnnnnnn___oooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbb_____cc_d______ffg___ikkl__n__oo__pp______tttuu_vyyzz______________________aaiioouuuuuuuuuu_aaaa__ggggkkoooo__j___gg__nnaa____aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy______accl_____bu_eejj__rryy";

/// Base letters of U+1E00..U+1EFF (Latin Extended Additional: Vietnamese).
const LATIN_1E00_1EFF: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy_s____aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______";

/// Small capitals and other look-alike letters people use for styling.
/// Traditional Chinese characters (Taiwan, Hong Kong) folded to the simplified ones the
/// lexicon spells ("取消訂閱" is "取消订阅"): only characters Japanese does not also write
/// (別, 請, 電, 話, 個, 開, 無 stay as they are, so no Japanese word changes). Sorted, for a
/// binary search, and looked up only for Han characters.
const TRADITIONAL: &[(char, char)] = &[
    ('們', '们'), ('傳', '传'), ('啟', '启'), ('嗎', '吗'), ('夠', '够'), ('專', '专'), ('幫', '帮'), ('廣', '广'),
    ('從', '从'), ('擾', '扰'), ('會', '会'), ('歡', '欢'), ('發', '发'), ('碼', '码'), ('簡', '简'), ('絕', '绝'),
    ('繫', '系'), ('續', '续'), ('聯', '联'), ('號', '号'), ('訂', '订'), ('訊', '讯'), ('證', '证'), ('讓', '让'),
    ('這', '这'), ('還', '还'), ('銷', '销'), ('閱', '阅'), ('關', '关'), ('騷', '骚'), ('驗', '验'), ('麼', '么'),
];

const LOOKALIKE_LETTERS: &[(char, char)] = &[
    ('ᴀ', 'a'),
    ('ʙ', 'b'),
    ('ᴄ', 'c'),
    ('ᴅ', 'd'),
    ('ᴇ', 'e'),
    ('ꜰ', 'f'),
    ('ɢ', 'g'),
    ('ʜ', 'h'),
    ('ɪ', 'i'),
    ('ᴊ', 'j'),
    ('ᴋ', 'k'),
    ('ʟ', 'l'),
    ('ᴍ', 'm'),
    ('ɴ', 'n'),
    ('ᴏ', 'o'),
    ('ᴘ', 'p'),
    ('ǫ', 'q'),
    ('ʀ', 'r'),
    ('ꜱ', 's'),
    ('ᴛ', 't'),
    ('ᴜ', 'u'),
    ('ᴠ', 'v'),
    ('ᴡ', 'w'),
    ('ʏ', 'y'),
    ('ᴢ', 'z'),
    ('ℎ', 'h'),
    ('ℓ', 'l'),
    ('ℯ', 'e'),
    ('ℊ', 'g'),
    ('ℴ', 'o'),
    ('ℹ', 'i'),
];

fn is_combining(u: u32) -> bool {
    matches!(u, 0x0300..=0x036F | 0x0483..=0x0489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn offset(base: u32, u: u32, first: char) -> Option<char> {
    char::from_u32(first as u32 + (u - base))
}

/// Folds one non-ASCII character into `emit` (nothing for a combining mark);
/// whether the output differs from the input.
fn fold_char(c: char, emit: &mut impl FnMut(char)) -> bool {
    let u = c as u32;
    let from_table = |t: &[u8], i: u32| t.get(i as usize).copied().filter(|&b| b != b'_').map(char::from);
    let mapped: Option<char> = match u {
        _ if is_combining(u) => return true,
        0xC0..=0x24F => from_table(LATIN_C0_24F, u - 0xC0),
        0x1E00..=0x1EFF => from_table(LATIN_1E00_1EFF, u - 0x1E00),
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0),
        0x3000 => Some(' '),
        // Cyrillic: lowercase, and ё/й as NFKD would leave them (е/и).
        0x0401 | 0x0451 | 0x0400 | 0x0450 => Some('е'),
        0x0419 | 0x0439 | 0x040D | 0x045D => Some('и'),
        0x0402..=0x040F => char::from_u32(u + 0x50),
        0x0410..=0x042F => char::from_u32(u + 0x20),
        // Enclosed and styled Latin letters.
        0x249C..=0x24B5 => offset(0x249C, u, 'a'),
        0x24B6..=0x24CF => offset(0x24B6, u, 'a'),
        0x24D0..=0x24E9 => offset(0x24D0, u, 'a'),
        0x1F130..=0x1F149 => offset(0x1F130, u, 'a'),
        0x1F150..=0x1F169 => offset(0x1F150, u, 'a'),
        0x1F170..=0x1F189 => offset(0x1F170, u, 'a'),
        0x1F1E6..=0x1F1FF => offset(0x1F1E6, u, 'a'),
        0x1D400..=0x1D6A3 => {
            let i = (u - 0x1D400) % 52;
            char::from_u32('a' as u32 + i % 26)
        }
        0x1D7CE..=0x1D7FF => char::from_u32('0' as u32 + (u - 0x1D7CE) % 10),
        0xFB00..=0xFB06 => {
            let s = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"][(u - 0xFB00) as usize];
            s.chars().for_each(&mut *emit);
            return true;
        }
        _ => LOOKALIKE_LETTERS.iter().find(|(l, _)| *l == c).map(|&(_, a)| a),
    };
    match mapped {
        Some(m) => {
            emit(m);
            true
        }
        None => {
            emit(c);
            false
        }
    }
}

/// A token: a byte range of [`Folded::buf`] and the clause it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub clause: u32,
    /// A run of three or more equal letters was squeezed (`staaap` → `stap`).
    pub stretched: bool,
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
/// `c`, or the simplified character a Traditional one folds to.
fn simplified(c: char) -> char {
    if !matches!(c as u32, 0x4E00..=0x9FFF) {
        return c;
    }
    TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t).map_or(c, |i| TRADITIONAL[i].1)
}

fn keep_whole(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Letters and digits. Outside ASCII, everything but punctuation, symbols,
/// emoji, spaces and format characters: a few ranges instead of Unicode's
/// property tables, which the wasm build would have to carry.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        0x80..=0xBF | 0xD7 | 0xF7 | 0x037E | 0x0387 | 0x055A..=0x055F | 0x0589 | 0x05BE | 0x05C0 | 0x05C3
        | 0x060C | 0x061B | 0x061F | 0x06D4 | 0x0964 | 0x0965 | 0x0E4F | 0x0E5A | 0x0E5B | 0x2000..=0x2BFF
        | 0x2E00..=0x2E7F | 0x3000..=0x303F | 0x30FB | 0xFD3E | 0xFD3F | 0xFE00..=0xFE6F | 0xFF00..=0xFF0F
        | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xE000..=0xF8FF | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FAFF | 0xE0000..=0xE007F | 0xF0000..=0x10FFFF)
}

fn is_clause_break(c: char) -> bool {
    matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '\n' | '\r' | '。' | '，' | '、' | '！' | '？' | '；' | '：' | '¡' | '¿' | '…' | '|')
}

/// Apostrophes join (`don't`); invisible format characters (soft hyphen,
/// zero-width space and joiners, direction marks, word joiner, byte-order
/// mark) are dropped wherever they are, so `ST\u{200B}OP` is `stop`.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Cyrillic and Greek letters that look like Latin ones, lowercase as
/// `fold_char` leaves them; only used inside a token that also has ASCII
/// letters (`SТОР` with Cyrillic Т, О, Р), never for a whole Cyrillic word.
const CONFUSABLES: &[(char, char)] = &[
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('Α', 'a'),
    ('Β', 'b'),
    ('Ε', 'e'),
    ('Ζ', 'z'),
    ('Η', 'h'),
    ('Ι', 'i'),
    ('Κ', 'k'),
    ('Μ', 'm'),
    ('Ν', 'n'),
    ('Ο', 'o'),
    ('Ρ', 'p'),
    ('Τ', 't'),
    ('Υ', 'y'),
    ('Χ', 'x'),
    ('α', 'a'),
    ('ε', 'e'),
    ('ι', 'i'),
    ('κ', 'k'),
    ('ν', 'v'),
    ('ο', 'o'),
    ('ρ', 'p'),
    ('τ', 't'),
    ('υ', 'u'),
    ('χ', 'x'),
];

fn confusable(c: char) -> Option<char> {
    CONFUSABLES.iter().find(|(l, _)| *l == c).map(|&(_, a)| a)
}

/// Folds look-alike letters of a token that mixes ASCII letters with them.
fn unmix(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    let ascii = s.bytes().any(|b| b.is_ascii_alphabetic());
    if !ascii || !s.chars().any(|c| confusable(c).is_some()) {
        return None;
    }
    Some(s.chars().map(|c| confusable(c).unwrap_or(c)).collect())
}

struct Folder {
    out: Folded,
    tok_start: Option<usize>,
    clause: u32,
    clause_used: bool,
}

impl Folder {
    fn push(&mut self, c: char) {
        if is_joiner(c) {
            // `don't` → `dont`; a leading or trailing quote is just dropped.
        } else if is_letter(c) {
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
            // Non-ASCII letters arrive lowercased from `fold_char` where it matters.
            self.out.buf.push(c.to_ascii_lowercase());
        } else {
            self.end_token();
            if is_clause_break(c) && self.clause_used {
                self.clause = self.clause.saturating_add(1);
                self.clause_used = false;
            }
        }
    }

    fn end_token(&mut self) {
        let Some(start) = self.tok_start.take() else {
            return;
        };
        if let Some(latin) = unmix(&self.out.buf[start..]) {
            self.out.buf.truncate(start);
            self.out.buf.push_str(&latin);
            self.out.styled = true;
        }
        let end = self.out.buf.len();
        let stretched = end - start >= 3 && has_run3(&self.out.buf[start..]);
        if stretched {
            let squeezed = squeeze(&self.out.buf[start..]);
            self.out.buf.truncate(start);
            self.out.buf.push_str(&squeezed);
            self.out.styled = true;
        }
        self.out.toks.push(Tok { start: start as u32, end: self.out.buf.len() as u32, clause: self.clause, stretched });
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

/// `s` with each run of a doubled ASCII letter collapsed to one (`thankss` →
/// `thanks`, `staap` → `stap`); `None` when there is none.
pub(crate) fn collapse_doubles(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if !s.is_ascii() || !b.windows(2).any(|p| p[0] == p[1] && p[0].is_ascii_alphabetic()) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if i == 0 || c != b[i - 1] || !c.is_ascii_alphabetic() {
            out.push(c as char);
        }
    }
    Some(out)
}

/// Folds `text` into tokens and clauses.
pub(crate) fn fold(text: &str) -> Folded {
    let mut f = Folder {
        out: Folded { buf: String::with_capacity(text.len() + 8), toks: Vec::with_capacity(8), styled: false },
        tok_start: None,
        clause: 0,
        clause_used: false,
    };
    let mut prev = ' ';
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied().unwrap_or(' ');
        // A dash between spaces ends a clause ("STOP - no longer a patient");
        // a lone "#" is a number ("remove this # from your list").
        if matches!(c, '-' | '—' | '–') && prev.is_whitespace() && next.is_whitespace() {
            f.push('.');
            prev = c;
            continue;
        }
        if c == '#' && prev.is_whitespace() && !next.is_ascii_alphanumeric() {
            for d in " number ".chars() {
                f.push(d);
            }
            prev = c;
            continue;
        }
        prev = c;
        if c.is_ascii() {
            f.push(c);
        } else if keep_whole(c) {
            f.push(simplified(c));
        } else {
            let changed = fold_char(c, &mut |d| f.push(d));
            if changed && !is_combining(c as u32) {
                f.out.styled = true;
            }
        }
    }
    f.end_token();
    join_letters(&mut f.out);
    f.out
}

/// The script of a one-letter token whose letters [`join_letters`] joins when
/// spaced out: ASCII letters, Cyrillic letters (`С Т О П`), Hangul syllables
/// (`수 신 거 부`), Han and kana (`配 信 停 止`); `0` for anything else.
fn single_script(s: &str) -> u8 {
    let mut it = s.chars();
    let (Some(c), None) = (it.next(), it.next()) else { return 0 };
    match c as u32 {
        _ if c.is_ascii_alphabetic() => 1,
        0x0430..=0x045F => 2,
        0xAC00..=0xD7AF => 3,
        0x3040..=0x30FF | 0x4E00..=0x9FFF => 4,
        _ => 0,
    }
}

/// Joins runs of three or more single letters of one script into one token.
fn join_letters(out: &mut Folded) {
    let single = |out: &Folded, i: usize| {
        let t = out.toks[i];
        single_script(out.buf.get(t.start as usize..t.end as usize).unwrap_or(""))
    };
    let n = out.toks.len();
    let run3 = |out: &Folded, i: usize| {
        let s = single(out, i);
        s != 0 && single(out, i + 1) == s && single(out, i + 2) == s
    };
    if !(0..n.saturating_sub(2)).any(|i| run3(out, i)) {
        return;
    }
    let mut i = 0;
    let mut toks = Vec::with_capacity(n);
    let mut changed = false;
    while i < n {
        let s = single(out, i);
        if s != 0 {
            let mut j = i;
            while j < n && single(out, j) == s {
                j += 1;
            }
            if j - i >= 3 {
                let start = out.buf.len();
                for k in i..j {
                    let t = out.toks[k];
                    let c = out.buf[t.start as usize..t.end as usize].to_string();
                    out.buf.push_str(&c);
                }
                let joined = squeeze(&out.buf[start..]);
                out.buf.truncate(start);
                out.buf.push_str(&joined);
                toks.push(Tok { start: start as u32, end: out.buf.len() as u32, clause: out.toks[i].clause, stretched: false });
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
    use super::{fold, simplified, TRADITIONAL};

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
        assert_eq!(words("𝐒𝐓𝐎𝐏 ⓢⓣⓞⓟ 🅂🅃🄾🄿 ꜱᴛᴏᴘ"), ["stop", "stop", "stop", "stop"]);
        assert_eq!(words("arre\u{302}t ПОЖАЛУЙСТА ﬁn"), ["arret", "пожалуиста", "fin"]);
        assert_eq!(words("\u{FEFF}stop ST\u{200B}OP"), ["stop", "stop"]);
        assert_eq!(words("SТОР СТОП"), ["stop", "стоп"]);
        assert_eq!(words("С Т О П"), ["стоп"]);
        assert_eq!(words("수 신 거 부"), ["수신거부"]);
        assert_eq!(words("配 信 停 止"), ["配信停止"]);
        assert_eq!(words("s t o p С Т О П"), ["stop", "стоп"]);
    }

    #[test]
    fn traditional_is_sorted_and_folds() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(words("取消訂閱"), words("取消订阅"));
        assert_eq!(simplified('別'), '別');
        assert_eq!(simplified('ア'), 'ア');
    }

    #[test]
    fn clauses() {
        let f = fold("Stop! I never. . signed up");
        let c: Vec<u32> = f.toks.iter().map(|t| t.clause).collect();
        assert_eq!(c, [0, 1, 1, 2, 2]);
    }
}
