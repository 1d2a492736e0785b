//! The origin's figures (issue 12), SQLite and PostgreSQL side by side in one
//! run, each against a baseline measured in the same run on the same origin:
//!
//! - inbound writes per second (signed `POST /v1/inbound` STOPs, each
//!   re-classified and committed before the answer, from several writers),
//!   against the send log's writes per second (`POST /v1/messages`: the same
//!   HTTP, signature check and commit, no list change);
//! - the cost of serving a delta over 10k, 100k and 1M changes (one import of
//!   that many numbers, then `GET /v1/snapshot/delta?since=` the sequence
//!   before it; median of a few), against the median `GET /v1/health`.
//!
//! The real binary on loopback, the real databases (PostgreSQL through
//! `STOPGATE_TEST_PG`, as `scripts/bench-origin.sh` sets it; without it only
//! SQLite is measured). `STOPGATE_BENCH_QUICK=1` measures 10k and 100k only.
//! Figures are printed, never asserted.

#[path = "../tests/common/mod.rs"]
mod common;

use common::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const WRITERS: u64 = 4;
const WRITE_FOR: Duration = Duration::from_secs(4);

struct Figures {
    backend: &'static str,
    messages_per_s: f64,
    inbound_per_s: f64,
    health_ms: f64,
    /// (changes, import seconds, delta ms, delta bytes)
    deltas: Vec<(u64, f64, f64, usize)>,
}

/// The `k`th valid North American number in `area` (exchanges 200..=999 but
/// N11 and 555), outside the demo seed's area codes.
fn nanp(area: u64, k: u64) -> u64 {
    let exchanges: Vec<u64> = (200..1000).filter(|e| e % 100 != 11 && *e != 555).collect();
    let exchange = exchanges[(k / 10_000) as usize % exchanges.len()];
    10_000_000_000 + area * 10_000_000 + exchange * 10_000 + k % 10_000
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Requests per second from `WRITERS` threads for `WRITE_FOR`.
fn rate(o: &Origin, request: impl Fn(&Origin, u64, u64) -> bool + Sync) -> f64 {
    let done = AtomicU64::new(0);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..WRITERS {
            let (done, request) = (&done, &request);
            scope.spawn(move || {
                let mut i = 0;
                while started.elapsed() < WRITE_FOR && i < 200_000 {
                    assert!(request(o, t, i), "a write failed");
                    done.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
            });
        }
    });
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn args<'a>(database: Option<&'a str>, extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec![
        "--seed-count",
        "1000",
        "--snapshot-interval",
        "86400",
        "--rebuild-after",
        "1000000000",
        "--heartbeat",
        "0",
        "--retain-changes",
        "0",
        "--retain-seconds",
        "0",
        "--retain-messages",
        "0",
        "--compact-interval",
        "86400",
        "--threads",
        "2",
    ];
    if let Some(url) = database {
        a.extend(["--database", url]);
    }
    a.extend_from_slice(extra);
    a
}

fn measure(backend: &'static str, database: Option<&str>, sizes: &[u64]) -> Figures {
    let dir = TempDir::new(&format!("bench-{backend}"));
    let data = dir.0.join("data");
    let mut o = launch(&data, &args(database, &[]), None);
    let messages_per_s = rate(&o, |o, t, i| {
        o.request(
            "POST",
            "/v1/messages",
            &[("Content-Type", "application/json")],
            format!("{{\"to\":\"+1415555{t}{i:05}\",\"body\":\"hi\"}}").as_bytes(),
        )
        .status
            == 202
    });
    eprintln!("{backend}: {messages_per_s:.0} send-log writes/s");
    let inbound_per_s = rate(&o, |o, t, i| {
        let body = serde_json::json!({
            "messageId": format!("B-{t}-{i}"), "from": format!("+{}", nanp(347, t * 1_000_000 + i)),
            "to": "+15005550006", "body": "STOP", "receivedAt": 0, "provider": "twilio",
            "classification": { "intent": "opt_out", "scope": "all" },
        });
        let r = o.post_json("/v1/inbound", &body);
        if r.status != 200 {
            eprintln!("inbound: {} {}", r.status, String::from_utf8_lossy(&r.body));
        }
        r.status == 200
    });
    eprintln!("{backend}: {inbound_per_s:.0} inbound writes/s");
    let health_ms = median(
        (0..50)
            .map(|_| {
                let t = Instant::now();
                assert_eq!(o.get("/v1/health").status, 200);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    );
    let mut deltas = Vec::new();
    let mut next = 0u64;
    for &n in sizes {
        let since = o.sequence();
        o.terminate();
        let csv = dir.0.join(format!("import-{n}.csv"));
        let mut text = String::with_capacity(n as usize * 14);
        text.push_str("phone\n");
        for k in 0..n {
            text.push_str(&format!("+{}\n", nanp(332, next + k)));
        }
        next += n;
        std::fs::write(&csv, text).unwrap();
        let started = Instant::now();
        o = launch(
            &data,
            &args(database, &["--import", csv.to_str().unwrap()]),
            None,
        );
        let import_s = started.elapsed().as_secs_f64();
        assert_eq!(o.sequence(), since + 1);
        let mut bytes = 0;
        let ms = median(
            (0..5)
                .map(|_| {
                    let t = Instant::now();
                    let r = o.get(&format!("/v1/snapshot/delta?since={since}"));
                    assert_eq!(r.status, 200);
                    bytes = r.body.len();
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect(),
        );
        deltas.push((n, import_s, ms, bytes));
        let _ = std::fs::remove_file(&csv);
    }
    o.terminate();
    Figures {
        backend,
        messages_per_s,
        inbound_per_s,
        health_ms,
        deltas,
    }
}

fn fresh_database() -> Option<String> {
    let admin = std::env::var("STOPGATE_TEST_PG").ok()?;
    let name = format!("stopgate_bench_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).ok()?;
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .ok()?;
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .ok()?;
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some(format!("{base}/{name}"))
}

fn main() {
    // `cargo bench` passes `--bench`; nothing here takes arguments.
    let quick = std::env::var("STOPGATE_BENCH_QUICK").is_ok_and(|v| v == "1");
    let sizes: &[u64] = if quick {
        &[10_000, 100_000]
    } else {
        &[10_000, 100_000, 1_000_000]
    };
    let mut all = vec![measure("sqlite", None, sizes)];
    match fresh_database() {
        Some(url) => all.push(measure("postgres", Some(&url), sizes)),
        None => println!(
            "postgres: not measured (set STOPGATE_TEST_PG, or run scripts/bench-origin.sh)"
        ),
    }
    println!(
        "\norigin, loopback, {WRITERS} writers for {} s, 2 runtime threads, same run",
        WRITE_FOR.as_secs()
    );
    println!(
        "{:<9} {:>14} {:>16} {:>9}   baseline: send log writes/s, GET /v1/health",
        "backend", "inbound/s", "x send-log/s", "health"
    );
    for f in &all {
        println!(
            "{:<9} {:>14.0} {:>15.2}x {:>7.2}ms   ({:.0} send-log writes/s)",
            f.backend,
            f.inbound_per_s,
            f.inbound_per_s / f.messages_per_s,
            f.health_ms,
            f.messages_per_s
        );
    }
    println!(
        "\n{:<9} {:>9} {:>17} {:>9} {:>9} {:>9}",
        "backend", "changes", "restart+import s", "delta ms", "x health", "delta kB"
    );
    for f in &all {
        for &(n, import_s, ms, bytes) in &f.deltas {
            println!(
                "{:<9} {:>9} {:>17.2} {:>9.1} {:>8.0}x {:>9.1}",
                f.backend,
                n,
                import_s,
                ms,
                ms / f.health_ms,
                bytes as f64 / 1024.0
            );
        }
    }
    if let [a, b] = all.as_slice() {
        println!(
            "\npostgres / sqlite: inbound writes {:.2}x; delta cost {}",
            b.inbound_per_s / a.inbound_per_s,
            a.deltas
                .iter()
                .zip(&b.deltas)
                .map(|(x, y)| format!("{}: {:.2}x", x.0, y.2 / x.2))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
}
