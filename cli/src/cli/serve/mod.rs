//! `stopgate serve` and `stopgate publish`: the origin side of snapshot
//! distribution.
//!
//! `serve` keeps the opt-out list in a [`store`] (SQLite in the data folder,
//! or PostgreSQL shared by several origin processes), records the replies the
//! edge relays after classifying their text itself, and serves the signed full
//! snapshot, deltas and freshness statements ([`http`]) over [`server`]
//! (hyper on tokio); it also plays the demo's send backend. `publish` writes
//! the same signed files to a folder once, for static hosting ([`publish`]).
//!
//! Authentication ([`auth`], contract C4): every route but `/v1/health` takes
//! the edge's HMAC signature (or, except `POST /v1/inbound`, an API key);
//! without a secret the origin does not start unless `--insecure-no-auth`.
//!
//! Shutdown: on SIGTERM or SIGINT the listener closes, requests in flight are
//! answered, and the store connections close. Every change was committed
//! before it was acknowledged, so even a SIGKILL loses nothing acknowledged.

mod auth;
mod consent;
mod http;
mod import;
mod optin;
mod prefs;
mod publish;
mod server;
mod store;
mod programs;

use super::CliError;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use stopgate::snapshot::SigningKey;
use store::{Op, Retention, Store};

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
    /// Worker threads of the server's runtime (the database work runs on its blocking pool).
    #[arg(long, value_name = "N", default_value_t = 4)]
    threads: usize,
    /// Where the list lives: `sqlite` (DIR/stopgate.db) or a `postgres://` URL, which several
    /// origin processes may share [default: $STOPGATE_DATABASE, else sqlite].
    #[arg(long, value_name = "URL")]
    database: Option<String>,
    /// Seconds a client has to send a request's headers.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    header_timeout: u64,
    /// Seconds a client has to send a request's whole body (then 408).
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    body_timeout: u64,
    /// Connections served at once; more wait in the listen backlog.
    #[arg(long, value_name = "N", default_value_t = 512)]
    max_connections: usize,
    /// Seconds a shutdown (SIGTERM, SIGINT) waits for requests in flight.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    shutdown_grace: u64,
    /// Change-log rows kept; deltas from older sequences answer 410 (0: no limit).
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    retain_changes: u64,
    /// Seconds of change log kept (0: no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 7 * 86_400)]
    retain_seconds: u64,
    /// Send-log entries kept (0: no limit).
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    retain_messages: u64,
    /// Seconds of send log kept (0: no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 7 * 86_400)]
    retain_message_seconds: u64,
    /// Days of consent records kept (0, the default: kept forever). Consent evidence
    /// should outlive any claim it may answer (TCPA claims: four years).
    #[arg(long, value_name = "DAYS", default_value_t = 0)]
    retain_consent_days: u64,
    /// Seconds between compactions of the change and send logs.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    compact_interval: u64,
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
    /// Double opt-in: seconds a "Reply YES to confirm" prompt may be answered (contract C10).
    #[arg(long, value_name = "SECONDS", default_value_t = 86_400)]
    optin_window: u64,
    /// Double opt-in: `POST /v1/optin` requests accepted per minute, all numbers together
    /// (each sends a text; over it 429). 0: no limit.
    #[arg(long, value_name = "PER_MINUTE", default_value_t = 60)]
    optin_rate: u32,
    /// The brand the opt-in prompt names [default: $STOPGATE_BRAND, else "Stopgate Demo",
    /// the edge's BRAND_NAME default].
    #[arg(long, value_name = "NAME")]
    brand: Option<String>,
    /// The deployment's programs (contract C8: a JSON array of {id, bit, name, kind, words};
    /// the same text the edge gets as PROGRAMS) [default: the file named by the environment
    /// variable STOPGATE_PROGRAMS_FILE, else none].
    #[arg(long, value_name = "FILE")]
    programs: Option<PathBuf>,
    /// Revoke-all (47 CFR 64.1200(a)(10), contract C9): `on`, `off`, or `auto` (on from
    /// 2027-01-31T00:00:00Z). Under it an opt-out of marketing or a program stops everything
    /// until the reply to the confirmation's question narrows it.
    #[arg(long, value_name = "on|off|auto", default_value = "auto")]
    revoke_all: String,
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
    /// `sqlite` (DIR/stopgate.db) or the `postgres://` URL `stopgate serve` uses
    /// [default: $STOPGATE_DATABASE, else sqlite].
    #[arg(long, value_name = "URL")]
    database: Option<String>,
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
fn prepare_store(args: &ServeArgs, store: &mut dyn Store) -> Result<(), CliError> {
    let now = now();
    let imported = match &args.import {
        Some(path) => import::read(path, &args.region, now)?,
        None => Vec::new(),
    };
    if store.is_new()? {
        let count = imported.len();
        let mut entries = import::seed(args.seed_count)
            .into_iter()
            .chain(import::demo(now))
            .chain(imported);
        if store.initialise(&mut entries, now)? {
            eprintln!(
                "new database: {} seeded, {} demo, {count} imported",
                args.seed_count,
                import::DEMO.len()
            );
        } else {
            eprintln!("the database was initialised meanwhile by another origin process");
        }
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
    let revoke_all = programs::parse_revoke_all(&args.revoke_all)?;
    let programs_file = args.programs.clone().or_else(|| std::env::var_os("STOPGATE_PROGRAMS_FILE").map(PathBuf::from));
    if let Some(path) = &programs_file {
        programs::set(programs::load(path)?);
    }
    private_dir(&args.data)?;
    let key = load_key(&args.data, args.key.as_deref(), true)?;
    if let Some(out) = &args.public_key_out {
        std::fs::write(out, key.verifying_key().to_hex() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    let database = Database::parse(args.database.as_deref(), &args.data)?;
    let mut store = database.open()?;
    prepare_store(&args, &mut *store)?;
    let addr = listen_addr(args.listen.clone())?;
    let listener =
        std::net::TcpListener::bind(&addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr().map_or(addr, |a| a.to_string());
    let origin = Arc::new(http::Origin::start(
        http::Config {
            data: args.data.clone(),
            key,
            region: args.region.clone(),
            interval: Duration::from_secs(args.snapshot_interval),
            rebuild_after: args.rebuild_after.max(1),
            allow_faults: args.allow_faults,
            auth,
            yes_lifts: args.yes_lifts,
            optin: optin::Settings {
                window: args.optin_window.max(1),
                rate: args.optin_rate,
                brand: args
                    .brand
                    .clone()
                    .or_else(|| std::env::var("STOPGATE_BRAND").ok())
                    .map(|b| b.trim().to_string())
                    .filter(|b| !b.is_empty())
                    .unwrap_or_else(|| "Stopgate Demo".into()),
            },
            revoke_all,
        },
        store,
        database.open()?,
    )?);
    let retention = Retention {
        changes: args.retain_changes,
        change_seconds: args.retain_seconds,
        messages: args.retain_messages,
        message_seconds: args.retain_message_seconds,
        consent_seconds: args.retain_consent_days.saturating_mul(86_400),
    };
    compact(&origin, &retention);

    // The first stdout line tells scripts and tests where to connect.
    let hello = serde_json::json!({
        "listening": bound,
        "publicKey": origin.public_key(),
        "sequence": origin.sequence()?,
        "database": database.kind(),
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{hello}")?;
    stdout.flush()?;
    drop(stdout);

    // Heartbeats, compaction and scheduled rebuilds (so a request rarely pays for one).
    let stopping = Arc::new(AtomicBool::new(false));
    let ticker = {
        let (origin, stopping) = (Arc::clone(&origin), Arc::clone(&stopping));
        let (heartbeat, every) = (args.heartbeat, args.compact_interval.max(1));
        std::thread::spawn(move || {
            let mut last_compaction = std::time::Instant::now();
            while !stopping.load(Ordering::Relaxed) {
                // A second between rounds, looking at the stop flag every 100 ms.
                for _ in 0..10 {
                    if stopping.load(Ordering::Relaxed) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                if heartbeat > 0 {
                    match origin.heartbeat(heartbeat) {
                        Ok(Some(seq)) => {
                            eprintln!("heartbeat: no changes for {heartbeat}s, sequence {seq}")
                        }
                        Ok(None) => {}
                        Err(e) => eprintln!("stopgate serve: heartbeat failed: {e}"),
                    }
                }
                if last_compaction.elapsed() >= Duration::from_secs(every) {
                    compact(&origin, &retention);
                    last_compaction = std::time::Instant::now();
                }
                if let Err(e) = origin.snapshot() {
                    eprintln!("stopgate serve: snapshot rebuild failed: {e}");
                }
            }
        })
    };

    let served = server::run(
        listener,
        Arc::clone(&origin),
        server::Limits {
            header_timeout: Duration::from_secs(args.header_timeout.max(1)),
            body_timeout: Duration::from_secs(args.body_timeout.max(1)),
            max_connections: args.max_connections.max(1),
            grace: Duration::from_secs(args.shutdown_grace),
            threads: args.threads,
        },
    );
    stopping.store(true, Ordering::Relaxed);
    let _ = ticker.join();
    origin.close()?;
    served?;
    eprintln!("stopgate serve: stopped; the database is closed");
    Ok(ExitCode::SUCCESS)
}

fn compact(origin: &http::Origin, keep: &Retention) {
    match origin.compact(keep) {
        Ok(c) if c.changes > 0 || c.messages > 0 => eprintln!(
            "compacted: {} changes and {} logged messages dropped; deltas now from sequence {}",
            c.changes, c.messages, c.floor
        ),
        Ok(_) => {}
        Err(e) => eprintln!("stopgate serve: compaction failed: {e}"),
    }
}

/// Creates the data folder readable by its owner only (0700), or warns when
/// an existing one is open to others (it is not changed: it may be shared on purpose).
fn private_dir(dir: &Path) -> Result<(), CliError> {
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "warning: data folder {} is open to other users (mode {mode:o}); `chmod 700` it",
                dir.display()
            );
        }
    }
    Ok(())
}

/// Where the list lives.
enum Database {
    /// `DIR/stopgate.db`.
    Sqlite(PathBuf),
    /// A PostgreSQL connection string.
    Postgres(String),
}

impl Database {
    fn parse(arg: Option<&str>, data: &Path) -> Result<Database, CliError> {
        let arg = match arg {
            Some(a) => Some(a.to_string()),
            None => std::env::var("STOPGATE_DATABASE")
                .ok()
                .filter(|v| !v.trim().is_empty()),
        };
        match arg.as_deref().map(str::trim) {
            None | Some("sqlite") => Ok(Database::Sqlite(data.to_path_buf())),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Ok(Database::Postgres(url.to_string()))
            }
            Some(other) => Err(format!(
                "--database {other:?}: expected sqlite (the default, DIR/stopgate.db) or a postgres:// URL"
            )
            .into()),
        }
    }

    fn open(&self) -> Result<Box<dyn Store>, CliError> {
        Ok(match self {
            Database::Sqlite(dir) => Box::new(store::sqlite::Sqlite::open(dir)?),
            Database::Postgres(url) => Box::new(store::postgres::Postgres::connect(url)?),
        })
    }

    fn kind(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }
}

#[derive(clap::Args)]
pub struct ConsentArgs {
    /// The data folder `stopgate serve` uses.
    #[arg(long, value_name = "DIR", default_value = ".stopgate-data")]
    data: PathBuf,
    /// `sqlite` (DIR/stopgate.db) or the `postgres://` URL `stopgate serve` uses
    /// [default: $STOPGATE_DATABASE, else sqlite].
    #[arg(long, value_name = "URL")]
    database: Option<String>,
    /// The number whose consent receipt to print.
    #[arg(long)]
    number: String,
    /// Region for a national number.
    #[arg(long, default_value = "US")]
    region: String,
    /// `json` or `csv`.
    #[arg(long, default_value = "json")]
    format: String,
}

/// `stopgate consent`: a number's consent receipt on stdout.
pub fn consent(args: ConsentArgs) -> Result<ExitCode, CliError> {
    let format = consent::Format::parse(&args.format)
        .ok_or_else(|| format!("--format {:?}: expected json or csv", args.format))?;
    let number = stopgate::phone::parse(&args.number, &args.region)
        .map_err(|e| format!("--number {:?} is not a phone number: {e}", args.number))?;
    if args.database.is_none() && !args.data.join("stopgate.db").exists() {
        return Err(format!("no database in {}", args.data.display()).into());
    }
    let mut store = Database::parse(args.database.as_deref(), &args.data)?.open()?;
    let records = store.consent(number.as_u64())?;
    let requests = store.optin_requests(number.as_u64())?;
    store.close()?;
    match optin::receipt(format, number.as_u64(), &records, &requests, now()) {
        serde_json::Value::String(csv) => print!("{csv}"),
        v => println!("{v}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `stopgate publish`.
pub fn publish(args: PublishArgs) -> Result<ExitCode, CliError> {
    if args.database.is_none() && !args.data.join("stopgate.db").exists() {
        return Err(format!(
            "no database in {}: run `stopgate serve --data {}` first",
            args.data.display(),
            args.data.display()
        )
        .into());
    }
    let key = load_key(&args.data, args.key.as_deref(), false)?;
    let mut store = Database::parse(args.database.as_deref(), &args.data)?.open()?;
    let manifest = publish::write_folder(
        &mut *store,
        &key,
        &args.region,
        &args.out,
        args.deltas,
        now(),
    )?;
    println!("{manifest}");
    Ok(ExitCode::SUCCESS)
}
