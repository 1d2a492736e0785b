//! Double opt-in (issue 16, contract C10): a web-form request becomes consent
//! only once the person answers the one prompt it sends.
//!
//! - `POST /v1/optin` (the edge, HMAC-signed; never an API key: it sends a
//!   text) records a request (number, programs, the disclosure shown and its
//!   page version, when, from where) in state `pending`, and writes ONE prompt
//!   to the send log, "<Brand>: Reply YES <code> to confirm ... texts. ...". One
//!   request per number per [`GAP`] seconds and one pending at a time, at most
//!   `--optin-rate` a minute in all: more answer 429 and send nothing.
//! - An affirmative reply (the core's opt-in words, answer words such as YES
//!   included: [`affirmative`]) from that number inside the window confirms
//!   the pending request when it carries the prompt's code, or, for a number
//!   with no opt-out, when the prompt is still the newest message to it (see
//!   `store::reply_confirms`): a consent record with method `web_form`, the
//!   page version, the reply's text, rule, confidence and To, the programs;
//!   the opt-out is lifted for what was confirmed. After the window the
//!   request is marked `expired` and the reply records nothing; with no
//!   pending request a YES records nothing, as before.
//! - `GET /v1/optin/<id>` says where a request stands; the consent receipt
//!   lists every request of the number beside its consent records.
//!
//! This module checks and shapes; the store does each change in one
//! transaction (see `Store::optin_*`).

use super::consent::{self, Format};
use super::store::{ConsentRecord, OptinCreated, OptinOutcome, OptinReply, OptinRequest, Store};
use super::CliError;
use serde_json::{json, Value};
use stopgate::classify::{Classification, Intent};
use stopgate::consent::{decide, ConsentPolicy};
use stopgate::phone;

/// One request per number per this many seconds (the prompt is a text to a
/// number anyone can type: this bounds what one stranger's number receives).
pub const GAP: u64 = 600;
/// Programs one request may name.
const MAX_PROGRAMS: usize = 16;
/// Longest disclosure text kept.
const MAX_DISCLOSURE: usize = 4000;

/// How the origin runs opt-ins.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Seconds a prompt may be answered (`--optin-window`).
    pub window: u64,
    /// The brand the prompt names (`--brand`).
    pub brand: String,
    /// Requests accepted per minute, all numbers together (`--optin-rate`; 0: no limit).
    pub rate: u32,
}

/// The origin's count of `POST /v1/optin` requests in the current minute (one process).
static MINUTE: std::sync::Mutex<(u64, u32)> = std::sync::Mutex::new((0, 0));

/// Whether one more request fits in `now`'s minute; counts it when it does. `Some(wait)`
/// (seconds to the next minute) when it does not.
fn over_rate(rate: u32, now: u64) -> Option<u64> {
    if rate == 0 {
        return None;
    }
    let mut m = MINUTE.lock().unwrap_or_else(|e| e.into_inner());
    let minute = now / 60;
    if m.0 != minute {
        *m = (minute, 0);
    }
    if m.1 >= rate {
        return Some(60 - now % 60);
    }
    m.1 += 1;
    None
}

/// A route's answer: status, JSON body, and `Retry-After` seconds for a 429.
pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub retry_after: Option<u64>,
}

impl Answer {
    fn ok(status: u16, body: Value) -> Answer {
        Answer { status, body, retry_after: None }
    }

    fn field(field: &str, message: impl Into<String>) -> Answer {
        Answer::ok(400, json!({ "error": message.into(), "field": field }))
    }
}

/// The prompt's text; `code` is the request's confirmation code.
pub fn prompt(brand: &str, programs: &[String], code: &str) -> String {
    let what = match programs {
        [] => String::new(),
        [one] => format!("{one} "),
        [init @ .., last] => format!("{} and {last} ", init.join(", ")),
    };
    format!(
        "{brand}: Reply YES {code} to confirm {what}texts. Msg freq varies. Msg & data rates may apply. \
         Reply HELP for help, STOP to cancel."
    )
}

fn ms(seconds: u64) -> u64 {
    seconds.saturating_mul(1000)
}

/// The request as `GET /v1/optin/<id>` and the receipt show it (times in ms).
pub fn request_json(r: &OptinRequest, now: u64) -> Value {
    let state = r.state_at(now);
    let expired_at = match state {
        "expired" => Some(ms(r.state_at.unwrap_or(r.expires_at))),
        _ => None,
    };
    json!({
        "id": r.id,
        "number": format!("+{}", r.number),
        "programs": r.programs,
        "state": state,
        "createdAt": ms(r.created_at),
        "expiresAt": ms(r.expires_at),
        "confirmedAt": (r.state == "confirmed").then(|| ms(r.state_at.unwrap_or(0))),
        "expiredAt": expired_at,
        "messageId": r.message_id,
        "pageVersion": r.page_version,
        "disclosure": r.disclosure,
        "promptId": r.prompt_id,
        "ip": r.ip,
        "userAgent": r.user_agent,
    })
}

/// The request's confirmation code: 4 random digits. A number with an opt-out
/// is confirmed only by a reply that carries it, so a stranger who filled the
/// form cannot turn the person's next "Yes" to anything into a lift.
fn random_code() -> Result<String, CliError> {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for an opt-in code: {e}"))?;
    Ok(format!("{:04}", u32::from_le_bytes(bytes) % 10_000))
}

/// The code a reply carries: its one 4-digit token ("YES 4821", "4821", "yes, 4821!"),
/// and the text without it; `None` when it has none or more than one.
pub fn reply_code(text: &str) -> Option<(String, String)> {
    let mut codes = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty());
    let code = codes.next()?;
    if code.len() != 4 || codes.next().is_some() {
        return None;
    }
    Some((code.to_string(), text.replacen(code, " ", 1)))
}

fn random_id() -> Result<String, CliError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for an opt-in id: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn optional_text(
    map: &serde_json::Map<String, Value>,
    field: &str,
    max: usize,
) -> Result<Option<String>, Answer> {
    match map.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() <= max => Ok(Some(s.clone())),
        Some(Value::String(_)) => Err(Answer::field(field, format!("`{field}` is longer than {max} bytes"))),
        Some(_) => Err(Answer::field(field, format!("`{field}` must be a string"))),
    }
}

fn required_text(map: &serde_json::Map<String, Value>, field: &str, max: usize) -> Result<String, Answer> {
    match optional_text(map, field, max)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        Some(_) => Err(Answer::field(field, format!("`{field}` is empty"))),
        None => Err(Answer::field(field, format!("missing field `{field}`"))),
    }
}

fn program_id(id: &str) -> bool {
    (1..=32).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads and checks a `POST /v1/optin` body into a request made `now`.
fn read_request(body: &[u8], s: &Settings, region: &str, now: u64) -> Result<OptinRequest, Answer> {
    let text = std::str::from_utf8(body).map_err(|_| Answer::field("body", "request body is not UTF-8"))?;
    let map = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return Err(Answer::field("body", "request body must be a JSON object")),
        Err(e) => return Err(Answer::field("body", format!("request body is not valid JSON: {e}"))),
    };
    let raw = required_text(&map, "number", 64)?;
    let number = phone::parse(&raw, region)
        .map_err(|e| Answer::field("number", format!("`number` is not a phone number: {e}")))?;
    let programs: Vec<String> = match map.get("programs") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            let mut ids = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(id) if program_id(id) => {
                        if !ids.iter().any(|i: &String| i == id) {
                            ids.push(id.to_string());
                        }
                    }
                    _ => {
                        return Err(Answer::field(
                            "programs",
                            "`programs` must be program ids ([a-z0-9-], 1 to 32 characters)",
                        ))
                    }
                }
            }
            if ids.len() > MAX_PROGRAMS {
                return Err(Answer::field("programs", format!("`programs` names more than {MAX_PROGRAMS}")));
            }
            ids
        }
        Some(_) => return Err(Answer::field("programs", "`programs` must be an array of program ids")),
    };
    // Without programs the request is for all messages, marketing included. With the
    // origin's programs table (C8) the ids must be in it and their kinds decide; an older
    // edge's `marketing` field is then ignored (it is read only when there is no table).
    let table = super::programs::get();
    let marketing = if !table.is_empty() && !programs.is_empty() {
        let ids: Vec<Value> = programs.iter().map(|p| Value::String(p.clone())).collect();
        super::programs::kept(&ids).map_err(|why| Answer::field("programs", why))?;
        programs.iter().filter_map(|id| table.get(id)).any(|p| p.is_marketing())
    } else {
        match map.get("marketing") {
            None | Some(Value::Null) => programs.is_empty(),
            Some(Value::Bool(b)) => *b || programs.is_empty(),
            Some(_) => return Err(Answer::field("marketing", "`marketing` must be true or false")),
        }
    };
    let page_version = required_text(&map, "pageVersion", 128)?;
    let disclosure = required_text(&map, "disclosure", MAX_DISCLOSURE)?;
    let ip = optional_text(&map, "ip", 64)?;
    let user_agent = optional_text(&map, "userAgent", 512)?;
    let id = random_id().map_err(|e| Answer::ok(500, json!({ "error": format!("internal error: {e}") })))?;
    Ok(OptinRequest {
        id,
        number: number.as_u64(),
        programs,
        marketing,
        page_version,
        disclosure,
        ip,
        user_agent,
        prompt_id: None,
        created_at: now,
        expires_at: now.saturating_add(s.window),
        state: "pending".into(),
        state_at: None,
        message_id: None,
    })
}

/// `POST /v1/optin`: records the request and its one prompt (201), or 429
/// when the number had one within [`GAP`] seconds.
pub fn post(store: &mut dyn Store, s: &Settings, region: &str, body: &[u8], now: u64) -> Result<Answer, CliError> {
    let mut req = match read_request(body, s, region, now) {
        Ok(r) => r,
        Err(answer) => return Ok(answer),
    };
    // A global bound on prompts (and rows) through the public form, whatever the numbers.
    if let Some(wait) = over_rate(s.rate, now) {
        return Ok(Answer {
            status: 429,
            body: json!({
                "error": "rate-limited",
                "reason": "optin-rate",
                "message": format!("more than {} sign-ups a minute; try again in {wait} s", s.rate),
                "retryAfter": wait,
            }),
            retry_after: Some(wait),
        });
    }
    let e164 = format!("+{}", req.number);
    let code = random_code()?;
    let text = prompt(&s.brand, &req.programs, &code);
    let logged = json!({
        "to": e164,
        "body": text,
        "category": "transactional",
        "kind": "optin-prompt",
        "optinId": req.id,
        "code": code,
    })
    .to_string();
    match store.optin_create(&req, &logged, GAP)? {
        OptinCreated::Refused(at) => {
            let wait = at.saturating_sub(now).max(1);
            Ok(Answer {
                status: 429,
                body: json!({
                    "error": "rate-limited",
                    "message": format!("a confirmation text was sent to this number recently and is not yet answered or expired; try again in {wait} s"),
                    "retryAfter": wait,
                }),
                retry_after: Some(wait),
            })
        }
        OptinCreated::Created(prompt_id) => {
            eprintln!("opt-in {}: prompt {prompt_id} to {e164}", req.id);
            req.prompt_id = Some(prompt_id);
            let mut body = request_json(&req, now);
            body["prompt"] = Value::String(text);
            Ok(Answer::ok(201, body))
        }
    }
}

/// `GET /v1/optin/<id>`.
pub fn get(store: &mut dyn Store, path: &str, now: u64) -> Result<Answer, CliError> {
    let id = path.trim_start_matches("/v1/optin/");
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Answer::field("id", "an opt-in id is 32 hex digits"));
    }
    Ok(match store.optin_get(&id.to_ascii_lowercase())? {
        Some(r) => Answer::ok(200, request_json(&r, now)),
        None => Answer::ok(404, json!({ "error": format!("no opt-in request {id}") })),
    })
}

/// Whether a reply may confirm a prompt: the core's opt-in words, the answer
/// words ("YES", "ok", "sí") with them; never a typo or anything else.
pub fn affirmative(verdict: &Classification) -> bool {
    verdict.intent == Intent::OptIn
        && matches!(
            decide(&verdict.into(), &ConsentPolicy { yes_lifts: false, ..ConsentPolicy::default() }).reason,
            "answer-word" | "explicit-opt-in"
        )
}

/// The inbound path's hook: an affirmative reply is offered to the number's
/// pending request. `None`: not affirmative, nothing asked of the store.
pub fn on_reply(store: &mut dyn Store, verdict: &Classification, reply: &OptinReply<'_>) -> Result<Option<OptinOutcome>, CliError> {
    // A reply carrying a code ("YES 4821", "4821") is read without the code.
    let carried = reply_code(reply.text).filter(|(_, rest)| {
        rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() || affirmative(&stopgate::classify::classify(rest))
    });
    if carried.is_none() && !affirmative(verdict) {
        return Ok(None);
    }
    let reply = OptinReply { code: carried.as_ref().map(|(c, _)| c.as_str()), ..*reply };
    let reply = &reply;
    let outcome = store.optin_reply(reply)?;
    match &outcome {
        OptinOutcome::Confirmed { id, .. } => eprintln!("opt-in {id}: confirmed by {}", reply.message_id),
        OptinOutcome::Expired(id) => eprintln!("opt-in {id}: expired before {} came", reply.message_id),
        OptinOutcome::Unconfirmed(id) => {
            eprintln!("opt-in {id}: {} did not carry the prompt's code; nothing recorded", reply.message_id)
        }
        _ => {}
    }
    Ok(Some(outcome))
}

/// Whether the reply confirmed a request (then it changes nothing else).
pub fn confirmed(outcome: &Option<OptinOutcome>) -> bool {
    matches!(outcome, Some(OptinOutcome::Confirmed { .. }))
}

/// Adds what the reply did to a request to `POST /v1/inbound`'s answer; a
/// confirmation that lifted an opt-out reads as a recorded lift (what the
/// edge mirrors locally until the snapshot carries it).
pub fn patch_answer(answer: &mut Value, outcome: &Option<OptinOutcome>, lifted: Option<(String, Option<String>)>) {
    let (lift_scope, after) = lifted.map_or((None, None), |(l, a)| (Some(l), Some(a)));
    let optin = match outcome {
        Some(OptinOutcome::Confirmed { id, sequence }) => {
            // A lift, so the edge's reply confirms; `recorded` only when the list changed.
            answer["effect"] = json!("lift");
            answer["effectScope"] = json!(lift_scope);
            if lift_scope.as_deref() == Some("transactional") {
                answer["scope"] = json!("transactional");
            }
            // The number's opt-out after the lift (null: none), what the edge sets locally
            // until the snapshot carries it (a program lift from `all` is not set arithmetic).
            if let Some(after) = after {
                answer["resultScope"] = json!(after);
            }
            if let Some(seq) = sequence {
                answer["recorded"] = Value::Bool(true);
                answer["sequence"] = json!(seq);
            }
            answer["reason"] = json!("double-opt-in");
            json!({ "id": id, "state": "confirmed" })
        }
        Some(OptinOutcome::Expired(id)) => json!({ "id": id, "state": "expired" }),
        _ => Value::Null,
    };
    answer["optin"] = optin;
}

/// What a confirmation lifted, for [`patch_answer`]: the lifted scope's text
/// (`all`, `transactional`, or the programs confirmed with `marketing` when one is of kind
/// marketing), and the number's opt-out after it (`None`: none left).
pub fn lifted(store: &mut dyn Store, outcome: &Option<OptinOutcome>) -> Result<Option<(String, Option<String>)>, CliError> {
    let Some(OptinOutcome::Confirmed { id, .. }) = outcome else {
        return Ok(None);
    };
    let Some(r) = store.optin_get(id)? else {
        return Ok(None);
    };
    let lifted = match r.lift() {
        super::store::Op::LiftTransactional => "transactional".to_string(),
        super::store::Op::LiftConfirmed(scope) => super::programs::text(scope),
        _ => "all".to_string(),
    };
    let after = store.current(r.number)?.map(super::programs::text);
    Ok(Some((lifted, after)))
}

/// The consent receipt with the number's opt-in requests: JSON gains an
/// `optin` array; CSV gains one `optin_request` row per request (its state in
/// the `scope` column, the disclosure in `text`), in time order with the records.
pub fn receipt(
    format: Format,
    number: u64,
    records: &[ConsentRecord],
    requests: &[OptinRequest],
    now: u64,
) -> Value {
    match format {
        Format::Json => {
            let mut v = consent::json(number, records, now);
            v["optin"] = Value::Array(requests.iter().map(|r| request_json(r, now)).collect());
            v
        }
        Format::Csv => Value::String(receipt_csv(records, requests, now)),
    }
}

fn receipt_csv(records: &[ConsentRecord], requests: &[OptinRequest], now: u64) -> String {
    if requests.is_empty() {
        return consent::csv(records);
    }
    let mut rows: Vec<(u64, u8, Vec<String>)> = records
        .iter()
        // Within one second: what came before a request (the opt-out it follows, most often),
        // then the request, then the web-form confirmation it led to.
        .map(|r| (r.at, if r.method == "web_form" { 2 } else { 0 }, consent::cells(r)))
        .collect();
    for q in requests {
        let cells = vec![
            q.id.clone(),
            format!("+{}", q.number),
            q.created_at.to_string(),
            "optin_request".into(),
            "web_form".into(),
            q.state_at(now).to_string(),
            super::store::programs_text(&q.programs).unwrap_or_default(),
            q.disclosure.clone(),
            String::new(),
            String::new(),
            String::new(),
            q.page_version.clone(),
            q.message_id.clone().unwrap_or_default(),
            String::new(),
            String::new(),
            String::new(),
        ];
        rows.push((q.created_at, 1, cells));
    }
    rows.sort_by_key(|(at, kind, _)| (*at, *kind));
    consent::csv_rows(rows.into_iter().map(|(_, _, cells)| cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_name_what_is_confirmed() {
        let p = |ids: &[&str]| prompt("Acme", &ids.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "0427");
        assert_eq!(
            p(&[]),
            "Acme: Reply YES 0427 to confirm texts. Msg freq varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel."
        );
        assert!(p(&["alerts"]).starts_with("Acme: Reply YES 0427 to confirm alerts texts."));
        assert!(p(&["alerts", "promos", "tips"]).starts_with("Acme: Reply YES 0427 to confirm alerts, promos and tips texts."));
        let code = random_code().unwrap();
        assert!(code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()));
    }

    #[test]
    fn replies_carry_at_most_one_code() {
        let cases = [
            ("YES 4821", Some("4821")),
            ("4821", Some("4821")),
            ("yes, 4821!", Some("4821")),
            ("YES", None),
            ("YES 48210", None),
            ("YES 482", None),
            ("1234 5678", None),
        ];
        for (text, expected) in cases {
            assert_eq!(reply_code(text).map(|(c, _)| c), expected.map(str::to_string), "{text}");
        }
    }

    #[test]
    fn only_opt_in_words_are_affirmative() {
        let cases = [("YES", true), ("yes please", true), ("START", true), ("Sí", true), ("STOP", false), ("HELP", false), ("see you at five", false)];
        for (text, expected) in cases {
            assert_eq!(affirmative(&stopgate::classify::classify(text)), expected, "{text}");
        }
    }

    #[test]
    fn bad_requests_name_their_field() {
        let s = Settings { window: 60, brand: "Acme".into(), rate: 0 };
        let field = |body: &str| match read_request(body.as_bytes(), &s, "US", 1000) {
            Ok(_) => "ok".to_string(),
            Err(a) => a.body["field"].as_str().unwrap_or("?").to_string(),
        };
        let good = r#"{"number":"+14155550100","programs":["alerts"],"pageVersion":"v1","disclosure":"d"}"#;
        assert_eq!(field(good), "ok");
        assert_eq!(field(r#"{"number":"12","pageVersion":"v1","disclosure":"d"}"#), "number");
        assert_eq!(field(r#"{"number":"+14155550100","programs":["Bad Id"],"pageVersion":"v1","disclosure":"d"}"#), "programs");
        assert_eq!(field(r#"{"number":"+14155550100","programs":"alerts","pageVersion":"v1","disclosure":"d"}"#), "programs");
        assert_eq!(field(r#"{"number":"+14155550100","disclosure":"d"}"#), "pageVersion");
        assert_eq!(field(r#"{"number":"+14155550100","pageVersion":"v1","disclosure":" "}"#), "disclosure");
        assert_eq!(field("[]"), "body");
        let r = read_request(good.as_bytes(), &s, "US", 1000).ok().unwrap();
        assert_eq!((r.expires_at, r.marketing, r.id.len()), (1060, false, 32));
        assert_eq!(r.lift(), super::super::store::Op::LiftTransactional);
        let all = read_request(br#"{"number":"4155550100","pageVersion":"v1","disclosure":"d"}"#, &s, "US", 1000).ok().unwrap();
        assert_eq!((all.number, all.marketing), (14155550100, true));
    }
}
