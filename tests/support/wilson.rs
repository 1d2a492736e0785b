//! Proportions with their 95% Wilson score interval, as the corpus figures are reported
//! (corpus/README.md). Shared by tests/classify_corpus.rs and examples/classify_train.rs.

/// 95% Wilson score interval for `k` successes in `n`.
pub fn wilson(k: usize, n: usize) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (z, n, p) = (1.96f64, n as f64, k as f64 / n as f64);
    let d = 1.0 + z * z / n;
    let c = (p + z * z / (2.0 * n)) / d;
    let h = z / d * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    ((c - h).max(0.0), (c + h).min(1.0))
}

/// `0.928 [0.920, 0.936] (3859/4158)`.
pub fn fig(k: usize, n: usize) -> String {
    let (lo, hi) = wilson(k, n);
    format!("{:.3} [{:.3}, {:.3}] ({k}/{n})", k as f64 / n.max(1) as f64, lo, hi)
}
