//! Turning the store into signed files: the full snapshot, deltas between
//! sequences, and `stopgate publish`, which writes both to a folder with a
//! manifest for upload to KV, R2 or a CDN.

use super::store::Store;
use super::CliError;
use std::path::Path;
use stopgate::snapshot::{DeltaBuilder, ListDigest, SigningKey, SnapshotBuilder};

/// A built, signed full snapshot.
pub struct Built {
    /// Its sequence.
    pub sequence: u64,
    /// Build time, Unix seconds.
    pub created_at: u64,
    /// Numbers in it.
    pub entries: u64,
    /// The list's digest (contract C1).
    pub digest: ListDigest,
    /// The file.
    pub bytes: Vec<u8>,
}

/// Builds the full snapshot of the current list.
pub fn full(
    store: &mut dyn Store,
    key: &SigningKey,
    region: &str,
    created_at: u64,
) -> Result<Built, CliError> {
    let (sequence, recorded, list) = store.list()?;
    let digest = ListDigest::of(list.iter().copied());
    if digest != recorded {
        // A bug, not an attack: deltas' digest chains would break and edges reload.
        eprintln!(
            "stopgate serve: the recorded digest at sequence {sequence} ({}) is not the list's ({})",
            recorded.to_hex(),
            digest.to_hex()
        );
    }
    let mut builder = SnapshotBuilder::new();
    builder
        .region(region)
        .sequence(sequence)
        .created_at(created_at);
    for &(number, scope) in &list {
        builder.insert(number, scope);
    }
    let bytes = builder.build(Some(key))?;
    Ok(Built {
        sequence,
        created_at,
        entries: list.len() as u64,
        digest,
        bytes,
    })
}

/// What a delta request gets.
pub enum DeltaAnswer {
    /// `since` is the current sequence.
    Current(u64),
    /// `since` is older than the change log reaches (the floor is given).
    Gone { floor: u64, current: u64 },
    /// `since` is ahead of this origin.
    Ahead(u64),
    /// A signed delta from `from` to `to`.
    Delta {
        from: u64,
        to: u64,
        changes: usize,
        bytes: Vec<u8>,
    },
}

/// Builds the delta from `since` to the current sequence.
pub fn delta(
    store: &mut dyn Store,
    since: u64,
    key: &SigningKey,
    created_at: u64,
) -> Result<DeltaAnswer, CliError> {
    let (current, floor, set) = store.changes_since(since)?;
    if since == current {
        return Ok(DeltaAnswer::Current(current));
    }
    if since > current {
        return Ok(DeltaAnswer::Ahead(current));
    }
    if since < floor {
        return Ok(DeltaAnswer::Gone { floor, current });
    }
    let Some((base_digest, digest)) = set.digests else {
        // The log reaches `since` but its digest was not kept (a database from before digests).
        return Ok(DeltaAnswer::Gone {
            floor: current,
            current,
        });
    };
    let mut builder = DeltaBuilder::new(since, current);
    builder.created_at(created_at).digests(base_digest, digest);
    for &(number, scope) in &set.add {
        builder.add(number, scope);
    }
    for &number in &set.remove {
        builder.remove(number);
    }
    let bytes = builder.build(Some(key))?;
    Ok(DeltaAnswer::Delta {
        from: since,
        to: current,
        changes: set.add.len() + set.remove.len(),
        bytes,
    })
}

/// A content hash for manifests and ETags: XXH3-128 in hex. The files are
/// signed, so this names content; it does not protect it.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a
/// reader never sees half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// [`write_atomic`], the file readable by its owner only (0600): the data
/// folder's snapshot holds the whole list.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

/// `stopgate publish`: the full snapshot, deltas from the `deltas` most recent
/// sequences, and `manifest.json`. Returns the manifest.
pub fn write_folder(
    store: &mut dyn Store,
    key: &SigningKey,
    region: &str,
    out: &Path,
    deltas: u64,
    now: u64,
) -> Result<serde_json::Value, CliError> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let built = full(store, key, region, now)?;
    let seq = built.sequence;
    let write = |name: &str, bytes: &[u8]| -> Result<serde_json::Value, CliError> {
        write_atomic(&out.join(name), bytes)
            .map_err(|e| format!("cannot write {}: {e}", out.join(name).display()))?;
        Ok(serde_json::json!({ "file": name, "bytes": bytes.len(), "xxh3": content_hash(bytes) }))
    };
    let snapshot = write("snapshot.sgs", &built.bytes)?;
    let versioned = write(&format!("snapshot-{seq}.sgs"), &built.bytes)?;
    let floor = store.floor()?;
    let mut delta_files = Vec::new();
    for from in seq.saturating_sub(deltas).max(floor)..seq {
        if let DeltaAnswer::Delta {
            from,
            to,
            changes,
            bytes,
        } = delta(store, from, key, now)?
        {
            let mut file = write(&format!("delta-{from}-{to}.sgd"), &bytes)?;
            file["from"] = from.into();
            file["to"] = to.into();
            file["changes"] = changes.into();
            delta_files.push(file);
        }
    }
    // What an edge reading this folder counts freshness from (contract C2), as
    // of this publish: publish again (e.g. from cron) to keep it fresh.
    let statement = stopgate::snapshot::Freshness {
        sequence: seq,
        issued_at: now,
        digest: built.digest,
    }
    .sign(key)?;
    let freshness = write("freshness.sgf", &statement)?;
    let manifest = serde_json::json!({
        "sequence": seq,
        "created": built.created_at,
        "entries": built.entries,
        "region": region,
        "etag": format!("\"{seq}\""),
        "publicKey": key.verifying_key().to_hex(),
        "snapshot": snapshot,
        "versioned": versioned,
        "deltas": delta_files,
        "digest": built.digest.to_hex(),
        "freshness": freshness,
    });
    let text = serde_json::to_string_pretty(&manifest)? + "\n";
    write_atomic(&out.join("manifest.json"), text.as_bytes())
        .map_err(|e| format!("cannot write manifest: {e}"))?;
    Ok(manifest)
}
