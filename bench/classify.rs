//! Classifier and lint throughput, each against a baseline measured in the
//! same run: the baseline for `classify` is what platforms do today (trim,
//! lowercase, compare the whole message with a keyword list); for `lint` it
//! is counting the message's UTF-16 units.
use std::hint::black_box;
use std::time::{Duration, Instant};

use stopgate::classify::classify;
use stopgate::lint::lint;
use stopgate::Category;

/// Typical inbound replies, all under 40 characters.
const REPLIES: &[&str] = &[
    "STOP", "stop", "Stop please", "Yes", "Thanks!", "ok", "See you at 5", "Which stop do I get off at?",
    "take me off your list", "quit texting me!!", "Cancel my order please", "No más mensajes", "退订",
    "HELP", "Who is this?", "S T O P", "unsubcribe", "Don't stop the updates!", "Wrong number, please stop",
    "Can you text me the address?", "ARRÊT SVP", "Liked \"Reply STOP to opt out\"", "START", "👍",
];

const MARKETING: &[&str] = &[
    "Flash sale! 30% off everything today only at example.com. Reply STOP to opt out",
    "It’s our “big” sale – ends soon… Reply STOP to opt out",
    "Ofertas de invierno: 2x1 en toda la tienda. Responde ALTO para cancelar",
    "Your table for 2 is confirmed for Friday at 7pm. See you then!",
];

const STANDARD: &[&str] = &[
    "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out", "remove", "start",
    "unstop", "yes", "subscribe", "resume", "continue", "help", "info",
];

fn naive(text: &str) -> usize {
    let t = text.trim().to_lowercase();
    STANDARD.iter().position(|k| *k == t).unwrap_or(usize::MAX)
}

/// Items per second of `f` over `items`, timed for about `budget`.
fn rate<T: Copy>(items: &[T], budget: Duration, mut f: impl FnMut(T)) -> f64 {
    for &x in items {
        f(x); // warm up (and build the classifier's tables)
    }
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < budget {
        for _ in 0..64 {
            for &x in items {
                f(x);
            }
        }
        n += 64 * items.len() as u64;
    }
    n as f64 / start.elapsed().as_secs_f64()
}

pub fn run() {
    let budget = Duration::from_millis(700);
    let base = rate(REPLIES, budget, |t| {
        black_box(naive(black_box(t)));
    });
    let ours = rate(REPLIES, budget, |t| {
        black_box(classify(black_box(t)));
    });
    println!("classify: {:>10.0} replies/s  (baseline exact-keyword {:>10.0}/s; ratio {:.3})", ours, base, ours / base);
    let base = rate(MARKETING, budget, |t| {
        black_box(black_box(t).encode_utf16().count());
    });
    let ours = rate(MARKETING, budget, |t| {
        black_box(lint(black_box(t), Category::Marketing));
    });
    println!("lint:     {:>10.0} messages/s (baseline utf-16 count {:>10.0}/s; ratio {:.3})", ours, base, ours / base);
}
