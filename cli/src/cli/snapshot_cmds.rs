//! `build`, `delta`, `check`, `inspect`, `keygen` and `normalize`: the snapshot
//! side of the command line.
//!
//! Every command prints JSON lines on stdout. Problems with single inputs (a bad
//! row, an unparseable number) are reported per input; problems with the run
//! (unreadable file, corrupt snapshot, bad key) end it with an error.
//!
//! Opt-out lists are read by [`super::list`]. The snapshot stores numbers and
//! scopes only: `opted_out_at` is checked there, so a shifted column is caught,
//! then dropped here.
use super::CliError;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};
use stopgate::phone;
use stopgate::snapshot::{
    Delta, DeltaBuilder, FileKind, SigningKey, Snapshot, SnapshotBuilder, VerifyingKey,
};
use stopgate::Scope;

/// `stopgate build`.
#[derive(clap::Args)]
pub struct BuildArgs {
    /// Opt-out list: CSV with a header row (`phone`, optional `scope`, `opted_out_at`) or JSON lines.
    #[arg(long, value_name = "FILE")]
    input: PathBuf,
    /// Snapshot file to write (atomically: nothing is written on failure).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Region for numbers written without a country code; also the snapshot's label.
    #[arg(long, default_value = "US")]
    region: String,
    /// Sequence number of the snapshot; deltas chain from it.
    #[arg(long, default_value_t = 1, value_name = "N")]
    sequence: u64,
    /// Creation time, Unix seconds (default: now).
    #[arg(long, value_name = "UNIX")]
    created_at: Option<u64>,
    /// Sign with the secret key in this file (hex, as `keygen` writes it).
    #[arg(long, value_name = "SECRET_KEY_FILE")]
    sign: Option<PathBuf>,
    /// Leave bad rows out (still reported) instead of failing.
    #[arg(long)]
    skip_invalid: bool,
    /// Bits per entry of the fast filter (default 8; 0 leaves it out: smallest file, slower misses).
    #[arg(long, value_name = "N")]
    filter_bits: Option<f64>,
}

/// `stopgate delta`.
#[derive(clap::Args)]
pub struct DeltaArgs {
    /// The snapshot the delta applies to.
    #[arg(long, value_name = "OLD_SNAPSHOT")]
    base: PathBuf,
    /// The current opt-out list (same formats as `build`).
    #[arg(long, value_name = "FILE")]
    input: PathBuf,
    /// Delta file to write.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Sequence after the delta (default: the base's plus one).
    #[arg(long, value_name = "N")]
    sequence: Option<u64>,
    /// Creation time, Unix seconds (default: now).
    #[arg(long, value_name = "UNIX")]
    created_at: Option<u64>,
    /// Region for national numbers (default: the base snapshot's region).
    #[arg(long)]
    region: Option<String>,
    /// Sign with the secret key in this file.
    #[arg(long, value_name = "SECRET_KEY_FILE")]
    sign: Option<PathBuf>,
    /// Leave bad rows out (still reported) instead of failing.
    #[arg(long)]
    skip_invalid: bool,
}

/// `stopgate check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Snapshot file.
    #[arg(long, value_name = "FILE")]
    snapshot: PathBuf,
    /// Delta files, applied in the order given.
    #[arg(long = "delta", value_name = "FILE")]
    deltas: Vec<PathBuf>,
    /// Require the snapshot and deltas to be signed by the public key in this file.
    #[arg(long, value_name = "PUBLIC_KEY_FILE")]
    verify: Option<PathBuf>,
    /// Region for national numbers (default: the snapshot's region, else US).
    #[arg(long)]
    region: Option<String>,
    /// Numbers to check; with none, one per line on stdin.
    #[arg(value_name = "NUMBER")]
    numbers: Vec<String>,
}

/// `stopgate inspect`.
#[derive(clap::Args)]
pub struct InspectArgs {
    /// Snapshot or delta file.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Require a valid signature by the public key in this file.
    #[arg(long, value_name = "PUBLIC_KEY_FILE")]
    verify: Option<PathBuf>,
}

/// `stopgate keygen`.
#[derive(clap::Args)]
pub struct KeygenArgs {
    /// Where to write the secret key (hex seed; mode 0600).
    #[arg(long, value_name = "FILE")]
    secret: PathBuf,
    /// Where to write the public key (hex).
    #[arg(long, value_name = "FILE")]
    public: PathBuf,
    /// Replace an existing secret key file.
    #[arg(long)]
    force: bool,
}

/// `stopgate normalize`.
#[derive(clap::Args)]
pub struct NormalizeArgs {
    /// Region for numbers written without a country code.
    #[arg(long, default_value = "US")]
    region: String,
    /// Numbers to normalise; with none, one per line on stdin.
    #[arg(value_name = "NUMBER")]
    numbers: Vec<String>,
}

pub fn build(args: BuildArgs) -> Result<ExitCode, CliError> {
    let region = checked_region(&args.region)?;
    let key = args.sign.as_deref().map(read_signing_key).transpose()?;
    let list = read_list(&args.input, &region, args.skip_invalid)?;

    let mut builder = SnapshotBuilder::new();
    builder
        .region(&region)
        .sequence(args.sequence)
        .created_at(args.created_at.unwrap_or_else(now));
    if let Some(bits) = args.filter_bits {
        builder.filter_bits_per_entry(bits);
    }
    for (&number, &scope) in &list.entries {
        builder.insert(number, scope);
    }
    let bytes = builder.build(key.as_ref())?;
    // Read back what was built before it replaces anything.
    let info = Snapshot::from_bytes(bytes.as_slice())
        .map_err(|e| format!("the snapshot just built does not read back: {e}"))?
        .info();
    write_atomic(&args.out, &bytes, None)?;
    print_json(&BuildSummary {
        kind: "snapshot",
        out: args.out.display().to_string(),
        entries: info.entries,
        bytes: info.bytes,
        bits_per_entry: round2(info.bits_per_entry),
        sequence: info.sequence,
        created_at: info.created_at,
        region: info.region,
        signed: info.signed,
        rows: list.rows,
        skipped: list.skipped,
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn delta(args: DeltaArgs) -> Result<ExitCode, CliError> {
    let base_bytes = read_file(&args.base, "base snapshot")?;
    let base = Snapshot::from_bytes(base_bytes.as_slice())
        .map_err(|e| format!("base snapshot {}: {e}", args.base.display()))?;
    let region = match &args.region {
        Some(region) => checked_region(region)?,
        None => default_region(base.region()),
    };
    let key = args.sign.as_deref().map(read_signing_key).transpose()?;
    let list = read_list(&args.input, &region, args.skip_invalid)?;

    let base_sequence = base.sequence();
    let sequence = match args.sequence {
        Some(n) => n,
        None => base_sequence
            .checked_add(1)
            .ok_or("base snapshot sequence is at its maximum")?,
    };
    if sequence <= base_sequence {
        return Err(format!(
            "delta sequence {sequence} must be greater than the base's {base_sequence}"
        )
        .into());
    }

    let mut builder = DeltaBuilder::new(base_sequence, sequence);
    builder.created_at(args.created_at.unwrap_or_else(now));
    let (mut additions, mut removals) = (0u64, 0u64);
    let mut current = list.entries.clone();
    for (number, old_scope) in base.iter() {
        match current.remove(&number) {
            Some(scope) if scope == old_scope => {}
            Some(scope) => {
                builder.add(number, scope);
                additions += 1;
            }
            None => {
                builder.remove(number);
                removals += 1;
            }
        }
    }
    for (&number, &scope) in &current {
        builder.add(number, scope);
        additions += 1;
    }
    let bytes = builder.build(key.as_ref())?;

    // The delta applied to the base must give exactly the list.
    let parsed = Delta::from_bytes(&bytes, None)
        .map_err(|e| format!("the delta just built does not read back: {e}"))?;
    let mut check = Snapshot::from_bytes(base_bytes.as_slice())?;
    check
        .apply_delta(&parsed)
        .map_err(|e| format!("the delta just built does not apply: {e}"))?;
    if !check.iter().eq(list.entries.iter().map(|(&n, &s)| (n, s))) {
        return Err("the delta just built does not reproduce the list; nothing written".into());
    }

    write_atomic(&args.out, &bytes, None)?;
    print_json(&DeltaSummary {
        kind: "delta",
        out: args.out.display().to_string(),
        base_sequence,
        sequence,
        additions,
        removals,
        entries: list.entries.len() as u64,
        bytes: bytes.len() as u64,
        signed: key.is_some(),
        rows: list.rows,
        skipped: list.skipped,
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn check(args: CheckArgs) -> Result<ExitCode, CliError> {
    let key = args.verify.as_deref().map(read_verifying_key).transpose()?;
    let bytes = read_file(&args.snapshot, "snapshot")?;
    let mut snapshot = match &key {
        Some(key) => Snapshot::from_bytes_verified(bytes, key),
        None => Snapshot::from_bytes(bytes),
    }
    .map_err(|e| format!("snapshot {}: {e}", args.snapshot.display()))?;
    for path in &args.deltas {
        let bytes = read_file(path, "delta")?;
        let delta = Delta::from_bytes(&bytes, key.as_ref())
            .map_err(|e| format!("delta {}: {e}", path.display()))?;
        snapshot
            .apply_delta(&delta)
            .map_err(|e| format!("delta {}: {e}", path.display()))?;
    }
    let region = match &args.region {
        Some(region) => checked_region(region)?,
        None => default_region(snapshot.region()),
    };
    for_each_number(args.numbers, |input| match phone::parse(input, &region) {
        Ok(number) => {
            let scope = snapshot.check(number.as_u64());
            to_json(Checked {
                input,
                e164: number.e164(),
                suppressed: scope.is_some(),
                scope,
            })
        }
        Err(e) => to_json(Refused {
            input,
            error: e.to_string(),
        }),
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn inspect(args: InspectArgs) -> Result<ExitCode, CliError> {
    let key = args.verify.as_deref().map(read_verifying_key).transpose()?;
    let bytes = read_file(&args.file, "file")?;
    let name = args.file.display();
    if !is_delta(&bytes) {
        let snapshot = match &key {
            Some(key) => Snapshot::from_bytes_verified(bytes.as_slice(), key),
            None => Snapshot::from_bytes(bytes.as_slice()),
        }
        .map_err(|e| format!("{name}: {e}"))?;
        let info = snapshot.info();
        let sections = info
            .sections
            .iter()
            .map(|(name, offset, length)| Section {
                name,
                offset: *offset,
                length: *length,
            })
            .collect();
        print_json(&SnapshotReport {
            kind: "snapshot",
            version: info.version,
            entries: info.entries,
            bytes: info.bytes,
            bits_per_entry: round2(info.bits_per_entry),
            sequence: info.sequence,
            created_at: info.created_at,
            region: &info.region,
            signed: info.signed,
            verified: key.is_some(),
            sections,
        })?;
    } else {
        let delta = Delta::from_bytes(&bytes, key.as_ref()).map_err(|e| format!("{name}: {e}"))?;
        print_json(&DeltaReport {
            kind: "delta",
            bytes: bytes.len() as u64,
            base_sequence: delta.base_sequence(),
            sequence: delta.sequence(),
            created_at: delta.created_at(),
            additions: delta.additions().len() as u64,
            removals: delta.removals().len() as u64,
            signed: delta.is_signed(),
            verified: key.is_some(),
        })?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn keygen(args: KeygenArgs) -> Result<ExitCode, CliError> {
    if args.secret == args.public {
        return Err("--secret and --public must be different files".into());
    }
    if !args.force && fs::symlink_metadata(&args.secret).is_ok() {
        return Err(format!(
            "secret key file {} already exists; use --force to replace it",
            args.secret.display()
        )
        .into());
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| format!("no randomness from the operating system: {e}"))?;
    let secret = SigningKey::from_seed(seed);
    let public = secret.verifying_key();
    // Public first: if either write fails, no secret is left without its public half.
    write_atomic(
        &args.public,
        format!("{}\n", public.to_hex()).as_bytes(),
        None,
    )?;
    write_atomic(
        &args.secret,
        format!("{}\n", secret.to_hex()).as_bytes(),
        Some(0o600),
    )?;
    print_json(&KeyReport {
        secret: args.secret.display().to_string(),
        public: args.public.display().to_string(),
        public_key: public.to_hex(),
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn normalize(args: NormalizeArgs) -> Result<ExitCode, CliError> {
    let region = checked_region(&args.region)?;
    for_each_number(args.numbers, |input| match phone::parse(input, &region) {
        Ok(number) => to_json(Normalized {
            input,
            e164: number.e164(),
        }),
        Err(e) => to_json(Refused {
            input,
            error: e.to_string(),
        }),
    })?;
    Ok(ExitCode::SUCCESS)
}

// Output lines, as structs so the fields keep this order.

#[derive(Serialize)]
struct BuildSummary {
    kind: &'static str,
    out: String,
    entries: u64,
    bytes: u64,
    bits_per_entry: f64,
    sequence: u64,
    created_at: u64,
    region: String,
    signed: bool,
    /// Data rows read, bad ones included.
    rows: u64,
    skipped: u64,
}

#[derive(Serialize)]
struct DeltaSummary {
    kind: &'static str,
    out: String,
    base_sequence: u64,
    sequence: u64,
    additions: u64,
    removals: u64,
    /// Numbers on the list after the delta.
    entries: u64,
    bytes: u64,
    signed: bool,
    rows: u64,
    skipped: u64,
}

#[derive(Serialize)]
struct SnapshotReport<'a> {
    kind: &'static str,
    version: u16,
    entries: u64,
    bytes: u64,
    bits_per_entry: f64,
    sequence: u64,
    created_at: u64,
    region: &'a str,
    signed: bool,
    /// Whether the signature was checked (`--verify`); unverified files may still be signed.
    verified: bool,
    sections: Vec<Section<'a>>,
}

#[derive(Serialize)]
struct Section<'a> {
    name: &'a str,
    offset: u64,
    length: u64,
}

#[derive(Serialize)]
struct DeltaReport {
    kind: &'static str,
    bytes: u64,
    base_sequence: u64,
    sequence: u64,
    created_at: u64,
    additions: u64,
    removals: u64,
    signed: bool,
    verified: bool,
}

#[derive(Serialize)]
struct KeyReport {
    secret: String,
    public: String,
    public_key: String,
}

#[derive(Serialize)]
struct Checked<'a> {
    input: &'a str,
    e164: String,
    suppressed: bool,
    scope: Option<Scope>,
}

#[derive(Serialize)]
struct Normalized<'a> {
    input: &'a str,
    e164: String,
}

#[derive(Serialize)]
struct Refused<'a> {
    input: &'a str,
    error: String,
}

fn to_json(value: impl Serialize) -> String {
    serde_json::to_string(&value)
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
}

// ---- opt-out lists -------------------------------------------------------

/// A list read from a file: numbers with their widest scope.
struct List {
    entries: BTreeMap<u64, Scope>,
    rows: u64,
    skipped: u64,
}

/// Reads and validates a list; bad rows go to stderr, and fail the run unless `skip_invalid`.
fn read_list(path: &Path, region: &str, skip_invalid: bool) -> Result<List, CliError> {
    let text = read_text(path, "input")?;
    let name = path.display();
    let mut list = List {
        entries: BTreeMap::new(),
        rows: 0,
        skipped: 0,
    };
    let stderr = io::stderr();
    let mut stderr = stderr.lock();
    for row in super::list::parse(path, &text, region)? {
        list.rows += 1;
        match row {
            Ok(row) => {
                let scope = list
                    .entries
                    .get(&row.number)
                    .map_or(row.scope, |&old| old.widest(row.scope));
                list.entries.insert(row.number, scope);
            }
            Err(bad) => {
                list.skipped += 1;
                let _ = writeln!(stderr, "stopgate: {name} line {}: {}", bad.line, bad.reason);
            }
        }
    }
    if list.skipped > 0 && !skip_invalid {
        let rows = if list.skipped == 1 { "row" } else { "rows" };
        return Err(format!(
            "{name}: {} bad {rows}; nothing written (--skip-invalid leaves them out)",
            list.skipped
        )
        .into());
    }
    Ok(list)
}

// ---- files, keys, output ---------------------------------------------------

fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, CliError> {
    fs::read(path).map_err(|e| format!("cannot read {what} {}: {e}", path.display()).into())
}

fn read_text(path: &Path, what: &str) -> Result<String, CliError> {
    let bytes = read_file(path, what)?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{what} {} is not UTF-8: {e}", path.display()))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

fn read_signing_key(path: &Path) -> Result<SigningKey, CliError> {
    let text = read_text(path, "secret key file")?;
    SigningKey::from_hex(&text)
        .map_err(|e| format!("secret key file {}: {e}", path.display()).into())
}

fn read_verifying_key(path: &Path) -> Result<VerifyingKey, CliError> {
    let text = read_text(path, "public key file")?;
    VerifyingKey::from_hex(&text)
        .map_err(|e| format!("public key file {}: {e}", path.display()).into())
}

/// Writes through a temporary file in the same directory and renames it into
/// place, so readers see the old file or the new one, never half of one.
fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<(), CliError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| format!("{} is not a file name", path.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| -> io::Result<()> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(mode.unwrap_or(0o644));
        }
        #[cfg(not(unix))]
        let _ = mode;
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display()).into()
    })
}

fn print_json(value: &impl Serialize) -> Result<(), CliError> {
    let line = serde_json::to_string(value)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}

/// Runs `each` on the numbers given, or on stdin's non-blank lines, printing a JSON line each.
fn for_each_number(numbers: Vec<String>, each: impl FnMut(&str) -> String) -> Result<(), CliError> {
    super::text_cmds::until_reader_leaves(write_numbers(numbers, each))
}

fn write_numbers(
    numbers: Vec<String>,
    mut each: impl FnMut(&str) -> String,
) -> Result<(), CliError> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if numbers.is_empty() {
        let stdin = io::stdin();
        let mut buf = Vec::new();
        let mut input = stdin.lock();
        loop {
            buf.clear();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim();
            if !line.is_empty() {
                writeln!(out, "{}", each(line))?;
            }
        }
    } else {
        for number in &numbers {
            writeln!(out, "{}", each(number))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn checked_region(region: &str) -> Result<String, CliError> {
    let region = region.trim().to_ascii_uppercase();
    if phone::is_known_region(&region) {
        Ok(region)
    } else {
        Err(format!(
            "unknown region {region:?}: expected an ISO 3166 alpha-2 code such as US, GB or DE"
        )
        .into())
    }
}

/// The snapshot's region when national numbers can be read there, else US.
fn default_region(label: &str) -> String {
    if phone::is_known_region(label) {
        label.trim().to_ascii_uppercase()
    } else {
        "US".to_string()
    }
}

/// Whether a file starts with the delta magic; anything else is read as a snapshot,
/// whose checks name what is wrong with it.
fn is_delta(bytes: &[u8]) -> bool {
    FileKind::sniff(bytes) == Some(FileKind::Delta)
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
