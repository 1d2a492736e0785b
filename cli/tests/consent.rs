//! Consent records at the origin (issue 16): every opt-in and opt-out a reply
//! makes is kept with its evidence and comes back as a receipt, through
//! `GET /v1/consent/<e164>` and `stopgate consent`.

mod common;

use common::*;
use std::process::Command;

const NUMBER: &str = "+14155550199";

#[test]
fn a_numbers_history_comes_back_as_a_receipt() {
    let dir = TempDir::new("consent");
    let data = dir.0.join("data");
    let keys = dir.0.join("keys.txt");
    std::fs::write(&keys, "consent-key-0123456789\n").unwrap();
    let mut o = spawn(&data, &["--api-key-file", keys.to_str().unwrap()]);

    // STOP, START, STOP from one number; the first delivered twice.
    let replies = [
        ("C-1", "STOP", "opt_out"),
        ("C-1", "STOP", "opt_out"),
        ("C-2", "START", "opt_in"),
        // The edge's hint is wrong: the origin's reading is what is recorded.
        ("C-3", "Stop texting me please", "none"),
    ];
    for (id, text, hint) in replies {
        o.reply(id, NUMBER, text, hint, None);
    }
    // A reply that is neither records nothing.
    o.reply("C-4", NUMBER, "see you at five", "none", None);

    let receipt = o.get(&format!("/v1/consent/{NUMBER}?format=json"));
    assert_eq!(
        receipt.status,
        200,
        "{:?}",
        String::from_utf8_lossy(&receipt.body)
    );
    let v = receipt.json();
    assert_eq!(v["e164"], NUMBER);
    let records = v["records"].as_array().unwrap();
    let got: Vec<(&str, &str, &str, &str)> = records
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap(),
                r["text"].as_str().unwrap(),
                r["messageId"].as_str().unwrap(),
                r["to"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("opt_out", "STOP", "C-1", "+14155550000"),
            ("opt_in", "START", "C-2", "+14155550000"),
            ("opt_out", "Stop texting me please", "C-3", "+14155550000"),
        ],
        "in order, the duplicate C-1 recorded once"
    );
    for r in records {
        assert_eq!(r["method"], "keyword");
        assert!(r["rule"].as_str().is_some_and(|s| !s.is_empty()), "{r}");
        let c = r["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c) && c > 0.0, "{r}");
        assert_eq!(r["scope"], "all");
        assert!(r["pageVersion"].is_null() && r["program"].is_null());
        assert!(
            r["sequence"].as_u64().is_some(),
            "each changed the list: {r}"
        );
    }
    let ids: Vec<i64> = records.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let seqs: Vec<u64> = records
        .iter()
        .map(|r| r["sequence"].as_u64().unwrap())
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));

    // The `+` percent-encoded, in either case, names the same number.
    for encoded in ["%2B14155550199", "%2b14155550199"] {
        let r = o.get(&format!("/v1/consent/{encoded}?format=json"));
        assert_eq!(r.status, 200, "{encoded}: {}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.json()["records"], receipt.json()["records"], "{encoded}");
    }

    // CSV: a header and one row each; a national number names the same one.
    let csv = o.get("/v1/consent/4155550199?format=csv");
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let text = String::from_utf8(csv.body.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(
        lines[0].starts_with("id,e164,at,action,method,scope,"),
        "{text}"
    );
    assert!(lines[1].contains(",opt_out,keyword,all,,STOP,"), "{text}");
    assert!(lines[2].contains(",opt_in,keyword,all,,START,"), "{text}");
    assert!(lines[3].contains(",Stop texting me please,"), "{text}");
    // An API key works as on GET /v1/messages.
    let keyed = o.raw(
        "GET",
        &format!("/v1/consent/{NUMBER}"),
        &[("Authorization", "Bearer consent-key-0123456789")],
        b"",
    );
    assert_eq!(keyed.status, 200);
    assert_eq!(keyed.json()["records"].as_array().unwrap().len(), 3);

    // Unauthenticated: 401, like every route but health.
    unauthorized(&o.raw("GET", &format!("/v1/consent/{NUMBER}"), &[], b""));
    unauthorized(&o.raw(
        "GET",
        &format!("/v1/consent/{NUMBER}"),
        &[("Authorization", "Bearer wrong-key-0123456789")],
        b"",
    ));
    // Bad input answers 400.
    assert_eq!(field_of(&o.get("/v1/consent/not-a-number")), "number");
    assert_eq!(
        field_of(&o.get(&format!("/v1/consent/{NUMBER}?format=xml"))),
        "format"
    );
    // A number with no history has an empty receipt.
    let none = o.get("/v1/consent/+12127360100").json();
    assert_eq!(none["records"].as_array().unwrap().len(), 0);

    // The CLI prints the same receipt from the data folder.
    o.terminate();
    let out = Command::new(BIN)
        .args(["consent", "--data"])
        .arg(&data)
        .args(["--number", NUMBER])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["records"], serde_json::Value::Array(records.clone()));
    let out = Command::new(BIN)
        .args(["consent", "--format", "csv", "--data"])
        .arg(&data)
        .args(["--number", "4155550199"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
    let bad = Command::new(BIN)
        .args(["consent", "--format", "xml", "--data"])
        .arg(&data)
        .args(["--number", NUMBER])
        .output()
        .unwrap();
    assert!(!bad.status.success());
}
