//! Which replies lift an opt-out (see the table in `src/consent.rs`): real replies through the
//! real classifier, then the effect, then what each starting opt-out becomes.
use stopgate::classify::{classify, Intent};
use stopgate::consent::{decide, effect, ConsentPolicy, Effect, LiftScope, Reply};
use stopgate::Scope;

use Effect::{Lift, Nothing, Suppress};
use LiftScope::{All as LiftAll, Transactional as LiftTxn};
#[allow(non_upper_case_globals)]
const All: Scope = Scope::ALL;
#[allow(non_upper_case_globals)]
const Marketing: Scope = Scope::MARKETING;

struct Case {
    reply: &'static str,
    /// Under the default policy.
    default: Effect,
    /// Under `yes_lifts: true`.
    yes_lifts: Effect,
}

const fn case(reply: &'static str, default: Effect, yes_lifts: Effect) -> Case {
    Case { reply, default, yes_lifts }
}

const CASES: &[Case] = &[
    // Opt-outs suppress, whatever the policy.
    case("STOP", Suppress(All), Suppress(All)),
    case("unsubscribe", Suppress(All), Suppress(All)),
    case("please stop texting me", Suppress(All), Suppress(All)),
    case("stop the promos", Suppress(Marketing), Suppress(Marketing)),
    case("ALTO", Suppress(All), Suppress(All)),
    // Explicit opt-ins lift everything.
    case("START", Lift(LiftAll), Lift(LiftAll)),
    case("start", Lift(LiftAll), Lift(LiftAll)),
    case("UNSTOP", Lift(LiftAll), Lift(LiftAll)),
    case("SUBSCRIBE", Lift(LiftAll), Lift(LiftAll)),
    case("RESUME", Lift(LiftAll), Lift(LiftAll)),
    case("resubscribe me", Lift(LiftAll), Lift(LiftAll)),
    case("add me back to the texts", Lift(LiftAll), Lift(LiftAll)),
    // Answer words: nothing by default, transactional only when YES has power.
    case("YES", Nothing, Lift(LiftTxn)),
    case("yes", Nothing, Lift(LiftTxn)),
    case("Yes please", Nothing, Lift(LiftTxn)),
    case("CONTINUE", Nothing, Lift(LiftTxn)),
    // Not consent at all.
    case("yes thank you", Nothing, Nothing),
    case("HELP", Nothing, Nothing),
    case("Which stop do I get off at?", Nothing, Nothing),
    case("see you at 5", Nothing, Nothing),
    case("", Nothing, Nothing),
];

#[test]
fn replies_through_the_classifier() {
    let default = ConsentPolicy::default();
    let yes = ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() };
    for c in CASES {
        let class = classify(c.reply);
        assert_eq!(effect(&class, &default), c.default, "{:?} by default ({class:?})", c.reply);
        assert_eq!(effect(&class, &yes), c.yes_lifts, "{:?} with yes_lifts ({class:?})", c.reply);
    }
}

#[test]
fn default_policy_gives_yes_no_power() {
    assert!(!ConsentPolicy::default().yes_lifts);
}

/// The answer words of every language, as a classifier would report them (whatever it
/// reports today for each: this pins the policy, not the classifier).
#[test]
fn answer_words_never_lift_by_default() {
    let words = [
        "yes", "y", "yeah", "yep", "ok", "okay", "sure", "continue", "yes please", "si", "sí", "Sí", "oui", "ja",
        "sim", "sì", "tak", "да", "是", "好的", "はい", "네", "có", "vâng", "SI POR FAVOR", "oui s'il vous plait",
    ];
    for w in words {
        let reply = Reply { intent: Intent::OptIn, scope: None, keyword: Some(w), rule: "keyword" };
        let d = decide(&reply, &ConsentPolicy::default());
        assert_eq!((d.effect, d.reason), (Nothing, "answer-word"), "{w:?}");
        let d = decide(&reply, &ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() });
        assert_eq!((d.effect, d.reason), (Lift(LiftTxn), "answer-word-lifts"), "{w:?}");
    }
}

/// The learned model's opt-in (rule `learned`, no keyword) is for a person to confirm:
/// it lifts nothing under any policy, even where a YES would.
#[test]
fn learned_opt_in_never_lifts() {
    for keyword in [None, Some("start")] {
        let reply = Reply { intent: Intent::OptIn, scope: None, keyword, rule: "learned" };
        for policy in [ConsentPolicy::default(), ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() }] {
            let d = decide(&reply, &policy);
            assert_eq!((d.effect, d.reason), (Nothing, "needs-review"), "{keyword:?} {policy:?}");
        }
    }
}

#[test]
fn explicit_words_lift_in_other_languages() {
    for w in ["start", "unstop", "subscribe", "resume", "resubscribe", "suscribirme", "reabonner", "anmelden", "riattiva", "重新订阅"] {
        let reply = Reply { intent: Intent::OptIn, scope: None, keyword: Some(w), rule: "keyword" };
        let d = decide(&reply, &ConsentPolicy::default());
        assert_eq!((d.effect, d.reason), (Lift(LiftAll), "explicit-opt-in"), "{w:?}");
    }
}

#[test]
fn made_up_opt_ins_do_not_lift() {
    let policy = ConsentPolicy::default();
    // No keyword: consent is not shown.
    let bare = Reply { intent: Intent::OptIn, scope: None, keyword: None, rule: "keyword" };
    assert_eq!(decide(&bare, &policy).effect, Nothing);
    // A typo is never consent.
    let typo = Reply { intent: Intent::OptIn, scope: None, keyword: Some("strat"), rule: "keyword-typo" };
    assert_eq!(decide(&typo, &policy).effect, Nothing);
    // Neither does an empty keyword, or one of punctuation only.
    for keyword in ["", "  ", "!!"] {
        let empty = Reply { intent: Intent::OptIn, scope: None, keyword: Some(keyword), rule: "keyword" };
        assert_eq!(decide(&empty, &policy).effect, Nothing, "{keyword:?}");
    }
}

/// Starting opt-out × effect → the opt-out afterwards.
#[test]
fn what_each_opt_out_becomes() {
    let table: &[(Option<Scope>, Effect, Option<Scope>)] = &[
        (None, Suppress(All), Some(All)),
        (None, Suppress(Marketing), Some(Marketing)),
        (Some(Marketing), Suppress(All), Some(All)),
        // A narrower opt-out never narrows a wider one.
        (Some(All), Suppress(Marketing), Some(All)),
        (Some(All), Lift(LiftAll), None),
        (Some(Marketing), Lift(LiftAll), None),
        (None, Lift(LiftAll), None),
        // YES with power: transactional resumes, marketing stays blocked.
        (Some(All), Lift(LiftTxn), Some(Marketing)),
        (Some(Marketing), Lift(LiftTxn), Some(Marketing)),
        (None, Lift(LiftTxn), None),
        (Some(All), Nothing, Some(All)),
        (Some(Marketing), Nothing, Some(Marketing)),
        (None, Nothing, None),
    ];
    for &(before, e, after) in table {
        assert_eq!(e.apply(before), after, "{before:?} then {e:?}");
    }
}

/// The attack: "Reply YES to confirm your appointment" after a marketing-only opt-out.
#[test]
fn a_yes_to_a_transactional_prompt_keeps_marketing_blocked() {
    for policy in [ConsentPolicy::default(), ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() }] {
        let after = effect(&classify("YES"), &policy).apply(Some(Marketing));
        assert_eq!(after, Some(Marketing), "{policy:?}");
    }
}

#[test]
fn names_are_stable() {
    assert_eq!((Suppress(Marketing).as_str(), Suppress(Marketing).scope_str().as_deref()), ("suppress", Some("marketing")));
    assert_eq!((Lift(LiftTxn).as_str(), Lift(LiftTxn).scope_str().as_deref()), ("lift", Some("transactional")));
    assert_eq!((Nothing.as_str(), Nothing.scope_str()), ("nothing", None));
}

/// Every bare yes-word the classifier reads as an opt-in, in each of its languages, lifts
/// nothing by default: an answer to "Reply YES to confirm" is no express consent.
#[test]
fn bare_yes_words_in_every_language_lift_nothing_by_default() {
    let words = [
        "YES", "Yes please", "ok", "sure", "Sí", "si", "sim", "oui", "ja", "tak", "да", "是", "是的", "はい", "네",
        "हाँ", "haan", "co", "có", "vâng",
    ];
    let mut opt_ins = 0;
    for w in words {
        let c = classify(w);
        if c.intent == Intent::OptIn {
            opt_ins += 1;
            assert_eq!(effect(&c, &ConsentPolicy::default()), Nothing, "{w:?} ({:?}) must lift nothing by default", c.keyword);
            assert_eq!(effect(&c, &ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() }), Lift(LiftTxn), "{w:?} with yes_lifts");
        }
    }
    assert!(opt_ins >= 10, "the classifier reads most bare yes-words as opt-ins ({opt_ins})");
}

/// CONTINUE said alone in the other languages, and YES with "I want" or a thumbs-up, opt in as
/// answer words: read end to end, they lift nothing by default.
#[test]
fn continue_and_yes_forms_are_answer_words() {
    for text in [
        "Continua", "Doorgaan", "Продолжить", "続ける", "継続", "계속", "继续", "jaari rakhen", "sí quiero", "oui je veux", "tak chcę", "예 👍", "是的 👍",
        // Round 13: agreement, a stretched yes, German's go-on word.
        "sí acepto", "sim aceito", "sì accetto", "oui j'accepte", "ja ich stimme zu", "einverstanden", "ja ik ga akkoord", "tak, zgadzam się", "да, согласен",
        "согласна", "同意", "同意します", "동의합니다", "haan ji manzoor", "yess", "sii", "ouii", "weiter",
    ] {
        let c = classify(text);
        assert_eq!(c.intent, Intent::OptIn, "{text:?}: {c:?}");
        let d = decide(&Reply::from(&c), &ConsentPolicy::default());
        assert_eq!((d.effect, d.reason), (Nothing, "answer-word"), "{text:?}: {c:?}");
    }
}
