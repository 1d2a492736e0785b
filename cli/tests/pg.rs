//! The origin on PostgreSQL: several `stopgate serve` processes over one real
//! database serve one list. Needs a server: `scripts/test-pg.sh` starts a
//! throwaway cluster and sets `STOPGATE_TEST_PG` (a URL of a database from
//! which each test creates its own); without it every test here says it is
//! skipped and passes.

mod common;

use common::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use stopgate::snapshot::{Delta, Snapshot};
use stopgate::Scope;

/// A fresh database for one test: its URL, or `None` (skipped) without a server.
fn database(name: &str) -> Option<String> {
    let Ok(admin) = std::env::var("STOPGATE_TEST_PG") else {
        eprintln!("skipped: STOPGATE_TEST_PG is not set (scripts/test-pg.sh sets it)");
        return None;
    };
    static N: AtomicUsize = AtomicUsize::new(0);
    let db = format!(
        "stopgate_{name}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    let mut client =
        postgres::Client::connect(&admin, postgres::NoTls).expect("connect to STOPGATE_TEST_PG");
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    client
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some(format!("{base}/{db}"))
}

/// Two origins over `url` with one signing key, each with its own data folder.
fn pair(dir: &TempDir, url: &str, extra: &[&str]) -> (Origin, Origin) {
    let key = dir.0.join("signing.key");
    std::fs::write(&key, "11".repeat(32)).unwrap();
    let mut args = vec!["--database", url, "--key", key.to_str().unwrap()];
    args.extend_from_slice(extra);
    let a = spawn(&dir.0.join("a"), &args);
    let b = spawn(&dir.0.join("b"), &args);
    assert_eq!(a.public_key, b.public_key);
    (a, b)
}

#[test]
fn two_origins_serve_one_list() {
    let Some(url) = database("pair") else { return };
    let dir = TempDir::new("pg-pair");
    let (a, b) = pair(&dir, &url, &[]);
    assert_eq!(a.first_sequence, 1);
    assert_eq!(
        b.first_sequence, 1,
        "the second process found the list the first made"
    );
    let base = a.snapshot();
    assert_eq!(base.len(), SEED + 3);
    assert_eq!(b.snapshot().digest(), base.digest());
    let s = base.sequence();

    // An opt-out through A is in B's next delta, and one through B in A's.
    assert_eq!(
        a.inbound("PG-1", "+14155550199", "opt_out", None)["sequence"].as_u64(),
        Some(s + 1)
    );
    let mut via_b = Snapshot::from_bytes_verified(base.as_bytes().to_vec(), &b.key()).unwrap();
    b.catch_up(&mut via_b);
    assert_eq!(via_b.check(NOT_OPTED_OUT), Some(Scope::All));
    assert_eq!(
        b.inbound("PG-2", "+12127360100", "opt_out", Some("marketing"))["sequence"].as_u64(),
        Some(s + 2)
    );
    let mut via_a = Snapshot::from_bytes_verified(base.as_bytes().to_vec(), &a.key()).unwrap();
    a.catch_up(&mut via_a);
    assert_eq!(via_a.sequence(), s + 2);
    assert_eq!(via_a.check(12127360100), Some(Scope::Marketing));
    assert_eq!(via_a.check(NOT_OPTED_OUT), Some(Scope::All));
    // Both agree on the list and on its digest, and the statements say so.
    assert_eq!(a.snapshot().digest(), b.snapshot().digest());
    assert_eq!(
        freshness_of(&a, &a.get("/v1/freshness")).digest,
        via_a.digest()
    );
    assert_eq!(
        freshness_of(&b, &b.get("/v1/freshness")).digest,
        via_a.digest()
    );
    // An opt-in through B lifts what A recorded.
    assert_eq!(
        b.inbound("PG-3", "+14155550199", "opt_in", None)["recorded"],
        true
    );
    a.catch_up(&mut via_a);
    assert_eq!(via_a.check(NOT_OPTED_OUT), None);
    assert_eq!(via_a.digest(), via_a.computed_digest());
}

#[test]
fn sequences_are_one_total_order_and_ids_count_once() {
    let Some(url) = database("order") else { return };
    let dir = TempDir::new("pg-order");
    let (a, b) = pair(&dir, &url, &[]);
    let s = a.sequence();
    // Writers on both processes at once: every change gets its own sequence.
    let sequences = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for (t, o) in [(0, &a), (1, &b), (2, &a), (3, &b)] {
            let sequences = &sequences;
            scope.spawn(move || {
                for i in 0..10 {
                    let from = format!("+1646872{t}{i:03}");
                    let r = o.inbound(&format!("ORD-{t}-{i}"), &from, "opt_out", None);
                    assert_eq!(r["recorded"], true, "{r}");
                    sequences
                        .lock()
                        .unwrap()
                        .push(r["sequence"].as_u64().unwrap());
                }
            });
        }
    });
    let mut sequences = sequences.into_inner().unwrap();
    sequences.sort_unstable();
    assert_eq!(sequences, (s + 1..=s + 40).collect::<Vec<_>>());
    assert_eq!(b.sequence(), s + 40);

    // The same message id through both at once: recorded once.
    for round in 0..5 {
        let id = format!("DUP-{round}");
        let from = format!("+1212736{round:04}");
        let answers: Vec<serde_json::Value> = std::thread::scope(|scope| {
            let ha = scope.spawn(|| a.inbound(&id, &from, "opt_out", None));
            let hb = scope.spawn(|| b.inbound(&id, &from, "opt_out", None));
            vec![ha.join().unwrap(), hb.join().unwrap()]
        });
        let recorded = answers.iter().filter(|r| r["recorded"] == true).count();
        let duplicates = answers.iter().filter(|r| r["duplicate"] == true).count();
        assert_eq!((recorded, duplicates), (1, 1), "{answers:?}");
    }
    // The same id from another number is another reply (a generic webhook's ids may repeat
    // across numbers): recorded, whichever process hears it.
    let other = b.inbound("DUP-0", "+12127369999", "opt_out", None);
    assert_eq!((other["recorded"].as_bool(), other["duplicate"].as_bool()), (Some(true), Some(false)), "{other}");
    assert_eq!(a.sequence(), s + 46);
    let snap = b.snapshot();
    assert_eq!(snap.len(), SEED + 3 + 46);
    // One delta from the start covers every change, whichever process made it.
    let r = a.get(&format!("/v1/snapshot/delta?since={s}"));
    let delta = Delta::from_bytes(&r.body, Some(&a.key())).unwrap();
    assert_eq!(delta.additions().len(), 46);
}

#[test]
fn a_request_one_origin_accepted_is_a_replay_at_the_other() {
    let Some(url) = database("replay") else { return };
    let dir = TempDir::new("pg-replay");
    let (a, b) = pair(&dir, &url, &[]);
    let replayed = "replayed: this signature was already used";
    // A forwarded send, captured on its way to one process and sent to the other.
    let body = br#"{"to":"+14155550199","body":"Your code is 5678","category":"transactional"}"#;
    let (path, signed) = sign_request("POST", "/v1/messages", body);
    let headers: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(a.raw("POST", &path, &headers, body).status, 202);
    assert_eq!(unauthorized(&b.raw("POST", &path, &headers, body)), replayed);
    let log = b.get("/v1/messages").json();
    let sends = log.as_array().unwrap().iter().filter(|m| m.to_string().contains("Your code is 5678")).count();
    assert_eq!(sends, 1, "{log}");
    // The same request to both at once: exactly one process accepts it.
    for round in 0..5 {
        let body = format!(r#"{{"to":"+14155550199","body":"race {round}","category":"transactional"}}"#);
        let (path, signed) = sign_request("POST", "/v1/messages", body.as_bytes());
        let headers: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let statuses: Vec<u16> = std::thread::scope(|scope| {
            let ha = scope.spawn(|| a.raw("POST", &path, &headers, body.as_bytes()).status);
            let hb = scope.spawn(|| b.raw("POST", &path, &headers, body.as_bytes()).status);
            vec![ha.join().unwrap(), hb.join().unwrap()]
        });
        let mut sorted = statuses.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![202, 401], "round {round}: {statuses:?}");
    }
}

#[test]
fn a_compacted_log_answers_gone_on_both() {
    let Some(url) = database("compact") else {
        return;
    };
    let dir = TempDir::new("pg-compact");
    let (a, b) = pair(
        &dir,
        &url,
        &["--retain-changes", "2", "--compact-interval", "1"],
    );
    let s = a.sequence();
    for i in 0..5 {
        a.inbound(
            &format!("CP-{i}"),
            &format!("+1646872{i:04}"),
            "opt_out",
            None,
        );
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while b.get(&format!("/v1/snapshot/delta?since={s}")).status != 410 {
        assert!(
            std::time::Instant::now() < deadline,
            "the log was never compacted"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let gone = a.get(&format!("/v1/snapshot/delta?since={s}"));
    assert_eq!(gone.status, 410);
    assert_eq!(
        gone.json()["error"]
            .as_str()
            .map(|e| e.contains("older than")),
        Some(true)
    );
    assert_eq!(
        b.get(&format!("/v1/snapshot/delta?since={}", s + 3)).status,
        200
    );
    let mut fresh = b.snapshot();
    a.inbound("CP-9", "+14155550199", "opt_out", None);
    a.catch_up(&mut fresh);
    assert_eq!(fresh.check(NOT_OPTED_OUT), Some(Scope::All));
}

#[test]
fn an_origin_reconnects_after_losing_its_connections() {
    let Some(url) = database("reconnect") else {
        return;
    };
    let dir = TempDir::new("pg-reconnect");
    let (a, _b) = pair(&dir, &url, &[]);
    let s = a.sequence();
    let db = url.rsplit('/').next().unwrap().to_string();
    let mut admin =
        postgres::Client::connect(&std::env::var("STOPGATE_TEST_PG").unwrap(), postgres::NoTls)
            .unwrap();
    admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            &[&db],
        )
        .unwrap();
    // The first request on a dead connection may fail (500); one of the next works.
    let mut answered = None;
    for i in 0..4 {
        let r = a.post_json(
            "/v1/inbound",
            &serde_json::json!({
                "messageId": "RC-1", "from": "+14155550199", "to": null, "body": "STOP",
                "receivedAt": 0, "provider": "twilio", "classification": { "intent": "opt_out" },
            }),
        );
        if r.status == 200 {
            answered = Some((i, r.json()));
            break;
        }
        assert_eq!(r.status, 500, "{:?}", String::from_utf8_lossy(&r.body));
    }
    let (_, r) = answered.expect("the origin never reconnected");
    assert_eq!(r["sequence"].as_u64(), Some(s + 1));
    assert_eq!(a.sequence(), s + 1);
}

#[test]
fn consent_records_through_two_origins_form_one_receipt() {
    let Some(url) = database("consent") else {
        return;
    };
    let dir = TempDir::new("pg-consent");
    let (a, b) = pair(&dir, &url, &[]);
    // STOP through A, START through B, STOP through A again, and B hears A's
    // first message once more (a redelivery): three records, in sequence order.
    a.reply("PGC-1", "+14155550199", "STOP", "opt_out", None);
    b.reply("PGC-2", "+14155550199", "START", "opt_in", None);
    b.reply("PGC-1", "+14155550199", "STOP", "opt_out", None);
    a.reply("PGC-3", "+14155550199", "unsubscribe", "opt_out", None);
    for o in [&a, &b] {
        let v = o.get("/v1/consent/+14155550199").json();
        let records = v["records"].as_array().unwrap();
        let got: Vec<(&str, &str, &str)> = records
            .iter()
            .map(|r| {
                (
                    r["messageId"].as_str().unwrap(),
                    r["action"].as_str().unwrap(),
                    r["text"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("PGC-1", "opt_out", "STOP"),
                ("PGC-2", "opt_in", "START"),
                ("PGC-3", "opt_out", "unsubscribe"),
            ]
        );
        let seqs: Vec<u64> = records
            .iter()
            .map(|r| r["sequence"].as_u64().unwrap())
            .collect();
        assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
        assert!(records
            .iter()
            .all(|r| r["to"] == "+14155550000" && r["rule"].is_string()));
        let csv = o.get("/v1/consent/+14155550199?format=csv");
        assert_eq!(String::from_utf8(csv.body).unwrap().lines().count(), 4);
    }
    // An import through a third origin is recorded as consent too, once per change.
    let list = dir.0.join("import.csv");
    std::fs::write(
        &list,
        "phone,scope\n+12127360100,marketing\n+14155550199,all\n",
    )
    .unwrap();
    let key = dir.0.join("signing.key");
    let c = spawn(
        &dir.0.join("c"),
        &[
            "--database",
            &url,
            "--key",
            key.to_str().unwrap(),
            "--import",
            list.to_str().unwrap(),
        ],
    );
    let imported = a.get("/v1/consent/+12127360100").json();
    let records = imported["records"].as_array().unwrap();
    assert_eq!(records.len(), 1, "{imported}");
    assert_eq!(
        (
            &records[0]["method"],
            &records[0]["action"],
            &records[0]["scope"]
        ),
        (&"import".into(), &"opt_out".into(), &"marketing".into())
    );
    assert!(records[0]["text"].is_null());
    // Already opted out: the import changed nothing for it, so no record.
    assert_eq!(
        c.get("/v1/consent/+14155550199").json()["records"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // The CLI reads the same database.
    let out = std::process::Command::new(BIN)
        .args([
            "consent",
            "--database",
            &url,
            "--number",
            "+14155550199",
            "--format",
            "csv",
        ])
        .env_remove("STOPGATE_DATABASE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 4);
    // The table refuses updates.
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let err = client
        .execute("UPDATE consent SET text = 'YES'", &[])
        .unwrap_err();
    assert!(err.to_string().contains("append-only") || format!("{err:?}").contains("append-only"));
}

// double opt-in (issue 16)
#[test]
fn an_optin_made_through_one_origin_is_confirmed_through_another() {
    let Some(url) = database("optin") else { return };
    let dir = TempDir::new("pg-optin");
    let (a, b) = pair(&dir, &url, &["--brand", "Acme"]);
    let number = format!("+{DEMO_ALL}");
    let body = serde_json::json!({ "number": number, "pageVersion": "pg-v1", "disclosure": "Acme texts" });
    let created = a.post_json("/v1/optin", &body);
    assert_eq!(created.status, 201, "{:?}", String::from_utf8_lossy(&created.body));
    let id = created.json()["id"].as_str().unwrap().to_string();
    // The rate limit holds across processes.
    assert_eq!(b.post_json("/v1/optin", &body).status, 429);
    let prompts: Vec<serde_json::Value> = b.get("/v1/messages").json().as_array().unwrap().iter()
        .filter(|m| m["body"]["kind"] == "optin-prompt").cloned().collect();
    assert_eq!(prompts.len(), 1);
    let code = prompts[0]["body"]["code"].as_str().unwrap().to_string();
    assert!(prompts[0]["body"]["body"].as_str().unwrap().starts_with(&format!("Acme: Reply YES {code} to confirm texts.")));
    assert!(b.reply("PG-Y0", &number, "YES", "opt_in", None)["optin"].is_null(), "opted out: a plain YES confirms nothing");
    let yes = b.reply("PG-Y1", &number, &format!("YES {code}"), "opt_in", None);
    assert_eq!(yes["optin"]["state"], "confirmed");
    assert_eq!(yes["recorded"], true);
    assert!(a.reply("PG-Y1", &number, &format!("YES {code}"), "opt_in", None)["optin"].is_null(), "a redelivery adds nothing");
    let v = a.get(&format!("/v1/consent/{number}")).json();
    let forms: Vec<&serde_json::Value> = v["records"].as_array().unwrap().iter().filter(|r| r["method"] == "web_form").collect();
    assert_eq!(forms.len(), 1, "{v}");
    assert_eq!((forms[0]["text"].as_str(), forms[0]["pageVersion"].as_str()), (Some(format!("YES {code}").as_str()), Some("pg-v1")));
    assert_eq!(v["optin"][0]["state"], "confirmed");
    assert_eq!(a.get(&format!("/v1/optin/{id}")).json()["state"], "confirmed");
    assert!(!a.snapshot().contains(DEMO_ALL));
}

#[test]
fn retention_through_either_origin_keeps_a_pending_prompt() {
    let Some(url) = database("optin_retention") else { return };
    let dir = TempDir::new("pg-optin-retention");
    let (a, b) = pair(&dir, &url, &["--brand", "Acme", "--retain-messages", "2", "--compact-interval", "1"]);
    // A number with no opt-out: a plain YES would confirm while the log is whole.
    let number = "+14155550142";
    let body = serde_json::json!({ "number": number, "pageVersion": "pg-v1", "disclosure": "Acme texts" });
    assert_eq!(a.post_json("/v1/optin", &body).status, 201);
    let prompt = |o: &Origin| -> Option<String> {
        o.get("/v1/messages?limit=100").json().as_array().unwrap().iter()
            .find(|m| m["body"]["kind"] == "optin-prompt")
            .map(|m| m["body"]["code"].as_str().unwrap().to_string())
    };
    let code = prompt(&b).expect("the prompt is logged");
    for i in 0..5 {
        let send = format!(r#"{{"to":"+14155550999","body":"send {i}","category":"transactional"}}"#);
        assert_eq!(b.request("POST", "/v1/messages", &[], send.as_bytes()).status, 202);
    }
    // Compaction (every second, either process) trims the log to two, the prompt aside.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while a.get("/v1/messages?limit=100").json().as_array().unwrap().len() > 3 {
        assert!(std::time::Instant::now() < deadline, "the send log was never compacted");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(prompt(&a).as_deref(), Some(code.as_str()), "the pending prompt was removed");
    // The log no longer shows whether the number was texted since: the code is needed.
    assert!(b.reply("PG-R0", number, "YES", "opt_in", None)["optin"].is_null(), "a plain YES confirmed past a trimmed log");
    let yes = a.reply("PG-R1", number, &format!("YES {code}"), "opt_in", None);
    assert_eq!(yes["optin"]["state"], "confirmed", "{yes}");
}

// programs and revoke-all (issue 15)
#[test]
fn programs_and_revoke_all_through_two_origins() {
    let Some(url) = database("programs") else { return };
    let dir = TempDir::new("pg-programs");
    std::fs::create_dir_all(&dir.0).unwrap();
    let file = dir.0.join("programs.json");
    std::fs::write(
        &file,
        r#"[{"id":"alerts","bit":1,"name":"Account alerts","kind":"transactional","words":["alerts","account alerts"]},
            {"id":"promos","bit":2,"name":"Promotions","kind":"marketing","words":["promos","deals"]}]"#,
    )
    .unwrap();
    let (a, b) = pair(&dir, &url, &["--programs", file.to_str().unwrap(), "--revoke-all", "on"]);
    let mut snap = a.snapshot();
    let n: u64 = 14155557101;
    let from = "+14155557101";
    let r = a.reply("G-1", from, "stop sending the promos", "opt_out", None);
    assert_eq!((r["effectScope"].as_str(), r["requestedScope"].as_str()), (Some("all"), Some("promos")), "{r}");
    // The answer reaches the other process: the clarification is in the shared database.
    let r = b.reply("G-2", from, "keep my account alerts", "none", None);
    assert_eq!((r["effect"].as_str(), r["effectScope"].as_str()), (Some("narrow"), Some("marketing+promos")), "{r}");
    let r = a.reply("G-3", from, "ALERTS", "none", None);
    assert_eq!(r["effect"].as_str(), Some("nothing"), "accepted once: {r}");
    a.catch_up(&mut snap);
    assert_eq!(snap.check(n).map(Scope::code), Some(0b101));
    let r = b.reply("G-4", "+14155557102", "STOP ALERTS", "opt_out", None);
    assert_eq!(r["program"].as_str(), Some("alerts"), "{r}");
    let v = a.get(&format!("/v1/consent/{from}?format=json")).json();
    let actions: Vec<&str> = v["records"].as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["opt_out", "narrow"]);
}
