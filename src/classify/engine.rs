//! Decision order: platform-exact keyword, quoted reaction, whole-message
//! keyword, clause-level opt-out (keyword, keyword in a sentence, pattern),
//! whole-message opt-in phrase.
use super::fold::fold;
use super::guards;
use super::lexicon::{IMPNEG, NOTHING, NOWORD, QUE, RESUMEX, REVOKEV, SIGNUP};
use super::lexicon::{
    Keyword, Level, ACCIDENT, ADJ, AGAIN, AGAINX, ALL, AUTHN, BACKREF, BANTER, CANCELV, CONSENT, CONTEXT, DET, DIGITS, DONTSEND, ENDING, FILLER, FRAME, GETV,
    GUARD, INSIST, IPRON, KEEPV, KEINE, KWOUT, LEAVE, LISTN, ME, MKT, MKTMOD, MORE, MSGCJK, MSGN, MSGPL, MYDET, NEG, NEVERSIGNED, NOMORE, NOUNCUE,
    NOUNNEXT, NUMBER, OBJP, OBJV, OPTINV, OTHERN, OUTFROM, PASTOUT, PLEASE, PRAISE, PREP, REASON, REFRAINV, REMOVED, REMOVEME, REMOVEV, REPORTV, RHET, SAIDV,
    SELF, SENDGEN, SENDME, SENDV, STOPDE, STOPV, SUBN, THIRD, TOW, TXTV, UNK, WANT, WEAK_HINTS, WHEN, YESW,
};
use super::model::{self, Analysis, Model};
use super::rules::{match_at, negated, words, Lexicon, Word, AROUND, FILL, OPT_IN_CUES};
use super::{Classification, Intent};
use crate::Scope;

/// What platforms match today: the trimmed message, any case, is one of these.
const STANDARD: &[(&str, Intent)] = &[
    ("stop", Intent::OptOut),
    ("stopall", Intent::OptOut),
    ("unsubscribe", Intent::OptOut),
    ("cancel", Intent::OptOut),
    ("end", Intent::OptOut),
    ("quit", Intent::OptOut),
    ("revoke", Intent::OptOut),
    ("optout", Intent::OptOut),
    ("opt out", Intent::OptOut),
    ("remove", Intent::OptOut),
    ("start", Intent::OptIn),
    ("unstop", Intent::OptIn),
    ("yes", Intent::OptIn),
    ("subscribe", Intent::OptIn),
    ("resume", Intent::OptIn),
    ("continue", Intent::OptIn),
    ("help", Intent::Help),
    ("info", Intent::Help),
];

/// Yes and start in Japanese, Korean and Chinese, and China's T, as the whole message.
const EXACT_CJK: &[(&str, Intent, &str)] = &[
    ("はい", Intent::OptIn, "ja"),
    ("開始", Intent::OptIn, "ja"),
    ("네", Intent::OptIn, "ko"),
    ("예", Intent::OptIn, "ko"),
    ("시작", Intent::OptIn, "ko"),
    ("是", Intent::OptIn, "zh"),
    ("是的", Intent::OptIn, "zh"),
    ("开始", Intent::OptIn, "zh"),
    // CONTINUE and SUBSCRIBE said alone: "続ける", "継続", "登録", "继续", "계속".
    ("続ける", Intent::OptIn, "ja"),
    ("継続", Intent::OptIn, "ja"),
    ("登録", Intent::OptIn, "ja"),
    ("继续", Intent::OptIn, "zh"),
    ("계속", Intent::OptIn, "ko"),
    // "回T退订": the T that Chinese marketing texts ask for, alone ("T?" asks what it is).
    ("T", Intent::OptOut, "zh"),
    ("t", Intent::OptOut, "zh"),
];

/// iMessage / Android reactions that quote the message they react to, folded
/// (English, Spanish, French, German, Portuguese as the phones write them):
/// the words before the opening quote.
const REACTIONS: &[&str] = &[
    "liked", "loved", "disliked", "laughed at", "emphasized", "emphasised", "questioned", "reacted", "removed", "le gusto", "le encanto",
    "no le gusto", "se rio de", "enfatizo", "cuestiono", "a aime", "a adore", "na pas aime", "a ri de", "a mis en evidence", "a mis en doute",
    "gefallt", "hat", "hat uber", "curtiu", "amou", "nao curtiu", "riu de", "enfatizou", "questionou",
];

/// Words that introduce a sender's own opt-out instructions inside a quote
/// ("Reply STOP to opt out", "Répondez STOP", "Responde ALTO").
const INSTRUCTIONS: &str = "reply text txt send responde responda repondez repondre envoyez antworte antworten sende envie rispondi rispondere odpowiedz";

const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '’', '\'', '「'];

/// The rules' verdict and what the model reads.
pub(super) fn analyse(text: &str) -> Analysis {
    analyse_for(text, false)
}

/// With `always`, the features of every reply the rules do not settle
/// outright, also those the classifier would not show the model (for training).
pub(super) fn analyse_for(text: &str, always: bool) -> Analysis {
    let fin = |rules: Classification| Analysis {
        rules,
        features: Vec::new(),
        scope: Scope::All,
        lang: None,
        gate: false,
        past_guard: false,
        asks_to_send: false,
        resume_ok: false,
        restated: false,
        words: 0,
        no_help: false,
        reads: false,
    };
    let trimmed = text.trim();
    if trimmed.len() <= 11 {
        if let Some(&(w, intent)) = STANDARD.iter().find(|(w, _)| trimmed.eq_ignore_ascii_case(w)) {
            return fin(Classification {
                intent,
                scope: (intent == Intent::OptOut).then_some(Scope::All),
                keyword: Some(w.replace(' ', "")),
                rule: "keyword",
                lang: Some("en"),
                confidence: 0.99,
                strict: true,
                review: false,
                evidence: None,
                program: None,
            });
        }
    }
    // Whole-message words in scripts without spaces, kept out of the segmenting lexicon
    // (はい, 是 and 네 are inside many other words).
    // "はい、お願いします", "네 부탁드려요": with a please; "네 동의합니다", "はい、希望します": with
    // "I agree" or "I wish to"; "是的 👍": with a thumbs-up.
    let bare = trimmed.trim_end_matches(['。', '！', '!', '.', '👍', '🙏', ' ']);
    let bare = ["お願いします", "おねがいします", "부탁드려요", "부탁드립니다", "부탁해요", "请", "谢谢", "希望します", "동의합니다", "동의해요", "同意します", "同意"]
        .iter()
        .find_map(|p| bare.strip_suffix(p))
        .map_or(bare, |b| b.trim_end_matches([' ', '、', ',', '，']));
    if let Some(&(w, intent, lang)) = EXACT_CJK.iter().find(|(w, _, _)| bare == *w) {
        return fin(Classification {
            intent,
            scope: (intent == Intent::OptOut).then_some(Scope::All),
            keyword: Some(w.to_ascii_lowercase()),
            rule: "keyword",
            lang: Some(lang),
            confidence: 0.93,
            strict: false,
            review: false,
            evidence: None,
            program: None,
        });
    }
    if is_reaction(trimmed) {
        return fin(Classification { confidence: 0.95, ..none("reaction") });
    }
    if let Some(c) = emoji_only(trimmed) {
        return fin(c);
    }
    if let Some(c) = program_keyword(trimmed) {
        return fin(c);
    }
    let folded = fold(text);
    let lex = Lexicon::get();
    let _ = guards::take_guarded();
    let mut ws = words(lex, &folded);
    // Some checks look back across a clause or the message, so their work grows with the
    // square of the words read. A reply asks at its start or at its end, so of a very long
    // one the first and the last MAX_WORDS words are read: any input stays fast. (Ten
    // concatenated SMS segments are about 1,600 characters, some 300 words.)
    if ws.len() > 2 * MAX_WORDS {
        ws.drain(MAX_WORDS..ws.len() - MAX_WORDS);
    }
    if ws.is_empty() {
        return fin(none("none"));
    }
    if !text.is_ascii() && text.contains(STOP_EMOJI) && ws.iter().all(|w| w.is(FILLER | CONTEXT | PLEASE)) {
        return fin(Classification { rule: "emoji", keyword: None, ..stop_emoji() });
    }
    if let Some(c) = caps_keyword_and_one(&ws, trimmed) {
        return fin(c);
    }
    // Not at a wedding ("sí quiero!! 💍", "yes yes yes 🎉"): a YES said with the emoji of a
    // celebration answers a friend.
    let celebrates = |c: &Classification| {
        c.intent == Intent::OptIn && !text.is_ascii() && text.contains(CELEBRATION) && ws.iter().any(|w| w.keyword().is_some_and(|k| k.intent == Intent::OptIn && k.level == Level::Exact))
    };
    // "Weiter?": German's go-on word asked is "what next?" (guard `what-next`).
    let asks_next = |c: &Classification| c.keyword.as_deref() == Some("weiter") && text.contains(['?', '？']);
    let whole = whole_message(&ws).filter(|c| !celebrates(c) && !asks_next(c));
    let found = whole.is_some();
    let mut rules =
        whole.or_else(|| clauses(&ws)).or_else(|| opt_in_phrase(&ws).filter(|_| !asks_when_why(&ws, text))).or_else(|| help_sentence(&ws, text)).or_else(|| threat(&ws)).unwrap_or_else(
            || {
                // Less sure when a keyword was there but did not count ("Cancel my order").
                let keyword_seen = ws.iter().any(|w| w.keyword().is_some() || w.is(STOPV | OBJV | REMOVEV));
                // Or a message noun with a negative or resume cue ("no more of those
                // sale blasts", "texts again?"): worth a person's look.
                let classes = ws.iter().fold(0, |m, w| m | w.e.class);
                let near_miss = classes & (MSGN | SENDV | SENDME | MSGCJK) != 0 && classes & (NEG | MORE | NOMORE | KEINE | AGAINX | WANT) != 0;
                let confidence = if near_miss {
                    0.5
                } else if keyword_seen {
                    0.6
                } else {
                    0.9
                };
                Classification { confidence, ..none("none") }
            },
        );
    if (rules.intent != Intent::None || ws.iter().any(|w| w.keyword().is_some())) && guards::boilerplate(&ws) {
        rules = Classification { confidence: 0.6, ..none("boilerplate") };
    } else if let Some(name) = (rules.intent == Intent::OptOut).then(|| guards::talk(&ws, text, found, rules.rule)).flatten() {
        // Banter, an exclamation, talk about spam, advice, a question about what a keyword does.
        rules = Classification { confidence: 0.5, ..none(name) };
    }
    // No promotion past a guard or a negated request ("don't remove this number").
    // A named pattern guard, or a number ("stop at 5", "since 2020"), holds the model back
    // less: past one it may still promote an opt-out, at `promote_past_guard`.
    let (guarded, negation) = guards::take_guarded();
    // Laughter holds it back too, without blocking it: "No more Valentine's promos please,
    // I'm single now 😂" is a request, "stop it lol" is not, and the model tells them apart
    // (out of writer on 49 writers, ten groups: 46 more opt-outs found, 4 more texts between
    // friends read as opt-outs, each flagged for review).
    let laughs = guards::banter(&ws, text);
    let held = guarded || laughs || ws.iter().any(|w| w.is(DIGITS));
    let blocked = negation
        || guards::TALK.contains(&rules.rule)
        || rules.rule == "boilerplate"
        || guards::conditional(&ws, text)
        || rhetorical(&ws)
        || guards::calls_attention(&ws)
        || guards::likes_them(&ws)
        || guards::one_message(&ws)
        || guards::consent_document(&ws)
        || guards::reported(&ws)
        // "para mensajes": Spanish and Portuguese "para" before a bare noun is "for"; the stop
        // takes an article or a verb ("para los mensajes", "para de mandar").
        || ws.len() == 2 && ws[0].text == "para" && ws[1].is(MSGN)
        || ws.iter().enumerate().any(|(i, w)| w.is(STOPV | OBJV | REMOVEV | KWOUT | GUARD) && negated(&ws, i) && negation_in_clause(&ws, i));
    // Wanting to receive, or receiving again ("voglio ricevere", "다시 받을게요"), is about
    // messages too: the model reads it (for an opt-in; it rarely says opt-out of it).
    // Only where the rules found nothing: it adds no veto of a rule's opt-out ("не хочу получать смс").
    let receive = rules.intent == Intent::None && ws.iter().any(|w| w.is(GETV)) && ws.iter().any(|w| w.is(WANT | AGAINX));
    let gated = !blocked && (receive || ws.iter().any(|w| w.keyword().is_some() || w.is(GATE)));
    let (gate, past_guard) = (gated && !held, gated && held);
    // The model reads a reply only where it may change the answer: a reply
    // with some word about messages, stopping or lists. A whole-message keyword
    // opt-out is read too, so that the model may veto one said between friends
    // ("ya para jajaja", "przestań haha"): vetoed at `veto_final`, flagged for a
    // person. The platform keyword alone ("STOP") was settled above and is never read.
    let reads = receive || ws.iter().any(|w| w.keyword().is_some() || w.is(GATE));
    if !reads && !always {
        return Analysis { rules, features: Vec::new(), scope: Scope::All, lang: None, gate: false, past_guard: false, asks_to_send: false, resume_ok: false, restated: false, words: 0, no_help: false, reads };
    }
    let mut features = Vec::with_capacity(16 * ws.len() + 16);
    model::features(&ws, text, &rules, &mut features);
    // "send me more info" asks for something; "please send help info" names the HELP keyword itself.
    let asks_to_send = ws.iter().any(|w| w.is(SENDV | SENDGEN | SENDME))
        && !ws.iter().any(|w| w.keyword().is_some_and(|k| k.intent == Intent::Help && !k.word.starts_with("info")));
    // The model may suggest an opt-in only where nothing speaks of stopping, refusing or
    // removing, and the reply is not a question (a mark or "how") ("baja de todo, incluyendo los recordatorios",
    // "I accidentally signed up. Start?").
    // An accident explains the STOP it names and may ask politely ("I sent STOP by mistake,
    // can you sign me up again?").
    let accident = ws.iter().any(|w| w.is(ACCIDENT)) && ws.iter().any(|w| w.keyword().is_some_and(|k| k.intent == Intent::OptOut));
    // Hindi's "na" is a negative imperative; in Polish and Portuguese it is "on" ("zapiszcie mnie
    // znowu na przypomnienia", "me coloca de volta na lista").
    // The message's language by its words' vote: wanted for the model's result, and for "na".
    let voted = (gated || ws.iter().any(|w| w.text == "na")).then(|| hint(&ws).or_else(|| vote(&ws, &ws))).flatten();
    let hindi = voted == Some("hi");
    let question = text.contains(['?', '？']);
    // (Wanted only with `gate`, and the checks run in order of cost.)
    let resume_ok = gate
        && (accident || !question || polite_request(&ws))
        && !ws.iter().any(|w| {
            w.keyword().is_some_and(|k| k.intent == Intent::OptOut) && !accident
                // The opt-out keyword an accident explains does not block ("mandei SAIR sem querer").
                || w.is(if accident { RESUME_BLOCKERS & !(STOPV | CANCELV) } else { RESUME_BLOCKERS })
                    && (hindi || w.text != "na")
                    && !(accident && w.keyword().is_some_and(|k| k.intent == Intent::OptOut))
                || super::guards::one_of(w.text, HOW)
        })
        // and it names messages, a list or receiving ("add me back on facebook" names none), or
        // the STOP it takes back does.
        && (accident || ws.iter().any(|w| w.is(MSGN | MSGPL | MSGCJK | LISTN | SUBN | SENDV | SENDME | SENDGEN | GETV)) || resumes_alone(&ws))
        // After an accident, something asked beyond the explanation: "I accidentally texted stop. yes"
        // explains and answers, it asks for nothing.
        && (!accident || ws.iter().any(|w| !w.is(FILLER | YESW | SELF | IPRON | DET | ACCIDENT | SAIDV) && w.keyword().is_none_or(|k| k.intent != Intent::OptOut)))
        // "when will I start getting texts again?", "why did they turn back on": asking when or
        // why, with or without the mark, asks about a resume, it is not one; nor does telling
        // what happened, putting it off to later, or asking for a resend.
        && !asks_when_why(&ws, text)
        && !guards::past_statement(&ws)
        && !guards::deferred(&ws, text)
        && !guards::goods_delivery(&ws, text)
        && (accident || !guards::resend(&ws));
    let (scope, lang) = if gated { (scope_of(&ws), voted) } else { (Scope::All, None) };
    let restated = rules.intent == Intent::OptOut && (accident || rules.rule == "keyword-in-sentence" && wants_out(&ws));
    Analysis { rules, features, scope, lang, gate, past_guard, asks_to_send, resume_ok, restated, words: ws.len(), no_help: ws.iter().any(|w| w.is(ALL)) || thanks_for_help(&ws) || info_about(&ws), reads }
}

/// Classifies: the rules, then the model where it may change the answer.
pub(super) fn classify(text: &str) -> Classification {
    let a = analyse(text);
    let Some(m) = Model::builtin().filter(|_| a.reads) else {
        let mut c = a.rules;
        c.review = c.confidence < model::REVIEW_BELOW;
        return c;
    };
    let p = m.predict(&a.features);
    let mut c = model::decide(&a, &p, &model::THRESHOLDS);
    if c.rule == "learned" || c.rule == "model-veto" {
        // Said again here with the words that weighed most (rare: only when the model decided).
        let folded = fold(text);
        let ws = words(Lexicon::get(), &folded);
        let intent = if c.rule == "learned" { c.intent } else { Intent::None };
        let prior = c.evidence.take();
        c.evidence = Some(model::evidence(&m, &ws, intent, &p, prior));
    }
    c
}

/// "Obrigado pela ajuda", "thanks for the help", "merci pour l'aide": the help word after
/// "for" (an article between) is the thing thanked for, not a request.
fn thanks_for_help(ws: &[Word<'_>]) -> bool {
    const FOR_WORDS: &str = "for pela pelo por pour fur voor per za за dla para";
    ws.iter().enumerate().any(|(i, w)| {
        w.keyword().is_some_and(|k| k.intent == Intent::Help)
            && (1..=2).any(|d| i.checked_sub(d).and_then(|j| ws.get(j)).is_some_and(|p| super::guards::one_of(p.text, FOR_WORDS)))
    })
}

/// A prohibitive after the keyword, in languages that put it after the verb: Korean "수신거부 하지
/// 마세요", "해지하지 말아주세요", "해지 말고" (don't opt out, rather than), Hindi "unsubscribe mat
/// karna" (don't unsubscribe). Only in the keyword's clause.
fn prohibited_after(cs: &[Word<'_>], i: usize) -> bool {
    let next = |d: usize| cs.get(i + d).filter(|x| x.clause == cs[i].clause).map(|x| x.text);
    // The prohibitive's own forms, not any word in 말 ("수신거부 말했잖아요": I said opt out).
    let mal = |t: &str| t.starts_with("말아") || t.starts_with("말고");
    let dont = |t: &str| t.starts_with("마") || mal(t);
    match next(1) {
        Some("하지") => next(2).is_some_and(dont),
        Some("mat" | "मत") => true,
        Some(t) => mal(t) || cs[i].text.ends_with("하지") && dont(t),
        None => false,
    }
}

/// Whether a negation before word `i` is in its clause: "não tenho interesse, tira meu número"
/// asks to remove it; the "não" belongs to the clause before.
fn negation_in_clause(ws: &[Word<'_>], i: usize) -> bool {
    ws[i.saturating_sub(4)..i].iter().any(|w| w.is(NEG) && w.clause == ws[i].clause)
}

/// "I want to unsubscribe, my wife too": a want, then the opt-out keyword ending its clause,
/// nothing between them but a pronoun or "to", and no negation nor someone else in the clause:
/// the sender's own request, said outright (not "i need to unsubscribe from 40 newsletters").
fn wants_out(ws: &[Word<'_>]) -> bool {
    ws.iter().enumerate().filter(|(_, w)| w.is(WANT)).any(|(i, w)| {
        // A clause's words stand together: the rest of this one.
        let rest = &ws[i + 1..];
        let rest = &rest[..rest.iter().position(|x| x.clause != w.clause).unwrap_or(rest.len())];
        let Some(k) = rest.iter().position(|x| x.keyword().is_some_and(|k| k.intent == Intent::OptOut)) else { return false };
        k <= 2
            && rest[..k].iter().all(|x| x.is(IPRON | ME | TOW | SELF))
            && rest[k + 1..].iter().all(|x| x.is(FILLER))
            && !ws.iter().any(|x| x.clause == w.clause && x.is(NEG | THIRD))
    })
}

/// "Info on parking?", "informacion sobre la oferta": an info word about a named thing asks
/// about that thing, not for the HELP message.
fn info_about(ws: &[Word<'_>]) -> bool {
    const ABOUT_WORDS: &str = "on about sobre sur uber zu su over o про об о";
    ws.windows(2).any(|p| p[0].keyword().is_some_and(|k| k.intent == Intent::Help && k.word.starts_with("info")) && super::guards::one_of(p[1].text, ABOUT_WORDS))
}

/// "why would I ever unsubscribe", "should I stop these": the reply weighs a stop, it does not ask for one.
fn rhetorical(ws: &[Word<'_>]) -> bool {
    let mut lead = ws.iter().skip_while(|w| w.is(FILLER));
    lead.next().is_some_and(|w| w.is(RHET)) && lead.next().is_some_and(|w| w.is(IPRON | FRAME | RHET))
}

/// "How" in the 13 languages: "how do i turn them back on" asks about a resume, it is not one.
const HOW: &str = "how como comment wie hoe jak как 怎么 如何 どう どうやって 어떻게 kaise kese कैसे";

/// "When" and "why" in the 13 languages (folded), words of their own (Korean's are in
/// `WHEN_WHY_CJK`: they take particles).
const WHEN_WHY: &str = "when why whyd cuando quand pourquoi wann warum wieso weshalb quando perche wanneer waarom kiedy dlaczego czemu когда почему зачем kab kyun kyon कब क्यों";

/// "When", "what time" and "why" where words run together (zh, ja) or take particles (ko): found in the text.
const WHEN_WHY_CJK: &[&str] = &["什么时候", "几点", "幾點", "为什么", "何时", "いつ", "何時", "なぜ", "どうして", "언제", "몇 시", "몇시", "왜"];

/// "when will I start getting texts again?", "停水通知收到了，几点恢复？": asking when or why a
/// resume comes, which is not asking for one.
fn asks_when_why(ws: &[Word<'_>], text: &str) -> bool {
    ws.iter().any(|w| super::guards::one_of(w.text, WHEN_WHY)) || WHEN_WHY_CJK.iter().any(|q| text.contains(q))
}

/// "can you put me back on the texts?", "Kunt u mij weer toevoegen aan de sms-lijst?",
/// "можете снова включить уведомления?": a question that opens with a polite request frame
/// asks for something; "am I ready to start getting texts again?" does not.
fn polite_request(ws: &[Word<'_>]) -> bool {
    const FRAMES: &str = "can could would kunt kunnen kun konnen konnten konnt pouvez pourriez peux podem podes poderiam pode puede pueden podrian podria potete potresti puoi possono mozecie mozesz mozna можете можно могли";
    let first = ws.iter().position(|w| !w.is(FILLER | YESW) && w.text != "czy");
    first.is_some_and(|i| guards::one_of(ws[i].text, FRAMES) && ws.get(i + 1).is_some_and(|w| !w.is(SELF)))
}

/// A resume verb that names the messages by itself, with no object of its own after it in its
/// clause ("errore, riattiva", "再開希望"; not "reactiva mi cuenta", "reactivate the account").
fn resumes_alone(ws: &[Word<'_>]) -> bool {
    ws.iter().enumerate().any(|(i, w)| w.is(RESUMEX) && !ws[i + 1..].iter().take_while(|x| x.clause == w.clause).any(|x| x.is(MYDET | DET | OTHERN)))
}

/// Words that keep the model from suggesting an opt-in: stopping, refusing, removing, revoking,
/// and "no", "without", "nothing" before what is not wanted ("Без смс со скидками").
const RESUME_BLOCKERS: u128 = NEG | NOMORE | KEINE | DONTSEND | REVOKEV | REMOVEV | STOPV | CANCELV | IMPNEG | NOWORD | NOTHING;

/// Emoji of a celebration: a YES said with them answers a friend ("JA ich will!! 💍").
const CELEBRATION: &[char] = &['💍', '💒', '👰', '🤵', '🎉', '🥳', '🥂', '🍾', '💕', '😍', '🥰'];

const STOP_EMOJI: &[char] = &['🛑', '✋', '⛔', '🚫', '🙅', '🤚', '🔕', '📵', '❌'];

/// Words that let the model promote a `none`: something about messages,
/// stopping, lists or consent must be there.
const GATE: u128 = MSGN
    | MSGPL
    | SENDV
    | SENDME
    | SENDGEN
    | MSGCJK
    | STOPV
    | OBJV
    | REMOVEV
    | REMOVEME
    | LISTN
    | TXTV
    | MKT
    | CONSENT
    | LEAVE
    | NUMBER
    | CONTEXT
    | NEVERSIGNED
    | REFRAINV
    | REPORTV
    | SUBN
    | DONTSEND
    | STOPDE
    | CANCELV
    | NOMORE
    | KEINE
    | PASTOUT
    | REMOVED
    | OPTINV
    | RESUMEX
    | SIGNUP;

fn stop_emoji() -> Classification {
    Classification {
        intent: Intent::OptOut,
        scope: Some(Scope::All),
        keyword: None,
        rule: "emoji",
        lang: None,
        confidence: 0.8,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    }
}

/// A threat about messages: "I'll sue if you text me again", "Another text and I go to
/// the BBB", "you'll be hearing from the FCC if this continues", "Remove me or I'm reporting you".
fn threat(ws: &[Word<'_>]) -> Option<Classification> {
    // Most replies name no report, block or authority: done before reading the rest.
    let first = ws.iter().find(|w| w.is(AUTHN | REPORTV))?;
    let who = ws.iter().any(|w| w.is(AUTHN | REPORTV)) && (ws.iter().any(|w| w.is(AUTHN | DIGITS)) || ws.iter().any(|w| w.is(REPORTV)));
    // The report/block word itself is not what the message is about ("block of cheese or shredded?").
    let about = ws.iter().any(|w| w.is(MSGN | SENDV | SENDME | TXTV | REMOVEV | STOPV | STOPDE) || !w.is(REPORTV) && w.keyword().is_some_and(|k| k.intent == Intent::OptOut));
    // "if", "again", "or", "one more": in the 13 languages ("ou je porte plainte", "o vi denuncio", "bo zgłoszę", "или", "warna", "jeśli", "agar", "nog één", "これ以上").
    let cond = ws.iter().any(|w| guards::one_of(w.text, "if again another or continues continue persist si wenn se ou o bo или warna varna jesli agar nog jeszcze これ以上 oder als если ещё еще वरना तो"));
    (who && cond && (about || ws.iter().any(|w| w.is(AUTHN | DIGITS)))).then(|| Classification {
        intent: Intent::OptOut,
        scope: Some(Scope::All),
        keyword: Some(first.text.to_string()),
        rule: "threat",
        lang: Some(span_lang(std::slice::from_ref(first), ws)),
        confidence: 0.8,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// "HELP - who is this?", "Help, how does this work?", "I need help with these texts".
fn help_sentence(ws: &[Word<'_>], raw: &str) -> Option<Classification> {
    let is_help = |w: &Word<'_>| w.keyword().is_some_and(|k| k.intent == Intent::Help) && !w.typo;
    if !ws.iter().any(is_help) {
        return None;
    }
    let first = ws.first()?.clause;
    let head = &ws[..ws.iter().take_while(|w| w.clause == first).count()];
    let bare = head.iter().any(is_help) && head.iter().all(|w| is_help(w) || w.is(FILLER | ME | PLEASE));
    let asks = (raw.contains('?') || !raw.is_ascii() && raw.contains('？'))
        && ws
            .iter()
            .any(|w| w.is(MSGN | SUBN | NUMBER | LISTN | OBJP | KWOUT) || guards::one_of(w.text, "how who what como comment wie"))
        || ws.iter().any(|w| w.is(MSGN | SUBN | NUMBER | LISTN));
    // "I need help with these texts", "help with my subscription".
    let lead = ws.iter().position(|w| !w.is(IPRON | WANT | SELF | FILLER)).unwrap_or(0);
    let need = is_help(&ws[lead])
        && ws.get(lead + 1).is_some_and(|w| w.is(PREP))
        && ws.iter().any(|w| w.is(MSGPL | SUBN | LISTN))
        && !ws.iter().any(|w| w.is(NEG));
    // "what is this? info please": a bare help clause after a question.
    let later = (raw.contains('?') || !raw.is_ascii() && raw.contains('？')) && {
        let last = ws.last()?.clause;
        let tail: Vec<&Word<'_>> = ws.iter().filter(|w| w.clause == last).collect();
        last != first && tail.iter().any(|w| is_help(w)) && tail.iter().all(|w| is_help(w) || w.is(FILLER | ME | PLEASE))
    };
    // "HELP FLIGHT", "HELP - school alerts": the keyword, then a program's name.
    let caps = raw.trim_start().starts_with(|c: char| c.is_uppercase())
        && raw.split_whitespace().next().is_some_and(|t| t.chars().all(|c| !c.is_lowercase()));
    let program = caps
        && !raw.contains('?')
        && is_help(&ws[0])
        && ws.len() <= 4
        && ws[1..].iter().all(|w| w.is(UNK | MSGN | MSGPL | DET | LISTN) && !w.is(NEG))
        && ws.len() > 1;
    let k = ws.iter().find(|w| is_help(w))?.keyword()?;
    ((bare && asks && ws.len() > head.len()) || need || later || program).then(|| Classification {
        intent: Intent::Help,
        scope: None,
        keyword: Some(k.word.to_string()),
        rule: "keyword-in-sentence",
        lang: Some(keyword_lang(k, ws)),
        confidence: 0.8,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// "STOPP Kontoalarm", "BAJA resultados", "СТОП результаты", "STOP natychmiast": any
/// language's stop keyword in capitals and one word after it, not a question. The capitals
/// are the keyword's; the word is its program, or how soon ("now" in a language the lexicon
/// does not hold). Round 15: 20 of 21 such replies in train opt out; the one that does not
/// ("STOP IT", between people) the stop-it pattern already reads as one.
fn caps_keyword_and_one(ws: &[Word<'_>], t: &str) -> Option<Classification> {
    let mut parts = t.split_whitespace();
    let (first, _) = (parts.next()?, parts.next()?);
    if ws.len() != 2 || parts.next().is_some() || t.contains(['?', '？']) || first.chars().any(char::is_lowercase) || !first.chars().any(char::is_uppercase) {
        return None;
    }
    let (a, b) = (&ws[0], &ws[1]);
    let k = a.keyword().filter(|k| k.intent == Intent::OptOut && !a.is(CANCELV))?;
    // One word the lexicon does not take for a keyword, filler, laughter or a person.
    let laughs = guards::laughing(t) || guards::one_of(b.text, "haha ahah ahahah jaja jajaja hehe kkk rsrs хаха ахах");
    if laughs || b.keyword().is_some() || !b.is(UNK | MSGN | MSGPL | OTHERN | ALL) || b.is(FILLER | ME | OBJP | IPRON | BANTER) {
        return None;
    }
    Some(Classification {
        intent: Intent::OptOut,
        scope: Some(Scope::All),
        keyword: Some(k.word.to_string()),
        rule: "keyword-program",
        lang: Some(keyword_lang(k, ws)),
        confidence: 0.85,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// "START OUTAGE", "STOP ALERTS": a platform keyword and a program's name,
/// both in capitals, as short codes take them.
fn program_keyword(t: &str) -> Option<Classification> {
    let mut parts = t.split_whitespace();
    let first = parts.next()?;
    let &(kw, intent) = STANDARD
        .iter()
        .find(|(w, i)| *i != Intent::Help && !w.contains(' ') && first.eq_ignore_ascii_case(w) && !first.bytes().any(|b| b.is_ascii_lowercase()))?;
    let rest: Vec<&str> = parts.collect();
    let caps =
        |p: &&str| p.len() <= 16 && p.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) && p.bytes().any(|b| b.is_ascii_uppercase());
    // An opt-in keyword in capitals may name its program in any case ("START refills",
    // "START classes"): the capitals are the explicit evidence. Opt-outs keep both in capitals.
    let named = |p: &&str| intent == Intent::OptIn && p.len() <= 16 && p.bytes().all(|b| b.is_ascii_alphabetic());
    if rest.is_empty() || rest.len() > 2 || !rest.iter().all(|p| caps(p) || named(p)) || kw == "yes" {
        return None;
    }
    // Not two keywords or an emphasis ("STOP ALL", "STOP STOP", "STOP NOW", "STOP PLEASE"): the rules read those.
    let lex = Lexicon::get();
    let plain = |p: &&str| {
        let f = fold(p);
        let w = words(lex, &f);
        w.len() == 1 && w[0].keyword().is_none() && (w[0].is(UNK | MSGN | MSGPL) || intent == Intent::OptIn && w[0].is(OTHERN))
    };
    if !rest.iter().all(plain) {
        return None;
    }
    Some(Classification {
        intent,
        scope: (intent == Intent::OptOut).then_some(Scope::All),
        keyword: Some(format!("{} {}", kw, rest.join(" ").to_ascii_lowercase())),
        rule: "keyword-program",
        lang: Some("en"),
        confidence: 0.9,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// Stop-sign emoji alone ("🛑", "✋", "⛔🚫", "🛑🙏" with folded hands for please): a stop.
fn emoji_only(t: &str) -> Option<Classification> {
    let mut any = false;
    for c in t.chars() {
        if STOP_EMOJI.contains(&c) {
            any = true;
        } else if !(c.is_whitespace()
            || c == '!'
            || c == '\u{fe0f}'
            // 🙏: please ("🛑🙏").
            || c == '🙏'
            || c == '\u{200d}'
            || ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)
            || c == '♀'
            || c == '♂'
            // What is stopped, and how the sender feels: "🚫📱", "👋🚫💬", "👎🛑".
            || matches!(c, '📧'..='📩' | '📱' | '📲' | '💬' | '✉' | '📞' | '☎' | '👎' | '👋' | '😠' | '😡' | '🤬'))
        {
            return None;
        }
    }
    any.then(|| Classification {
        intent: Intent::OptOut,
        scope: Some(Scope::All),
        keyword: Some(t.to_string()),
        rule: "emoji",
        lang: None,
        confidence: 0.8,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// Words read from each end of a very long reply: far more than any SMS reply holds.
pub(crate) const MAX_WORDS: usize = 1024;

fn none(rule: &'static str) -> Classification {
    Classification {
        intent: Intent::None,
        scope: None,
        keyword: None,
        rule,
        lang: None,
        confidence: 0.7,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    }
}

/// Reactions as phones write them in the other languages, before or after the
/// quote, compared lowercased without the punctuation around them.
const REACTIONS_AROUND: &[&str] = &[
    "gefällt mir", "polubiono", "mi piace", "leuk gevonden", "понравилось", "Понравилось", "нравится", "Нравится", "赞了", "点赞了", "いいね", "にいいねしました", "をいいねしました",
    "에 좋아요를 누름", "에 좋아요", "좋아요", "को पसंद किया", "पसंद किया",
];

fn reaction_around(t: &str) -> bool {
    // One pass by character (no pattern searchers: bytes in the wasm build).
    let (mut first, mut last, mut close_len) = (None, None, 0);
    for (i, c) in t.char_indices() {
        if first.is_none() && matches!(c, '"' | '“' | '„' | '«' | '「' | '”') {
            first = Some(i);
        } else if first.is_some() && matches!(c, '"' | '”' | '“' | '»' | '」') {
            (last, close_len) = (Some(i), c.len_utf8());
        }
    }
    let (Some(first), Some(last)) = (first, last) else { return false };
    // Compared as written, ASCII case aside (no case tables of our own in the wasm build).
    // The reaction, then at most a mark or two ("いいね！", "Leuk gevonden:").
    let (head, tail) = (t[..first].trim(), t[last + close_len..].trim());
    let known = |s: &str| {
        REACTIONS_AROUND.iter().any(|r| r.len() <= s.len() && s.len() - r.len() <= 3 && s.is_char_boundary(r.len()) && s[..r.len()].eq_ignore_ascii_case(r))
    };
    (head.is_empty() && known(tail)) || (tail.is_empty() && known(head))
}

fn is_reaction(t: &str) -> bool {
    if !t.is_ascii() && reaction_around(t) {
        return true;
    }
    // Android: `👍 to "…"`, `Reacted 😂 to “…”`.
    let after_emoji = t.trim_start_matches(|c: char| !c.is_ascii() && !QUOTES.contains(&c));
    if after_emoji.len() < t.len() {
        if let Some(rest) = after_emoji.strip_prefix(" to ") {
            if rest.starts_with(QUOTES) {
                return true;
            }
        }
    }
    // The opening quote: a quote mark at the start or after a space (not the
    // apostrophe of "N'a pas aimé"), within the first few words.
    let mut prev = ' ';
    let Some((at, _)) = t.char_indices().take(48).find(|&(_, c)| {
        let open = QUOTES.contains(&c) && prev.is_whitespace();
        prev = c;
        open
    }) else {
        return false;
    };
    let (head, quoted) = (&t[..at], &t[at..]);
    let lex = Lexicon::get();
    // Nothing may follow the quote (`"Reply STOP to opt out" ok STOP` is a reply).
    let close = quoted.rfind(QUOTES).unwrap_or(0);
    let after = close + quoted[close..].chars().next().map_or(0, char::len_utf8);
    if !fold(&quoted[after..]).toks.is_empty() {
        return false;
    }
    let folded = fold(head);
    let n = folded.toks.len();
    let phrase: Vec<&str> = (0..n).map(|i| folded.text(i)).collect();
    let phrase = phrase.join(" ");
    // "Reacted 😂 to", "Removed a like from": the verb and a few words.
    let known = REACTIONS.iter().any(|p| phrase == *p || (phrase.starts_with(p) && phrase.as_bytes().get(p.len()) == Some(&b' ') && n <= 4));
    if known {
        return true;
    }
    let hw = words(lex, &folded);
    // Any short, keyword-free reaction ("haha", "omg") to a quote of our own
    // opt-out instructions.
    if hw.len() > 3 || hw.iter().any(|w| w.keyword().is_some() || w.e.class & !(FILLER | UNK) != 0) {
        return false;
    }
    let folded = fold(quoted);
    let qw = words(lex, &folded);
    qw.windows(2).any(|p| super::guards::one_of(p[0].text, INSTRUCTIONS) && p[1].keyword().is_some_and(|k| k.intent == Intent::OptOut))
}

/// A language by vote: each word of `own` for its own language (shared
/// keywords abstain), each word of `hints` for its hint ("STOP SVP" is
/// French, "PARE por favor obrigado" Portuguese); a tie goes to the language
/// counted first, so to the phrase's own words; a weak hint only when
/// nothing else votes.
fn vote(hints: &[Word<'_>], own: &[Word<'_>]) -> Option<&'static str> {
    let mut tally: [(&'static str, u32); 8] = [("", 0); 8];
    let own_langs = own.iter().filter(|w| w.keyword().is_none_or(|k| !k.shared)).filter_map(|w| w.e.lang);
    for l in own_langs.chain(hints.iter().filter_map(|w| w.e.hint)) {
        if let Some(slot) = tally.iter_mut().find(|(t, n)| *t == l || *n == 0) {
            *slot = (l, slot.1 + 1);
        }
    }
    let mut best: Option<(&'static str, u32)> = None;
    for &(l, n) in &tally {
        if n > best.map_or(0, |b| b.1) {
            best = Some((l, n));
        }
    }
    best.map(|b| b.0).or_else(|| hints.iter().find_map(|w| WEAK_HINTS.iter().find(|(t, _)| *t == w.text).map(|&(_, l)| l)))
}

fn hint(ws: &[Word<'_>]) -> Option<&'static str> {
    vote(ws, &[])
}

fn keyword_lang(k: &Keyword, ws: &[Word<'_>]) -> &'static str {
    if k.shared {
        hint(ws).unwrap_or(k.lang)
    } else {
        k.lang
    }
}

/// Marketing when marketing is named and every message word is a marketing
/// one ("no more sale texts"); a plain one widens it ("stop texting me and no
/// more promos" stops everything).
fn scope_of(ws: &[Word<'_>]) -> Scope {
    let plain = |i: usize| ws[i].is(MSGN | TXTV) && !ws[i].is(MKT) && (i == 0 || !ws[i - 1].is(MKT | MKTMOD));
    if ws.iter().any(|w| w.is(MKT | MKTMOD)) && !(0..ws.len()).any(plain) {
        Scope::Marketing
    } else {
        Scope::All
    }
}

/// The scope of an opt-out starting at `i`: the clause's, except that what
/// the sender first asks to keep is left out ("keep the appointment
/// reminders but stop the promos" stops marketing only). The keep must be
/// the sender's own request (not "you keep texting me", not "don't keep").
fn kept_scope(cs: &[Word<'_>], i: usize) -> Scope {
    let lead = cs[..i].iter().position(|w| !w.is(FILLER | PLEASE | IPRON | WANT | SELF));
    let keeps = lead.is_some_and(|k| cs[k].is(KEEPV) && k + 1 < i) && !cs[..i].iter().any(|w| w.is(NEG));
    let cs = if keeps { &cs[i..] } else { cs };
    // "stop the offers but keep the pickup alerts": what is kept is not stopped.
    let after = cs.iter().skip(1).position(|w| w.is(KEEPV)).map(|k| k + 1);
    scope_of(match after {
        Some(k) if !cs[..k].iter().any(|w| w.is(NEG)) => &cs[..k],
        _ => cs,
    })
}

/// Marketing when every keyword's clause names marketing ("no more promos"),
/// everything when one stands bare ("Stop. And no more promos").
fn keyword_scope(ws: &[Word<'_>]) -> Scope {
    let named = ws.iter().filter(|w| w.keyword().is_some()).all(|k| ws.iter().any(|w| w.clause == k.clause && w.is(MKT | MKTMOD)));
    if named {
        scope_of(ws)
    } else {
        Scope::All
    }
}

/// The whole message is one intent's keyword(s) plus fillers.
fn whole_message(ws: &[Word<'_>]) -> Option<Classification> {
    let mut first: Option<(&'static Keyword, bool)> = None;
    let (mut objp, mut extra, mut kws, mut all, mut frame, mut yes, mut nouns) = (0, 0, 0, 0, 0, 0, 0);
    // "aide stp": `stp` is STOP's shorthand alone, French "please" next to another keyword.
    let other_kw = ws.iter().any(|w| w.keyword().is_some() && !w.is(FILLER));
    for w in ws {
        if let Some(k) = w.keyword().filter(|_| !(other_kw && w.is(FILLER))) {
            if first.is_some_and(|(f, _)| f.intent != k.intent) {
                return None;
            }
            kws += 1;
            // The most permissive keyword decides ("yes, sign me up").
            if first.is_none_or(|(f, _)| k.level > f.level) {
                first = Some((k, w.typo));
            }
        } else if w.is(FILLER | CONTEXT) {
        } else if w.is(ALL) {
            // "cancel all", "stop everything": emphasis, for any opt-out keyword.
            all += 1;
        } else if w.is(OBJP) {
            objp += 1;
        } else if w.is(AGAIN | AGAINX | ME | IPRON | WANT | MORE) {
            extra += 1;
        } else if w.is(FRAME) {
            frame += 1;
        } else if w.is(YESW) {
            yes += 1;
        } else if w.is(MSGN | DET) && first.is_none() {
            // Nouns before the keyword only: "stop the texts" is a pattern's.
            nouns += 1;
        } else {
            return None;
        }
    }
    let (k, typo) = first?;
    // "mensajes, basta", "texts stop": a stop word after the messages it stops.
    let stop_word = || ws.iter().any(|w| w.keyword().is_some_and(|x| std::ptr::eq(x, k)) && w.is(STOPV | NOMORE));
    let ok = match k.intent {
        Intent::OptOut => {
            extra == 0
                && frame == 0
                && yes == 0
                && (objp == 0 || k.level >= Level::Clause)
                && (nouns == 0 || stop_word() && ws.iter().any(|w| w.is(MSGN)))
        }
        // "can you sign me back up": a question frame only around an unambiguous opt-in phrase.
        // A bare YES opts in alone or with a request word ("yes please"), not
        // with thanks or an acknowledgement ("yes thank you", "yes got it").
        Intent::OptIn => {
            // "YES YES": the same word again.
            let same = ws.iter().filter_map(|w| w.keyword()).all(|x| std::ptr::eq(x, k)) && !ws.iter().any(|w| w.is(PLEASE));
            // "sí quiero", "oui je veux", "tak, chcę": a YES with only "I want" is a YES.
            let wants = kws == 1 && ws.iter().any(|w| w.is(WANT)) && ws.iter().all(|w| w.keyword().is_some() || w.is(FILLER | WANT | IPRON));
            let yes_ok = k.level != Level::Exact
                || wants
                || ((kws == 1 || same)
                    && ws.iter().all(|w| w.keyword().is_some() || w.is(FILLER))
                    && (ws.len() == 1 || same && kws == ws.len() || ws.iter().any(|w| w.is(PLEASE))));
            // "SI" alone is yes; "Sí, por favor" may answer something else.
            let si_ok = k.word != "si" || ws.len() == 1 || wants;
            (nouns == 0 || k.level >= Level::Clause) && objp == 0 && all == 0 && !typo && yes_ok && si_ok && (frame == 0 || k.level >= Level::Clause)
        }
        // "help", "need help", "more info please".
        Intent::Help => {
            nouns == 0 && objp == 0 && all == 0 && frame == 0 && ws.iter().all(|w| w.keyword().is_some() || w.is(FILLER | ME | WANT | IPRON | MORE))
        }
        Intent::None => false,
    };
    if !ok || typo && k.intent == Intent::OptIn {
        return None;
    }
    let confidence = if typo {
        0.8
    } else if ws.len() == 1 {
        0.95
    } else {
        0.93
    };
    Some(Classification {
        intent: k.intent,
        scope: (k.intent == Intent::OptOut).then(|| if nouns > 0 { keyword_scope(ws) } else { Scope::All }),
        keyword: Some(k.word.to_string()),
        rule: if typo { "keyword-typo" } else { "keyword" },
        lang: Some(keyword_lang(k, ws)),
        confidence,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

/// An opt-out found in one clause.
struct Found {
    keyword: String,
    rule: &'static str,
    lang: &'static str,
    confidence: f32,
    scope: Scope,
}

fn clauses(ws: &[Word<'_>]) -> Option<Classification> {
    let context = ws.iter().any(|w| w.is(CONTEXT | NUMBER));
    let mut best: Option<Found> = None;
    let mut scope: Option<Scope> = None;
    let mut start = 0;
    while start < ws.len() {
        let mut end = start + 1;
        while end < ws.len() && ws[end].clause == ws[start].clause {
            end += 1;
        }
        let cs = &ws[start..end];
        if let Some(f) = in_clause(cs, ws, context) {
            scope = Some(scope.map_or(f.scope, |s| s.widest(f.scope)));
            if best.as_ref().is_none_or(|b| f.confidence > b.confidence) {
                best = Some(f);
            }
        }
        start = end;
    }
    let f = best?;
    // "Stop!! you're too kind": an exclamation, then praise, and nothing
    // about messages or politeness ("Stop please, you've been so kind" is a
    // goodbye); a person should look.
    let praise = f.rule == "keyword"
        && ws.iter().any(|w| w.is(PRAISE))
        && !ws.iter().any(|w| w.is(PLEASE))
        && !ws.iter().any(|w| w.is(MSGN | MSGPL | SENDV | SENDME | SENDGEN | TXTV | GETV | MKT | LISTN));
    if praise {
        return Some(Classification { confidence: 0.5, ..none("none") });
    }
    Some(Classification {
        intent: Intent::OptOut,
        scope: Some(scope.unwrap_or(f.scope)),
        keyword: Some(f.keyword),
        rule: f.rule,
        lang: Some(f.lang),
        confidence: f.confidence,
        strict: false,
        review: false,
        evidence: None,
        program: None,
    })
}

fn in_clause(cs: &[Word<'_>], all: &[Word<'_>], context: bool) -> Option<Found> {
    // The clause is an opt-out keyword plus fillers ("Stop! I never signed up").
    let mut kw: Option<(&'static Keyword, bool)> = None;
    let bare = cs.iter().all(|w| match w.keyword() {
        // A typo of a weak keyword ("cancle") only as the whole message.
        Some(k) if k.intent == Intent::OptOut && (k.level >= Level::Clause || context && k.level == Level::Whole && !w.typo) => {
            kw = kw.or(Some((k, w.typo)));
            true
        }
        Some(_) => false,
        // "no stop": a leading no is an interjection.
        None => w.is(FILLER | OBJP | CONTEXT | ALL) || w.text == "no" && cs.len() > 1,
    });
    if let (true, Some((k, typo))) = (bare, kw) {
        // "Don't want the promos anymore, stop those": the pronoun points back
        // at what the earlier clauses named.
        let before = &all[..all.iter().position(|w| w.clause == cs[0].clause).unwrap_or(0)];
        let back = cs.iter().any(|w| w.is(BACKREF)) && before.iter().any(|w| w.is(MKT | MKTMOD));
        return Some(Found {
            keyword: k.word.to_string(),
            rule: if typo {
                "keyword-typo"
            } else if k.level == Level::Whole {
                "keyword-context"
            } else {
                "keyword"
            },
            lang: keyword_lang(k, all),
            confidence: if typo {
                0.8
            } else if k.level == Level::Whole {
                0.85
            } else {
                0.9
            },
            scope: if back { scope_of(before) } else { Scope::All },
        });
    }
    // "I accidentally texted STOP": the keyword is quoted in an explanation.
    let accident = cs.iter().any(|w| w.is(ACCIDENT));
    // "why would I stop these", "should I unsubscribe?": weighing it, not asking.
    if rhetorical(cs) {
        return None;
    }
    // A leading keyword, then a reason: "stop I'm 14", "STOP it's 3am", "quit, I closed my account".
    if cs.len() > 1 && cs[0].clause == all[0].clause && std::ptr::eq(&cs[0], &all[0]) {
        if let Some(k) = cs[0].keyword().filter(|k| k.intent == Intent::OptOut && (k.level >= Level::Clause || context)) {
            if cs[1].is(REASON | CONTEXT) && !cs[1].is(OBJP) && !all.iter().any(|w| w.is(PRAISE)) {
                return Some(Found {
                    keyword: k.word.to_string(),
                    rule: "keyword-context",
                    lang: keyword_lang(k, all),
                    confidence: 0.85,
                    scope: Scope::All,
                });
            }
        }
    }
    // Said again: "how many times do I have to say stop", "STOP means STOP".
    for (i, w) in cs.iter().enumerate().skip(1) {
        let Some(k) = w.keyword() else { continue };
        let rest_ok = cs[i + 1..].iter().all(|x| x.is(FILL | WHEN | INSIST) || x.keyword().is_some_and(|y| std::ptr::eq(y, k)));
        if k.intent == Intent::OptOut
            && k.level >= Level::Clause
            && (cs[i - 1].is(SAIDV | INSIST) || i > 1 && cs[i - 1].is(QUE) && cs[i - 2].is(SAIDV))
            && !accident
            && rest_ok
            && !all.iter().any(|x| x.is(ACCIDENT))
        {
            return Some(Found {
                keyword: k.word.to_string(),
                rule: "keyword-in-sentence",
                lang: keyword_lang(k, all),
                confidence: 0.85,
                scope: Scope::All,
            });
        }
    }
    // A strong keyword anywhere, unless negated or a noun ("I want to unsubscribe").
    for (i, w) in cs.iter().enumerate() {
        let Some(k) = w.keyword() else { continue };
        if k.intent != Intent::OptOut || k.level != Level::Anywhere || negated(cs, i) {
            continue;
        }
        // The article cues are English ("the unsubscribe link"; not Italian "a disiscrivermi").
        let noun = (i > 0 && cs[i - 1].is(NOUNCUE) && k.lang == "en") || cs.get(i + 1).is_some_and(|n| n.is(NOUNNEXT));
        // In scripts without spaces the keyword carries its own tense ("실수로 수신거부했어요"):
        // with an accident word in the clause it is the mistake explained.
        let mentioned =
            accident && (i > 0 && (cs[i - 1].is(SAIDV) || cs[i - 1].text == "didntmeanto" || cs[i - 1].text == "to") || !w.text.is_ascii());
        // "my wife keeps threatening to unsubscribe": someone else's, unless
        // the sender is the nearer subject ("my wife and I want to unsubscribe").
        // Only where the keyword is their verb ("wants to", "will"), not a
        // request after a complaint ("they keep texting me unsubscribe").
        // A "please" before it is the sender's own request ("My son
        // graduated please unsubscribe this number").
        let third = i > 0 && cs[i - 1].is(IPRON | FRAME) && cs[..i].iter().rev().find(|x| x.is(THIRD | SELF | PLEASE)).is_some_and(|x| x.is(THIRD));
        // "걱정 그만해" (stop worrying): 그만 with something else, nothing about messages.
        let doing = k.word.starts_with("그만") && cs.len() > 1 && !all.iter().enumerate().any(|(j, x)| x.is(guards::ABOUT) && !std::ptr::eq(x, w) && j < all.len());
        if noun || third || mentioned || doing || prohibited_after(cs, i) || other_object(&cs[i + 1..]) || guards::other_service(&cs[..i], &cs[i + 1..])
            || guards::ask_a_friend(cs, i, i, all)
            // "헬스장 해지했어", "ジム退会した": object-before-verb languages name the other thing first.
            || i > 0 && cs[i - 1].is(OTHERN) && !w.text.is_ascii()
            // A verb-final clause (German, Dutch, ...) names the thing earlier: "den Strom in der alten
            // Wohnung abmelden"; in any language, only where the clause names no messages, list or number.
            || cs[..i].iter().any(|x| x.is(OTHERN)) && !cs.iter().any(|x| x.is(MSGN | MSGPL | LISTN | NUMBER | MKT))
        {
            guards::guarded();
            continue;
        }
        return Some(Found {
            keyword: k.word.to_string(),
            rule: if w.typo { "keyword-typo" } else { "keyword-in-sentence" },
            lang: keyword_lang(k, all),
            confidence: if w.typo { 0.8 } else { 0.9 },
            scope: kept_scope(cs, i),
        });
    }
    // Natural-language patterns.
    let lex = Lexicon::get();
    let starts = lex.rule_starts;
    for i in 0..cs.len() {
        if !cs[i].is(starts) {
            continue;
        }
        // "at the bus stop now", "the end of it": a noun, not a request.
        if i > 0 && cs[i].is(STOPV | OBJV) && cs[i - 1].is(NOUNCUE) {
            continue;
        }
        // "I don't want the reminders to go away": the wish is to keep them.
        let kept = i > 1 && cs[i].is(ENDING) && cs[i - 1].is(TOW) && cs[..i - 1].windows(2).any(|p| p[0].is(NEG) && p[1].is(WANT));
        if kept {
            continue;
        }
        // "My son unsubscribed from the newsletter": someone else's past act.
        if cs[i].is(REMOVED | PASTOUT) && cs[..i].iter().rev().find(|x| x.is(THIRD | SELF)).is_some_and(|x| x.is(THIRD)) {
            continue;
        }
        for (rule, &first) in lex.opt_out.iter().zip(&lex.rule_first) {
            if !cs[i].is(first) {
                continue;
            }
            let Some(end) = match_at(cs, i, rule.steps) else {
                continue;
            };
            if rule.negatable && negated(cs, i) {
                guards::negation_guarded();
                continue;
            }
            if guards::blocks(rule.name, cs, i, end, all) {
                continue;
            }
            if rule.refers_back && !all.iter().any(|w| w.is(NUMBER | CONTEXT)) {
                guards::guarded();
                continue;
            }
            let span = &cs[i..end.max(i + 1).min(cs.len())];
            return Some(Found {
                keyword: join(span),
                rule: rule.name,
                lang: span_lang(span, all),
                confidence: rule.confidence,
                scope: kept_scope(cs, i),
            });
        }
    }
    None
}

/// "opt out of the field trip", "unsubscribe from the survey": an object
/// after of/from that is a known non-messaging thing, with no messaging word
/// (an unknown word may be a brand or program: "unsubscribe from Acme").
fn other_object(after: &[Word<'_>]) -> bool {
    // "unsubscribe me from that …": past the sender named as the object.
    let after = if after.first().is_some_and(|w| w.is(ME)) && after.get(1).is_some_and(|w| w.is(OUTFROM)) { &after[1..] } else { after };
    let Some((first, rest)) = after.split_first() else {
        return false;
    };
    if !first.is(OUTFROM) {
        return false;
    }
    // "unsubscribe me from that vendor newsletter": a thing named with "that" (English) is
    // someone else's; a sender's own list is "your", "this", "these".
    if rest.len() >= 2 && rest[0].text == "that" {
        return true;
    }
    let messaging = MSGN | MSGPL | MKT | MKTMOD | LISTN | SUBN | SENDV | SENDGEN | TXTV | GETV | BACKREF | ME | NUMBER;
    let mut object = rest.iter().skip_while(|w| w.is(DET | MYDET | ADJ) && !w.is(MSGN | MSGPL | MKT | OTHERN)).take(3).peekable();
    // "from that calendar invite series": the first noun decides, unless messages follow ("field trip texts").
    if object.peek().is_some_and(|w| w.is(OTHERN)) && !rest.iter().take(4).any(|w| w.is(MSGN | MSGPL)) {
        return true;
    }
    let (mut other, mut msg) = (false, false);
    for w in object {
        msg |= w.is(messaging);
        other |= w.is(OTHERN);
    }
    other && !msg
}

fn join(span: &[Word<'_>]) -> String {
    let mut s = String::new();
    for (i, w) in span.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

/// The language of a matched phrase: its own words' languages and the
/// message's hints vote ("Parar de enviar mensagens, obrigado" is Portuguese
/// though `parar` and `enviar` are Spanish too).
fn span_lang(span: &[Word<'_>], all: &[Word<'_>]) -> &'static str {
    vote(all, span).unwrap_or("en")
}

/// "Please resume my texts", "start texting me again": the whole message.
fn opt_in_phrase(all: &[Word<'_>]) -> Option<Classification> {
    // "I accidentally texted stop, turn the alerts back on": the words that
    // explain the mistake are not part of the request.
    let mut kept: Vec<Word<'_>> = Vec::new();
    let mut undone = false;
    let explained = all.iter().any(|w| w.is(ACCIDENT));
    let mut start = 0;
    while explained && start < all.len() {
        let end = start + all[start..].iter().take_while(|w| w.clause == all[start].clause).count();
        let cs = &all[start..end];
        start = end;
        if !cs.iter().any(|w| w.is(ACCIDENT)) {
            kept.extend_from_slice(cs);
            continue;
        }
        // "I accidentally replied stop can you turn the texts back on": what
        // follows the quoted keyword may still be the request.
        let opt_out = |w: &Word<'_>| w.keyword().is_some_and(|k| k.intent == Intent::OptOut) || w.is(PASTOUT | REMOVED);
        let quoted = cs.windows(2).position(|p| p[0].is(SAIDV) && p[1].keyword().is_some_and(|k| k.intent == Intent::OptOut));
        let cut = quoted.map_or(cs.len(), |q| q + 2);
        undone |= cs[..cut].iter().any(opt_out);
        if !cs[cut..].iter().any(|w| w.is(ACCIDENT)) {
            kept.extend_from_slice(&cs[cut..]);
        }
    }
    let ws = if explained { &kept[..] } else { all };
    // "I hit stop by accident, please resume": the keyword alone after it.
    // Not a bare "yes": it may answer something else.
    if undone && !ws.iter().all(|w| w.is(YESW | FILLER)) {
        if let Some(c) = whole_message(ws).filter(|c| c.intent == Intent::OptIn) {
            return Some(c);
        }
    }
    // Every opt-in rule needs a resume cue; most replies have none.
    let classes = ws.iter().fold(0, |m, w| m | w.e.class);
    if classes & NEG != 0 || classes & OPT_IN_CUES == 0 {
        return None;
    }
    let core = opt_in_core(ws);
    let ws = &core[..];
    // The whole message is the request; or one clause is, and the others only
    // say why ("add me back, I miss the taco tuesday texts").
    let whole = opt_in_in(ws, ws);
    if whole.is_some() {
        return whole;
    }
    let mut start = 0;
    while start < ws.len() {
        let end = start + ws[start..].iter().take_while(|w| w.clause == ws[start].clause).count();
        if end - start < ws.len() && benign(&ws[..start]) && benign(&ws[end..]) {
            if let Some(c) = opt_in_in(&ws[start..end], ws) {
                return Some(c);
            }
        }
        start = end;
    }
    None
}

/// Words around an opt-in request that only say why: a few, and none about stopping.
fn benign(cs: &[Word<'_>]) -> bool {
    const BLOCK: u128 = NEG | STOPV | OBJV | REMOVEV | KWOUT | LEAVE | DONTSEND | NOMORE | KEINE | REPORTV | PASTOUT | REMOVED | CANCELV | DIGITS;
    cs.len() <= 8 && !cs.iter().any(|w| w.is(BLOCK) || w.typo || w.keyword().is_some_and(|k| k.intent != Intent::OptIn))
}

/// The opt-in request's words without what only says whose or which messages:
/// a tail after the noun ("de la iglesia", "van de apotheek", "из школы") and
/// unknown modifiers right before it ("the rally updates", "outage texts").
fn opt_in_core<'a>(ws: &[Word<'a>]) -> Vec<Word<'a>> {
    const NOUN: u128 = MSGPL | MSGN | LISTN;
    let mut out: Vec<Word<'a>> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let same = |j: usize| j < ws.len() && ws[j].clause == w.clause;
        // Unknown words, then the noun.
        if w.is(UNK) {
            let mut j = i;
            while same(j) && ws[j].is(UNK) && j < i + 3 {
                j += 1;
            }
            if same(j) && ws[j].is(NOUN) {
                i = j;
                continue;
            }
        }
        // After the noun, one or two unknown words to the end of the clause: whose ("listy parafialnej", "рассылку прихода").
        if w.is(UNK) && out.last().is_some_and(|p| p.is(NOUN) && p.clause == w.clause) {
            let mut j = i;
            while same(j) && ws[j].is(UNK) {
                j += 1;
            }
            if j - i <= 2 && !same(j) {
                i = j;
                continue;
            }
        }
        // After the noun, a preposition and who.
        if w.is(PREP | OUTFROM) && out.last().is_some_and(|p| p.is(NOUN) && p.clause == w.clause) {
            let mut j = i;
            let mut who = false;
            while same(j) && ws[j].is(PREP | OUTFROM | DET | MYDET | UNK | ADJ | NOUN) && !ws[j].is(AGAINX | GETV | OPTINV | FILLER) {
                who |= ws[j].is(UNK | ADJ);
                j += 1;
            }
            if who {
                i = j;
                continue;
            }
        }
        out.push(w);
        i += 1;
    }
    out
}

/// An opt-in rule that covers `cs` but for words that may stand around it.
fn opt_in_in(cs: &[Word<'_>], ws: &[Word<'_>]) -> Option<Classification> {
    for i in 0..cs.len() {
        for rule in &Lexicon::get().opt_in {
            let Some(end) = match_at(cs, i, rule.steps) else {
                continue;
            };
            let rest_ok = cs[..i].iter().chain(&cs[end..]).all(|w| w.is(AROUND));
            if !rest_ok {
                continue;
            }
            let span = &cs[i..end];
            return Some(Classification {
                intent: Intent::OptIn,
                scope: None,
                keyword: Some(join(span)),
                rule: rule.name,
                lang: Some(span_lang(span, ws)),
                confidence: rule.confidence,
                strict: false,
                review: false,
                evidence: None,
                program: None,
            });
        }
    }
    None
}
