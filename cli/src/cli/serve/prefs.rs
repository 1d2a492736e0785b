//! Preference links (contract C11): the token the edge puts in the opt-out
//! confirmation (`<PUBLIC_URL>/p/<token>`), re-verified here when the edge
//! forwards a choice made on the page, and the checks of that choice.
//!
//! A token is
//! `base64url(e164 "." expiry) "." base64url(HMAC-SHA256(K, e164 "." expiry))`
//! (no padding; the MAC is over the payload's bytes, before encoding), with
//! `K = HMAC-SHA256(origin secret, "stopgate preference link v1")`: a key of
//! its own, so a preference MAC can never be mistaken for a request signature
//! (contract C4) made with the same secret. The token proves that whoever
//! holds it was sent the link by this deployment for that number, until the
//! expiry; it does not name a person, and it cannot be turned into a link for
//! another number without the secret. This module decides; it does not answer.

use super::store::prefs::{Channel, Choice};
use super::store::{ConsentRecord, Store, StoreError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use super::auth::{keyed_mac, HmacSha256};
use hmac::Mac;
use serde_json::{json, Map, Value};
use std::fmt;
use stopgate::phone;

/// What the link key is derived under.
const LABEL: &[u8] = b"stopgate preference link v1";

/// Tokens longer than this are refused before any decoding.
const MAX_TOKEN: usize = 256;

/// The key preference links are signed with, derived from the origin secret.
pub struct LinkKey([u8; 32]);

impl LinkKey {
    /// `K = HMAC-SHA256(secret, "stopgate preference link v1")`.
    pub fn derive(secret: &[u8]) -> LinkKey {
        LinkKey(keyed_mac(secret, &[LABEL]).finalize().into_bytes().into())
    }

    fn mac(&self, payload: &[u8]) -> HmacSha256 {
        keyed_mac(&self.0, &[payload])
    }

    /// A token for `e164` (`+` and digits) valid until `expires_at` (Unix seconds).
    #[cfg(test)]
    pub fn sign(&self, e164: &str, expires_at: u64) -> String {
        self.sign_raw(&format!("{e164}.{expires_at}"))
    }

    /// A token over any payload text (for tests of malformed but signed links).
    #[cfg(test)]
    pub fn sign_raw(&self, payload: &str) -> String {
        let tag = self.mac(payload.as_bytes()).finalize().into_bytes();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(payload),
            URL_SAFE_NO_PAD.encode(tag)
        )
    }

    /// Checks a token at `now` (Unix seconds): the MAC first, in constant
    /// time, then the payload's shape, then the expiry.
    pub fn verify(&self, token: &str, now: u64) -> Result<Link, LinkError> {
        if token.len() > MAX_TOKEN {
            return Err(LinkError::Malformed("the link is too long"));
        }
        let (payload, tag) = token
            .split_once('.')
            .ok_or(LinkError::Malformed("the link has no signature part"))?;
        let payload = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| LinkError::Malformed("the link's number part is not base64url"))?;
        let tag = URL_SAFE_NO_PAD
            .decode(tag)
            .map_err(|_| LinkError::Malformed("the link's signature part is not base64url"))?;
        self.mac(&payload)
            .verify_slice(&tag)
            .map_err(|_| LinkError::BadSignature)?;
        let text = std::str::from_utf8(&payload)
            .map_err(|_| LinkError::Malformed("the link's number part is not text"))?;
        let (e164, expiry) = text
            .split_once('.')
            .ok_or(LinkError::Malformed("the link has no expiry"))?;
        let digits = e164.strip_prefix('+').unwrap_or("");
        if !(7..=15).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || digits.starts_with('0')
        {
            return Err(LinkError::Malformed("the link's number is not E.164"));
        }
        if expiry.is_empty() || expiry.len() > 12 || !expiry.bytes().all(|b| b.is_ascii_digit()) {
            return Err(LinkError::Malformed("the link's expiry is not a time"));
        }
        let expires_at: u64 = expiry
            .parse()
            .map_err(|_| LinkError::Malformed("the link's expiry is not a time"))?;
        if now >= expires_at {
            return Err(LinkError::Expired { expires_at });
        }
        Ok(Link {
            e164: e164.to_string(),
            expires_at,
        })
    }

    /// [`verify`](Self::verify), and the link must be for `e164`.
    pub fn verify_for(&self, token: &str, e164: &str, now: u64) -> Result<Link, LinkError> {
        let link = self.verify(token, now)?;
        if link.e164 != e164 {
            return Err(LinkError::WrongNumber);
        }
        Ok(link)
    }
}

/// A verified link.
#[derive(Debug, PartialEq, Eq)]
pub struct Link {
    /// The number it was made for, E.164.
    pub e164: String,
    /// Unix seconds.
    pub expires_at: u64,
}

/// Why a link was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a token at all.
    Malformed(&'static str),
    /// The signature does not match (tampered, or signed with another secret).
    BadSignature,
    /// Past its expiry.
    Expired { expires_at: u64 },
    /// A good link, for another number than the one it came with.
    WrongNumber,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Malformed(why) => write!(f, "this preference link is not valid: {why}"),
            LinkError::BadSignature => f.write_str("this preference link is not valid: its signature does not match"),
            LinkError::Expired { expires_at } => write!(f, "this preference link expired (at {expires_at}); reply to a message for a new one"),
            LinkError::WrongNumber => f.write_str("this preference link is for another number"),
        }
    }
}

impl LinkError {
    /// A stable code for the JSON answer.
    pub fn code(&self) -> &'static str {
        match self {
            LinkError::Malformed(_) => "malformed-link",
            LinkError::BadSignature => "bad-link-signature",
            LinkError::Expired { .. } => "expired-link",
            LinkError::WrongNumber => "wrong-number",
        }
    }
}

/// The channel kinds the page offers.
pub const CHANNEL_KINDS: [&str; 2] = ["email", "push"];

/// Longest address (RFC 5321's path limit) or push label kept.
pub const MAX_ADDRESS: usize = 254;

/// Checks one channel choice: email addresses loosely (one `@`, something
/// each side, a dot in the domain, no spaces or control characters), push
/// labels as any short printable text. Returns the address as kept
/// (trimmed; an email's domain lowercased).
pub fn check_channel(kind: &str, address: &str) -> Result<String, String> {
    let address = address.trim();
    if address.is_empty() {
        return Err(format!("the {kind} address is empty"));
    }
    if address.chars().count() > MAX_ADDRESS {
        return Err(format!("the {kind} address is longer than {MAX_ADDRESS} characters"));
    }
    if address.chars().any(char::is_control) {
        return Err(format!("the {kind} address holds control characters"));
    }
    match kind {
        "email" => {
            let (local, domain) = address
                .rsplit_once('@')
                .ok_or_else(|| "the email address has no @".to_string())?;
            let ok = !local.is_empty()
                && !local.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !address.chars().any(char::is_whitespace);
            if !ok {
                return Err(format!("{address:?} does not look like an email address"));
            }
            Ok(format!("{local}@{}", domain.to_ascii_lowercase()))
        }
        "push" => Ok(address.to_string()),
        other => Err(format!(
            "unknown channel kind {other:?}: expected {}",
            CHANNEL_KINDS.join(" or ")
        )),
    }
}

/// An answer of the preference routes: status and JSON body.
pub type Answer = (u16, Value);

fn field_error(field: &str, message: impl Into<String>) -> Answer {
    (400, json!({ "error": message.into(), "field": field }))
}

fn channel_json(c: &Channel) -> Value {
    json!({ "kind": c.kind, "address": c.address, "recordedAt": c.recorded_at * 1000 })
}

fn record_json(r: &ConsentRecord) -> Value {
    json!({ "id": r.id, "at": r.at, "action": r.action, "method": r.method, "scope": r.scope, "text": r.text, "pageVersion": r.page_version, "program": r.program, "sequence": r.sequence })
}

/// A number from a path: a leading `+` may come percent-encoded, `%2B` or
/// `%2b` (RFC 3986: the hex digits' case does not matter).
pub fn plus_decoded(raw: &str) -> String {
    match raw.get(..3) {
        Some(head) if head.eq_ignore_ascii_case("%2B") => format!("+{}", &raw[3..]),
        _ => raw.to_string(),
    }
}

/// The number of `GET /v1/channels/<e164>` (`+` may come percent-encoded).
pub fn number_in_path(path: &str, prefix: &str, region: &str) -> Result<u64, Answer> {
    let raw = plus_decoded(path.trim_start_matches(prefix));
    phone::parse(&raw, region)
        .map(|n| n.as_u64())
        .map_err(|e| field_error("number", format!("not a phone number: {e}")))
}

/// `GET /v1/channels/<e164>`: `{"e164", "channels": [{kind, address, recordedAt (ms)}]}`.
pub fn get(store: &mut dyn Store, number: u64) -> Result<Answer, StoreError> {
    let channels = store.channels(number)?;
    Ok((200, json!({
        "e164": format!("+{number}"),
        "channels": channels.iter().map(channel_json).collect::<Vec<_>>(),
    })))
}

/// How long a preference link lives (the edge's `LINK_DAYS`): its issue time is its
/// expiry less this.
pub const LINK_SECONDS: u64 = 30 * 86_400;
/// A page narrowing of the SMS opt-out is accepted this long after the link's issue.
pub const NARROW_WINDOW: u64 = 86_400;
/// An opt-out recorded more than this after the link's issue supersedes its narrowing
/// (the link was sent for an earlier opt-out).
pub const SUPERSEDED_AFTER: u64 = 600;
/// Preference-page records one number may make per 24 hours.
pub const DAILY_CHANGES: usize = 20;

/// Whether a choice is refused (security review): the daily cap on preference-page
/// records (429), and for a choice that would narrow the number's opt-out (`narrows`),
/// a link older than [`NARROW_WINDOW`], a narrowing already made since the link's issue,
/// or an opt-out later than the link (409). Channel choices alone pass for the link's life.
fn refusal(records: &[ConsentRecord], expires_at: u64, narrows: bool, now: u64) -> Option<Answer> {
    use super::store::prefs::{METHOD, NARROW};
    let today = records
        .iter()
        .filter(|r| r.method == METHOD && r.at.saturating_add(86_400) > now)
        .count();
    if today >= DAILY_CHANGES {
        return Some((429, json!({
            "error": "rate-limited",
            "message": format!("this number made {DAILY_CHANGES} preference changes in the last 24 hours; try again tomorrow"),
        })));
    }
    if !narrows {
        return None;
    }
    let issued = expires_at.saturating_sub(LINK_SECONDS);
    let why = if now >= issued.saturating_add(NARROW_WINDOW) {
        "this link can no longer change which texts you receive (it is more than 24 hours old); reply to a message from us for a new one"
    } else if records.iter().any(|r| r.action == NARROW && r.at >= issued) {
        "this link was already used to change which texts you receive; reply to a message from us for a new one"
    } else if records.iter().any(|r| r.action == "opt_out" && r.method != METHOD && r.at > issued.saturating_add(SUPERSEDED_AFTER)) {
        "you opted out again after this link was sent, so it can no longer change which texts you receive; use the link in the newest confirmation"
    } else {
        return None;
    };
    Some((409, json!({ "error": "narrowing-refused", "message": why })))
}

/// `POST /v1/preferences` `{token, number?, channels: [{kind, address}], keepPrograms: [ids], pageVersion?}`
/// from the edge: the token re-verified (and for `number`, when the edge says
/// which number it verified), the choice checked, then recorded.
pub fn post(body: &[u8], secret: Option<&[u8]>, store: &mut dyn Store, now: u64) -> Result<Answer, StoreError> {
    let Some(secret) = secret else {
        return Ok((503, json!({
            "error": "not-configured",
            "message": "preference links need the origin secret (STOPGATE_ORIGIN_SECRET or --origin-secret-file)",
        })));
    };
    let map: Map<String, Value> = match serde_json::from_slice(body) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Ok(field_error("body", "request body must be a JSON object")),
        Err(e) => return Ok(field_error("body", format!("request body is not valid JSON: {e}"))),
    };
    let Some(token) = map.get("token").and_then(Value::as_str) else {
        return Ok(field_error("token", "missing field `token` (the preference link's token)"));
    };
    let key = LinkKey::derive(secret);
    let verified = match map.get("number") {
        None | Some(Value::Null) => key.verify(token, now),
        Some(Value::String(n)) => key.verify_for(token, n, now),
        Some(_) => return Ok(field_error("number", "`number` must be a string")),
    };
    let link = match verified {
        Ok(link) => link,
        Err(e) => return Ok((401, json!({ "error": e.code(), "message": e.to_string() }))),
    };
    let page_version = match map.get("pageVersion") {
        None | Some(Value::Null) => "unknown",
        Some(Value::String(v)) if !v.is_empty() && v.len() <= 64 => v.as_str(),
        Some(_) => return Ok(field_error("pageVersion", "`pageVersion` must be a string of 1 to 64 bytes")),
    };
    // keepPrograms (C11): the programs to keep by SMS, named in the origin's --programs table.
    let keep = match map.get("keepPrograms") {
        None | Some(Value::Null) => None,
        Some(Value::Array(a)) if a.is_empty() => None,
        Some(Value::Array(a)) => match super::programs::kept(a) {
            Ok(kept) => Some(kept),
            Err(why) => return Ok(field_error("keepPrograms", why)),
        },
        Some(_) => return Ok(field_error("keepPrograms", "`keepPrograms` must be an array of program ids")),
    };
    let list = match map.get("channels") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a.clone(),
        Some(_) => return Ok(field_error("channels", "`channels` must be an array of {kind, address}")),
    };
    let mut channels: Vec<(String, String)> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let path = format!("channels[{i}]");
        let (Some(kind), Some(address)) = (
            c.get("kind").and_then(Value::as_str),
            c.get("address").and_then(Value::as_str),
        ) else {
            return Ok(field_error(&path, format!("`{path}` must be {{kind, address}} with two strings")));
        };
        if channels.iter().any(|(k, _)| k == kind) {
            return Ok(field_error(&path, format!("`{path}`: one {kind} channel at most")));
        }
        match check_channel(kind, address) {
            Ok(address) => channels.push((kind.to_string(), address)),
            Err(why) => return Ok(field_error(&path, why)),
        }
    }
    let number = match phone::parse(&link.e164, "US") {
        Ok(n) => n.as_u64(),
        Err(e) => return Ok(field_error("token", format!("the link's number is not a phone number: {e}"))),
    };
    let records = store.consent(number)?;
    let opted_out = store.current(number)?;
    if let Some(refused) = refusal(&records, link.expires_at, keep.is_some() && opted_out.is_some(), now) {
        return Ok(refused);
    }
    // The page narrows an opt-out, never lifts it (a link may be forwarded): keeping every
    // program a program-only opt-out names would leave none (SECURITY.md).
    if let (Some((kept, _)), Some(current)) = (&keep, opted_out) {
        if super::store::prefs::narrowed(Some(current), *kept).is_none() {
            return Ok((409, json!({
                "error": "narrowing-refused",
                "message": "keeping these programs would end the opt-out, which this page cannot do; to get these texts again, reply START to a message from us",
            })));
        }
    }
    let made = store.record_choice(&Choice { number, channels: &channels, page_version, keep }, now)?;
    let current = store.channels(number)?;
    let opt_out = store.current(number)?;
    Ok((200, json!({
        "e164": link.e164,
        // The number's SMS opt-out now (null: none), for the edge's local change.
        "scope": opt_out.map(super::programs::text),
        "recorded": made.len(),
        "records": made.iter().map(record_json).collect::<Vec<_>>(),
        "channels": current.iter().map(channel_json).collect::<Vec<_>>(),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBER: &str = "+14155550123";
    const NOW: u64 = 1_800_000_000;

    /// Swaps the first base64url character of `part` (0: payload, 1: MAC) for another.
    fn flip(token: &str, part: usize) -> String {
        let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
        let first = parts[part].remove(0);
        parts[part].insert(0, if first == 'A' { 'B' } else { 'A' });
        parts.join(".")
    }

    #[test]
    fn links_verify_and_refuse() {
        let key = LinkKey::derive(b"origin-secret-0123456789");
        let good = key.sign(NUMBER, NOW + 60);
        let other_number = {
            // The payload of another number with this number's MAC.
            let mac = good.split('.').nth(1).unwrap();
            format!("{}.{mac}", URL_SAFE_NO_PAD.encode(format!("+14155550124.{}", NOW + 60)))
        };
        let later = {
            let mac = good.split('.').nth(1).unwrap();
            format!("{}.{mac}", URL_SAFE_NO_PAD.encode(format!("{NUMBER}.{}", NOW + 999_999)))
        };
        let other_key = LinkKey::derive(b"another-secret-0123456789").sign(NUMBER, NOW + 60);
        struct Case {
            name: &'static str,
            token: String,
            expected: Result<(), &'static str>,
        }
        let cases = [
            Case { name: "good", token: good.clone(), expected: Ok(()) },
            Case { name: "tampered payload", token: flip(&good, 0), expected: Err("bad-link-signature") },
            Case { name: "tampered MAC", token: flip(&good, 1), expected: Err("bad-link-signature") },
            Case { name: "another number, same MAC", token: other_number, expected: Err("bad-link-signature") },
            Case { name: "later expiry, same MAC", token: later, expected: Err("bad-link-signature") },
            Case { name: "another secret", token: other_key, expected: Err("bad-link-signature") },
            Case { name: "expired", token: key.sign(NUMBER, NOW), expected: Err("expired-link") },
            Case { name: "no dot", token: good.replace('.', ""), expected: Err("malformed-link") },
            Case { name: "malformed base64", token: format!("{good}!"), expected: Err("malformed-link") },
            Case { name: "padded base64", token: format!("{good}="), expected: Err("malformed-link") },
            Case { name: "empty", token: String::new(), expected: Err("malformed-link") },
            Case { name: "huge", token: "A".repeat(10_000), expected: Err("malformed-link") },
            Case { name: "not E.164, signed", token: key.sign("14155550123", NOW + 60), expected: Err("malformed-link") },
            Case { name: "no expiry, signed", token: key.sign_raw(NUMBER), expected: Err("malformed-link") },
            Case { name: "expiry not a number, signed", token: key.sign_raw("+14155550123.soon"), expected: Err("malformed-link") },
        ];
        for c in &cases {
            let got = key.verify(&c.token, NOW).map(|_| ()).map_err(|e| e.code());
            assert_eq!(got, c.expected, "{}: {}", c.name, c.token);
        }
        assert_eq!(
            key.verify(&good, NOW).unwrap(),
            Link { e164: NUMBER.into(), expires_at: NOW + 60 }
        );
        assert_eq!(key.verify_for(&good, NUMBER, NOW).map(|l| l.e164), Ok(NUMBER.to_string()));
        assert_eq!(key.verify_for(&good, "+14155550124", NOW), Err(LinkError::WrongNumber));
        assert!(key.verify(&key.sign(NUMBER, NOW), NOW).unwrap_err().to_string().contains("expired"));
    }

    /// The same key, number and expiry as the edge's test (tests/e2e/prefs-token.test.mjs):
    /// both sides make the same token.
    #[test]
    fn matches_the_edge() {
        let key = LinkKey::derive(b"stopgate-shared-test-secret");
        let token = "KzE0MTU1NTUwMTIzLjE4MDAwMDAwMDA.sZzFT69hsCgDDe0sgEIORbcnzAc6Q5Q5xkuSG9ceslQ";
        assert_eq!(key.sign("+14155550123", 1_800_000_000), token);
        assert!(key.verify(token, 1_799_999_999).is_ok());
    }

    #[test]
    fn channels_are_checked_loosely() {
        let cases: [(&str, &str, Result<&str, ()>); 10] = [
            ("email", "ana@Example.COM", Ok("ana@example.com")),
            ("email", "  ana+news@mail.example.org ", Ok("ana+news@mail.example.org")),
            ("email", "ana@localhost", Err(())),
            ("email", "ana example.com", Err(())),
            ("email", "@example.com", Err(())),
            ("email", "ana@@example.com", Err(())),
            ("email", "ana @example.com", Err(())),
            ("push", "Ana's phone (app)", Ok("Ana's phone (app)")),
            ("push", "bad\u{0}label", Err(())),
            ("fax", "123", Err(())),
        ];
        for (kind, address, expected) in cases {
            let got = check_channel(kind, address);
            assert_eq!(got.as_deref().map_err(|_| ()), expected, "{kind} {address:?}: {got:?}");
        }
        assert!(check_channel("email", &format!("{}@example.com", "a".repeat(300))).is_err());
    }
}
