//! Double opt-in at the origin (issue 16, contract C10): a web-form request
//! sends one prompt, and only a YES to it from that number, inside the
//! window, records consent (method web_form, with its evidence).

mod common;

use common::*;
use serde_json::{json, Value};

fn request(o: &Origin, number: &str, programs: &[&str], marketing: bool) -> Resp {
    o.post_json(
        "/v1/optin",
        &json!({
            "number": number, "programs": programs, "marketing": marketing,
            "pageVersion": "form-v7", "disclosure": "Acme: account alerts, about 4 msgs/month. Msg & data rates may apply.",
            "ip": "203.0.113.9", "userAgent": "test",
        }),
    )
}

fn prompts(o: &Origin) -> Vec<Value> {
    let r = o.get("/v1/messages");
    assert_eq!(r.status, 200);
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body"]["kind"] == "optin-prompt")
        .cloned()
        .collect()
}

/// The code of the newest prompt to `number` (what the person reads in the text).
fn code(o: &Origin, number: &str) -> String {
    let sent = prompts(o);
    let p = sent.iter().rev().find(|m| m["body"]["to"] == number).expect("a prompt to the number");
    let code = p["body"]["code"].as_str().unwrap().to_string();
    assert!(code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()), "{code}");
    assert!(p["body"]["body"].as_str().unwrap().contains(&format!("Reply YES {code} to confirm")));
    code
}

fn receipt(o: &Origin, number: u64) -> Value {
    let r = o.get(&format!("/v1/consent/+{number}"));
    assert_eq!(r.status, 200);
    r.json()
}

fn web_form(v: &Value) -> Vec<Value> {
    v["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["method"] == "web_form")
        .cloned()
        .collect()
}

#[test]
fn a_yes_to_the_prompt_records_consent_with_its_evidence() {
    let dir = TempDir::new("optin");
    let data = dir.0.join("data");
    let mut o = spawn(&data, &["--brand", "Acme"]);
    let number = format!("+{DEMO_ALL}");

    let created = request(&o, &number, &[], true);
    assert_eq!(created.status, 201, "{:?}", String::from_utf8_lossy(&created.body));
    let c = created.json();
    let id = c["id"].as_str().unwrap().to_string();
    assert_eq!((c["state"].as_str(), c["number"].as_str()), (Some("pending"), Some(number.as_str())));
    assert_eq!(c["expiresAt"].as_u64().unwrap() - c["createdAt"].as_u64().unwrap(), 86_400_000);

    // One prompt in the send log, to that number, in the carrier's words.
    let sent = prompts(&o);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0]["body"]["to"], number.as_str());
    assert_eq!(sent[0]["body"]["optinId"], id.as_str());
    let k = code(&o, &number);
    assert_eq!(
        sent[0]["body"]["body"].as_str().unwrap(),
        format!("Acme: Reply YES {k} to confirm texts. Msg freq varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.")
    );
    assert_eq!(sent[0]["headers"]["x-stopgate-decision"], "optin-prompt");

    // A second request inside ten minutes sends nothing.
    let again = request(&o, &number, &[], true);
    assert_eq!(again.status, 429);
    assert!(again.header("retry-after").and_then(|s| s.parse::<u64>().ok()).is_some_and(|s| s > 0 && s <= 600));
    assert_eq!(again.json()["error"], "rate-limited");
    assert_eq!(prompts(&o).len(), 1, "still one prompt");

    // A YES from another number records nothing.
    let other = format!("+{NOT_OPTED_OUT}");
    let stranger = o.reply("Y-0", &other, "YES", "opt_in", None);
    assert!(stranger["optin"].is_null(), "{stranger}");
    assert_eq!(stranger["recorded"], false);
    assert!(receipt(&o, NOT_OPTED_OUT)["records"].as_array().unwrap().is_empty());

    // The number is opted out: a plain YES from it confirms nothing (a stranger may have
    // filled the form); the YES with the prompt's code confirms, lifting its opt-out.
    let before = o.sequence();
    let plain = o.reply("Y-P", &number, "YES", "opt_in", None);
    assert!(plain["optin"].is_null(), "{plain}");
    assert_eq!(plain["recorded"], false);
    assert_eq!(o.sequence(), before);
    let yes_text = format!("YES {k}");
    let yes = o.reply("Y-1", &number, &yes_text, "opt_in", None);
    assert_eq!(yes["optin"], json!({ "id": id, "state": "confirmed" }));
    assert_eq!((yes["recorded"].as_bool(), yes["effect"].as_str()), (Some(true), Some("lift")));
    assert_eq!(o.sequence(), before + 1);
    let snap = o.snapshot();
    assert!(!snap.contains(DEMO_ALL), "the opt-out was lifted");

    let v = receipt(&o, DEMO_ALL);
    let forms = web_form(&v);
    assert_eq!(forms.len(), 1, "{v}");
    let r = &forms[0];
    assert_eq!((r["action"].as_str(), r["scope"].as_str()), (Some("opt_in"), Some("all")));
    assert_eq!((r["text"].as_str(), r["pageVersion"].as_str()), (Some(yes_text.as_str()), Some("form-v7")));
    assert_eq!((r["to"].as_str(), r["messageId"].as_str()), (Some("+14155550000"), Some("Y-1")));
    assert!(r["rule"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(r["confidence"].as_f64().is_some_and(|c| c > 0.0 && c <= 1.0));
    assert_eq!(r["sequence"].as_u64(), Some(before + 1));
    assert!(r["program"].is_null());
    let requests = v["optin"].as_array().unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!((requests[0]["state"].as_str(), requests[0]["messageId"].as_str()), (Some("confirmed"), Some("Y-1")));
    assert_eq!(requests[0]["pageVersion"], "form-v7");
    assert_eq!(requests[0]["ip"], "203.0.113.9");

    let status = o.get(&format!("/v1/optin/{id}"));
    assert_eq!(status.status, 200);
    let s = status.json();
    assert_eq!(s["state"], "confirmed");
    assert!(s["confirmedAt"].as_u64().is_some_and(|t| t >= s["createdAt"].as_u64().unwrap()));

    // The same YES delivered again, and a later YES, add nothing.
    let redelivered = o.reply("Y-1", &number, &yes_text, "opt_in", None);
    assert_eq!(redelivered["duplicate"], true);
    assert!(redelivered["optin"].is_null(), "{redelivered}");
    let later = o.reply("Y-2", &number, &format!("yes {k}"), "opt_in", None);
    assert!(later["optin"].is_null());
    assert_eq!(later["recorded"], false);
    assert_eq!(web_form(&receipt(&o, DEMO_ALL)).len(), 1);
    assert_eq!(o.sequence(), before + 1);

    // The CSV has the request's row (its state in `scope`) before the confirmation's.
    let csv = String::from_utf8(o.get(&format!("/v1/consent/{number}?format=csv")).body).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[1].starts_with(&format!("{id},{number},")) && rows[1].contains(",optin_request,web_form,confirmed,"), "{csv}");
    assert!(rows[2].contains(&format!(",opt_in,web_form,all,,YES {k},")) && rows[2].contains(",form-v7,Y-1,"), "{csv}");

    // Unknown and malformed ids.
    assert_eq!(o.get("/v1/optin/00000000000000000000000000000000").status, 404);
    assert_eq!(field_of(&o.get("/v1/optin/nope")), "id");
    assert_eq!(field_of(&request(&o, "12", &[], true)), "number");
    o.terminate();
}

#[test]
fn programs_lift_what_was_confirmed_only() {
    let dir = TempDir::new("optin-programs");
    let data = dir.0.join("data");
    let o = spawn(&data, &[]);
    let number = format!("+{DEMO_ALL_2}");
    let created = request(&o, &number, &["alerts", "tips"], false);
    assert_eq!(created.status, 201);
    assert!(prompts(&o)[0]["body"]["body"].as_str().unwrap().starts_with("Stopgate Demo: Reply YES "));
    assert!(prompts(&o)[0]["body"]["body"].as_str().unwrap().contains(" to confirm alerts and tips texts."));
    // An answer word ("yes please") with the code: it has power here only.
    let said = format!("Yes please {}", code(&o, &number));
    let yes = o.reply("P-1", &number, &said, "opt_in", None);
    assert_eq!(yes["optin"]["state"], "confirmed");
    assert_eq!(yes["scope"], "transactional");
    let r = &web_form(&receipt(&o, DEMO_ALL_2))[0];
    assert_eq!((r["scope"].as_str(), r["program"].as_str(), r["text"].as_str()), (Some("transactional"), Some("alerts+tips"), Some(said.as_str())));
    // Transactional programs only: the number stays out of marketing.
    let snap = o.snapshot();
    assert_eq!(snap.check(DEMO_ALL_2), Some(stopgate::Scope::Marketing));
}

#[test]
fn an_expired_prompt_does_not_confirm() {
    let dir = TempDir::new("optin-expired");
    let data = dir.0.join("data");
    let o = spawn(&data, &["--optin-window", "1"]);
    let number = format!("+{DEMO_MARKETING}");
    let created = request(&o, &number, &[], true);
    assert_eq!(created.status, 201);
    let id = created.json()["id"].as_str().unwrap().to_string();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    assert_eq!(o.get(&format!("/v1/optin/{id}")).json()["state"], "expired");
    let before = o.sequence();
    let yes = o.reply("E-1", &number, "YES", "opt_in", None);
    assert_eq!(yes["optin"], json!({ "id": id, "state": "expired" }));
    assert_eq!(yes["recorded"], false);
    assert_eq!(o.sequence(), before);
    let v = receipt(&o, DEMO_MARKETING);
    assert!(web_form(&v).is_empty(), "{v}");
    assert_eq!(v["optin"][0]["state"], "expired");
    assert!(v["optin"][0]["expiredAt"].as_u64().is_some());
    // And a later YES finds nothing pending.
    assert!(o.reply("E-2", &number, "YES", "opt_in", None)["optin"].is_null());
}

#[test]
fn only_the_edge_may_ask_for_a_prompt() {
    let dir = TempDir::new("optin-auth");
    let data = dir.0.join("data");
    let keys = dir.0.join("keys.txt");
    std::fs::write(&keys, "optin-key-0123456789\n").unwrap();
    let o = spawn(&data, &["--api-key-file", keys.to_str().unwrap()]);
    let body = json!({ "number": "+14155550123", "pageVersion": "v1", "disclosure": "d" }).to_string();
    unauthorized(&o.raw("POST", "/v1/optin", &[("Content-Type", "application/json")], body.as_bytes()));
    // An API key reads requests but cannot make one (it would text a stranger).
    let bearer = ("Authorization", "Bearer optin-key-0123456789");
    unauthorized(&o.raw("POST", "/v1/optin", &[bearer], body.as_bytes()));
    assert!(prompts(&o).is_empty());
    let created = o.request("POST", "/v1/optin", &[], body.as_bytes());
    assert_eq!(created.status, 201);
    let id = created.json()["id"].as_str().unwrap().to_string();
    unauthorized(&o.raw("GET", &format!("/v1/optin/{id}"), &[], b""));
    let keyed = o.raw("GET", &format!("/v1/optin/{id}"), &[bearer], b"");
    assert_eq!(keyed.status, 200);
    assert_eq!(keyed.json()["state"], "pending");
    assert_eq!(prompts(&o).len(), 1);
    // A number that was never opted out: consent recorded, the list unchanged.
    let before = o.sequence();
    let yes = o.reply("A-1", "+14155550123", "YES", "opt_in", None);
    assert_eq!((yes["optin"]["state"].as_str(), yes["effect"].as_str(), yes["recorded"].as_bool()), (Some("confirmed"), Some("lift"), Some(false)));
    assert_eq!(o.sequence(), before);
    let r = &web_form(&receipt(&o, 14155550123))[0];
    assert!(r["sequence"].is_null(), "{r}");
}

/// With the origin's programs table (C8), a confirmation lifts exactly the programs
/// confirmed (and marketing for a marketing program), whatever the edge's `marketing` says.
#[test]
fn with_a_programs_table_a_confirmation_lifts_those_programs_only() {
    let dir = TempDir::new("optin-table");
    let o = spawn_with_programs(&dir, "off");
    let mut snap = o.snapshot();
    let (a, b) = ("+14155557101", "+14155557102");
    let n = |e164: &str| e164[1..].parse::<u64>().unwrap();
    // a: out of promos and alerts; b: out of everything.
    o.reply("T-1", a, "STOP PROMOS", "opt_out", None);
    o.reply("T-2", a, "STOP ALERTS", "opt_out", None);
    o.reply("T-3", b, "STOP", "opt_out", None);
    o.catch_up(&mut snap);
    assert_eq!(snap.check(n(a)).map(stopgate::Scope::code), Some(0b110));
    // An id the origin does not know is refused.
    assert_eq!(field_of(&request(&o, a, &["tips"], false)), "programs");

    assert_eq!(request(&o, a, &["alerts"], true).status, 201, "marketing: true is an older edge's hint, ignored here");
    assert!(o.reply("T-4P", a, "YES", "opt_in", None)["optin"].is_null(), "opted out: a plain YES confirms nothing");
    let yes = o.reply("T-4", a, &code(&o, a), "opt_in", None);
    assert_eq!((yes["optin"]["state"].as_str(), yes["effectScope"].as_str(), yes["resultScope"].as_str()), (Some("confirmed"), Some("alerts"), Some("promos")), "{yes}");
    o.catch_up(&mut snap);
    assert_eq!(snap.check(n(a)), stopgate::Scope::program(2), "alerts lifted, promos still suppressed");
    let r = &web_form(&receipt(&o, n(a)))[0];
    assert_eq!((r["action"].as_str(), r["scope"].as_str(), r["program"].as_str()), (Some("opt_in"), Some("alerts"), Some("alerts")), "{r}");

    // From `all`: confirming promos (marketing) leaves only the alerts program stopped.
    assert_eq!(request(&o, b, &["promos"], false).status, 201);
    let yes = o.reply("T-5", b, &format!("yes {}", code(&o, b)), "opt_in", None);
    assert_eq!((yes["effectScope"].as_str(), yes["resultScope"].as_str()), (Some("marketing+promos"), Some("alerts")), "{yes}");
    o.catch_up(&mut snap);
    assert_eq!(snap.check(n(b)), stopgate::Scope::program(1));
}

/// The security review's reproduction: a number opted out of promos; a stranger asks
/// for a prompt for it; the person's next "Yes" (to anything) lifts nothing and records
/// nothing; only the reply with the prompt's code confirms. One pending request per
/// number (a second is refused with 429 and sends nothing); for a number with no
/// opt-out, a plain YES confirms only while the prompt is the newest message to it.
#[test]
fn a_strangers_request_cannot_turn_a_yes_into_a_lift() {
    let dir = TempDir::new("optin-stranger");
    let o = spawn_with_programs(&dir, "off");
    let mut snap = o.snapshot();
    let victim = "+14155557201";
    let n = |e164: &str| e164[1..].parse::<u64>().unwrap();
    o.reply("S-1", victim, "STOP PROMOS", "opt_out", None);
    o.catch_up(&mut snap);
    let out = snap.check(n(victim));
    assert!(out.is_some());
    // The stranger's form post.
    assert_eq!(request(&o, victim, &["promos"], true).status, 201);
    let before = o.sequence();
    // (START is the person's own keyword and lifts by itself, request or not: not here.)
    for (i, text) in ["Yes", "YES", "yes please", "Sí", "ok", "YES 0000x"].iter().enumerate() {
        let r = o.reply(&format!("S-Y{i}"), victim, text, "opt_in", None);
        assert!(r["optin"].is_null(), "{text}: {r}");
        assert_ne!(r["recorded"], true, "{text}: {r}");
    }
    assert_eq!(o.sequence(), before, "nothing lifted");
    assert!(web_form(&receipt(&o, n(victim))).is_empty(), "nothing recorded");
    assert_eq!(o.snapshot().check(n(victim)), out, "still opted out");
    // A second request while one is pending: 429, no new prompt (even after the gap,
    // which the test cannot wait for: the store's unit test covers that).
    let again = request(&o, victim, &["promos"], true);
    assert_eq!(again.status, 429);
    assert_eq!(prompts(&o).len(), 1);
    // A wrong code confirms nothing; the right one does.
    let k = code(&o, victim);
    let wrong = format!("{:04}", (k.parse::<u32>().unwrap() + 1) % 10_000);
    assert!(o.reply("S-W", victim, &format!("YES {wrong}"), "opt_in", None)["optin"].is_null());
    let yes = o.reply("S-K", victim, &format!("YES {k}"), "opt_in", None);
    assert_eq!(yes["optin"]["state"], "confirmed", "{yes}");
    assert_eq!(yes["recorded"], true);

    // A number with no opt-out: a plain YES after another message was sent to it
    // confirms nothing; the code still does.
    let fresh = "+14155557202";
    assert_eq!(request(&o, fresh, &[], true).status, 201);
    let sent = o.request(
        "POST",
        "/v1/messages",
        &[("Content-Type", "application/json")],
        json!({ "to": fresh, "body": "Your table is ready. Reply YES to confirm.", "category": "transactional" }).to_string().as_bytes(),
    );
    assert_eq!(sent.status, 202, "{:?}", String::from_utf8_lossy(&sent.body));
    let plain = o.reply("F-1", fresh, "YES", "opt_in", None);
    assert!(plain["optin"].is_null(), "{plain}");
    assert!(web_form(&receipt(&o, n(fresh))).is_empty());
    let yes = o.reply("F-2", fresh, &code(&o, fresh), "opt_in", None);
    assert_eq!(yes["optin"]["state"], "confirmed", "{yes}");
}

/// A global bound on `POST /v1/optin` (security review): over `--optin-rate` requests a
/// minute, whatever the numbers, the origin answers 429 and sends nothing.
#[test]
fn sign_ups_are_capped_per_minute() {
    let dir = TempDir::new("optin-rate");
    let o = spawn(&dir.0.join("data"), &["--optin-rate", "2"]);
    let numbers = ["+14155557301", "+14155557302", "+14155557303", "+14155557304", "+14155557305"];
    let answers: Vec<Resp> = numbers.iter().map(|n| request(&o, n, &[], true)).collect();
    let statuses: Vec<u16> = answers.iter().map(|r| r.status).collect();
    assert!(statuses.iter().all(|s| *s == 201 || *s == 429), "{statuses:?}");
    // Two fit in a minute (four if the calls straddle a minute boundary): never five.
    let created = statuses.iter().filter(|s| **s == 201).count();
    assert!((2..=4).contains(&created), "{statuses:?}");
    assert_eq!(prompts(&o).len(), created, "a refused request sends nothing");
    let refused = answers.iter().find(|r| r.status == 429).unwrap();
    assert_eq!((refused.json()["error"].as_str(), refused.json()["reason"].as_str()), (Some("rate-limited"), Some("optin-rate")));
    assert!(refused.header("retry-after").and_then(|s| s.parse::<u64>().ok()).is_some_and(|s| (1..=60).contains(&s)));
}
