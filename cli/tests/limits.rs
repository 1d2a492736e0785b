//! The origin under clients that misbehave or at its own shutdown: slow
//! clients, SIGTERM in the middle of a burst of writes, bounded logs, and the
//! modes of the files it keeps.

mod common;

use common::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use stopgate::Scope;

/// GET /v1/health on a fresh connection that gives up after `within`
/// (a read timeout: the answer must arrive by then).
fn health_within(o: &Origin, within: Duration) -> Result<u16, String> {
    let mut stream = TcpStream::connect(&o.addr).map_err(|e| format!("connect: {e}"))?;
    stream.set_read_timeout(Some(within)).unwrap();
    stream.set_write_timeout(Some(within)).unwrap();
    write!(
        stream,
        "GET /v1/health HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        o.addr
    )
    .map_err(|e| format!("write: {e}"))?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .map_err(|e| format!("no answer within {within:?}: {e}"))?;
    let text = String::from_utf8_lossy(&raw);
    text.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("not an HTTP answer: {text:?}"))
}

/// Opens a connection, sends `at_once`, then trickles `slowly` one byte every
/// 100 ms for at most `for_at_most`. Returns what the server answered, if
/// anything, once it closed the connection (or `None` if it never did).
fn trickle(addr: &str, at_once: &str, slowly: String, for_at_most: Duration) -> Option<String> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(at_once.as_bytes()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let started = Instant::now();
    let bytes = slowly.into_bytes();
    let mut sent = 0;
    let mut answer = Vec::new();
    while started.elapsed() < for_at_most {
        let byte = [*bytes.get(sent).unwrap_or(&b'x')];
        if stream.write_all(&byte).is_err() {
            let _ = stream.read_to_end(&mut answer);
            return Some(String::from_utf8_lossy(&answer).into_owned());
        }
        sent += 1;
        let mut buf = [0u8; 1024];
        match stream.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&answer).into_owned()),
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(_) => {} // nothing yet
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

#[test]
fn slow_clients_do_not_stop_the_origin() {
    let dir = TempDir::new("slow");
    let o = spawn(
        &dir.0.join("data"),
        &["--header-timeout", "2", "--body-timeout", "2"],
    );
    let done = AtomicBool::new(false);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for i in 0..64 {
            let (addr, outcomes) = (o.addr.clone(), &outcomes);
            scope.spawn(move || {
                // Half trickle their headers, half a body they said is 60,000 bytes long.
                let body_trickler = i % 2 == 1;
                let answer = if body_trickler {
                    let head = format!(
                        "POST /v1/inbound HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n"
                    );
                    trickle(&addr, &head, format!("{{\"messageId\":\"{}", "b".repeat(200)), Duration::from_secs(12))
                } else {
                    let slowly = format!("POST /v1/inbound HTTP/1.1\r\nHost: {addr}\r\nX-Slow: {}\r\n", "a".repeat(200));
                    trickle(&addr, "", slowly, Duration::from_secs(12))
                };
                outcomes.lock().unwrap().push((body_trickler, answer));
            });
        }
        // While they trickle, health answers, each time within a second.
        std::thread::sleep(Duration::from_millis(500));
        for _ in 0..8 {
            assert_eq!(health_within(&o, Duration::from_secs(1)), Ok(200));
            std::thread::sleep(Duration::from_millis(150));
        }
        // So does a real write.
        assert_eq!(
            o.inbound("SLOW-1", "+14155550199", "opt_out", None)["recorded"],
            true
        );
        done.store(true, Ordering::Relaxed);
    });
    assert!(done.load(Ordering::Relaxed));
    // Every slow client was cut off by the timeouts; a slow body got a 408.
    let outcomes = outcomes.into_inner().unwrap();
    assert_eq!(outcomes.len(), 64);
    for (body_trickler, answer) in outcomes {
        let answer = answer.expect("a slow client was never cut off");
        if body_trickler {
            assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?}");
            assert!(answer.contains("\"error\""), "{answer:?}");
        }
    }
    assert_eq!(health_within(&o, Duration::from_secs(1)), Ok(200));
}

#[test]
fn sigterm_during_a_burst_loses_nothing_acknowledged() {
    let dir = TempDir::new("sigterm");
    let data = dir.0.join("data");
    let mut o = spawn(&data, &[]);
    let acked = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for t in 0..4u64 {
            let (o, acked) = (&o, &acked);
            scope.spawn(move || {
                for i in 0..400u64 {
                    let number = 16468720000 + t * 1000 + i;
                    let body = serde_json::json!({
                        "messageId": format!("TERM-{t}-{i}"), "from": format!("+{number}"),
                        "to": "+15005550006", "body": "STOP", "receivedAt": 0,
                        "provider": "twilio", "classification": { "intent": "opt_out" },
                    })
                    .to_string();
                    // After the shutdown, connections are refused or cut: stop there.
                    let Some(r) = o.try_request(
                        "POST",
                        "/v1/inbound",
                        &[("Content-Type", "application/json")],
                        body.as_bytes(),
                    ) else {
                        return;
                    };
                    if r.status == 200 {
                        acked.lock().unwrap().push(number);
                    }
                }
            });
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        while acked.lock().unwrap().len() < 100 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        o.sigterm();
    });
    let status = o.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let log = std::fs::read_to_string(data.with_extension("log")).unwrap();
    assert!(log.contains("SIGTERM"), "{log}");
    assert!(log.contains("the database is closed"), "{log}");
    let acked = acked.into_inner().unwrap();
    assert!(
        acked.len() >= 100,
        "only {} writes before the shutdown",
        acked.len()
    );
    let again = spawn(&data, &[]);
    let snap = again.snapshot();
    let lost: Vec<_> = acked
        .iter()
        .filter(|&&n| snap.check(n) != Some(Scope::All))
        .collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
}

#[test]
fn logs_are_compacted_and_old_deltas_are_gone() {
    let dir = TempDir::new("compact");
    let o = spawn(
        &dir.0.join("data"),
        &[
            "--retain-changes",
            "2",
            "--retain-messages",
            "3",
            "--compact-interval",
            "1",
        ],
    );
    let s = o.sequence();
    for i in 0..5 {
        o.inbound(
            &format!("K-{i}"),
            &format!("+1646872{i:04}"),
            "opt_out",
            None,
        );
        assert_eq!(o.request("POST", "/v1/messages", &[], b"{}").status, 202);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while o.get(&format!("/v1/snapshot/delta?since={s}")).status != 410 {
        assert!(
            Instant::now() < deadline,
            "the change log was never compacted"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let gone = o.get(&format!("/v1/snapshot/delta?since={s}"));
    assert_eq!(gone.json()["oldest"].as_u64(), Some(s + 3));
    assert_eq!(gone.json()["sequence"].as_u64(), Some(s + 5));
    assert_eq!(freshness_of(&o, &gone).sequence, s + 5);
    // The two newest changes still come as a delta; the full snapshot has everything.
    let r = o.get(&format!("/v1/snapshot/delta?since={}", s + 3));
    assert_eq!(r.status, 200);
    let snap = o.snapshot();
    for i in 0..5u64 {
        assert_eq!(snap.check(16468720000 + i), Some(Scope::All));
    }
    assert_eq!(o.get("/v1/messages").json().as_array().unwrap().len(), 3);
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_its_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("modes");
    let data = dir.0.join("data");
    let o = spawn(&data, &[]);
    o.inbound("M-1", "+14155550199", "opt_out", None);
    o.snapshot();
    let mode = |name: &str| {
        std::fs::metadata(data.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(""), 0o700, "data folder");
    for file in [
        "stopgate.db",
        "stopgate.db-wal",
        "signing.key",
        "snapshot.sgs",
    ] {
        assert_eq!(mode(file), 0o600, "{file}");
    }
}
