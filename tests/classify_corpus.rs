//! The classifier on the labelled corpus (`corpus/`, see corpus/README.md):
//! accuracy, per-intent precision and recall, the false opt-out rate on
//! ordinary person-to-person texts, scope agreement and the review band, each
//! with a 95% Wilson interval, for `corpus/train/` (every writer's set, each
//! in its own directory; what it was built against: optimistic), each
//! writer's part of it, and `corpus/heldout/` (written independently by
//! writers whose sets were never used to tune: honest), with each held-out
//! writer's part, the replies to businesses only, and the texts not in train.
//! A set that is absent is skipped with a message.
//! `cargo test --test classify_corpus -- --nocapture` prints the figures.
//!
//! Floors (the test fails below them) apply to the training set only, as a
//! regression check; held-out figures are reported, not asserted, so they
//! cannot be tuned against by making a test pass.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use stopgate::classify::{classify, Intent};
use stopgate::Scope;
#[path = "support/wilson.rs"]
mod wilson;
use wilson::fig;

#[derive(Clone)]
struct Row {
    text: String,
    intent: Intent,
    scope: Option<String>,
    lang: String,
    p2p: bool,
}

fn parse_intent(s: &str) -> Intent {
    match s {
        "opt_out" => Intent::OptOut,
        "opt_in" => Intent::OptIn,
        "help" => Intent::Help,
        "none" => Intent::None,
        other => panic!("unknown intent {other:?}"),
    }
}

/// The `*.jsonl` files of `dir` and of its subdirectories (one per writer: `corpus/train/writer-a/`), sorted.
fn jsonl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return files };
    for p in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if p.is_dir() {
            files.extend(jsonl_files(&p));
        } else if p.extension().is_some_and(|x| x == "jsonl") {
            files.push(p);
        }
    }
    files.sort();
    files
}

fn load(dir: &Path) -> Option<Vec<Row>> {
    let files = jsonl_files(dir);
    let mut rows = Vec::new();
    for f in &files {
        let data = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
            let source = v["source"].as_str().unwrap_or_default();
            rows.push(Row {
                text: v["text"].as_str().expect("text").to_string(),
                intent: parse_intent(v["intent"].as_str().expect("intent")),
                scope: v["scope"].as_str().map(str::to_string),
                lang: v["lang"].as_str().unwrap_or("?").to_string(),
                p2p: source.starts_with("p2p") || name.contains("p2p"),
            });
        }
    }
    (!rows.is_empty()).then_some(rows)
}

/// A text lower-cased with every run of non-alphanumeric characters as one space.
fn folded(text: &str) -> String {
    let lower = text.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}


const INTENTS: [Intent; 4] = [Intent::OptOut, Intent::OptIn, Intent::Help, Intent::None];

struct Summary {
    accuracy: f64,
    precision: BTreeMap<&'static str, f64>,
    recall: BTreeMap<&'static str, f64>,
    p2p_false_out: (usize, usize),
    false_opt_ins: usize,
}

fn evaluate(label: &str, rows: &[Row], show_errors: bool) -> Summary {
    let got: Vec<_> = rows.iter().map(|r| classify(&r.text)).collect();
    let n = rows.len();
    let right = rows.iter().zip(&got).filter(|(r, c)| r.intent == c.intent).count();
    println!("== {label}: {n} replies");
    println!("  accuracy              {}", fig(right, n));
    let mut s = Summary { accuracy: right as f64 / n.max(1) as f64, precision: BTreeMap::new(), recall: BTreeMap::new(), p2p_false_out: (0, 0), false_opt_ins: 0 };
    for intent in INTENTS {
        let tp = rows.iter().zip(&got).filter(|(r, c)| r.intent == intent && c.intent == intent).count();
        let pred = got.iter().filter(|c| c.intent == intent).count();
        let sup = rows.iter().filter(|r| r.intent == intent).count();
        println!("  {:<8} precision {}  recall {}", intent.as_str(), fig(tp, pred), fig(tp, sup));
        s.precision.insert(intent.as_str(), if pred == 0 { 1.0 } else { tp as f64 / pred as f64 });
        s.recall.insert(intent.as_str(), if sup == 0 { 1.0 } else { tp as f64 / sup as f64 });
    }
    let p2p: Vec<usize> = (0..n).filter(|&i| rows[i].p2p && rows[i].intent == Intent::None).collect();
    let fo = p2p.iter().filter(|&&i| got[i].intent == Intent::OptOut).count();
    s.p2p_false_out = (fo, p2p.len());
    println!("  false opt-outs on person-to-person texts {}", fig(fo, p2p.len()));
    let false_in = (0..n).filter(|&i| got[i].intent == Intent::OptIn && rows[i].intent != Intent::OptIn).count();
    println!("  false opt-ins {false_in}");
    s.false_opt_ins = false_in;
    // Scope, where both say opt-out and the label names one.
    let scoped: Vec<usize> =
        (0..n).filter(|&i| rows[i].intent == Intent::OptOut && got[i].intent == Intent::OptOut && rows[i].scope.is_some()).collect();
    let scope_ok = scoped
        .iter()
        .filter(|&&i| {
            let want = rows[i].scope.as_deref();
            let have = got[i].scope.map(|s| if s == Scope::Marketing { "marketing" } else { "all" });
            want == have
        })
        .count();
    println!("  scope agreement on opt-outs {}", fig(scope_ok, scoped.len()));
    // The review band: how much is flagged, and how right the rest is.
    let flagged = got.iter().filter(|c| c.review).count();
    let auto: Vec<usize> = (0..n).filter(|&i| !got[i].review).collect();
    let auto_right = auto.iter().filter(|&&i| got[i].intent == rows[i].intent).count();
    let flagged_right = (0..n).filter(|&i| got[i].review && got[i].intent == rows[i].intent).count();
    println!(
        "  review band: {} flagged; accuracy outside it {}; inside it {}",
        fig(flagged, n),
        fig(auto_right, auto.len()),
        fig(flagged_right, flagged)
    );
    // Calibration: accuracy per confidence band.
    print!("  calibration:");
    for (lo, hi) in [(0.0, 0.6), (0.6, 0.75), (0.75, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.01)] {
        let idx: Vec<usize> = (0..n).filter(|&i| (lo..hi).contains(&f64::from(got[i].confidence))).collect();
        let ok = idx.iter().filter(|&&i| got[i].intent == rows[i].intent).count();
        if !idx.is_empty() {
            print!("  [{lo:.2},{:.2}) {:.2} of {}", hi.min(1.0), ok as f64 / idx.len() as f64, idx.len());
        }
    }
    println!();
    let mut by_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (r, c) in rows.iter().zip(&got) {
        let e = by_lang.entry(r.lang.as_str()).or_default();
        e.1 += 1;
        e.0 += usize::from(r.intent == c.intent);
    }
    print!("  accuracy by language:");
    for (l, (k, n)) in &by_lang {
        print!(" {l} {:.2} ({n})", *k as f64 / *n as f64);
    }
    println!();
    if show_errors {
        println!("  errors:");
        for (r, c) in rows.iter().zip(&got) {
            if r.intent != c.intent {
                let tag = if r.p2p { " [p2p]" } else { "" };
                println!("    {:?}{tag}: expected {}, got {} ({}, {:?})", r.text, r.intent.as_str(), c.intent.as_str(), c.rule, c.evidence);
            }
        }
    }
    s
}

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

#[test]
fn training_set() {
    let Some(rows) = load(&corpus().join("train")) else {
        println!("SKIPPED: no corpus/train/**/*.jsonl");
        return;
    };
    // Regression floors, below what it reaches: on each writer's part (writer-a's are the
    // floors it had when it was the whole training set) and on the union.
    let mut parts = Vec::new();
    for (name, w) in writer_dirs(&corpus().join("train")) {
        let Some(part) = load(&w) else { continue };
        parts.push((evaluate(&format!("corpus/train/{name} (part of train)"), &part, false), name));
    }
    let s = evaluate("corpus/train (built against it: optimistic)", &rows, std::env::var_os("STOPGATE_CORPUS_ERRORS").is_some());
    // Every set is checked before the test fails, so one run lists every floor missed.
    let mut misses = Vec::new();
    for (part, name) in &parts {
        let Some(&(_, f)) = FLOORS.iter().find(|(n, _)| n == name) else {
            panic!("corpus/train/{name} has no regression floors in FLOORS: add them when a set moves into train");
        };
        misses.extend(f.misses(name, part));
    }
    misses.extend(UNION.misses("corpus/train", &s));
    // Each earlier round's train, by the writers it held: its floors, only raised since.
    let single = |n: &str, last: u8| n.strip_prefix("writer-").is_some_and(|l| l.len() == 1 && l.as_bytes()[0] <= last);
    let rounds: [EarlierTrain; 15] = [
        ("writers a to zza", "round 18's train", &UNION_AZZA, &|n| n <= "writer-zza"),
        ("writers a to zy", "round 17's train", &UNION_AZY, &|n| n <= "writer-zy"),
        ("writers a to zw", "round 16's train", &UNION_AZW, &|n| n <= "writer-zw"),
        ("writers a to zu", "round 15's train", &UNION_AZU, &|n| n <= "writer-zu"),
        ("writers a to zs", "round 14's train", &UNION_AZS, &|n| n <= "writer-zs"),
        ("writers a to zq", "round 13's train", &UNION_AZQ, &|n| n <= "writer-zq"),
        ("writers a to zo", "round 12's train", &UNION_AZO, &|n| n <= "writer-zo"),
        ("writers a to zm", "round 11's train", &UNION_AZM, &|n| n <= "writer-zm"),
        ("writers a to zk", "round 10's train", &UNION_AZK10, &|n| n <= "writer-zk"),
        ("writers a to ze and zh to zk", "round 9's train", &UNION_AZK, &|n| n != "writer-zf" && n != "writer-zg" && n <= "writer-zk"),
        ("writers a to ze", "round 8's train and zd, ze", &UNION_AZE, &|n| n <= "writer-ze"),
        ("writers a to w", "round 7's train", &UNION_AW, &|n| single(n, b'w')),
        ("writers a to f", "round 4's train", &UNION_AF, &|n| single(n, b'f')),
        ("writers a to d", "round 3's train", &UNION_AD, &|n| single(n, b'd')),
        ("writers a and b", "round 2's train", &UNION_AB, &|n| single(n, b'b')),
    ];
    for (writers, round, floors, keep) in rounds {
        let rows: Vec<Row> = writer_dirs(&corpus().join("train")).into_iter().filter(|(name, _)| keep(name)).filter_map(|(_, dir)| load(&dir)).flatten().collect();
        if !rows.is_empty() {
            misses.extend(floors.misses(&format!("corpus/train {writers}"), &evaluate(&format!("corpus/train, {writers} ({round})"), &rows, false)));
        }
    }
    assert!(misses.is_empty(), "{} floors missed:\n{}", misses.len(), misses.join("\n"));
}

/// An earlier round's train: which writers, which round, its floors, and which writer directories it kept.
type EarlierTrain<'a> = (&'a str, &'a str, &'a Floors, &'a dyn Fn(&str) -> bool);

/// The subdirectories of `dir` (one per writer), with their names, sorted.
fn writer_dirs(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut writers: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string(), p))
        .collect();
    writers.sort();
    writers
}

/// Regression floors for one set.
#[derive(Clone, Copy)]
struct Floors {
    accuracy: f64,
    out_precision: f64,
    out_recall: f64,
    in_recall: f64,
    help_recall: f64,
    /// False opt-outs allowed per 1,000 person-to-person texts.
    p2p_per_1000: usize,
    /// False opt-ins allowed (0 but for a named label conflict).
    false_opt_ins: usize,
}

impl Floors {
    /// What in `s` falls below these floors, one line each (empty when nothing does).
    fn misses(&self, set: &str, s: &Summary) -> Vec<String> {
        let mut out = Vec::new();
        let mut need = |ok: bool, what: String| {
            if !ok {
                out.push(format!("{set}: {what}"));
            }
        };
        need(s.accuracy >= self.accuracy, format!("accuracy {:.3} < {}", s.accuracy, self.accuracy));
        need(s.precision["opt_out"] >= self.out_precision, format!("opt-out precision {:.3} < {}", s.precision["opt_out"], self.out_precision));
        need(s.recall["opt_out"] >= self.out_recall, format!("opt-out recall {:.3} < {}", s.recall["opt_out"], self.out_recall));
        need(s.recall["opt_in"] >= self.in_recall, format!("opt-in recall {:.3} < {}", s.recall["opt_in"], self.in_recall));
        need(s.recall["help"] >= self.help_recall, format!("help recall {:.3} < {}", s.recall["help"], self.help_recall));
        need(s.false_opt_ins <= self.false_opt_ins, format!("{} false opt-ins > {}", s.false_opt_ins, self.false_opt_ins));
        need(
            s.p2p_false_out.0 * 1000 <= self.p2p_per_1000 * s.p2p_false_out.1,
            format!("false opt-outs on person-to-person texts {:?} > {} per 1,000", s.p2p_false_out, self.p2p_per_1000),
        );
        out
    }
}

// Round 13 reads a bare YES stretched by one letter ("yess", "sii", "jaa", "takk") as the YES it
// is: in 43 writers' replies to businesses 34 of them opted in, and between people 3 were `none`
// (writers w and zm: three more of the bare-YES label conflict below).
// One false opt-in is a label conflict, not an error we accept: writer-b's person-to-person
// "yesss" is `none` (a text to a friend), while a bare YES to a business opts in (the policy,
// and writer-a's "yess"). The classifier reads replies to businesses, so it keeps the opt-in.
const FLOORS: &[(&str, Floors)] = &[
    ("writer-a", Floors { accuracy: 0.97, out_precision: 0.99, out_recall: 0.95, in_recall: 0.94, help_recall: 0.98, p2p_per_1000: 1, false_opt_ins: 0 }),
    ("writer-b", Floors { accuracy: 0.965, out_precision: 0.97, out_recall: 0.94, in_recall: 0.875, help_recall: 0.98, p2p_per_1000: 7, false_opt_ins: 1 }),
    // Writers c and d were the held-out set at the second freeze (see corpus/README.md).
    ("writer-c", Floors { accuracy: 0.96, out_precision: 0.95, out_recall: 0.93, in_recall: 0.80, help_recall: 0.91, p2p_per_1000: 3, false_opt_ins: 0 }),
    ("writer-d", Floors { accuracy: 0.96, out_precision: 0.975, out_recall: 0.84, in_recall: 0.62, help_recall: 0.94, p2p_per_1000: 1, false_opt_ins: 0 }),
    // Writers e and f were the held-out set at the third freeze (accuracy then 0.955 and 0.912):
    // floors just under round 4's train figures on them (writer-f's two false opt-ins are the
    // person-to-person "yes plz" and "yes yes yes", the same label conflict as "yesss").
    ("writer-e", Floors { accuracy: 0.96, out_precision: 0.96, out_recall: 0.90, in_recall: 0.80, help_recall: 0.94, p2p_per_1000: 6, false_opt_ins: 0 }),
    ("writer-f", Floors { accuracy: 0.93, out_precision: 0.965, out_recall: 0.85, in_recall: 0.65, help_recall: 0.91, p2p_per_1000: 7, false_opt_ins: 2 }),
    // Writers g and h were the held-out set at the fourth freeze (accuracy then 0.969 and 0.912);
    // writers k to u were written for round 5's train by eleven more independent writers and first
    // read by classifiers built without them (leave-one-writer-out accuracy: k 0.967, l 0.798, m
    // 0.902, n 0.894, o 0.889, p 0.918, q 0.846, r 0.900, s 0.951, t 0.788, u 0.941). Floors just
    // under round 7's train figures. Their false opt-ins are person-to-person bare YESes ("yes
    // please!", "siiii", "да, пожалуйста!"), the label conflict above: an answer word, which the
    // consent rule gives no effect.
    ("writer-g", Floors { accuracy: 0.975, out_precision: 0.96, out_recall: 0.945, in_recall: 0.895, help_recall: 0.995, p2p_per_1000: 6, false_opt_ins: 1 }),
    ("writer-h", Floors { accuracy: 0.935, out_precision: 0.96, out_recall: 0.87, in_recall: 0.655, help_recall: 0.955, p2p_per_1000: 9, false_opt_ins: 4 }),
    // Writers i and j were the held-out set at the fifth freeze (cf1895a; accuracy then 0.938
    // and 0.922): floors just under round 7's train figures on them.
    ("writer-i", Floors { accuracy: 0.95, out_precision: 0.96, out_recall: 0.895, in_recall: 0.745, help_recall: 0.985, p2p_per_1000: 7, false_opt_ins: 2 }),
    ("writer-j", Floors { accuracy: 0.94, out_precision: 0.935, out_recall: 0.885, in_recall: 0.715, help_recall: 0.96, p2p_per_1000: 12, false_opt_ins: 2 }),
    // Writers v and w were the held-out set at the sixth freeze (87cf094; accuracy then 0.952
    // and 0.941): floors just under round 7's train figures on them.
    ("writer-v", Floors { accuracy: 0.955, out_precision: 0.96, out_recall: 0.905, in_recall: 0.765, help_recall: 0.995, p2p_per_1000: 8, false_opt_ins: 3 }),
    ("writer-w", Floors { accuracy: 0.94, out_precision: 0.955, out_recall: 0.865, in_recall: 0.675, help_recall: 0.995, p2p_per_1000: 10, false_opt_ins: 10 }),
    ("writer-k", Floors { accuracy: 0.965, out_precision: 0.855, out_recall: 0.925, in_recall: 0.8, help_recall: 0.995, p2p_per_1000: 16, false_opt_ins: 10 }),
    ("writer-l", Floors { accuracy: 0.815, out_precision: 0.94, out_recall: 0.89, in_recall: 0.45, help_recall: 0.865, p2p_per_1000: 9, false_opt_ins: 0 }),
    ("writer-m", Floors { accuracy: 0.915, out_precision: 0.965, out_recall: 0.82, in_recall: 0.755, help_recall: 0.975, p2p_per_1000: 16, false_opt_ins: 8 }),
    ("writer-n", Floors { accuracy: 0.895, out_precision: 0.95, out_recall: 0.76, in_recall: 0.67, help_recall: 0.965, p2p_per_1000: 18, false_opt_ins: 1 }),
    ("writer-o", Floors { accuracy: 0.9, out_precision: 0.94, out_recall: 0.805, in_recall: 0.53, help_recall: 0.96, p2p_per_1000: 20, false_opt_ins: 2 }),
    ("writer-p", Floors { accuracy: 0.92, out_precision: 0.965, out_recall: 0.825, in_recall: 0.595, help_recall: 0.955, p2p_per_1000: 10, false_opt_ins: 0 }),
    ("writer-q", Floors { accuracy: 0.86, out_precision: 0.955, out_recall: 0.755, in_recall: 0.6, help_recall: 0.875, p2p_per_1000: 22, false_opt_ins: 13 }),
    ("writer-r", Floors { accuracy: 0.91, out_precision: 0.725, out_recall: 0.795, in_recall: 0.595, help_recall: 0.965, p2p_per_1000: 53, false_opt_ins: 0 }),
    ("writer-s", Floors { accuracy: 0.955, out_precision: 0.935, out_recall: 0.84, in_recall: 0.615, help_recall: 0.995, p2p_per_1000: 10, false_opt_ins: 0 }),
    ("writer-t", Floors { accuracy: 0.815, out_precision: 0.74, out_recall: 0.885, in_recall: 0.43, help_recall: 0.92, p2p_per_1000: 9, false_opt_ins: 0 }),
    ("writer-u", Floors { accuracy: 0.94, out_precision: 0.97, out_recall: 0.87, in_recall: 0.745, help_recall: 0.965, p2p_per_1000: 10, false_opt_ins: 1 }),
    // Round 8: x and y (round 7's held-out pair, measured once at the seventh freeze) moved into
    // train with the four writers of this round (z: opt-ins, za: the long tail of opt-outs, zb and
    // zc: person-to-person texts); floors just under their train figures.
    ("writer-x", Floors { accuracy: 0.965, out_precision: 0.955, out_recall: 0.92, in_recall: 0.86, help_recall: 0.995, p2p_per_1000: 10, false_opt_ins: 1 }),
    ("writer-y", Floors { accuracy: 0.965, out_precision: 0.98, out_recall: 0.905, in_recall: 0.845, help_recall: 0.995, p2p_per_1000: 3, false_opt_ins: 5 }),
    ("writer-z", Floors { accuracy: 0.83, out_precision: 0.925, out_recall: 0.95, in_recall: 0.61, help_recall: 0.995, p2p_per_1000: 7, false_opt_ins: 7 }),
    ("writer-za", Floors { accuracy: 0.85, out_precision: 0.975, out_recall: 0.76, in_recall: 0.955, help_recall: 0.995, p2p_per_1000: 14, false_opt_ins: 0 }),
    ("writer-zb", Floors { accuracy: 0.97, out_precision: 0.85, out_recall: 0.95, in_recall: 0.96, help_recall: 0.995, p2p_per_1000: 19, false_opt_ins: 7 }),
    ("writer-zc", Floors { accuracy: 0.945, out_precision: 0.865, out_recall: 0.86, in_recall: 0.765, help_recall: 0.995, p2p_per_1000: 21, false_opt_ins: 5 }),
    // Round 9: zd and ze (round 8's held-out pair, measured once at the eighth freeze, 33823ec;
    // accuracy then 0.962 and 0.956) moved into train; floors just under their train figures.
    ("writer-zd", Floors { accuracy: 0.955, out_precision: 0.945, out_recall: 0.895, in_recall: 0.865, help_recall: 0.985, p2p_per_1000: 11, false_opt_ins: 1 }),
    ("writer-ze", Floors { accuracy: 0.95, out_precision: 0.965, out_recall: 0.87, in_recall: 0.78, help_recall: 0.98, p2p_per_1000: 7, false_opt_ins: 1 }),
    // Round 9, its second stop: four more writers' sets (zh: opt-ins and help outside English; zi: the long tail
    // of opt-outs and look-alikes in zh/ja/ko/hi/ru; zj: person-to-person look-alikes; zk: terse
    // replies), first read by a classifier built without them; floors just under their train figures.
    ("writer-zh", Floors { accuracy: 0.87, out_precision: 0.89, out_recall: 0.98, in_recall: 0.64, help_recall: 0.975, p2p_per_1000: 1, false_opt_ins: 0 }),
    ("writer-zi", Floors { accuracy: 0.915, out_precision: 0.925, out_recall: 0.835, in_recall: 0.665, help_recall: 0.855, p2p_per_1000: 21, false_opt_ins: 0 }),
    ("writer-zj", Floors { accuracy: 0.98, out_precision: 0.835, out_recall: 0.985, in_recall: 0.0, help_recall: 0.0, p2p_per_1000: 13, false_opt_ins: 1 }),
    ("writer-zk", Floors { accuracy: 0.935, out_precision: 0.995, out_recall: 0.905, in_recall: 0.72, help_recall: 0.93, p2p_per_1000: 1, false_opt_ins: 3 }),
    // Round 10: zf and zg (round 9's held-out pair, measured once at the ninth freeze, b030ce1;
    // accuracy then 0.974 and 0.969) moved into train; floors just under their train figures.
    ("writer-zf", Floors { accuracy: 0.98, out_precision: 0.98, out_recall: 0.95, in_recall: 0.9, help_recall: 0.995, p2p_per_1000: 1, false_opt_ins: 0 }),
    ("writer-zg", Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.95, in_recall: 0.73, help_recall: 0.97, p2p_per_1000: 1, false_opt_ins: 1 }),
    // Round 11: zl and zm (round 10's held-out pair, measured once at the tenth freeze, 503b29c;
    // accuracy then 0.973 and 0.957) moved into train; floors just under their train figures.
    ("writer-zl", Floors { accuracy: 0.97, out_precision: 0.985, out_recall: 0.96, in_recall: 0.785, help_recall: 0.985, p2p_per_1000: 1, false_opt_ins: 0 }),
    ("writer-zm", Floors { accuracy: 0.96, out_precision: 0.985, out_recall: 0.925, in_recall: 0.74, help_recall: 0.995, p2p_per_1000: 1, false_opt_ins: 1 }),
    // Round 12: zn and zo (round 11's held-out pair, measured once at the eleventh freeze, bcfb5a5;
    // accuracy then 0.971 for the pair) moved into train; floors just under their train figures.
    ("writer-zn", Floors { accuracy: 0.975, out_precision: 0.985, out_recall: 0.955, in_recall: 0.875, help_recall: 0.985, p2p_per_1000: 2, false_opt_ins: 0 }),
    ("writer-zo", Floors { accuracy: 0.965, out_precision: 0.985, out_recall: 0.905, in_recall: 0.79, help_recall: 0.97, p2p_per_1000: 1, false_opt_ins: 0 }),
    // Round 13: zp and zq (round 12's held-out pair, measured once at the twelfth freeze, d20b439;
    // accuracy then 0.969 for the pair) moved into train; floors just under their train figures.
    ("writer-zp", Floors { accuracy: 0.97, out_precision: 0.975, out_recall: 0.925, in_recall: 0.94, help_recall: 0.86, p2p_per_1000: 6, false_opt_ins: 0 }),
    ("writer-zq", Floors { accuracy: 0.965, out_precision: 0.955, out_recall: 0.915, in_recall: 0.925, help_recall: 0.955, p2p_per_1000: 8, false_opt_ins: 2 }),
    // Round 14: zr and zs each have ten bare answer words between people ("ja", "oui", "да"): the
    // bare-YES label conflict below, one in each of ten languages.
    ("writer-zr", Floors { accuracy: 0.965, out_precision: 0.98, out_recall: 0.94, in_recall: 0.825, help_recall: 0.955, p2p_per_1000: 5, false_opt_ins: 10 }),
    ("writer-zs", Floors { accuracy: 0.98, out_precision: 0.97, out_recall: 0.975, in_recall: 0.965, help_recall: 0.995, p2p_per_1000: 3, false_opt_ins: 10 }),
    // Round 15: zt and zu, held out at the fourteenth freeze, moved into train.
    ("writer-zt", Floors { accuracy: 0.97, out_precision: 0.98, out_recall: 0.91, in_recall: 0.885, help_recall: 0.985, p2p_per_1000: 6, false_opt_ins: 0 }),
    ("writer-zu", Floors { accuracy: 0.96, out_precision: 0.97, out_recall: 0.9, in_recall: 0.82, help_recall: 0.93, p2p_per_1000: 7, false_opt_ins: 0 }),
    // Round 16: zv and zw, held out at the fifteenth freeze, moved into train. The model stays
    // round 15's (README, round 16), so these are its figures on the pair, a little above the
    // fifteenth freeze's for the laughter change. zv's people tell friends "stop calling me at
    // work" and "leave me alone, I mean it this time".
    ("writer-zv", Floors { accuracy: 0.94, out_precision: 0.91, out_recall: 0.86, in_recall: 0.85, help_recall: 0.98, p2p_per_1000: 28, false_opt_ins: 3 }),
    ("writer-zw", Floors { accuracy: 0.945, out_precision: 0.935, out_recall: 0.83, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 10, false_opt_ins: 0 }),
    // Round 17: zx and zy, held out at the sixteenth freeze, moved into train; their figures there.
    // zy's eleven false opt-ins are bare answer words between people ("yes", "ja", "да"), the policy's YES.
    ("writer-zx", Floors { accuracy: 0.965, out_precision: 0.945, out_recall: 0.92, in_recall: 0.94, help_recall: 0.99, p2p_per_1000: 16, false_opt_ins: 1 }),
    ("writer-zy", Floors { accuracy: 0.955, out_precision: 0.9, out_recall: 0.91, in_recall: 0.93, help_recall: 0.99, p2p_per_1000: 26, false_opt_ins: 11 }),
    // Round 18: zz and zza, held out at the seventeenth freeze, moved into train; their figures there.
    // zz's ten false opt-ins are bare answer words between coworkers ("yes", "oui", "はい"), the policy's YES.
    ("writer-zz", Floors { accuracy: 0.955, out_precision: 0.95, out_recall: 0.92, in_recall: 0.73, help_recall: 0.99, p2p_per_1000: 13, false_opt_ins: 10 }),
    ("writer-zza", Floors { accuracy: 0.97, out_precision: 0.965, out_recall: 0.905, in_recall: 0.92, help_recall: 0.99, p2p_per_1000: 11, false_opt_ins: 0 }),
    // Round 19: zzb and zzc, held out at the eighteenth freeze, moved into train; their figures there.
    // zzc's two false opt-ins: "Yes please!" (the policy's YES) and an unsubscribe said to a friend.
    ("writer-zzb", Floors { accuracy: 0.955, out_precision: 0.93, out_recall: 0.885, in_recall: 0.91, help_recall: 0.99, p2p_per_1000: 22, false_opt_ins: 0 }),
    ("writer-zzc", Floors { accuracy: 0.945, out_precision: 0.93, out_recall: 0.845, in_recall: 0.84, help_recall: 0.99, p2p_per_1000: 18, false_opt_ins: 2 }),
];
/// The union of writers a to d (the whole of train in round 3: its floors, only raised since).
const UNION_AD: Floors =
    Floors { accuracy: 0.965, out_precision: 0.98, out_recall: 0.93, in_recall: 0.85, help_recall: 0.955, p2p_per_1000: 3, false_opt_ins: 1 };
/// The union of writers a to f (the whole of train in round 4: its floors, only raised since).
const UNION_AF: Floors =
    Floors { accuracy: 0.96, out_precision: 0.98, out_recall: 0.92, in_recall: 0.81, help_recall: 0.965, p2p_per_1000: 4, false_opt_ins: 3 };
// Round 15 re-encoded the model (`none` the reference class, a coarser step: src/classify/model.rs)
// to fit the size budget with two more writers. Out of writer it reads more opt-ins (0.803 to 0.817
// of 9,138, the same false opt-ins) and far fewer person-to-person texts as opt-outs (468 to 411 of
// 64,701); on train, where it was fitted, its probabilities are less extreme, and three unions'
// opt-in recall floors came down by 0.005 to 0.01 (the learned opt-in is review-only: consent never
// acts on it). Every other floor stayed.
// Round 16: the union now holds zv and zw, read by a model that never saw them (their floors
// above), so it takes their three false opt-ins (one label call: "cancel Saturday, but keep sending
// the texts", `none` to its writer, CONTINUE to the policy) and zv's 42 person-to-person texts:
// 115 false opt-ins and 5 a thousand. Round 15's union, the same 47 writers, keeps 113 and 4.
// Round 17: the union holds zx and zy too (51 writers), and takes zy's eleven bare answer words
// between people: 127 false opt-ins. Round 16's union keeps its floors.
// Round 18: the union holds zz and zza too (53 writers), and takes zz's ten bare answer words and
// its 20 false opt-outs between coworkers: 137 false opt-ins and 6 a thousand (376 of 74,113).
// Round 17's union keeps its floors.
// Round 19: the union holds zzb and zzc too (55 writers): 139 false opt-ins, 6 a thousand (439 of
// 77,327). Round 18's union keeps its floors.
/// The union of every writer in train (fifty-five since round 19; its false opt-ins are the bare-YES label conflicts of the writers above).
const UNION: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 6, false_opt_ins: 139 };
/// The union of writers a to zza (the whole of train in round 18: its floors, only raised since).
const UNION_AZZA: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 6, false_opt_ins: 137 };
/// The union of writers a to zy (the whole of train in round 17: its floors, only raised since).
const UNION_AZY: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 5, false_opt_ins: 127 };
/// The union of writers a to zw (the whole of train in round 16: its floors, only raised since).
const UNION_AZW: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 5, false_opt_ins: 115 };
/// The union of writers a to zu (the whole of train in round 15: its floors, only raised since).
const UNION_AZU: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 4, false_opt_ins: 113 };
/// The union of writers a to zs (the whole of train in round 14: its floors, only raised since but for opt-in recall: see above).
const UNION_AZS: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.93, in_recall: 0.83, help_recall: 0.98, p2p_per_1000: 4, false_opt_ins: 113 };
/// The union of writers a to zq (the whole of train in round 13: its floors, only raised since).
const UNION_AZQ: Floors =
    Floors { accuracy: 0.965, out_precision: 0.975, out_recall: 0.92, in_recall: 0.825, help_recall: 0.98, p2p_per_1000: 5, false_opt_ins: 93 };
/// The union of writers a to zo (the whole of train in round 12: its floors, only raised since but
/// for the stretched bare YESes between people that round 13 reads as the YES they are: see FLOORS).
const UNION_AZO: Floors =
    Floors { accuracy: 0.96, out_precision: 0.975, out_recall: 0.92, in_recall: 0.82, help_recall: 0.98, p2p_per_1000: 5, false_opt_ins: 91 };
// The earlier rounds' unions below allow one or two false opt-ins more since round 13: the
// stretched bare YESes between people of writers w and zm (see FLOORS); and one more in every
// union holding writer-n, a label conflict the retrained model of round 13 now follows: writer-n's
// "断水のお知らせは引き続き送ってください" (keep sending the water-outage notices) is `none`, where
// the policy's CONTINUE and fifteen Japanese rows of other writers with 引き続き ("リマインダーを
// 引き続き送ってください") opt in. The model's reading is a suggestion for review (rule `learned`, at most
// 0.7), never consent. Nothing else was lowered.
/// The union of writers a to zm (the whole of train in round 11: its floors, only raised since).
const UNION_AZM: Floors =
    Floors { accuracy: 0.96, out_precision: 0.965, out_recall: 0.92, in_recall: 0.82, help_recall: 0.98, p2p_per_1000: 6, false_opt_ins: 91 };
/// The union of writers a to zk (the whole of train in round 10: its floors, only raised since).
const UNION_AZK10: Floors =
    Floors { accuracy: 0.96, out_precision: 0.965, out_recall: 0.92, in_recall: 0.82, help_recall: 0.98, p2p_per_1000: 7, false_opt_ins: 90 };
/// The union of writers a to ze and zh to zk (the whole of train in round 9: its floors, only raised since).
const UNION_AZK: Floors =
    Floors { accuracy: 0.955, out_precision: 0.965, out_recall: 0.915, in_recall: 0.815, help_recall: 0.98, p2p_per_1000: 7, false_opt_ins: 89 };
/// The union of writers a to ze (the whole of train in round 9's first stop: its floors, only raised since).
const UNION_AZE: Floors =
    Floors { accuracy: 0.945, out_precision: 0.96, out_recall: 0.89, in_recall: 0.765, help_recall: 0.985, p2p_per_1000: 9, false_opt_ins: 85 };
/// The union of writers a to w (the whole of train in round 7: its floors, only raised since).
const UNION_AW: Floors =
    Floors { accuracy: 0.93, out_precision: 0.95, out_recall: 0.87, in_recall: 0.66, help_recall: 0.95, p2p_per_1000: 12, false_opt_ins: 60 };
/// The union of writers a and b (the whole of train in round 2: its floors, only raised since).
const UNION_AB: Floors =
    Floors { accuracy: 0.97, out_precision: 0.98, out_recall: 0.95, in_recall: 0.92, help_recall: 0.98, p2p_per_1000: 3, false_opt_ins: 1 };

#[test]
fn held_out_set() {
    let Some(rows) = load(&corpus().join("heldout")) else {
        println!(
            "SKIPPED held-out figures: corpus/heldout/ is absent or empty (a new set from an independent writer is added once, after the freeze; see corpus/README.md)"
        );
        return;
    };
    let show = std::env::var_os("STOPGATE_CORPUS_ERRORS").is_some();
    // Each writer's part alone (one directory per writer), then the part whose text
    // (lower-cased, punctuation and spacing folded) appears nowhere in train: common replies
    // such as "STOP" are in both.
    for (name, dir) in writer_dirs(&corpus().join("heldout")) {
        if let Some(rows) = load(&dir) {
            evaluate(&format!("corpus/heldout/{name}"), &rows, false);
        }
    }
    let seen: std::collections::HashSet<String> =
        load(&corpus().join("train")).unwrap_or_default().iter().map(|r| folded(&r.text)).collect();
    let unseen: Vec<Row> = rows.iter().filter(|r| !seen.contains(&folded(&r.text))).cloned().collect();
    evaluate("corpus/heldout, texts not in train", &unseen, false);
    let replies: Vec<Row> = rows.iter().filter(|r| !r.p2p).cloned().collect();
    evaluate("corpus/heldout, replies to businesses only", &replies, false);
    let s = evaluate("corpus/heldout (never used to tune: honest)", &rows, show);
    let (fo, n) = s.p2p_false_out;
    println!(
        "  targets (issue 14): accuracy >= 0.95: {}; opt-out recall >= 0.95 at precision >= 0.98: {}; opt-in precision 1.00, recall >= 0.90: {}; help >= 0.95 both: {}; false opt-outs <= 1/1000: {}",
        s.accuracy >= 0.95,
        s.recall["opt_out"] >= 0.95 && s.precision["opt_out"] >= 0.98,
        s.precision["opt_in"] == 1.0 && s.recall["opt_in"] >= 0.90,
        s.precision["help"] >= 0.95 && s.recall["help"] >= 0.95,
        fo * 1000 <= n,
    );
}
