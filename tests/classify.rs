//! Table-driven classifier cases, one per line, written from the labelling
//! policy (not from the dev set): every category and language, hard
//! negatives first-class. Plus robustness: no panics, long inputs.
use stopgate::classify::{classify, Intent};
use stopgate::Scope;

use Intent::{Help, None as No, OptIn, OptOut};

struct Case {
    text: &'static str,
    expected: Intent,
}

const fn c(text: &'static str, expected: Intent) -> Case {
    Case { text, expected }
}

const CASES: &[Case] = &[
    // Standard keywords and styling.
    c("STOP", OptOut),
    c("  stop  ", OptOut),
    c("Stop.", OptOut),
    c("\"STOP\"", OptOut),
    c("«stop»", OptOut),
    c("stop 🛑", OptOut),
    c("🛑🛑 STOP 🛑🛑", OptOut),
    c("STOPALL", OptOut),
    c("Stop All", OptOut),
    c("unsubscribe.", OptOut),
    c("Unsubscribe!!!", OptOut),
    c("quit.", OptOut),
    c("END", OptOut),
    c("cancel!", OptOut),
    c("revoke", OptOut),
    c("OPT-OUT", OptOut),
    c("opt out!", OptOut),
    c("remove", OptOut),
    c("S T O P", OptOut),
    c("S.T.O.P.", OptOut),
    c("s-t-o-p", OptOut),
    c("s_t_o_p", OptOut),
    c("STOOOOOOP", OptOut),
    c("stopppp!!", OptOut),
    c("ＳＴＯＰ", OptOut),
    c("𝐒𝐓𝐎𝐏", OptOut),
    c("Ⓢⓣⓞⓟ", OptOut),
    c("stop\u{200d}", OptOut),
    c("\u{200f}stop\u{200e}", OptOut),
    // Typos (opt-out only, where safe).
    c("STIP", OptOut),
    c("sotp", OptOut),
    c("stpo", OptOut),
    c("stp", OptOut),
    c("Stpo please", OptOut),
    c("unsubcribe", OptOut),
    c("usubscribe", OptOut),
    c("unsubscrbe", OptOut),
    c("unsusbcribe", OptOut),
    c("optuot", OptOut),
    c("step", No),
    c("Shop", No),
    c("top", No),
    c("atop", No),
    c("Slop", No),
    c("spot", No),
    c("stoop", No),
    c("strat", No),
    c("stat", No),
    c("yess", No),
    c("helo", No),
    c("starr", No),
    // Politeness and emphasis.
    c("stop please", OptOut),
    c("Please STOP", OptOut),
    c("STOP NOW!!!", OptOut),
    c("stop thx", OptOut),
    c("stop, thanks", OptOut),
    c("Stop it", OptOut),
    c("stop this please", OptOut),
    c("I said stop", OptOut),
    c("stop stop stop", OptOut),
    c("Just stop", OptOut),
    c("STOP ALREADY", OptOut),
    c("Hi, please stop", OptOut),
    c("Unsubscribe please, thank you", OptOut),
    c("OK stop", OptOut),
    // Natural language.
    c("stop texting me", OptOut),
    c("Stop txting me", OptOut),
    c("please stop messaging me!", OptOut),
    c("quit contacting me", OptOut),
    c("Can you stop sending me these", OptOut),
    c("stop calling and texting me", OptOut),
    c("how do I stop receiving these messages", OptOut),
    c("how do i stop this", OptOut),
    c("take me off your list", OptOut),
    c("take my number off your list please", OptOut),
    c("Take us off the list", OptOut),
    c("get me off this list", OptOut),
    c("remove my number", OptOut),
    c("Remove me from your mailing list", OptOut),
    c("remove this number from your database", OptOut),
    c("delete my number please", OptOut),
    c("lose my number", OptOut),
    c("Don't text me again", OptOut),
    c("dont text me anymore", OptOut),
    c("do not contact me", OptOut),
    c("never message this number again", OptOut),
    c("Don't ever text me again!", OptOut),
    c("No more texts please", OptOut),
    c("no more messages from you", OptOut),
    c("No more!", OptOut),
    c("I don't want these messages", OptOut),
    c("I no longer wish to receive texts", OptOut),
    c("I do not want any more messages", OptOut),
    c("i want to unsubscribe", OptOut),
    c("I'd like to opt out", OptOut),
    c("how do I unsubscribe", OptOut),
    c("How do I opt-out?", OptOut),
    c("please unsubscribe me from this", OptOut),
    c("I already unsubscribed, stop", OptOut),
    c("I revoke my consent", OptOut),
    c("I withdraw my consent to receive texts", OptOut),
    c("I'm withdrawing consent", OptOut),
    c("Leave me alone", OptOut),
    c("I want to stop", OptOut),
    c("how do I stop receiving?", OptOut),
    c("Enough with the texts", OptOut),
    c("Quit it with the texts", OptOut),
    c("Stop pestering me", OptOut),
    c("Cease and desist", OptOut),
    c("cease all communication", OptOut),
    c("I'm no longer interested in these messages", OptOut),
    c("not interested in your promos", OptOut),
    c("BLOCK", OptOut),
    c("Borrar", OptOut),
    c("Stop sending me stuff", OptOut),
    c("stop sending", OptOut),
    c("Do not send me any more messages", OptOut),
    c("Borren mi número de su lista", OptOut),
    c("Please take me off of your list", OptOut),
    c("remove me asap thanks", OptOut),
    c("I would like to be removed from your list", OptOut),
    c("Could you please take me off your mailing list?", OptOut),
    c("How do I get off this list?", OptOut),
    c("make it stop", OptOut),
    c("I asked you to stop", OptOut),
    c("knock it off", OptOut),
    c("go away", OptOut),
    c("Wrong number, stop texting me", OptOut),
    c("wrong number. remove", OptOut),
    c("Wrong number. Cancel", OptOut),
    c("Not interested. Stop.", OptOut),
    c("who is this? stop texting me", OptOut),
    c("Stop! I never signed up for this", OptOut),
    c("STOP. I don't know who you are", OptOut),
    c("stop the texts", OptOut),
    c("stop all these annoying messages", OptOut),
    c("cancel all text alerts", OptOut),
    c("End the spam", OptOut),
    c("no stop texting me", OptOut),
    c("I don't know how to unsubscribe, please remove me", OptOut),
    // Marketing scope.
    c("stop sending promos", OptOut),
    c("no more marketing texts", OptOut),
    c("unsubscribe me from promotions", OptOut),
    c("Stop the ads please", OptOut),
    c("no more deals thanks", OptOut),
    // Spanish.
    c("ALTO", OptOut),
    c("Alto!!", OptOut),
    c("para por favor", OptOut),
    c("PARAR", OptOut),
    c("cancelar por favor", OptOut),
    c("Baja.", OptOut),
    c("Darme de baja", OptOut),
    c("quiero darme de baja", OptOut),
    c("detener", OptOut),
    c("No más mensajes", OptOut),
    c("no mas por favor", OptOut),
    c("Dejen de enviarme mensajes", OptOut),
    c("deja de escribirme", OptOut),
    c("no me manden más mensajes", OptOut),
    c("No quiero recibir más mensajes", OptOut),
    c("Sáquenme de la lista", OptOut),
    c("borren mi número por favor", OptOut),
    c("Número equivocado, dejen de escribirme", OptOut),
    c("ayuda", Help),
    c("ＡＬＴＯ", OptOut),
    c("A.L.T.O", OptOut),
    c("quiero cancelar los mensajes", OptOut),
    c("favor de no enviar más mensajes", OptOut),
    c("no quiero recibir mensajes", OptOut),
    c("Para cuándo es la cita?", No),
    c("Es muy alto el precio", No),
    c("para mañana está bien", No),
    c("Necesito cancelar mi cita", No),
    c("Voy de baja por maternidad", No),
    c("mensaje para Juan", No),
    // French.
    c("ARRET", OptOut),
    c("Arrêt", OptOut),
    c("ARRÊT SVP", OptOut),
    c("stop svp", OptOut),
    c("Désabonner", OptOut),
    c("je veux me désabonner", OptOut),
    c("désinscription", OptOut),
    c("Arrêtez de m'envoyer des messages", OptOut),
    c("ne m'envoyez plus de SMS", OptOut),
    c("Plus de messages svp", OptOut),
    c("NONARRET", OptIn),
    c("non arrêt", OptIn),
    c("AIDE", Help),
    c("Arrêtez les messages", OptOut),
    c("je ne veux plus recevoir de messages", OptOut),
    c("Désabonnez-moi", OptOut),
    c("Merci beaucoup", No),
    c("Je dois annuler mon rendez-vous", No),
    c("à quelle heure est l'arrêt de bus", No),
    // German.
    c("STOPP", OptOut),
    c("Stopp!", OptOut),
    c("halt", OptOut),
    c("ABMELDEN", OptOut),
    c("bitte abmelden", OptOut),
    c("ich möchte mich abmelden", OptOut),
    c("Keine Werbung mehr bitte", OptOut),
    c("keine Nachrichten mehr", OptOut),
    c("Hört auf mir zu schreiben", OptOut),
    c("HILFE", Help),
    c("Halt die Tür auf", No),
    c("Ich habe keine Nachricht bekommen", No),
    c("Danke schön", No),
    // Portuguese.
    c("PARAR", OptOut),
    c("Sair", OptOut),
    c("parem de me mandar mensagens", OptOut),
    c("não quero mais mensagens", OptOut),
    c("AJUDA", Help),
    c("Quero sair da lista", OptOut),
    c("Não quero mais receber", OptOut),
    c("Vou sair às 5", No),
    // Italian.
    c("BASTA", OptOut),
    c("basta messaggi per favore", OptOut),
    c("ferma", OptOut),
    c("smettete di scrivermi", OptOut),
    c("non inviatemi più messaggi", OptOut),
    c("AIUTO", Help),
    c("Grazie mille", No),
    // Dutch, Polish, Russian.
    c("STOPPEN", OptOut),
    c("afmelden", OptOut),
    c("geen berichten meer", OptOut),
    c("HULP", Help),
    c("ZATRZYMAJ", OptOut),
    c("Nie chcę więcej wiadomości", OptOut),
    c("стоп пожалуйста", OptOut),
    c("POMOCY", Help),
    c("ОСТАНОВИТЬ", OptOut),
    c("Стоп", OptOut),
    c("отписаться", OptOut),
    c("ПОМОЩЬ", Help),
    // Chinese, Japanese, Korean, Vietnamese.
    c("退订", OptOut),
    c("回复退订", OptOut),
    c("TD", OptOut),
    c("td", OptOut),
    c("取消订阅", OptOut),
    c("请停止", OptOut),
    c("不要再发短信了", OptOut),
    c("取消订单", No),
    c("配信停止", OptOut),
    c("配信停止をお願いします", OptOut),
    c("수신거부", OptOut),
    c("수신 거부", OptOut),
    c("HỦY", OptOut),
    c("Hủy", OptOut),
    c("Dừng", OptOut),
    c("hủy đăng ký", OptOut),
    c("不要退订", No),
    c("配信を停止してください", OptOut),
    c("문자 그만 보내세요", OptOut),
    // Opt-in: whole message only, no typos.
    c("START", OptIn),
    c("start!", OptIn),
    c("Unstop", OptIn),
    c("yes", OptIn),
    c("YES!", OptIn),
    c("subscribe", OptIn),
    c("Resume", OptIn),
    c("continue please", OptIn),
    c("opt in", OptIn),
    c("please opt me back in", OptIn),
    c("resume my messages please", OptIn),
    c("start texting me again", OptIn),
    c("comenzar", OptIn),
    c("Anmelden", OptIn),
    c("yes please", No),
    c("Yes please sign me up", OptIn),
    c("Yes, please reschedule", No),
    c("Yes I'll be there", No),
    c("yes that works", No),
    c("Yes! See you then", No),
    c("start time is 5?", No),
    c("when do we start", No),
    c("continue to checkout", No),
    c("subscribe to what?", No),
    c("I never said start", No),
    c("Don't start", No),
    // Help: whole message only.
    c("HELP", Help),
    c("info", Help),
    c("Help?", Help),
    c("INFO please", Help),
    c("help me find my order", No),
    c("need more info on the sale", No),
    c("thanks for the help", No),
    // Hard negatives: keyword in another sense.
    c("Which stop is closest?", No),
    c("the bus stop moved", No),
    c("I'll stop by tomorrow", No),
    c("Can we stop at the pharmacy?", No),
    c("stop light on main is out", No),
    c("Cancel my appointment", No),
    c("cancel my reservation please", No),
    c("can I cancel tomorrow's booking?", No),
    c("end of the month works", No),
    c("at the end of the street", No),
    c("Does the sale end today?", No),
    c("I quit my job lol", No),
    c("When does it start?", No),
    c("what's the start date", No),
    c("Yes, 3pm is fine", No),
    c("Yes please send the invoice", No),
    c("Remove the item from my cart", No),
    c("Can you remove the late fee?", No),
    c("I need help with my account", No),
    c("Info on parking?", No),
    c("Text me the code", No),
    c("can you message me the link", No),
    c("send me more info", No),
    c("more texts like this please!", No),
    c("I love these messages", No),
    // Negation.
    c("Don't stop texting me", No),
    c("please don't unsubscribe me", No),
    c("I don't want to unsubscribe", No),
    c("never unsubscribe me", No),
    c("I do not want to stop receiving texts", No),
    c("I don't want to miss your deals", No),
    c("Don't remove me", No),
    c("don't take me off the list", No),
    c("Don't cancel my texts", No),
    // Mentions in passing.
    c("We must STOP the new tax, count me in!", No),
    c("Stop the war", No),
    c("I don't want to stop", No),
    c("I need to stop by the bank", No),
    c("Block party this Saturday!", No),
    c("Do I have enough points?", No),
    c("I'm interested in the deals", No),
    c("Not interested in the upgrade, thanks", No),
    c("Stop sending me the wrong order!", No),
    c("Take me off speaker", No),
    c("can you remove me from the 3pm slot?", No),
    c("Don't send me the invoice yet", No),
    c("I accidentally unsubscribed, how do I get back?", No),
    c("I opted out by mistake", No),
    c("Stop the bus!", No),
    c("When does it stop raining", No),
    c("The stop button on my app doesn't work", No),
    c("Never stop texting me", No),
    c("Which end of the building?", No),
    c("Remove the appointment at 3", No),
    c("Where is the unsubscribe link?", No),
    c("How do I subscribe?", No),
    c("You can't stop me", No),
    c("stop the presses, this is big news", No),
    c("They told me to text STOP but I like these", No),
    c("The unsubscribe link is broken", No),
    c("your unsubscribe button doesn't work", No),
    c("what does optout mean on my bill", No),
    // Reactions quoting our own message.
    c("Liked \"Reply STOP to opt out\"", No),
    c("Loved “Sale today! Txt STOP to end”", No),
    c("Laughed at \"Stop by our store\"", No),
    c("Emphasized \"Reply STOP to unsubscribe\"", No),
    c("Questioned \"Your order shipped. Reply STOP to cancel\"", No),
    c("Disliked “Reply STOP to quit”", No),
    c("Reacted 👍 to \"Reply STOP to opt out\"", No),
    c("Liked it, but stop texting me", OptOut),
    c("👍 to \"Reply STOP to opt out\"", No),
    c("😂 to “Stop by our store today”", No),
    // Everyday replies.
    c("ok", No),
    c("Thanks!", No),
    c("👍", No),
    c("", No),
    c("   ", No),
    c("see you at 5", No),
    c("call me", No),
    c("who dis", No),
    c("lol", No),
    c("1234", No),
];

#[test]
fn cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = classify(case.text);
        if got.intent != case.expected {
            failures.push(format!(
                "{:?}: expected {}, got {} (rule {}, keyword {:?})",
                case.text,
                case.expected.as_str(),
                got.intent.as_str(),
                got.rule,
                got.keyword
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn strict_is_exact_standard_keywords_only() {
    for t in ["STOP", " stop\n", "Unsubscribe", "opt out", "STOPALL", "Yes", "HELP", "info", "Remove"] {
        assert!(classify(t).strict, "{t:?} should be strict");
        assert_eq!(classify(t).confidence, 0.99);
    }
    for t in ["stop!", "stop please", "S T O P", "ＳＴＯＰ", "stip", "alto", "take me off your list"] {
        let c = classify(t);
        assert!(!c.strict, "{t:?} should not be strict");
        assert!(c.confidence < 0.99);
    }
}

#[test]
fn scope() {
    let s = |t: &str| classify(t).scope;
    assert_eq!(s("STOP"), Some(Scope::All));
    assert_eq!(s("STOPALL"), Some(Scope::All));
    assert_eq!(s("stop texting me"), Some(Scope::All));
    assert_eq!(s("stop sending promos"), Some(Scope::Marketing));
    assert_eq!(s("No more marketing texts"), Some(Scope::Marketing));
    assert_eq!(s("unsubscribe from the newsletter"), Some(Scope::Marketing));
    assert_eq!(s("No más publicidad"), Some(Scope::Marketing));
    assert_eq!(s("Keine Werbung mehr"), Some(Scope::Marketing));
    assert_eq!(s("Stop. And no more promos"), Some(Scope::All));
    assert_eq!(s("yes"), None);
    assert_eq!(s("hello"), None);
}

#[test]
fn language_and_what_matched() {
    let l = |t: &str| classify(t).lang;
    assert_eq!(l("STOP"), Some("en"));
    assert_eq!(l("STOP SVP"), Some("fr"));
    assert_eq!(l("stop bitte"), Some("de"));
    assert_eq!(l("alto"), Some("es"));
    assert_eq!(l("arrêt"), Some("fr"));
    assert_eq!(l("STOPP"), Some("de"));
    assert_eq!(l("sair"), Some("pt"));
    assert_eq!(l("退订"), Some("zh"));
    assert_eq!(l("配信停止"), Some("ja"));
    assert_eq!(l("수신거부"), Some("ko"));
    assert_eq!(l("Dejen de enviarme mensajes"), Some("es"));
    let c = classify("S.T.O.P");
    assert_eq!((c.keyword.as_deref(), c.rule), (Some("stop"), "keyword"));
    let c = classify("stip");
    assert_eq!((c.keyword.as_deref(), c.rule), (Some("stop"), "keyword-typo"));
    assert!(c.confidence < 0.9);
    let c = classify("take me off your list");
    assert_eq!(c.rule, "take-me-off");
    assert_eq!(c.keyword.as_deref(), Some("take me off your list"));
    assert_eq!(classify("Liked \"Reply STOP to opt out\"").rule, "reaction");
}

#[test]
fn long_and_odd_inputs_get_an_answer() {
    let long = "please ".repeat(15_000) + "stop";
    assert!(long.len() > 100_000);
    assert_eq!(classify(&long).intent, OptOut);
    let long = "a ".repeat(60_000);
    assert_eq!(classify(&long).intent, No);
    let long = "s.".repeat(60_000);
    let _ = classify(&long);
    let long = "退".repeat(40_000);
    assert_eq!(classify(&long).intent, No);
    for t in ["\0", "\u{feff}", "\u{301}\u{301}stop", "e\u{301}\u{302}\u{303}", "\u{202e}pots", "👨\u{200d}👩\u{200d}👧", "\r\n\t", "'''", "...", "\u{fdd0}"] {
        let _ = classify(t);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    #[test]
    fn never_panics(s in "\\PC*") {
        let c = classify(&s);
        proptest::prop_assert!((0.0..=1.0).contains(&c.confidence));
    }

    #[test]
    fn never_panics_on_keyword_soup(s in "(stop|STOP|no|don't|me|text|off|list|退订|ＳＴＯＰ|[ .!?,'\"\u{301}\u{200d}])*") {
        let _ = classify(&s);
    }
}
