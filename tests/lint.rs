//! Outbound checks: opt-out language per category and language, GSM-7 /
//! UCS-2 detection, segment arithmetic at the boundaries, look-alikes.
use stopgate::lint::{lint, measure, Encoding};
use stopgate::Category;

fn kinds(msg: &str, cat: Category) -> Vec<&'static str> {
    lint(msg, cat).findings.iter().filter(|f| f.severity == "warn").map(|f| f.kind.as_str()).collect()
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

/// What a form needs for a live counter: the limit of a segment at this length and what is left.
#[test]
fn measure_limit_and_remaining() {
    struct M { text: String, limit: usize, remaining: usize, segments: usize }
    let m = |text: String, limit, remaining, segments| M { text, limit, remaining, segments };
    let cases = [
        m(String::new(), 160, 160, 0),
        m("a".to_string(), 160, 159, 1),
        m("a".repeat(160), 160, 0, 1),
        m("a".repeat(161), 153, 145, 2),
        m("a".repeat(306), 153, 0, 2),
        m("a".repeat(307), 153, 152, 3),
        // The escape pair does not fit in part one: part two holds 2 + 10.
        m("a".repeat(152) + "{" + &"a".repeat(10), 153, 141, 2),
        m("ж".to_string(), 70, 69, 1),
        m("ж".repeat(70), 70, 0, 1),
        m("ж".repeat(71), 67, 63, 2),
        m("ж".repeat(66) + "😀" + &"ж".repeat(5), 67, 60, 2),
    ];
    for c in cases {
        let got = measure(&c.text);
        assert_eq!((got.limit, got.remaining, got.segments), (c.limit, c.remaining, c.segments), "{} chars {:?}", got.chars, got.encoding);
    }
    assert_eq!((Encoding::Gsm7.single_limit(), Encoding::Gsm7.part_limit()), (160, 153));
    assert_eq!((Encoding::Ucs2.single_limit(), Encoding::Ucs2.part_limit()), (70, 67));
}

/// Findings carry their facts as fields and stable kind codes; nothing needs the sentence.
#[test]
fn findings_carry_structured_fields() {
    use stopgate::lint::{FindingKind, Severity};
    let r = lint("It’s “big” – it’s here. Reply STOP to opt out\u{200B}", Category::Marketing);
    let forced: Vec<_> = r.findings.iter().filter(|f| f.kind == FindingKind::Ucs2Forced).collect();
    let got: Vec<_> = forced.iter().map(|f| (f.char.unwrap(), f.replacement.unwrap(), f.count.unwrap())).collect();
    assert_eq!(got, [('’', "'", 2), ('“', "\"", 1), ('”', "\"", 1), ('–', "-", 1), ('\u{200B}', "", 1)]);
    assert!(forced.iter().all(|f| f.severity == Severity::Warn && f.segments == Some(1)));
    let seg = r.findings.iter().find(|f| f.kind == FindingKind::Segments).unwrap();
    assert_eq!((seg.segments, seg.limit), (Some(1), Some(70)));
    let r = lint(&"a".repeat(200), Category::Transactional);
    let seg = r.findings.iter().find(|f| f.kind == FindingKind::Segments).unwrap();
    assert_eq!((seg.severity, seg.segments, seg.limit), (Severity::Warn, Some(2), Some(160)));
    // Stable codes, as JSON carries them.
    let json = serde_json::to_value(&lint("", Category::Marketing).findings[0]).unwrap();
    assert_eq!((json["kind"].as_str(), json["severity"].as_str()), (Some("empty-message"), Some("warn")));
    for (k, name) in [
        (FindingKind::EmptyMessage, "empty-message"),
        (FindingKind::MissingOptOutLanguage, "missing-opt-out-language"),
        (FindingKind::Ucs2Forced, "ucs2-forced"),
        (FindingKind::Segments, "segments"),
    ] {
        assert_eq!(k.as_str(), name);
        assert_eq!(serde_json::to_value(k).unwrap(), name);
    }
}

/// Opt-out instructions in the forms real marketing texts use (issue 14), in the 13 languages,
/// and texts that only look like one.
const REAL_FORMS: &[Case] = &[
    // en
    Case { text: "Big savings today! To stop texts call 0871 123 4567", has_opt_out: true },
    Case { text: "Flash sale 50% off. 2 stop our texts reply NO", has_opt_out: true },
    Case { text: "Weekend deals inside! Unsubscribe with STOP", has_opt_out: true },
    Case { text: "New menu out now. OptOut 0871 222 3333", has_opt_out: true },
    Case { text: "Win a trip! Opt-out: reply STOPPROMO", has_opt_out: true },
    Case { text: "Hot deals daily. Reply STOP MIX to 85233", has_opt_out: true },
    Case { text: "Deals! To stop receiving these messages text END to 40404", has_opt_out: true },
    Case { text: "Sale ends Sunday. To unsubscribe visit example.com/u", has_opt_out: true },
    Case { text: "Sale! txt STOP 2 69123 to opt out", has_opt_out: true },
    Case { text: "Come in 2 stop by our store before 5pm", has_opt_out: false },
    Case { text: "Don't stop now, only 3 days left to shop", has_opt_out: false },
    Case { text: "Nothing can stop you with 20% off at 1234 Main St", has_opt_out: false },
    Case { text: "Nothing is going to stop you with 20% off, visit us", has_opt_out: false },
    Case { text: "We hope to never end our partnership. Call 5551234 for details", has_opt_out: false },
    Case { text: "Ofertas para ti: llama al 900 123 456", has_opt_out: false },
    Case { text: "Nouveautés pour vous, appelez le 0800 123 456", has_opt_out: false },
    // es
    Case { text: "Ofertas de invierno. Para darte de baja envía BAJA al 22333", has_opt_out: true },
    Case { text: "Promo 2x1. Para no recibir más mensajes responde NO", has_opt_out: true },
    Case { text: "Descuentos hoy. Para dejar de recibir SMS llama al 900 123 456", has_opt_out: true },
    // fr
    Case { text: "Soldes d'hiver ! Pour vous désabonner, envoyez STOP au 36180", has_opt_out: true },
    Case { text: "Nouveautés en magasin. Pour ne plus recevoir nos SMS, répondez STOP", has_opt_out: true },
    Case { text: "Offre spéciale. Désinscription : STOP 36111", has_opt_out: true },
    // de
    Case { text: "Winterschlussverkauf! Zum Abmelden STOPP an 80888", has_opt_out: true },
    Case { text: "Neue Angebote. Abmeldung: SMS mit STOP an 12345", has_opt_out: true },
    Case { text: "Nur heute 20%. Um keine SMS mehr zu erhalten, sende STOP an 55555", has_opt_out: true },
    // pt
    Case { text: "Promoção relâmpago! Para cancelar, responda SAIR", has_opt_out: true },
    Case { text: "Ofertas da semana. Para não receber mais mensagens envie PARAR para 28000", has_opt_out: true },
    // it
    Case { text: "Saldi invernali! Per non ricevere più SMS invia STOP al 48000", has_opt_out: true },
    Case { text: "Offerta del giorno. Per disiscriverti rispondi STOP", has_opt_out: true },
    // nl
    Case { text: "Nieuwe collectie! Afmelden? Sms STOP naar 3010", has_opt_out: true },
    Case { text: "Actie deze week. Om je af te melden stuur STOP naar 4411", has_opt_out: true },
    // pl
    Case { text: "Promocja tygodnia! Rezygnacja: wyślij STOP na 8080", has_opt_out: true },
    Case { text: "Nowa oferta. Aby zrezygnować z SMS, odpowiedz STOP", has_opt_out: true },
    // ru
    Case { text: "Скидки до 50%! Для отписки отправьте СТОП на 1234", has_opt_out: true },
    Case { text: "Новая коллекция. Чтобы отписаться, ответьте СТОП", has_opt_out: true },
    // zh
    Case { text: "双十一大促，全场五折，退订回T", has_opt_out: true },
    Case { text: "新品上市，拒收请回复R", has_opt_out: true },
    // ja
    Case { text: "冬のセール開催中！配信停止はこちら example.jp/s", has_opt_out: true },
    Case { text: "新商品のお知らせ。受信拒否は STOP と返信", has_opt_out: true },
    // ko
    Case { text: "(광고) 겨울 세일 50% 무료수신거부 080-123-4567", has_opt_out: true },
    Case { text: "(광고) 신상품 안내 수신 거부 080-000-1111", has_opt_out: true },
    // vi
    Case { text: "Khuyen mai lon! Tu choi QC soan TC gui 9123", has_opt_out: true },
    Case { text: "Ưu đãi 30%. Để hủy nhận tin, soạn HUY gửi 8088", has_opt_out: true },
];

#[test]
fn opt_out_language_in_the_forms_marketing_uses() {
    let mut bad = Vec::new();
    for case in REAL_FORMS {
        let missing = kinds(case.text, Category::Marketing).contains(&"missing-opt-out-language");
        if missing == case.has_opt_out {
            bad.push(case.text);
        }
    }
    assert!(bad.is_empty(), "wrong opt-out-language verdict for {} texts: {bad:#?}", bad.len());
}

/// A marketing body sent to an opted-out recipient that asks them back by SMS
/// (contract C11): `re-engagement`, a warning, naming the request's language.
#[test]
fn re_engagement_for_opted_out_recipients() {
    use stopgate::lint::{lint_with, FindingKind, LintOptions};
    struct Case {
        text: &'static str,
        lang: Option<&'static str>,
    }
    let cases = [
        Case { text: "We miss you! Reply START to rejoin and get 20% off", lang: Some("en") },
        Case { text: "Text YES to get deals again", lang: Some("en") },
        Case { text: "we miss you, reply JOIN", lang: Some("en") },
        Case { text: "Te extrañamos: responde ALTA para recibir ofertas otra vez", lang: Some("es") },
        Case { text: "Vous nous manquez ! Répondez OUI pour recevoir nos offres", lang: Some("fr") },
        Case { text: "Wir vermissen dich! Antworte START für neue Angebote", lang: Some("de") },
        Case { text: "Sentimos sua falta! Responda SIM para voltar a receber ofertas", lang: Some("pt") },
        Case { text: "Ci manchi! Rispondi SI per ricevere di nuovo le offerte", lang: Some("it") },
        Case { text: "We missen je! Antwoord JA om weer aanbiedingen te krijgen", lang: Some("nl") },
        Case { text: "Tęsknimy! Odpowiedz TAK, aby znów otrzymywać oferty", lang: Some("pl") },
        Case { text: "Мы скучаем! Ответьте ДА, чтобы снова получать скидки", lang: Some("ru") },
        Case { text: "Chúng tôi nhớ bạn! Soạn CO để nhận ưu đãi", lang: Some("vi") },
        Case { text: "हम आपको याद करते हैं! शुरू लिखकर भेजें", lang: Some("hi") },
        Case { text: "我们想念您！回复是重新订阅优惠", lang: Some("zh") },
        Case { text: "お久しぶりです！はいと返信して配信を再開", lang: Some("ja") },
        Case { text: "보고 싶어요! 시작이라고 답장하세요", lang: Some("ko") },
        // Not a request to come back by SMS.
        Case { text: "Flash sale today! Reply STOP to opt out", lang: None },
        Case { text: "Start saving today: 20% off everything", lang: None },
        Case { text: "Yes, the sale is back! Shop at example.com", lang: None },
        Case { text: "我们是您的朋友，优惠今天开始", lang: None },
    ];
    for c in &cases {
        let report = lint_with(c.text, &LintOptions { category: Category::Marketing, opted_out: true });
        let found: Vec<_> = report.findings.iter().filter(|f| f.kind == FindingKind::ReEngagement).collect();
        match c.lang {
            Some(lang) => {
                assert_eq!(found.len(), 1, "{:?}: {:?}", c.text, report.findings);
                assert_eq!(found[0].kind.as_str(), "re-engagement");
                assert_eq!(found[0].severity, "warn");
                assert_eq!(found[0].lang, Some(lang), "{:?}", c.text);
                assert!(found[0].fix.as_deref().is_some_and(|f| f.contains("preference page")));
            }
            None => assert!(found.is_empty(), "{:?}: {:?}", c.text, found),
        }
    }
    // Only for an opted-out recipient, and only for marketing.
    let text = "We miss you! Reply START to rejoin";
    for (category, opted_out) in [(Category::Marketing, false), (Category::Transactional, true)] {
        let report = lint_with(text, &LintOptions { category, opted_out });
        assert!(report.findings.iter().all(|f| f.kind != FindingKind::ReEngagement), "{category:?} {opted_out}");
    }
    assert_eq!(lint_with(text, &LintOptions { category: Category::Marketing, opted_out: false }), lint(text, Category::Marketing));
}
