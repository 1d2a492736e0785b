//! The origin's HTTP side: the endpoints of the Origin section of
//! `docs/interfaces.md`, the cached full snapshot, and the fault switch the
//! edge's end-to-end tests use to play a bad origin.
//!
//! Every answer is built as a [`Reply`] first, so no handler writes to the
//! socket itself, and every error is JSON `{ "error", "field"? }`.

use super::db::{Op, Store};
use super::publish::{self, Built, DeltaAnswer};
use super::{lock, now, CliError};
use serde_json::{json, Value};
use std::io::Read;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use stopgate::snapshot::{SigningKey, Snapshot};
use stopgate::{phone, Scope};
use tiny_http::{Header, Request, Response};

/// Request bodies above this are refused with 413.
pub const MAX_BODY: usize = 64 * 1024;

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
}

/// The running origin, shared by the worker threads.
pub struct Origin {
    cfg: Config,
    public_hex: String,
    /// Writes, and the small reads answering requests.
    db: Mutex<Store>,
    /// Whole-list reads for snapshot and delta builds, so they do not hold up writes.
    reader: Mutex<Store>,
    cache: Mutex<Cache>,
    fault: Mutex<Fault>,
}

/// An answer, before it goes on the wire.
pub struct Reply {
    status: u16,
    content_type: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
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

    fn error(status: u16, message: impl Into<String>) -> Reply {
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

fn header_value<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str())
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

fn read_body(req: &mut Request) -> Result<String, Reply> {
    let too_large = || {
        Reply::error(
            413,
            format!("request body is larger than {} kB", MAX_BODY / 1024),
        )
    };
    if req.body_length().is_some_and(|n| n > MAX_BODY) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    req.as_reader()
        .take(MAX_BODY as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|e| Reply::error(400, format!("cannot read the request body: {e}")))?;
    if body.len() > MAX_BODY {
        return Err(too_large());
    }
    String::from_utf8(body).map_err(|_| Reply::field_error("body", "request body is not UTF-8"))
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
    pub fn start(cfg: Config) -> Result<Origin, CliError> {
        let public_hex = cfg.key.verifying_key().to_hex();
        let origin = Origin {
            db: Mutex::new(Store::open(&cfg.data)?),
            reader: Mutex::new(Store::open(&cfg.data)?),
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
        let sequence = lock(&self.db).sequence()?;
        let Ok(snap) =
            Snapshot::from_bytes_verified(bytes.as_slice(), &self.cfg.key.verifying_key())
        else {
            return Ok(None);
        };
        if snap.sequence() != sequence || snap.region() != self.cfg.region {
            return Ok(None);
        }
        let (created_at, entries) = (snap.created_at(), snap.len());
        Ok(Some(Built {
            sequence,
            created_at,
            entries,
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
                &mut lock(&self.reader),
                &self.cfg.key,
                &self.cfg.region,
                now(),
            )?;
            if let Err(e) = publish::write_atomic(&self.cfg.data.join("snapshot.sgs"), &built.bytes)
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
        cache.built.clone().ok_or_else(|| "no snapshot was built".into())
    }

    /// Answers one request and logs it.
    pub fn handle(&self, mut req: Request) {
        let started = Instant::now();
        let method = req.method().as_str().to_ascii_uppercase();
        let url = req.url().to_string();
        let path = url.split('?').next().unwrap_or("").to_string();
        let reply = self.route(&method, &path, &url, &mut req);
        let status = reply.status;
        let mut response = Response::from_data(reply.body)
            .with_status_code(status)
            .with_chunked_threshold(usize::MAX);
        let mut headers = vec![("Content-Type", reply.content_type.to_string())];
        headers.extend(reply.headers);
        for (name, value) in headers {
            if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(h);
            }
        }
        let sent = req.respond(response);
        eprintln!(
            "{method} {path} {status} {}ms{}",
            started.elapsed().as_millis(),
            sent.err()
                .map(|e| format!(" (not sent: {e})"))
                .unwrap_or_default()
        );
    }

    fn route(&self, method: &str, path: &str, url: &str, req: &mut Request) -> Reply {
        let result = match (method, path) {
            ("GET" | "HEAD", "/v1/snapshot") => self.get_snapshot(req),
            ("GET" | "HEAD", "/v1/snapshot/delta") => self.get_delta(url),
            ("GET" | "HEAD", "/v1/publickey") => Ok(Reply::bytes(
                200,
                "text/plain; charset=utf-8",
                self.public_hex.clone().into_bytes(),
            )),
            ("POST", "/v1/inbound") => self.post_inbound(req),
            ("POST", "/v1/messages") => self.post_message(req),
            ("GET" | "HEAD", "/v1/messages") => self.get_messages(url),
            ("GET" | "HEAD", "/v1/health") => self.health(),
            ("POST" | "GET", "/v1/admin/faults") => self.faults(method, req),
            (_, "/v1/snapshot" | "/v1/snapshot/delta" | "/v1/publickey" | "/v1/health") => {
                return Reply::error(405, format!("{method} is not allowed on {path}"))
                    .header("Allow", "GET, HEAD")
            }
            (_, "/v1/inbound") => {
                return Reply::error(405, format!("{method} is not allowed on {path}"))
                    .header("Allow", "POST")
            }
            (_, "/v1/messages" | "/v1/admin/faults") => {
                return Reply::error(405, format!("{method} is not allowed on {path}"))
                    .header("Allow", "GET, POST")
            }
            _ => return Reply::error(404, format!("no such endpoint: {path}")),
        };
        result.unwrap_or_else(Reply::internal)
    }

    fn get_snapshot(&self, req: &Request) -> Result<Reply, CliError> {
        let fault = lock(&self.fault).clone();
        let (built, suffix, bytes) = match fault {
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
                    &mut lock(&self.reader),
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
        let reply = if header_value(req, "If-None-Match").is_some_and(|h| etag_matches(h, &etag)) {
            Reply::bytes(304, "application/octet-stream", Vec::new())
        } else {
            Reply::bytes(200, "application/octet-stream", bytes)
        };
        Ok(reply
            .header("ETag", etag)
            .header("X-Stopgate-Sequence", built.sequence)
            .header("X-Stopgate-Created-At", built.created_at)
            .header("Cache-Control", "no-cache"))
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
                return Ok(Reply::bytes(204, "application/octet-stream", Vec::new())
                    .header("X-Stopgate-Sequence", frozen.sequence))
            }
            Fault::WrongKey(other) => other,
            Fault::Ok | Fault::Corrupt => &self.cfg.key,
        };
        let answer = publish::delta(&mut lock(&self.reader), since, key, now())?;
        Ok(match answer {
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
        })
    }

    fn post_inbound(&self, req: &mut Request) -> Result<Reply, CliError> {
        let map = match read_body(req).and_then(|b| parse_json(&b)) {
            Ok(m) => m,
            Err(reply) => return Ok(reply),
        };
        let checked = (|| {
            let message_id = required_str(&map, "messageId", "messageId")?;
            let from = required_str(&map, "from", "from")?;
            for optional in ["to", "body"] {
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
            let scope = match class.get("scope") {
                None | Some(Value::Null) => Scope::All,
                Some(Value::String(s)) => s
                    .parse::<Scope>()
                    .map_err(|e| Reply::field_error("classification.scope", e.to_string()))?,
                Some(_) => {
                    return Err(Reply::field_error(
                        "classification.scope",
                        "`classification.scope` must be a string or null",
                    ))
                }
            };
            let op = match intent {
                "opt_out" => Some(Op::Add(scope)),
                "opt_in" => Some(Op::Remove),
                "help" | "none" => None,
                other => {
                    return Err(Reply::field_error(
                        "classification.intent",
                        format!("unknown intent {other:?}: expected opt_out, opt_in, help or none"),
                    ))
                }
            };
            Ok((message_id.to_string(), number, intent.to_string(), op))
        })();
        let (message_id, number, intent, op) = match checked {
            Ok(v) => v,
            Err(reply) => return Ok(reply),
        };
        let outcome = lock(&self.db).inbound(&message_id, number.as_u64(), &intent, op, now())?;
        Ok(Reply::json(
            200,
            json!({
                "recorded": outcome.recorded,
                "sequence": outcome.sequence,
                "duplicate": outcome.duplicate,
                "e164": number.e164(),
                "intent": intent,
            }),
        ))
    }

    fn post_message(&self, req: &mut Request) -> Result<Reply, CliError> {
        let decision = header_value(req, "x-stopgate-decision").map(str::to_string);
        let snapshot = header_value(req, "x-stopgate-snapshot").map(str::to_string);
        let body = match read_body(req) {
            Ok(b) => b,
            Err(reply) => return Ok(reply),
        };
        let id =
            lock(&self.db).log_message(now(), decision.as_deref(), snapshot.as_deref(), &body)?;
        Ok(Reply::json(202, json!({ "id": id })))
    }

    fn get_messages(&self, url: &str) -> Result<Reply, CliError> {
        let limit = match query_param(url, "limit") {
            None => 1000,
            Some(s) => match s.parse::<u64>() {
                Ok(n) => n,
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

    fn health(&self) -> Result<Reply, CliError> {
        let (sequence, entries) = {
            let db = lock(&self.db);
            (db.sequence()?, db.count()?)
        };
        let snapshot = lock(&self.cache).built.as_ref().map(|b| b.sequence);
        let fault = lock(&self.fault).name();
        Ok(Reply::json(
            200,
            json!({ "ok": true, "sequence": sequence, "entries": entries, "snapshotSequence": snapshot, "fault": fault }),
        ))
    }

    fn faults(&self, method: &str, req: &mut Request) -> Result<Reply, CliError> {
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
        let map = match read_body(req).and_then(|b| parse_json(&b)) {
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
                            &mut lock(&self.reader),
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
