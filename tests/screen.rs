//! The send policy, end to end over a real snapshot (see the table in `src/screen.rs`).
use stopgate::screen::{screen, Decision, Policy, SendRequest};
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
    Policy { now: CREATED + age, max_age_seconds: 600, default_region: "US".into() }
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
        let req = SendRequest { to: c.to, body: c.body, category: c.category };
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
fn blocked_verdict_names_number_and_scope() {
    let snap = snapshot();
    let req = SendRequest { to: OPTED_OUT_MARKETING, body: WITH_OPT_OUT, category: Mkt };
    let got = screen(&req, Some(&snap), &policy(10));
    assert_eq!(got.e164.as_deref(), Some("+14155550101"));
    assert_eq!(got.scope, Some(Scope::Marketing));
    assert!(got.message.contains("+14155550101") && got.message.contains("marketing"), "{}", got.message);
}

#[test]
fn missing_snapshot_fails_closed_for_marketing_only() {
    let none: Option<&Snapshot<Vec<u8>>> = None;
    let mkt = screen(&SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt }, none, &policy(0));
    assert_eq!((mkt.decision, mkt.reason), (Block, "snapshot-missing"));
    let txn = screen(&SendRequest { to: CLEAN, body: "Your code is 1234", category: Txn }, none, &policy(0));
    assert_eq!((txn.decision, txn.reason), (Warn, "snapshot-missing"));
    assert_eq!(txn.snapshot_sequence, None);
}

#[test]
fn missing_opt_out_language_is_a_finding() {
    let snap = snapshot();
    let got = screen(&SendRequest { to: CLEAN, body: NO_OPT_OUT, category: Mkt }, Some(&snap), &policy(10));
    assert!(got.findings.iter().any(|f| f.kind == "missing-opt-out-language"), "{:?}", got.findings);
    let fixed = screen(&SendRequest { to: CLEAN, body: WITH_OPT_OUT, category: Mkt }, Some(&snap), &policy(10));
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
    let was_out = screen(&SendRequest { to: OPTED_OUT_ALL, body: WITH_OPT_OUT, category: Mkt }, Some(&snap), &p);
    assert_eq!((was_out.decision, was_out.reason), (Allow, "ok"));
    let now_out = screen(&SendRequest { to: CLEAN, body: "Your order shipped", category: Txn }, Some(&snap), &p);
    assert_eq!((now_out.decision, now_out.reason), (Block, "opted-out"));
    assert_eq!(now_out.snapshot_sequence, Some(8));
}
