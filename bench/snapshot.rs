//! Snapshot figures: size, lookups, load and build time, each against a baseline measured
//! in the same run (`HashSet<u64>` and binary search over a sorted `Vec<u64>`).
use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};
use stopgate::snapshot::{SigningKey, Snapshot, SnapshotBuilder};
use stopgate::Scope;

/// Seeded, so runs are comparable.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0.u64(..n)
    }

    /// A valid NANP number as the integer its E.164 digits spell: 1, NPA and NXX
    /// starting 2-9.
    fn us_number(&mut self) -> u64 {
        let npa = self.0.u64(200..1000);
        let nxx = self.0.u64(200..1000);
        let line = self.0.u64(..10_000);
        10_000_000_000 + npa * 10_000_000 + nxx * 10_000 + line
    }
}

fn per_second(count: usize, took: Duration) -> f64 {
    count as f64 / took.as_secs_f64()
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// Best of `rounds` passes over `queries`, as lookups per second.
fn lookups(queries: &[u64], rounds: usize, mut f: impl FnMut(u64) -> bool) -> (f64, usize) {
    let mut best = Duration::MAX;
    let mut hits = 0;
    for _ in 0..rounds {
        let start = Instant::now();
        hits = 0;
        for &q in queries {
            hits += usize::from(f(black_box(q)));
        }
        best = best.min(start.elapsed());
    }
    (per_second(queries.len(), best), hits)
}

fn mega(x: f64) -> String {
    format!("{:.1} M/s", x / 1e6)
}

/// Builds a snapshot; every `marketing_every`-th number (if any) has marketing scope.
fn build(numbers: &[u64], key: Option<&SigningKey>, marketing_every: Option<usize>) -> (Vec<u8>, Duration) {
    time(|| {
        let mut b = SnapshotBuilder::new();
        b.region("US").sequence(1).created_at(1_700_000_000);
        for (i, &n) in numbers.iter().enumerate() {
            let marketing = marketing_every.is_some_and(|k| i % k == 0);
            b.insert(n, if marketing { Scope::Marketing } else { Scope::All });
        }
        b.build(key).expect("bench snapshot builds")
    })
}

fn section_bits(s: &Snapshot<&[u8]>, names: &[&str]) -> f64 {
    let bytes: u64 = s.info().sections.iter().filter(|(n, _, _)| names.contains(&n.as_str())).map(|s| s.2).sum();
    bytes as f64 * 8.0 / s.len() as f64
}

pub fn run() {
    const N: usize = 10_000_000;
    const QUERIES: usize = 2_000_000;
    let total = Instant::now();
    println!("snapshot: {} random valid US numbers", N);
    let mut rng = Rng::new(0x5eed_0007);
    let mut numbers: Vec<u64> = (0..N).map(|_| rng.us_number()).collect();
    let key = SigningKey::from_seed([42; 32]);

    let (bytes, build_time) = build(&numbers, None, None);
    let (signed, _) = build(&numbers, Some(&key), None);
    let (scoped_bytes, _) = build(&numbers, None, Some(20));
    let s = Snapshot::from_bytes(bytes.as_slice()).expect("bench snapshot loads");
    let n = s.len();
    let bits = bytes.len() as f64 * 8.0 / n as f64;
    // Information-theoretic floors for n of 10^10 ten-digit numbers, and of this range.
    let floor = |universe: f64| (universe / n as f64).log2() + std::f64::consts::LOG2_E;
    let exact = section_bits(&s, &["exact-high", "exact-low", "exact-select"]);
    let filter = section_bits(&s, &["filter"]);
    let rest = bits - exact - filter;
    let (sorted, sort_time) = time(|| {
        numbers.sort_unstable();
        numbers.dedup();
        numbers.clone()
    });
    let (set, set_time) = time(|| numbers.iter().copied().collect::<HashSet<u64>>());
    // hashbrown: 8-byte slot + 1 control byte per bucket, buckets a power of two.
    let set_bits = set.capacity().next_power_of_two() as f64 * 9.0 * 8.0 / n as f64;
    println!("  distinct entries  {n}");
    println!(
        "  file              {:.1} MB, {bits:.2} bits/entry (target <= 20) = {:.2}x a sorted Vec<u64>, {:.2}x a HashSet<u64> (~{set_bits:.0} bits/entry)",
        bytes.len() as f64 / 1e6,
        bits / 64.0,
        bits / set_bits
    );
    println!(
        "    exact set       {exact:.2} bits/entry = {:.3}x the 11.4-bit floor of 10^10 numbers ({:.3}x the {:.2}-bit floor of this range)",
        exact / floor(1e10),
        exact / floor(8e9),
        floor(8e9)
    );
    println!("    filter          {filter:.2} bits/entry");
    println!("    header          {rest:.3} bits/entry");
    println!(
        "    scope table     +{:.2} bits/entry when 5% of entries are marketing-only (Elias-Fano ranks + 1 code byte per exception)",
        (scoped_bytes.len() as f64 - bytes.len() as f64) * 8.0 / n as f64
    );
    println!(
        "  build             {:.2} s = {:.2}x sorting the Vec, {:.2}x filling the HashSet",
        build_time.as_secs_f64(),
        build_time.as_secs_f64() / sort_time.as_secs_f64(),
        build_time.as_secs_f64() / set_time.as_secs_f64()
    );

    // Loads: best of 5.
    let best = |f: &dyn Fn()| (0..5).map(|_| time(f).1).min().unwrap_or_default();
    let load = best(&|| drop(black_box(Snapshot::from_bytes(black_box(bytes.as_slice())).unwrap())));
    let verify = best(&|| {
        drop(black_box(Snapshot::from_bytes_verified(black_box(signed.as_slice()), &key.verifying_key()).unwrap()))
    });
    let hash = best(&|| {
        black_box(xxhash_rust::xxh3::xxh3_64(black_box(&bytes)));
    });
    println!(
        "  from_bytes        {:.1} ms (checksum + index checks; target well under 100) = {:.2}x xxh3 of the file alone",
        load.as_secs_f64() * 1e3,
        load.as_secs_f64() / hash.as_secs_f64()
    );
    println!("  from_bytes_verified {:.1} ms (adds the ed25519 signature)", verify.as_secs_f64() * 1e3);

    // Lookups: absent numbers come from another stream (the few that collide are counted).
    let mut other = Rng::new(0xabad_cafe);
    let negatives: Vec<u64> = (0..QUERIES).map(|_| other.us_number()).collect();
    let positives: Vec<u64> = (0..QUERIES).map(|_| sorted[other.below(sorted.len() as u64) as usize]).collect();
    let (neg, neg_hits) = lookups(&negatives, 3, |q| s.contains(q));
    let (neg_set, set_hits) = lookups(&negatives, 3, |q| set.contains(&q));
    let (neg_vec, _) = lookups(&negatives, 3, |q| sorted.binary_search(&q).is_ok());
    assert_eq!(neg_hits, set_hits, "snapshot and HashSet disagree");
    println!(
        "  negative lookups  {} on one core (target >= 20 M/s) = {:.2}x HashSet {}, {:.2}x sorted Vec {}  [{} of {QUERIES} were members]",
        mega(neg),
        neg / neg_set,
        mega(neg_set),
        neg / neg_vec,
        mega(neg_vec),
        neg_hits
    );
    let (pos, pos_hits) = lookups(&positives, 3, |q| s.contains(q));
    let (pos_set, _) = lookups(&positives, 3, |q| set.contains(&q));
    let (pos_vec, _) = lookups(&positives, 3, |q| sorted.binary_search(&q).is_ok());
    assert_eq!(pos_hits, QUERIES, "a member was not found");
    println!(
        "  positive lookups  {} = {:.2}x HashSet {}, {:.2}x sorted Vec {}",
        mega(pos),
        pos / pos_set,
        mega(pos_set),
        pos / pos_vec,
        mega(pos_vec)
    );
    let with_scopes = Snapshot::from_bytes(scoped_bytes.as_slice()).expect("scoped snapshot loads");
    let (scoped, _) = lookups(&positives, 3, |q| with_scopes.check(q) == Some(Scope::Marketing));
    println!(
        "  check (scope)     {} on members, 5% marketing (second Elias-Fano probe in the scope table) = {:.2}x contains",
        mega(scoped),
        scoped / pos
    );
    drop(with_scopes);
    drop((set, s));

    // 200k: the size of a mid-sized sender's list.
    let mut rng = Rng::new(0x200_000);
    let small: Vec<u64> = (0..200_000).map(|_| rng.us_number()).collect();
    let (small_bytes, small_build) = build(&small, None, Some(20));
    let small_s = Snapshot::from_bytes(small_bytes.as_slice()).unwrap();
    let small_bits = small_bytes.len() as f64 * 8.0 / small_s.len() as f64;
    println!(
        "  200k numbers      {:.0} kB, {small_bits:.2} bits/entry (5% marketing) (target <= 32) = {:.2}x a sorted Vec<u64>; built in {:.0} ms",
        small_bytes.len() as f64 / 1e3,
        small_bits / 64.0,
        small_build.as_secs_f64() * 1e3
    );
    println!("  (snapshot bench took {:.0} s)", total.elapsed().as_secs_f64());
}
