//! Who may talk to the origin (contract C4): the edge, with an HMAC-SHA256
//! signature over the request, or a tool holding an API key.
//!
//! An edge request carries
//! `x-stopgate-timestamp: <unix seconds>` and
//! `x-stopgate-signature: v1=<hex HMAC-SHA256(secret, ts "\n" METHOD "\n" path_and_query "\n" body)>`.
//! The timestamp must be within [`WINDOW`] seconds of the origin's clock, and a
//! signature is accepted once: the origin remembers every signature it accepted
//! until its timestamp leaves the window, so a captured request cannot be
//! replayed. This module remembers them in the process, as a first check; the
//! caller then claims each one in the store ([`Caller::Edge`] carries what to
//! claim), so every origin process sharing it, and one restarted inside the
//! window, refuses it too. Comparison is constant-time (the `hmac` crate's `verify_slice`).
//!
//! API keys (`Authorization: Bearer <key>`, several allowed so they can be
//! rotated) are for people and tools: reading the send log, the snapshot and
//! deltas, the fault switch. They are not accepted on `POST /v1/inbound`,
//! `/v1/optin`, `/v1/preferences` or `POST /v1/messages`: only the edge relays
//! replies, asks for prompts, forwards choices and logs the sends it screened.
//!
//! This module decides; it does not answer. [`Denied`] says why, in the words
//! that go into the 401 body.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::sync::Mutex;

use super::lock;

/// Seconds a signed request's timestamp may be away from the origin's clock.
pub const WINDOW: u64 = 300;

/// Signatures remembered at most; past this, signed requests are refused
/// (503-worthy, but said as a 401 reason) rather than the memory growing.
const MAX_REMEMBERED: usize = 2_000_000;

pub(crate) type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA256 under `key` over `parts` in order, unfinished (so a caller may `verify_slice`
/// in constant time): the request signatures (C4), the API-key compare and the preference
/// links' key and MAC (C11) all start here.
pub(crate) fn keyed_mac(key: &[u8], parts: &[&[u8]]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    for part in parts {
        mac.update(part);
    }
    mac
}

/// Why a request was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// No signature and no API key.
    Missing,
    /// A signature header that is not `v1=<64 hex digits>`, or no timestamp beside it.
    Malformed,
    /// The signature does not match.
    BadSignature,
    /// The timestamp is too far from now.
    OutsideWindow,
    /// The signature was used before.
    Replayed,
    /// An API key that is not configured.
    BadKey,
    /// An API key on a route only the edge may use.
    KeyNotAllowed,
    /// Too many signatures in the window to remember another.
    Overloaded,
}

impl fmt::Display for Denied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Denied::Missing => "missing signature: send x-stopgate-timestamp and x-stopgate-signature (or an API key)",
            Denied::Malformed => "malformed signature: expected x-stopgate-signature: v1=<64 hex digits> with a numeric x-stopgate-timestamp",
            Denied::BadSignature => "bad signature",
            Denied::OutsideWindow => "timestamp outside window (300 s)",
            Denied::Replayed => "replayed: this signature was already used",
            Denied::BadKey => "bad API key",
            Denied::KeyNotAllowed => "an API key cannot be used on this route; it takes the edge's signature",
            Denied::Overloaded => "too many signed requests in the window; try again",
        })
    }
}

/// Who a request came from, once let in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller {
    /// A correctly signed edge request: its signature, to claim in the store
    /// until `forget_after` (Unix seconds).
    Edge { signature: [u8; 32], forget_after: u64 },
    /// A configured API key.
    Key,
    /// Nobody checked: `--insecure-no-auth`.
    Unchecked,
}

/// Accepted signatures still inside the window.
#[derive(Default)]
struct Seen {
    set: HashSet<[u8; 32]>,
    /// (forget after, signature), roughly in that order; only popped once expired.
    queue: VecDeque<(u64, [u8; 32])>,
}

/// The origin's authentication settings and replay memory.
pub struct Auth {
    secret: Option<Vec<u8>>,
    keys: Vec<Vec<u8>>,
    seen: Mutex<Seen>,
}

/// What the checker needs of a request.
pub struct Signed<'a> {
    pub method: &'a str,
    pub path_and_query: &'a str,
    pub timestamp: Option<&'a str>,
    pub signature: Option<&'a str>,
    pub authorization: Option<&'a str>,
    pub body: &'a [u8],
}

/// The signature an edge sends, lowercase hex (also what tests use).
#[cfg(test)]
pub fn sign(secret: &[u8], ts: u64, method: &str, path_and_query: &str, body: &[u8]) -> String {
    hex(&mac(secret, &ts.to_string(), method, path_and_query, body)
        .finalize()
        .into_bytes())
}

fn mac(secret: &[u8], ts: &str, method: &str, path_and_query: &str, body: &[u8]) -> HmacSha256 {
    keyed_mac(secret, &[ts.as_bytes(), b"\n", method.as_bytes(), b"\n", path_and_query.as_bytes(), b"\n", body])
}

#[cfg(test)]
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex32(text: &str) -> Option<[u8; 32]> {
    let text = text.as_bytes();
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, slot) in out.iter_mut().enumerate() {
        let pair = std::str::from_utf8(&text[2 * i..2 * i + 2]).ok()?;
        *slot = u8::from_str_radix(pair, 16).ok()?;
    }
    Some(out)
}

impl Auth {
    /// `secret`: the edge's shared secret; `keys`: API keys. Neither: every
    /// request is let in (the caller made sure that was asked for).
    pub fn new(secret: Option<Vec<u8>>, keys: Vec<Vec<u8>>) -> Auth {
        Auth {
            secret,
            keys,
            seen: Mutex::new(Seen::default()),
        }
    }

    /// The edge's shared secret, if set (preference links derive their key from it).
    pub fn secret(&self) -> Option<&[u8]> {
        self.secret.as_deref()
    }

    /// Whether requests go unchecked.
    pub fn insecure(&self) -> bool {
        self.secret.is_none() && self.keys.is_empty()
    }

    /// Lets a request in or says why not. `keys_allowed`: whether an API key
    /// may stand in for the edge's signature on this route.
    pub fn check(&self, req: &Signed<'_>, keys_allowed: bool, now: u64) -> Result<Caller, Denied> {
        if self.insecure() {
            return Ok(Caller::Unchecked);
        }
        if let Some(signature) = req.signature {
            return self.check_signature(req, signature, now);
        }
        if let Some(auth) = req.authorization {
            if !keys_allowed {
                return Err(Denied::KeyNotAllowed);
            }
            let presented = auth
                .strip_prefix("Bearer ")
                .or_else(|| auth.strip_prefix("bearer "))
                .map(str::trim)
                .ok_or(Denied::BadKey)?;
            return self.check_key(presented.as_bytes());
        }
        Err(Denied::Missing)
    }

    fn check_key(&self, presented: &[u8]) -> Result<Caller, Denied> {
        // Constant-time per key: compare HMACs of both under a fixed key, so
        // neither the length nor the first differing byte shows in the timing.
        let digest = |k: &[u8]| keyed_mac(b"stopgate api key", &[k]);
        let presented_tag = digest(presented).finalize().into_bytes();
        let mut ok = false;
        for key in &self.keys {
            ok |= digest(key).verify_slice(&presented_tag).is_ok();
        }
        if ok {
            Ok(Caller::Key)
        } else {
            Err(Denied::BadKey)
        }
    }

    fn check_signature(
        &self,
        req: &Signed<'_>,
        signature: &str,
        now: u64,
    ) -> Result<Caller, Denied> {
        let Some(secret) = &self.secret else {
            return Err(Denied::BadSignature);
        };
        let ts_text = req.timestamp.map(str::trim).ok_or(Denied::Malformed)?;
        if ts_text.is_empty() || ts_text.len() > 20 || !ts_text.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(Denied::Malformed);
        }
        let ts: u64 = ts_text.parse().map_err(|_| Denied::Malformed)?;
        // Several comma-separated `v1=` values may be sent (secret rotation); one must match.
        let candidates: Vec<[u8; 32]> = signature
            .split(',')
            .filter_map(|part| part.trim().strip_prefix("v1="))
            .filter_map(unhex32)
            .collect();
        if candidates.is_empty() {
            return Err(Denied::Malformed);
        }
        let expected = mac(secret, ts_text, req.method, req.path_and_query, req.body);
        let matched = candidates
            .iter()
            .find(|c| expected.clone().verify_slice(&c[..]).is_ok())
            .ok_or(Denied::BadSignature)?;
        if now.abs_diff(ts) > WINDOW {
            return Err(Denied::OutsideWindow);
        }
        let forget_after = self.remember(*matched, ts, now)?;
        Ok(Caller::Edge { signature: *matched, forget_after })
    }

    /// Remembers an accepted signature; says until when it must be.
    fn remember(&self, signature: [u8; 32], ts: u64, now: u64) -> Result<u64, Denied> {
        let mut seen = lock(&self.seen);
        while let Some(&(forget_after, sig)) = seen.queue.front() {
            if forget_after >= now {
                break;
            }
            seen.queue.pop_front();
            seen.set.remove(&sig);
        }
        if seen.set.contains(&signature) {
            return Err(Denied::Replayed);
        }
        if seen.set.len() >= MAX_REMEMBERED {
            return Err(Denied::Overloaded);
        }
        seen.set.insert(signature);
        // Past ts + WINDOW the timestamp check refuses it anyway.
        let forget_after = ts.saturating_add(WINDOW);
        seen.queue.push_back((forget_after, signature));
        Ok(forget_after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req<'a>(ts: &'a str, sig: &'a str, body: &'a [u8]) -> Signed<'a> {
        Signed {
            method: "POST",
            path_and_query: "/v1/inbound",
            timestamp: Some(ts),
            signature: Some(sig),
            authorization: None,
            body,
        }
    }

    #[test]
    fn signatures_windows_replays_and_keys() {
        let auth = Auth::new(
            Some(b"s3cret".to_vec()),
            vec![b"key-1".to_vec(), b"key-2".to_vec()],
        );
        let now = 1_700_000_000;
        let good = format!("v1={}", sign(b"s3cret", now, "POST", "/v1/inbound", b"{}"));
        let ts = now.to_string();
        // Accepted, with what to claim in the store: the signature, until the
        // end of its timestamp's window.
        let mut claim = [0u8; 32];
        for (i, byte) in claim.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&good[3 + 2 * i..5 + 2 * i], 16).unwrap();
        }
        assert_eq!(
            auth.check(&req(&ts, &good, b"{}"), false, now),
            Ok(Caller::Edge { signature: claim, forget_after: now + WINDOW })
        );
        assert_eq!(
            auth.check(&req(&ts, &good, b"{}"), false, now),
            Err(Denied::Replayed)
        );
        // Another body, path or secret: bad.
        let other = format!("v1={}", sign(b"s3cret", now, "POST", "/v1/inbound", b"{ }"));
        assert_eq!(
            auth.check(&req(&ts, &other, b"{}"), false, now),
            Err(Denied::BadSignature)
        );
        let wrong = format!("v1={}", sign(b"other", now, "POST", "/v1/inbound", b"{}"));
        assert_eq!(
            auth.check(&req(&ts, &wrong, b"{}"), false, now),
            Err(Denied::BadSignature)
        );
        // Timestamps.
        for (delta, ok) in [(-301i64, false), (-300, true), (300, true), (301, false)] {
            let t = now.wrapping_add_signed(delta);
            let sig = format!("v1={}", sign(b"s3cret", t, "POST", "/v1/inbound", b"x"));
            let got = auth.check(&req(&t.to_string(), &sig, b"x"), false, now);
            assert_eq!(got.is_ok(), ok, "{delta}: {got:?}");
            if !ok {
                assert_eq!(got, Err(Denied::OutsideWindow));
            }
        }
        for bad in ["", "v1=", "v1=zz", "v2=00", "sha256=ab"] {
            assert_eq!(
                auth.check(&req(&ts, bad, b"{}"), false, now),
                Err(Denied::Malformed),
                "{bad}"
            );
        }
        assert_eq!(
            auth.check(&req("-5", &good, b"{}"), false, now),
            Err(Denied::Malformed)
        );
        // Keys.
        let with_key = |k: &'static str| Signed {
            method: "GET",
            path_and_query: "/v1/messages",
            timestamp: None,
            signature: None,
            authorization: Some(k),
            body: b"",
        };
        assert_eq!(
            auth.check(&with_key("Bearer key-2"), true, now),
            Ok(Caller::Key)
        );
        assert_eq!(
            auth.check(&with_key("Bearer key-3"), true, now),
            Err(Denied::BadKey)
        );
        assert_eq!(
            auth.check(&with_key("Bearer key-"), true, now),
            Err(Denied::BadKey)
        );
        assert_eq!(
            auth.check(&with_key("key-1"), true, now),
            Err(Denied::BadKey)
        );
        assert_eq!(
            auth.check(&with_key("Bearer key-1"), false, now),
            Err(Denied::KeyNotAllowed)
        );
        let none = Signed {
            authorization: None,
            ..with_key("")
        };
        assert_eq!(auth.check(&none, true, now), Err(Denied::Missing));
    }

    #[test]
    fn remembered_signatures_are_forgotten_after_the_window() {
        let auth = Auth::new(Some(b"k".to_vec()), Vec::new());
        let t = 1_000_000;
        for i in 0..10u64 {
            let sig = format!("v1={}", sign(b"k", t, "GET", &format!("/x?{i}"), b""));
            let r = Signed {
                method: "GET",
                path_and_query: &format!("/x?{i}"),
                timestamp: Some(&t.to_string()),
                signature: Some(&sig),
                authorization: None,
                body: b"",
            };
            assert!(auth.check(&r, false, t).is_ok());
        }
        assert_eq!(lock(&auth.seen).set.len(), 10);
        let sig = format!("v1={}", sign(b"k", t + 301, "GET", "/y", b""));
        let r = Signed {
            method: "GET",
            path_and_query: "/y",
            timestamp: Some(&(t + 301).to_string()),
            signature: Some(&sig),
            authorization: None,
            body: b"",
        };
        assert!(auth.check(&r, false, t + 301).is_ok());
        assert_eq!(lock(&auth.seen).set.len(), 1);
    }
}
