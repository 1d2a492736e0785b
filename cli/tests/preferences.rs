//! Preference-page choices at the origin (issue 16, contract C11): `POST
//! /v1/preferences` re-verifies the link's token and records the channels a
//! number accepts as consent records (method `preference_page`); `GET
//! /v1/channels/<e164>` names them. On SQLite always, and on PostgreSQL when
//! `STOPGATE_TEST_PG` is set (scripts/test-pg.sh sets it; else that test says
//! it is skipped).

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::*;
use hmac::Mac;
use serde_json::{json, Value};

const NUMBER: &str = "+14155550177";
const OTHER: &str = "+14155550178";
const KEY: &str = "prefs-key-0123456789";

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// A token as contract C11 defines it, made here independently of the origin.
fn token_over(payload: &str, secret: &str) -> String {
    let mut k = HmacSha256::new_from_slice(secret.as_bytes()).unwrap();
    k.update(b"stopgate preference link v1");
    let k = k.finalize().into_bytes();
    let mut mac = HmacSha256::new_from_slice(&k).unwrap();
    mac.update(payload.as_bytes());
    format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(payload),
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    )
}

fn token(e164: &str, expires_at: u64) -> String {
    token_over(&format!("{e164}.{expires_at}"), SECRET)
}

fn swap_first(part: &str) -> String {
    let rest = &part[1..];
    format!("{}{rest}", if part.starts_with('A') { 'B' } else { 'A' })
}

fn choose(o: &Origin, body: Value) -> Resp {
    o.post_json("/v1/preferences", &body)
}

fn channels(o: &Origin, e164: &str) -> Vec<(String, String)> {
    let r = o.get(&format!("/v1/channels/{e164}"));
    assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(v["e164"], e164);
    v["channels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert!(c["recordedAt"].as_u64().is_some_and(|t| t > 1_000_000_000_000), "ms: {c}");
            (c["kind"].as_str().unwrap().to_string(), c["address"].as_str().unwrap().to_string())
        })
        .collect()
}

fn pair(kind: &str, address: &str) -> (String, String) {
    (kind.to_string(), address.to_string())
}

/// The whole flow, on whichever backend `o` runs.
fn choices_are_recorded_and_named(o: &Origin) {
    let later = unix_now() + 3600;
    let good = token(NUMBER, later);
    // The number opted out by a reply first, as it would have to get the link.
    o.reply("P-1", NUMBER, "STOP", "opt_out", None);

    let r = choose(o, json!({
        "token": good, "number": NUMBER, "pageVersion": "prefs-test-1",
        "channels": [{ "kind": "email", "address": " Ana@Example.COM " }], "keepPrograms": [],
    }));
    assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!((v["e164"].as_str(), v["recorded"].as_u64()), (Some(NUMBER), Some(1)));
    assert_eq!(channels(o, NUMBER), [pair("email", "Ana@example.com")]);

    // The receipt shows it with its evidence, after the STOP.
    let receipt = o.get(&format!("/v1/consent/{NUMBER}")).json();
    let records = receipt["records"].as_array().unwrap();
    assert_eq!(records.len(), 2, "{receipt}");
    let last = &records[1];
    assert_eq!(
        (last["action"].as_str(), last["method"].as_str(), last["scope"].as_str(), last["text"].as_str(), last["pageVersion"].as_str()),
        (Some("opt_in"), Some("preference_page"), Some("channel:email"), Some("Ana@example.com"), Some("prefs-test-1")),
    );
    assert!(last["sequence"].is_null(), "a channel choice does not change the SMS list");

    // The same choice again records nothing; a change records what changed.
    let again = choose(o, json!({ "token": good, "channels": [{ "kind": "email", "address": "Ana@example.com" }] }));
    assert_eq!(again.json()["recorded"], 0);
    let swap = choose(o, json!({ "token": good, "pageVersion": "prefs-test-1", "channels": [{ "kind": "push", "address": "Ana's phone" }] }));
    assert_eq!(swap.status, 200);
    let made: Vec<(String, String)> = swap.json()["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["action"].as_str().unwrap().to_string(), r["scope"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(made, [pair("opt_out", "channel:email"), pair("opt_in", "channel:push")]);
    assert_eq!(channels(o, NUMBER), [pair("push", "Ana's phone")]);
    let both = choose(o, json!({ "token": good, "channels": [
        { "kind": "push", "address": "Ana's phone" }, { "kind": "email", "address": "ana@example.org" }] }));
    assert_eq!(both.json()["recorded"], 1);
    assert_eq!(channels(o, NUMBER), [pair("email", "ana@example.org"), pair("push", "Ana's phone")]);

    // Refused links: 401 with a code and a clear message; nothing recorded.
    let (payload, mac) = good.split_once('.').unwrap();
    let other_payload = URL_SAFE_NO_PAD.encode(format!("{OTHER}.{later}"));
    let refusals = [
        ("tampered payload", json!({ "token": format!("{}.{mac}", swap_first(payload)) }), "bad-link-signature"),
        ("tampered MAC", json!({ "token": format!("{payload}.{}", swap_first(mac)) }), "bad-link-signature"),
        ("another number, same MAC", json!({ "token": format!("{other_payload}.{mac}") }), "bad-link-signature"),
        ("another secret", json!({ "token": token_over(&format!("{NUMBER}.{later}"), "not-the-origin-secret-0123") }), "bad-link-signature"),
        ("expired", json!({ "token": token(NUMBER, unix_now() - 1) }), "expired-link"),
        ("wrong number", json!({ "token": good, "number": OTHER }), "wrong-number"),
        ("malformed base64", json!({ "token": format!("{payload}.{mac}*") }), "malformed-link"),
        ("no signature", json!({ "token": payload }), "malformed-link"),
    ];
    for (name, mut body, code) in refusals {
        body["channels"] = json!([{ "kind": "email", "address": "mallory@example.com" }]);
        let r = choose(o, body);
        assert_eq!(r.status, 401, "{name}: {:?}", String::from_utf8_lossy(&r.body));
        let v = r.json();
        assert_eq!(v["error"], code, "{name}: {v}");
        assert!(v["message"].as_str().unwrap().contains("preference link"), "{name}: {v}");
    }
    // Another number's good link changes that number only.
    let theirs = choose(o, json!({ "token": token(OTHER, later), "channels": [{ "kind": "email", "address": "bo@example.com" }] }));
    assert_eq!(theirs.status, 200);
    assert_eq!(channels(o, OTHER), [pair("email", "bo@example.com")]);
    assert_eq!(channels(o, NUMBER), [pair("email", "ana@example.org"), pair("push", "Ana's phone")]);

    // Bad choices: 400 naming the field.
    let bad = [
        (json!({ "token": good, "channels": [{ "kind": "email", "address": "not an address" }] }), "channels[0]"),
        (json!({ "token": good, "channels": [{ "kind": "fax", "address": "123" }] }), "channels[0]"),
        (json!({ "token": good, "channels": [{ "kind": "push", "address": "a" }, { "kind": "push", "address": "b" }] }), "channels[1]"),
        (json!({ "token": good, "channels": "email" }), "channels"),
        (json!({ "token": good, "keepPrograms": ["alerts"] }), "keepPrograms"),
        (json!({ "channels": [] }), "token"),
    ];
    for (body, field) in bad {
        assert_eq!(field_of(&choose(o, body)), field);
    }
    assert_eq!(channels(o, NUMBER).len(), 2, "nothing changed");

    // The edge's signature only on POST; GET takes an API key too; neither: 401.
    let keyed = o.raw("POST", "/v1/preferences", &[("Authorization", &format!("Bearer {KEY}"))], json!({ "token": good }).to_string().as_bytes());
    assert!(unauthorized(&keyed).contains("API key"));
    let keyed = o.raw("GET", &format!("/v1/channels/{NUMBER}"), &[("Authorization", &format!("Bearer {KEY}"))], b"");
    // The `+` percent-encoded, in either case, names the same number.
    for encoded in ["%2B14155550177", "%2b14155550177"] {
        let r = o.raw("GET", &format!("/v1/channels/{encoded}"), &[("Authorization", &format!("Bearer {KEY}"))], b"");
        assert_eq!((r.status, r.json()["e164"].as_str()), (200, Some(NUMBER)), "{encoded}");
    }
    assert_eq!(keyed.status, 200);
    unauthorized(&o.raw("GET", &format!("/v1/channels/{NUMBER}"), &[], b""));
    assert_eq!(field_of(&o.get("/v1/channels/not-a-number")), "number");
    assert!(channels(o, "+12127360100").is_empty());
}

fn key_file(dir: &TempDir) -> String {
    let keys = dir.0.join("keys.txt");
    std::fs::write(&keys, format!("{KEY}\n")).unwrap();
    keys.to_str().unwrap().to_string()
}

#[test]
fn on_sqlite() {
    let dir = TempDir::new("prefs");
    let keys = key_file(&dir);
    let o = spawn(&dir.0.join("data"), &["--api-key-file", &keys]);
    choices_are_recorded_and_named(&o);
}

/// A fresh PostgreSQL database named after `name`, when `STOPGATE_TEST_PG` is set.
fn pg_database(name: &str) -> Option<String> {
    let Ok(admin) = std::env::var("STOPGATE_TEST_PG") else {
        eprintln!("skipped: STOPGATE_TEST_PG is not set (scripts/test-pg.sh sets it)");
        return None;
    };
    let db = format!("stopgate_{name}_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    client.batch_execute(&format!("DROP DATABASE IF EXISTS {db}")).unwrap();
    client.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some(format!("{base}/{db}"))
}

#[test]
fn on_postgres() {
    let Some(url) = pg_database("prefs") else { return };
    let dir = TempDir::new("prefs-pg");
    let keys = key_file(&dir);
    let o = spawn(&dir.0.join("data"), &["--database", &url, "--api-key-file", &keys]);
    choices_are_recorded_and_named(&o);
}

/// A database from before preference choices (its consent CHECK lacks
/// `preference_page`) is rebuilt when opened, its records kept with their ids.
#[test]
fn an_older_sqlite_database_takes_preference_records() {
    let dir = TempDir::new("prefs-old");
    let data = dir.0.join("data");
    let mut o = spawn(&data, &[]);
    o.reply("OLD-1", NUMBER, "STOP", "opt_out", None);
    let before = o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].clone();
    o.terminate();
    {
        let conn = rusqlite::Connection::open(data.join("stopgate.db")).unwrap();
        let sql: String = conn
            .query_row("SELECT sql FROM sqlite_master WHERE name = 'consent'", [], |r| r.get(0))
            .unwrap();
        let old = sql
            .replace("consent (", "consent_old (")
            .replace(",\n                                                 'preference_page'", "");
        assert!(!old.contains("preference_page"), "{old}");
        conn.execute_batch(&format!(
            "DROP TRIGGER consent_append_only; {old};
             INSERT INTO consent_old SELECT * FROM consent; DROP TABLE consent;
             ALTER TABLE consent_old RENAME TO consent;"
        ))
        .unwrap();
    }
    let o = spawn(&data, &[]);
    let r = choose(&o, json!({ "token": token(NUMBER, unix_now() + 60), "channels": [{ "kind": "email", "address": "a@example.com" }] }));
    assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
    let after = o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].clone();
    assert_eq!(after[0], before[0], "the old record, id and all");
    assert_eq!(after[1]["method"], "preference_page");
    assert!(after[1]["id"].as_i64() > after[0]["id"].as_i64());
}

/// keepPrograms (C11 with C9): ticking "alerts" on the page narrows an `all` opt-out to
/// marketing + every program not kept, as one consent record (method preference_page,
/// action narrow) in the list change's transaction; the next delta carries the mask.
#[test]
fn keeping_a_program_on_the_page_narrows_the_opt_out() {
    let dir = TempDir::new("prefs-keep");
    keep_narrows(&spawn_with_programs(&dir, "off"));
}

#[test]
fn keeping_a_program_on_the_page_narrows_the_opt_out_on_postgres() {
    let Some(url) = pg_database("prefs_keep") else { return };
    let dir = TempDir::new("prefs-keep-pg");
    keep_narrows(&spawn_with_programs_and(&dir, "off", &["--database", &url]));
}

fn keep_narrows(o: &Origin) {
    let mut snap = o.snapshot();
    let n: u64 = NUMBER[1..].parse().unwrap();
    // A link issued now (its expiry is the issue time plus 30 days).
    let good = token(NUMBER, unix_now() + LINK);
    // Before any opt-out there is nothing to narrow: nothing recorded.
    let r = choose(o, json!({ "token": good, "keepPrograms": ["alerts"] }));
    assert_eq!((r.status, r.json()["recorded"].as_u64()), (200, Some(0)), "{:?}", String::from_utf8_lossy(&r.body));
    o.reply("K-1", NUMBER, "STOP", "opt_out", None);
    // Ids are the origin's: an unknown one is refused, naming the field.
    let bad = choose(o, json!({ "token": good, "keepPrograms": ["tips"] }));
    assert_eq!(field_of(&bad), "keepPrograms");
    assert!(bad.json()["error"].as_str().unwrap().contains("tips"), "{}", bad.json());
    assert_eq!(field_of(&choose(o, json!({ "token": good, "keepPrograms": [3] }))), "keepPrograms");

    let r = choose(o, json!({ "token": good, "number": NUMBER, "pageVersion": "prefs-test-2", "keepPrograms": ["alerts"], "channels": [] }));
    assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!((v["recorded"].as_u64(), v["scope"].as_str()), (Some(1), Some("marketing+promos")), "{v}");
    let made = &v["records"][0];
    assert_eq!((made["action"].as_str(), made["method"].as_str(), made["scope"].as_str()), (Some("narrow"), Some("preference_page"), Some("marketing+promos")), "{v}");
    o.catch_up(&mut snap);
    assert_eq!(snap.check(n).map(stopgate::Scope::code), Some(0b101), "the delta carries marketing + promos");

    // The receipt: the STOP, then the narrowing with its evidence and the sequence it made.
    let receipt = o.get(&format!("/v1/consent/{NUMBER}")).json();
    let records = receipt["records"].as_array().unwrap();
    assert_eq!(records.len(), 2, "{receipt}");
    let last = &records[1];
    assert_eq!(
        (last["action"].as_str(), last["method"].as_str(), last["scope"].as_str(), last["program"].as_str(), last["pageVersion"].as_str()),
        (Some("narrow"), Some("preference_page"), Some("marketing+promos"), Some("alerts"), Some("prefs-test-2")),
    );
    assert_eq!(last["sequence"].as_u64(), Some(o.sequence()), "{last}");
    // A link narrows once (security review): a second narrowing is refused, and
    // nothing is recorded; channel choices still work with the same link.
    let seq = o.sequence();
    for keep in [["alerts"], ["promos"]] {
        let again = choose(o, json!({ "token": good, "keepPrograms": keep }));
        assert_eq!(again.status, 409, "{:?}", String::from_utf8_lossy(&again.body));
        assert_eq!(again.json()["error"], "narrowing-refused");
        assert!(again.json()["message"].as_str().unwrap().contains("already used"), "{}", again.json());
    }
    assert_eq!(o.sequence(), seq, "nothing narrowed");
    let email = choose(o, json!({ "token": good, "channels": [{ "kind": "email", "address": "k@example.com" }] }));
    assert_eq!((email.status, email.json()["recorded"].as_u64()), (200, Some(1)), "{}", email.json());
    assert_eq!(o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].as_array().unwrap().len(), 3);
}

/// The page never lifts an opt-out whole (SECURITY.md; round 18's review): keeping every
/// program a program-only opt-out names would leave none, so it is refused (409) and the
/// opt-out stays; keeping part of a wider mask still narrows.
#[test]
fn keeping_every_program_of_a_program_opt_out_is_refused() {
    let dir = TempDir::new("prefs-keep-all");
    let o = spawn_with_programs_and(&dir, "off", &[]);
    let n: u64 = NUMBER[1..].parse().unwrap();
    let r = o.reply("W-1", NUMBER, "STOP ALERTS", "opt_out", None);
    assert_eq!(r["effectScope"].as_str(), Some("alerts"), "{r}");
    let seq = o.sequence();
    let link = token(NUMBER, unix_now() + LINK);
    let refused = choose(&o, json!({ "token": link, "keepPrograms": ["alerts"] }));
    assert_eq!(refused.status, 409, "{:?}", String::from_utf8_lossy(&refused.body));
    assert_eq!(refused.json()["error"], "narrowing-refused");
    assert!(refused.json()["message"].as_str().unwrap().contains("START"), "{}", refused.json());
    assert_eq!(o.sequence(), seq, "nothing changed");
    assert_eq!(o.snapshot().check(n).map(stopgate::Scope::code), Some(0b010), "still opted out of alerts");
    let records = o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].as_array().unwrap().len();
    assert_eq!(records, 1, "only the STOP");
}

/// The preference link's life, in seconds (the edge's LINK_DAYS).
const LINK: u64 = 30 * 86_400;

/// A page narrowing is accepted only within 24 hours of the link's issue, and not
/// after a later opt-out (the security review): a link issued 25 hours ago, or one
/// issued an hour before a new STOP, narrows nothing (409); channels still change.
#[test]
fn old_or_superseded_links_do_not_narrow() {
    let dir = TempDir::new("prefs-old-link");
    let o = spawn_with_programs_and(&dir, "off", &[]);
    let now = unix_now();
    o.reply("O-1", NUMBER, "STOP", "opt_out", None);
    let seq = o.sequence();
    let old = token(NUMBER, now - 25 * 3600 + LINK);
    let r = choose(&o, json!({ "token": old, "keepPrograms": ["alerts"] }));
    assert_eq!(r.status, 409, "{:?}", String::from_utf8_lossy(&r.body));
    assert!(r.json()["message"].as_str().unwrap().contains("24 hours"), "{}", r.json());
    // Issued an hour ago, before the STOP just recorded: superseded.
    let earlier = token(NUMBER, now - 3600 + LINK);
    let r = choose(&o, json!({ "token": earlier, "keepPrograms": ["alerts"] }));
    assert_eq!(r.status, 409, "{:?}", String::from_utf8_lossy(&r.body));
    assert!(r.json()["message"].as_str().unwrap().contains("opted out again"), "{}", r.json());
    assert_eq!(o.sequence(), seq, "nothing narrowed");
    let c = choose(&o, json!({ "token": old, "channels": [{ "kind": "email", "address": "o@example.com" }] }));
    assert_eq!(c.status, 200, "{:?}", String::from_utf8_lossy(&c.body));
    // The link of the newest confirmation narrows.
    let fresh = token(NUMBER, now + LINK);
    let r = choose(&o, json!({ "token": fresh, "keepPrograms": ["alerts"], "channels": [{ "kind": "email", "address": "o@example.com" }] }));
    assert_eq!((r.status, r.json()["recorded"].as_u64()), (200, Some(1)), "{}", r.json());
}

/// Preference-page records are capped per number per day (security review): the
/// 21st change within 24 hours is refused with 429.
#[test]
fn preference_changes_are_capped_per_day() {
    let dir = TempDir::new("prefs-cap");
    let o = spawn_with_programs_and(&dir, "off", &[]);
    let good = token(NUMBER, unix_now() + LINK);
    for i in 0..20 {
        let address = if i % 2 == 0 { "a@example.com" } else { "b@example.com" };
        let r = choose(&o, json!({ "token": good, "channels": [{ "kind": "email", "address": address }] }));
        assert_eq!(r.status, 200, "{i}: {:?}", String::from_utf8_lossy(&r.body));
    }
    let records = o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].as_array().unwrap().len();
    assert!(records >= 20, "{records}");
    let r = choose(&o, json!({ "token": good, "channels": [{ "kind": "email", "address": "c@example.com" }] }));
    assert_eq!(r.status, 429, "{:?}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["error"], "rate-limited");
    assert_eq!(o.get(&format!("/v1/consent/{NUMBER}")).json()["records"].as_array().unwrap().len(), records);
}
