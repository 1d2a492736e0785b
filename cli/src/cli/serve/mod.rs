//! `stopgate serve` and `stopgate publish`: the origin side of snapshot
//! distribution.
//!
//! `serve` keeps the opt-out list in SQLite ([`db`]), records opt-outs and
//! opt-ins the edge reports, and serves the signed full snapshot and deltas
//! ([`http`]); it also plays the demo's send backend. `publish` writes the
//! same signed files to a folder once, for static hosting ([`publish`]).
//!
//! Authentication ([`auth`], contract C4): every route but `/v1/health` takes
//! the edge's HMAC signature (or, except `POST /v1/inbound`, an API key);
//! without a secret the origin does not start unless `--insecure-no-auth`.
//!
//! Shutdown: there is no signal handler. SIGINT/SIGTERM end the process;
//! every change was committed (WAL, `synchronous=FULL`) before it was
//! acknowledged, so nothing acknowledged is lost and SQLite recovers the WAL
//! on the next start. A request in flight at that moment gets a closed
//! connection, which the edge treats like any network error.

mod auth;
mod consent;
mod db;
mod http;
mod import;
mod publish;

use super::CliError;
use db::{Op, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use stopgate::snapshot::SigningKey;

/// Default address when neither `--listen` nor `STOPGATE_ORIGIN_PORT` is given.
const DEFAULT_PORT: u16 = 8788;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Folder for the database, the signing key (when generated) and the latest snapshot.
    #[arg(long, value_name = "DIR", default_value = ".stopgate-data")]
    data: PathBuf,
    /// Address to listen on; port 0 picks a free port (the first stdout line says which)
    /// [default: 127.0.0.1:8788, or 127.0.0.1:$STOPGATE_ORIGIN_PORT]
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// Signing key file (hex seed, as `stopgate keygen` writes); default: DIR/signing.key,
    /// generated on first start.
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    /// Also write the public key (hex) to this file.
    #[arg(long, value_name = "FILE")]
    public_key_out: Option<PathBuf>,
    /// Import opt-outs from a CSV (header with `phone`, optional `scope`, `opted_out_at`)
    /// or JSON-lines file before serving.
    #[arg(long, value_name = "FILE")]
    import: Option<PathBuf>,
    /// Region for national numbers (imports, inbound `from`); also the snapshots' region label.
    #[arg(long, default_value = "US")]
    region: String,
    /// How many generated US numbers a new database starts with (plus the demo numbers).
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    seed_count: u64,
    /// Minimum seconds between rebuilds of the full snapshot; deltas cover the gap.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    snapshot_interval: u64,
    /// When the list has not changed for this many seconds, move to the next sequence anyway
    /// (an empty change), so edges polling for deltas get a freshly signed `created_at` and
    /// can tell a quiet list from a stuck origin; 0 turns it off.
    #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
    heartbeat: u64,
    /// Rebuild the full snapshot at once when it is this many sequences behind.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    rebuild_after: u64,
    /// Enable `POST /v1/admin/faults` (for end-to-end tests of a misbehaving origin).
    #[arg(long)]
    allow_faults: bool,
    /// Worker threads answering requests.
    #[arg(long, value_name = "N", default_value_t = 4)]
    threads: usize,
    /// File holding the secret the edge signs its requests with (contract C4)
    /// [default: the environment variable STOPGATE_ORIGIN_SECRET].
    #[arg(long, value_name = "FILE")]
    origin_secret_file: Option<PathBuf>,
    /// File of API keys, one a line (`#` comments), accepted as `Authorization: Bearer KEY`
    /// on every route but POST /v1/inbound; may be given more than once.
    #[arg(long, value_name = "FILE")]
    api_key_file: Vec<PathBuf>,
    /// Run with no authentication at all (local experiments only; loudly logged, and
    /// /v1/health says `"insecure": true`).
    #[arg(long)]
    insecure_no_auth: bool,
    /// Let a bare YES (and other opt-in words that also answer ordinary questions) lift an
    /// opt-out. Off by default: consent after a revocation must be express.
    #[arg(long)]
    yes_lifts: bool,
}

#[derive(clap::Args)]
pub struct PublishArgs {
    /// The data folder `stopgate serve` uses.
    #[arg(long, value_name = "DIR", default_value = ".stopgate-data")]
    data: PathBuf,
    /// Folder to write snapshot.sgs, snapshot-<seq>.sgs, delta-<from>-<to>.sgd, freshness.sgf
    /// (the signed freshness statement of this publish) and manifest.json to.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Signing key file (hex seed); default: DIR/signing.key.
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    /// Region label of the snapshot.
    #[arg(long, default_value = "US")]
    region: String,
    /// Write deltas to the current sequence from this many previous sequences.
    #[arg(long, value_name = "N", default_value_t = 16)]
    deltas: u64,
}

/// Locks a mutex, carrying on past a poisoned one: the data behind every
/// lock here is a connection or a cache that stays valid.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Unix seconds.
pub(crate) fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn read_key(path: &Path) -> Result<SigningKey, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read key {}: {e}", path.display()))?;
    if let Ok(key) = SigningKey::from_hex(&text) {
        return Ok(key);
    }
    // Also take a JSON key pair, in case the key file was saved from `keygen`'s JSON output.
    let from_json = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| {
            ["secretKey", "secret_key", "seed"]
                .iter()
                .find_map(|k| v.get(*k).and_then(|s| s.as_str()).map(str::to_string))
        });
    match from_json {
        Some(hex) => {
            SigningKey::from_hex(&hex).map_err(|e| format!("key {}: {e}", path.display()).into())
        }
        None => Err(format!(
            "key {}: expected a hex seed (64 hex digits)",
            path.display()
        )
        .into()),
    }
}

/// The key from `--key`, else `DIR/signing.key`, else (when `create`) a new
/// one written there (0600) with `public.key` beside it.
fn load_key(data: &Path, key: Option<&Path>, create: bool) -> Result<SigningKey, CliError> {
    if let Some(path) = key {
        return read_key(path);
    }
    let path = data.join("signing.key");
    if path.exists() {
        return read_key(&path);
    }
    if !create {
        return Err(format!(
            "no signing key: pass --key FILE or run `stopgate serve --data {}` once",
            data.display()
        )
        .into());
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no randomness for a signing key: {e}"))?;
    let key = SigningKey::from_seed(seed);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    writeln!(file, "{}", key.to_hex())?;
    file.sync_all()?;
    std::fs::write(data.join("public.key"), key.verifying_key().to_hex() + "\n")?;
    eprintln!("generated a signing key in {}", path.display());
    Ok(key)
}

fn listen_addr(listen: Option<String>) -> Result<String, CliError> {
    if let Some(addr) = listen {
        return Ok(addr);
    }
    let port = match std::env::var("STOPGATE_ORIGIN_PORT") {
        Ok(p) => p
            .trim()
            .parse::<u16>()
            .map_err(|_| format!("STOPGATE_ORIGIN_PORT {p:?} is not a port number"))?,
        Err(_) => DEFAULT_PORT,
    };
    Ok(format!("127.0.0.1:{port}"))
}

/// Fills a new database, or applies `--import` to an existing one as one change.
fn prepare_store(args: &ServeArgs) -> Result<(), CliError> {
    let mut store = Store::open(&args.data)?;
    let now = now();
    let imported = match &args.import {
        Some(path) => import::read(path, &args.region, now)?,
        None => Vec::new(),
    };
    if store.is_new()? {
        let count = imported.len();
        let entries = import::seed(args.seed_count)
            .into_iter()
            .chain(import::demo(now))
            .chain(imported);
        store.initialise(entries, now)?;
        eprintln!(
            "new database: {} seeded, {} demo, {count} imported",
            args.seed_count,
            import::DEMO.len()
        );
    } else if !imported.is_empty() {
        let ops: Vec<(u64, Op)> = imported
            .iter()
            .map(|e| (e.number, Op::Add(e.scope)))
            .collect();
        match store.apply(&ops, now, "import")? {
            Some(seq) => eprintln!("imported {} numbers as sequence {seq}", ops.len()),
            None => eprintln!("imported {} numbers: all already opted out", ops.len()),
        }
    }
    Ok(())
}

fn read_secret_file(path: &Path, what: &str) -> Result<String, CliError> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {what} {}: {e}", path.display()).into())
}

/// The edge secret and API keys from the flags and the environment; an
/// error when none is configured and `--insecure-no-auth` was not given.
fn configure_auth(args: &ServeArgs) -> Result<auth::Auth, CliError> {
    let secret = match &args.origin_secret_file {
        Some(path) => Some(read_secret_file(path, "origin secret")?),
        None => std::env::var("STOPGATE_ORIGIN_SECRET").ok(),
    };
    let secret =
        match secret.as_deref().map(str::trim) {
            Some("") => {
                return Err(
                    "the origin secret is empty (--origin-secret-file or STOPGATE_ORIGIN_SECRET)"
                        .into(),
                )
            }
            Some(s) if s.len() < 16 => return Err(
                "the origin secret is shorter than 16 characters; use e.g. 32 random bytes in hex"
                    .into(),
            ),
            Some(s) => Some(s.as_bytes().to_vec()),
            None => None,
        };
    let mut keys = Vec::new();
    for path in &args.api_key_file {
        let text = read_secret_file(path, "API key file")?;
        keys.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.as_bytes().to_vec()),
        );
        if keys.is_empty() {
            return Err(format!("API key file {} holds no key", path.display()).into());
        }
    }
    match (&secret, args.insecure_no_auth) {
        (None, false) => Err("no origin secret: set STOPGATE_ORIGIN_SECRET or pass --origin-secret-file FILE \
             (the edge signs its requests with the same secret), or --insecure-no-auth for a local experiment"
            .into()),
        (None, true) => {
            eprintln!(
                "WARNING: stopgate serve is running with --insecure-no-auth: anyone who can reach \
                 this port can change and read the opt-out list. Never do this outside a local experiment."
            );
            Ok(auth::Auth::new(None, Vec::new()))
        }
        (Some(_), insecure) => {
            if insecure {
                eprintln!("note: --insecure-no-auth is ignored because an origin secret is set");
            }
            Ok(auth::Auth::new(secret, keys))
        }
    }
}

/// `stopgate serve`.
pub fn serve(args: ServeArgs) -> Result<ExitCode, CliError> {
    let auth = configure_auth(&args)?;
    std::fs::create_dir_all(&args.data)
        .map_err(|e| format!("cannot create {}: {e}", args.data.display()))?;
    let key = load_key(&args.data, args.key.as_deref(), true)?;
    if let Some(out) = &args.public_key_out {
        std::fs::write(out, key.verifying_key().to_hex() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    prepare_store(&args)?;
    let addr = listen_addr(args.listen.clone())?;
    let server = Arc::new(
        tiny_http::Server::http(&addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?,
    );
    let bound = server.server_addr().to_ip().map_or(addr, |a| a.to_string());
    let origin = Arc::new(http::Origin::start(http::Config {
        data: args.data.clone(),
        key,
        region: args.region.clone(),
        interval: Duration::from_secs(args.snapshot_interval),
        rebuild_after: args.rebuild_after.max(1),
        allow_faults: args.allow_faults,
        auth,
        yes_lifts: args.yes_lifts,
    })?);

    // The first stdout line tells scripts and tests where to connect.
    let hello = serde_json::json!({
        "listening": bound,
        "publicKey": origin.public_key(),
        "sequence": origin.sequence()?,
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{hello}")?;
    stdout.flush()?;
    drop(stdout);

    // Scheduled rebuilds, so a request rarely pays for one.
    let (ticker, heartbeat) = (Arc::clone(&origin), args.heartbeat);
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        if heartbeat > 0 {
            match ticker.heartbeat(heartbeat) {
                Ok(Some(seq)) => {
                    eprintln!("heartbeat: no changes for {heartbeat}s, sequence {seq}")
                }
                Ok(None) => {}
                Err(e) => eprintln!("stopgate serve: heartbeat failed: {e}"),
            }
        }
        if let Err(e) = ticker.snapshot() {
            eprintln!("stopgate serve: snapshot rebuild failed: {e}");
        }
    });

    let workers: Vec<_> = (0..args.threads.max(1))
        .map(|_| {
            let (server, origin) = (Arc::clone(&server), Arc::clone(&origin));
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    respond(&origin, request);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads one tiny_http request whole (refusing bodies over the limit), lets
/// the origin answer it, and writes the answer.
fn respond(origin: &http::Origin, mut req: tiny_http::Request) {
    use std::io::Read;
    let too_large = || {
        http::Reply::error(
            413,
            format!("request body is larger than {} kB", http::MAX_BODY / 1024),
        )
    };
    let reply = if req.body_length().is_some_and(|n| n > http::MAX_BODY) {
        too_large()
    } else {
        let mut body = Vec::new();
        match req
            .as_reader()
            .take(http::MAX_BODY as u64 + 1)
            .read_to_end(&mut body)
        {
            Err(e) => http::Reply::error(400, format!("cannot read the request body: {e}")),
            Ok(_) if body.len() > http::MAX_BODY => too_large(),
            Ok(_) => origin.handle(http::Request {
                method: req.method().as_str().to_ascii_uppercase(),
                target: req.url().to_string(),
                headers: req
                    .headers()
                    .iter()
                    .map(|h| {
                        (
                            h.field.as_str().as_str().to_string(),
                            h.value.as_str().to_string(),
                        )
                    })
                    .collect(),
                body,
            }),
        }
    };
    let mut response = tiny_http::Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_chunked_threshold(usize::MAX);
    let mut headers = vec![("Content-Type", reply.content_type.to_string())];
    headers.extend(reply.headers);
    for (name, value) in headers {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    if let Err(e) = req.respond(response) {
        eprintln!("answer not sent: {e}");
    }
}

/// `stopgate publish`.
pub fn publish(args: PublishArgs) -> Result<ExitCode, CliError> {
    if !args.data.join("stopgate.db").exists() {
        return Err(format!(
            "no database in {}: run `stopgate serve --data {}` first",
            args.data.display(),
            args.data.display()
        )
        .into());
    }
    let key = load_key(&args.data, args.key.as_deref(), false)?;
    let mut store = Store::open(&args.data)?;
    let manifest = publish::write_folder(
        &mut store,
        &key,
        &args.region,
        &args.out,
        args.deltas,
        now(),
    )?;
    println!("{manifest}");
    Ok(ExitCode::SUCCESS)
}
