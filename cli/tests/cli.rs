//! The `stopgate` binary end to end: real processes, real files in temp dirs.
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("stopgate-cli-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// A path inside the directory, as a string for the command line.
    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().unwrap().to_string()
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        std::fs::write(self.0.join(name), contents).unwrap();
        self.path(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Run {
    fn lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("stdout line {l:?} is not JSON: {e}"))
            })
            .collect()
    }

    fn json(&self) -> Value {
        let lines = self.lines();
        assert_eq!(
            lines.len(),
            1,
            "expected one JSON line, got {:?}",
            self.stdout
        );
        lines.into_iter().next().unwrap()
    }

    fn success(self) -> Run {
        assert!(self.ok, "expected success; stderr: {}", self.stderr);
        self
    }

    fn failure(self) -> Run {
        assert!(!self.ok, "expected failure; stdout: {}", self.stdout);
        assert!(
            self.stdout.is_empty(),
            "a failed run printed {:?}",
            self.stdout
        );
        self
    }
}

fn stopgate(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stopgate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run stopgate");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    Run {
        ok: status.success(),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

const LIST_CSV: &str = "\
phone,scope,opted_out_at,name
(415) 555-0134,all,1714560000,\"Smith, Jo\"
+44 20 7946 0958,marketing,2024-05-01T12:00:00Z,\"said \"\"stop\"\" twice\"
\"415.555.0199\",,,

1-212-555-0187,MARKETING,2024-05-02,
212 555 0187,all,,duplicate: widest scope wins
";

fn build(dir: &TempDir, input: &str, extra: &[&str]) -> Run {
    let out = dir.path("list.snap");
    let mut args = vec![
        "build",
        "--input",
        input,
        "--out",
        &out,
        "--sequence",
        "7",
        "--created-at",
        "1714600000",
    ];
    args.extend_from_slice(extra);
    stopgate(&args, "")
}

#[test]
fn build_from_csv_then_check_arguments() {
    let dir = TempDir::new("csv");
    let input = dir.write("list.csv", LIST_CSV);
    let summary = build(&dir, &input, &[]).success().json();
    assert_eq!(summary["kind"], "snapshot");
    assert_eq!(summary["entries"], 4);
    assert_eq!(summary["rows"], 5);
    assert_eq!(summary["skipped"], 0);
    assert_eq!(summary["sequence"], 7);
    assert_eq!(summary["region"], "US");
    assert_eq!(summary["signed"], false);
    assert!(summary["bytes"].as_u64().unwrap() > 0);
    assert!(summary["bits_per_entry"].as_f64().unwrap() > 0.0);

    let snap = dir.path("list.snap");
    let run = stopgate(
        &[
            "check",
            "--snapshot",
            &snap,
            "+14155550134",
            "020 7946 0958",
            "212-555-0187",
            "415 555 0100",
            "call me",
        ],
        "",
    );
    let lines = run.success().lines();
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[0],
        serde_json::json!({"input": "+14155550134", "e164": "+14155550134", "suppressed": true, "scope": "all"})
    );
    // National input is read in the snapshot's region (US): 020... is not a US number.
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("is too long for US"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["scope"], "all");
    assert_eq!(
        lines[3],
        serde_json::json!({"input": "415 555 0100", "e164": "+14155550100", "suppressed": false, "scope": null})
    );
    assert_eq!(
        lines[4],
        serde_json::json!({"input": "call me", "error": "phone number \"call me\" contains letters"})
    );

    let gb = stopgate(
        &[
            "check",
            "--snapshot",
            &snap,
            "--region",
            "gb",
            "020 7946 0958",
        ],
        "",
    )
    .success()
    .json();
    assert_eq!(gb["e164"], "+442079460958");
    assert_eq!(gb["scope"], "marketing");
}

#[test]
fn build_from_json_lines_by_extension_or_content() {
    let dir = TempDir::new("jsonl");
    let list = "{\"phone\": \"+1 415 555 0134\"}\n\n{\"phone\": \"212 555 0187\", \"scope\": \"marketing\", \"opted_out_at\": 1714560000}\n{\"phone\": 14155550199, \"scope\": null}\n";
    for name in ["list.jsonl", "list.ndjson", "list.txt"] {
        let input = dir.write(name, list);
        let summary = build(&dir, &input, &[]).success().json();
        assert_eq!(summary["entries"], 3, "{name}");
        let lines = stopgate(
            &["check", "--snapshot", &dir.path("list.snap")],
            "+12125550187\n\n14155550199\n",
        )
        .success()
        .lines();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["scope"], "marketing");
        assert_eq!(lines[1]["scope"], "all");
    }
}

#[test]
fn bad_rows_fail_the_build_with_their_line_numbers() {
    let dir = TempDir::new("bad");
    let input = dir.write(
        "list.csv",
        "phone,scope\n+14155550134,all\ncall me,all\n\n+14155550199,everything\n+1 415 555 01,all\n",
    );
    let run = build(&dir, &input, &[]).failure();
    assert!(
        run.stderr
            .contains("line 3: phone number \"call me\" contains letters"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 5: unknown scope \"everything\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 6: phone number \"+1 415 555 01\" is too short"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("3 bad rows; nothing written"),
        "{}",
        run.stderr
    );
    assert!(!Path::new(&dir.path("list.snap")).exists());

    let summary = build(&dir, &input, &["--skip-invalid"]).success().json();
    assert_eq!(summary["entries"], 1);
    assert_eq!(summary["skipped"], 3);
    assert_eq!(summary["rows"], 4);

    let jsonl = dir.write(
        "list.jsonl",
        "{\"phone\": \"+14155550134\"}\n{\"phone\": \n{\"scope\": \"all\"}\n[1]\n",
    );
    let run = build(&dir, &jsonl, &[]).failure();
    assert!(run.stderr.contains("line 2: not JSON"), "{}", run.stderr);
    assert!(
        run.stderr.contains("line 3: no phone number"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 4: expected a JSON object"),
        "{}",
        run.stderr
    );
}

#[test]
fn lists_without_a_phone_column_or_with_broken_quotes_fail() {
    let dir = TempDir::new("shape");
    let run = build(
        &dir,
        &dir.write("a.csv", "number,scope\n+14155550134,all\n"),
        &[],
    )
    .failure();
    assert!(run.stderr.contains("no `phone` column"), "{}", run.stderr);
    let run = build(&dir, &dir.write("b.csv", "phone\n\"+14155550134\n"), &[]).failure();
    assert!(
        run.stderr
            .contains("line 2: a quoted field is never closed"),
        "{}",
        run.stderr
    );
    let run = build(
        &dir,
        &dir.write("c.csv", "phone,scope\n+14155550134,all,extra\n"),
        &[],
    )
    .failure();
    assert!(
        run.stderr.contains("line 2: 3 fields, the header has 2"),
        "{}",
        run.stderr
    );
    let run = build(
        &dir,
        &dir.write("d.csv", "phone,opted_out_at\n+14155550134,yesterday\n"),
        &[],
    )
    .failure();
    assert!(
        run.stderr.contains("line 2: opted_out_at \"yesterday\""),
        "{}",
        run.stderr
    );
    let run = stopgate(
        &[
            "build",
            "--input",
            &dir.path("missing.csv"),
            "--out",
            &dir.path("x.snap"),
        ],
        "",
    )
    .failure();
    assert!(
        run.stderr.starts_with("stopgate: cannot read input"),
        "{}",
        run.stderr
    );
    let run = build(
        &dir,
        &dir.write("e.csv", "phone\n+14155550134\n"),
        &["--region", "Narnia"],
    )
    .failure();
    assert!(
        run.stderr.contains("unknown region \"NARNIA\""),
        "{}",
        run.stderr
    );
}

#[test]
fn inspect_reports_good_files_and_refuses_damaged_ones() {
    let dir = TempDir::new("inspect");
    build(&dir, &dir.write("list.csv", LIST_CSV), &["--region", "US"]).success();
    let snap = dir.path("list.snap");
    let info = stopgate(&["inspect", &snap], "").success().json();
    assert_eq!(info["kind"], "snapshot");
    assert_eq!(info["entries"], 4);
    assert_eq!(info["sequence"], 7);
    assert_eq!(info["created_at"], 1714600000);
    assert_eq!(info["region"], "US");
    assert_eq!(info["signed"], false);
    assert!(!info["sections"].as_array().unwrap().is_empty());
    let bytes = std::fs::read(&snap).unwrap();
    assert_eq!(info["bytes"], bytes.len());

    let truncated = dir.write("truncated.snap", &bytes[..bytes.len() / 2]);
    let run = stopgate(&["inspect", &truncated], "").failure();
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("stopgate: "), "{}", run.stderr);

    for at in [bytes.len() / 2, bytes.len() - 1] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x20;
        let flipped = dir.write("flipped.snap", &flipped);
        let run = stopgate(&["inspect", &flipped], "").failure();
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        // A damaged snapshot is refused by `check` too, not read as empty.
        stopgate(&["check", "--snapshot", &flipped, "+14155550134"], "").failure();
    }

    let empty = dir.write("empty.snap", b"");
    stopgate(&["inspect", &empty], "").failure();
    let text = dir.write("text.snap", b"phone\n+14155550134\n");
    stopgate(&["inspect", &text], "").failure();
}

#[test]
fn keygen_signed_build_and_verification() {
    let dir = TempDir::new("keys");
    let (secret, public) = (dir.path("key.secret"), dir.path("key.public"));
    let keys = stopgate(&["keygen", "--secret", &secret, "--public", &public], "")
        .success()
        .json();
    let public_hex = std::fs::read_to_string(&public).unwrap();
    assert_eq!(keys["public_key"], public_hex.trim());
    assert_eq!(public_hex.trim().len(), 64);
    assert_eq!(std::fs::read_to_string(&secret).unwrap().trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&secret).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    let first_secret = std::fs::read_to_string(&secret).unwrap();
    let run = stopgate(
        &[
            "keygen",
            "--secret",
            &secret,
            "--public",
            &dir.path("other.public"),
        ],
        "",
    )
    .failure();
    assert!(
        run.stderr.contains("already exists; use --force"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), first_secret);

    let (other_secret, other_public) = (dir.path("other.secret"), dir.path("other.public"));
    stopgate(
        &[
            "keygen",
            "--secret",
            &other_secret,
            "--public",
            &other_public,
        ],
        "",
    )
    .success();
    assert_ne!(std::fs::read_to_string(&other_public).unwrap(), public_hex);

    let summary = build(&dir, &dir.write("list.csv", LIST_CSV), &["--sign", &secret])
        .success()
        .json();
    assert_eq!(summary["signed"], true);
    let snap = dir.path("list.snap");
    let info = stopgate(&["inspect", &snap, "--verify", &public], "")
        .success()
        .json();
    assert_eq!(info["signed"], true);
    assert_eq!(info["verified"], true);
    let run = stopgate(&["inspect", &snap, "--verify", &other_public], "").failure();
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    stopgate(
        &[
            "check",
            "--snapshot",
            &snap,
            "--verify",
            &other_public,
            "+14155550134",
        ],
        "",
    )
    .failure();
    let line = stopgate(
        &[
            "check",
            "--snapshot",
            &snap,
            "--verify",
            &public,
            "+14155550134",
        ],
        "",
    )
    .success()
    .json();
    assert_eq!(line["suppressed"], true);

    // An unsigned snapshot does not pass for a signed one.
    build(&dir, &dir.write("list.csv", LIST_CSV), &[]).success();
    stopgate(&["inspect", &snap, "--verify", &public], "").failure();

    // --force replaces the key pair.
    stopgate(
        &[
            "keygen", "--secret", &secret, "--public", &public, "--force",
        ],
        "",
    )
    .success();
    assert_ne!(std::fs::read_to_string(&secret).unwrap(), first_secret);
    let bad_key = dir.write("bad.public", "not hex");
    stopgate(&["inspect", &snap, "--verify", &bad_key], "").failure();
}

#[test]
fn delta_then_check_with_the_delta() {
    let dir = TempDir::new("delta");
    let (secret, public) = (dir.path("key.secret"), dir.path("key.public"));
    stopgate(&["keygen", "--secret", &secret, "--public", &public], "").success();
    let base_list = dir.write(
        "base.csv",
        "phone,scope\n+14155550134,all\n+14155550135,marketing\n+14155550136,all\n",
    );
    let base = dir.path("base.snap");
    let args = [
        "build",
        "--input",
        &base_list,
        "--out",
        &base,
        "--sequence",
        "41",
        "--sign",
        &secret,
    ];
    stopgate(&args, "").success();

    // 0134 stays, 0135 widens to all, 0136 opts back in, 0137 opts out of marketing.
    let now_list = dir.write("now.jsonl", "{\"phone\":\"415 555 0134\"}\n{\"phone\":\"415 555 0135\",\"scope\":\"all\"}\n{\"phone\":\"415 555 0137\",\"scope\":\"marketing\"}\n");
    let delta = dir.path("42.delta");
    let summary = stopgate(
        &[
            "delta", "--base", &base, "--input", &now_list, "--out", &delta, "--sign", &secret,
        ],
        "",
    )
    .success()
    .json();
    assert_eq!(summary["kind"], "delta");
    assert_eq!(summary["base_sequence"], 41);
    assert_eq!(summary["sequence"], 42);
    assert_eq!(summary["additions"], 2);
    assert_eq!(summary["removals"], 1);
    assert_eq!(summary["signed"], true);

    let info = stopgate(&["inspect", &delta, "--verify", &public], "")
        .success()
        .json();
    assert_eq!(info["kind"], "delta");
    assert_eq!(info["base_sequence"], 41);
    assert_eq!(info["sequence"], 42);
    assert_eq!(info["additions"], 2);
    assert_eq!(info["removals"], 1);

    let numbers = "+14155550134\n+14155550135\n+14155550136\n+14155550137\n";
    let scopes = |run: Run| {
        run.success()
            .lines()
            .iter()
            .map(|l| l["scope"].as_str().map(str::to_string))
            .collect::<Vec<_>>()
    };
    let before = scopes(stopgate(&["check", "--snapshot", &base], numbers));
    assert_eq!(
        before,
        [
            Some("all".into()),
            Some("marketing".into()),
            Some("all".into()),
            None
        ]
    );
    let after = scopes(stopgate(
        &[
            "check",
            "--snapshot",
            &base,
            "--delta",
            &delta,
            "--verify",
            &public,
        ],
        numbers,
    ));
    assert_eq!(
        after,
        [
            Some("all".into()),
            Some("all".into()),
            None,
            Some("marketing".into())
        ]
    );

    // A delta applies only on top of its base sequence.
    stopgate(
        &[
            "check",
            "--snapshot",
            &base,
            "--delta",
            &delta,
            "--delta",
            &delta,
            "+14155550134",
        ],
        "",
    )
    .failure();
    // An explicit sequence must move forward.
    let run = stopgate(
        &[
            "delta",
            "--base",
            &base,
            "--input",
            &now_list,
            "--out",
            &delta,
            "--sequence",
            "41",
        ],
        "",
    )
    .failure();
    assert!(
        run.stderr.contains("must be greater than the base's 41"),
        "{}",
        run.stderr
    );
    // A delta is not a snapshot.
    stopgate(&["check", "--snapshot", &delta, "+14155550134"], "").failure();
}

#[test]
fn normalize_arguments_and_stdin() {
    let lines = stopgate(
        &["normalize", "(415) 555-0134", "+44 20 7946 0958", "555"],
        "",
    )
    .success()
    .lines();
    assert_eq!(
        lines[0],
        serde_json::json!({"input": "(415) 555-0134", "e164": "+14155550134"})
    );
    assert_eq!(lines[1]["e164"], "+442079460958");
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("too short for US"));
    let lines = stopgate(
        &["normalize", "--region", "de"],
        "030 1234567\r\n\n0151 23456789\n",
    )
    .success()
    .lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["e164"], "+49301234567");
    assert_eq!(lines[1]["e164"], "+4915123456789");
    stopgate(&["normalize", "--region", "ZZ", "1"], "").failure();
}

#[test]
fn classify_json_lines_and_plain_text() {
    let input =
        "{\"text\": \"STOP\", \"id\": 7}\nnot json\n\n{\"text\": \"thanks, see you at 5\"}\n{\"body\": \"STOP\"}\n";
    let lines = stopgate(&["classify"], input).success().lines();
    assert_eq!(lines.len(), 4, "one line per non-blank input line");
    assert_eq!(lines[0]["text"], "STOP");
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["intent"], "opt_out");
    assert_eq!(lines[0]["scope"], "all");
    assert_eq!(lines[0]["strict"], true);
    for field in ["keyword", "rule", "lang", "confidence"] {
        assert!(
            lines[0].get(field).is_some(),
            "{field} missing from {}",
            lines[0]
        );
    }
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(lines[2]["intent"], "none");
    assert_eq!(lines[3]["error"], "no `text` field");

    let lines = stopgate(&["classify", "--plain"], "stop\nSTART\n")
        .success()
        .lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["intent"], "opt_out");
    assert_eq!(lines[1]["intent"], "opt_in");
}

#[test]
fn lint_json_lines() {
    let input = "{\"text\": \"Big sale today! Reply STOP to opt out.\"}\n{\"text\": \"Your code is 123456 🙂\", \"category\": \"transactional\"}\n{\"text\": \"x\", \"category\": \"spam\"}\n";
    let lines = stopgate(&["lint"], input).success().lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["category"], "marketing");
    assert_eq!(lines[0]["encoding"], "GSM-7");
    assert_eq!(lines[0]["segments"], 1);
    assert_eq!(lines[0]["chars"], 38);
    assert!(lines[0]["findings"].is_array());
    assert_eq!(lines[1]["category"], "transactional");
    assert_eq!(lines[1]["encoding"], "UCS-2");
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("unknown category"));

    let lines = stopgate(
        &["lint", "--category", "marketing"],
        "{\"text\": \"Big sale today!\"}\n",
    )
    .success()
    .lines();
    let kinds: Vec<_> = lines[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].clone())
        .collect();
    assert!(
        kinds.contains(&Value::from("missing-opt-out-language")),
        "{kinds:?}"
    );
    stopgate(&["lint", "--category", "spam"], "").failure();
}
