//! The data: keyword tables, word classes and phrase merges, per language.
//!
//! Everything here is folded text (lowercase, no diacritics, apostrophes
//! joined), as [`super::fold`] produces it. Most words live here, so adding a language is
//! mostly adding rows; the engine and its guards ([`super::guards`]) still name a few words
//! of their own (negations, question words), each listed with its languages there.
use super::pack;
use super::Intent;

/// Where a keyword counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    /// Only when the whole message is the keyword, with no other word
    /// (`YES`: "yes thank you" is not an opt-in).
    Exact,
    /// When the whole message is the keyword plus fillers ("cancel please");
    /// words with an everyday sense (cancel, end, para, alto, start...).
    Whole,
    /// When one clause is the keyword plus fillers ("Stop! I never signed up").
    Clause,
    /// Anywhere in a clause unless negated or used as a noun ("I want to unsubscribe").
    Anywhere,
}

/// A keyword row.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Keyword {
    pub word: &'static str,
    pub intent: Intent,
    pub level: Level,
    pub lang: &'static str,
    /// Also a keyword in other languages: `lang` is refined by other words.
    pub shared: bool,
    /// Near misses (one edit or transposition) count too.
    pub typos: bool,
}

const fn k(word: &'static str, intent: Intent, level: Level, lang: &'static str) -> Keyword {
    Keyword { word, intent, level, lang, shared: false, typos: false }
}
const fn shared(mut kw: Keyword) -> Keyword {
    kw.shared = true;
    kw
}
const fn typos(mut kw: Keyword) -> Keyword {
    kw.typos = true;
    kw
}

use Intent::{Help, OptIn, OptOut};
use Level::{Anywhere, Clause, Exact, Whole};

/// Keywords. Opt-in and help count only for the whole message: a false
/// opt-in re-subscribes someone who asked to stop.
pub(crate) const KEYWORDS: &[Keyword] = &[
    // English (CTIA / FCC standard words first).
    shared(typos(k("stop", OptOut, Clause, "en"))),
    typos(k("stopall", OptOut, Anywhere, "en")),
    typos(k("unsubscribe", OptOut, Anywhere, "en")),
    k("unsubscribing", OptOut, Anywhere, "en"),
    k("unsub", OptOut, Anywhere, "en"),
    k("unsubs", OptOut, Anywhere, "en"),
    // Typos only as the whole message ("cancle", "cacnel"): a weak keyword.
    typos(k("cancel", OptOut, Whole, "en")),
    k("end", OptOut, Whole, "en"),
    typos(k("quit", OptOut, Whole, "en")),
    typos(k("revoke", OptOut, Clause, "en")),
    typos(k("optout", OptOut, Anywhere, "en")),
    k("remove", OptOut, Clause, "en"),
    k("block", OptOut, Whole, "en"),
    k("delete", OptOut, Whole, "en"),
    k("dnc", OptOut, Clause, "en"),
    k("dnclist", OptOut, Clause, "en"),
    k("stp", OptOut, Clause, "en"),
    // Words one edit from STOP (NOT_TYPOS) sent alone, or with please: the typo, never the word.
    k("stoop", OptOut, Whole, "en"),
    k("atop", OptOut, Whole, "en"),
    k("stob", OptOut, Whole, "en"),
    k("estop", OptOut, Whole, "en"),
    k("sop", OptOut, Whole, "en"),
    k("стп", OptOut, Clause, "ru"),
    // The noun as the whole message: "disiscrizione".
    k("disiscrizione", OptOut, Whole, "it"),
    k("stahp", OptOut, Clause, "en"),
    k("stawp", OptOut, Clause, "en"),
    k("unsubbing", OptOut, Anywhere, "en"),
    k("unsubing", OptOut, Anywhere, "en"),
    k("nomore", OptOut, Clause, "en"),
    k("start", OptIn, Whole, "en"),
    k("unstop", OptIn, Whole, "en"),
    k("unstopp", OptIn, Whole, "en"),
    k("rejoin", OptIn, Whole, "en"),
    k("resubscribeme", OptIn, Clause, "en"),
    k("addmeback", OptIn, Clause, "en"),
    k("yes", OptIn, Exact, "en"),
    k("subscribe", OptIn, Whole, "en"),
    k("resubscribe", OptIn, Clause, "en"),
    k("resume", OptIn, Whole, "en"),
    k("continue", OptIn, Whole, "en"),
    k("optin", OptIn, Clause, "en"),
    k("signmeup", OptIn, Clause, "en"),
    typos(k("help", Help, Whole, "en")),
    k("info", Help, Whole, "en"),
    k("spam", OptOut, Whole, "en"),
    k("enough", OptOut, Whole, "en"),
    k("information", Help, Whole, "en"),
    // Spanish.
    typos(k("alto", OptOut, Whole, "es")),
    shared(k("para", OptOut, Whole, "es")),
    shared(k("parar", OptOut, Whole, "es")),
    shared(k("pare", OptOut, Whole, "es")),
    k("paren", OptOut, Whole, "es"),
    shared(k("cancelar", OptOut, Whole, "es")),
    typos(k("baja", OptOut, Whole, "es")),
    k("borrar", OptOut, Whole, "es"),
    k("eliminar", OptOut, Whole, "es"),
    k("salir", OptOut, Whole, "es"),
    k("quitar", OptOut, Whole, "es"),
    k("remover", OptOut, Whole, "pt"),
    k("darbaja", OptOut, Anywhere, "es"),
    k("detener", OptOut, Clause, "es"),
    typos(k("desuscribir", OptOut, Anywhere, "es")),
    k("desuscribirme", OptOut, Anywhere, "es"),
    k("desuscribanme", OptOut, Anywhere, "es"),
    k("nomas", OptOut, Clause, "es"),
    k("fin", OptOut, Whole, "es"),
    k("terminar", OptOut, Whole, "es"),
    typos(shared(k("cancela", OptOut, Whole, "es"))),
    k("desinscribir", OptOut, Anywhere, "es"),
    k("desinscribirme", OptOut, Anywhere, "es"),
    k("desuscribirse", OptOut, Anywhere, "es"),
    k("anularsuscripcion", OptOut, Anywhere, "es"),
    typos(k("basta", OptOut, Whole, "it")),
    typos(k("ayuda", Help, Whole, "es")),
    k("suscribirme", OptIn, Whole, "es"),
    k("suscribir", OptIn, Whole, "es"),
    k("comenzar", OptIn, Whole, "es"),
    k("empezar", OptIn, Whole, "es"),
    k("iniciar", OptIn, Whole, "es"),
    k("inicio", OptIn, Whole, "es"),
    k("reanudar", OptIn, Whole, "es"),
    k("alta", OptIn, Whole, "es"),
    k("darmedealta", OptIn, Clause, "es"),
    k("agregame", OptIn, Clause, "es"),
    k("agreguenme", OptIn, Clause, "es"),
    k("suscribanme", OptIn, Clause, "es"),
    k("suscribeme", OptIn, Clause, "es"),
    k("resuscribirme", OptIn, Clause, "es"),
    k("activenme", OptIn, Clause, "es"),
    k("reactivenme", OptIn, Clause, "es"),
    k("activame", OptIn, Clause, "es"),
    k("reactivame", OptIn, Clause, "es"),
    k("reactivar", OptIn, Clause, "es"),
    k("reativar", OptIn, Clause, "pt"),
    // French.
    typos(shared(k("arret", OptOut, Clause, "fr"))),
    k("arreter", OptOut, Clause, "fr"),
    typos(k("arretez", OptOut, Clause, "fr")),
    k("arrete", OptOut, Clause, "fr"),
    k("desabonner", OptOut, Anywhere, "fr"),
    k("desabonnez", OptOut, Anywhere, "fr"),
    k("desabonnement", OptOut, Clause, "fr"),
    k("desinscrire", OptOut, Anywhere, "fr"),
    k("desinscrivez", OptOut, Anywhere, "fr"),
    k("desinscris", OptOut, Anywhere, "fr"),
    k("desinscription", OptOut, Clause, "fr"),
    k("nonarret", OptIn, Whole, "fr"),
    k("reactiver", OptIn, Clause, "fr"),
    shared(k("si", OptIn, Exact, "es")),
    k("подпишите", OptIn, Clause, "ru"),
    k("구독", OptIn, Whole, "ko"),
    k("удалите", OptOut, Whole, "ru"),
    k("解約", OptOut, Whole, "ja"),
    k("登録した覚え", OptOut, Anywhere, "ja"),
    k("취소", OptOut, Whole, "ko"),
    k("cease", OptOut, Clause, "en"),
    // Hindi (Devanagari and romanised).
    k("band", OptOut, Whole, "hi"),
    k("batdau", OptIn, Whole, "vi"),
    k("dangkylai", OptIn, Clause, "vi"),
    k("co", OptIn, Exact, "vi"),
    k("giup", Help, Whole, "vi"),
    k("eintragen", OptIn, Clause, "de"),
    k("riattivate", OptIn, Whole, "it"),
    k("informatie", Help, Whole, "nl"),
    k("bandh", OptOut, Whole, "hi"),
    k("bnd", OptOut, Whole, "hi"),
    // In its own clause too ("मैं अब ग्राहक नहीं हूँ, बंद करें"): the script says Hindi.
    k("बंद", OptOut, Clause, "hi"),
    k("прекратите", OptOut, Clause, "ru"),
    k("annulla", OptOut, Whole, "it"),
    k("रोकें", OptOut, Clause, "hi"),
    k("रोको", OptOut, Clause, "hi"),
    k("bas", OptOut, Whole, "hi"),
    k("बस", OptOut, Whole, "hi"),
    k("रद्द", OptOut, Whole, "hi"),
    k("अनसब्सक्राइब", OptOut, Anywhere, "hi"),
    k("शुरू", OptIn, Whole, "hi"),
    k("chalu", OptIn, Whole, "hi"),
    k("चालू", OptIn, Whole, "hi"),
    k("haan", OptIn, Exact, "hi"),
    k("हाँ", OptIn, Exact, "hi"),
    k("madad", Help, Whole, "hi"),
    k("मदद", Help, Whole, "hi"),
    k("जानकारी", Help, Whole, "hi"),
    // सहायता (help, formal) in both scripts, and jaankari (information) romanised.
    k("सहायता", Help, Whole, "hi"),
    k("sahayata", Help, Whole, "hi"),
    k("sahayta", Help, Whole, "hi"),
    k("jaankari", Help, Whole, "hi"),
    k("jankari", Help, Whole, "hi"),
    k("重新开通", OptIn, Clause, "zh"),
    k("старт", OptIn, Whole, "ru"),
    k("zapiszmnie", OptIn, Clause, "pl"),
    k("wznow", OptIn, Clause, "pl"),
    k("informacion", Help, Whole, "es"),
    k("ayudame", Help, Whole, "es"),
    k("informacao", Help, Whole, "pt"),
    k("informazioni", Help, Whole, "it"),
    k("infos", Help, Whole, "de"),
    k("инфо", Help, Whole, "ru"),
    k("информация", Help, Whole, "ru"),
    k("справка", Help, Whole, "ru"),
    // Help, the imperative and the common misspellings and transliterations: "помогите", "помошь", "pomosh",
    // and "подробнее" (more details) said alone.
    k("помогите", Help, Whole, "ru"),
    k("помошь", Help, Whole, "ru"),
    k("помощ", Help, Whole, "ru"),
    k("pomosh", Help, Whole, "ru"),
    k("pomogite", Help, Whole, "ru"),
    k("подробнее", Help, Whole, "ru"),
    k("informacja", Help, Whole, "pl"),
    k("정보", Help, Whole, "ko"),
    k("도움", Help, Whole, "ko"),
    k("도와주세요", Help, Whole, "ko"),
    k("咨询", Help, Whole, "zh"),
    k("求助", Help, Whole, "zh"),
    // Customer service, details, "need help", the pinyin and the common typo of 帮助 (帮组).
    k("客服", Help, Whole, "zh"),
    k("详情", Help, Whole, "zh"),
    k("需要帮助", Help, Whole, "zh"),
    k("帮组", Help, Whole, "zh"),
    k("bangzhu", Help, Whole, "zh"),
    k("助けて", Help, Whole, "ja"),
    k("reinscrivez", OptIn, Clause, "fr"),
    k("riprendi", OptIn, Whole, "it"),
    k("retomar", OptIn, Whole, "pt"),
    k("inscrever", OptIn, Clause, "pt"),
    k("inscrevam", OptIn, Clause, "pt"),
    k("reinscrever", OptIn, Clause, "pt"),
    k("reabonnez", OptIn, Clause, "fr"),
    k("reabonner", OptIn, Clause, "fr"),
    typos(k("aide", Help, Whole, "fr")),
    k("annuler", OptOut, Whole, "fr"),
    k("resilier", OptOut, Whole, "fr"),
    k("resiliez", OptOut, Whole, "fr"),
    k("oui", OptIn, Exact, "fr"),
    // German.
    k("stopp", OptOut, Clause, "de"),
    k("halt", OptOut, Whole, "de"),
    typos(k("abmelden", OptOut, Anywhere, "de")),
    k("abbestellen", OptOut, Anywhere, "de"),
    k("austragen", OptOut, Anywhere, "de"),
    typos(k("hilfe", Help, Whole, "de")),
    k("beenden", OptOut, Whole, "de"),
    k("kundigen", OptOut, Whole, "de"),
    k("entfernen", OptOut, Whole, "de"),
    k("loschen", OptOut, Whole, "de"),
    k("aufhoren", OptOut, Whole, "de"),
    k("anmelden", OptIn, Whole, "de"),
    k("ende", OptOut, Whole, "de"),
    k("schluss", OptOut, Whole, "de"),
    k("fortsetzen", OptIn, Whole, "de"),
    k("ja", OptIn, Exact, "de"),
    // Portuguese.
    typos(k("sair", OptOut, Whole, "pt")),
    k("parem", OptOut, Whole, "pt"),
    typos(k("descadastrar", OptOut, Anywhere, "pt")),
    k("descadastre", OptOut, Anywhere, "pt"),
    k("chega", OptOut, Whole, "pt"),
    k("fim", OptOut, Whole, "pt"),
    k("desinscrever", OptOut, Anywhere, "pt"),
    k("descadastrarme", OptOut, Anywhere, "pt"),
    typos(k("ajuda", Help, Whole, "pt")),
    k("sim", OptIn, Exact, "pt"),
    // Italian.
    typos(k("ferma", OptOut, Whole, "it")),
    k("fermare", OptOut, Whole, "it"),
    k("disiscrivimi", OptOut, Anywhere, "it"),
    typos(k("disiscrivere", OptOut, Anywhere, "it")),
    k("cancellami", OptOut, Anywhere, "it"),
    k("disiscrivermi", OptOut, Anywhere, "it"),
    typos(k("disiscrivi", OptOut, Anywhere, "it")),
    k("fermati", OptOut, Whole, "it"),
    k("cancella", OptOut, Whole, "it"),
    k("rimuovi", OptOut, Whole, "it"),
    k("smettila", OptOut, Whole, "it"),
    k("cancellazione", OptOut, Clause, "it"),
    k("annullaiscrizione", OptOut, Anywhere, "it"),
    k("riattivare", OptIn, Whole, "it"),
    k("iscrivimi", OptIn, Clause, "it"),
    k("reiscrivimi", OptIn, Clause, "it"),
    k("riattiva", OptIn, Whole, "it"),
    typos(k("aiuto", Help, Whole, "it")),
    // Dutch.
    k("stoppen", OptOut, Clause, "nl"),
    typos(k("afmelden", OptOut, Anywhere, "nl")),
    typos(k("uitschrijven", OptOut, Anywhere, "nl")),
    k("opzeggen", OptOut, Whole, "nl"),
    k("einde", OptOut, Whole, "nl"),
    k("verwijderen", OptOut, Whole, "nl"),
    typos(k("hulp", Help, Whole, "nl")),
    k("hervatten", OptIn, Clause, "nl"),
    k("aanmelden", OptIn, Whole, "nl"),
    // Polish.
    k("zatrzymaj", OptOut, Clause, "pl"),
    k("wypisz", OptOut, Anywhere, "pl"),
    typos(k("pomocy", Help, Whole, "pl")),
    typos(k("pomoc", Help, Whole, "pl")),
    k("tak", OptIn, Exact, "pl"),
    k("rezygnuje", OptOut, Clause, "pl"),
    typos(k("wypisac", OptOut, Anywhere, "pl")),
    k("wypiszcie", OptOut, Anywhere, "pl"),
    k("anuluj", OptOut, Whole, "pl"),
    k("dosc", OptOut, Whole, "pl"),
    k("koniec", OptOut, Whole, "pl"),
    k("wylacz", OptOut, Whole, "pl"),
    k("przestancie", OptOut, Clause, "pl"),
    k("przestan", OptOut, Clause, "pl"),
    k("przestac", OptOut, Clause, "pl"),
    k("zatrzymac", OptOut, Clause, "pl"),
    k("rezygnacja", OptOut, Clause, "pl"),
    // Round 9: the unsubscribe and revoke words said alone or in their first person, in en, es, fr, de, pt, it, nl
    // ("Abmeldung", "WIDERRUF", "afmelding", "desabo", "REVOGAR", "FERMATEVI", "¿cómo me desuscribo?").
    k("unscribe", OptOut, Anywhere, "en"),
    k("unenroll", OptOut, Clause, "en"),
    k("abmeldung", OptOut, Clause, "de"),
    k("widerruf", OptOut, Whole, "de"),
    k("widerrufen", OptOut, Whole, "de"),
    k("afmelding", OptOut, Clause, "nl"),
    k("desabo", OptOut, Clause, "fr"),
    k("revoquer", OptOut, Whole, "fr"),
    k("desuscribo", OptOut, Anywhere, "es"),
    k("revocar", OptOut, Whole, "es"),
    k("bajame", OptOut, Clause, "es"),
    k("revogar", OptOut, Whole, "pt"),
    k("descadastro", OptOut, Clause, "pt"),
    k("fermatevi", OptOut, Whole, "it"),
    k("revoca", OptOut, Whole, "it"),
    k("disdetta", OptOut, Clause, "it"),
    // Opt-in: the start, activate, continue and subscribe verbs of fr, de, pt, es, it, nl, pl said
    // alone (infinitive, imperatives, the noun: "DÉMARRER", "ABONNIEREN", "VOLTAR", "ATTIVA", "AKTYWUJ").
    // Not "weiter" ("what next?"); "continua", "doorgaan", "продолжить" since round 9 (said alone to a
    // business they ask to go on; consent reads them as answer words, which lift nothing by
    // default). Yes with "I want" is a yes (engine), though a wedding's "sí quiero!! 💍" reads as one too.
    k("demarrer", OptIn, Whole, "fr"),
    k("demarrez", OptIn, Whole, "fr"),
    k("continuer", OptIn, Whole, "fr"),
    k("continuez", OptIn, Whole, "fr"),
    k("activer", OptIn, Whole, "fr"),
    k("activez", OptIn, Whole, "fr"),
    k("reactivez", OptIn, Whole, "fr"),
    k("reprendre", OptIn, Whole, "fr"),
    k("reprenez", OptIn, Whole, "fr"),
    k("reprise", OptIn, Whole, "fr"),
    k("reabonnement", OptIn, Whole, "fr"),
    k("reinscription", OptIn, Whole, "fr"),
    k("reinscrire", OptIn, Whole, "fr"),
    k("mabonner", OptIn, Whole, "fr"),
    k("abonnezmoi", OptIn, Whole, "fr"),
    k("inscrivezmoi", OptIn, Whole, "fr"),
    k("reintegrezmoi", OptIn, Whole, "fr"),
    k("abonnieren", OptIn, Whole, "de"),
    k("abonniere", OptIn, Whole, "de"),
    k("starten", OptIn, Whole, "de"),
    k("aktivieren", OptIn, Whole, "de"),
    k("reaktivieren", OptIn, Whole, "de"),
    k("cadastrar", OptIn, Whole, "pt"),
    k("cadastrem", OptIn, Whole, "pt"),
    k("assinar", OptIn, Whole, "pt"),
    k("assine", OptIn, Whole, "pt"),
    k("voltar", OptIn, Whole, "pt"),
    k("comecar", OptIn, Whole, "pt"),
    k("ativar", OptIn, Whole, "pt"),
    k("ative", OptIn, Whole, "pt"),
    k("reative", OptIn, Whole, "pt"),
    k("reativem", OptIn, Whole, "pt"),
    k("activar", OptIn, Whole, "es"),
    k("activen", OptIn, Whole, "es"),
    k("reactiven", OptIn, Whole, "es"),
    k("attiva", OptIn, Whole, "it"),
    k("attivare", OptIn, Whole, "it"),
    k("attivate", OptIn, Whole, "it"),
    k("continuare", OptIn, Whole, "it"),
    k("continuate", OptIn, Whole, "it"),
    k("avvia", OptIn, Whole, "it"),
    k("inizia", OptIn, Whole, "it"),
    k("iscrivi", OptIn, Whole, "it"),
    k("iscriviti", OptIn, Whole, "it"),
    k("iscrivetemi", OptIn, Whole, "it"),
    k("abbonati", OptIn, Whole, "it"),
    k("reiscrizione", OptIn, Whole, "it"),
    k("reiscrivermi", OptIn, Whole, "it"),
    k("reinseritemi", OptIn, Whole, "it"),
    k("abonneren", OptIn, Whole, "nl"),
    k("activeren", OptIn, Whole, "nl"),
    k("heractiveren", OptIn, Whole, "nl"),
    k("heraanmelden", OptIn, Whole, "nl"),
    k("inschrijven", OptIn, Whole, "nl"),
    k("aktywuj", OptIn, Whole, "pl"),
    k("kontynuuj", OptIn, Whole, "pl"),
    k("subskrybuj", OptIn, Whole, "pl"),
    k("wznowic", OptIn, Whole, "pl"),
    // Russian.
    k("остановить", OptOut, Clause, "ru"),
    k("стоп", OptOut, Clause, "ru"),
    k("отписаться", OptOut, Anywhere, "ru"),
    k("отписка", OptOut, Clause, "ru"),
    k("отпишите", OptOut, Anywhere, "ru"),
    k("хватит", OptOut, Whole, "ru"),
    k("отменить", OptOut, Whole, "ru"),
    k("отмена", OptOut, Whole, "ru"),
    k("отпишитесь", OptOut, Anywhere, "ru"),
    k("отписаться", OptOut, Anywhere, "ru"),
    k("остановите", OptOut, Clause, "ru"),
    k("отменитьподписку", OptOut, Anywhere, "ru"),
    k("возобновить", OptIn, Clause, "ru"),
    k("подписаться", OptIn, Whole, "ru"),
    k("помощь", Help, Whole, "ru"),
    k("да", OptIn, Exact, "ru"),
    // Chinese.
    k("别发", OptOut, Anywhere, "zh"),
    k("不要再发", OptOut, Anywhere, "zh"),
    k("别再发", OptOut, Anywhere, "zh"),
    k("删除我的", OptOut, Anywhere, "zh"),
    k("删掉", OptOut, Anywhere, "zh"),
    k("拒收", OptOut, Anywhere, "zh"),
    k("拒绝接收", OptOut, Anywhere, "zh"),
    k("投诉", OptOut, Anywhere, "zh"),
    k("举报", OptOut, Anywhere, "zh"),
    k("退定", OptOut, Anywhere, "zh"),
    k("退丁", OptOut, Anywhere, "zh"),
    k("推订", OptOut, Anywhere, "zh"),
    k("不想再收到", OptOut, Anywhere, "zh"),
    k("不想收到", OptOut, Anywhere, "zh"),
    // Enough and don't-again as a clause of their own ("够了，不要再发消息", "别再！"); inside a sentence
    // they are about anything ("今天糖吃够了", "别再买植物了"): there 别再 is a negative imperative that
    // needs a send verb ("别再给我发短信"), 够了 a stop verb after a message noun ("短信够了").
    k("够了", OptOut, Clause, "zh"),
    k("别再", OptOut, Anywhere, "zh"),
    // The same in Traditional script (別 is also Japanese, so it is not folded) and in Cantonese
    // ("別再傳簡訊給我", "唔好再send嘢俾我").
    k("別再", OptOut, Anywhere, "zh"),
    k("別再发", OptOut, Anywhere, "zh"),
    k("別再传", OptOut, Anywhere, "zh"),
    k("别再传", OptOut, Anywhere, "zh"),
    k("唔好再", OptOut, Anywhere, "zh"),
    // Fed up, as the whole message ("受够了"; "这周真是受够了" is about the week).
    k("受够了", OptOut, Whole, "zh"),
    k("撤回", OptOut, Anywhere, "zh"),
    k("移出", OptOut, Anywhere, "zh"),
    k("不要推销", OptOut, Anywhere, "zh"),
    k("停止推送", OptOut, Anywhere, "zh"),
    k("停止发送", OptOut, Anywhere, "zh"),
    k("取消关注", OptOut, Anywhere, "zh"),
    k("从未订阅", OptOut, Anywhere, "zh"),
    k("骚扰", OptOut, Anywhere, "zh"),
    k("恢复发送", OptIn, Clause, "zh"),
    k("继续发送", OptIn, Clause, "zh"),
    k("订阅", OptIn, Whole, "zh"),
    k("退订", OptOut, Anywhere, "zh"),
    k("取消订阅", OptOut, Anywhere, "zh"),
    k("td", OptOut, Whole, "zh"),
    k("取消", OptOut, Whole, "zh"),
    k("停止", OptOut, Clause, "zh"),
    k("重新订阅", OptIn, Clause, "zh"),
    k("reiscrivetemi", OptIn, Clause, "it"),
    k("恢复订阅", OptIn, Clause, "zh"),
    k("帮助", Help, Whole, "zh"),
    k("帮助信息", Help, Whole, "zh"),
    // Japanese.
    k("解除", OptOut, Anywhere, "ja"),
    k("退会", OptOut, Anywhere, "ja"),
    k("いりません", OptOut, Anywhere, "ja"),
    k("不要です", OptOut, Anywhere, "ja"),
    k("やめてください", OptOut, Anywhere, "ja"),
    k("やめて", OptOut, Anywhere, "ja"),
    k("削除してください", OptOut, Anywhere, "ja"),
    k("削除して", OptOut, Anywhere, "ja"),
    k("お断り", OptOut, Anywhere, "ja"),
    k("結構です", OptOut, Anywhere, "ja"),
    k("撤回", OptOut, Anywhere, "ja"),
    k("拒否", OptOut, Anywhere, "ja"),
    k("送らないで", OptOut, Anywhere, "ja"),
    k("連絡しないで", OptOut, Anywhere, "ja"),
    k("ご遠慮", OptOut, Anywhere, "ja"),
    k("お控え", OptOut, Anywhere, "ja"),
    k("停止して", OptOut, Anywhere, "ja"),
    k("配心停止", OptOut, Anywhere, "ja"),
    k("送信停止", OptOut, Anywhere, "ja"),
    k("受信拒否", OptOut, Anywhere, "ja"),
    k("メルマガ解除", OptOut, Anywhere, "ja"),
    k("ストップで", OptOut, Anywhere, "ja"),
    // "停止で(お願いします)": the noun with で as the request, its own clause.
    k("停止で", OptOut, Clause, "ja"),
    k("再開", OptIn, Clause, "ja"),
    k("配信再開", OptIn, Clause, "ja"),
    k("再登録", OptIn, Clause, "ja"),
    k("配信停止", OptOut, Anywhere, "ja"),
    k("配信解除", OptOut, Anywhere, "ja"),
    k("登録解除", OptOut, Anywhere, "ja"),
    k("購読解除", OptOut, Anywhere, "ja"),
    k("配信不要", OptOut, Anywhere, "ja"),
    k("ストップ", OptOut, Clause, "ja"),
    // STOP in hiragana, and "STOPで" (the keyword with で as the request).
    k("すとっぷ", OptOut, Clause, "ja"),
    k("すとっぷで", OptOut, Clause, "ja"),
    k("stopで", OptOut, Clause, "ja"),
    k("ヘルプ", Help, Whole, "ja"),
    k("インフォ", Help, Whole, "ja"),
    // ヘルプ in hiragana, enquiry (問い合わせ with and without お and okurigana), details.
    k("へるぷ", Help, Whole, "ja"),
    k("問い合わせ", Help, Whole, "ja"),
    k("お問い合わせ", Help, Whole, "ja"),
    k("問合せ", Help, Whole, "ja"),
    k("お問合せ", Help, Whole, "ja"),
    k("詳細", Help, Whole, "ja"),
    k("情報", Help, Whole, "ja"),
    // Korean.
    k("그만해", OptOut, Anywhere, "ko"),
    k("그만", OptOut, Anywhere, "ko"),
    k("해지", OptOut, Anywhere, "ko"),
    k("탈퇴", OptOut, Anywhere, "ko"),
    k("삭제해", OptOut, Anywhere, "ko"),
    k("삭제하세요", OptOut, Anywhere, "ko"),
    k("삭제", OptOut, Anywhere, "ko"),
    k("사절", OptOut, Anywhere, "ko"),
    k("차단", OptOut, Anywhere, "ko"),
    k("철회", OptOut, Anywhere, "ko"),
    k("수신거뷰", OptOut, Anywhere, "ko"),
    k("수신걱부", OptOut, Anywhere, "ko"),
    k("필요없", OptOut, Anywhere, "ko"),
    k("받고싶지않", OptOut, Anywhere, "ko"),
    k("연락하지마", OptOut, Anywhere, "ko"),
    k("보내지마", OptOut, Anywhere, "ko"),
    k("스탑", OptOut, Anywhere, "ko"),
    k("신고", OptOut, Anywhere, "ko"),
    k("재개", OptIn, Clause, "ko"),
    k("재구독", OptIn, Clause, "ko"),
    k("다시받기", OptIn, Clause, "ko"),
    k("수신거부", OptOut, Anywhere, "ko"),
    k("구독취소", OptOut, Anywhere, "ko"),
    k("중지", OptOut, Clause, "ko"),
    k("도움말", Help, Whole, "ko"),
    k("안내", Help, Whole, "ko"),
    // HELP in Hangul, enquiry, and the keywords with the polite 요 attached ("헬프요", "도움말이요", "HELP요").
    k("헬프", Help, Whole, "ko"),
    k("헬프요", Help, Whole, "ko"),
    k("문의", Help, Whole, "ko"),
    k("문의요", Help, Whole, "ko"),
    k("도움요", Help, Whole, "ko"),
    k("도움말요", Help, Whole, "ko"),
    k("도움말이요", Help, Whole, "ko"),
    k("help요", Help, Whole, "ko"),
    k("info요", Help, Whole, "ko"),
    // Plural, polite and informal imperatives and first persons of the unsubscribe verbs
    // ("disiscrivetemi", "mi disiscriva", "come mi disiscrivo", "desuscríbame", "je me désinscris"),
    // the words for enough, and the kana spelling of 配信停止.
    k("disiscrivetemi", OptOut, Anywhere, "it"),
    k("disiscriva", OptOut, Anywhere, "it"),
    k("smettetela", OptOut, Whole, "it"),
    k("desuscribame", OptOut, Anywhere, "es"),
    k("desuscribeme", OptOut, Anywhere, "es"),
    k("desuscribidme", OptOut, Anywhere, "es"),
    k("desinscribanme", OptOut, Anywhere, "es"),
    k("desinscribame", OptOut, Anywhere, "es"),
    k("desinscribeme", OptOut, Anywhere, "es"),
    k("bajenme", OptOut, Clause, "es"),
    k("suffit", OptOut, Whole, "fr"),
    k("descadastrem", OptOut, Anywhere, "pt"),
    k("descadastra", OptOut, Anywhere, "pt"),
    k("wypiszecie", OptOut, Anywhere, "pl"),
    k("dosyc", OptOut, Whole, "pl"),
    k("отписываюсь", OptOut, Anywhere, "ru"),
    // The unsubscribe verb's informal imperative ("отпиши меня от всего"; not отпишись, "text me": "отпишись, как долетишь"), its
    // common misspellings (отписатся, атписка) and transliterations (otpishite menya, otpiska), СТОП typed
    // on a Latin layout (cnjg), refusal (отказ, отказываюсь от рассылки) and exit (выход) said alone.
    k("отпиши", OptOut, Anywhere, "ru"),
    k("отписатся", OptOut, Anywhere, "ru"),
    k("отписатса", OptOut, Anywhere, "ru"),
    k("атписка", OptOut, Clause, "ru"),
    k("otpishite", OptOut, Anywhere, "ru"),
    k("otpisatsya", OptOut, Anywhere, "ru"),
    k("otpiska", OptOut, Clause, "ru"),
    k("cnjg", OptOut, Clause, "ru"),
    k("отказ", OptOut, Whole, "ru"),
    k("отказываюсь", OptOut, Clause, "ru"),
    k("выход", OptOut, Whole, "ru"),
    k("중단", OptOut, Whole, "ko"),
    k("はいしんていし", OptOut, Anywhere, "ja"),
    // Opt-in: the subscribe and resume words said alone ("S'abonner", "Continuar", "恢复", "수신동의").
    k("sabonner", OptIn, Whole, "fr"),
    k("abonner", OptIn, Whole, "fr"),
    k("continuar", OptIn, Whole, "pt"),
    // CONTINUE said alone in the other languages: "Continua", "Doorgaan", "Продолжить" (not
    // German "Weiter?", which also asks "what next?").
    k("continua", OptIn, Whole, "it"),
    k("doorgaan", OptIn, Whole, "nl"),
    k("продолжить", OptIn, Whole, "ru"),
    k("продолжаите", OptIn, Whole, "ru"),
    k("jaarirakhen", OptIn, Whole, "hi"),
    k("恢复", OptIn, Whole, "zh"),
    k("수신동의", OptIn, Whole, "ko"),
    k("rimettetemi", OptIn, Clause, "it"),
    k("riaggiungetemi", OptIn, Clause, "it"),
    k("riaggiungimi", OptIn, Clause, "it"),
    k("riattivatemi", OptIn, Clause, "it"),
    // Help: the plural "information(s)" nouns and the help-me imperatives ("Informationen bitte",
    // "INFORMAÇÕES", "aidez-moi", "aiutami", "ajudem", "pomóżcie").
    k("informationen", Help, Whole, "de"),
    k("hilf", Help, Whole, "de"),
    k("helft", Help, Whole, "de"),
    k("informations", Help, Whole, "fr"),
    k("aidezmoi", Help, Whole, "fr"),
    k("aidemoi", Help, Whole, "fr"),
    k("aidez", Help, Whole, "fr"),
    k("informacoes", Help, Whole, "pt"),
    k("ajudem", Help, Whole, "pt"),
    k("ajude", Help, Whole, "pt"),
    k("ajudeme", Help, Whole, "pt"),
    k("socorro", Help, Whole, "pt"),
    k("informaciones", Help, Whole, "es"),
    k("ayudenme", Help, Whole, "es"),
    k("ayudeme", Help, Whole, "es"),
    k("informazione", Help, Whole, "it"),
    k("aiutami", Help, Whole, "it"),
    k("aiutatemi", Help, Whole, "it"),
    k("hulpinformatie", Help, Whole, "nl"),
    k("helpen", Help, Whole, "nl"),
    k("informacje", Help, Whole, "pl"),
    k("pomozcie", Help, Whole, "pl"),
    k("pomoz", Help, Whole, "pl"),
    // Vietnamese.
    k("huy", OptOut, Whole, "vi"),
    k("dung", OptOut, Whole, "vi"),
    k("ngung", OptOut, Whole, "vi"),
    k("tuchoi", OptOut, Clause, "vi"),
    k("huydangky", OptOut, Clause, "vi"),
    k("trogiup", Help, Whole, "vi"),
    // Round 9 (second stop), zh ja ko hi: carrier keywords as people type them. China's "回T退订" (T alone: engine.rs, EXACT_CJK), its pinyin
    // and homophone typos (tuiding, 腿订, 退顶), do-not-disturb and harass words; ていし / teishi and the kana of
    // 解除; Korean initials of 수신거부 and 스탑 (ㅅㅅㄱㅂ, ㅅㅌㅍ), its typos and English-keyboard spelling
    // (tntlsrjqn), 거부 (refuse) said alone, STOP with the polite 요; Hindi स्टॉप, DND, "rok do".
    k("tuiding", OptOut, Whole, "zh"),
    k("腿订", OptOut, Anywhere, "zh"),
    k("退顶", OptOut, Anywhere, "zh"),
    k("退出", OptOut, Whole, "zh"),
    k("勿扰", OptOut, Clause, "zh"),
    k("别骚扰", OptOut, Anywhere, "zh"),
    k("不要骚扰", OptOut, Anywhere, "zh"),
    k("ていし", OptOut, Clause, "ja"),
    k("teishi", OptOut, Clause, "ja"),
    k("かいじょ", OptOut, Whole, "ja"),
    k("止めて", OptOut, Clause, "ja"),
    k("解約します", OptOut, Clause, "ja"),
    k("通知オフ", OptOut, Whole, "ja"),
    k("ㅅㅅㄱㅂ", OptOut, Whole, "ko"),
    k("ㅅㅌㅍ", OptOut, Whole, "ko"),
    k("수신겨부", OptOut, Anywhere, "ko"),
    k("수신거브", OptOut, Anywhere, "ko"),
    k("susingeobu", OptOut, Anywhere, "ko"),
    k("tntlsrjqn", OptOut, Anywhere, "ko"),
    k("거부", OptOut, Clause, "ko"),
    k("거부요", OptOut, Clause, "ko"),
    k("거부합니다", OptOut, Clause, "ko"),
    k("stop요", OptOut, Clause, "ko"),
    k("stop해주세요", OptOut, Clause, "ko"),
    k("स्टॉप", OptOut, Clause, "hi"),
    k("dnd", OptOut, Whole, "hi"),
    k("rokdo", OptOut, Clause, "hi"),
    // Round 13. Agreement said alone, or after a yes, answers a consent prompt ("Reply YES or AGREE"):
    // "sí acepto", "oui j'accepte", "ja ich stimme zu", "tak, zgadzam się", "да, согласен", "同意します",
    // "동의합니다". Consent reads them as answer words, which lift nothing by default; a proposal's
    // "¡Sí acepto! 💍" is a celebration (engine), and "I agree" stays English talk (not listed).
    k("acepto", OptIn, Whole, "es"),
    k("aceito", OptIn, Whole, "pt"),
    k("accetto", OptIn, Whole, "it"),
    k("jaccepte", OptIn, Whole, "fr"),
    k("stimmezu", OptIn, Whole, "de"),
    k("einverstanden", OptIn, Whole, "de"),
    k("akkoord", OptIn, Whole, "nl"),
    k("zgadzamsie", OptIn, Whole, "pl"),
    k("согласен", OptIn, Whole, "ru"),
    k("согласна", OptIn, Whole, "ru"),
    k("同意", OptIn, Whole, "zh"),
    k("同意します", OptIn, Whole, "ja"),
    k("동의합니다", OptIn, Whole, "ko"),
    k("동의해요", OptIn, Whole, "ko"),
    k("manzoor", OptIn, Whole, "hi"),
    k("सहमत", OptIn, Whole, "hi"),
    // CONTINUE said alone in German after all: in 45 writers' replies to businesses "weiter" asked
    // to go on every time; "Weiter?" is a question, which takes no keyword.
    k("weiter", OptIn, Whole, "de"),
    k("开通", OptIn, Whole, "zh"),
    // Help: "more information" where the noun is not the nominative ("więcej informacji proszę",
    // "больше информации", "更多信息", "詳しい情報をお願いします", "자세한 안내 부탁드립니다").
    // "Je souhaite ne plus recevoir de SMS": the formal wish put before its negation, merged only
    // with "recevoir" or "être contacté" after it ("je souhaite ne plus le voir" is not a request).
    k("souhaiteneplus", OptOut, Anywhere, "fr"),
    k("informacji", Help, Whole, "pl"),
    k("информации", Help, Whole, "ru"),
    k("更多信息", Help, Whole, "zh"),
    k("詳しい情報", Help, Whole, "ja"),
    k("자세한안내", Help, Whole, "ko"),
    // "스톱": STOP in Hangul.
    k("스톱", OptOut, Whole, "ko"),
];

/// Words that look like a one-edit typo of a keyword but are words in their
/// own right: never read as the keyword.
pub(crate) const NOT_TYPOS: &[&str] = &[
    "step", "stap", "top", "tops", "shop", "slop", "atop", "stow", "stoop", "stomp", "strop", "swop", "sop", "stoep", "sto", "spot", "stock",
    "store", "stoa", "soup", "estop", "stob", "stot", "stopt", "stopa", "sloop", "snop", "scop", "stor", "stol", "stoke", "stove", "stope",
    "subscribe", "unsubscribes", "evoke", "revoked", "revokes", "invoke", "provoke", "optput", "cancer", "chancel", "cancels", "canceled", "cancan",
    "cancelo", "also", "auto", "alta", "altas", "altos", "alts", "altar", "bajo", "bajos", "bajan", "baje", "bata", "bala", "bajar", "baste",
    "bastar", "basto", "said", "sail", "sain", "saia", "sir", "sar", "sairs", "forma", "firma", "ferme", "fermo", "fermi", "herma", "fin", "fins",
    "quiet", "quilt", "suit", "quiz", "quip", "quin", "qui", "quits", "quite", "quito", "equit", "squit", "helo", "hell", "held", "hemp", "kelp",
    "yelp", "heap", "heal", "helm", "hep", "heelp", "whelp", "helps", "hello",
    // Near the help words of de, fr, it, nl, pl, pt: names and words of their own.
    "hulu", "hulk", "hump", "hula", "huls", "hup", "aida", "aids", "aidan", "aile", "aine", "aiuta", "hilfen",
];

/// Words that count only when written stretched ("staaap", "staahp"), read
/// as the keyword on the right: plain, "stap" is a Dutch word.
pub(crate) const STRETCHED: &[(&str, &str)] = &[("stap", "stop"), ("stahp", "stahp"), ("stawp", "stawp")];

// Word classes: bits.
pub(crate) const STOPV: u128 = 1 << 0; // stop, quit, cease: take a gerund
pub(crate) const OBJV: u128 = 1 << 1; // cancel, end, block: take a message object
pub(crate) const SENDV: u128 = 1 << 2; // texting, message, enviar...
pub(crate) const SENDME: u128 = 1 << 3; // send-verbs with the object inside (enviarme)
pub(crate) const GETV: u128 = 1 << 4; // getting, receiving
pub(crate) const ME: u128 = 1 << 5;
pub(crate) const NUMBER: u128 = 1 << 6;
pub(crate) const MYDET: u128 = 1 << 7; // my, this
pub(crate) const DET: u128 = 1 << 8; // the, these, your, all, any
pub(crate) const MSGN: u128 = 1 << 9; // texts, messages, spam, promos
pub(crate) const MKT: u128 = 1 << 10; // marketing words (scope)
pub(crate) const LISTN: u128 = 1 << 11;
pub(crate) const REMOVEV: u128 = 1 << 12; // remove, delete, borrar
pub(crate) const REMOVEME: u128 = 1 << 13; // quitenme, retirez-moi
pub(crate) const LOSEV: u128 = 1 << 14; // lose, drop: only with a number
pub(crate) const TAKEV: u128 = 1 << 15; // take, get (me off)
pub(crate) const OFF: u128 = 1 << 16; // off
pub(crate) const OUTFROM: u128 = 1 << 17; // out, from, of, de, aus
pub(crate) const NEG: u128 = 1 << 18; // dont, not, never, no, ne, nicht
pub(crate) const WANT: u128 = 1 << 19;
pub(crate) const MORE: u128 = 1 << 20; // more, anymore, mas, plus, mehr
pub(crate) const NOMORE: u128 = 1 << 21; // "no more", "no mas", "plus de", "basta"
pub(crate) const KEINE: u128 = 1 << 22; // keine, geen: "keine SMS mehr"
pub(crate) const CONSENT: u128 = 1 << 23;
pub(crate) const REVOKEV: u128 = 1 << 24;
pub(crate) const FILLER: u128 = 1 << 25; // please, thanks, now, i said
pub(crate) const OBJP: u128 = 1 << 26; // it, this, that, these, them
pub(crate) const AGAIN: u128 = 1 << 27; // again, ever, back
pub(crate) const PREP: u128 = 1 << 28; // de, di, zu, auf, met (after dejen, arretez)
pub(crate) const STOPDE: u128 = 1 << 29; // dejen (de), arretez (de), parem (de)
pub(crate) const ADJ: u128 = 1 << 30; // annoying, stupid, promotional
pub(crate) const LEAVE: u128 = 1 << 31; // leave me alone, go away
pub(crate) const CONTEXT: u128 = 1 << 32; // wrong number, not interested
pub(crate) const NOUNNEXT: u128 = 1 << 33; // link, page, button (unsubscribe used as a noun)
pub(crate) const GUARD: u128 = 1 << 34; // miss, keep, stop: breaks "I don't want ... texts"
pub(crate) const OPTINV: u128 = 1 << 35; // resume, restart: "resume my texts"
pub(crate) const IPRON: u128 = 1 << 36; // i, to, would, id: "I want to opt back in"
pub(crate) const NEGLIFT: u128 = 1 << 37; // know, understand: "I don't know how to unsubscribe"
pub(crate) const SIE: u128 = 1 << 38; // sie, vous: politeness pronouns inside a rule
pub(crate) const PSTART: u128 = 1 << 39; // first word of a phrase merge (computed)
pub(crate) const MAKEV: u128 = 1 << 40; // make: "make it stop"
pub(crate) const MSGCJK: u128 = 1 << 41; // 配信, 문자: object before the verb
pub(crate) const DONTSEND: u128 = 1 << 42; // one word meaning "don't send" (送らないで)
pub(crate) const SENDGEN: u128 = 1 << 44; // sending, send: only with a message object
pub(crate) const NOTINT: u128 = 1 << 45; // "not interested (in these texts)"
pub(crate) const REMOVED: u128 = 1 << 43; // removed, taken: "I'd like to be removed from your list"
pub(crate) const ALL: u128 = 1 << 46; // all, everything: emphasis after any opt-out keyword ("cancel all")
pub(crate) const TURNV: u128 = 1 << 47; // turn, switch, shut: "turn these texts off"
pub(crate) const ONTO: u128 = 1 << 48; // on, onto, into: "put me on the do not call list", "back on"
pub(crate) const CANCELV: u128 = 1 << 49; // cancel, annuler, kundigen, 취소: with a subscription
pub(crate) const SUBN: u128 = 1 << 50; // subscription, abonnement, Abo, 구독
pub(crate) const QUE: u128 = 1 << 51; // que, dass, che: "no quiero que me escriban"
pub(crate) const NOWORD: u128 = 1 << 52; // the determiner "no": "no publicidad", "no ads"
pub(crate) const NOUNCUE: u128 = 1 << 53; // the, at, bus, next: "stop" after these is a noun
pub(crate) const RHET: u128 = 1 << 54; // why, should: "why would I stop these" is not a request
pub(crate) const TXTV: u128 = 1 << 55; // text, message: verbs that are messaging by themselves (opt-in)
pub(crate) const MSGPL: u128 = 1 << 56; // texts, alerts: plural message nouns (opt-in: not "send the text again")
pub(crate) const AGAINX: u128 = 1 << 57; // again, de nouveau, wieder, volver a: a resume cue (opt-in)
pub(crate) const BACK: u128 = 1 << 58; // back: "turn my texts back on", "put me back on the list"
pub(crate) const ADDV: u128 = 1 << 59; // add, put, place: "add me to your do not call list"
pub(crate) const DNCN: u128 = 1 << 60; // a do-not-contact list
pub(crate) const FRAME: u128 = 1 << 61; // can, could, you: a polite question frame around an opt-in
pub(crate) const WHY: u128 = 1 << 62; // why: "why won't you stop texting me" is a demand, not a negation
pub(crate) const IMPNEG: u128 = 1 << 63; // dont, never: a negative imperative ("Do not call")
pub(crate) const PLEASE: u128 = 1 << 64; // please, pls, bitte: a request ("yes please" opts in, "yes thanks" does not)
pub(crate) const YESW: u128 = 1 << 65; // yes, si, oui: may lead an opt-in phrase ("Sí, quiero suscribirme otra vez")
pub(crate) const THIRD: u128 = 1 << 66; // she, my wife, my friend: a subject that is not the sender
pub(crate) const SELF: u128 = 1 << 67; // i, im, we: the sender as subject
pub(crate) const MKTMOD: u128 = 1 << 68; // sale, holiday, discount: a marketing modifier before a message noun (scope)
pub(crate) const PASTOUT: u128 = 1 << 69; // opted out, unsubscribed: "I opted out already!" repeats the request
pub(crate) const WHEN: u128 = 1 << 70; // a week ago, twice: when it was said before ("I opted out a week ago")
pub(crate) const SIGNUP: u128 = 1 << 71; // sign me (back) up: takes "for the <X> alerts" (opt-in)
pub(crate) const FOR: u128 = 1 << 72; // for: "sign me back up for the school alerts"
pub(crate) const TOW: u128 = 1 << 73; // to: "I never want these texts to end"
pub(crate) const ENDING: u128 = 1 << 74; // end, stop, go away after "want ... to": the wish is to keep them
pub(crate) const BACKREF: u128 = 1 << 75; // those, them: "stop those" refers back to the previous clause
pub(crate) const ACCIDENT: u128 = 1 << 76; // accidentally, by mistake: "I accidentally texted stop" explains, not asks
pub(crate) const SAIDV: u128 = 1 << 77; // texted, replied, sent: "... texted STOP" mentions the keyword
pub(crate) const PRAISE: u128 = 1 << 78; // too kind, you're the best, lol: "Stop!! you're too kind"
pub(crate) const OTHERN: u128 = 1 << 79; // field trip, survey, yearbook: "opt out of the field trip" is not about messages
pub(crate) const KEEPV: u128 = 1 << 80; // keep: "keep the reminders but stop the promos" keeps the non-marketing ones
pub(crate) const WILLING: u128 = 1 << 81; // ready, love: a polite frame around an opt-in ("I'm ready to start getting texts again")
pub(crate) const INSTRV: u128 = 1 << 82; // reply, text, txt, call, envia: a sender's own instruction ("reply STOP to 80488")
pub(crate) const DIGITS: u128 = 1 << 83; // a number of three or more digits (a short code, a phone number): set by the engine
pub(crate) const YOUSUBJ: u128 = 1 << 84; // you, u, youre: "you are not bothering me" describes, does not ask
pub(crate) const BANTER: u128 = 1 << 85; // lol, jk, haha: banter between friends ("quit it lol")
pub(crate) const TEMPORAL: u128 = 1 << 86; // until, after, tonight: "don't text me til after 3" schedules, does not stop
pub(crate) const INSIST: u128 = 1 << 87; // say, means, time: "how many times do I have to say stop"
pub(crate) const UNDOV: u128 = 1 << 88; // undo, reverse: "undo my opt out" (opt-in)
pub(crate) const OUTNOUN: u128 = 1 << 89; // opt out, unsubscribe as a thing to undo
pub(crate) const NEVERSIGNED: u128 = 1 << 90; // "I never signed up (for this)": an opt-out on its own
pub(crate) const REFRAINV: u128 = 1 << 91; // refrain, desist, abstain, unterlassen: "kindly refrain from contacting me"
pub(crate) const REPORTV: u128 = 1 << 92; // report, sue: "text me again and I'm reporting you to the FCC"
pub(crate) const AUTHN: u128 = 1 << 93; // fcc, ftc, attorney general: who a threat names
pub(crate) const TIRED: u128 = 1 << 96; // tired, sick, fed up: "I'm so sick of these texts"
pub(crate) const REASON: u128 = 1 << 97; // i, im, its, too: a reason right after a leading keyword ("stop I'm 14", "STOP it's 3am")
pub(crate) const UNK: u128 = 1 << 95; // a word the lexicon does not know (set by the engine): a program or kind of message ("the flight alerts")
pub(crate) const NOGET: u128 = 1 << 101; // 안 받을게요: "I will not receive (them)", a whole clause with at most a message noun before it
pub(crate) const REMOVEHI: u128 = 1 << 102; // hata do, nikaal do: Hindi remove verbs, only after the list ("list se hata do"; "carpool se mujhe hata do" is a lift)
pub(crate) const SENDPTI: u128 = 1 << 103; // manda, escreve: Brazilian informal imperatives, only with não ... mais ("não me manda mais"; "não me manda msg agora" is a friend)
pub(crate) const WANTFR: u128 = 1 << 104; // veux: French want, for "je veux plus recevoir" with the ne dropped (German "will mehr bekommen" wants more)
pub(crate) const SENDMEFR: u128 = 1 << 100; // mecrivez, menvoyez: a French send-me form that, first in its clause and then "plus", is a negation with the ne dropped ("m'écrivez plus")
pub(crate) const SENDIHR: u128 = 1 << 99; // schreibt, schickt: an ihr-imperative that is also a third person, so only first ("schreibt mir bitte nicht mehr", not "er schreibt mir nicht mehr")
pub(crate) const NOTHING: u128 = 1 << 98; // niente, nada, niks, rien, nichts, ничего: "nothing (more)" as what is not wanted
pub(crate) const RESUMEX: u128 = 1 << 105; // reactivate, resubscribe, 再開: a resume verb that names messages by itself ("errore, riattiva"); not start, add, put back
pub(crate) const GOODSN: u128 = 1 << 106; // delivery, box, consegna: goods delivered, not messages ("resume my subscription box delivery")
pub(crate) const ONEOFFN: u128 = 1 << 107; // invoice, code, link: one document asked for again, a resend ("je veux recevoir à nouveau la facture")
pub(crate) const KWOUT: u128 = 1 << 94; // an opt-out keyword (computed): "baja de publicidad", "alto a todos los mensajes"

/// Rows of `(class, lang, words)` as two tables: the classes, packed (see `pack.rs`: a
/// `u128` a row is mostly zero bytes), and one string of `lang words` lines (a slice of
/// string pairs costs 16 bytes of pointers a row in the WebAssembly build, where they
/// gzip poorly). Read them with [`classes`].
macro_rules! word_classes {
    ($(($class:expr, $lang:literal, $words:literal $(,)?)),* $(,)?) => {
        const CLASS_BITS: &[u128] = &[$($class),*];
        static CLASS_MASKS: [u8; pack::masks_len(CLASS_BITS)] = pack::pack_masks(CLASS_BITS);
        const CLASS_LINES: &str = concat!($($lang, " ", $words, "\n"),*);
    };
}

/// Rows of `(phrase, canon)` as one string of `phrase\tcanon` lines. Read them with
/// [`phrases`].
macro_rules! phrase_lines {
    ($(($phrase:literal, $canon:literal $(,)?)),* $(,)?) => {
        const PHRASE_LINES: &str = concat!($($phrase, "\t", $canon, "\n"),*);
    };
}

/// Word classes, per language (`*` for words shared by many): `(class, lang, words)`.
pub(crate) fn classes() -> impl Iterator<Item = (u128, &'static str, &'static str)> {
    pack::masks(&CLASS_MASKS).zip(CLASS_LINES.split_terminator('\n')).map(|(class, line)| {
        let (lang, words) = line.split_once(' ').unwrap_or((line, ""));
        (class, lang, words)
    })
}

/// Multi-word expressions merged into one token before matching: `(phrase, canon)`.
pub(crate) fn phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    PHRASE_LINES.split_terminator('\n').map(|line| line.split_once('\t').unwrap_or((line, "")))
}

#[test]
fn packed_classes_round_trip() {
    let read: Vec<u128> = classes().map(|(class, _, _)| class).collect();
    assert_eq!(read, CLASS_BITS);
    assert_eq!(CLASS_LINES.lines().count(), CLASS_BITS.len());
}

// Word classes, per language (`*` for words shared by many).
// Each list is one string, words separated by spaces (a slice of strings costs
// eight bytes a word in the WebAssembly build).
word_classes! {
    (STOPV, "en", "stop quit cease discontinue stp stopp stoppen stahp stawp"),
    (STOPV, "zh", "停止 不用 不需要"),
    // The words a request to be removed is made of, in Chinese and Japanese: "请把我的号码从名单里删除", "リストから外してください".
    (NUMBER, "zh", "号码 手机号"),
    (LISTN, "de", "verteiler"),
    (STOPV, "ko", "꺼주세요 중단해"),
    (NOMORE, "ru", "ненадо"),
    (MSGN, "ru", "напоминании уведомлении"),
    (LISTN, "zh", "名单 列表"),
    (REMOVEV, "zh", "删除 移除 删掉"),
    (OUTFROM, "zh", "从"),
    (PREP, "zh", "向 给 給我 俾我"),
    (LISTN, "ja", "リスト 名簿"),
    (REMOVEV, "ja", "外して 外す 削除して 消して"),
    (OUTFROM, "ja", "から"),
    (CONTEXT, "pl", "pomylka"),
    (REMOVEV, "it", "cancellatelo cancellate cancellami"),
    (STOPV, "ko", "그만 중지 중단"),
    (STOPV, "ja", "やめろ 不要 止めて やめて 停止して いらない いりません 要らない 要りません"),
    (STOPV, "pl", "przestac przestancie przestan"),
    (STOPV, "vi", "dung ngung"),
    (SENDV, "vi", "nhantin"),
    (SENDGEN, "vi", "gui"),
    (SENDV, "pl", "pisac piszcie pisz wysylac wysylajcie wysylaj"),
    (ALL, "*", "全部 all everything todo todos tout tous alles tutto tudo"),
    (TURNV, "en", "turn switch shut"),
    (TURNV, "nl", "zet"),
    (ONTO, "*", "в do sur nella nelle aan na on onto into"),
    (
        CANCELV,
        "*",
        "anuluj anulujcie anulowac beenden anular anule anulen annulla annullare cancel cancelling canceling cancelar cancela cancele cancelen annuler annulez kundigen disdire disdici opzeggen 취소 해지 取消",
    ),
    (
        SUBN,
        "*",
        "subskrypcje subskrypcji subscricao abonnements abonnementen subscription subscriptions suscripcion inscricao assinatura abonnement abo abbonamento iscrizione 구독",
    ),
    (QUE, "*", "que dass che"),
    (NOWORD, "*", "bez без no nao zero sem sin niente nessun nessuna aucun aucune"),
    (
        NOUNCUE,
        "*",
        "the a an your this that these those their our its his her ur my at bus next last first final full pit truck train tram metro rest one each every",
    ),
    (RHET, "en", "why should maybe whether"),
    (WHY, "en", "why whyd"),
    (IMPNEG, "*", "nie не dont never nunca jamais 别 別 不要 勿 请勿"),
    (TXTV, "*", "text txt texting message msg messaging sms escribirme ecrire mecrire schreiben"),
    (
        MSGPL,
        "*",
        "предложения oferty aanbiedingen 情報 お知らせ 소식 noticias 通知 リマインダー 配信 알림 提醒 推送 信息 reminder alerts offers уведомления напоминания рассылку appeals listings offerte reklam ofert kuponow przypomnien powiadomien ogloszen акции сообщении offres bons acties promoties smsjes promotions coupons announcements polls recommendations calls codes surveys blasts invites notices specials rappels alertes erinnerungen benachrichtigungen hinweise meldungen infos angebote lembretes notificacoes promemoria avvisi notifiche herinneringen meldingen przypomnienia powiadomienia сообщения смс emails texts txts messages msgs notifications reminders updates promos deals mensajes mensagens nachrichten textos notificaciones ofertas promociones messaggi berichten wiadomosci newsletters sms spam alertas avisos recordatorios",
    ),
    (
        AGAINX,
        "*",
        "もう一度 ponownie znowu また 重新 再 wapas वापस обратно снова опять weer 다시 again denuevo otravez denouveau wieder novamente opnieuw dinuovo volvera voltara vuelvana voltema ancora",
    ),
    (BACK, "en", "обратно back"),
    (ADDV, "en", "добавьте dodajcie dodaj add put place"),
    // Put (me) back: "me adicionem de novo", "vuelvan a agregarme", "верните меня", "list me wapas daalo".
    (ADDV, "*", "adicionem adicionar agregarme agregar верните вернуть daalo dalo jodo जोड़ो डालो"),
    (OPTINV, "*", "reenroll reiscrivetemi reiscrivimi wlaczyc wlaczcie 开启 戻して 加回 넣어주세요 넣어 верните"),
    (LISTN, "ko", "명단에 명단"),
    // Whose messages, after the noun: "o rejsach", "ze szkoły", "dei voli" (a tail the opt-in rules read past).
    (PREP, "*", "о ze dei degli delle"),
    (ONTO, "de", "in"),
    (DNCN, "*", "dnc dnclist"),
    (MAKEV, "en", "make"),
    (MSGCJK, "ja", "通知 案内 お知らせ 配信 メッセージ メール"),
    (MSGCJK, "ko", "문자 메시지 광고 메세지 문자는 알림 연락 스팸 스팸이에요 문자좀"),
    (
        DONTSEND,
        "ja",
        "送らないで 送信しないで 送らないでください 連絡しないで 送ってこないで 送ってこないでください 送ってくるな 送るな 送信するな 連絡してこないで 連絡するな メールしないで メールしてこないで",
    ),
    (DONTSEND, "ko", "연락하지마세요 받고싶지않아요 보내지마세요 보내지마 보내지"),
    (SENDV, "ko", "보내세요 보내 보내기 보내지 보내요 보내라 보내지마"),
    (STOPV, "ru", "прекращаите прекратить прекратите перестаньте хватит"),
    (STOPDE, "es", "dejenme dejo paro dejes dejar dejen deja deje dejad paren para parar pare"),
    (STOPDE, "fr", "arretez arrete arreter cessez cesse cesser"),
    (STOPDE, "pt", "paro paramos parem pare parar deixem deixe deixa chega deixar"),
    (STOPDE, "it", "smetto smettiamo smettete smetti smettila smettetela smettere basta"),
    (STOPDE, "de", "hort hoert horen hoeren aufhoren"),
    (STOPDE, "nl", "stop stoppen hou houd"),
    (
        OBJV,
        "en",
        "zatrzymac остановить stop quit cease cancel end halt block kill discontinue unsubscribe unsub disable deactivate mute silence turnoff",
    ),
    (OBJV, "es", "cancelar cancela cancelen detener detengan deten parar paren bloquear"),
    (OBJV, "fr", "annuler arretez arreter arrete stoppez stopper annulez bloquer"),
    (OBJV, "pt", "cancelar cancele cancelem parem bloquear"),
    (OBJV, "it", "fermate fermare bloccare bloccate annullate annullare disattivate disattivare disattiva"),
    // "Turn off" verbs that take a message object: "отключите уведомления", "wyłączcie powiadomienia", "关闭用电提醒".
    (OBJV, "ru", "отключите отключить выключите"),
    (OBJV, "pl", "wylaczcie wylacz wylaczyc"),
    (OBJV, "zh", "关闭"),
    (OBJV, "de", "stoppe stoppen stoppt stopp beenden blockieren"),
    (OBJV, "nl", "stoppen stop blokkeer"),
    (
        PREP,
        "*",
        "ke wale वाले के liye लिए ki te op com col coi de di da zu auf met with w con avec mit del des du 给 给我",
    ),
    (
        SENDV,
        "en",
        "blowingmeup texting text txt txting texing texts messaging message msg msging contacting contact calling call emailing email spamming texted messaged contacted bothering bother bugging harassing harass pestering nagging sms ping writing",
    ),
    (
        SENDV,
        "es",
        "contacte escriba enviaran envies escriban contacten manden enviar envien envie mandar mandes mande escribiendo enviando mandando molestando llamando escribir escribas contactar llamar llamen molestar molesten",
    ),
    (SENDGEN, "*", "отправку рассылку envio envios invio versand"),
    (SENDGEN, "en", "sending send"),
    (SENDGEN, "zh", "发 发送"),
    (
        SENDME,
        "es",
        "envienme mandenme escribanme enviarme mandarme escribirme contactarme llamarme molestarme enviandome mandandome",
    ),
    (SENDV, "fr", "envoyer envoyez ecrire ecrivez contacter contactez textez appeler appelez harceler"),
    (SENDME, "fr", "menvoyer menvoyez mecrire mecrivez mappeler mappelez menvoie"),
    (SENDV, "de", "schreiben senden schicken schickt kontaktieren simsen anrufen nerven"),
    (
        SENDV,
        "pt",
        "escrevam contactem contatem mandem enviem enviar envie mandar mande escrever contatar ligar",
    ),
    (
        SENDV,
        "it",
        "scrivete scrivi inviate mandate chiamate inviare mandare scrivere contattare chiamare",
    ),
    (SENDME, "it", "inviarmi inviatemi mandarmi mandatemi scrivermi scrivetemi contattarmi contattatemi chiamarmi"),
    (SENDV, "nl", "stuur stuurt benaderen sturen smsen appen berichten bellen"),
    (SENDV, "zh", "发 发送 发短信 打扰"),
    (SENDV, "ru", "беспокоите пишите звоните присылать писать присылаите отправлять слать"),
    (
        GETV,
        "*",
        "dostawac otrzymywac получать 받고 接收 收到 受け取り getting receiving get receive recibir recevoir receber ricevere erhalten bekommen ontvangen recibiendo",
    ),
    (ME, "*", "toi 我 me us mich mir uns moi mi nos mij мне меня mnie"),
    (
        NUMBER,
        "*",
        "numer numeru number phone cell line num numero nummer telefono telephone handy contact info details name email номер телефона telefone telefonnummer",
    ),
    (
        MYDET,
        "*",
        "esta estas questa questi cette deze essa desta il mio mia mon my this mi este ma ce meine meinen diese dieser mijn dit meu o questo mes mis our his her their мои моя мою mein minha meus moj",
    ),
    (
        DET,
        "*",
        "vostri vostre vostro vostra te tych эти этих ten jede jeden jedes uw su sus vuestra votre vos ihrer eurer sua jullie aux au ces todos todas tous toutes alle tutti the these this those your ur all any such that a an of la las los el le les estos estas esos tus die der den das ihre os as esses essas questi i gli deze de het them more other",
    ),
    (
        MSGN,
        "*",
        "requests asks gutscheine gutscheinen cupons купоны купонов promocji demandes richieste coupon 通知 リマインダー 알림 수신 提醒 推送 appeals listings reklam reklamy ofert promocjami kuponow przypomnien powiadomien ogloszen sms акции сообщении агитацию скидки offres bons acties promoties smsjes smsje updates announcements polls recommendations surveys msjs msj mensages msgs comunicaciones comunicazioni comunicacoes propaganda publicidad texts text txts txt messages message msg notifications notification alerts reminders emails calls spam promos promo ads marketing offers deals newsletters newsletter promotions promotional advertising advertisements coupons crap junk stuff anything things shit harassment communication communications contact mensajes mensaje notificaciones promociones ofertas correos alertas avisos recordatorios textos pubs pub publicites publicite nachrichten nachricht werbung angebote mensagens mensagem promocoes publicidade messaggi messaggio notifiche promozioni pubblicita offerte berichten bericht reclame aanbiedingen wiadomosci wiadomosc smsy sales tinnhan сообщения смс рассылку рекламу реклама 短信 信息 消息 广告 メッセージ 広告 문자 광고 kontaktaufnahme kontakt invites notices specials texto rappels alertes avis erinnerungen benachrichtigungen hinweise meldungen mails infos lembretes notificacoes promemoria avvisi herinneringen meldingen przypomnienia powiadomienia oferty напоминания уведомления рассылки предложения",
    ),
    (
        MKT,
        "*",
        "gutscheine gutscheinen cupons купоны купонов promocji reklam ofert promocjami kuponow акции скидки рекламных offres bons acties promoties propaganda cupom cupones descontos specials coupon oferty reklamy предложения rabatte aktionen kortingen sconti descuentos soldes promos promo ads ad marketing offers deals newsletters newsletter promotions promotion promotional advertising advertisements coupons sales publicidad promociones ofertas pubs pub publicites publicite werbung angebote promocoes publicidade promozioni pubblicita offerte reclame aanbiedingen рекламу реклама 广告 広告 광고",
    ),
    (
        LISTN,
        "*",
        "рассылки базы fichiers systeem bestanden archivi archivio cadastro registro fichier datenbank bestand list lists database system contacts records mailing lista liste listas base verteiler lijst dnclist списка список listy",
    ),
    (REMOVEV, "en", "rmv scrub remove delete erase unenroll unregister"),
    (
        REMOVEV,
        "es",
        "quito quiten kiten kita borren borra borrar borre eliminen elimina eliminar elimine quita quitar quite saquen saca sacar saque",
    ),
    (REMOVEV, "fr", "supprimez supprimer supprime retirez retirer retire enlevez enlever effacez rayez"),
    (REMOVEV, "de", "loschen loscht entfernen streichen streicht"),
    (
        REMOVEV,
        "pt",
        "apaguem apagar remova removam remover tirem tire excluam excluir tira tirar retirem remove apaga exclui",
    ),
    (
        REMOVEV,
        "it",
        "rimuovete rimuovere togliete cancella cancellare rimuovi togli eliminate",
    ),
    (REMOVEV, "nl", "verwijder verwijderen haal"),
    // Round 9, nl: consent and taking it back ("Ik trek mijn toestemming in", "toestemming intrekken"), the
    // mailing list, the notification and newsletter nouns ("notificaties weer aan").
    (CONSENT, "nl", "toestemming"),
    (REVOKEV, "nl", "intrekken trek"),
    (LISTN, "nl", "verzendlijst"),
    (MSGN, "nl", "notificaties berichtjes berichtje nieuwsbrief nieuwsbrieven waarschuwingen"),
    (MSGPL, "nl", "notificaties berichtjes nieuwsbrieven waarschuwingen"),
    (REMOVEV, "pl", "usun usuncie usunac"),
    (REMOVEV, "ru", "исключить исключите удалите удалить уберите"),
    (REMOVEV, "pt", "sair"),
    (REMOVEV, "es", "salir salirme"),
    (REMOVEV, "fr", "sortir sortez"),
    // Round 9, fr: the report noun ("un signalement au 33700"), consent ("jamais donné mon accord"; d'accord
    // folds to one word of its own), the notification and announcement nouns ("les notifs de livraison").
    (REPORTV, "fr", "signalement"),
    (CONSENT, "fr", "accord"),
    (MSGN, "fr", "notifs annonces"),
    (MSGPL, "fr", "notifs annonces"),
    (
        REMOVED,
        "*",
        "fuera rimosso removido retirada eliminado borrado retire geloscht verwijderd",
    ),
    (REMOVED, "en", "removed taken deleted unsubscribed optedout unsubbed"),
    (REMOVED, "pl", "rezygnuje"),
    (
        REMOVEME,
        "es",
        "빼주세요 borrenlo eliminenlo sakenme kitenme quiteme saqueme quitenme quitame sacame saquenme borrenme borrame eliminenme eliminame",
    ),
    (REMOVEME, "it", "cancellatemi cancellami toglietemi toglimi rimuovetemi rimuovimi"),
    (LOSEV, "en", "scrub lose drop scratch forget delete erase remove"),
    (TAKEV, "en", "take get put scratch strike knock"),
    (TAKEV, "de", "nehmen tragen streichen"),
    (OFF, "en", "off"),
    (OFF, "nl", "af"),
    (
        OUTFROM,
        "*",
        "von dalla dal dai dagli delle della del al do da out from of de aus van uit из z dos das dessa desta deste desse",
    ),
    (
        NEG,
        "*",
        "niets nooit yano dont not never cant cannot wont didnt doesnt shouldnt isnt arent wasnt nolonger no nao non ne nicht niet nie не 不要 别 不 请勿 勿 nunca jamais mai",
    ),
    (
        WANT,
        "*",
        "besoin 싶어요 싶습니다 想 request demand prefer нужны нужно нужен souhaite wilt deseo desea desejo desidero necesito preciso brauche voglio wens interested want wish need wanna like quiero queremos veux quero will mochte wil хочу 要 chce",
    ),
    (
        MORE,
        "*",
        "nua weitere weiteren rien nada nichts niets altro more anymore further mas plus mehr piu mais meer больше 再 wiecej もう 二度と sigan continuen",
    ),
    (NOMORE, "*", "nomore nomas plusde pasde basta chega assez enough"),
    (KEINE, "de", "keine kein"),
    (KEINE, "nl", "geen"),
    (
        CONSENT,
        "*",
        "zgode zgody autorizo authorize consent consented permission authorization consentimiento consentement einwilligung zustimmung consenso consentimento согласие",
    ),
    (
        REVOKEV,
        "*",
        "cofam wycofuje revoke revoked revoking withdraw withdrawn withdrawing rescind retract cancel revoco revocar revoque retiro revoquer retire widerrufe widerrufen revogo revogar ritiro revoca отзываю",
    ),
    (FILLER, "*", "lol lmao lmfao rofl haha hahaha hehe jk jajaja jaja mdr xd"),
    (
        FILLER,
        "en",
        "inadvance formally hereby respectfully wtf omg ffs jesus christ god ugh jeez dude bro man please pls plz kindly pleas thx thanks thank ty now asap immediately isaid just ok okay and bye already seriously hi hey hello sir changedmymind again forever permanently forreal anyway thanku thnx tysm somuch verymuch alot plis n cheers appreciated appreciateit maam twice tyty",
    ),
    (FILLER, "es", "porfavor gracias ya favor ahora xfa xfavor pf porfa porfis porfi plis hola muchas deantemano buenas buenosdias"),
    (FILLER, "fr", "svp stp merci sil vous plait maintenant bonjour bonsoir salut beaucoup davance"),
    (FILLER, "de", "schon endlich hoflich bitte bitteschon danke sofort jetzt hallo vielen herzlichen imvoraus gutentag"),
    (FILLER, "pt", "ja por gentileza obrigado obrigada pfv agora porfavor ola oi muito desdeja bomdia"),
    (FILLER, "it", "mille perfavore xfavore grazie subito ora cosi buongiorno ciao salve inanticipo"),
    (FILLER, "nl", "alsjeblieft alstublieft graag aub dank dankje bedankt nu hallo hoi alvast danku dankjewel"),
    (FILLER, "pl", "tego zgory poprosze juz uprzejmie prosze dziekuje dzieki dziendobry czesc witam"),
    (FILLER, "ru", "заранее пожалуиста спасибо здравствуите привет большое"),
    (FILLER, "zh", "把 帮我 帮 麻烦了 麻烦 请 谢谢 谢 谢谢你 吧 了 你好 您好 先谢谢了 先谢谢"),
    (
        FILLER,
        "ja",
        "こんにちは しました ました よろしくお願いします よろしく してください ください 下さい よ ね お願いします おねがいします して を は ありがとう ありがとうございます ございます です",
    ),
    (FILLER, "ko", "부탁해요 부탁드려요 해주세요 주세요 해 부탁드립니다 감사합니다 합니다 할게요 안녕하세요 미리"),
    (FILLER, "vi", "xin vui long cam on ban lai dichvu cho toi"),
    (FILLER, "hi", "yaar kro krein karo karein kare dijiye kijiye kripya करो करें कर करे दो दें दीजिए कीजिए कृपया अब ab dhanyavad धन्यवाद shukriya शुक्रिया नमस्ते namaste pehlese"),
    (STOPV, "hi", "bandh bnd band बंद bas बस"),
    (IMPNEG, "hi", "न na mat मत"),
    (NEG, "hi", "nahi nahin नहीं mat मत"),
    (SENDV, "hi", "भेजा भेजे bhejo bhejna bhejiye भेजो भेजना भेजें भेजिए pareshan परेशान"),
    (MSGN, "hi", "मैसेज message messages sms एसएमएस संदेश reminder alerts alert msg अलर्ट रिमाइंडर"),
    // Object before the verb, as in Japanese and Korean: "balance alert band karo".
    (MSGCJK, "hi", "मैसेज संदेश एसएमएस अलर्ट रिमाइंडर msg"),
    (MSGPL, "hi", "मैसेज संदेश"),
    (ME, "hi", "mujhe मुझे mujhko"),
    (MYDET, "hi", "mera meri मेरा मेरी"),
    (NUMBER, "hi", "नंबर naam नाम"),
    (REMOVEV, "hi", "hatao hata hatado हटाओ हटा हटाएं हटाइए"),
    (REMOVEHI, "hi", "hataado nikaaldo nikaldo nikaal nikal nikalo nikaalo nikalein nikaalein निकाल निकालो निकालें निकालिए हटादो"),
    (LISTN, "hi", "लिस्ट सूची"),
    (OUTFROM, "hi", "se से"),
    (MORE, "hi", "aur और"),
    (WANT, "hi", "chahiye चाहिए"),
    (SUBN, "hi", "सदस्यता"),
    (CANCELV, "hi", "रद्द"),
    (AGAINX, "hi", "dobara दोबारा phirse फिरसे"),
    (
        OBJP,
        "*",
        "isso isto eso esto questo cio it this that these them those em now everything ca das",
    ),
    (
        AGAIN,
        "*",
        "vuelvana volvera voltema voltara again ever back anymore denuevo otravez encore wieder novamente opnieuw 再 here",
    ),
    (
        ADJ,
        "en",
        "annoying stupid damn fucking freaking spam spammy promotional marketing automated daily endless weekly text sms more other future all texting contact call calling messaging email phone distribution subscriber sales promo notification alert political campaign random unsolicited unwanted junk bulk mass robo bot survey reminder update monthly useless fake scam same many appointment order account shipping delivery payment billing",
    ),
    (ADJ, "ru", "рекламных рекламные"),
    (ADJ, "es", "tanto tantos tanta estos estas"),
    (NOTINT, "*", "notinterested"),
    (
        LEAVE,
        "*",
        "dajciemispokoj оставьтеменявпокое fichezmoilapaix laatmemetrust hetisgenoeg ichwillhierraus shutup getoffmyphone ceaseanddesist iwantout knockitoff leavemealone leaveusalone goaway fuckoff foff pissoff backoff getlost medeixemempaz esreicht dejameenpaz dejenmeenpaz もういらない もういりません もう要らない laissezmoitranquille lassmichinruhe lasciatemiinpace deixemmeempaz",
    ),
    (
        CONTEXT,
        "*",
        "cerre cerrado chiuso geschlossen closed canceled cancelled deleted sold bought anymore nolonger yano cliente clienti kunde mude mudei trasferito trasferita demenage umgezogen verhuisd przeprowadzilam przeprowadzilem переехал переехала переехали 引っ越し 引越し stufo stufa harto harta farto farta marre demasiados troppi vez volta fois moved customer member client patient deceased passed spam scam nuncamesuscribi nieangemeldet nothanks nogracias nomeinteresa wrongnumber notinterested neversignedup didntsignup numeroequivocado equivocado mauvaisnumero falschenummer",
    ),
    // A reason that names another company or plan after a whole-clause keyword: "SAIR, já
    // troquei de operadora", "STOP, switched carriers" (not a membership noun: "cancel membership?" asks).
    (
        CONTEXT,
        "*",
        "switched carrier carriers troquei trocamos operadora cambie cambiamos operateur anbieter gewechselt operatore gestore cambiato overgestapt operatora zmienilem zmienilam zmienilismy оператора оператор сменил сменила сменили поменял поменяла",
    ),
    (
        NOUNNEXT,
        "*",
        "link links page button option process request form code keyword word instructions doesnt didnt wont isnt is was failed error menu setting settings confirmation works worked not mean means meant",
    ),
    (
        GUARD,
        "*",
        "miss keep stop quit cancel end lose skip pause unsubscribe optout remove dejar parar perder",
    ),
    (SIGNUP, "en", "signmeup"),
    (KEEPV, "en", "keep"),
    (
        KEEPV,
        "*",
        "perosi masi so solo only nur seulement sauf tenete tenga mantener mantengan manter mantenham behalten garder gardez houd tranne excepto menos",
    ),
    (WILLING, "en", "ready love"),
    (TIRED, "*", "tired sick fedup harto harta cansado cansada marre stufo stufa satt"),
    (REASON, "en", "or i im ive id its too we were no not nolonger"),
    (
        INSTRV,
        "*",
        "reply text txt send call responde responda envia envie repondez repondre envoyez antworten antworte sende senden rispondi invia odpowiedz wyslij stuur antwoord ответьте отправьте 回复 发送 返信 회신 gui",
    ),
    (YOUSUBJ, "*", "you u youre ur ya youve tu usted ustedes du"),
    (YOUSUBJ, "zh", "你 您"),
    (BANTER, "ja", "ww 草"),
    // Laughing at a friend: "やめてw" (written as one run with the w, stretched ww/www fold to it), "やめてよw",
    // "やめて笑い死ぬ", "お腹痛い" (my sides hurt), "照れる" (I'm blushing).
    (BANTER, "ja", "やめてw よw 笑い死ぬ 笑い死にそう 笑い泣き 笑いすぎ 笑いすぎて お腹痛い 腹痛い 照れる"),
    // Don't unsubscribe (me): the negated verb as one word, so the keyword is not read inside it
    // ("解除しないでください、通知は必要です", "配信停止にしないでください").
    (NEG, "ja", "解除しないで 配信停止しないで 配信停止にしないで 停止しないで 退会しないで"),
    (BANTER, "*", "ㅋ ㅎ 哈哈 笑 kk lol lmao lmfao rofl haha hahaha hehe jk jajaja jaja mdr xd ahah ahaha"),
    (
        TEMPORAL,
        "*",
        "rightnow until til till after before tonight tomorrow later while during today morning afternoon evening rn yet driving drive sleeping asleep monday tuesday wednesday thursday friday saturday sunday weekend manejas manejando conduciendo junta volant hasta despues manana luego avant apres demain ce soir bis nach morgen heute ate amanha depois fino dopo domani",
    ),
    (INSIST, "en", "say says means mean time times typed tell told"),
    (UNDOV, "*", "undo reverse cancel rescind annuler ruckgangig"),
    (OUTNOUN, "*", "optout unsubscribe unsubscription unsub optedout baja desabonnement abmeldung"),
    (NEVERSIGNED, "*", "neversignedup didntsignup nuncamesuscribi nieangemeldet nuncameinscrevi"),
    (NEVERSIGNED, "de", "niedafurangemeldet"),
    (NEVERSIGNED, "pl", "niezapisywalamsie"),
    (NEVERSIGNED, "hi", "registernahikiya"),
    (
        REFRAINV,
        "*",
        "refrain desist abstain unterlassen abstenganse",
    ),
    (
        REPORTV,
        "*",
        "report plainte zglosze zglaszam zglosic klacht жалобу жалоба 通報 通報します 通報するぞ shikayat शिकायत пожалуюсь signale melde meld reportyou complaint block blocking reportar segnalo segnalare denuncio denunciar reporting reported sue denunciare signaler melden anzeigen",
    ),
    (
        AUTHN,
        "*",
        "uokik uodo trai 消費者センター роскомнадзор acm carrier tcpa violation court garante autoridad policia polizia fcc ftc attorney lawyer police cops abogado avocat anwalt avvocato advogado profeco procon cnil agcom bundesnetzagentur",
    ),
    (FOR, "*", "for voor pour per fur"),
    (TOW, "en", "to"),
    (ENDING, "en", "end stop quit ending stopping cease goaway disappear die finish change"),
    (BACKREF, "*", "его go those them these that it this em esto eso esos esas"),
    (
        ACCIDENT,
        "en",
        "不小心 случаино porerror sinquerer versehentlich aversehen parerreur perongeluk persbaglio semquerer 間違えて 間違って 실수로 przezpomylke поошибке galtise गलतीसे equivoque sansfaireexpres versehen 手滑 誤って accidentally accidently accident mistake mistakenly oops didntmeanto",
    ),
    (SAIDV, "*", "mowilem mowilam pisalem pisalam писал написал писала dije pedi detto disse dit gesagt gezegd"),
    (SAIDV, "en", "texted replied sent typed wrote hit pressed answered said"),
    (PRAISE, "en", "toogood blush blushing tookind sokind sosweet toosweet cute adorable love noway youdidnt crying cry dying"),
    (OTHERN, "ko", "헬스장 동호회 학원 인터넷"),
    (OTHERN, "ja", "ジム"),
    (OTHERN, "zh", "健身房"),
    // The other things a friend takes one off or out of, in es, it, fr, de, nl, pt, pl ("quítame la etiqueta de esa
    // foto", "toglimi dalla copia di quel thread", "sácame del turno del domingo"): not a list of messages.
    (OTHERN, "es", "foto fotos etiqueta hilo copia turno ride gimnasio"),
    (OTHERN, "it", "foto tag copia thread turno carpooling pooling palestra"),
    (OTHERN, "fr", "photo photos tag fil covoiturage"),
    (OTHERN, "de", "foto fotos markierung fahrgemeinschaft strom"),
    (OTHERN, "nl", "foto fotos tag carpool"),
    // Round 9 (en, es, fr, de, pt, it, nl, pl): the words the model's gate needs, in their cases and forms.
    // pl: stopping and the sending noun ("proszę o zaprzestanie wysyłki"), the message and contact nouns in their
    // cases ("z tymi smsami", "komunikatów o przerwach", "bez kontaktu"), number and data ("pod tym numerem",
    // "moich danych"), removal ("o usunięcie", "wykreślić").
    (STOPV, "pl", "zaprzestanie"),
    (SENDGEN, "pl", "wysylki wysylania"),
    (MSGN, "pl", "smsami komunikaty komunikatow alerty alertow kontakt kontaktu kupony"),
    (MSGPL, "pl", "smsami komunikaty komunikatow alerty alertow kupony"),
    (NUMBER, "pl", "numerem danych"),
    (REMOVEV, "pl", "usuniecie wykreslic"),
    // de: complaint and who it goes to ("Beschwerde beim Datenschutzbeauftragten"), the distribution lists of a
    // school and a parish, the warning and announcement nouns, the turn-off verbs ("Warnungen abstellen").
    (REPORTV, "de", "beschwerde"),
    // "буду жаловаться в Роскомнадзор"; "消費者センターに相談します", "総務省に苦情を入れます" (the
    // authority first: see the threat rule for ja).
    (REPORTV, "ru", "жаловаться"),
    (REPORTV, "ja", "に相談 に苦情 苦情 に通報"),
    (AUTHN, "ja", "総務省 警察"),
    (AUTHN, "de", "datenschutzbeauftragten"),
    (LISTN, "de", "elternverteiler gemeindeverteiler"),
    (MSGN, "de", "ankundigungen warnungen notifs"),
    (MSGPL, "de", "ankundigungen warnungen notifs"),
    (OBJV, "de", "abstellen ausschalten"),
    // es: "párenle (con los mensajitos)".
    (STOPDE, "es", "parenle parale"),
    (OTHERN, "pt", "foto fotos marcacao carona turno"),
    (OTHERN, "pl", "zdjecie zdjecia oznaczenie"),
    // Driving, in Dutch as in English and Spanish ("geen berichtjes, ik rij, bel je straks"): a schedule between
    // friends, not a stop.
    (TEMPORAL, "nl", "rij rijden"),
    (STOPV, "zh", "够了"),
    // Enough of something else, one word each so 够了 is not read inside them: "吃够了" (ate enough), "够用了", "够了解".
    (TIRED, "zh", "吃够了 够用了 够用 够了解"),
    // Laughing after an exclamation: "够了够了笑死".
    (BANTER, "zh", "笑死 笑死我了 哈"),
    (
        OTHERN,
        "en",
        "santa secretsanta cooking exchange gift league fantasy draft chores app calendar series gym team group chat thread playlist channel trip fieldtrip yearbook photo photos pictures picture survey surveys event events class classes meeting party game games tournament raffle fundraiser lunch dinner tour session course exam test activity camp carpool potluck project study research insurance coverage policy plan vaccine drive contest giveaway sweepstakes draw auction practice rehearsal walk run",
    ),
    (
        OPTINV,
        "*",
        "включите включить возобновить подпишите wlacz wznow オンにして 受け取りたい 再開 켜주세요 켜 开通 恢复 重新开通 chalu चालू शुरू remettez remettre reinscrivez rallumez rimettetemi rimettimi rimettete coloquem ativar ative aanzetten aanmelden hervat aufnehmen eintragen inscrever inscrevam prendan prende agregame agreguenme darmedealta resubscribeme addmeback resubscribe rejoin subscribe optin unstop aktivieren einschalten reaktivieren reabonner reactivar reativar riattivare inschakelen resume restart start continue reactivate unpause reanudar reprendre retomar riprendere turnon reenable begin reactiven reactiva reanuden activen activa activar reativem reative retomem reactivez reactiver reprenez riattivate riattiva",
    ),
    (
        IPRON,
        "*",
        "be i to would id want wanna like please quiero je veux ich will voglio quero ik wil need mochte voudrais aimerais souhaite souhaiterais desidero deseo vorrei gostaria quisiera being im ive have had gonna shed hed 想 要",
    ),
    (FRAME, "en", "can could you u should"),
    (NEGLIFT, "*", "know understand remember see find sure care"),
    (SIE, "*", "sie vous please pls bitte porfavor svp"),
    (
        PLEASE,
        "*",
        "пожалуиста poprosze お願いします 부탁드려요 부탁드립니다 请 please pls plz pleas plis kindly porfavor xfa xfavor pf svp bitte pfv perfavore alsjeblieft aub prosze porfa porfis porfi stp bitteschon xfavore alstublieft graag",
    ),
    (YESW, "*", "yes yeah yep yup si oui sim ja да"),
    (YESW, "pl", "tak"),
    (
        THIRD,
        "en",
        "ex he she they hes shes theyre shed hed wife husband friend friends son daughter mom mum mother dad father brother sister boss roommate partner boyfriend girlfriend bf gf kid kids neighbor neighbour coworker grandma grandpa someone somebody wifes husbands sons daughters moms mothers dads fathers brothers sisters partners",
    ),
    (SELF, "*", "i im ive id we weve yo je ich eu io ik я 我"),
    (
        MKTMOD,
        "*",
        "deals rewards reward points loyalty referral vip special specials coupon coupons offers offres ofertas angebots werbe sale discount holiday clearance flash deal offer ad advertising marketing promo promotional sales newsletter",
    ),
    (PASTOUT, "en", "abgemeldet desabonne desinscrit afgemeld disiscritto disiscritta descadastrei desuscribi wypisalem wypisalam отписался отписалась optedout unsubscribed unsubbed"),
    (
        WHEN,
        "en",
        "ago last week weeks month months day days yesterday earlier before twice times while already a few couple of many like 2 3 4 5 10",
    ),
    // Round 6: the paradigms the rows above lacked, for writers nobody has seen.
    // "Nothing/anything" as what is not wanted: "non voglio più ricevere niente da voi",
    // "ik wil niks meer van jullie ontvangen", "je ne veux plus rien recevoir".
    (NOTHING, "*", "niente nulla nada niks niets nic niczego ничего rien nichts nix nothing anything"),
    (GETV, "*", "krijgen kriegen empfangen otrzymac dostac"),
    // Imperatives of the send and write verbs, informal, plural and polite: "schreibt mir nicht mehr",
    // "no me escribas más", "ne m'envoie plus", "não me mandem mais", "non mi scriva più".
    // Only forms that cannot be read as a third person ("er schreibt mir nicht mehr", "ya no me
    // escribe", "il ne m'écrit plus" describe someone): du-imperatives, subjunctives, plurals, infinitives.
    (SENDV, "de", "schreib nerv"),
    (SENDV, "es", "escribais envieis"),
    (SENDV, "fr", "harcelez relancez relancer recontactez nenvoyez necrivez"),
    (SENDV, "pt", "liguem ligue procurem"),
    // Round 9, pt: contact, the singular ad noun and news ("entrem em contato", "Sem anúncio", "as novidades").
    (MSGN, "pt", "contato anuncio novidades"),
    (MSGPL, "pt", "novidades"),
    (SENDV, "it", "scriva"),
        (SENDV, "pl", "przysylac przysylajcie przysylaj kontaktowac kontaktuj dzwonic dzwoncie spamowac"),
    (SENDV, "ru", "присылаи отправляите отправляи шлите спамить"),
        (NEG, "it", "nn"),
    // Leave me alone, plural and polite: "отстаньте (от меня)", "odczepcie się", "lâchez-moi", "foutez-moi la paix".
    (LEAVE, "*", "отстаньте odczepciesie odwalciesie lachezmoi foutezmoilapaix dejadmeenpaz dejemeenpaz medeixeempaz milasciinpace lasciatemistare"),
    // Enough: "DOSYĆ", "dość tego spamu", "genug SMS", "ça suffit les messages", "достаточно сообщений".
    (NOMORE, "*", "dosc dosyc genug genoeg suffit достаточно"),
    // Without / none of + a promo noun: "sans pub", "ohne Werbung", "senza pubblicità", "żadnych promocji", "никаких скидок".
    (NOWORD, "*", "sans ohne zonder senza without zadnych zadnej zadnego никаких"),
    // Promo nouns in the cases and numbers the rows above lacked (genitive after без/bez, singular after sem/sin).
    (
        MKT,
        "*",
        "рекламы спецпредложении скидок рассылок promocje promocja reklama znizek rabatow kodow promocao oferta anuncios promocion promozione offerta sconto offre rabatt rabattcodes gutscheincodes actie aanbieding promotie korting kortingsbonnen kortingscodes",
    ),
    (
        MSGN,
        "*",
        "рекламы спецпредложении скидок promocje promocja reklama znizek rabatow promocao propagandas oferta anuncios promocion promozione offerta sconti offre aktionen rabatte rabattcodes gutscheincodes aanbieding promotie kortingsbonnen kortingscodes",
    ),
    (MSGPL, "*", "скидок спецпредложении promocje znizek rabatow promocoes propagandas anuncios promozioni sconti aktionen rabatte kortingsbonnen kortingscodes"),
    // Remove me, plural and polite: "borradme", "mi tolga", "nehmt mich raus", "haal me eruit".
    (REMOVEME, "es", "borradme quitadme"),
    (REMOVEV, "it", "tolga togliermi"),
    // Round 9, it: the report and complaint nouns ("segnalazione formale al Garante"), the cancellation
    // ("Disdetta", "la disdico"), the update, news and code nouns ("gli aggiornamenti della campagna").
    (REPORTV, "it", "segnalazione reclamo"),
    (CANCELV, "it", "disdetta disdico"),
    (MSGN, "it", "aggiornamenti notizie codici"),
    (MSGPL, "it", "aggiornamenti notizie codici"),
    (TAKEV, "de", "nehmt nimm"),
    (REMOVEME, "nl", "haalmeeruit"),
    (STOPDE, "nl", "kappen kap"),
    (STOPDE, "it", "finitela"),
    (FILLER, "pl", "blagam"),
    (FILLER, "ru", "уже спс пасиб"),
    // Please, thanks and now as people write them ("стоп плиз", "stop пж", "стоп благодарю", "СТОП СЕЙЧАС ЖЕ",
    // "stop spasibo"), and прошу (I ask) before the request.
    (FILLER, "ru", "плиз пж пжл пжлст плз благодарю spasibo pozhaluista pozhaluysta сеичас же немедленно навсегда срочно прошу убедительно"),
    // The message nouns in all their cases, singular and plural: "выключить оповещения", "без уведомлений",
    // "хватит купонов", "без маркетинга".
    (
        MSGN,
        "ru",
        "оповещения уведомление уведомления напоминание напоминания сообщение сообщениями сообщениях рассылка рассылкои рассылок рекламои промокоды промокодов промо маркетинга маркетинг спам",
    ),
    (
        MSGPL,
        "ru",
        "оповещения уведомлении напоминании сообщениями рассылок промокоды промокодов",
    ),
    (MKT, "ru", "промокоды промокодов промо маркетинга маркетинг рекламои"),
    // Enough of + the genitive: "хватит рекламы", "хватит купонов".
    (NOMORE, "ru", "хватит"),
    // The send and contact verbs' infinitives and polite imperatives: "прошу больше не беспокоить",
    // "не связываться со мной", "не звоните и не пишите".
    (SENDV, "ru", "беспокоить связываться связываитесь звонить"),
    (OBJV, "ru", "выключить заблокировать заблокируите"),
    // Deactivate and switch-off verbs with a message object ("desativar sms", "désactivez les alertes").
    (OBJV, "es", "desactivar desactiven desactive desactiva"),
    (OBJV, "pt", "desativar desativem desligar desligue"),
    (OBJV, "fr", "desactiver desactivez"),
    (OBJV, "de", "deaktivieren deaktiviert"),
    (OBJV, "nl", "uitzetten"),
    (OBJV, "it", "spegnere"),
    (SENDGEN, "pl", "wysylanie"),
    (GOODSN, "*", "delivery deliveries box boxes shipment consegna consegne entrega entregas livraison lieferung bezorging levering доставку доставка"),
    (ONEOFFN, "*", "invoice bill receipt code link pin password facture factura fatura rechnung factuur faktura rachunek recu recibo ricevuta kod ссылку код счет чек"),
    // "다시 받을게요", "また受け取ります": will receive (again).
    (GETV, "ko", "받을게요 받을래요 받겠습니다"),
    (GETV, "ja", "受け取ります 受け取れる 受信します"),
    (OUTFROM, "ru", "от"),
    (ALL, "ru", "всего"),
    (MORE, "ru", "более"),
    (NUMBER, "ru", "номеру номера"),
    (LEAVE, "ru", "отвалите"),
    // Greetings around a keyword: "晚上好，咨询", "안녕! 헬프", "शुभ संध्या, सहायता", "dhanyawad" spelt with w.
    (FILLER, "zh", "晚上好 早上好 下午好 嗨"),
    (FILLER, "ko", "안녕"),
    (FILLER, "hi", "dhanyawad ji शुभ संध्या सुप्रभात"),
    // Opt-in: plural and polite imperatives of the resume, subscribe and add verbs, and again words.
    (
        OPTINV,
        "*",
        "riaggiungetemi riaggiungermi riattivatemi rajoutez rajouter reabonnez activez ativa ativem reativa przywroccie przywroc przywrocic wznowcie aktiviert",
    ),
    // Resume verbs that name a resume of messages without a message noun ("riattiva", "wznów
    // wysyłanie", "重新订阅"); start, add and put back do not ("start small", "add me back on insta").
    (
        RESUMEX,
        "*",
        "resume resubscribe resubscribeme subscribe optin unstop reenable unpause reactivate reactivar reactiven reactiva reanudar reanuden reativar reativem reative reativa riattivare riattiva riattivate riattivatemi reaktivieren reactiver reactivez reabonner reabonnez wznow wznowcie возобновить возобновите подпишите reenroll reiscrivetemi reiscrivimi reinscrivez 再開 开通 重新开通 订阅 重新订阅 继续发 登録 subskrybowac subskrypcja subskrybuje सब्सक्राइब 구독하고 구독할래요 suscribanme suscribeme suscribirme resuscribirme mabonne abonnezmoi abonnieren subscrever 구독할게요 구독해주세요 購読します",
    ),
    (ADDV, "*", "agreguen agregue ajoutez rajoutez aggiungete aggiungetemi dodajcie"),
    (AGAINX, "*", "znow nuovamente nuevamente erneut 再次"),
    // Genitive and dative message nouns: "dość tego spamu",
    // "nie chcę więcej smsów", "hört auf mit den Angeboten", "以后什么都别给我发".
    (MSGN, "*", "spamu smsow angeboten"),
    (MSGPL, "*", "smsow angeboten"),
    (NOTHING, "zh", "什么都"),
    (SENDV, "zh", "联系"),
    (SENDIHR, "de", "schreibt schickt kontaktiert nervt"),
    (NOGET, "ko", "안받을게요 받지않을게요 안받겠습니다 받지않겠습니다"),
    (MORE, "ko", "더이상 이제"),
    (WANTFR, "fr", "veux jveux"),
    // The dative after stop: "стоп рекламе", "stop wyprzedażom" (stop to the sales).
    (MKT, "*", "рекламе рассылке акциям спаму reklamom wyprzedazom"),
    (SENDMEFR, "fr", "mecrivez mecris menvoyez menvoie menvoies mappelez"),
    (SENDPTI, "pt", "manda envia escreve liga"),
    (MKT, "*", "спама spamu"),
    (MSGN, "*", "спама"),
    (OPTINV, "*", "возобновите riprendete"),
    // Only (keep these, drop the rest): "alleen onderhoudsafspraken, geen acties", "tylko informacje o locie,
    // żadnych promocji", "только информацию о рейсе" (not "just": "sirf ads band karo" asks to stop the ads).
    (KEEPV, "*", "alleen tylko только solamente soltanto somente apenas"),
    // Round 9 (second stop), the words that gate the model and make the patterns, zh ja ko hi: stop, turn-off, delete and
    // refrain verbs, traditional message words, Korean number and my, fillers (bhai, abhi,
    // 제발, 요, します), Japanese "no need to send" forms (送らなくていい, Kansai 送らんで).
    (STOPV, "zh", "停发 屏蔽 关掉"),
    (SENDV, "zh", "传"),
    (MSGN, "zh", "简讯 讯息 短讯 促销 优惠券"),
    (FILLER, "ja", "します 今すぐ にして"),
    (DONTSEND, "ja", "送らなくていい 送らなくて 送ってくんな 送らんで 送ってこなくていい"),
    (REFRAINV, "ja", "控えて"),
    (STOPV, "ja", "いらん"),
    (NUMBER, "ko", "번호"),
    (MYDET, "ko", "제"),
    (REMOVEV, "ko", "지워주세요 지워줘요 지우세요 빼주세요 빼줘요"),
    (REFRAINV, "ko", "삼가 삼가주세요"),
    (STOPV, "ko", "끊어주세요 끄기 해제"),
    (MKT, "ko", "쿠폰 할인 프로모션 특가"),
    // "광고는 빼고 배송 알림만 주세요": ads (with the topic particle) left out, the rest kept.
    (MKT, "ko", "광고는 광고성 광고만"),
    (MSGCJK, "ko", "광고는 광고성"),
    (REMOVEV, "ko", "빼고 빼주시고"),
    (LEAVE, "ko", "꺼져"),
    (FILLER, "ko", "제발 좀요"),
    (FILLER, "hi", "bhai abhi turant"),
    (SENDV, "hi", "sampark संपर्क"),
    (MSGN, "hi", "मेसेज mesage"),
    (MSGCJK, "hi", "मेसेज"),
    (REMOVEV, "hi", "डिलीट"),
    (MORE, "hi", "अधिक"),
    (FILLER, "zh", "提供"),
    // Round 13: the formal want ("Не желаю получать СМС"), German's "Mitteilungen", Italian's spoken "sti".
    (WANT, "ru", "желаю"),
    (MSGN | MSGPL, "de", "mitteilungen"),
    // Round 19: what a sender sends, ending "no more donation requests", "stop sending me insurance quotes".
    (MSGN | MSGPL, "en", "requests asks quotes postings"),
    // Writing a message oneself is not receiving them: "start drafting the group msg" (the nineteenth
    // freeze's one false opt-in that was not a bare answer word, fixed after it was measured).
    (GUARD, "en", "drafting writing typing composing"),
    // "koniec z ofertami", "hou op met die aanbiedingen", "ik wil deze berichten niet langer ontvangen".
    (MSGN | MSGPL | MKT, "pl", "ofertami kuponami promkami newsletterem"),
    (MSGN, "nl", "aanbiedingen"),
    (MORE, "nl", "langer"),
    (DET, "it", "sti"),
    // The marketing kept apart from what to keep: "Angebote nein", "скидки нет" (a no after the
    // noun, as "promos no"), "Bez SMS-ów promocyjnych", "お得情報は不要", "セール情報はいらない".
    (NOWORD, "de", "nein"),
    (NOWORD, "ru", "нет"),
    (MKT, "pl", "promocyjnych reklamowe marketingowych"),
    (MSGN | MSGPL | MKT, "ja", "お得情報 セール情報 キャンペーン情報"),
    (MKT, "ja", "お得 セール"),
    (MSGN | MSGCJK, "ko", "프로모션"),
    // Round 14: the everyday plural of SMS in Russian, "stuff" in pt/it ("para de me mandar coisa"),
    // a singular reminder, the reflexive "cancellarmi", Chinese 取消 with a kind of message after it,
    // Hindi's "news" as a kind of message ("फिर से खबरें भेजिए").
    (MSGN, "ru", "смски"),
    (MSGN, "pt", "lembrete coisa"),
    (MSGN, "it", "roba"),
    (REMOVEME, "it", "cancellarmi"),
    (OBJV, "zh", "取消"),
    (MSGN | MSGPL, "hi", "खबरें"),
    // "dnt txt me again": the don't of people typing fast (read as "txt me again", a resume, at
    // the fourteenth freeze).
    (NEG | IMPNEG, "en", "dnt"),
}

// Multi-word expressions merged into one token before matching.
// The words of each phrase separated by spaces, and what they merge into.
phrase_lines! {
    ("opt out", "optout"),
    ("right now", "rightnow"),
    // Put me back, said as one thing: "please re-add me", "meld me weer aan", "zet me weer op".
    ("re add me", "addmeback"),
    ("re enroll", "reenroll"),
    ("meld me weer aan", "addmeback"),
    ("meld mij weer aan", "addmeback"),
    // Greetings and thanks around a keyword ("Hallo, HILFE bitte. Vielen Dank", "AIUTO, grazie in anticipo").
    ("in advance", "inadvance"),
    ("de antemano", "deantemano"),
    ("buenos dias", "buenosdias"),
    ("d avance", "davance"),
    ("im voraus", "imvoraus"),
    ("guten tag", "gutentag"),
    ("desde ja", "desdeja"),
    ("bom dia", "bomdia"),
    ("in anticipo", "inanticipo"),
    ("dank u", "danku"),
    ("dank je wel", "dankjewel"),
    ("dank je", "dankje"),
    ("dzien dobry", "dziendobry"),
    ("pehle se", "pehlese"),
    ("un stop", "unstop"),
    ("bat dau", "batdau"),
    ("dang ky lai", "dangkylai"),
    ("por error", "porerror"),
    ("sin querer", "sinquerer"),
    ("sem querer", "semquerer"),
    ("par erreur", "parerreur"),
    ("sans faire expres", "sansfaireexpres"),
    ("per errore", "persbaglio"),
    ("per ongeluk", "perongeluk"),
    ("per sbaglio", "persbaglio"),
    ("aus versehen", "aversehen"),
    ("przez pomylke", "przezpomylke"),
    ("по ошибке", "поошибке"),
    ("galti se", "galtise"),
    ("गलती से", "गलतीसे"),
    ("z powrotem", "back"),
    ("सदस्यता लें", "subscribe"),
    ("zly numer", "wrongnumber"),
    ("не надо", "ненадо"),
    ("numero sbagliato", "wrongnumber"),
    ("退 订", "退订"),
    ("неправильныи номер", "wrongnumber"),
    ("ошиблись номером", "wrongnumber"),
    ("연락하지 마세요", "연락하지마세요"),
    ("연락하지 말아주세요", "연락하지마세요"),
    ("연락 하지 마세요", "연락하지마세요"),
    ("받고 싶지 않아요", "받고싶지않아요"),
    ("받고 싶지 않습니다", "받고싶지않아요"),
    ("가입한 적 없어요", "neversignedup"),
    ("가입한 적 없습니다", "neversignedup"),
    ("필요 없어요", "필요없"),
    ("필요 없고", "필요없"),
    ("필요 없습니다", "필요없"),
    ("phir se", "phirse"),
    ("jaari rakhen", "jaarirakhen"),
    ("jari rakhen", "jaarirakhen"),
    ("जारी रखें", "jaarirakhen"),
    ("kar do", "karo"),
    // "안 받을게요", "안 받을래요", "받지 않겠습니다": will not receive.
    ("안 받을게요", "안받을게요"),
    ("안 받을께요", "안받을게요"),
    ("안 받을래요", "안받을게요"),
    ("안 받겠습니다", "안받겠습니다"),
    ("안 받을게", "안받을게요"),
    ("받지 않을게요", "받지않을게요"),
    ("받지 않겠습니다", "받지않겠습니다"),
    ("더 이상", "더이상"),
    ("добрыи день", "здравствуите"),
    ("добрыи вечер", "здравствуите"),
    ("доброе утро", "здравствуите"),
    ("도움이 필요해요", "도움"),
    ("도움이 필요합니다", "도움"),
    // "list se hata do", "mujhe list se nikaal do": the verb stem with do.
    ("hata do", "hataado"),
    ("hata dijiye", "hataado"),
    ("हटा दो", "हटादो"),
    ("nikaal do", "nikaaldo"),
    ("nikal do", "nikaldo"),
    ("nikaal dijiye", "nikaaldo"),
    ("nikal dijiye", "nikaldo"),
    ("kar de", "karo"),
    ("kar dein", "karo"),
    ("kar dijiye", "karo"),
    ("कर दो", "करो"),
    ("कर दें", "करें"),
    ("हटा दें", "हटाओ"),
    ("फिर से", "फिरसे"),
    ("z gory", "zgory"),
    ("zapisz mnie", "zapiszmnie"),
    ("zapiszcie mnie", "zapiszmnie"),
    ("de novo", "novamente"),
    ("de volta", "back"),
    ("reinscrivez moi", "reinscrivez"),
    ("dajcie mi spokoj", "dajciemispokoj"),
    ("nigdy sie nie zapisywalem", "neversignedup"),
    ("nigdy sie nie zapisywalam", "neversignedup"),
    ("wypisac mnie", "wypisac"),
    ("dar de alta", "darmedealta"),
    ("darme de alta", "darmedealta"),
    ("denme de alta", "darmedealta"),
    ("оставьте меня в покое", "оставьтеменявпокое"),
    ("нет больше", "nomore"),
    ("больше никаких", "nomore"),
    ("не подписывался", "neversignedup"),
    ("не подписывалась", "neversignedup"),
    ("отменить подписку", "отменитьподписку"),
    ("fichez moi la paix", "fichezmoilapaix"),
    ("laissez moi en paix", "fichezmoilapaix"),
    ("laat me met rust", "laatmemetrust"),
    ("laat mij met rust", "laatmemetrust"),
    ("het is genoeg", "hetisgenoeg"),
    ("will hier raus", "ichwillhierraus"),
    ("jamais demande", "neversignedup"),
    ("nooit aangemeld", "neversignedup"),
    ("nie dafur angemeldet", "niedafurangemeldet"),
    ("nie zapisywalam sie", "niezapisywalamsie"),
    ("nie zapisywalem sie", "niezapisywalamsie"),
    ("sie na to nie zapisywalam", "niezapisywalamsie"),
    ("sie na to nie zapisywalem", "niezapisywalamsie"),
    ("register nahi kiya", "registernahikiya"),
    ("subscribe nahi kiya", "registernahikiya"),
    ("nie zugestimmt", "neversignedup"),
    ("erreur de numero", "wrongnumber"),
    ("report you", "reportyou"),
    ("report u", "reportyou"),
    ("didnt opt in", "neversignedup"),
    ("never opted in", "neversignedup"),
    ("never agreed", "neversignedup"),
    ("never gave you permission", "neversignedup"),
    ("never gave permission", "neversignedup"),
    ("fed up", "fedup"),
    ("opt oit", "optout"),
    ("leave me the hell alone", "leavemealone"),
    ("get off my phone", "getoffmyphone"),
    ("secret santa", "secretsanta"),
    // "ya no más": no more, now (before "ya no" takes the no).
    ("ya no mas", "nomas"),
    ("ya no", "yano"),
    ("por fa", "porfa"),
    ("pero si", "perosi"),
    ("mas si", "masi"),
    ("sem mais", "nomore"),
    ("niente piu", "nomore"),
    ("basta con", "basta"),
    ("me deixem em paz", "medeixemempaz"),
    ("anular suscripcion", "anularsuscripcion"),
    ("annulla iscrizione", "annullaiscrizione"),
    ("nunca me cadastrei", "neversignedup"),
    ("mai iscritto", "neversignedup"),
    ("mai iscritta", "neversignedup"),
    ("jamais inscrit", "neversignedup"),
    ("desinscrever me", "desinscrever"),
    ("descadastrar me", "descadastrarme"),
    ("junk food", "junkfood"),
    ("junk mail", "junkmail"),
    ("resubscribe me", "resubscribeme"),
    ("add me back", "addmeback"),
    ("added back", "addmeback"),
    ("put me back", "addmeback"),
    ("you didnt", "youdidnt"),
    ("no way", "noway"),
    ("shut up", "shutup"),
    ("nunca me suscribi", "nuncamesuscribi"),
    ("nunca me inscrevi", "nuncameinscrevi"),
    ("nie angemeldet", "nieangemeldet"),
    ("es reicht", "esreicht"),
    ("lasst mich in ruhe", "lassmichinruhe"),
    ("lassen sie mich in ruhe", "lassmichinruhe"),
    ("never signed up for", "neversignedup"),
    ("i never subscribed", "neversignedup"),
    ("never subscribed", "neversignedup"),
    ("never asked for", "neversignedup"),
    ("didnt ask for", "neversignedup"),
    ("attorney general", "attorney"),
    ("do not disturb", "dnclist"),
    ("opt me out", "optout"),
    ("opt us out", "optout"),
    ("opted out", "optedout"),
    ("opt in", "optin"),
    ("opt me in", "optin"),
    ("opt back in", "optin"),
    ("opt me back in", "optin"),
    ("sign me up", "signmeup"),
    ("sign me back up", "signmeup"),
    ("un subscribe", "unsubscribe"),
    ("stop all", "stopall"),
    ("dar de baja", "darbaja"),
    ("darme de baja", "darbaja"),
    ("denme de baja", "darbaja"),
    ("den de baja", "darbaja"),
    ("dame de baja", "darbaja"),
    ("doy de baja", "darbaja"),
    ("se desabonner", "desabonner"),
    ("me desabonner", "desabonner"),
    ("se desinscrire", "desinscrire"),
    ("me desinscrire", "desinscrire"),
    ("non arret", "nonarret"),
    ("por favor", "porfavor"),
    ("per favore", "perfavore"),
    ("sil vous plait", "svp"),
    ("sil te plait", "svp"),
    ("do not call list", "dnclist"),
    ("do not text list", "dnclist"),
    ("do not contact list", "dnclist"),
    ("dnc list", "dnclist"),
    ("turn off", "turnoff"),
    ("switch off", "turnoff"),
    ("shut off", "turnoff"),
    ("turn on", "turnon"),
    ("switch on", "turnon"),
    ("re subscribe", "resubscribe"),
    ("re start", "restart"),
    ("re activate", "reactivate"),
    ("re enable", "reenable"),
    ("sign back up", "signmeup"),
    ("de nouveau", "denouveau"),
    ("a nouveau", "denouveau"),
    ("di nuovo", "dinuovo"),
    ("x favor", "xfavor"),
    ("x favore", "xfavore"),
    ("blowing up my phone", "blowingmeup"),
    ("blowing my phone up", "blowingmeup"),
    ("blowing me up", "blowingmeup"),
    ("blowin up my phone", "blowingmeup"),
    ("blowin me up", "blowingmeup"),
    ("by accident", "accident"),
    ("by mistake", "mistake"),
    ("blow up my phone", "blowingmeup"),
    ("hitting me up", "blowingmeup"),
    ("field trip", "fieldtrip"),
    ("didnt mean to", "didntmeanto"),
    ("too kind", "tookind"),
    ("too good", "toogood"),
    ("so kind", "sokind"),
    ("so sweet", "sosweet"),
    ("too sweet", "toosweet"),
    ("volver a", "volvera"),
    ("vuelvan a", "vuelvana"),
    ("vuelva a", "vuelvana"),
    ("voltar a", "voltara"),
    ("voltem a", "voltema"),
    ("volte a", "voltema"),
    ("구독 취소", "구독취소"),
    ("nhan tin", "nhantin"),
    ("tin nhan", "tinnhan"),
    ("do mnie", "mnie"),
    ("pas de", "pasde"),
    ("give consent", "consent"),
    ("gave consent", "consent"),
    ("give my consent", "consent"),
    ("have my consent", "consent"),
    ("have consent", "consent"),
    ("want back in", "optin"),
    ("changed my mind", "changedmymind"),
    ("수신 거부합니다", "수신거부"),
    ("do not", "dont"),
    ("does not", "doesnt"),
    ("will not", "wont"),
    ("no longer", "nolonger"),
    ("no more", "nomore"),
    ("any more", "anymore"),
    ("no mas", "nomas"),
    ("plus de", "plusde"),
    ("de nuevo", "denuevo"),
    ("otra vez", "otravez"),
    ("thank you", "thanks"),
    ("thank u", "thanks"),
    ("thank ya", "thanks"),
    ("thx u", "thanks"),
    ("ty u", "thanks"),
    ("thnx u", "thanks"),
    ("thanx u", "thanks"),
    ("so much", "somuch"),
    ("appreciate it", "appreciateit"),
    ("optin out", "optout"),
    ("very much", "verymuch"),
    ("a lot", "alot"),
    ("opting out", "optout"),
    ("opting me out", "optout"),
    ("i said", "isaid"),
    ("i asked you to", "isaid"),
    ("i told you to", "isaid"),
    ("for real", "forreal"),
    ("i want out", "iwantout"),
    ("knock it off", "knockitoff"),
    ("no thanks", "nothanks"),
    ("no thank you", "nothanks"),
    ("no gracias", "nogracias"),
    ("no me interesa", "nomeinteresa"),
    ("im not interested", "notinterested"),
    ("i am not interested", "notinterested"),
    ("dich vu", "dichvu"),
    ("right now", "now"),
    ("wrong number", "wrongnumber"),
    ("wrong num", "wrongnumber"),
    ("wrong person", "wrongnumber"),
    ("not interested", "notinterested"),
    ("never signed up", "neversignedup"),
    ("didnt sign up", "didntsignup"),
    ("numero equivocado", "numeroequivocado"),
    ("mauvais numero", "mauvaisnumero"),
    ("falsche nummer", "falschenummer"),
    ("leave me alone", "leavemealone"),
    ("leave us alone", "leaveusalone"),
    ("go away", "goaway"),
    ("cease and desist", "ceaseanddesist"),
    ("fuck off", "fuckoff"),
    ("f off", "foff"),
    ("piss off", "pissoff"),
    ("back off", "backoff"),
    ("get lost", "getlost"),
    ("dejame en paz", "dejameenpaz"),
    ("dejenme en paz", "dejenmeenpaz"),
    ("laissez moi tranquille", "laissezmoitranquille"),
    ("lass mich in ruhe", "lassmichinruhe"),
    ("lasciatemi in pace", "lasciatemiinpace"),
    ("deixem me em paz", "deixemmeempaz"),
    ("수신 거부", "수신거부"),
    ("tu choi", "tuchoi"),
    ("huy dang ky", "huydangky"),
    ("tro giup", "trogiup"),
    ("abmelden bitte", "abmelden"),
    // Unsubscribe and subscribe verbs split in two (German and Dutch separable verbs), plural and polite.
    ("연락 주지 마세요", "연락하지마세요"),
    ("연락 주지 마", "연락하지마세요"),
    ("문자 주지 마세요", "보내지마세요"),
    ("meldet mich ab", "abmelden"),
    ("meldet mich bitte ab", "abmelden"),
    ("melden sie mich bitte ab", "abmelden"),
    ("tragt mich bitte aus", "austragen"),
    ("tragen sie mich bitte aus", "austragen"),
    ("melde mich ab", "abmelden"),
    ("meld mich ab", "abmelden"),
    ("melden sie mich ab", "abmelden"),
    ("tragt mich aus", "austragen"),
    ("trag mich aus", "austragen"),
    ("tragen sie mich aus", "austragen"),
    ("meld me af", "afmelden"),
    ("meld mij af", "afmelden"),
    ("meldt u mij af", "afmelden"),
    ("meld ik me af", "afmelden"),
    ("schrijf me uit", "uitschrijven"),
    ("schrijf mij uit", "uitschrijven"),
    ("schrijf ik me uit", "uitschrijven"),
    ("dadme de baja", "darbaja"),
    ("tragt mich wieder ein", "eintragen"),
    ("trag mich wieder ein", "eintragen"),
    ("tragen sie mich wieder ein", "eintragen"),
    ("meldet mich wieder an", "addmeback"),
    ("melden sie mich wieder an", "addmeback"),
    ("zet me weer op", "addmeback"),
    ("zet mij weer op", "addmeback"),
    ("zet me er weer op", "addmeback"),
    ("meld me opnieuw aan", "addmeback"),
    ("remettez moi", "reinscrivez"),
    ("rajoutez moi", "reinscrivez"),
    ("dopiszcie mnie", "zapiszmnie"),
    // Leave me alone, enough, none of: plural, polite and informal forms.
    ("odczepcie sie", "odczepciesie"),
    ("odwalcie sie", "odwalciesie"),
    ("lachez moi", "lachezmoi"),
    ("foutez moi la paix", "foutezmoilapaix"),
    ("dejadme en paz", "dejadmeenpaz"),
    ("dejeme en paz", "dejemeenpaz"),
    ("me deixe em paz", "medeixeempaz"),
    ("me deixa em paz", "medeixeempaz"),
    ("mi lasci in pace", "milasciinpace"),
    ("mi lasciate in pace", "lasciatemiinpace"),
    ("lasciatemi stare", "lasciatemistare"),
    ("lasst mich endlich in ruhe", "lassmichinruhe"),
    ("lassen sie mich endlich in ruhe", "lassmichinruhe"),
    ("laissez nous tranquilles", "laissezmoitranquille"),
    ("kodow rabatowych", "rabatow"),
    ("akcji promocyjnych", "promocji"),
    ("haal me eruit", "haalmeeruit"),
    ("haal mij eruit", "haalmeeruit"),
    ("t d", "td"),
    ("haishin teishi", "配信停止"),
    ("susin geobu", "susingeobu"),
    ("수신 거무", "수신거부"),
    ("연락하지 말아 주시기", "연락하지마세요"),
    ("연락하지 말아주시기", "연락하지마세요"),
    ("연락 마세요", "연락하지마세요"),
    ("문자하지 마세요", "보내지마세요"),
    ("원하지 않습니다", "받고싶지않아요"),
    ("원하지 않아요", "받고싶지않아요"),
    ("rok do", "rokdo"),
    ("stimme zu", "stimmezu"),
    ("ich stimme zu", "stimmezu"),
    ("ik ga akkoord", "akkoord"),
    ("ga akkoord", "akkoord"),
    ("zgadzam sie", "zgadzamsie"),
    ("zapisz ponownie", "zapiszmnie"),
    ("weer aanzetten", "hervatten"),
    ("jaari rakhe", "jaarirakhen"),
    ("자세한 안내", "자세한안내"),
    ("souhaite ne plus recevoir", "souhaiteneplus"),
    ("souhaiterais ne plus recevoir", "souhaiteneplus"),
    ("souhaite ne plus etre contacte", "souhaiteneplus"),
    ("melde ich mich ab", "abmelden"),
    ("melde ich mich hier ab", "abmelden"),
    ("kann ich mich abmelden", "abmelden"),
    ("不 再 接收", "不想再收到"),
}

/// Words shared by two languages that still lean to one, heard only when no
/// other word tells: "stop por favor" is Spanish, "PARE por favor obrigado"
/// Portuguese.
pub(crate) const WEAK_HINTS: &[(&str, &str)] = &[("porfavor", "es")];

/// Words with a language of their own, used to tell which language a shared
/// keyword was written in ("STOP SVP" is French).
pub(crate) const HINTS: &[(&str, &str)] = &[
    ("fr", "svp merci vous sil plait arret aux ne veux recevoir je plus messages nous"),
    ("de", "bitte danke sofort jetzt keine mehr nicht ich mochte"),
    ("es", "gracias ya ahora xfa mas mensajes quiero recibir enviarme mandarme"),
    ("pt", "obrigado obrigada pfv agora mensagens nao quero receber voce mais mim minha"),
    ("it", "perfavore grazie subito messaggi non voglio ricevere piu"),
    ("en", "want these please the dont not my your you anymore texts texting thanks"),
    ("nl", "alsjeblieft alstublieft aub dank dankje bedankt berichten"),
    ("pl", "prosze dziekuje dzieki nie chce wiecej wiadomosci"),
    ("ru", "не пожалуиста больше мне"),
];
