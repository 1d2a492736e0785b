//! The engine's context checks, named, with the languages each covers.
//!
//! A guard keeps a rule from firing where the words around it say it is not
//! the sender's request (or keeps a request the rule would miss). The table
//! is what `tests/classify.rs` walks: each guard's example must come out as
//! the row says (intent, rule, scope, language), so a guard that stops
//! working fails a test by name. Pattern guards (the ones with a check
//! function) are applied by [`blocks`] to the rules they name; the others are
//! written where the engine reads the words (`engine.rs`, `rules.rs`) and are
//! listed here so they can be found and tested.
use super::lexicon::*;
use super::rules::Word;
use super::Intent;

/// A context check.
pub struct Guard {
    /// Stable name.
    pub name: &'static str,
    /// Languages its word lists cover; `all` when it reads no words of a
    /// language (shape only), `en only` where the check is English-only.
    pub langs: &'static str,
    /// What it does.
    pub what: &'static str,
    /// An example, and what it must classify as: intent, rule, scope
    /// (`all`, `marketing` or empty) and language (or empty).
    pub example: (&'static str, Intent, &'static str, &'static str, &'static str),
    /// Opt-out rules it applies to (pattern guards), and the check.
    pub(crate) applies: Option<(&'static [&'static str], Check)>,
}

pub(crate) type Check = fn(cs: &[Word<'_>], i: usize, end: usize, all: &[Word<'_>]) -> bool;

use Intent::{Help, None as No, OptIn, OptOut};

const fn g(
    name: &'static str,
    langs: &'static str,
    what: &'static str,
    example: (&'static str, Intent, &'static str, &'static str, &'static str),
) -> Guard {
    Guard { name: d(name), langs: d(langs), what: d(what), example: (d(example.0), example.1, example.2, example.3, example.4), applies: None }
}

const DONT: &[&str] = &["dont-text", "dont-want"];
const SENDING: &[&str] = &["dont-text", "dont-want", "stop-sending", "stop-messages", "stop-it"];
const LISTS: &[&str] = &["take-me-off", "remove-me"];
const SCHEDULED: &[&str] = &["dont-text", "dont-want", "stop-sending", "stop-messages", "stop-it", "no-more"];
const PATTERNS: &[&str] = &["dont-text", "dont-want", "stop-sending", "stop-messages", "stop-it", "no-more"];

/// Documentation text (and the guards' names and languages), left out of the WebAssembly
/// build: the table's tests run natively, and the engine reads only `applies`.
const fn d(s: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        s
    }
}

/// Every guard, in the order the engine meets them.
pub const GUARDS: &[Guard] = &[
    g("platform-keyword", "en", "the trimmed message is a CTIA/platform keyword: strict, first", ("STOP", OptOut, "keyword", "all", "en")),
    g(
        "quoted-reaction",
        "en es fr de pt it nl pl ru zh ja ko hi",
        "an iMessage/Android reaction quoting a message is none",
        ("Liked \"Reply STOP to opt out\"", No, "reaction", "", ""),
    ),
    g("stop-emoji", "all", "stop-sign emoji alone (🛑 ✋ ⛔ 🚫 🙅 🔕 📵 ❌) opt out", ("🛑", OptOut, "emoji", "all", "")),
    g(
        "boilerplate",
        "en es fr de pt it pl nl ru zh ja ko vi",
        "a sender's own opt-out instruction quoted in a reply (\"txt STOP to 87239\", \"to stop texts call 0871…\") is none",
        ("txt STOP to 87239", No, "boilerplate", "", ""),
    ),
    g(
        "banter",
        "en es fr pt",
        "laughter (lol, jk, haha, jaja, mdr, 😂) around a stop that is not the whole message: banter between friends",
        ("quit it 😂", No, "banter", "", ""),
    ),
    g(
        "question",
        "en es fr de pt it nl pl ru zh ko",
        "a question about what a keyword does (if I reply STOP, will I still get…?) is none",
        ("als ik STOP stuur, krijg ik dan nog bezorgberichten?", No, "question", "", ""),
    ),
    g(
        "whole-message-yes",
        "en es fr de pt pl ru",
        "a bare YES/SI/OUI/JA opts in alone or with a request word, not with thanks",
        ("yes thank you", No, "none", "", ""),
    ),
    g(
        "praise-after-stop",
        "en only",
        "a bare STOP followed only by praise or surprise is none at 0.5",
        ("Stop!! you're too kind", No, "none", "", ""),
    ),
    g(
        "rhetorical",
        "en only",
        "\"why would I stop these\", \"should I unsubscribe?\" weigh it, do not ask",
        ("should I unsubscribe?", No, "none", "", ""),
    ),
    g(
        "keyword-as-noun",
        "all",
        "a keyword after the/a/bus/next or before link/page is a noun",
        ("the unsubscribe link is broken", No, "none", "", ""),
    ),
    g(
        "someone-else",
        "en only",
        "a keyword whose subject is someone else (my wife wants to unsubscribe)",
        ("my wife wants to unsubscribe", No, "none", "", ""),
    ),
    g(
        "accident",
        "en only",
        "a keyword quoted in an explanation (I accidentally texted STOP) is not a request",
        ("I accidentally texted STOP, turn them back on", OptIn, "resume-messages", "", "en"),
    ),
    g(
        "other-object",
        "en only",
        "an opt-out of a known non-messaging thing (opt out of the field trip)",
        ("opt out of the field trip", No, "none", "", ""),
    ),
    g(
        "negated",
        "en es fr de pt it nl pl ru zh",
        "a negation shortly before a rule's match cancels it (don't stop the updates)",
        ("Don't stop the updates!", No, "none", "", ""),
    ),
    g(
        "no-interjection",
        "en",
        "\"no, stop\": a leading no is an interjection, not a negation",
        ("no stop texting me", OptOut, "stop-sending", "all", "en"),
    ),
    g(
        "why-demand",
        "en only",
        "why won't you stop texting me: a demand, the negation does not cancel",
        ("why won't you stop texting me", OptOut, "stop-sending", "all", "en"),
    ),
    g(
        "neg-lifted",
        "en only",
        "I don't know how to unsubscribe: the negation is about knowing",
        ("I don't know how to unsubscribe", OptOut, "keyword-in-sentence", "all", "en"),
    ),
    g(
        "wish-to-keep",
        "en only",
        "I don't want the reminders to go away: the wish is to keep them",
        ("I never want these texts to end", No, "none", "", ""),
    ),
    g(
        "past-of-others",
        "en only",
        "my son unsubscribed from the newsletter: someone else's past act",
        ("My son unsubscribed from the newsletter", No, "none", "", ""),
    ),
    g(
        "refers-back",
        "en es",
        "remove it from your list counts when the message names the number (wrong number)",
        ("Wrong number, please remove it from your list", OptOut, "remove-me", "all", "en"),
    ),
    g(
        "stop-those",
        "en es",
        "stop those after a clause naming only promos keeps the marketing scope",
        ("Don't want the promos anymore, stop those", OptOut, "keyword", "marketing", "en"),
    ),
    g(
        "keep-before",
        "en only",
        "keep the reminders but stop the promos stops marketing only",
        ("keep the appointment reminders but stop the promos", OptOut, "stop-messages", "marketing", "en"),
    ),
    g(
        "keep-after",
        "en es fr de pt",
        "stop the offers, but keep the pickup alerts: what follows keep is left out of the scope",
        ("stop the coupons but keep the pickup alerts", OptOut, "stop-messages", "marketing", "en"),
    ),
    g(
        "weak-keyword-context",
        "en es fr de pt it nl pl ru ja",
        "a weak keyword (cancel, end, quit) counts next to wrong number / not interested / a reason (I moved, not a customer)",
        ("Cancel. I moved", OptOut, "keyword-context", "all", "en"),
    ),
    g(
        "insist",
        "en only",
        "a keyword the sender says again (how many times do I have to say stop)",
        ("how many times do I have to say stop", OptOut, "keyword-in-sentence", "all", "en"),
    ),
    g("wrong-number-list", "en", "a stop or remove with wrong number", ("wrong number, stop", OptOut, "keyword", "all", "en")),
    Guard {
        name: d("describes-you"),
        langs: d("en es fr de"),
        what: d("you are not bothering me, you never text me: a description with you as subject, not a negative imperative"),
        example: (d("you are not bothering me"), No, "none", "", ""),
        applies: Some((DONT, describes_you)),
    },
    Guard {
        name: d("schedule"),
        langs: d("en es fr de pt it"),
        what: d("don't text me til after 3, no more texting I'm driving: a time or a passing situation, not a stop"),
        example: (d("don't text me til after 3, I'm in surgery"), No, "none", "", ""),
        applies: Some((SCHEDULED, schedule)),
    },
    g(
        "that-thing",
        "en only",
        "unsubscribe me from that vendor newsletter: a thing named with \"that\" is someone else's (a sender's own is your, this, these)",
        ("can you unsubscribe me from that vendor newsletter", No, "none", "", ""),
    ),
    g(
        "stop-doing",
        "ko",
        "그만 with another verb or object and nothing about messages (\"걱정 그만해\", stop worrying; \"이제 그만 먹을래\", I'll stop eating) is not an opt-out",
        ("걱정 그만해", No, "none", "", ""),
    ),
    Guard {
        name: d("someone-else-messaged"),
        langs: d("en es fr de pt it (you, tu, du; he, she, my brother: en)"),
        what: d("stop bugging you, para de molestar a tu hermano: the one not to be messaged is someone else, not the sender"),
        example: (d("ya para de molestar a tu hermano"), No, "none", "", ""),
        applies: Some((SENDING, other_party)),
    },
    Guard {
        name: d("negated-after"),
        langs: d("hi (verb-final: the negation follows the verb)"),
        what: d("डिलीवरी मैसेज बंद मत करना: a negation right after the stop verb keeps the messages"),
        example: (d("डिलीवरी मैसेज बंद मत करना"), No, "none", "", ""),
        applies: Some((&["stop-messages"], negated_after)),
    },
    Guard {
        name: d("own-stop"),
        langs: d("en es fr pt (I'll, I will, I'm gonna, voy a, je vais, vou)"),
        what: d("I'll stop texting you now: the sender says what they will do, not what they ask"),
        example: (d("I'll stop texting you now so you can sleep"), No, "none", "", ""),
        applies: Some((SENDING, own_stop)),
    },
    Guard {
        name: d("from-someone"),
        langs: d("en (my ex, my mom...: the THIRD list)"),
        what: d("no more texts from my ex: messages from someone else, not the sender's"),
        example: (d("no more texts from my ex pls god"), No, "none", "", ""),
        applies: Some((PATTERNS, from_someone)),
    },
    Guard {
        name: d("other-channel"),
        langs: d("en only"),
        what: d("text me when you get off, don't call: the message asks to be messaged another way"),
        example: (d("text me when you get off, don't call"), No, "none", "", ""),
        applies: Some((SENDING, other_channel)),
    },
    Guard {
        name: d("content"),
        langs: d("all"),
        what: d("don't text me the spoilers: a determiner and an unknown noun after the match are the content, not messages"),
        example: (d("don't text me the spoilers"), No, "none", "", ""),
        applies: Some((DONT, content)),
    },
    Guard {
        name: d("sent-content"),
        langs: d("all"),
        what: d("para de me mandar reels, przestań mi wysyłać rolki: a thing of no message class right after a bare send verb is what is sent, not messages"),
        example: (d("para de me mandar reels às 2 da manhã"), No, "none", "", ""),
        applies: Some((SENDING, sent_content)),
    },
    Guard {
        name: d("third-subject"),
        langs: d("en only"),
        what: d("my son says stop texting, my brother quit texting back: someone else is the subject"),
        example: (d("my brother quit texting back"), No, "none", "", ""),
        applies: Some((PATTERNS, third_subject)),
    },
    Guard {
        name: d("other-list"),
        langs: d("en only"),
        what: d("take me off the carpool list: a list of something else"),
        example: (d("take me off the carpool list for march"), No, "none", "", ""),
        applies: Some((LISTS, other_list)),
    },
    Guard {
        name: d("threat-about-messages"),
        langs: d("all"),
        what: d("a report/sue/block verb counts as a threat only in a message about messages or naming an authority, and not over someone else's messages (\"blocking her texts\")"),
        example: (d("I need to finish my report"), No, "none", "", ""),
        applies: Some((&["threat"], threat_without_messages)),
    },
    g(
        "exclamation",
        "en es fr de pt it nl pl ru zh ja ko",
        "a bare STOP, then a call for attention or news and nothing about messages (\"Stop! look at the sunset\", \"стоп, подожди\"): an exclamation to a friend, none at 0.5",
        ("STOP. Look at the sunset right now", No, "exclamation", "", ""),
    ),
    g(
        "reported",
        "en only",
        "someone else's instruction, reported (\"the pharmacy said to text START to turn the reminders back on\"): the model promotes nothing",
        ("the pharmacy said to text START to turn the refill reminders back on", No, "none", "", ""),
    ),
    g(
        "likes-them",
        "en es fr de pt it nl",
        "the sender likes the messages (\"They told me to text STOP but I like these\"): the model promotes no opt-out",
        ("They told me to text STOP but I like these", No, "none", "", ""),
    ),
    g(
        "one-message",
        "en es fr de pt it nl pl ru",
        "deleting or ignoring one message (\"please delete my last message\", \"borra mi último mensaje\"): about a message, not the list; the model promotes no opt-out",
        ("please delete my last message", No, "none", "", ""),
    ),
    g(
        "goods-delivery",
        "en es fr de pt it nl pl ru zh ja",
        "a delivery of goods resumed, no kind of message named (\"resume my subscription box delivery in March\"): the model suggests no opt-in",
        ("resume my subscription box delivery in March", No, "none", "", ""),
    ),
    g(
        "consent-document",
        "en es fr de pt it nl pl",
        "consent named as a document (\"Consent form is signed\", \"formulario de consentimiento\"): paperwork, not a revocation; the model promotes no opt-out",
        ("Consent form is signed", No, "none", "", ""),
    ),
    g(
        "celebration",
        "all",
        "a YES said with the emoji of a celebration (\"sí quiero!! 💍\", \"yes yes yes 🎉\") answers a friend: none",
        ("JA ich will!! 💍", No, "none", "", ""),
    ),
    g(
        "what-next",
        "de",
        "German's go-on word asked (\"Weiter?\") is \"what next?\": none; said alone (\"weiter\") it asks to go on",
        ("Weiter?", No, "none", "", ""),
    ),
    g(
        "past-statement",
        "en only",
        "a reply that opens with a past verb (\"began getting texts again\"): it tells, it does not ask; the model suggests no opt-in",
        ("began getting texts again", No, "none", "", ""),
    ),
    g(
        "deferred",
        "en es fr de pt it nl pl ru zh ja ko hi",
        "a resume put off to later (\"next month\", \"le mois prochain\", \"下个月\"): the model suggests no opt-in",
        ("I'd love to start getting texts again next month", No, "none", "", ""),
    ),
    g(
        "resend",
        "en es fr de pt it nl pl ru",
        "send me the / those … again (en), or one document or code asked for again (\"je veux recevoir à nouveau la facture\"): messages already sent; the model suggests no opt-in",
        ("send me the texts again", No, "none", "", ""),
    ),
    g(
        "calls-attention",
        "en es fr de pt it nl pl ru zh ja ko",
        "a stop word, then a call for attention or news and nothing about messages, lists or consent (\"stop the presses, this is big news\"): the model does not promote it",
        ("stop the presses, this is big news", No, "none", "", ""),
    ),
    g(
        "laugh-first",
        "all",
        "laughter before a whole-message stop (\"lol stop\", \"🤣 stop\"), or ㅋㅋ, 哈哈, ｗｗ, 🙈, 😂, 🤣 anywhere (\"smettila 😂😂\"): a reaction to a friend, none at 0.5 (\"Stop!! lol\" stays a stop)",
        ("lmao stop", No, "banter", "", ""),
    ),
    g(
        "other-service",
        "en only",
        "how do I / did you / I'm gonna unsubscribe from <something unnamed by the lexicon>: a question or plan about another service",
        ("how do I unsubscribe from hulu? it keeps charging me", No, "none", "", ""),
    ),
    g(
        "spam-talk",
        "en es fr de pt it ko zh",
        "spam texts, spam calls, 스팸문자: talk about spam in general, not a request to this sender; none at 0.5",
        ("I keep getting spam texts, how do I stop them?", No, "spam-talk", "", ""),
    ),
    Guard {
        name: d("ask-a-friend"),
        langs: d("en only"),
        what: d("how do you make those texts stop, how do you unsubscribe from…: asking someone how they do it"),
        example: (d("how do you make those political texts stop??"), No, "none", "", ""),
        applies: Some((PATTERNS, ask_a_friend)),
    },
    Guard {
        name: d("gerund"),
        langs: d("en only"),
        what: d("my bad for not texting back: a negated gerund after a preposition, not a negative imperative"),
        example: (d("my bad for not texting back"), No, "none", "", ""),
        applies: Some((DONT, gerund)),
    },
    g(
        "advice",
        "en only",
        "just reply stop, you have to reply unsubscribe: advice to a friend about replying to someone else",
        ("just reply stop and they go away", No, "advice", "", ""),
    ),
    g(
        "help-question",
        "en es fr de pt",
        "HELP as its own first clause before a question asks for help",
        ("Help, how does this work?", Help, "keyword-in-sentence", "", "en"),
    ),
    g(
        "kind-of-message",
        "en es fr de pt",
        "stop / no more / quit + any words + texts, alerts, offers, notices, invites",
        ("no more pledge-drive texts", OptOut, "no-more", "all", "en"),
    ),
    g(
        "natural-opt-in",
        "en es fr de",
        "opt-in phrases with a resume cue, as the whole message",
        ("I want the boarding alerts again", OptIn, "resume-messages", "", "en"),
    ),
];

const fn pattern_count() -> usize {
    let (mut i, mut n) = (0, 0);
    while i < GUARDS.len() {
        if GUARDS[i].applies.is_some() {
            n += 1;
        }
        i += 1;
    }
    n
}

fn never(_: &[Word<'_>], _: usize, _: usize, _: &[Word<'_>]) -> bool {
    false
}

/// The pattern guards' rules and checks, taken from [`GUARDS`] at compile time, so that
/// the table itself (names, languages, examples) stays out of the WebAssembly build.
const PATTERN_GUARDS: [(&[&str], Check); pattern_count()] = {
    let mut out: [(&[&str], Check); pattern_count()] = [(&[], never as Check); pattern_count()];
    let (mut i, mut n) = (0, 0);
    while i < GUARDS.len() {
        if let Some(a) = GUARDS[i].applies {
            out[n] = a;
            n += 1;
        }
        i += 1;
    }
    out
};

/// Whether a pattern guard keeps opt-out rule `rule`, matched at `cs[i..end]`, from counting.
pub(crate) fn blocks(rule: &str, cs: &[Word<'_>], i: usize, end: usize, all: &[Word<'_>]) -> bool {
    let hit = PATTERN_GUARDS.iter().any(|(rules, check)| rules.contains(&rule) && check(cs, i, end, all));
    if hit {
        guarded();
    }
    hit
}

std::thread_local! {
    /// Bit 0: a guard kept a rule from firing; bit 1: a negation did.
    static GUARDED: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// Notes that a guard kept a rule from firing ("remove it from your list" without a
/// number): the learned model may then promote the reply only at its past-guard bar.
pub(crate) fn guarded() {
    GUARDED.with(|g| g.set(g.get() | 1));
}

/// Notes that a negation kept a rule from firing ("don't remove this number"): the
/// learned model may then not promote the reply at all.
pub(crate) fn negation_guarded() {
    GUARDED.with(|g| g.set(g.get() | 3));
}

/// Since the last call, whether a guard fired and whether a negation did; resets.
pub(crate) fn take_guarded() -> (bool, bool) {
    let g = GUARDED.with(|g| g.replace(0));
    (g & 1 != 0, g & 2 != 0)
}

/// "you are not bothering me": `you` (or "u", "youre") just before the negation.
fn describes_you(cs: &[Word<'_>], i: usize, _end: usize, _all: &[Word<'_>]) -> bool {
    let neg = (i..cs.len().min(i + 2)).find(|&j| cs[j].is(NEG)).unwrap_or(i);
    cs[..neg].iter().rev().take(2).any(|w| w.is(YOUSUBJ))
}

/// A time after the match in the clause ("til after 3", "until tomorrow").
/// The first word after the matched send verb (a preposition aside) is someone else: "stop bugging you", "molestar a tu hermano".
fn other_party(cs: &[Word<'_>], i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    let end = end.min(cs.len());
    let Some(v) = (i..end).rev().find(|&k| cs[k].is(SENDV | SENDGEN | SENDME)) else { return false };
    if cs[v].is(SENDME) {
        return false;
    }
    let mut next = cs[v + 1..].iter().skip_while(|w| w.text == "a" || w.text == "à");
    next.next().is_some_and(|w| w.is(YOUSUBJ | THIRD) && !w.is(ME))
}

/// "I'll stop", "I will stop", "I'm gonna stop", "voy a dejar de", "je vais arrêter": the sender's own plan.
fn own_stop(cs: &[Word<'_>], i: usize, _end: usize, _all: &[Word<'_>]) -> bool {
    fn modal(t: &str) -> bool {
        one_of(t, "ill will gonna going voy vais vou vamos")
    }
    let at = |k: usize| if i >= k { cs[i - k].text } else { "" };
    (modal(at(1)) || at(1) == "to" && modal(at(2))) && cs[..i].iter().any(|w| w.is(SELF) || one_of(w.text, "ill voy vais vou"))
}

fn negated_after(cs: &[Word<'_>], _i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    cs.get(end).is_some_and(|w| w.is(NEG))
}

/// The messages are from someone else: "no more texts from my ex".
fn from_someone(cs: &[Word<'_>], _i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    let tail = &cs[end.min(cs.len())..];
    tail.first().is_some_and(|w| w.is(OUTFROM)) && tail.iter().skip(1).take(2).any(|w| w.is(THIRD))
}

fn schedule(cs: &[Word<'_>], _i: usize, end: usize, all: &[Word<'_>]) -> bool {
    // After the match, in this clause or a later one ("don't text, the baby is sleeping").
    let at = cs.first().and_then(|f| all.iter().position(|w| std::ptr::eq(w, f))).unwrap_or(0);
    all[(at + end).min(all.len())..].iter().any(|w| w.is(TEMPORAL))
}

/// Another clause asks to be texted, called or messaged ("text me", "just
/// text", "call after 5"), or says to use another number ("use my personal one").
fn other_channel(cs: &[Word<'_>], i: usize, end: usize, all: &[Word<'_>]) -> bool {
    let this = cs.first().map_or(u32::MAX, |w| w.clause);
    let matched: Vec<&str> = cs[i..end.min(cs.len())].iter().filter(|w| w.is(SENDV | SENDME)).map(|w| w.text).collect();
    // An imperative: the first word of its clause, fillers aside ("just text", "call after 5").
    let positive = all.iter().enumerate().any(|(k, w)| {
        w.clause != this
            && w.is(SENDV | TXTV)
            && !w.is(SENDGEN | SAIDV)
            && !matched.contains(&w.text)
            && all[..k].iter().rev().take_while(|x| x.clause == w.clause).all(|x| x.is(FILLER))
    });
    // "text don't call": the clause itself starts with the channel it asks for.
    let first = cs.first().is_some_and(|w| i > 0 && w.is(SENDV | TXTV) && !w.is(SENDGEN | SAIDV) && !matched.contains(&w.text));
    positive || first || all.iter().any(|w| matches!(w.text, "instead" | "use" | "personal"))
}

/// The list named is of something else ("the carpool list", "the team list").
fn other_list(cs: &[Word<'_>], i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    let span = &cs[i..end.min(cs.len())];
    let after = &cs[end.min(cs.len())..];
    span.iter().any(|w| w.is(OTHERN)) && !span.iter().any(|w| w.is(MSGN))
        || after.iter().any(|w| w.is(TEMPORAL))
        || after.iter().take(4).any(|w| w.is(OTHERN)) && !after.iter().take(4).any(|w| w.is(MSGN | MSGPL))
}

/// "don't text me the spoilers": what follows is the content, not messages.
fn content(cs: &[Word<'_>], _i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    let end = end.min(cs.len());
    if end > 0 && cs[end - 1].is(MSGN | MSGPL) {
        return false;
    }
    let after = &cs[end..];
    after.len() >= 2 && after[0].is(DET | MYDET) && after[1].is(UNK | OTHERN) && !after[1].is(MSGN)
}

/// "para de me mandar reels", "smettila di mandarmi reel": the match ends at a send verb that is
/// not messaging by itself, and the word after it is an unknown thing, no kind of message near.
fn sent_content(cs: &[Word<'_>], _i: usize, end: usize, _all: &[Word<'_>]) -> bool {
    let end = end.min(cs.len());
    let after = &cs[end..];
    end > 0
        && cs[end - 1].is(SENDV | SENDME)
        && !cs[end - 1].is(TXTV | MSGN | MSGPL)
        && after.first().is_some_and(|w| w.is(UNK) && !w.is(MSGN | MSGPL | MKT) && w.text.chars().count() >= 3 && !w.text.chars().any(super::rules::is_cjk))
        && !after.iter().take(3).any(|w| w.is(MSGN | MSGPL | MSGCJK | MKT | ME | SENDV | NEG))
}

/// "my son says stop texting", "my brother quit texting back": someone else's words or act.
fn third_subject(cs: &[Word<'_>], i: usize, _end: usize, _all: &[Word<'_>]) -> bool {
    cs[..i].iter().rev().find(|x| x.is(THIRD | SELF | PLEASE)).is_some_and(|x| x.is(THIRD))
}

fn threat_without_messages(cs: &[Word<'_>], i: usize, end: usize, all: &[Word<'_>]) -> bool {
    // "my phone is blocking her texts": someone else's messages are what is blocked.
    let others = cs[i..end.min(cs.len())].iter().any(|w| w.is(THIRD) || one_of(w.text, "her his their"));
    others || !all.iter().any(|w| w.is(SENDV | SENDME | MSGN | AUTHN | TXTV))
}

const LAUGH: &[char] = &['🙈', '🥰', '😍', '😂', '🤣', '😆', '😅', '😜', '😝', '😛', '😹', '💀', '😭', '🙄', '😏', '😴', '🤪'];

/// A question about what a keyword does: "if I reply STOP, will I still get the
/// delivery alerts?", "als ik STOP stuur, krijg ik dan nog…?", "수신거부하면 … 오나요?".
pub(crate) fn conditional(ws: &[Word<'_>], raw: &str) -> bool {
    if !(raw.contains('?') || !raw.is_ascii() && raw.contains(['？', '¿'])) {
        return false;
    }
    let cond = |w: &Word<'_>| one_of(w.text, "if si als wenn se jesli jezeli если 如果 要是");
    let hangul_if = ws.iter().any(|w| w.keyword().is_some() && w.text.ends_with("하면"));
    hangul_if
        || ws.iter().enumerate().any(|(i, w)| {
            cond(w) && ws[i + 1..].iter().take(4).any(|x| x.keyword().is_some_and(|k| k.intent == Intent::OptOut) || x.is(INSTRV | SENDGEN))
        })
}

/// Words that tie a reply to the sender's messages, list or consent (or ask politely).
pub(crate) const ABOUT: u128 = MSGN | MSGPL | SENDV | SENDME | SENDGEN | TXTV | GETV | LISTN | NUMBER | CONTEXT | SUBN | CONSENT | NEVERSIGNED | MKT | MKTMOD
    | REPORTV | AUTHN | REMOVEV | REMOVEME | LEAVE | PLEASE | NOTINT | TIRED | DIGITS | MSGCJK | DONTSEND | REFRAINV | PASTOUT | REMOVED | OBJV | CANCELV;

/// Laughter in the message: a word (lol, jk) or an emoji.
pub(crate) fn banter(ws: &[Word<'_>], raw: &str) -> bool {
    ws.iter().any(|w| w.is(BANTER)) || laughing(raw)
}

/// Laughter in scripts without spaces, glued to the words around it: a doubled ㅋ, ㅎ, 哈 or ｗ
/// ("ㅋㅋ", "哈哈", "ｗｗｗ").
fn cjk_laugh(raw: &str) -> bool {
    let mut prev = ' ';
    raw.chars().any(|c| {
        let hit = c == prev && matches!(c, 'ㅋ' | 'ㅎ' | '哈' | 'ｗ');
        prev = c;
        hit
    })
}

/// Laughing emoji only ("omg stop 😂😂"; "Stop!! lol" stays a stop).
pub(crate) fn laughing(raw: &str) -> bool {
    !raw.is_ascii() && (raw.contains(LAUGH) || cjk_laugh(raw))
}

/// A sender's own instruction quoted: "reply STOP", "txt STOP to 87239",
/// "to stop texts call 0871…", "unsubscribe with STOP", "OptOut 0871 872 1234".
pub(crate) fn boilerplate(ws: &[Word<'_>]) -> bool {
    let kw = |w: &Word<'_>| w.keyword().is_some_and(|k| k.intent != Intent::Help);
    if ws.iter().any(|w| w.is(ACCIDENT)) {
        return false;
    }
    // Every opt-out keyword must sit in an instruction: "ok STOP" after a quoted one is a request.
    let covered = |j: usize| {
        let same = |k: usize| ws.get(k).is_some_and(|x| x.clause == ws[j].clause);
        let prev = |d: usize| (j >= d && same(j - d)).then(|| &ws[j - d]);
        let purpose = |p: &Word<'_>| p.is(TOW) || one_of(p.text, "2 pour um para per with aby чтобы afin om");
        prev(1).is_some_and(|p| p.is(INSTRV | SIE | PREP) || purpose(p))
            || prev(2).is_some_and(purpose)
            || prev(2).is_some_and(|p| p.is(INSTRV))
            || ws.get(j + 1).is_some_and(|n| same(j + 1) && (n.is(DIGITS | TOW | PREP | OUTFROM) || matches!(n.text, "al" | "au" | "to")))
    };
    if ws
        .iter()
        .enumerate()
        .any(|(j, w)| w.keyword().is_some_and(|k| k.intent == Intent::OptOut && k.level >= super::lexicon::Level::Clause) && !covered(j))
    {
        return false;
    }
    let digits = ws.iter().any(|w| w.is(DIGITS));
    for (i, w) in ws.iter().enumerate() {
        let same = |j: usize| ws.get(j).is_some_and(|x| x.clause == w.clause);
        if w.is(INSTRV) {
            // Not "I text STOP" / "I replied": the sender's own act.
            let own = i > 0 && ws[i - 1].is(SELF | IPRON) && ws[i - 1].clause == w.clause;
            // The keyword right after, or after "with" / "Sie mit" ("Antworten Sie mit STOPP").
            let mut j = i + 1;
            while j < i + 3 && same(j) && ws[j].is(SIE | PREP) && !kw(&ws[j]) {
                j += 1;
            }
            // Bare "回复退订" is a reply; an instruction goes on ("to opt out", "pour ne plus") or names a number.
            let goes_on = ws.get(j + 1).is_some_and(|n| !n.is(FILLER));
            let purpose = ws[..i].iter().rev().take_while(|x| x.clause == w.clause).any(|x| x.is(TOW));
            if !own && same(j) && (kw(&ws[j]) && (goes_on || purpose || digits) || ws[j].is(DIGITS)) {
                return true;
            }
        }
        if kw(w) {
            // "STOP to 87239", "OptOut 0871", "STOP al 12345".
            let next = ws.get(i + 1).filter(|_| same(i + 1));
            let after = ws.get(i + 2).filter(|_| same(i + 2));
            if next.is_some_and(|n| n.is(DIGITS))
                || next.is_some_and(|n| n.is(TOW | PREP | OUTFROM) || n.text == "al" || n.text == "au") && after.is_some_and(|a| a.is(DIGITS))
            {
                return true;
            }
            // "unsubscribe with STOP".
            if i > 0 && ws[i - 1].clause == w.clause && ws[i - 1].text == "with" && i >= 2 && kw(&ws[i - 2]) {
                return true;
            }
        }
    }
    false
}

/// Calls for attention and news after a bare STOP ("Stop! look", "stop, czekaj"), per language.
const ATTENTION: &str = "wait look listen guess omg wow news surprise amazing perfect tell espera mira oye noticia noticias sorpresa attends regarde ecoute nouvelle warte schau guck moment olha aspetta guarda senti notizia wacht kijk luister czekaj poczekaj patrz sluchaj подожди погоди смотри слушай 等等 等一下 待って 見て 잠깐 봐";

/// "Stop! look at the sunset", "стоп, подожди, Лена беременна??": a bare opt-out keyword
/// (`rule` keyword or keyword-context) followed by a call for attention or news, with no
/// word about messages, lists, consent or politeness anywhere.
pub(crate) fn exclamation(ws: &[Word<'_>], rule: &str) -> bool {
    matches!(rule, "keyword" | "keyword-context") && calls_attention(ws)
}

/// An opt-out word, then a call for attention or news, with nothing about messages, lists,
/// consent or not being interested ("stop the presses, this is big news"): whatever the rules
/// made of it, the model does not promote it either.
pub(crate) fn calls_attention(ws: &[Word<'_>]) -> bool {
    if ws.len() < 2 {
        return false;
    }
    let Some(k) = ws.iter().position(|w| w.keyword().is_some_and(|k| k.intent == Intent::OptOut) || w.is(STOPV)) else { return false };
    let rest = &ws[k + 1..];
    !ws.iter().enumerate().any(|(j, w)| {
        j != k && (w.is(ABOUT | NEVERSIGNED | NOTINT | MSGN | MSGPL | MSGCJK | LISTN | SUBN | MKT | CONSENT | NUMBER) || w.keyword().is_some_and(|x| x.intent == Intent::OptOut))
    }) && rest.iter().any(|w| one_of(w.text, ATTENTION))
}

/// "the pharmacy said to text START to turn the reminders back on", "they told me to reply
/// STOP": someone else's instruction, reported; the keyword is mentioned, not said (en).
pub(crate) fn reported(ws: &[Word<'_>]) -> bool {
    // The instruction verb first (a class test), then the reporting verb before it.
    ws.iter().enumerate().any(|(j, x)| x.is(INSTRV) && ws[j.saturating_sub(3)..j].iter().any(|w| one_of(w.text, "said told says tells")))
}

/// "please delete my last message", "ignore that text", "borra mi último mensaje": one message,
/// named singular after last/previous/that, deleted or ignored; the list is not in question.
pub(crate) fn one_message(ws: &[Word<'_>]) -> bool {
    const LAST: &str = "last previous earlier that ultimo ultima anterior dernier precedent letzte vorherige laatste vorige ostatnia poprzednia последнее предыдущее";
    const IGNORE: &str = "ignore disregard ignora ignorez ignoriere ignoreer ignorar ignoruj игнорируйте";
    // One singular message noun first (a class test), then the verb and "last" by their words.
    ws.iter().any(|w| w.is(MSGN) && !w.is(MSGPL))
        && (0..ws.len()).any(|i| {
            (ws[i].is(REMOVEV) || one_of(ws[i].text, IGNORE))
                && ws[i + 1..].iter().take(4).any(|w| one_of(w.text, LAST))
                && ws[i + 1..].iter().take(5).any(|w| w.is(MSGN) && !w.is(MSGPL))
        })
}

/// "resume my subscription box delivery in March", "riprendete la consegna della mia box":
/// a delivery of goods resumed, with no kind of message named; not an opt-in.
pub(crate) fn goods_delivery(ws: &[Word<'_>], raw: &str) -> bool {
    const GOODS_CJK: &[&str] = &["配送", "配達", "定期便"];
    (ws.iter().any(|w| w.is(GOODSN)) || !raw.is_ascii() && GOODS_CJK.iter().any(|g| raw.contains(g)))
        && !ws.iter().any(|w| w.is(MSGN | MSGPL | MSGCJK) && !w.is(GOODSN))
}

/// "Consent form is signed", "formulario de consentimiento", "modulo del consenso firmato":
/// consent as a document, a form beside it.
pub(crate) fn consent_document(ws: &[Word<'_>]) -> bool {
    const FORM: &str = "form forms slip slips paperwork waiver formulario formulaire formular formulier formularz modulo termo";
    (0..ws.len()).any(|i| ws[i].is(CONSENT) && ws[i.saturating_sub(3)..(i + 2).min(ws.len())].iter().any(|w| one_of(w.text, FORM)))
}

/// "They told me to text STOP but I like these", "me encantan estos mensajes": the sender likes
/// the messages; the model promotes no opt-out (en es fr de pt it nl).
pub(crate) fn likes_them(ws: &[Word<'_>]) -> bool {
    const LIKE: &str = "like love enjoy adore gustan encantan aime adore mag liebe gosto adoro piacciono amo leuk";
    ws.windows(2).any(|p| p[1].is(BACKREF | MSGN | MSGPL) && one_of(p[0].text, LIKE))
}

/// "began getting texts again", "I started receiving them again": the reply opens with a past
/// verb (after "I"/"we" and fillers) and tells what happened; it asks for nothing (en).
pub(crate) fn past_statement(ws: &[Word<'_>]) -> bool {
    const PAST: &str = "began started got received noticed kept was were been";
    ws.iter().find(|w| !w.is(FILLER) && !one_of(w.text, "i we")).is_some_and(|w| one_of(w.text, PAST))
}

/// "I'd love to start getting texts again next month", "ab nächsten Monat wieder": a resume put
/// off to a later time is for a person to schedule, not the model's to suggest now.
pub(crate) fn deferred(ws: &[Word<'_>], raw: &str) -> bool {
    const NEXT: &str = "next later proximo proxima prochain prochaine nachsten nachste nachstes prossimo prossima volgende volgend przyszly przyszlym przyszlej следующем следующей следующий agle अगले";
    const NEXT_CJK: &[&str] = &["下个月", "下周", "下個月", "來月", "来月", "来週", "다음 달", "다음달", "다음 주", "다음주"];
    ws.iter().any(|w| one_of(w.text, NEXT)) || NEXT_CJK.iter().any(|q| raw.contains(q))
}

/// "send me the texts again", "could you send me those alerts again": "the" or "those" after a
/// send verb names messages already sent, asked for once more: a resend, not a resume (en).
pub(crate) fn resend(ws: &[Word<'_>]) -> bool {
    // One document or code asked for again, in any language ("je veux recevoir à nouveau la facture").
    if ws.iter().any(|w| w.is(ONEOFFN)) && !ws.iter().any(|w| w.is(MSGPL) && !w.is(SENDV | TXTV)) {
        return true;
    }
    (0..ws.len().saturating_sub(2)).any(|i| {
        let p = &ws[i..i + 3];
        p[0].is(SENDV | SENDGEN) && p[1].is(ME) && one_of(p[2].text, "the those that these")
            // "send me the appointment reminders again", "start sending me the weekly verse": a
            // kind of message in the plural (not texts or messages themselves, which may be the
            // ones deleted), or a verb of starting before, asks for a resume.
            && !ws[i + 3..].iter().take(3).any(|w| w.is(MSGPL) && !w.is(SENDV | TXTV) && !one_of(w.text, "messages msgs"))
            && !(i > 0 && ws[i - 1].is(OPTINV | KEEPV))
    })
}

/// Laughter out loud after a stop, even a one-word one ("smettila 😂😂", "хватит 🤣"); 🙈 anywhere.
/// Not 🙄, 😭 or 💀: "stop 🙄" is annoyance, often at a sender.
const ROAR: &[char] = &['🙈', '😂', '🤣', '😹', '😆'];

/// Laughter before a whole-message stop: "lol stop", "lmaooo stop", "🤣 stop"; or out loud after one.
pub(crate) fn laugh_first(ws: &[Word<'_>], raw: &str) -> bool {
    ws.first().is_some_and(|w| w.is(BANTER)) || raw.trim_start().starts_with(LAUGH) || !raw.is_ascii() && (cjk_laugh(raw) || raw.contains(ROAR))
}

/// "how do I unsubscribe from hulu", "did you unsubscribe from the magazine", "I'm gonna
/// opt out of X", "you can opt out of X": a question or plan (en) whose object after
/// from/of is nothing the lexicon knows as messages, lists or this sender.
pub(crate) fn other_service(before: &[Word<'_>], after: &[Word<'_>]) -> bool {
    let Some(p) = after.iter().take(3).position(|w| w.is(OUTFROM)) else { return false };
    let lead = before.iter().any(|w| one_of(w.text, "how did gonna going"))
        || before.windows(2).any(|p| p[0].is(YOUSUBJ) && p[1].text == "can" || p[0].text == "can" && p[1].is(YOUSUBJ));
    if !lead {
        return false;
    }
    let object = &after[p + 1..];
    // "can you unsubscribe the team from that vendor newsletter": "that" (en) names someone else's.
    if object.len() >= 2 && object[0].text == "that" {
        return true;
    }
    let messaging = MSGN | MSGPL | MKT | MKTMOD | LISTN | SUBN | SENDV | SENDGEN | TXTV | GETV | BACKREF | ME | NUMBER | ALL;
    !object.is_empty() && !object.iter().any(|w| w.is(messaging) || w.keyword().is_some())
}

/// Spam named as a kind of text or call ("spam texts", "spam calls", "스팸문자", "垃圾短信"):
/// the message talks about spam in general.
pub(crate) fn spam_talk(ws: &[Word<'_>], rule: &str) -> bool {
    // "垃圾短信，退订", "This is spam, stop": a bare keyword clause is a request.
    if matches!(rule, "keyword" | "keyword-context" | "keyword-typo") {
        return false;
    }
    let spam = |t: &str| one_of(t, "spam spammy scam junk") || t.starts_with("스팸") || t.starts_with("垃圾");
    ws.iter().enumerate().any(|(i, w)| {
        let glued = !w.text.is_ascii() && (w.text.starts_with("스팸문자") || w.text.starts_with("垃圾短信"));
        glued || ws.get(i + 1).is_some_and(|n| n.clause == w.clause && n.is(MSGN)) && spam(w.text) && !spam(ws[i + 1].text)
    })
}

/// "how do you make those texts stop", "how can u unsubscribe": the question asks someone how they do it (en).
pub(crate) fn ask_a_friend(cs: &[Word<'_>], i: usize, _end: usize, _all: &[Word<'_>]) -> bool {
    cs[..i.min(cs.len())].windows(3).any(|p| p[0].text == "how" && one_of(p[1].text, "do can did") && one_of(p[2].text, "you u ya"))
}

/// "my bad for not texting back", "sorry about not calling": a preposition before the negation.
fn gerund(cs: &[Word<'_>], i: usize, _end: usize, _all: &[Word<'_>]) -> bool {
    i > 0 && one_of(cs[i - 1].text, "for about of")
}

/// "just reply stop and they go away", "you have to reply unsubscribe": an instruction to reply
/// with a keyword, given as advice (en).
pub(crate) fn advice(ws: &[Word<'_>]) -> bool {
    ws.iter().enumerate().skip(2).any(|(j, w)| {
        w.keyword().is_some_and(|k| k.intent == Intent::OptOut)
            && ws[j - 1].is(INSTRV)
            && one_of(ws[j - 2].text, "just to gotta can should")
    })
}

/// The `none` rules of [`talk`], which the learned model may not overrule; not `banter`, which it
/// may, at its past-guard bar (the engine holds the model back where there is laughter, not blocks it).
pub(crate) const TALK: &[&str] = &["exclamation", "spam-talk", "advice", "question"];

/// Whether an opt-out the rules found (`found`: as the whole message) is talk between
/// friends, and which: banter, an exclamation, talk about spam, advice, or a question
/// about what a keyword does.
pub(crate) fn talk(ws: &[Word<'_>], raw: &str, found: bool, rule: &str) -> Option<&'static str> {
    let name = if !found && banter(ws, raw) || found && (ws.len() > 1 && laughing(raw) || laugh_first(ws, raw)) {
        "banter"
    } else if exclamation(ws, rule) {
        "exclamation"
    } else if found {
        return None;
    } else if spam_talk(ws, rule) {
        "spam-talk"
    } else if advice(ws) {
        "advice"
    } else if conditional(ws, raw) {
        "question"
    } else {
        return None;
    };
    Some(name)
}

/// Whether `t` is one of the space-separated words of `list` (smaller in the wasm than a `matches!`
/// chain, or than a `&[&str]`, which stores a pointer and a length for every word: round 18 moved
/// eight such lists into strings, −0.7 kB gzip'd).
pub(crate) fn one_of(t: &str, list: &str) -> bool {
    list.split(' ').any(|x| x == t)
}
