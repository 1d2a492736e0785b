//! End-to-end tests of `stopgate serve` and `stopgate publish`: the real
//! binary on a loopback port with a temporary data folder, spoken to in plain
//! HTTP/1.1, its snapshots and deltas checked with the core library.
//!
//! Every request is signed as the edge signs it (contract C4) unless a test
//! says otherwise.

mod common;

use common::*;
use std::process::Command;
use std::time::Duration;
use stopgate::snapshot::{Delta, Snapshot};
use stopgate::Scope;

#[test]
fn snapshot_inbound_and_deltas() {
    let dir = TempDir::new("flow");
    let o = spawn(&dir.0.join("data"), &[]);
    assert_eq!(o.get("/v1/publickey").body, o.public_key.as_bytes());

    let base = o.snapshot();
    assert_eq!(base.sequence(), o.first_sequence);
    assert_eq!(base.len(), SEED + 3);
    assert_eq!(base.check(DEMO_ALL), Some(Scope::All));
    assert_eq!(base.check(DEMO_MARKETING), Some(Scope::Marketing));
    assert_eq!(base.check(NOT_OPTED_OUT), None);
    let s = base.sequence();

    // ETag and conditional requests.
    let r = o.get("/v1/snapshot");
    let etag = r.header("etag").unwrap().to_string();
    assert_eq!(etag, format!("\"{s}\""));
    let r = o.request("GET", "/v1/snapshot", &[("If-None-Match", &etag)], b"");
    assert_eq!(r.status, 304);
    assert!(r.body.is_empty());

    // Deltas at the edges of the log.
    assert_eq!(o.get(&format!("/v1/snapshot/delta?since={s}")).status, 204);
    let ahead = o.get(&format!("/v1/snapshot/delta?since={}", s + 5));
    assert_eq!(ahead.status, 409);
    assert_eq!(ahead.json()["sequence"].as_u64(), Some(s));
    assert_eq!(o.get("/v1/snapshot/delta?since=0").status, 410);

    // An opt-out bumps the sequence once, however often it is delivered.
    let first = o.inbound("SM-1", "+1 (415) 555-0199", "opt_out", Some("all"));
    assert_eq!(first["recorded"], true);
    assert_eq!(first["duplicate"], false);
    assert_eq!(first["sequence"].as_u64(), Some(s + 1));
    let again = o.inbound("SM-1", "+1 (415) 555-0199", "opt_out", Some("all"));
    assert_eq!(
        (again["recorded"].as_bool(), again["duplicate"].as_bool()),
        (Some(false), Some(true))
    );
    assert_eq!(again["sequence"].as_u64(), Some(s + 1));
    // Opting out again under another id changes nothing.
    let same = o.inbound("SM-2", "4155550199", "opt_out", None);
    assert_eq!(
        (same["recorded"].as_bool(), same["sequence"].as_u64()),
        (Some(false), Some(s + 1))
    );
    // Help and none are remembered but change nothing.
    let help = o.inbound("SM-3", "+14155550102", "help", None);
    assert_eq!(
        (help["recorded"].as_bool(), help["duplicate"].as_bool()),
        (Some(false), Some(false))
    );

    let mut old = Snapshot::from_bytes_verified(base.as_bytes().to_vec(), &o.key()).unwrap();
    o.catch_up(&mut old);
    assert_eq!(old.sequence(), s + 1);
    assert_eq!(old.check(NOT_OPTED_OUT), Some(Scope::All));

    // Opt-in removes; a marketing opt-out is recorded as such.
    let start = o.inbound("SM-4", "+14155550100", "opt_in", None);
    assert_eq!(
        (start["recorded"].as_bool(), start["sequence"].as_u64()),
        (Some(true), Some(s + 2))
    );
    let market = o.inbound("SM-5", "+1 212 736 0100", "opt_out", Some("marketing"));
    assert_eq!(market["sequence"].as_u64(), Some(s + 3));
    o.catch_up(&mut old);
    assert_eq!(old.sequence(), s + 3);
    assert_eq!(old.check(DEMO_ALL), None);
    assert_eq!(old.check(12127360100), Some(Scope::Marketing));
    assert_eq!(old.check(NOT_OPTED_OUT), Some(Scope::All));

    // One delta from the original base covers all three changes.
    let mut from_base = Snapshot::from_bytes_verified(base.as_bytes().to_vec(), &o.key()).unwrap();
    o.catch_up(&mut from_base);
    assert_eq!(from_base.sequence(), s + 3);
    assert_eq!(
        from_base.iter().collect::<Vec<_>>(),
        old.iter().collect::<Vec<_>>()
    );

    // The full snapshot moved on (interval 0) and the old ETag no longer matches.
    let fresh = o.snapshot();
    assert_eq!(fresh.sequence(), s + 3);
    assert_eq!(fresh.check(NOT_OPTED_OUT), Some(Scope::All));
    assert_eq!(fresh.check(DEMO_ALL), None);
    assert_eq!(
        o.request("GET", "/v1/snapshot", &[("If-None-Match", &etag)], b"")
            .status,
        200
    );
    let health = o.get("/v1/health").json();
    assert_eq!(health["ok"], true);
    assert_eq!(health["sequence"].as_u64(), Some(s + 3));
    assert_eq!(health["entries"].as_u64(), Some(SEED + 4));
}

#[test]
fn bad_requests_get_json_errors() {
    let dir = TempDir::new("bad");
    let o = spawn(&dir.0.join("data"), &[]);
    let post = |body: &str| {
        o.request(
            "POST",
            "/v1/inbound",
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    };
    let ok_class = r#"{"intent":"opt_out","scope":"all"}"#;

    assert_eq!(field_of(&post("{not json")), "body");
    assert_eq!(field_of(&post("[1,2]")), "body");
    assert_eq!(
        field_of(&post(&format!(
            r#"{{"from":"+14155550199","classification":{ok_class}}}"#
        ))),
        "messageId"
    );
    assert_eq!(
        field_of(&post(&format!(
            r#"{{"messageId":"a","classification":{ok_class}}}"#
        ))),
        "from"
    );
    assert_eq!(
        field_of(&post(&format!(
            r#"{{"messageId":"a","from":"call me","classification":{ok_class}}}"#
        ))),
        "from"
    );
    assert_eq!(
        field_of(&post(r#"{"messageId":"a","from":"+14155550199"}"#)),
        "classification"
    );
    assert_eq!(
        field_of(&post(
            r#"{"messageId":"a","from":"+14155550199","classification":{}}"#
        )),
        "classification.intent"
    );
    assert_eq!(
        field_of(&post(
            r#"{"messageId":"a","from":"+14155550199","classification":{"intent":"maybe"}}"#
        )),
        "classification.intent"
    );
    assert_eq!(
        field_of(&post(
            r#"{"messageId":"a","from":"+14155550199","classification":{"intent":"opt_out","scope":"some"}}"#
        )),
        "classification.scope"
    );
    assert_eq!(field_of(&o.get("/v1/snapshot/delta")), "since");
    assert_eq!(field_of(&o.get("/v1/snapshot/delta?since=-1")), "since");
    // Nothing above changed the list, and the rejected id is still free.
    assert_eq!(o.sequence(), o.first_sequence);
    assert_eq!(
        o.inbound("a", "+14155550199", "opt_out", None)["recorded"],
        true
    );

    let big = vec![b'x'; 70 * 1024];
    let r = o.request(
        "POST",
        "/v1/inbound",
        &[("Content-Type", "application/json")],
        &big,
    );
    assert_eq!(r.status, 413);
    assert!(r.json()["error"].is_string());
    assert_eq!(o.request("POST", "/v1/messages", &[], &big).status, 413);

    assert_eq!(o.get("/v1/nope").status, 404);
    assert_eq!(o.request("DELETE", "/v1/snapshot", &[], b"").status, 405);
    let faults = o.post_json(
        "/v1/admin/faults",
        &serde_json::json!({ "snapshot": "corrupt" }),
    );
    assert_eq!(faults.status, 403);
    assert!(Snapshot::from_bytes_verified(o.get("/v1/snapshot").body, &o.key()).is_ok());

    // The demo send backend logs what it gets, with the edge's headers.
    let sent = o.request(
        "POST",
        "/v1/messages",
        &[
            ("x-stopgate-decision", "warn"),
            ("x-stopgate-snapshot", "7"),
            ("Content-Type", "application/json"),
        ],
        br#"{"to":"+14155550199","body":"hi"}"#,
    );
    assert_eq!(sent.status, 202);
    let id = sent.json()["id"].as_i64().unwrap();
    let log = o.get("/v1/messages").json();
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["id"].as_i64(), Some(id));
    assert_eq!(last["headers"]["x-stopgate-decision"], "warn");
    assert_eq!(last["headers"]["x-stopgate-snapshot"], "7");
    assert_eq!(last["body"]["to"], "+14155550199");
}

#[test]
fn state_survives_a_restart_and_later_imports_are_changes() {
    let dir = TempDir::new("restart");
    let data = dir.0.join("data");
    let (key, s) = {
        let o = spawn(&data, &[]);
        assert_eq!(
            o.inbound("R-1", "+14155550199", "opt_out", Some("marketing"))["recorded"],
            true
        );
        (o.public_key.clone(), o.sequence())
        // dropped: killed with SIGKILL, no chance to clean up
    };
    let csv = dir.0.join("list.csv");
    std::fs::write(
        &csv,
        "phone,scope,opted_out_at\n\"(212) 736-0199\",all,1700000000\n+1 415 555 0199,all,\n",
    )
    .unwrap();
    let o = spawn(&data, &["--import", csv.to_str().unwrap()]);
    assert_eq!(o.public_key, key, "the generated key is kept");
    assert_eq!(o.sequence(), s + 1, "the import is one change");
    assert_eq!(
        o.inbound("R-1", "+14155550199", "opt_out", None)["duplicate"],
        true
    );
    let snap = o.snapshot();
    assert_eq!(snap.len(), SEED + 3 + 2);
    assert_eq!(
        snap.check(NOT_OPTED_OUT),
        Some(Scope::All),
        "widened by the import"
    );
    assert_eq!(snap.check(12127360199), Some(Scope::All));
    assert_eq!(snap.check(DEMO_ALL_2), Some(Scope::All));
    let r = o.get(&format!("/v1/snapshot/delta?since={}", s - 1));
    let delta = Delta::from_bytes(&r.body, Some(&o.key())).unwrap();
    assert_eq!(
        delta.additions(),
        &[(12127360199, Scope::All), (NOT_OPTED_OUT, Scope::All)]
    );
    assert!(delta.removals().is_empty());
}

#[test]
fn faults_break_what_the_edge_gets() {
    let dir = TempDir::new("faults");
    let o = spawn(&dir.0.join("data"), &["--allow-faults"]);
    let set = |mode: serde_json::Value| o.post_json("/v1/admin/faults", &mode);
    let good = o.snapshot();
    let s = good.sequence();
    o.inbound("F-1", "+14155550199", "opt_out", None);

    assert_eq!(
        set(serde_json::json!({ "snapshot": "corrupt" })).status,
        200
    );
    let r = o.get("/v1/snapshot");
    assert_eq!(r.status, 200);
    assert_ne!(r.header("etag"), Some(format!("\"{}\"", s + 1).as_str()));
    assert!(Snapshot::from_bytes_verified(r.body, &o.key()).is_err());
    let d = o.get(&format!("/v1/snapshot/delta?since={s}"));
    assert_eq!(d.status, 200);
    assert!(Delta::from_bytes(&d.body, Some(&o.key())).is_err());

    assert_eq!(
        set(serde_json::json!({ "snapshot": "wrong-key" })).status,
        200
    );
    let r = o.get("/v1/snapshot");
    assert!(Snapshot::from_bytes(r.body.clone()).is_ok(), "well-formed");
    assert!(
        Snapshot::from_bytes_verified(r.body, &o.key()).is_err(),
        "but not ours"
    );
    let d = o.get(&format!("/v1/snapshot/delta?since={s}"));
    assert!(Delta::from_bytes(&d.body, None).is_ok());
    assert!(Delta::from_bytes(&d.body, Some(&o.key())).is_err());

    assert_eq!(
        set(serde_json::json!({ "snapshot": "stale", "ageSeconds": 90_000 })).status,
        200
    );
    o.inbound("F-2", "+14155550102", "opt_in", None);
    let stale = o.snapshot();
    assert_eq!(stale.sequence(), s + 1);
    assert!(
        stale.created_at() + 90_000
            <= std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                + 1
    );
    assert_eq!(
        o.get(&format!("/v1/snapshot/delta?since={}", s + 1)).status,
        204
    );
    assert_eq!(o.get(&format!("/v1/snapshot/delta?since={s}")).status, 204);

    assert_eq!(
        field_of(&set(serde_json::json!({ "snapshot": "flaky" }))),
        "snapshot"
    );
    assert_eq!(set(serde_json::json!({ "snapshot": "ok" })).status, 200);
    let back = o.snapshot();
    assert_eq!(back.sequence(), s + 2);
    assert_eq!(back.check(DEMO_ALL_2), None);
}

#[test]
fn publish_writes_files_that_verify() {
    let dir = TempDir::new("publish");
    let data = dir.0.join("data");
    let (base, key) = {
        let o = spawn(&data, &[]);
        let base = o.snapshot();
        o.inbound("P-1", "+14155550199", "opt_out", None);
        o.inbound("P-2", "+14155550100", "opt_in", None);
        (base.as_bytes().to_vec(), o.key())
    };
    let out = dir.0.join("out");
    let run = Command::new(BIN)
        .arg("publish")
        .arg("--data")
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let mut base = Snapshot::from_bytes_verified(base, &key).unwrap();
    let s = base.sequence();
    assert_eq!(manifest["sequence"].as_u64(), Some(s + 2));
    assert_eq!(manifest["publicKey"].as_str(), Some(key.to_hex().as_str()));

    let full =
        Snapshot::from_bytes_verified(std::fs::read(out.join("snapshot.sgs")).unwrap(), &key)
            .unwrap();
    assert_eq!(full.sequence(), s + 2);
    assert_eq!(
        std::fs::read(out.join(format!("snapshot-{}.sgs", s + 2))).unwrap(),
        full.as_bytes()
    );
    let deltas = manifest["deltas"].as_array().unwrap();
    assert_eq!(deltas.len(), 2);
    let name = format!("delta-{s}-{}.sgd", s + 2);
    assert!(deltas.iter().any(|d| d["file"] == name.as_str()));
    let delta = Delta::from_bytes(&std::fs::read(out.join(&name)).unwrap(), Some(&key)).unwrap();
    base.apply_delta(&delta).unwrap();
    assert_eq!(
        base.iter().collect::<Vec<_>>(),
        full.iter().collect::<Vec<_>>()
    );
    assert_eq!(full.check(NOT_OPTED_OUT), Some(Scope::All));
    assert_eq!(full.check(DEMO_ALL), None);
    let statement = stopgate::snapshot::Freshness::from_bytes_verified(
        &std::fs::read(out.join("freshness.sgf")).unwrap(),
        &key,
    )
    .unwrap();
    assert_eq!(
        (statement.sequence, statement.digest),
        (s + 2, full.digest())
    );
    assert_eq!(
        manifest["digest"].as_str(),
        Some(full.digest().to_hex().as_str())
    );
}

#[test]
fn port_from_the_environment_first_import_and_empty_deltas() {
    let dir = TempDir::new("env");
    let list = dir.0.join("list.jsonl");
    std::fs::write(
        &list,
        "{\"phone\": \"(646) 872-0100\", \"scope\": \"marketing\", \"opted_out_at\": \"2024-05-01\"}\n\n\
         {\"phone\": 12127360100}\n",
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let o = spawn_on(
        &dir.0.join("data"),
        &["--import", list.to_str().unwrap()],
        Some(port),
    );
    assert_eq!(o.addr, format!("127.0.0.1:{port}"));
    let mut snap = o.snapshot();
    // On a new database the import is part of the starting list.
    assert_eq!(snap.sequence(), 1);
    assert_eq!(snap.len(), SEED + 3 + 2);
    assert_eq!(snap.check(16468720100), Some(Scope::Marketing));
    assert_eq!(snap.check(12127360100), Some(Scope::All));
    // A number that came and went: the delta is signed and empty.
    o.inbound("E-1", "+14155550199", "opt_out", None);
    o.inbound("E-2", "+14155550199", "opt_in", None);
    let before: Vec<_> = snap.iter().collect();
    o.catch_up(&mut snap);
    assert_eq!(snap.sequence(), 3);
    assert_eq!(snap.iter().collect::<Vec<_>>(), before);
}

#[test]
fn a_quiet_list_still_gets_freshly_signed_deltas() {
    let dir = TempDir::new("heartbeat");
    let o = spawn(&dir.0.join("data"), &["--heartbeat", "1"]);
    let mut snap = o.snapshot();
    let s = snap.sequence();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while o.sequence() == s {
        assert!(
            std::time::Instant::now() < deadline,
            "no heartbeat within 10 s"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let before: Vec<_> = snap.iter().collect();
    let created = snap.created_at();
    o.catch_up(&mut snap);
    assert!(snap.sequence() > s);
    assert!(snap.created_at() >= created);
    assert_eq!(snap.iter().collect::<Vec<_>>(), before);
}

#[test]
fn edge_requests_must_be_signed_once_and_in_time() {
    let dir = TempDir::new("auth");
    let keys = dir.0.join("keys.txt");
    std::fs::write(
        &keys,
        "# rotated monthly\nold-key-0123456789\n\nnew-key-9876543210\n",
    )
    .unwrap();
    let o = spawn(
        &dir.0.join("data"),
        &["--api-key-file", keys.to_str().unwrap()],
    );
    let s = o.first_sequence;
    let stop = serde_json::json!({
        "messageId": "A-1", "from": "+14155550199", "to": "+15005550006", "body": "STOP",
        "receivedAt": 1, "provider": "twilio", "classification": { "intent": "opt_out", "scope": "all" },
    })
    .to_string();
    let start = serde_json::json!({
        "messageId": "A-2", "from": "+14155550100", "to": "+15005550006", "body": "START",
        "receivedAt": 1, "provider": "twilio", "classification": { "intent": "opt_in" },
    })
    .to_string();
    let json = ("Content-Type", "application/json");

    // Health is open, and says auth is on.
    let health = o.raw("GET", "/v1/health", &[], b"");
    assert_eq!(health.status, 200);
    assert_eq!(health.json()["insecure"], false);

    // Unsigned STOP and START alike: refused.
    for body in [&stop, &start] {
        let why = unauthorized(&o.raw("POST", "/v1/inbound", &[json], body.as_bytes()));
        assert!(why.contains("missing signature"), "{why}");
    }
    let now = unix_now();
    let ts = now.to_string();
    let sign = |secret: &str, ts: u64, body: &str| {
        signature(secret, ts, "POST", "/v1/inbound", body.as_bytes())
    };
    // Signed with another secret, or over another body.
    let wrong = sign("not-the-secret-0123456789", now, &stop);
    let why = unauthorized(&o.raw(
        "POST",
        "/v1/inbound",
        &[
            json,
            ("x-stopgate-timestamp", &ts),
            ("x-stopgate-signature", &wrong),
        ],
        stop.as_bytes(),
    ));
    assert_eq!(why, "bad signature");
    let other_body = sign(SECRET, now, &start);
    assert_eq!(
        unauthorized(&o.raw(
            "POST",
            "/v1/inbound",
            &[
                json,
                ("x-stopgate-timestamp", &ts),
                ("x-stopgate-signature", &other_body)
            ],
            stop.as_bytes(),
        )),
        "bad signature"
    );
    // Signed over a different path (the query is signed too).
    let path_sig = signature(SECRET, now, "GET", "/v1/snapshot/delta?since=1", b"");
    assert_eq!(
        unauthorized(&o.raw(
            "GET",
            "/v1/snapshot/delta?since=2",
            &[
                ("x-stopgate-timestamp", &ts),
                ("x-stopgate-signature", &path_sig)
            ],
            b"",
        )),
        "bad signature"
    );
    // Correctly signed but too old, or too far ahead.
    for t in [now - 400, now + 400] {
        let sig = sign(SECRET, t, &stop);
        let why = unauthorized(&o.raw(
            "POST",
            "/v1/inbound",
            &[
                json,
                ("x-stopgate-timestamp", &t.to_string()),
                ("x-stopgate-signature", &sig),
            ],
            stop.as_bytes(),
        ));
        assert!(why.contains("timestamp outside window"), "{why}");
    }
    let garbled = unauthorized(&o.raw(
        "POST",
        "/v1/inbound",
        &[
            json,
            ("x-stopgate-timestamp", &ts),
            ("x-stopgate-signature", "v1=xyz"),
        ],
        stop.as_bytes(),
    ));
    assert!(garbled.contains("malformed"), "{garbled}");
    // An API key does not open the inbound route.
    assert!(unauthorized(&o.raw(
        "POST",
        "/v1/inbound",
        &[json, ("Authorization", "Bearer new-key-9876543210")],
        stop.as_bytes(),
    ))
    .contains("API key"));
    // Nothing above changed the list.
    assert_eq!(o.sequence(), s);

    // Signed: recorded once; the very same request again is a replay.
    let good = sign(SECRET, now, &stop);
    let signed = [
        json,
        ("x-stopgate-timestamp", ts.as_str()),
        ("x-stopgate-signature", good.as_str()),
    ];
    let r = o.raw("POST", "/v1/inbound", &signed, stop.as_bytes());
    assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["recorded"], true);
    assert!(
        unauthorized(&o.raw("POST", "/v1/inbound", &signed, stop.as_bytes())).contains("replayed")
    );
    assert_eq!(o.sequence(), s + 1);

    // Reads need the signature or an API key; any configured key works.
    for path in [
        "/v1/snapshot",
        "/v1/snapshot/delta?since=1",
        "/v1/messages",
        "/v1/publickey",
    ] {
        assert!(
            unauthorized(&o.raw("GET", path, &[], b"")).contains("missing signature"),
            "{path}"
        );
        assert_eq!(
            unauthorized(&o.raw("GET", path, &[("Authorization", "Bearer guessed")], b"")),
            "bad API key"
        );
        for key in ["Bearer old-key-0123456789", "Bearer new-key-9876543210"] {
            let r = o.raw("GET", path, &[("Authorization", key)], b"");
            assert!(r.status == 200 || r.status == 204, "{path}: {}", r.status);
        }
    }
    assert_eq!(
        unauthorized(&o.raw("POST", "/v1/messages", &[], b"{}")),
        "missing signature: send x-stopgate-timestamp and x-stopgate-signature (or an API key)"
    );
    // A key reads the send log; it does not write it (only the edge logs what it screened).
    assert!(
        unauthorized(&o.raw("POST", "/v1/messages", &[json, ("Authorization", "Bearer new-key-9876543210")], b"{}"))
            .contains("API key"),
    );
    assert_eq!(o.raw("GET", "/v1/messages", &[("Authorization", "Bearer new-key-9876543210")], b"").status, 200);
}

#[test]
fn a_restarted_origin_still_refuses_a_replay() {
    let dir = TempDir::new("replay-restart");
    let data = dir.0.join("data");
    let mut o = spawn(&data, &[]);
    // A forwarded send, as the edge signs it: logged once.
    let body = br#"{"to":"+14155550199","body":"Your code is 1234","category":"transactional"}"#;
    let (path, signed) = sign_request("POST", "/v1/messages", body);
    let headers: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(o.raw("POST", &path, &headers, body).status, 202);
    assert_eq!(unauthorized(&o.raw("POST", &path, &headers, body)), "replayed: this signature was already used");
    // The same captured request after a restart, well inside its window: still a replay.
    assert!(o.terminate().success());
    let o = spawn(&data, &[]);
    assert_eq!(unauthorized(&o.raw("POST", &path, &headers, body)), "replayed: this signature was already used");
    let log = o.get("/v1/messages").json();
    let sends: Vec<&serde_json::Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m.to_string().contains("Your code is 1234"))
        .collect();
    assert_eq!(sends.len(), 1, "{log}");
    // A fresh signature over the same send is another request.
    assert_eq!(o.request("POST", "/v1/messages", &[], body).status, 202);
}

#[test]
fn the_origin_reads_the_text_and_a_bare_yes_lifts_nothing() {
    let dir = TempDir::new("reclassify");
    let data = dir.0.join("data");
    let o = spawn(&data, &[]);
    let s = o.first_sequence;
    // A forged verdict: "opt_in" beside a text that is no opt-in.
    let r = o.reply("C-1", "+14155550100", "see you at five", "opt_in", None);
    assert_eq!(
        (r["recorded"].as_bool(), r["intent"].as_str()),
        (Some(false), Some("none"))
    );
    // A bare YES (to "Reply YES to confirm your appointment") keeps a marketing opt-out.
    let r = o.reply("C-2", "+14155550101", "YES", "opt_in", None);
    assert_eq!(r["recorded"], false);
    assert_eq!(r["intent"], "opt_in");
    assert_eq!(r["effect"], "nothing");
    // A STOP the edge called "none" still opts out, with the origin's scope.
    let r = o.reply("C-3", "+14155550199", "STOP", "none", None);
    assert_eq!(
        (r["recorded"].as_bool(), r["scope"].as_str()),
        (Some(true), Some("all"))
    );
    let r = o.reply(
        "C-4",
        "+12127360100",
        "stop the promos",
        "opt_out",
        Some("all"),
    );
    assert_eq!(
        (r["recorded"].as_bool(), r["scope"].as_str()),
        (Some(true), Some("marketing"))
    );
    // A duplicate id answers with the verdict first recorded, whatever the text now says.
    let r = o.reply("C-3", "+14155550199", "START", "opt_in", None);
    assert_eq!(
        (r["duplicate"].as_bool(), r["intent"].as_str()),
        (Some(true), Some("opt_out"))
    );
    let snap = o.snapshot();
    assert_eq!(snap.sequence(), s + 2);
    assert_eq!(snap.check(DEMO_ALL), Some(Scope::All));
    assert_eq!(snap.check(DEMO_MARKETING), Some(Scope::Marketing));
    assert_eq!(snap.check(NOT_OPTED_OUT), Some(Scope::All));
    assert_eq!(snap.check(12127360100), Some(Scope::Marketing));
    // An express START lifts.
    let r = o.reply("C-5", "+14155550101", "START", "opt_in", None);
    assert_eq!(
        (r["recorded"].as_bool(), r["effect"].as_str()),
        (Some(true), Some("lift"))
    );

    // `body` is required; the recorded row carries the origin's verdict, the hint and `to`.
    let missing = o.post_json(
        "/v1/inbound",
        &serde_json::json!({ "messageId": "C-6", "from": "+14155550199", "classification": { "intent": "none" } }),
    );
    assert_eq!(field_of(&missing), "body");
    let db = rusqlite::Connection::open(data.join("stopgate.db")).unwrap();
    let row: (String, Option<String>, String, String) = db
        .query_row(
            "SELECT intent, to_number, hint_intent, effect FROM inbound WHERE message_id = 'C-3'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "opt_out".into(),
            Some("+14155550000".into()),
            "none".into(),
            "suppress".into()
        )
    );
}

#[test]
fn yes_lifts_only_transactional_when_configured() {
    let dir = TempDir::new("yes-lifts");
    let o = spawn(&dir.0.join("data"), &["--yes-lifts"]);
    let s = o.first_sequence;
    // An `all` opt-out narrows to marketing; a marketing-only one stays.
    let r = o.reply("Y-1", "+14155550100", "YES", "opt_in", None);
    assert_eq!(
        (
            r["recorded"].as_bool(),
            r["effect"].as_str(),
            r["effectScope"].as_str()
        ),
        (Some(true), Some("lift"), Some("transactional"))
    );
    assert_eq!(r["reason"], "answer-word-lifts");
    let r = o.reply("Y-2", "+14155550101", "YES", "opt_in", None);
    assert_eq!(r["recorded"], false);
    let snap = o.snapshot();
    assert_eq!(snap.sequence(), s + 1);
    assert_eq!(snap.check(DEMO_ALL), Some(Scope::Marketing));
    assert_eq!(snap.check(DEMO_MARKETING), Some(Scope::Marketing));
    // START still lifts everything.
    let r = o.reply("Y-3", "+14155550101", "START", "opt_in", None);
    assert_eq!(
        (r["recorded"].as_bool(), r["reason"].as_str()),
        (Some(true), Some("explicit-opt-in"))
    );
}

#[test]
fn the_send_log_is_bounded() {
    let dir = TempDir::new("limit");
    let o = spawn(&dir.0.join("data"), &[]);
    for i in 0..105 {
        let r = o.request(
            "POST",
            "/v1/messages",
            &[],
            format!("{{\"n\":{i}}}").as_bytes(),
        );
        assert_eq!(r.status, 202);
    }
    let all = o.get("/v1/messages").json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 100, "default limit");
    assert_eq!(all.last().unwrap()["body"]["n"], 104);
    assert_eq!(
        o.get("/v1/messages?limit=5")
            .json()
            .as_array()
            .unwrap()
            .len(),
        5
    );
    assert_eq!(
        o.get("/v1/messages?limit=1000")
            .json()
            .as_array()
            .unwrap()
            .len(),
        105
    );
    assert_eq!(field_of(&o.get("/v1/messages?limit=1001")), "limit");
}

#[test]
fn no_secret_no_start_unless_insecure_on_purpose() {
    let dir = TempDir::new("insecure");
    // `serve` on a free port, no seed, with `secret` as STOPGATE_ORIGIN_SECRET (None: unset).
    let serve_with_secret = |secret: Option<&str>| {
        let mut cmd = Command::new(BIN);
        match secret {
            Some(v) => cmd.env("STOPGATE_ORIGIN_SECRET", v),
            None => cmd.env_remove("STOPGATE_ORIGIN_SECRET"),
        };
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--seed-count", "0", "--data"])
            .arg(dir.0.join("data"))
            .output()
            .unwrap()
    };
    let refused = serve_with_secret(None);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("STOPGATE_ORIGIN_SECRET") && err.contains("--insecure-no-auth"),
        "{err}"
    );
    let short = serve_with_secret(Some("short"));
    assert!(!short.status.success());

    let data = dir.0.join("data2");
    let o = spawn(&data, &["--insecure-no-auth"]);
    assert_eq!(
        o.raw("GET", "/v1/health", &[], b"").json()["insecure"],
        true
    );
    let r = o.raw(
        "POST",
        "/v1/inbound",
        &[("Content-Type", "application/json")],
        br#"{"messageId":"I-1","from":"+14155550199","body":"STOP","classification":{"intent":"opt_out"}}"#,
    );
    assert_eq!(r.status, 200);
    let log = std::fs::read_to_string(data.with_extension("log")).unwrap();
    assert!(
        log.contains("WARNING") && log.contains("--insecure-no-auth"),
        "{log}"
    );

    // A secret from a file works like the environment variable.
    let secret = dir.0.join("origin.secret");
    std::fs::write(&secret, format!("{SECRET}\n")).unwrap();
    let o = spawn(
        &dir.0.join("data3"),
        &["--origin-secret-file", secret.to_str().unwrap()],
    );
    assert_eq!(o.get("/v1/health").json()["insecure"], false);
    assert_eq!(
        o.inbound("F-1", "+14155550199", "opt_out", None)["recorded"],
        true
    );
}

#[test]
fn every_list_answer_carries_a_freshly_signed_statement() {
    let dir = TempDir::new("fresh");
    let o = spawn(&dir.0.join("data"), &["--allow-faults"]);
    let before = unix_now();
    let snap = o.snapshot();
    let s = snap.sequence();
    let r = o.get("/v1/snapshot");
    let f = freshness_of(&o, &r);
    assert_eq!((f.sequence, f.digest), (s, snap.digest()));
    assert!(f.issued_at >= before && f.issued_at <= unix_now());
    assert_eq!(
        r.header("x-stopgate-digest"),
        Some(snap.digest().to_hex().as_str())
    );
    let etag = r.header("etag").unwrap().to_string();
    let not_modified = o.request("GET", "/v1/snapshot", &[("If-None-Match", &etag)], b"");
    assert_eq!(not_modified.status, 304);
    assert_eq!(freshness_of(&o, &not_modified).sequence, s);
    let current = o.get(&format!("/v1/snapshot/delta?since={s}"));
    assert_eq!(current.status, 204);
    assert_eq!(freshness_of(&o, &current).digest, snap.digest());
    let ahead = o.get(&format!("/v1/snapshot/delta?since={}", s + 9));
    assert_eq!(ahead.status, 409);
    assert_eq!(freshness_of(&o, &ahead).sequence, s);
    assert_eq!(
        freshness_of(&o, &o.get("/v1/snapshot/delta?since=0")).sequence,
        s
    );

    // GET /v1/freshness: the raw statement, and the same in the header.
    let raw = o.get("/v1/freshness");
    assert_eq!(raw.status, 200);
    assert_eq!(raw.body.len(), 104);
    let f = stopgate::snapshot::Freshness::from_bytes_verified(&raw.body, &o.key()).unwrap();
    assert_eq!(f, freshness_of(&o, &raw));
    assert_eq!((f.sequence, f.digest), (s, snap.digest()));
    assert!(unauthorized(&o.raw("GET", "/v1/freshness", &[], b"")).contains("missing"));

    // A delta states the digest it produces; the statement beside it agrees.
    o.inbound("FR-1", "+14155550199", "opt_out", None);
    o.inbound("FR-2", "+14155550101", "opt_out", Some("all"));
    let mut edge = Snapshot::from_bytes_verified(snap.as_bytes().to_vec(), &o.key()).unwrap();
    let r = o.get(&format!("/v1/snapshot/delta?since={s}"));
    let f = freshness_of(&o, &r);
    o.catch_up(&mut edge);
    assert_eq!((f.sequence, f.digest), (edge.sequence(), edge.digest()));
    assert_eq!(edge.digest(), edge.computed_digest());
    assert_eq!(edge.digest(), o.snapshot().digest());

    // A frozen origin states its frozen time; a wrong-key one does not verify.
    let set = |mode: serde_json::Value| o.post_json("/v1/admin/faults", &mode).status;
    assert_eq!(
        set(serde_json::json!({ "snapshot": "stale", "ageSeconds": 7200 })),
        200
    );
    let frozen = freshness_of(&o, &o.get("/v1/freshness"));
    assert!(frozen.issued_at + 7200 <= unix_now() + 1);
    let quiet = o.get(&format!("/v1/snapshot/delta?since={}", s + 2));
    assert!(freshness_of(&o, &quiet).issued_at + 7200 <= unix_now() + 1);
    assert_eq!(set(serde_json::json!({ "snapshot": "wrong-key" })), 200);
    let r = o.get("/v1/freshness");
    assert!(stopgate::snapshot::Freshness::from_bytes_verified(&r.body, &o.key()).is_err());
    assert_eq!(set(serde_json::json!({ "snapshot": "ok" })), 200);
}

#[test]
fn a_restored_origin_makes_edges_resync() {
    let dir = TempDir::new("restore");
    let data = dir.0.join("data");
    let backup = dir.0.join("backup");
    let s = {
        let o = spawn(&data, &[]);
        o.sequence()
    };
    std::fs::create_dir_all(&backup).unwrap();
    for entry in std::fs::read_dir(&data).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), backup.join(entry.file_name())).unwrap();
    }
    // The edge follows the origin to s + 2.
    let edge = {
        let o = spawn(&data, &[]);
        let mut edge = o.snapshot();
        o.inbound("B-1", "+14155550199", "opt_out", None);
        o.inbound("B-2", "+12127360100", "opt_out", None);
        o.catch_up(&mut edge);
        assert_eq!(edge.sequence(), s + 2);
        edge
    };
    // The origin is restored from the backup at s.
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::rename(&backup, &data).unwrap();
    let o = spawn(&data, &[]);
    assert_eq!(o.sequence(), s);
    let ahead = o.get(&format!("/v1/snapshot/delta?since={}", s + 2));
    assert_eq!(ahead.status, 409, "an edge ahead of the origin reloads");
    assert_eq!(ahead.json()["sequence"].as_u64(), Some(s));
    // Other changes take the origin past the edge: the delta's base digest is not the edge's.
    o.inbound("B-3", "+14155550100", "opt_in", None);
    o.inbound("B-4", "+16468720100", "opt_out", None);
    o.inbound("B-5", "+16468720101", "opt_out", None);
    let r = o.get(&format!("/v1/snapshot/delta?since={}", s + 2));
    assert_eq!(r.status, 200);
    let delta = Delta::from_bytes(&r.body, Some(&o.key())).unwrap();
    assert_ne!(delta.base_digest(), Some(edge.digest()));
    let mut edge = edge;
    let err = edge.apply_delta(&delta).unwrap_err();
    assert!(err.is_digest_error(), "{err}");
    assert_ne!(freshness_of(&o, &r).digest, edge.digest());
    let fresh = o.snapshot();
    assert_eq!(
        fresh.check(NOT_OPTED_OUT),
        None,
        "the restored origin never heard B-1"
    );
}
