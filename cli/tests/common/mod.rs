//! What the origin's integration tests share: a temporary folder, a running
//! `stopgate serve` spoken to in plain HTTP/1.1 with requests signed as the
//! edge signs them (contract C4), and the checks of its answers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use stopgate::snapshot::{Delta, Snapshot, VerifyingKey};

pub const BIN: &str = env!("CARGO_BIN_EXE_stopgate");
pub const SEED: u64 = 300;
pub const DEMO_ALL: u64 = 14155550100;
pub const DEMO_MARKETING: u64 = 14155550101;
pub const DEMO_ALL_2: u64 = 14155550102;
pub const NOT_OPTED_OUT: u64 = 14155550199;
/// The edge↔origin secret the test origins run with.
pub const SECRET: &str = "test-origin-secret-0123456789abcdef";

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// `v1=<hex HMAC-SHA256(secret, ts "\n" METHOD "\n" path "\n" body)>`.
pub fn signature(secret: &str, ts: u64, method: &str, path: &str, body: &[u8]) -> String {
    use hmac::Mac;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{ts}\n{method}\n{path}\n").as_bytes());
    mac.update(body);
    let tag = mac.finalize().into_bytes();
    let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!("v1={hex}")
}

/// A temporary folder, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("stopgate-serve-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A running origin, killed on drop (also when a test fails).
pub struct Origin {
    pub child: Child,
    pub addr: String,
    pub public_key: String,
    pub first_sequence: u64,
}

impl Origin {
    /// Sends SIGTERM (and does not wait).
    pub fn sigterm(&self) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// Sends SIGTERM and waits for the process to end.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        self.sigterm();
        self.child.wait().unwrap()
    }
}

impl Drop for Origin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn spawn(data: &Path, extra: &[&str]) -> Origin {
    spawn_on(data, extra, None)
}

/// A deployment's programs (contract C8): one transactional, one marketing.
pub const PROGRAMS: &str = r#"[
  {"id":"alerts","bit":1,"name":"Account alerts","kind":"transactional","words":["alerts","alert","account alerts"]},
  {"id":"promos","bit":2,"name":"Promotions","kind":"marketing","words":["promos","promo","deals","offers"]}
]"#;

/// An origin in `dir`/data with [`PROGRAMS`] (`--programs`) and `--revoke-all revoke_all`.
pub fn spawn_with_programs(dir: &TempDir, revoke_all: &str) -> Origin {
    spawn_with_programs_and(dir, revoke_all, &[])
}

/// [`spawn_with_programs`] with more flags (`--database URL`).
pub fn spawn_with_programs_and(dir: &TempDir, revoke_all: &str, extra: &[&str]) -> Origin {
    let file = dir.0.join("programs.json");
    std::fs::write(&file, PROGRAMS).unwrap();
    let mut args = vec!["--programs", file.to_str().unwrap(), "--revoke-all", revoke_all];
    args.extend_from_slice(extra);
    spawn(&dir.0.join("data"), &args)
}

/// Starts an origin on a free port, or on `env_port` given through
/// `STOPGATE_ORIGIN_PORT` instead of `--listen`.
pub fn spawn_on(data: &Path, extra: &[&str], env_port: Option<u16>) -> Origin {
    let seed = SEED.to_string();
    let mut args = vec![
        "--snapshot-interval",
        "0",
        "--threads",
        "2",
        "--seed-count",
        &seed,
    ];
    args.extend_from_slice(extra);
    launch(data, &args, env_port)
}

/// Starts `stopgate serve --data DATA ARGS...` (with the test secret unless
/// the arguments say otherwise) and reads its greeting.
pub fn launch(data: &Path, extra: &[&str], env_port: Option<u16>) -> Origin {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data.with_extension("log"))
        .unwrap();
    let mut command = Command::new(BIN);
    command.arg("serve").env_remove("STOPGATE_DATABASE");
    if extra.contains(&"--insecure-no-auth") || extra.contains(&"--origin-secret-file") {
        command.env_remove("STOPGATE_ORIGIN_SECRET");
    } else {
        command.env("STOPGATE_ORIGIN_SECRET", SECRET);
    }
    match env_port {
        Some(port) => command.env("STOPGATE_ORIGIN_PORT", port.to_string()),
        None => command
            .env_remove("STOPGATE_ORIGIN_PORT")
            .args(["--listen", "127.0.0.1:0"]),
    };
    let mut child = command
        .arg("--data")
        .arg(data)
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("start stopgate serve");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let mut origin = Origin {
        child,
        addr: String::new(),
        public_key: String::new(),
        first_sequence: 0,
    };
    // An import of a million numbers comes before the greeting.
    let line = rx
        .recv_timeout(Duration::from_secs(600))
        .unwrap_or_default();
    let hello: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|_| {
        let log = std::fs::read_to_string(data.with_extension("log")).unwrap_or_default();
        panic!("no greeting line from the origin (got {line:?}); its log:\n{log}")
    });
    origin.addr = hello["listening"].as_str().unwrap().to_string();
    origin.public_key = hello["publicKey"].as_str().unwrap().to_string();
    origin.first_sequence = hello["sequence"].as_u64().unwrap();
    origin
}

/// The path with a fresh nonce, and the signature headers for it.
pub fn sign_request(
    method: &str,
    path: &str,
    body: &[u8],
) -> (String, [(&'static str, String); 2]) {
    static NONCE: AtomicUsize = AtomicUsize::new(0);
    let nonce = NONCE.fetch_add(1, Ordering::Relaxed);
    let sep = if path.contains('?') { '&' } else { '?' };
    let path = format!("{path}{sep}nonce={}-{nonce}", std::process::id());
    let ts = unix_now();
    let sig = signature(SECRET, ts, method, &path, body);
    (
        path,
        [
            ("x-stopgate-timestamp", ts.to_string()),
            ("x-stopgate-signature", sig),
        ],
    )
}

/// One request on a fresh connection, read to the end.
pub fn exchange(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Resp, String> {
    let mut stream = TcpStream::connect(addr).map_err(|e| format!("connect {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream
        .write_all(head.as_bytes())
        .map_err(|e| format!("write: {e}"))?;
    // A refused body may be cut short by the server; what it answered still counts.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| {
            format!(
                "no complete HTTP head in {:?}",
                String::from_utf8_lossy(&raw)
            )
        })?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status in {head:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if let Some(len) = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
    {
        if body.len() < len {
            return Err(format!("body cut short: {} of {len} bytes", body.len()));
        }
        body.truncate(len);
    }
    Ok(Resp {
        status,
        headers,
        body,
    })
}

pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {:?}", String::from_utf8_lossy(&self.body)))
    }
}

impl Origin {
    /// A request signed with the test secret, as the edge sends it: with a
    /// `nonce` in the query, so two identical requests in one second are
    /// not taken for a replay.
    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
        let (path, signed) = sign_request(method, path, body);
        let mut all: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all.extend_from_slice(headers);
        self.raw(method, &path, &all, body)
    }

    /// A request with exactly these headers.
    pub fn raw(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
        exchange(&self.addr, method, path, headers, body).unwrap_or_else(|e| panic!("{e}"))
    }

    /// [`Origin::request`], or `None` when the connection is refused or cut
    /// before a whole answer arrives (an origin shutting down).
    pub fn try_request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Option<Resp> {
        let (path, signed) = sign_request(method, path, body);
        let mut all: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all.extend_from_slice(headers);
        exchange(&self.addr, method, &path, &all, body).ok()
    }

    pub fn get(&self, path: &str) -> Resp {
        self.request("GET", path, &[], b"")
    }

    pub fn post_json(&self, path: &str, body: &serde_json::Value) -> Resp {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }

    pub fn key(&self) -> VerifyingKey {
        VerifyingKey::from_hex(&self.public_key).unwrap()
    }

    pub fn snapshot(&self) -> Snapshot<Vec<u8>> {
        let r = self.get("/v1/snapshot");
        assert_eq!(r.status, 200);
        let snap = Snapshot::from_bytes_verified(r.body, &self.key()).expect("snapshot verifies");
        assert_eq!(
            r.headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("x-stopgate-sequence"))
                .unwrap()
                .1,
            snap.sequence().to_string()
        );
        snap
    }

    pub fn sequence(&self) -> u64 {
        self.get("/v1/health").json()["sequence"].as_u64().unwrap()
    }

    /// Posts a reply whose text says `intent` (the origin reads the text,
    /// the classification sent beside it is only a hint).
    pub fn inbound(
        &self,
        id: &str,
        from: &str,
        intent: &str,
        scope: Option<&str>,
    ) -> serde_json::Value {
        let body = match (intent, scope) {
            ("opt_out", Some("marketing")) => "stop the promos",
            ("opt_out", _) => "STOP",
            ("opt_in", _) => "START",
            ("help", _) => "HELP",
            _ => "see you at five",
        };
        self.reply(id, from, body, intent, scope)
    }

    /// Posts a reply with this text and this (hint) classification.
    pub fn reply(
        &self,
        id: &str,
        from: &str,
        body: &str,
        intent: &str,
        scope: Option<&str>,
    ) -> serde_json::Value {
        let r = self.post_json(
            "/v1/inbound",
            &serde_json::json!({
                "messageId": id, "from": from, "to": "+14155550000", "body": body,
                "receivedAt": unix_now() * 1000, "provider": "twilio",
                "classification": { "intent": intent, "scope": scope, "keyword": "stop" },
            }),
        );
        assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
        r.json()
    }

    /// Fetches the delta since `snap`'s sequence and applies it.
    pub fn catch_up(&self, snap: &mut Snapshot<Vec<u8>>) {
        let r = self.get(&format!("/v1/snapshot/delta?since={}", snap.sequence()));
        assert_eq!(r.status, 200, "{:?}", String::from_utf8_lossy(&r.body));
        let delta = Delta::from_bytes(&r.body, Some(&self.key())).expect("delta verifies");
        assert_eq!(delta.base_sequence(), snap.sequence());
        assert_eq!(
            r.header("x-stopgate-sequence"),
            Some(delta.sequence().to_string().as_str())
        );
        snap.apply_delta(&delta).unwrap();
    }
}

pub fn field_of(r: &Resp) -> String {
    assert_eq!(r.status, 400, "{:?}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()));
    v["field"].as_str().unwrap_or("").to_string()
}

pub fn unauthorized(r: &Resp) -> String {
    assert_eq!(r.status, 401, "{:?}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(v["error"], "unauthorized");
    v["message"].as_str().unwrap().to_string()
}

/// The verified statement in a response's `x-stopgate-freshness` header.
pub fn freshness_of(o: &Origin, r: &Resp) -> stopgate::snapshot::Freshness {
    use base64::Engine as _;
    let header = r
        .header("x-stopgate-freshness")
        .unwrap_or_else(|| panic!("no x-stopgate-freshness on a {} answer", r.status));
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .expect("base64url without padding");
    stopgate::snapshot::Freshness::from_bytes_verified(&bytes, &o.key())
        .expect("freshness verifies")
}
