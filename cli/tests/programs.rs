//! Programs (contract C8) and revoke-all (C9) at the origin: `--programs FILE` and
//! `--revoke-all on|off|auto`, through the real binary on SQLite: the inbound route records
//! the program and the scope text, the snapshot and deltas carry program masks, and under
//! revoke-all a narrower opt-out stops everything until the reply to the question narrows it.

mod common;

use common::*;
use stopgate::Scope;

const A: &str = "+14155557001";
const B: &str = "+14155557002";
const C: &str = "+14155557003";

fn with_programs(dir: &TempDir, revoke_all: &str) -> Origin {
    spawn_with_programs(dir, revoke_all)
}

fn number(e164: &str) -> u64 {
    e164[1..].parse().unwrap()
}

#[test]
fn a_program_opt_out_is_recorded_with_its_program_and_published_as_a_mask() {
    let dir = TempDir::new("programs-off");
    let o = with_programs(&dir, "off");
    let mut snap = o.snapshot();
    // (reply, effect, effectScope, program)
    let cases = [
        ("P-1", A, "STOP ALERTS", "suppress", Some("alerts"), Some("alerts")),
        ("P-2", B, "stop sending the promos", "suppress", Some("promos"), Some("promos")),
        ("P-3", B, "STOP ALERTS", "suppress", Some("alerts"), Some("alerts")), // widens to alerts+promos
        ("P-4", C, "STOP", "suppress", Some("all"), None),
    ];
    for (id, from, text, effect, scope, program) in cases {
        let r = o.reply(id, from, text, "opt_out", None);
        assert_eq!(
            (r["effect"].as_str(), r["effectScope"].as_str(), r["program"].as_str(), r["revokeAll"].as_bool()),
            (Some(effect), scope, program, Some(false)),
            "{text}: {r}"
        );
    }
    o.catch_up(&mut snap);
    assert_eq!(snap.check(number(A)), Scope::program(1), "the delta carries the program mask");
    assert_eq!(snap.check(number(B)).map(Scope::code), Some(0b110), "union of alerts and promos");
    assert_eq!(snap.check(number(C)), Some(Scope::All));
    let fresh = o.snapshot();
    assert_eq!(fresh.check(number(B)).map(Scope::code), Some(0b110), "the full snapshot too");
    assert_eq!(fresh.digest(), snap.digest());
    // START ALERTS lifts alerts and keeps promos.
    let r = o.reply("P-5", B, "START ALERTS", "opt_in", None);
    assert_eq!((r["effect"].as_str(), r["effectScope"].as_str()), (Some("lift"), Some("alerts")), "{r}");
    o.catch_up(&mut snap);
    assert_eq!(snap.check(number(B)), Scope::program(2));
    // The consent records name the program and the scope text.
    let v = o.get(&format!("/v1/consent/{B}?format=json")).json();
    let got: Vec<(String, String)> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["action"].as_str().unwrap().to_string(), r["scope"].as_str().unwrap_or("-").to_string()))
        .collect();
    let want: Vec<(String, String)> =
        [("opt_out", "promos"), ("opt_out", "alerts"), ("opt_in", "alerts")].iter().map(|(a, s)| (a.to_string(), s.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn under_revoke_all_a_narrower_opt_out_stops_everything_until_the_reply_narrows_it() {
    let dir = TempDir::new("programs-on");
    let o = with_programs(&dir, "on");
    let mut snap = o.snapshot();
    let r = o.reply("R-1", A, "stop sending the promos", "opt_out", Some("marketing"));
    assert_eq!(
        (r["effect"].as_str(), r["effectScope"].as_str(), r["revokeAll"].as_bool(), r["requestedScope"].as_str()),
        (Some("suppress"), Some("all"), Some(true), Some("promos")),
        "{r}"
    );
    o.catch_up(&mut snap);
    assert_eq!(snap.check(number(A)), Some(Scope::All), "revoke-all: everything stops");
    // An unrelated reply does not narrow it.
    let r = o.reply("R-2", A, "thanks", "none", None);
    assert_eq!(r["effect"].as_str(), Some("nothing"), "{r}");
    // Nor does a question or a complaint that names a program: it keeps nothing (round 18).
    for (id, text) in [("R-2a", "why do I still get alerts?"), ("R-2b", "I hate your alerts")] {
        let r = o.reply(id, A, text, "none", None);
        assert_eq!(r["effect"].as_str(), Some("nothing"), "{text}: {r}");
    }
    // The reply to the question names what to keep: marketing and every other program stay stopped.
    let r = o.reply("R-3", A, "keep my account alerts", "none", None);
    assert_eq!((r["effect"].as_str(), r["effectScope"].as_str(), r["reason"].as_str()), (Some("narrow"), Some("marketing+promos"), Some("narrow")), "{r}");
    o.catch_up(&mut snap);
    assert_eq!(snap.check(number(A)).map(Scope::code), Some(0b101), "marketing + promos");
    // Accepted once: a second naming reply is ordinary.
    let r = o.reply("R-4", A, "ALERTS", "none", None);
    assert_eq!(r["effect"].as_str(), Some("nothing"), "{r}");
    // A duplicate delivery of the narrowing changes nothing.
    let r = o.reply("R-3", A, "keep my account alerts", "none", None);
    assert_eq!(r["duplicate"].as_bool(), Some(true), "{r}");
    assert_eq!(o.snapshot().check(number(A)).map(Scope::code), Some(0b101));
    // A bare STOP is not widened (it is all already) and opens no clarification.
    let r = o.reply("R-5", B, "STOP", "opt_out", None);
    assert_eq!((r["effectScope"].as_str(), r["revokeAll"].as_bool()), (Some("all"), Some(false)), "{r}");
    let r = o.reply("R-6", B, "ALERTS", "none", None);
    assert_eq!(r["effect"].as_str(), Some("nothing"), "no clarification is pending for a bare STOP: {r}");
    // The consent records: the widened opt-out, then the narrowing.
    let v = o.get(&format!("/v1/consent/{A}?format=json")).json();
    let actions: Vec<(&str, &str)> =
        v["records"].as_array().unwrap().iter().map(|r| (r["action"].as_str().unwrap(), r["scope"].as_str().unwrap_or("-"))).collect();
    assert_eq!(actions, [("opt_out", "all"), ("narrow", "marketing+promos")]);
    // The receipt shows revoke-all's evidence on the record it widened, and only there.
    let records = v["records"].as_array().unwrap();
    assert_eq!((records[0]["revokeAll"].as_bool(), records[0]["requestedScope"].as_str()), (Some(true), Some("promos")), "{v}");
    assert!(records[1].get("revokeAll").is_none() && records[1].get("requestedScope").is_none(), "{v}");
    let csv = String::from_utf8(o.get(&format!("/v1/consent/{A}?format=csv")).body).unwrap();
    let mut lines = csv.split("\r\n");
    assert!(lines.next().unwrap().ends_with(",message_id,sequence,revoke_all,requested_scope"), "{csv}");
    assert!(lines.next().unwrap().ends_with(",true,promos"), "{csv}");
    assert!(lines.next().unwrap().ends_with(",,"), "{csv}");
    // And `stopgate consent` (the same receipt, from the data folder).
    let out = std::process::Command::new(BIN)
        .args(["consent", "--number", A, "--data", dir.0.join("data").to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cli["records"][0]["requestedScope"].as_str(), Some("promos"), "{cli}");
}

#[test]
fn a_bad_programs_file_or_revoke_all_value_stops_the_start() {
    let dir = TempDir::new("programs-bad");
    let file = dir.0.join("programs.json");
    std::fs::create_dir_all(&dir.0).unwrap();
    for (text, revoke, want) in [
        (r#"[{"id":"alerts","bit":9,"name":"A","kind":"transactional"}]"#, "auto", "bit must be 1 to 7"),
        (r#"{"id":"alerts"}"#, "auto", "not a JSON array of programs"),
        ("[]", "sometimes", "--revoke-all must be on, off or auto"),
    ] {
        std::fs::write(&file, text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stopgate"))
            .args(["serve", "--data", dir.0.join("data").to_str().unwrap(), "--listen", "127.0.0.1:0", "--insecure-no-auth"])
            .args(["--programs", file.to_str().unwrap(), "--revoke-all", revoke])
            .env_remove("STOPGATE_ORIGIN_SECRET")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{text}: started");
        assert!(stderr.contains(want), "{text}: {stderr}");
    }
}
