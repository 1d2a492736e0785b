//! Snapshot figures: size, lookups, batched lookups, load and build time, each as a ratio to
//! baselines measured in the same run on the same probes: `HashSet<u64>` (std, SipHash), a
//! sorted `Vec<u64>` with binary search, xorf's BinaryFuse8/16 (approximate filters: they
//! answer "maybe" for some absent numbers and cannot say which scope), and the snapshot's
//! own filter probed alone by a few lines written from the spec. Sizes are compared with the
//! information-theoretic floor for the valid NANP number space.
//!
//! The main case is 10M entries (5% marketing-only) probed at random, so the structures do
//! not fit in the private caches (the filter alone is several MB; a HashSet of 10M is
//! ~150 MB); the probes are drawn from the valid number space, shuffled, and every figure
//! is the median of several interleaved runs, timed in on-CPU time (the machine may be
//! shared). A small case (20k entries) that fits in cache
//! is reported separately and labelled so.
use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};
use stopgate::snapshot::{SigningKey, Snapshot, SnapshotBuilder, DEFAULT_FILTER_BITS_PER_ENTRY};
use stopgate::Scope;
use xorf::{BinaryFuse16, BinaryFuse8, Filter as _};

/// Valid NPA/NXX codes: 200..=999 except N11.
const CODES: u64 = 792;
/// The valid NANP numbers: 792 * 792 * 10^4.
const UNIVERSE: f64 = (CODES * CODES * 10_000) as f64;

/// Seeded, so runs are comparable.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }

    fn code(&mut self) -> u64 {
        let i = self.0.u64(..CODES);
        let (hundred, rest) = (2 + i / 99, i % 99);
        hundred * 100 + if rest < 11 { rest } else { rest + 1 }
    }

    /// A uniformly random valid NANP number, as the integer its E.164 digits spell.
    fn us_number(&mut self) -> u64 {
        let (npa, nxx, line) = (self.code(), self.code(), self.0.u64(..10_000));
        10_000_000_000 + npa * 10_000_000 + nxx * 10_000 + line
    }
}

/// Time this thread spent on a CPU, in seconds: the machine the figures come from is
/// shared, and wall time would count the time other processes had the core. Linux's
/// `/proc/thread-self/schedstat`; elsewhere, wall time.
fn on_cpu() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let ns = std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse::<u64>().ok()))
        .filter(|&ns| ns > 0);
    match ns {
        Some(ns) => ns as f64 / 1e9,
        None => START.get_or_init(Instant::now).elapsed().as_secs_f64(),
    }
}

/// Wall time of one call (for builds and loads: too short for `on_cpu`'s tick resolution).
fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// One pass over `probes`: lookups per second and hits. Generic, so each contender's
/// lookup is inlined into its own loop (no indirect call per probe).
fn pass(probes: &[u64], f: impl Fn(u64) -> bool) -> (f64, usize) {
    let clock = Clock::start();
    let mut hits = 0;
    for &q in probes {
        hits += usize::from(f(black_box(q)));
    }
    (probes.len() as f64 / clock.seconds(), hits)
}

/// On-CPU time for passes long enough for its scheduler-tick resolution, wall time else.
struct Clock {
    cpu: f64,
    wall: Instant,
}

impl Clock {
    fn start() -> Clock {
        Clock { cpu: on_cpu(), wall: Instant::now() }
    }

    fn seconds(&self) -> f64 {
        let wall = self.wall.elapsed().as_secs_f64();
        let cpu = on_cpu() - self.cpu;
        if wall < 0.25 || cpu <= 0.0 {
            wall
        } else {
            cpu
        }
    }
}

/// One contender: a whole pass over the probes.
type Contender<'a> = &'a mut dyn FnMut(&[u64]) -> (f64, usize);

/// Medians over `runs` rounds, every contender once per round (so drift hits all alike).
fn race(probes: &[u64], runs: usize, contenders: &mut [Contender<'_>]) -> Vec<(f64, usize)> {
    let mut rates = vec![Vec::new(); contenders.len()];
    let mut hits = vec![0; contenders.len()];
    for _ in 0..runs {
        for (i, f) in contenders.iter_mut().enumerate() {
            let (rate, h) = f(probes);
            rates[i].push(rate);
            hits[i] = h;
        }
    }
    rates.into_iter().map(median).zip(hits).collect()
}

/// The file copied to a 64-byte-aligned place, so each filter block is one cache line
/// (the filter section starts at a multiple of 64 in the file).
fn aligned(bytes: &[u8]) -> (Vec<u8>, usize) {
    let mut buf = vec![0u8; bytes.len() + 64];
    let at = (64 - buf.as_ptr() as usize % 64) % 64;
    buf[at..at + bytes.len()].copy_from_slice(bytes);
    (buf, at)
}

/// The filter probed alone, written from docs/snapshot-format.md ("Fast filter").
struct SpecFilter<'a> {
    bytes: &'a [u8],
    blocks: u64,
}

impl SpecFilter<'_> {
    #[inline]
    fn may_contain(&self, x: u64) -> bool {
        let mut h = x;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        let block = (((h >> 32) * self.blocks) >> 32) as usize * 64;
        let g = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let b = &self.bytes[block..block + 64];
        let bit = |p: u64| b[(p >> 3) as usize] >> (p & 7) & 1;
        bit(g >> 55) & bit(g >> 46 & 511) & bit(g >> 37 & 511) & bit(g >> 28 & 511) == 1
    }
}

fn build(numbers: &[u64], key: Option<&SigningKey>, marketing_every: usize, filter_bits: f64) -> (Vec<u8>, Duration) {
    time(|| {
        let mut b = SnapshotBuilder::new();
        b.region("US").sequence(1).created_at(1_700_000_000).filter_bits_per_entry(filter_bits);
        for (i, &n) in numbers.iter().enumerate() {
            b.insert(n, if i % marketing_every == 0 { Scope::Marketing } else { Scope::All });
        }
        b.build(key).expect("bench snapshot builds")
    })
}

fn section_bits(s: &Snapshot<&[u8]>, names: &[&str]) -> f64 {
    let bytes: u64 = s.info().sections.iter().filter(|(n, _, _)| names.contains(&n.as_str())).map(|s| s.2).sum();
    bytes as f64 * 8.0 / s.len() as f64
}

fn section<'a>(s: &Snapshot<&'a [u8]>, bytes: &'a [u8], name: &str) -> &'a [u8] {
    let (_, off, len) = s.info().sections.into_iter().find(|(n, _, _)| n == name).expect("section exists");
    &bytes[off as usize..(off + len) as usize]
}

/// log2 of C(u, n) / n: the fewest bits per entry any exact set of n of u numbers can use.
fn floor_bits(universe: f64, n: f64) -> f64 {
    fn ln_gamma1(x: f64) -> f64 {
        // Stirling's series for ln(x!), plenty for x >= 1e3.
        x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
    }
    (ln_gamma1(universe) - ln_gamma1(n) - ln_gamma1(universe - n)) / std::f64::consts::LN_2 / n
}

fn mega(x: f64) -> String {
    format!("{:.1} M/s", x / 1e6)
}

struct Case {
    label: &'static str,
    entries: usize,
    probes: usize,
    runs: usize,
}

pub fn run() {
    let total = Instant::now();
    println!(
        "snapshot (median of interleaved runs; ratios are to baselines measured on the same probes in the same run)"
    );
    let main = Case { label: "10M entries, DRAM/L3-resident, random probes", entries: 10_000_000, probes: 2_000_000, runs: 5 };
    let small = Case { label: "20k entries, CACHE-RESIDENT (not the headline)", entries: 20_000, probes: 4_000_000, runs: 5 };
    for case in [main, small] {
        run_case(&case);
    }
    println!("  (snapshot bench took {:.0} s)", total.elapsed().as_secs_f64());
}

fn run_case(case: &Case) {
    let n_target = case.entries;
    println!("\n== {} ==", case.label);
    let mut rng = Rng::new(0x5eed_0007 ^ n_target as u64);
    let mut numbers: Vec<u64> = (0..n_target).map(|_| rng.us_number()).collect();
    let key = SigningKey::from_seed([42; 32]);

    // STOPGATE_BENCH_FILTER_BITS tries another filter size (for tuning the default).
    let requested = std::env::var("STOPGATE_BENCH_FILTER_BITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_FILTER_BITS_PER_ENTRY);
    let (file, build_time) = build(&numbers, None, 20, requested);
    let (buf, at) = aligned(&file);
    let bytes = &buf[at..at + file.len()];
    let s = Snapshot::from_bytes(bytes).expect("bench snapshot loads");
    let n = s.len() as f64;
    let bits = file.len() as f64 * 8.0 / n;
    let exact = section_bits(&s, &["exact-high", "exact-low", "exact-select"]);
    let filter_bits = section_bits(&s, &["filter"]);
    let scopes = section_bits(&s, &["scopes"]);
    let floor = floor_bits(UNIVERSE, n);

    let (sorted, sort_time) = time(|| {
        numbers.sort_unstable();
        numbers.dedup();
        numbers.clone()
    });
    let (set, set_time) = time(|| sorted.iter().copied().collect::<HashSet<u64>>());
    let fuse8 = BinaryFuse8::try_from(&sorted).expect("fuse8 builds");
    let fuse16 = BinaryFuse16::try_from(&sorted).expect("fuse16 builds");
    let fuse8_bits = fuse8.fingerprints.len() as f64 * 8.0 / n;
    let fuse16_bits = fuse16.fingerprints.len() as f64 * 16.0 / n;
    // hashbrown: 8-byte slot + 1 control byte per bucket, buckets a power of two.
    let set_bits = set.capacity().next_power_of_two() as f64 * 9.0 * 8.0 / n;

    println!("  distinct entries  {}", s.len());
    println!(
        "  size              {:.2} MB = {bits:.2} bits/entry incl. 5% marketing-only scopes (target <= 18) = {:.2}x the {floor:.2}-bit floor of the valid NANP space; {:.3}x a sorted Vec<u64> (64), {:.3}x a HashSet<u64> (~{set_bits:.0})",
        file.len() as f64 / 1e6,
        bits / floor,
        bits / 64.0,
        bits / set_bits
    );
    println!("    exact set       {exact:.2} bits/entry = {:.3}x the floor", exact / floor);
    println!("    filter          {filter_bits:.2} bits/entry ({requested} requested)");
    println!("    scope table     {scopes:.2} bits/entry");
    println!("    header, rest    {:.3} bits/entry", bits - exact - filter_bits - scopes);
    println!("    for scale       BinaryFuse8 {fuse8_bits:.2} bits/entry, BinaryFuse16 {fuse16_bits:.2} (approximate, no scopes)");
    println!(
        "  build             {:.2} s = {:.2}x sorting a Vec<u64>, {:.2}x filling a HashSet<u64>",
        build_time.as_secs_f64(),
        build_time.as_secs_f64() / sort_time.as_secs_f64(),
        build_time.as_secs_f64() / set_time.as_secs_f64()
    );
    if n_target >= 1_000_000 {
        let (signed, _) = build(&sorted, Some(&key), 20, DEFAULT_FILTER_BITS_PER_ENTRY);
        let best = |f: &dyn Fn()| (0..3).map(|_| time(f).1).min().unwrap_or_default();
        let load = best(&|| drop(black_box(Snapshot::from_bytes(black_box(bytes)).unwrap())));
        let verify = best(&|| {
            drop(black_box(Snapshot::from_bytes_verified(black_box(signed.as_slice()), &key.verifying_key()).unwrap()))
        });
        let hash = best(&|| {
            black_box(xxhash_rust::xxh3::xxh3_64(black_box(bytes)));
        });
        println!(
            "  from_bytes        {:.1} ms = {:.2}x xxh3 of the file alone; verified {:.1} ms",
            load.as_secs_f64() * 1e3,
            load.as_secs_f64() / hash.as_secs_f64(),
            verify.as_secs_f64() * 1e3
        );
    }

    // Probes: uniform over the valid number space (so nearly all absent), and members drawn
    // at random (a uniform random order is a shuffle).
    let mut other = Rng::new(0xabad_cafe);
    let negatives: Vec<u64> = (0..case.probes).map(|_| other.us_number()).collect();
    let positives: Vec<u64> =
        (0..case.probes).map(|_| sorted[other.0.usize(..sorted.len())]).collect();
    let spec = SpecFilter { bytes: section(&s, bytes, "filter"), blocks: (section(&s, bytes, "filter").len() / 64) as u64 };
    let members_among_negatives = negatives.iter().filter(|q| set.contains(q)).count();
    let passed = negatives.iter().filter(|&&q| spec.may_contain(q)).count();
    let fpr = (passed - members_among_negatives) as f64 / (negatives.len() - members_among_negatives) as f64;
    let fuse8_fpr = negatives.iter().filter(|&&q| !set.contains(&q) && fuse8.contains(&q)).count() as f64
        / (negatives.len() - members_among_negatives) as f64;
    println!(
        "  filter            {:.2}% of absent numbers pass to the exact set (measured on {} probes; BinaryFuse8: {:.2}%)",
        fpr * 100.0,
        negatives.len(),
        fuse8_fpr * 100.0
    );

    let mut out = vec![0u8; 1024];
    let mut contains = |p: &[u64]| pass(p, |q| s.contains(q));
    let mut hashset = |p: &[u64]| pass(p, |q| set.contains(&q));
    let mut vec = |p: &[u64]| pass(p, |q| sorted.binary_search(&q).is_ok());
    let mut f8 = |p: &[u64]| pass(p, |q| fuse8.contains(&q));
    let mut f16 = |p: &[u64]| pass(p, |q| fuse16.contains(&q));
    let mut alone = |p: &[u64]| pass(p, |q| spec.may_contain(q));
    let mut batched = |probes: &[u64]| -> (f64, usize) {
        let clock = Clock::start();
        let mut hits = 0;
        for chunk in probes.chunks(1024) {
            let out = &mut out[..chunk.len()];
            s.contains_many(black_box(chunk), out).expect("lengths match");
            hits += out.iter().map(|&b| usize::from(b)).sum::<usize>();
        }
        (probes.len() as f64 / clock.seconds(), hits)
    };
    let mut contenders: [Contender<'_>; 7] =
        [&mut contains, &mut hashset, &mut vec, &mut f8, &mut f16, &mut alone, &mut batched];
    for (what, probes) in [("negative", &negatives), ("positive", &positives)] {
        let r = race(probes, case.runs, &mut contenders);
        assert_eq!(r[0].1, r[1].1, "snapshot and HashSet disagree on {what} probes");
        assert_eq!(r[6].1, r[1].1, "contains_many and HashSet disagree on {what} probes");
        let base = r[0].0;
        println!(
            "  {what} lookups  {} = {:.2}x HashSet {}, {:.2}x sorted Vec {}, {:.2}x BinaryFuse8 {}, {:.2}x BinaryFuse16 {}, {:.2}x the filter alone {}  [{} of {} were members]",
            mega(base),
            base / r[1].0,
            mega(r[1].0),
            base / r[2].0,
            mega(r[2].0),
            base / r[3].0,
            mega(r[3].0),
            base / r[4].0,
            mega(r[4].0),
            base / r[5].0,
            mega(r[5].0),
            r[1].1,
            probes.len()
        );
        println!(
            "    contains_many   {} = {:.2}x single contains, {:.2}x HashSet (groups of 1024)",
            mega(r[6].0),
            r[6].0 / base,
            r[6].0 / r[1].0
        );
    }
    drop(contenders);
    let mut check = |p: &[u64]| pass(p, |q| s.check(q).is_some());
    let mut contains = |p: &[u64]| pass(p, |q| s.contains(q));
    let r = race(&positives, case.runs, &mut [&mut check, &mut contains]);
    println!("  check (scope)     {} on members = {:.2}x contains (adds the scope-table probe)", mega(r[0].0), r[0].0 / r[1].0);
}
