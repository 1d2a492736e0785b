//! Programs (C8) and revoke-all (C9): the programs table, the classifier's program matcher,
//! the consent decisions, and screening a request that names its program.
use stopgate::classify::{classify, classify_with, ClassifyOptions, Intent};
use stopgate::consent::{decide, narrowing, revocation, ConsentPolicy, Effect, LiftScope, Reply, RevokeAll, REVOKE_ALL_EFFECTIVE};
use stopgate::program::{Program, ProgramKind, Programs};
use stopgate::Scope;

fn programs() -> Programs {
    Programs::new(vec![
        Program::new("alerts", 1, "Account alerts", ProgramKind::Transactional, &["alerts", "alert", "account alerts"]),
        Program::new("promos", 2, "Promotions", ProgramKind::Marketing, &["promos", "promo", "deals", "offers"]),
        Program::new("tips", 3, "Tips", ProgramKind::Marketing, &["tips", "tip"]),
    ])
    .unwrap()
}

fn opts(p: &Programs) -> ClassifyOptions<'_> {
    ClassifyOptions { programs: p }
}

const AT: u64 = 1_800_000_000; // 2027-01-15, before revoke-all's date

#[test]
fn programs_table_is_checked() {
    let ok = |id: &str, bit| Program::new(id, bit, "Name", ProgramKind::Marketing, &["w"]);
    let cases: Vec<(Vec<Program>, Option<&str>)> = vec![
        (vec![ok("alerts", 1), ok("promos", 7)], None),
        (vec![], None),
        (vec![ok("Alerts", 1)], Some("program 0 (\"Alerts\", bit 1): id must be 1 to 32")),
        (vec![ok("", 1)], Some("(\"\", bit 1): id must be")),
        (vec![ok(&"a".repeat(33), 1)], Some("id must be 1 to 32")),
        (vec![ok("a b", 1)], Some("(\"a b\", bit 1): id must")),
        (vec![ok("alerts", 0)], Some("bit 0): bit must be 1 to 7")),
        (vec![ok("alerts", 8)], Some("bit 8): bit must be 1 to 7")),
        (vec![ok("alerts", 1), ok("alerts", 2)], Some("program 1 (\"alerts\", bit 2): id is listed twice")),
        (vec![ok("alerts", 1), ok("promos", 1)], Some("program 1 (\"promos\", bit 1): bit is taken")),
        (vec![Program::new("x", 1, "", ProgramKind::Marketing, &[])], Some("name is empty")),
        (vec![Program::new("x", 1, "X", ProgramKind::Marketing, &[""])], Some("every word must be 1 to 256")),
    ];
    for (list, want) in cases {
        let ids: Vec<String> = list.iter().map(|p| p.id.clone()).collect();
        match (Programs::new(list), want) {
            (Ok(_), None) => {}
            (Err(e), Some(part)) => assert!(e.to_string().contains(part), "{ids:?}: {e} lacks {part:?}"),
            (got, want) => panic!("{ids:?}: got {got:?}, want error {want:?}"),
        }
    }
}

#[test]
fn scope_text_names_programs() {
    let p = programs();
    let cases: [(u8, &str); 7] = [
        (0, "all"),
        (1, "marketing"),
        (0b0010, "alerts"),
        (0b0011, "marketing+alerts"),
        (0b1010, "alerts+tips"),
        (0b1_0000, "program-4"),
        (0b1_0101, "marketing+promos+program-4"),
    ];
    for (code, text) in cases {
        assert_eq!(p.scope_text(Scope::from_code(code)), text);
        assert_eq!(p.parse_scope(text).unwrap().code(), code, "{text}");
    }
    assert_eq!(p.parse_scope("Tips + Marketing").unwrap().code(), 0b1001);
    assert!(p.parse_scope("weather").is_err());
    assert_eq!(p.all_bits(), 0b1110);
}

struct Case {
    text: &'static str,
    intent: Intent,
    scope: Option<&'static str>,
    program: Option<&'static str>,
}

const fn case(text: &'static str, intent: Intent, scope: Option<&'static str>, program: Option<&'static str>) -> Case {
    Case { text, intent, scope, program }
}

#[test]
fn classifier_names_the_program() {
    use Intent::{Help, OptIn, OptOut};
    const NONE: Intent = Intent::None;
    let cases = [
        case("STOP ALERTS", OptOut, Some("alerts"), Some("alerts")),
        case("stop alerts", OptOut, Some("alerts"), Some("alerts")),
        case("no more tips", OptOut, Some("tips"), Some("tips")),
        case("stop sending the promos", OptOut, Some("promos"), Some("promos")),
        case("stop the deals", OptOut, Some("promos"), Some("promos")),
        case("unsubscribe from alerts", OptOut, Some("alerts"), Some("alerts")),
        case("stop alerts and tips", OptOut, Some("alerts+tips"), Some("alerts")),
        case("keep the alerts but stop the promos", OptOut, Some("promos"), Some("promos")),
        case("START ALERTS", OptIn, Some("alerts"), Some("alerts")),
        // A bare STOP stays an opt-out of everything; other opt-outs keep their scope.
        case("STOP", OptOut, Some("all"), None),
        case("Stop texting me", OptOut, Some("all"), None),
        case("START", OptIn, None, None),
        // Naming a program is not an opt-out by itself.
        case("ALERTS", NONE, None, None),
        case("keep my account alerts", NONE, None, None),
        case("where are my alerts?", NONE, None, None),
        case("HELP", Help, None, None),
    ];
    let p = programs();
    for c in cases {
        let got = classify_with(c.text, &opts(&p));
        let scope = got.scope.map(|s| p.scope_text(s));
        assert_eq!((got.intent, scope.as_deref(), got.program.as_deref()), (c.intent, c.scope, c.program), "{:?}", c.text);
    }
    // Without programs, classify_with is classify.
    for text in ["STOP ALERTS", "no more tips", "START ALERTS", "stop the promos"] {
        assert_eq!(classify_with(text, &opts(&Programs::none())), classify(text), "{text:?}");
    }
    // `program` is serialized only when there is one.
    let json = serde_json::to_value(classify_with("STOP ALERTS", &opts(&p))).unwrap();
    assert_eq!(json["program"], "alerts");
    assert_eq!(json["scope"], "program-1");
    assert!(serde_json::to_value(classify("STOP")).unwrap().get("program").is_none());
}

#[test]
fn revoke_all_switch() {
    let alerts = Scope::program(1).unwrap();
    let cases: [(RevokeAll, u64, Scope, Scope, bool); 8] = [
        (RevokeAll::Off, AT, Scope::Marketing, Scope::Marketing, false),
        (RevokeAll::Off, REVOKE_ALL_EFFECTIVE + 1, alerts, alerts, false),
        (RevokeAll::On, AT, Scope::Marketing, Scope::All, true),
        (RevokeAll::On, AT, alerts, Scope::All, true),
        (RevokeAll::On, AT, Scope::All, Scope::All, false),
        (RevokeAll::Auto, REVOKE_ALL_EFFECTIVE - 1, Scope::Marketing, Scope::Marketing, false),
        (RevokeAll::Auto, REVOKE_ALL_EFFECTIVE, Scope::Marketing, Scope::All, true),
        (RevokeAll::Auto, REVOKE_ALL_EFFECTIVE, alerts, Scope::All, true),
    ];
    for (revoke_all, now, requested, applied, widened) in cases {
        let policy = ConsentPolicy { revoke_all, ..ConsentPolicy::default() };
        let r = revocation(requested, &policy, now);
        assert_eq!((r.applied, r.requested, r.revoke_all), (applied, requested, widened), "{revoke_all:?} at {now} of {requested}");
    }
    assert_eq!(ConsentPolicy::default().revoke_all, RevokeAll::Auto);
    for (text, want) in [("on", Some(RevokeAll::On)), ("OFF", Some(RevokeAll::Off)), ("auto", Some(RevokeAll::Auto)), (" Auto ", Some(RevokeAll::Auto)), ("maybe", None), ("oN", None), ("", None)] {
        assert_eq!(RevokeAll::parse(text), want, "{text}");
    }
    assert_eq!(REVOKE_ALL_EFFECTIVE, 1_801_353_600);
}

#[test]
fn clarifying_reply_narrows_once_and_only_in_its_window() {
    let p = programs();
    let at = AT;
    let all = Some(Scope::All);
    // (text, pending_at, current, now, narrowed to)
    let cases: [(&str, Option<u64>, Option<Scope>, u64, Option<&str>); 18] = [
        ("keep my account alerts", Some(at), all, at + 60, Some("marketing+promos+tips")),
        ("yes keep the alerts please", Some(at), all, at + 60, Some("marketing+promos+tips")),
        ("I want to keep getting alerts", Some(at), all, at + 60, Some("marketing+promos+tips")),
        ("ja bitte alerts behalten", Some(at), all, at + 60, Some("marketing+promos+tips")),
        // Questions and complaints that name a program do not answer the question (round 18).
        ("why do I still get alerts?", Some(at), all, at + 60, None),
        ("I hate your alerts", Some(at), all, at + 60, None),
        ("are you going to keep sending alerts", Some(at), all, at + 60, None),
        ("alerts?", Some(at), all, at + 60, None),
        ("no alerts", Some(at), all, at + 60, None),
        ("ALERTS", Some(at), all, at + 60, Some("marketing+promos+tips")),
        ("alerts and tips please", Some(at), all, at + 3600, Some("marketing+promos")),
        ("ALERTS", Some(at), all, at + 86_400, Some("marketing+promos+tips")),
        ("ALERTS", Some(at), all, at + 86_401, None), // window over
        ("ALERTS", None, all, at + 60, None),          // nothing pending
        ("ALERTS", Some(at), Some(Scope::Marketing), at + 60, None), // not an all opt-out any more
        ("STOP ALERTS", Some(at), all, at + 60, None), // an opt-out, not a narrowing
        ("thanks", Some(at), all, at + 60, None),      // names no program
        ("ok", Some(at), None, at + 60, None),         // opted back in
    ];
    for (text, pending, current, now, want) in cases {
        let c = classify_with(text, &opts(&p));
        let got = narrowing(text, c.intent, pending, current, now, &p).map(|n| p.scope_text(n.scope));
        assert_eq!(got.as_deref(), want, "{text:?} pending {pending:?} current {current:?} at +{}", now - at);
    }
    let n = narrowing("keep my account alerts", classify("keep my account alerts").intent, Some(at), all, at, &p).unwrap();
    assert_eq!(n.kept, Scope::program(1).unwrap());
}

#[test]
fn program_opt_in_and_opt_out_effects() {
    let p = programs();
    let policy = ConsentPolicy::default();
    let alerts = Scope::program(1).unwrap();
    let tips = Scope::program(3).unwrap();
    let eff = |text: &str| decide(&Reply::from(&classify_with(text, &opts(&p))), &policy);
    assert_eq!(eff("STOP ALERTS").effect, Effect::Suppress(alerts));
    let start = eff("START ALERTS");
    assert_eq!((start.effect, start.reason), (Effect::Lift(LiftScope::Program(alerts)), "explicit-opt-in-program"));
    // (effect, before, after)
    let cases: [(Effect, Option<Scope>, Option<Scope>); 7] = [
        (Effect::Suppress(alerts), None, Some(alerts)),
        (Effect::Suppress(alerts), Some(Scope::Marketing), Some(Scope::from_code(0b11))),
        (Effect::Suppress(alerts), Some(Scope::All), Some(Scope::All)),
        (Effect::Lift(LiftScope::Program(alerts)), Some(alerts.widest(tips)), Some(tips)),
        (Effect::Lift(LiftScope::Program(alerts)), Some(alerts), None),
        (Effect::Lift(LiftScope::Program(alerts)), Some(Scope::All), Some(Scope::All)),
        (Effect::Lift(LiftScope::Transactional), Some(alerts.widest(Scope::Marketing)), Some(alerts.widest(Scope::Marketing))),
    ];
    for (effect, before, after) in cases {
        assert_eq!(effect.apply(before), after, "{effect:?} on {before:?}");
    }
}
