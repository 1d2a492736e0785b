//! Outbound checks: opt-out language per category and language, GSM-7 /
//! UCS-2 detection, segment arithmetic at the boundaries, look-alikes.
use stopgate::lint::{lint, measure, Encoding};
use stopgate::Category;

fn kinds(msg: &str, cat: Category) -> Vec<&'static str> {
    lint(msg, cat).findings.iter().filter(|f| f.severity == "warn").map(|f| f.kind).collect()
}

struct Case {
    text: &'static str,
    has_opt_out: bool,
}

const OPT_OUT_LANGUAGE: &[Case] = &[
    Case { text: "Sale today! Reply STOP to opt out", has_opt_out: true },
    Case { text: "Big deals. Txt STOP to end", has_opt_out: true },
    Case { text: "Text STOP to quit.", has_opt_out: true },
    Case { text: "Sale! Reply STOP 2 end", has_opt_out: true },
    Case { text: "20% off. Reply STOP to unsubscribe", has_opt_out: true },
    Case { text: "Sale! STOP to cancel. Msg&data rates may apply", has_opt_out: true },
    Case { text: "Sale. Reply END to stop messages", has_opt_out: true },
    Case { text: "Ofertas hoy. Responde ALTO para cancelar", has_opt_out: true },
    Case { text: "Ofertas. Envía BAJA para no recibir más", has_opt_out: true },
    Case { text: "Soldes ! Répondez STOP pour vous désabonner", has_opt_out: true },
    Case { text: "Promo : STOP au 36180", has_opt_out: true },
    Case { text: "Angebot! Antworte STOPP zum Abmelden", has_opt_out: true },
    Case { text: "Promo! Rispondi STOP per annullare", has_opt_out: true },
    Case { text: "Promoção! Responda SAIR para cancelar", has_opt_out: true },
    Case { text: "Aanbieding! Stuur STOP om af te melden", has_opt_out: true },
    Case { text: "限时优惠，回复TD退订", has_opt_out: true },
    Case { text: "Opt out at example.com/u", has_opt_out: true },
    Case { text: "New arrivals this week! Shop now at example.com", has_opt_out: false },
    Case { text: "Don't stop shopping! 50% off", has_opt_out: false },
    Case { text: "Our sale will end soon, text us with questions", has_opt_out: false },
    Case { text: "Reply YES to confirm", has_opt_out: false },
];

#[test]
fn opt_out_language_for_marketing() {
    let mut bad = Vec::new();
    for case in OPT_OUT_LANGUAGE {
        let missing = kinds(case.text, Category::Marketing).contains(&"missing-opt-out-language");
        if missing == case.has_opt_out {
            bad.push(case.text);
        }
    }
    assert!(bad.is_empty(), "wrong opt-out-language verdict for {bad:?}");
}

#[test]
fn only_marketing_needs_opt_out_language() {
    let msg = "Your order has shipped";
    assert!(!kinds(msg, Category::Transactional).contains(&"missing-opt-out-language"));
    assert!(!kinds(msg, Category::Confirmation).contains(&"missing-opt-out-language"));
    let f = lint("Sale!", Category::Marketing).findings;
    let m = f.iter().find(|f| f.kind == "missing-opt-out-language").expect("finding");
    assert_eq!(m.fix.as_deref(), Some("add 'Reply STOP to opt out'"));
}

#[test]
fn empty() {
    for t in ["", "   ", "\n"] {
        let r = lint(t, Category::Transactional);
        assert_eq!(r.findings[0].kind, "empty-message");
    }
    assert_eq!(measure("").segments, 0);
}

#[test]
fn gsm7_segments() {
    let m = measure(&"a".repeat(160));
    assert_eq!((m.encoding, m.units, m.segments), (Encoding::Gsm7, 160, 1));
    assert_eq!(measure(&"a".repeat(161)).segments, 2);
    assert_eq!(measure(&"a".repeat(306)).segments, 2);
    assert_eq!(measure(&"a".repeat(307)).segments, 3);
    // Extension characters count double.
    let m = measure(&"€".repeat(80));
    assert_eq!((m.encoding, m.units, m.segments, m.chars), (Encoding::Gsm7, 160, 1, 80));
    assert_eq!(measure(&"[".repeat(81)).segments, 2);
    // ...and are not split across parts: 152 septets then an escape pair.
    let s = "a".repeat(152) + "{" + &"a".repeat(10);
    let m = measure(&s);
    assert_eq!(m.units, 164);
    assert_eq!(m.segments, 2);
    let s = "a".repeat(152) + "{" + &"a".repeat(152);
    // Part one: 152 (the pair does not fit in 153), part two: 2 + 151, part three: 1.
    assert_eq!(measure(&s).segments, 3);
    // Basic-table letters beyond ASCII stay GSM-7.
    assert_eq!(measure("Ça coûte 5€").encoding, Encoding::Ucs2); // û is not in the table
    assert_eq!(measure("£10 @ Übersee ¿si? à è é ù ì ò ß Æ Ø Å Δ Ω").encoding, Encoding::Gsm7);
}

#[test]
fn ucs2_segments() {
    let m = measure(&"ж".repeat(70));
    assert_eq!((m.encoding, m.units, m.segments), (Encoding::Ucs2, 70, 1));
    assert_eq!(measure(&"ж".repeat(71)).segments, 2);
    assert_eq!(measure(&"ж".repeat(134)).segments, 2);
    assert_eq!(measure(&"ж".repeat(135)).segments, 3);
    // Emoji are surrogate pairs: two units, never split.
    let m = measure(&"😀".repeat(35));
    assert_eq!((m.units, m.segments, m.chars), (70, 1, 35));
    let s = "ж".repeat(66) + "😀" + "ж";
    let m = measure(&s);
    assert_eq!((m.units, m.segments), (69, 1));
    let s = "ж".repeat(66) + "😀" + &"ж".repeat(5);
    assert_eq!(measure(&s).segments, 2);
    let s = "ж".repeat(66) + &"😀".repeat(34);
    // 66 | pair can't fit in 67 → next part: 33 pairs = 66 units, then 1 pair.
    assert_eq!(measure(&s).segments, 3);
}

#[test]
fn lookalikes_forcing_ucs2() {
    let r = lint("It’s our “big” sale – ends soon… Reply STOP to opt out", Category::Marketing);
    assert_eq!(r.encoding, Encoding::Ucs2);
    let forced: Vec<_> = r.findings.iter().filter(|f| f.kind == "ucs2-forced").collect();
    assert_eq!(forced.len(), 5, "{forced:#?}");
    assert!(forced.iter().all(|f| f.severity == "warn"));
    assert!(forced.iter().any(|f| f.fix.as_deref() == Some("replace ’ with '")));
    assert!(forced.iter().any(|f| f.fix.as_deref() == Some("replace – with -")));
    assert!(forced.iter().any(|f| f.fix.as_deref() == Some("replace … with ...")));
    assert!(forced[0].message.contains("U+2019"));
    let r = lint("Hello\u{a0}there", Category::Transactional);
    assert!(r.findings.iter().any(|f| f.kind == "ucs2-forced" && f.fix.as_deref() == Some("replace \u{a0} with  ")));
    // When the message needs UCS-2 anyway (emoji), the look-alike is only info.
    let r = lint("It’s here 🎉", Category::Transactional);
    assert!(r.findings.iter().any(|f| f.kind == "ucs2-forced" && f.severity == "info"));
    // Plain GSM-7: no such finding.
    let r = lint("It's here!", Category::Transactional);
    assert!(r.findings.iter().all(|f| f.kind != "ucs2-forced"));
}

#[test]
fn segments_finding() {
    let r = lint("Your code is 1234", Category::Transactional);
    let s = r.findings.iter().find(|f| f.kind == "segments").unwrap();
    assert_eq!(s.severity, "info");
    let r = lint(&"a".repeat(200), Category::Transactional);
    let s = r.findings.iter().find(|f| f.kind == "segments").unwrap();
    assert_eq!(s.severity, "warn");
    assert!(s.message.contains("2 segments"), "{}", s.message);
}

proptest::proptest! {
    #[test]
    fn never_panics_and_segments_are_consistent(s in "\\PC{0,400}") {
        let r = lint(&s, stopgate::Category::Marketing);
        let (single, part) = if r.encoding == Encoding::Gsm7 { (160, 153) } else { (70, 67) };
        proptest::prop_assert!(r.units == 0 || r.segments >= 1);
        if r.units <= single { proptest::prop_assert!(r.segments <= 1); }
        else { proptest::prop_assert!(r.segments >= r.units.div_ceil(part)); }
    }
}
