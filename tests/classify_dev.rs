//! Precision and recall on the labelled development set
//! (`../shared/data/classifier_dev.jsonl` next to the crate). Skips, saying
//! so, when the file is absent (`STOPGATE_DEV_SET` names another path). Fails only below the floors, so the printed
//! figures are the point: `cargo test --test classify_dev -- --nocapture`.
use std::path::PathBuf;

use stopgate::classify::{classify, Intent};

/// Below these the test fails.
const PRECISION_FLOOR: f64 = 0.95;
const RECALL_FLOOR: f64 = 0.95;

const INTENTS: [Intent; 4] = [Intent::OptOut, Intent::OptIn, Intent::Help, Intent::None];

fn parse_intent(s: &str) -> Intent {
    match s {
        "opt_out" => Intent::OptOut,
        "opt_in" => Intent::OptIn,
        "help" => Intent::Help,
        "none" => Intent::None,
        other => panic!("unknown intent {other:?} in the dev set"),
    }
}

#[test]
fn dev_set() {
    // STOPGATE_DEV_SET overrides the location (e.g. from a git worktree).
    let path = std::env::var_os("STOPGATE_DEV_SET")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/classifier_dev.jsonl"));
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: classifier dev set not found at {} (it lives outside the crate)", path.display());
        return;
    };
    let mut rows = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let text = v["text"].as_str().expect("text").to_string();
        let intent = parse_intent(v["intent"].as_str().expect("intent"));
        let lang = v["lang"].as_str().map(str::to_string);
        rows.push((text, intent, lang));
    }
    let mut wrong = Vec::new();
    let (mut lang_total, mut lang_agree) = (0, 0);
    let mut results = Vec::new();
    for (text, expected, lang) in &rows {
        let c = classify(text);
        if c.intent != *expected {
            wrong.push(format!(
                "  {:?}: expected {}, got {} (rule {}, keyword {:?})",
                text,
                expected.as_str(),
                c.intent.as_str(),
                c.rule,
                c.keyword
            ));
        } else if *expected != Intent::None {
            lang_total += 1;
            if c.lang == lang.as_deref() {
                lang_agree += 1;
            } else {
                wrong.push(format!("  {:?}: lang expected {:?}, got {:?}", text, lang, c.lang));
            }
        }
        results.push((*expected, c.intent));
    }
    println!("classifier dev set: {} messages", rows.len());
    println!("  {:<8} {:>9} {:>9} {:>7}", "intent", "precision", "recall", "support");
    let mut failed = Vec::new();
    for intent in INTENTS {
        let tp = results.iter().filter(|(e, g)| *e == intent && *g == intent).count();
        let predicted = results.iter().filter(|(_, g)| *g == intent).count();
        let support = results.iter().filter(|(e, _)| *e == intent).count();
        let p = if predicted == 0 { 1.0 } else { tp as f64 / predicted as f64 };
        let r = if support == 0 { 1.0 } else { tp as f64 / support as f64 };
        println!("  {:<8} {:>9.3} {:>9.3} {:>7}", intent.as_str(), p, r, support);
        if p < PRECISION_FLOOR || r < RECALL_FLOOR {
            failed.push(intent.as_str());
        }
    }
    let accuracy = results.iter().filter(|(e, g)| e == g).count() as f64 / results.len().max(1) as f64;
    println!("  accuracy {:.3}; lang agreement on matched intents {}/{}", accuracy, lang_agree, lang_total);
    if !wrong.is_empty() {
        println!("misclassified or wrong language:");
        for w in &wrong {
            println!("{w}");
        }
    }
    assert!(failed.is_empty(), "below the floor ({PRECISION_FLOOR} precision, {RECALL_FLOOR} recall) for {failed:?}");
}
