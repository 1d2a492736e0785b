//! The send policy, end to end over a real snapshot (see the table in `src/screen.rs`).
use stopgate::screen::{screen, Decision, Policy, SendRequest, MAX_CLOCK_SKEW_SECONDS};
use stopgate::snapshot::{DeltaBuilder, Snapshot, SnapshotBuilder, Delta};
use stopgate::{Category, Scope};

const CREATED: u64 = 1_700_000_000;
const OPTED_OUT_ALL: &str = "+1 415 555 0100";
const OPTED_OUT_MARKETING: &str = "(415) 555-0101";
const CLEAN: &str = "4155550199";
const WITH_OPT_OUT: &str = "Spring sale: 20% off today. Reply STOP to opt out";
const NO_OPT_OUT: &str = "Spring sale: 20% off today";

fn snapshot() -> Snapshot<Vec<u8>> {
    let mut b = SnapshotBuilder::new();
    b.region("US").sequence(7).created_at(CREATED);
    b.insert(14155550100, Scope::All).insert(14155550101, Scope::Marketing);
    for n in 0..500u64 {
        b.insert(12125550000 + n * 3, Scope::All);
    }
    Snapshot::from_bytes(b.build(None).unwrap()).unwrap()
}

fn policy(age: u64) -> Policy {
    Policy { now: CREATED + age, max_age_seconds: 600, default_region: "US".into(), ..Policy::default() }
}

struct Case {
    to: &'static str,
    body: &'static str,
    category: Category,
    age: u64,
    decision: Decision,
    reason: &'static str,
}

const fn case(to: &'static str, body: &'static str, category: Category, age: u64, decision: Decision, reason: &'static str) -> Case {
    Case { to, body, category, age, decision, reason }
}

use Category::{Confirmation as Conf, Marketing as Mkt, Transactional as Txn};
use Decision::{Allow, Block, Warn};

const CASES: &[Case] = &[
    case(OPTED_OUT_ALL, WITH_OPT_OUT, Mkt, 10, Block, "opted-out"),
    case(OPTED_OUT_ALL, "Your order shipped", Txn, 10, Block, "opted-out"),
    case(OPTED_OUT_MARKETING, WITH_OPT_OUT, Mkt, 10, Block, "opted-out"),
    case(OPTED_OUT_MARKETING, "Your order shipped", Txn, 10, Allow, "ok"),
    case(CLEAN, WITH_OPT_OUT, Mkt, 10, Allow, "ok"),
    case(CLEAN, NO_OPT_OUT, Mkt, 10, Warn, "lint-warnings"),
    case(CLEAN, "Your order shipped", Txn, 10, Allow, "ok"),
    case("call me maybe", WITH_OPT_OUT, Mkt, 10, Block, "invalid-recipient"),
    case("", "Your order shipped", Txn, 10, Block, "invalid-recipient"),
    case(CLEAN, WITH_OPT_OUT, Mkt, 601, Block, "snapshot-stale"),
    case(OPTED_OUT_ALL, "Your order shipped", Txn, 601, Block, "opted-out"),
    case(CLEAN, "Your order shipped", Txn, 601, Warn, "snapshot-stale"),
    case(OPTED_OUT_ALL, "You're unsubscribed from Acme. Reply START to resubscribe.", Conf, 10, Allow, "confirmation"),
];

#[test]
fn policy_table() {
    let snap = snapshot();
    for (i, c) in CASES.iter().enumerate() {
        let req = SendRequest { to: c.to, body: c.body, category: c.category, program: None };
        let got = screen(&req, Some(&snap), &policy(c.age));
        assert_eq!(
            (got.decision, got.reason),
            (c.decision, c.reason),
            "case {i}: {:?} {:?} {:?} age {} -> {}",
            c.to,
            c.body,
            c.category,
            c.age,
            got.message
        );
        assert!(!got.message.is_empty(), "case {i} has no message for a person");
        assert_eq!(got.snapshot_sequence, Some(7));
    }
}

#[test]
fn a_list_dated_ahead_of_the_clock_is_stale() {
    let snap = snapshot();
    let at = |now: u64, fresh_at: Option<u64>| Policy { now, fresh_at, ..policy(0) };
    let mkt = SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt, program: None };
    let txn = SendRequest { to: CLEAN, body: "Your order shipped", category: Txn, program: None };
    // A few minutes of skew is a clock's ordinary error: fresh.
    let got = screen(&mkt, Some(&snap), &at(CREATED - MAX_CLOCK_SKEW_SECONDS, None));
    assert_eq!((got.decision, got.reason), (Allow, "ok"), "{}", got.message);
    // Further ahead, its age is unknown: marketing held back, transactional warned.
    let got = screen(&mkt, Some(&snap), &at(CREATED - MAX_CLOCK_SKEW_SECONDS - 1, None));
    assert_eq!((got.decision, got.reason), (Block, "snapshot-stale"), "{}", got.message);
    assert!(got.message.contains("ahead of this clock"), "{}", got.message);
    let got = screen(&txn, Some(&snap), &at(CREATED - 86_400 * 365, None));
    assert_eq!((got.decision, got.reason), (Warn, "snapshot-stale"), "{}", got.message);
    // A freshness time ahead of the clock likewise.
    let got = screen(&mkt, Some(&snap), &at(CREATED + 10, Some(CREATED + 10 + 3_600)));
    assert_eq!((got.decision, got.reason), (Block, "snapshot-stale"), "{}", got.message);
    assert!(got.message.contains("1h 0m ahead"), "{}", got.message);
}

#[test]
fn blocked_verdict_names_number_and_scope() {
    let snap = snapshot();
    let req = SendRequest { to: OPTED_OUT_MARKETING, body: WITH_OPT_OUT, category: Mkt, program: None };
    let got = screen(&req, Some(&snap), &policy(10));
    assert_eq!(got.e164.as_deref(), Some("+14155550101"));
    assert_eq!(got.scope, Some(Scope::Marketing));
    assert!(got.message.contains("+14155550101") && got.message.contains("marketing"), "{}", got.message);
}

#[test]
fn missing_snapshot_fails_closed_for_marketing_only() {
    let none: Option<&Snapshot<Vec<u8>>> = None;
    let mkt = screen(&SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt, program: None }, none, &policy(0));
    assert_eq!((mkt.decision, mkt.reason), (Block, "snapshot-missing"));
    let txn = screen(&SendRequest { to: CLEAN, body: "Your code is 1234", category: Txn, program: None }, none, &policy(0));
    assert_eq!((txn.decision, txn.reason), (Warn, "snapshot-missing"));
    assert_eq!(txn.snapshot_sequence, None);
}

#[test]
fn missing_opt_out_language_is_a_finding() {
    let snap = snapshot();
    let got = screen(&SendRequest { to: CLEAN, body: NO_OPT_OUT, category: Mkt, program: None }, Some(&snap), &policy(10));
    assert!(got.findings.iter().any(|f| f.kind == "missing-opt-out-language"), "{:?}", got.findings);
    let fixed = screen(&SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt, program: None }, Some(&snap), &policy(10));
    assert!(fixed.findings.iter().all(|f| f.kind != "missing-opt-out-language"), "{:?}", fixed.findings);
}

#[test]
fn opt_in_delta_lifts_the_block_and_opt_out_delta_adds_one() {
    let mut snap = snapshot();
    let mut d = DeltaBuilder::new(7, 8);
    d.created_at(CREATED + 5).remove(14155550100).add(14155550199, Scope::All);
    let delta = Delta::from_bytes(&d.build(None).unwrap(), None).unwrap();
    snap.apply_delta(&delta).unwrap();
    let p = policy(10);
    let was_out = screen(&SendRequest { to: OPTED_OUT_ALL, body: WITH_OPT_OUT, category: Mkt, program: None }, Some(&snap), &p);
    assert_eq!((was_out.decision, was_out.reason), (Allow, "ok"));
    let now_out = screen(&SendRequest { to: CLEAN, body: "Your order shipped", category: Txn, program: None }, Some(&snap), &p);
    assert_eq!((now_out.decision, now_out.reason), (Block, "opted-out"));
    assert_eq!(now_out.snapshot_sequence, Some(8));
}

/// Local overrides (replies this process just heard) before the snapshot: number × override ×
/// category → verdict.
#[test]
fn overrides_come_before_the_snapshot() {
    use stopgate::screen::{screen_recipient, screen_with, Overrides};
    let snap = snapshot();
    let mut o = Overrides::new();
    o.set(14155550199, Some(Scope::All)); // CLEAN just replied STOP
    o.set(14155550100, None); // OPTED_OUT_ALL just replied START
    o.set(14155550101, Some(Scope::All)); // the marketing-only one widened to all
    o.set(14155550150, Some(Scope::Marketing)); // not in the snapshot: promos only
    let cases: &[(&str, Category, Decision, &str, Option<Scope>)] = &[
        (CLEAN, Mkt, Block, "opted-out", Some(Scope::All)),
        (CLEAN, Txn, Block, "opted-out", Some(Scope::All)),
        (CLEAN, Conf, Allow, "confirmation", None),
        (OPTED_OUT_ALL, Mkt, Allow, "ok", None),
        (OPTED_OUT_ALL, Txn, Allow, "ok", None),
        (OPTED_OUT_MARKETING, Txn, Block, "opted-out", Some(Scope::All)),
        ("+14155550150", Mkt, Block, "opted-out", Some(Scope::Marketing)),
        ("+14155550150", Txn, Allow, "ok", Some(Scope::Marketing)),
        // No override: the snapshot decides.
        ("+12125550000", Txn, Block, "opted-out", Some(Scope::All)),
    ];
    for &(to, category, decision, reason, scope) in cases {
        let body = if category == Mkt { WITH_OPT_OUT } else { "Your order shipped" };
        let got = screen_with(&SendRequest { to, body, category, program: None }, Some(&snap), &o, &policy(10));
        assert_eq!((got.decision, got.reason, got.scope), (decision, reason, scope), "{to} {category}: {}", got.message);
        assert_eq!(got.overridden, to != "+12125550000" && category != Conf, "{to} {category}");
        let bare = screen_recipient(to, category, None, Some(&snap), &o, &policy(10));
        assert_eq!((bare.decision, bare.reason), (decision, reason), "{to} {category}");
        assert!(bare.findings.is_empty());
    }
    // A local opt-out blocks even when no snapshot is loaded, for transactional too.
    let none: Option<&Snapshot<Vec<u8>>> = None;
    let got = screen_with(&SendRequest { to: CLEAN, body: "Your code", category: Txn, program: None }, none, &o, &policy(10));
    assert_eq!((got.decision, got.reason), (Block, "opted-out"));
    // A local opt-in does not make a stale snapshot fresh for marketing.
    let got = screen_with(&SendRequest { to: OPTED_OUT_ALL, body: WITH_OPT_OUT, category: Mkt, program: None }, Some(&snap), &o, &policy(601));
    assert_eq!((got.decision, got.reason), (Block, "snapshot-stale"));
    // And `screen` is `screen_with` with none.
    let got = screen(&SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt, program: None }, Some(&snap), &policy(10));
    assert_eq!((got.decision, got.overridden), (Allow, false));
}

#[test]
fn overrides_record_prune_and_apply_effects() {
    use stopgate::consent::{Effect, LiftScope};
    use stopgate::screen::Overrides;
    let mut o = Overrides::new();
    assert!(o.is_empty());
    // Effects apply to the override if any, else to the snapshot's state.
    assert_eq!(o.apply(1, Effect::Suppress(Scope::Marketing), Some(Scope::All)), Some(Scope::All));
    assert_eq!(o.apply(2, Effect::Lift(LiftScope::Transactional), Some(Scope::All)), Some(Scope::Marketing));
    assert_eq!(o.apply(3, Effect::Nothing, Some(Scope::Marketing)), Some(Scope::Marketing));
    assert_eq!(o.len(), 2, "Nothing records nothing");
    assert_eq!(o.apply(2, Effect::Lift(LiftScope::All), Some(Scope::All)), None, "the override, not the snapshot");
    assert_eq!((o.len(), o.opt_outs()), (2, 1));
    assert!(o.recorded(1, 10) && o.recorded(2, 12) && !o.recorded(9, 1));
    o.set(4, Some(Scope::All));
    assert_eq!(o.prune(9), 0);
    assert_eq!(o.prune(10), 1);
    assert_eq!(o.get(1), None);
    // A newer change forgets the old record: it is not pruned with it.
    o.set(2, Some(Scope::All));
    assert_eq!(o.prune(100), 0);
    assert!(o.remove(2) && !o.remove(2));
    o.clear();
    assert_eq!(o.len(), 0);
}

#[test]
fn a_verified_freshness_statement_counts_the_age_from_its_time() {
    let snap = snapshot();
    let request = SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Category::Marketing, program: None };
    // The file is 2 hours old, but the list was verified current 5 minutes ago.
    let fresh = Policy { fresh_at: Some(CREATED + 7_200 - 300), ..policy(7_200) };
    let got = screen(&request, Some(&snap), &fresh);
    assert_eq!((got.decision, got.reason), (Decision::Allow, "ok"), "{}", got.message);
    // A statement older than the file does not make it older.
    let older = Policy { fresh_at: Some(CREATED - 86_400), ..policy(10) };
    assert_eq!(screen(&request, Some(&snap), &older).reason, "ok");
    // Without one, the same file is stale.
    let got = screen(&request, Some(&snap), &policy(7_200));
    assert_eq!((got.decision, got.reason), (Decision::Block, "snapshot-stale"));
}

// ---- programs (C8) ----

#[test]
fn program_requests_against_program_scopes() {
    use stopgate::program::{Program, ProgramKind, Programs};
    use stopgate::screen::{screen_with, Overrides};
    let programs = Programs::new(vec![
        Program::new("alerts", 1, "Account alerts", ProgramKind::Transactional, &["alerts"]),
        Program::new("promos", 2, "Promotions", ProgramKind::Marketing, &["promos"]),
        Program::new("tips", 3, "Tips", ProgramKind::Transactional, &["tips"]),
    ])
    .unwrap();
    let (out_alerts, out_promos, out_mkt_tips, out_all) = ("+1 415 555 0110", "+1 415 555 0111", "+1 415 555 0112", OPTED_OUT_ALL);
    let mut b = SnapshotBuilder::new();
    b.region("US").sequence(7).created_at(CREATED);
    b.insert(14155550110, Scope::program(1).unwrap())
        .insert(14155550111, Scope::program(2).unwrap())
        .insert(14155550112, Scope::Marketing)
        .insert(14155550112, Scope::program(3).unwrap())
        .insert(14155550100, Scope::All);
    let snap = Snapshot::from_bytes(b.build(None).unwrap()).unwrap();
    let with_programs = Policy { programs, ..policy(10) };
    let body = "Your statement is ready";
    // (to, category, program, decision, reason)
    let cases: &[(&str, Category, Option<&str>, Decision, &str)] = &[
        (out_alerts, Txn, Some("alerts"), Block, "opted-out-program"),
        (out_alerts, Txn, Some("tips"), Allow, "ok"),
        (out_alerts, Txn, None, Allow, "ok"),
        (out_alerts, Mkt, Some("promos"), Warn, "lint-warnings"), // allowed; the body lacks opt-out language
        (out_promos, Mkt, Some("promos"), Block, "opted-out-program"),
        (out_promos, Txn, Some("promos"), Block, "opted-out-program"), // a marketing program is marketing
        (out_promos, Txn, Some("alerts"), Allow, "ok"),
        (out_promos, Mkt, None, Warn, "lint-warnings"),
        (out_mkt_tips, Txn, Some("tips"), Block, "opted-out-program"),
        (out_mkt_tips, Txn, Some("promos"), Block, "opted-out"), // the marketing bit covers a marketing program
        (out_mkt_tips, Txn, Some("alerts"), Allow, "ok"),
        (out_mkt_tips, Txn, None, Allow, "ok"),
        (out_all, Txn, Some("alerts"), Block, "opted-out"),
        (out_all, Conf, Some("alerts"), Allow, "confirmation"),
        (CLEAN, Txn, Some("alerts"), Allow, "ok"),
        (CLEAN, Txn, Some("weather"), Block, "unknown-program"),
        (out_all, Conf, Some("weather"), Block, "unknown-program"),
    ];
    for &(to, category, program, decision, reason) in cases {
        let got = screen(&SendRequest { to, body, category, program }, Some(&snap), &with_programs);
        assert_eq!((got.decision, got.reason), (decision, reason), "{to} {category} {program:?}: {}", got.message);
        if reason == "opted-out-program" {
            assert!(got.message.contains(program.unwrap()), "names the program: {}", got.message);
        }
    }
    // A local override with a program scope decides the same way.
    let mut o = Overrides::new();
    o.set(14155550199, Some(Scope::program(1).unwrap()));
    let req = |program| SendRequest { to: CLEAN, body, category: Txn, program };
    assert_eq!(screen_with(&req(Some("alerts")), Some(&snap), &o, &with_programs).reason, "opted-out-program");
    assert_eq!(screen_with(&req(Some("tips")), Some(&snap), &o, &with_programs).reason, "ok");
    // Without programs configured, any program is unknown.
    let bare = screen(&req(Some("alerts")), Some(&snap), &policy(10));
    assert_eq!(bare.reason, "unknown-program");
    assert!(bare.message.contains("no programs are configured"), "{}", bare.message);
}
