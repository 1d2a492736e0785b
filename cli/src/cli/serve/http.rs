//! The origin's HTTP side: the endpoints of the Origin section of
//! `docs/interfaces.md`, the cached full snapshot, and the fault switch the
//! edge's end-to-end tests use to play a bad origin.
//!
//! Every answer is built as a [`Reply`] first, so no handler writes to the
//! socket itself, and every error is JSON `{ "error", "field"? }`.

use super::auth::{Auth, Caller, Denied, Signed};
use super::consent;
use super::optin;
use super::prefs;
use super::publish::{self, Built, DeltaAnswer};
use super::store::{Compacted, Inbound, Op, Retention, Store, StoreError};
use super::{lock, now, CliError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use stopgate::classify::{classify_with, ClassifyOptions};
use stopgate::consent::{decide, narrowing, revocation, ConsentPolicy, Effect, LiftScope};
use stopgate::snapshot::{Freshness, SigningKey, Snapshot};
use stopgate::{phone, Scope};

/// Request bodies above this are refused with 413.
pub const MAX_BODY: usize = 64 * 1024;
/// Entries a list route answers with when no `limit` is given.
pub const DEFAULT_LIMIT: u64 = 100;
/// The largest `limit` a list route takes.
pub const MAX_LIMIT: u64 = 1000;

/// How the snapshot and delta endpoints misbehave, for tests.
#[derive(Clone)]
enum Fault {
    Ok,
    /// One byte of every served snapshot and delta is flipped.
    Corrupt,
    /// Snapshots and deltas are signed with this key instead.
    WrongKey(SigningKey),
    /// This snapshot is served forever and deltas are always 204.
    Stale(Arc<Built>),
}

impl Fault {
    fn name(&self) -> &'static str {
        match self {
            Fault::Ok => "ok",
            Fault::Corrupt => "corrupt",
            Fault::WrongKey(_) => "wrong-key",
            Fault::Stale(_) => "stale",
        }
    }
}

struct Cache {
    built: Option<Arc<Built>>,
    at: Instant,
}

/// Settings the origin runs with.
pub struct Config {
    /// Data folder, where `snapshot.sgs` is kept.
    pub data: PathBuf,
    /// Signs everything served.
    pub key: SigningKey,
    /// Region label of snapshots, and region for national numbers.
    pub region: String,
    /// Minimum time between two rebuilds of the full snapshot.
    pub interval: Duration,
    /// Rebuild regardless of `interval` once the snapshot is this many sequences behind.
    pub rebuild_after: u64,
    /// Whether `POST /v1/admin/faults` works.
    pub allow_faults: bool,
    /// Who may call (edge signatures, API keys, or nobody checked).
    pub auth: Auth,
    /// Whether a bare YES lifts an opt-out (contract C6; default no).
    pub yes_lifts: bool,
    /// Double opt-in: the prompt's window and brand (contract C10).
    pub optin: optin::Settings,
    /// Revoke-all (contract C9; default auto).
    pub revoke_all: stopgate::consent::RevokeAll,
}

/// The running origin, shared by the worker threads.
pub struct Origin {
    cfg: Config,
    public_hex: String,
    /// Writes, and the small reads answering requests.
    db: Mutex<Box<dyn Store>>,
    /// Whole-list reads for snapshot and delta builds, so they do not hold up writes.
    reader: Mutex<Box<dyn Store>>,
    cache: Mutex<Cache>,
    fault: Mutex<Fault>,
}

/// A request as the transport read it: the whole body is in memory (the
/// transport refused anything over [`MAX_BODY`] with 413 already).
pub struct Request {
    /// Uppercase.
    pub method: String,
    /// Path and query exactly as in the request line (what the edge signs).
    pub target: String,
    /// Header names as sent; looked up case-insensitively.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }
}

/// What the store slots hold once the origin closed them.
struct Closed;

impl Closed {
    fn err<T>() -> Result<T, StoreError> {
        Err(StoreError::new("the origin is shutting down"))
    }
}

impl Store for Closed {
    fn is_new(&mut self) -> Result<bool, StoreError> {
        Closed::err()
    }
    fn sequence(&mut self) -> Result<u64, StoreError> {
        Closed::err()
    }
    fn floor(&mut self) -> Result<u64, StoreError> {
        Closed::err()
    }
    fn count(&mut self) -> Result<u64, StoreError> {
        Closed::err()
    }
    fn state(&mut self) -> Result<(u64, stopgate::snapshot::ListDigest), StoreError> {
        Closed::err()
    }
    fn initialise(
        &mut self,
        _: &mut dyn Iterator<Item = super::store::Entry>,
        _: u64,
    ) -> Result<bool, StoreError> {
        Closed::err()
    }
    fn heartbeat(&mut self, _: u64, _: u64) -> Result<Option<u64>, StoreError> {
        Closed::err()
    }
    fn apply(&mut self, _: &[(u64, Op)], _: u64, _: &str) -> Result<Option<u64>, StoreError> {
        Closed::err()
    }
    fn inbound(
        &mut self,
        _: &Inbound<'_>,
        _: u64,
    ) -> Result<super::store::InboundOutcome, StoreError> {
        Closed::err()
    }
    fn list(
        &mut self,
    ) -> Result<(u64, stopgate::snapshot::ListDigest, super::store::List), StoreError> {
        Closed::err()
    }
    fn changes_since(&mut self, _: u64) -> Result<(u64, u64, super::store::ChangeSet), StoreError> {
        Closed::err()
    }
    fn log_message(
        &mut self,
        _: u64,
        _: Option<&str>,
        _: Option<&str>,
        _: &str,
    ) -> Result<i64, StoreError> {
        Closed::err()
    }
    fn messages(&mut self, _: u64) -> Result<Vec<super::store::LoggedMessage>, StoreError> {
        Closed::err()
    }
    fn consent(&mut self, _: u64) -> Result<Vec<super::store::ConsentRecord>, StoreError> {
        Closed::err()
    }
    fn compact(&mut self, _: &Retention, _: u64) -> Result<Compacted, StoreError> {
        Closed::err()
    }
    fn close(self: Box<Self>) -> Result<(), StoreError> {
        Ok(())
    }
    // double opt-in (issue 16)
    fn optin_create(
        &mut self,
        _: &super::store::OptinRequest,
        _: &str,
        _: u64,
    ) -> Result<super::store::OptinCreated, StoreError> {
        Closed::err()
    }
    fn optin_get(&mut self, _: &str) -> Result<Option<super::store::OptinRequest>, StoreError> {
        Closed::err()
    }
    fn optin_requests(&mut self, _: u64) -> Result<Vec<super::store::OptinRequest>, StoreError> {
        Closed::err()
    }
    fn optin_reply(
        &mut self,
        _: &super::store::OptinReply<'_>,
    ) -> Result<super::store::OptinOutcome, StoreError> {
        Closed::err()
    }

    // programs and revoke-all (issue 15)
    fn clarification(&mut self, _: u64) -> Result<Option<super::store::Clarification>, StoreError> {
        Closed::err()
    }
    fn current(&mut self, _: u64) -> Result<Option<Scope>, StoreError> {
        Closed::err()
    }
    fn claim_signature(&mut self, _: &[u8; 32], _: u64, _: u64) -> Result<bool, StoreError> {
        Closed::err()
    }
}

/// An answer, before it goes on the wire.
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// Further headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    fn json(status: u16, value: Value) -> Reply {
        let mut body = value.to_string().into_bytes();
        body.push(b'\n');
        Reply {
            status,
            content_type: "application/json",
            headers: Vec::new(),
            body,
        }
    }

    /// `{"error": message}`.
    pub fn error(status: u16, message: impl Into<String>) -> Reply {
        Reply::json(status, json!({ "error": message.into() }))
    }

    fn field_error(field: &str, message: impl Into<String>) -> Reply {
        Reply::json(400, json!({ "error": message.into(), "field": field }))
    }

    fn bytes(status: u16, content_type: &'static str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            content_type,
            headers: Vec::new(),
            body,
        }
    }

    fn header(mut self, name: &'static str, value: impl ToString) -> Reply {
        self.headers.push((name, value.to_string()));
        self
    }

    fn internal(err: CliError) -> Reply {
        eprintln!("stopgate serve: internal error: {err}");
        Reply::error(500, format!("internal error: {err}"))
    }
}

fn query_param<'u>(url: &'u str, name: &str) -> Option<&'u str> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then_some(v)
    })
}

/// Whether an `If-None-Match` header names `etag` (weak or strong) or `*`.
fn etag_matches(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == etag || t == "*")
}

/// Flips one byte in the middle, which the checksum (or signature) catches.
fn corrupt(mut bytes: Vec<u8>) -> Vec<u8> {
    if !bytes.is_empty() {
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x5A;
    }
    bytes
}

fn body_text(req: &Request) -> Result<&str, Reply> {
    std::str::from_utf8(&req.body)
        .map_err(|_| Reply::field_error("body", "request body is not UTF-8"))
}

fn parse_json(body: &str) -> Result<serde_json::Map<String, Value>, Reply> {
    match serde_json::from_str::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Reply::field_error(
            "body",
            "request body must be a JSON object",
        )),
        Err(e) => Err(Reply::field_error(
            "body",
            format!("request body is not valid JSON: {e}"),
        )),
    }
}

/// The edge's classification, checked for shape only: it is logged, never trusted.
fn check_hint(map: &serde_json::Map<String, Value>) -> Result<(String, Option<Scope>), Reply> {
    let class = match map.get("classification") {
        Some(Value::Object(c)) => c,
        None | Some(Value::Null) => {
            return Err(Reply::field_error(
                "classification",
                "missing field `classification`",
            ))
        }
        Some(_) => {
            return Err(Reply::field_error(
                "classification",
                "`classification` must be an object",
            ))
        }
    };
    let intent = required_str(class, "intent", "classification.intent")?;
    if !matches!(intent, "opt_out" | "opt_in" | "help" | "none") {
        return Err(Reply::field_error(
            "classification.intent",
            format!("unknown intent {intent:?}: expected opt_out, opt_in, help or none"),
        ));
    }
    let scope = match class.get("scope") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(
            super::programs::get()
                .parse_scope(s)
                .map_err(|e| Reply::field_error("classification.scope", e.to_string()))?,
        ),
        Some(_) => {
            return Err(Reply::field_error(
                "classification.scope",
                "`classification.scope` must be a string or null",
            ))
        }
    };
    Ok((intent.to_string(), scope))
}

fn required_str<'a>(
    map: &'a serde_json::Map<String, Value>,
    field: &str,
    path: &str,
) -> Result<&'a str, Reply> {
    match map.get(field) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(Value::String(_)) => Err(Reply::field_error(path, format!("`{path}` is empty"))),
        None | Some(Value::Null) => {
            Err(Reply::field_error(path, format!("missing field `{path}`")))
        }
        Some(_) => Err(Reply::field_error(
            path,
            format!("`{path}` must be a string"),
        )),
    }
}

impl Origin {
    /// Opens the two store connections and gets a snapshot ready: the one
    /// in the data folder if it is current and verifies, else a fresh build.
    pub fn start(
        cfg: Config,
        db: Box<dyn Store>,
        reader: Box<dyn Store>,
    ) -> Result<Origin, CliError> {
        let public_hex = cfg.key.verifying_key().to_hex();
        let origin = Origin {
            db: Mutex::new(db),
            reader: Mutex::new(reader),
            public_hex,
            cache: Mutex::new(Cache {
                built: None,
                at: Instant::now(),
            }),
            fault: Mutex::new(Fault::Ok),
            cfg,
        };
        if let Some(saved) = origin.saved_snapshot()? {
            *lock(&origin.cache) = Cache {
                built: Some(Arc::new(saved)),
                at: Instant::now(),
            };
        }
        origin.snapshot()?;
        Ok(origin)
    }

    fn saved_snapshot(&self) -> Result<Option<Built>, CliError> {
        let Ok(bytes) = std::fs::read(self.cfg.data.join("snapshot.sgs")) else {
            return Ok(None);
        };
        let (sequence, digest) = lock(&self.db).state()?;
        let Ok(snap) =
            Snapshot::from_bytes_verified(bytes.as_slice(), &self.cfg.key.verifying_key())
        else {
            return Ok(None);
        };
        if snap.sequence() != sequence
            || snap.region() != self.cfg.region
            || snap.digest() != digest
        {
            return Ok(None);
        }
        let (created_at, entries) = (snap.created_at(), snap.len());
        Ok(Some(Built {
            sequence,
            created_at,
            entries,
            digest,
            bytes,
        }))
    }

    /// The public key, hex.
    pub fn public_key(&self) -> &str {
        &self.public_hex
    }

    /// The current sequence.
    pub fn sequence(&self) -> Result<u64, CliError> {
        Ok(lock(&self.db).sequence()?)
    }

    /// Drops history past the retention window.
    pub fn compact(&self, keep: &Retention) -> Result<Compacted, CliError> {
        Ok(lock(&self.db).compact(keep, now())?)
    }

    /// Closes both store connections; any later request gets a 500 saying so.
    pub fn close(&self) -> Result<(), CliError> {
        for store in [&self.db, &self.reader] {
            let open = std::mem::replace(&mut *lock(store), Box::new(Closed));
            open.close()?;
        }
        Ok(())
    }

    /// Moves the sequence on when the list has been quiet for `every` seconds.
    pub fn heartbeat(&self, every: u64) -> Result<Option<u64>, CliError> {
        Ok(lock(&self.db).heartbeat(now(), every)?)
    }

    /// The cached full snapshot, rebuilt first when the list moved on and
    /// either the interval passed or it fell `rebuild_after` sequences behind.
    pub fn snapshot(&self) -> Result<Arc<Built>, CliError> {
        let mut cache = lock(&self.cache);
        let sequence = lock(&self.db).sequence()?;
        let due = match &cache.built {
            None => true,
            Some(b) => {
                b.sequence != sequence
                    && (cache.at.elapsed() >= self.cfg.interval
                        || sequence.saturating_sub(b.sequence) >= self.cfg.rebuild_after)
            }
        };
        if due {
            let started = Instant::now();
            let built = publish::full(
                &mut **lock(&self.reader),
                &self.cfg.key,
                &self.cfg.region,
                now(),
            )?;
            if let Err(e) =
                publish::write_private(&self.cfg.data.join("snapshot.sgs"), &built.bytes)
            {
                eprintln!("stopgate serve: cannot save the snapshot: {e}");
            }
            eprintln!(
                "snapshot built: sequence {}, {} entries, {} bytes, {}ms",
                built.sequence,
                built.entries,
                built.bytes.len(),
                started.elapsed().as_millis()
            );
            *cache = Cache {
                built: Some(Arc::new(built)),
                at: Instant::now(),
            };
        }
        cache
            .built
            .clone()
            .ok_or_else(|| "no snapshot was built".into())
    }

    /// Answers one request and logs it.
    pub fn handle(&self, req: Request) -> Reply {
        let started = Instant::now();
        let reply = self.route(&req);
        eprintln!(
            "{} {} {} {}ms",
            req.method,
            req.path(),
            reply.status,
            started.elapsed().as_millis()
        );
        reply
    }

    /// Lets a request in, or the 401 answer. API keys may stand in for the
    /// edge's signature everywhere but on the routes that change the list.
    fn authenticate(&self, req: &Request, keys_allowed: bool) -> Result<Caller, Reply> {
        let signed = Signed {
            method: &req.method,
            path_and_query: &req.target,
            timestamp: req.header("x-stopgate-timestamp"),
            signature: req.header("x-stopgate-signature"),
            authorization: req.header("authorization"),
            body: &req.body,
        };
        let refuse = |why: Denied| {
            eprintln!("refused {} {}: {why}", req.method, req.path());
            Reply::json(
                401,
                json!({ "error": "unauthorized", "message": why.to_string() }),
            )
            .header("WWW-Authenticate", "Bearer realm=\"stopgate origin\"")
        };
        let at = now();
        let caller = self.cfg.auth.check(&signed, keys_allowed, at).map_err(refuse)?;
        if let Caller::Edge { signature, forget_after } = caller {
            // The process remembered it; the store says whether any origin
            // sharing it (or this one before a restart) already accepted it.
            match lock(&self.db).claim_signature(&signature, forget_after, at) {
                Ok(true) => {}
                Ok(false) => return Err(refuse(Denied::Replayed)),
                Err(e) => return Err(Reply::internal(e.into())),
            }
        }
        Ok(caller)
    }

    fn route(&self, req: &Request) -> Reply {
        let (method, path) = (req.method.as_str(), req.path());
        let allow = match path {
            "/v1/snapshot" | "/v1/snapshot/delta" | "/v1/publickey" | "/v1/health"
            | "/v1/freshness" => "GET, HEAD",
            "/v1/inbound" => "POST",
            "/v1/messages" | "/v1/admin/faults" => "GET, POST",
            p if p.starts_with("/v1/consent/") => "GET, HEAD",
            "/v1/optin" => "POST",
            p if p.starts_with("/v1/optin/") => "GET, HEAD",
            "/v1/preferences" => "POST",
            p if p.starts_with("/v1/channels/") => "GET, HEAD",
            _ => return Reply::error(404, format!("no such endpoint: {path}")),
        };
        let known = match method {
            "GET" | "HEAD" => allow.contains("GET"),
            other => allow.split(", ").any(|m| m == other),
        };
        if !known {
            return Reply::error(405, format!("{method} is not allowed on {path}"))
                .header("Allow", allow);
        }
        if path != "/v1/health" {
            // Only the edge relays replies, asks for opt-in prompts (a text to a
            // stranger), forwards preference choices and logs the sends it screened;
            // everything else also takes an API key (a key reads the send log, it
            // does not write it).
            let keys_allowed = path != "/v1/inbound"
                && path != "/v1/optin"
                && path != "/v1/preferences"
                && !(method == "POST" && path == "/v1/messages");
            if let Err(reply) = self.authenticate(req, keys_allowed) {
                return reply;
            }
        }
        let result = match (method, path) {
            (_, "/v1/snapshot") => self.get_snapshot(req),
            (_, "/v1/snapshot/delta") => self.get_delta(&req.target),
            (_, "/v1/freshness") => self.get_freshness(),
            (_, "/v1/publickey") => Ok(Reply::bytes(
                200,
                "text/plain; charset=utf-8",
                self.public_hex.clone().into_bytes(),
            )),
            ("POST", "/v1/inbound") => self.post_inbound(req),
            ("POST", "/v1/messages") => self.post_message(req),
            (_, "/v1/messages") => self.get_messages(&req.target),
            (_, "/v1/health") => self.health(),
            (_, p) if p.starts_with("/v1/consent/") => self.get_consent(req),
            ("POST", "/v1/optin") => optin::post(&mut **lock(&self.db), &self.cfg.optin, &self.cfg.region, &req.body, now())
                .map(Reply::from),
            (_, p) if p.starts_with("/v1/optin/") => optin::get(&mut **lock(&self.db), p, now()).map(Reply::from),
            ("POST", "/v1/preferences") => self.preferences(req),
            (_, p) if p.starts_with("/v1/channels/") => self.preferences(req),
            (_, _) => self.faults(method, req),
        };
        result.unwrap_or_else(Reply::internal)
    }

    /// A freshness statement (contract C2) signed now: the current sequence and
    /// digest, `issued_at` = now. Under the fault switch it lies as the fault
    /// does: a stale origin states its frozen snapshot at its old time, a
    /// wrong-key origin signs with the other key, a corrupt one flips a byte.
    fn freshness(&self, fault: &Fault) -> Result<Vec<u8>, CliError> {
        let (statement, key) = match fault {
            Fault::Stale(frozen) => (
                Freshness {
                    sequence: frozen.sequence,
                    issued_at: frozen.created_at,
                    digest: frozen.digest,
                },
                &self.cfg.key,
            ),
            other => {
                let (sequence, digest) = lock(&self.db).state()?;
                let statement = Freshness {
                    sequence,
                    issued_at: now(),
                    digest,
                };
                match other {
                    Fault::WrongKey(k) => (statement, k),
                    _ => (statement, &self.cfg.key),
                }
            }
        };
        let bytes = statement.sign(key)?.to_vec();
        Ok(if matches!(fault, Fault::Corrupt) {
            corrupt(bytes)
        } else {
            bytes
        })
    }

    /// Adds the `x-stopgate-freshness` header (base64url, no padding).
    fn fresh(&self, reply: Reply, fault: &Fault) -> Result<Reply, CliError> {
        let statement = self.freshness(fault)?;
        Ok(reply.header("x-stopgate-freshness", URL_SAFE_NO_PAD.encode(statement)))
    }

    fn get_freshness(&self) -> Result<Reply, CliError> {
        let fault = lock(&self.fault).clone();
        let statement = self.freshness(&fault)?;
        let header = URL_SAFE_NO_PAD.encode(&statement);
        Ok(Reply::bytes(200, "application/octet-stream", statement)
            .header("Cache-Control", "no-store")
            .header("x-stopgate-freshness", header))
    }

    fn get_snapshot(&self, req: &Request) -> Result<Reply, CliError> {
        let fault = lock(&self.fault).clone();
        let (built, suffix, bytes) = match fault.clone() {
            Fault::Ok => {
                let b = self.snapshot()?;
                let bytes = b.bytes.clone();
                (b, "", bytes)
            }
            Fault::Corrupt => {
                let b = self.snapshot()?;
                let bytes = corrupt(b.bytes.clone());
                (b, "-corrupt", bytes)
            }
            Fault::WrongKey(other) => {
                let b = Arc::new(publish::full(
                    &mut **lock(&self.reader),
                    &other,
                    &self.cfg.region,
                    now(),
                )?);
                let bytes = b.bytes.clone();
                (b, "-wrong-key", bytes)
            }
            Fault::Stale(frozen) => {
                let bytes = frozen.bytes.clone();
                (frozen, "", bytes)
            }
        };
        // A byte-different body must not share an ETag with the good one.
        let etag = format!("\"{}{suffix}\"", built.sequence);
        let reply = if req
            .header("If-None-Match")
            .is_some_and(|h| etag_matches(h, &etag))
        {
            Reply::bytes(304, "application/octet-stream", Vec::new())
        } else {
            Reply::bytes(200, "application/octet-stream", bytes)
        };
        let reply = reply
            .header("ETag", etag)
            .header("X-Stopgate-Sequence", built.sequence)
            .header("X-Stopgate-Created-At", built.created_at)
            .header("X-Stopgate-Digest", built.digest.to_hex())
            .header("Cache-Control", "no-cache");
        self.fresh(reply, &fault)
    }

    fn get_delta(&self, url: &str) -> Result<Reply, CliError> {
        let since = match query_param(url, "since") {
            None | Some("") => {
                return Ok(Reply::field_error(
                    "since",
                    "missing query parameter `since`",
                ))
            }
            Some(s) => match s.parse::<u64>() {
                Ok(n) => n,
                Err(_) => {
                    return Ok(Reply::field_error(
                        "since",
                        format!("`since` must be a sequence number, got {s:?}"),
                    ))
                }
            },
        };
        let fault = lock(&self.fault).clone();
        let key = match &fault {
            Fault::Stale(frozen) => {
                let reply = Reply::bytes(204, "application/octet-stream", Vec::new())
                    .header("X-Stopgate-Sequence", frozen.sequence);
                return self.fresh(reply, &fault);
            }
            Fault::WrongKey(other) => other,
            Fault::Ok | Fault::Corrupt => &self.cfg.key,
        };
        let answer = publish::delta(&mut **lock(&self.reader), since, key, now())?;
        let reply = match answer {
            DeltaAnswer::Current(seq) => {
                Reply::bytes(204, "application/octet-stream", Vec::new()).header("X-Stopgate-Sequence", seq)
            }
            DeltaAnswer::Ahead(seq) => Reply::json(
                409,
                json!({ "error": format!("sequence {since} is ahead of this origin, which is at {seq}"), "sequence": seq }),
            )
            .header("X-Stopgate-Sequence", seq),
            DeltaAnswer::Gone { floor, current } => Reply::json(
                410,
                json!({
                    "error": format!("sequence {since} is older than the oldest kept ({floor}); fetch /v1/snapshot"),
                    "oldest": floor,
                    "sequence": current,
                }),
            )
            .header("X-Stopgate-Sequence", current),
            DeltaAnswer::Delta { from, to, bytes, .. } => {
                let bytes = if matches!(fault, Fault::Corrupt) { corrupt(bytes) } else { bytes };
                Reply::bytes(200, "application/octet-stream", bytes)
                    .header("X-Stopgate-Sequence", to)
                    .header("X-Stopgate-Base-Sequence", from)
                    .header("Cache-Control", "no-cache")
            }
        };
        // On every answer, 409 and 410 included: the edge learns where the origin is.
        self.fresh(reply, &fault)
    }

    fn post_inbound(&self, req: &Request) -> Result<Reply, CliError> {
        let map = match body_text(req).and_then(parse_json) {
            Ok(m) => m,
            Err(reply) => return Ok(reply),
        };
        let checked = (|| {
            let message_id = required_str(&map, "messageId", "messageId")?;
            if message_id.len() > 256 {
                return Err(Reply::field_error(
                    "messageId",
                    "`messageId` is longer than 256 bytes",
                ));
            }
            let from = required_str(&map, "from", "from")?;
            for optional in ["to", "provider"] {
                if !matches!(
                    map.get(optional),
                    None | Some(Value::Null | Value::String(_))
                ) {
                    return Err(Reply::field_error(
                        optional,
                        format!("`{optional}` must be a string"),
                    ));
                }
            }
            let number = phone::parse(from, &self.cfg.region).map_err(|e| {
                Reply::field_error("from", format!("`from` is not a phone number: {e}"))
            })?;
            // The sender's own number (or short code) the reply was sent to.
            let to = match map.get("to").and_then(Value::as_str).map(str::trim) {
                None | Some("") => None,
                Some(t) if t.len() > 32 => {
                    return Err(Reply::field_error(
                        "to",
                        "`to` is longer than 32 characters",
                    ))
                }
                Some(t) => Some(
                    phone::parse(t, &self.cfg.region).map_or_else(|_| t.to_string(), |n| n.e164()),
                ),
            };
            let hint = check_hint(&map)?;
            let body = match map.get("body") {
                Some(Value::String(b)) => b.as_str(),
                None | Some(Value::Null) => {
                    return Err(Reply::field_error(
                        "body",
                        "missing field `body` (the reply's text)",
                    ))
                }
                Some(_) => return Err(Reply::field_error("body", "`body` must be a string")),
            };
            let provider = map
                .get("provider")
                .and_then(Value::as_str)
                .map(str::to_string);
            Ok((
                message_id.to_string(),
                number,
                to,
                hint,
                body.to_string(),
                provider,
            ))
        })();
        let (message_id, number, to, hint, body, provider) = match checked {
            Ok(v) => v,
            Err(reply) => return Ok(reply),
        };
        // The edge's verdict is a hint: the origin reads the text itself, with the
        // deployment's programs (C8).
        let programs = super::programs::get();
        let verdict = classify_with(&body, &ClassifyOptions { programs });
        // What the reply does is the core's consent rule (contract C6), as at the edge.
        let policy = ConsentPolicy {
            yes_lifts: self.cfg.yes_lifts,
            revoke_all: self.cfg.revoke_all,
        };
        let decision = decide(&(&verdict).into(), &policy);
        let at = now();
        // Revoke-all (C9): a narrower opt-out is applied as `all`, the requested scope kept.
        let (effect, requested) = match decision.effect {
            Effect::Suppress(asked) => {
                let r = revocation(asked, &policy, at);
                (Effect::Suppress(r.applied), r.revoke_all.then_some(asked))
            }
            other => (other, None),
        };
        // A reply to the clarifying question narrows the `all` opt-out (once: the store checks).
        let narrow = {
            let mut db = lock(&self.db);
            match db.clarification(number.as_u64())? {
                Some(c) if c.narrowed_at.is_none() => {
                    let current = db.current(number.as_u64())?;
                    narrowing(&body, verdict.intent, Some(c.at), current, at, programs).map(|n| n.scope)
                }
                _ => None,
            }
        };
        let intent = verdict.intent.as_str();
        let text = |s: Option<Scope>| s.map_or_else(|| "-".to_string(), |s| programs.scope_text(s));
        if hint.0 != intent || hint.1 != verdict.scope {
            eprintln!(
                "inbound {message_id}: the edge said {} ({}), the origin reads {intent} ({}); recording the origin's",
                hint.0,
                text(hint.1),
                text(verdict.scope),
            );
        }
        let op = match effect {
            Effect::Suppress(scope) => Some(Op::Add(scope)),
            Effect::Lift(LiftScope::All) => Some(Op::Remove),
            Effect::Lift(LiftScope::Transactional) => Some(Op::LiftTransactional),
            Effect::Lift(LiftScope::Program(lifted)) => Some(Op::LiftPrograms(lifted)),
            Effect::Nothing => None,
        };
        // The one place a YES has power: the answer to a double opt-in prompt (contract C10).
        let optin_outcome = optin::on_reply(
            &mut **lock(&self.db),
            &verdict,
            &super::store::OptinReply {
                message_id: &message_id,
                number: number.as_u64(),
                to: to.as_deref(),
                text: &body,
                rule: verdict.rule,
                confidence: verdict.confidence,
                at: now(),
                code: None,
            },
        )?;
        let op = if optin::confirmed(&optin_outcome) { None } else { op };
        let record = Inbound {
            message_id: &message_id,
            number: number.as_u64(),
            to: to.as_deref(),
            intent,
            scope: verdict.scope,
            keyword: verdict.keyword.as_deref(),
            rule: verdict.rule,
            effect: effect.as_str(),
            hint_intent: &hint.0,
            provider: provider.as_deref(),
            op,
            text: &body,
            confidence: verdict.confidence,
            program: verdict.program.as_deref(),
            requested,
            narrow,
        };
        let outcome = lock(&self.db).inbound(&record, at)?;
        let narrowed = outcome.effect.as_deref() == Some("narrow") && !outcome.duplicate;
        let lifted = optin::lifted(&mut **lock(&self.db), &optin_outcome)?;
        let mut answer = json!({
                "recorded": outcome.recorded,
                "duplicate": outcome.duplicate,
                "sequence": outcome.sequence,
                "e164": number.e164(),
                "intent": outcome.intent,
                "scope": outcome.scope.map(|s| programs.scope_text(s)),
                "effect": outcome.effect,
                "effectScope": match (outcome.duplicate, narrowed, effect) {
                    (true, _, _) => None,
                    (false, true, _) => narrow.map(|s| programs.scope_text(s)),
                    (false, false, Effect::Suppress(s) | Effect::Lift(LiftScope::Program(s))) => Some(programs.scope_text(s)),
                    (false, false, e) => e.scope_str().map(|s| s.into_owned()),
                },
                "reason": if outcome.duplicate { None } else if narrowed { Some("narrow") } else { Some(decision.reason) },
                "program": verdict.program,
                "revokeAll": requested.is_some() && !outcome.duplicate && !narrowed,
                "requestedScope": requested.filter(|_| !outcome.duplicate && !narrowed).map(|s| programs.scope_text(s)),
        });
        optin::patch_answer(&mut answer, &optin_outcome, lifted);
        Ok(Reply::json(200, answer))
    }

    fn post_message(&self, req: &Request) -> Result<Reply, CliError> {
        let decision = req.header("x-stopgate-decision").map(str::to_string);
        let snapshot = req.header("x-stopgate-snapshot").map(str::to_string);
        let body = match body_text(req) {
            Ok(b) => b,
            Err(reply) => return Ok(reply),
        };
        let id =
            lock(&self.db).log_message(now(), decision.as_deref(), snapshot.as_deref(), body)?;
        Ok(Reply::json(202, json!({ "id": id })))
    }

    fn get_messages(&self, url: &str) -> Result<Reply, CliError> {
        let limit = match query_param(url, "limit") {
            None => DEFAULT_LIMIT,
            Some(s) => match s.parse::<u64>() {
                Ok(n) if n <= MAX_LIMIT => n,
                Ok(_) => {
                    return Ok(Reply::field_error(
                        "limit",
                        format!("`limit` must be at most {MAX_LIMIT}"),
                    ))
                }
                Err(_) => {
                    return Ok(Reply::field_error(
                        "limit",
                        format!("`limit` must be a count, got {s:?}"),
                    ))
                }
            },
        };
        let messages = lock(&self.db).messages(limit)?;
        let list: Vec<Value> = messages
            .into_iter()
            .map(|m| {
                // JSON bodies come back as JSON, anything else as the text received.
                let body = serde_json::from_str::<Value>(&m.body).unwrap_or(Value::String(m.body));
                json!({
                    "id": m.id,
                    "receivedAt": m.received_at,
                    "headers": { "x-stopgate-decision": m.decision, "x-stopgate-snapshot": m.snapshot },
                    "body": body,
                })
            })
            .collect();
        Ok(Reply::json(200, Value::Array(list)))
    }

    /// `GET /v1/consent/<e164>?format=json|csv`: the number's consent receipt.
    fn get_consent(&self, req: &Request) -> Result<Reply, CliError> {
        let raw = req.path().trim_start_matches("/v1/consent/");
        // `+` may arrive percent-encoded.
        let raw = prefs::plus_decoded(raw);
        let number = match phone::parse(&raw, &self.cfg.region) {
            Ok(n) => n,
            Err(e) => {
                return Ok(Reply::field_error(
                    "number",
                    format!("not a phone number: {e}"),
                ))
            }
        };
        let format = match query_param(&req.target, "format") {
            None => consent::Format::Json,
            Some(f) => match consent::Format::parse(f) {
                Some(f) => f,
                None => {
                    return Ok(Reply::field_error(
                        "format",
                        format!("`format` must be json or csv, got {f:?}"),
                    ))
                }
            },
        };
        let (records, requests) = {
            let mut db = lock(&self.db);
            (db.consent(number.as_u64())?, db.optin_requests(number.as_u64())?)
        };
        // With the number's opt-in requests (contract C10).
        Ok(match optin::receipt(format, number.as_u64(), &records, &requests, now()) {
            Value::String(csv) => Reply::bytes(200, "text/csv; charset=utf-8", csv.into_bytes()),
            v => Reply::json(200, v),
        }
        .header("Cache-Control", "no-store"))
    }

    /// `POST /v1/preferences` and `GET /v1/channels/<e164>` (issue 16): prefs.rs decides.
    fn preferences(&self, req: &Request) -> Result<Reply, CliError> {
        let (status, value) = if req.method == "POST" {
            prefs::post(&req.body, self.cfg.auth.secret(), &mut **lock(&self.db), now())?
        } else {
            match prefs::number_in_path(req.path(), "/v1/channels/", &self.cfg.region) {
                Ok(number) => prefs::get(&mut **lock(&self.db), number)?,
                Err(answer) => answer,
            }
        };
        Ok(Reply::json(status, value).header("Cache-Control", "no-store"))
    }

    fn health(&self) -> Result<Reply, CliError> {
        let (sequence, entries) = {
            let mut db = lock(&self.db);
            (db.sequence()?, db.count()?)
        };
        let snapshot = lock(&self.cache).built.as_ref().map(|b| b.sequence);
        let fault = lock(&self.fault).name();
        Ok(Reply::json(
            200,
            json!({
                "ok": true,
                "sequence": sequence,
                "entries": entries,
                "snapshotSequence": snapshot,
                "fault": fault,
                "insecure": self.cfg.auth.insecure(),
            }),
        ))
    }

    fn faults(&self, method: &str, req: &Request) -> Result<Reply, CliError> {
        if !self.cfg.allow_faults {
            return Ok(Reply::error(
                403,
                "fault injection is off; start the origin with --allow-faults",
            ));
        }
        if method == "GET" {
            return Ok(Reply::json(
                200,
                json!({ "snapshot": lock(&self.fault).name() }),
            ));
        }
        let map = match body_text(req).and_then(parse_json) {
            Ok(m) => m,
            Err(reply) => return Ok(reply),
        };
        let mode = match required_str(&map, "snapshot", "snapshot") {
            Ok(m) => m,
            Err(reply) => return Ok(reply),
        };
        let fault = match mode {
            "ok" => Fault::Ok,
            "corrupt" => Fault::Corrupt,
            "wrong-key" => {
                let mut seed = [0u8; 32];
                getrandom::fill(&mut seed).map_err(|e| format!("no randomness for a key: {e}"))?;
                Fault::WrongKey(SigningKey::from_seed(seed))
            }
            "stale" => {
                // `ageSeconds` backdates the frozen snapshot so tests need not wait for it to age.
                let frozen = match map.get("ageSeconds") {
                    None | Some(Value::Null) => self.snapshot()?,
                    Some(v) => match v.as_u64() {
                        Some(age) => Arc::new(publish::full(
                            &mut **lock(&self.reader),
                            &self.cfg.key,
                            &self.cfg.region,
                            now().saturating_sub(age),
                        )?),
                        None => {
                            return Ok(Reply::field_error(
                                "ageSeconds",
                                "`ageSeconds` must be a whole number of seconds",
                            ))
                        }
                    },
                };
                Fault::Stale(frozen)
            }
            other => {
                return Ok(Reply::field_error(
                    "snapshot",
                    format!("unknown fault {other:?}: expected ok, corrupt, wrong-key or stale"),
                ))
            }
        };
        eprintln!("fault injection: snapshot = {}", fault.name());
        *lock(&self.fault) = fault;
        Ok(Reply::json(200, json!({ "snapshot": mode })))
    }
}

impl From<optin::Answer> for Reply {
    fn from(a: optin::Answer) -> Reply {
        let reply = Reply::json(a.status, a.body);
        match a.retry_after {
            Some(s) => reply.header("Retry-After", s),
            None => reply,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_and_queries() {
        assert!(etag_matches("\"7\"", "\"7\""));
        assert!(etag_matches("W/\"7\", \"8\"", "\"7\""));
        assert!(etag_matches("*", "\"7\""));
        assert!(!etag_matches("\"7-corrupt\"", "\"7\""));
        assert_eq!(
            query_param("/v1/snapshot/delta?since=12", "since"),
            Some("12")
        );
        assert_eq!(query_param("/x?a=1&since=", "since"), Some(""));
        assert_eq!(query_param("/x?a=1", "since"), None);
        assert_eq!(corrupt(vec![0, 0, 0]), vec![0, 0x5A, 0]);
    }
}
