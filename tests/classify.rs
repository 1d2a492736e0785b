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
    // Round 19: a word one edit from STOP sent alone is the typo. In 55 writers' replies to
    // businesses every bare "stoop" (13), "atop" (2), "sop" (3) and "stob" (2) opted out, and
    // none was sent between people; in a sentence the word is the word.
    c("atop", OptOut),
    c("Slop", No),
    c("spot", No),
    c("stoop", OptOut),
    c("Stoop please", OptOut),
    c("sop", OptOut),
    c("meet me on the stoop", No),
    // The nineteenth freeze's false opt-in, fixed after it was measured: writing a message is not getting them.
    c("start drafting the group msg", No),
    c("the cat is atop the fridge", No),
    c("strat", No),
    c("stat", No),
    // A stretched YES is a YES (round 13: in 45 writers' replies to businesses, every "yess"
    // opted in; consent reads it as an answer word, which lifts nothing by default).
    c("yess", OptIn),
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
    // Round 7: a whole-clause keyword then a reason naming another company; informal
    // negations without their particle; spaced letters in Cyrillic and Hangul; STOP's
    // letters out of order; Hindi list-removal with do; Korean "will not receive".
    c("SAIR, já troquei de operadora faz tempo", OptOut),
    c("Para, cambié de operadora", OptOut),
    c("STOP, switched carriers", OptOut),
    c("cancel membership?", No),
    c("I switched carriers", No),
    c("m'écrivez plus", OptOut),
    c("M'envoyez plus rien merci", OptOut),
    c("tu m'écris plus", No),
    c("m'envoie plus de photos", No),
    c("não me manda mais", OptOut),
    c("não me manda mais mensagem", OptOut),
    c("não me manda msg agora q tô dirigindo", No),
    c("me manda mais fotos", No),
    c("С Т О П", OptOut),
    c("с т о п пожалуйста", OptOut),
    c("수 신 거 부", OptOut),
    c("я и в шоке", No),
    c("sopt", OptOut),
    c("sotpp", OptOut),
    c("сотп", OptOut),
    c("стопп", OptOut),
    c("spot", No),
    c("sopt sending", No),
    c("mujhe list se nikaal do", OptOut),
    c("mera number list se hata do", OptOut),
    c("agle hafte carpool se mujhe hata do", No),
    c("carpool list se mera naam hata do, ab bike hai", No),
    c("문자 안 받을게요", OptOut),
    c("이제 안 받을래요", OptOut),
    c("돈 안 받을게요", No),
    c("停止で", OptOut),
    c("停止でお願いします", OptOut),
    c("すとっぷ", OptOut),
    c("STOPで", OptOut),
    c("配 信 停 止", OptOut),
    c("거부", OptOut),
    c("실수로 거부 눌렀어요, 계속 보내주세요", OptIn),
    c("disiscrizione", OptOut),
    c("стоп спс", OptOut),
    c("стп", OptOut),
    c("stop dank je", OptOut),
    c("🛑🙏", OptOut),
    c("T?", No),
    c("je veux plus recevoir vos sms", OptOut),
    c("jveux plus rien recevoir de vous", OptOut),
    c("je veux plus de photos", No),
    c("ich will mehr bekommen", No),
    c("will nix mehr von euch bekommen", OptOut),
    c("стоп рекламе", OptOut),
    c("stop wyprzedażom", OptOut),
    c("PTM ke reminder ab mat bhejiye", OptOut),
    c("photo abhi mat bhejo", No),
    // Paradigms completed in round 6: plural and polite imperatives, "nothing from you",
    // "without / none of" + a promo noun, leave-me-alone and enough words.
    c("non voglio più ricevere niente da voi", OptOut),
    c("ik wil niks meer van jullie ontvangen", OptOut),
    c("schreibt mir bitte nicht mehr", OptOut),
    c("er schreibt mir nicht mehr", No),
    c("disiscrivetemi", OptOut),
    c("отстаньте", OptOut),
    c("nada de ofertas", OptOut),
    c("bez kodów rabatowych proszę", OptOut),
    c("tragt mich wieder ein", OptIn),
    // Traditional characters (Taiwan, Hong Kong) fold to the simplified ones the lexicon spells.
    c("取消訂閱", OptOut),
    c("退訂", OptOut),
    c("幫助", Help),
    c("停止發送，謝謝", OptOut),
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
    // Policy: YES "alone or with politeness" opts in; a request word counts, thanks do not.
    c("yes please", OptIn),
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
    // Fillers and "all" work with every opt-out keyword.
    c("Kindly END", OptOut),
    c("kindly remove", OptOut),
    c("stop everything", OptOut),
    c("Quit all, thanks", OptOut),
    c("end all the fighting", No),
    c("end it all", No),
    c("kindly confirm", No),
    c("All good", No),
    c("yes all", No),
    c("start all", No),
    c("help all", No),
    // Noun classes: list compounds, message and marketing nouns, turning off.
    c("take me off your texting list please", OptOut),
    c("pls remove my number from the sms list", OptOut),
    c("remove me from your marketing list", OptOut),
    c("no more sales messages", OptOut),
    c("stop the coupons", OptOut),
    c("no publicidad gracias", OptOut),
    c("no promos", OptOut),
    c("no ads please", OptOut),
    c("no spam", OptOut),
    c("switch off your alerts please", OptOut),
    c("turn the notifications off", OptOut),
    c("disable these reminders", OptOut),
    c("Deactivate my alerts", OptOut),
    c("turn off the AC before you leave", No),
    c("how do I turn off dark mode", No),
    c("the turn off is on the left", No),
    c("Disable autopay", No),
    c("no problem", No),
    c("no text yet", No),
    c("no sales tax?", No),
    c("no deals today?", No),
    // Cancelling a subscription (to messages), in several languages.
    c("can you cancel my subscription", OptOut),
    c("cancel subscription", OptOut),
    c("Cancela mi suscripción por favor", OptOut),
    c("Je veux annuler mon abonnement", OptOut),
    c("Abo bitte kündigen", OptOut),
    c("구독 취소해주세요", OptOut),
    c("cancel my membership", No),
    c("cancel my subscription renewal", No),
    c("cancel my subscription renewal to the magazine", No),
    c("I want to cancel my subscription box order", No),
    // "Don't want" with a pronoun object.
    c("i really dont want them anymore", OptOut),
    c("dont want it", OptOut),
    c("I don't want these texts", OptOut),
    c("I don't want them delivered today", No),
    c("I don't want the blue one", No),
    c("I don't want it to rain", No),
    // Wrong number with a pronoun or a bare verb.
    c("wrong number, delete it", OptOut),
    c("Wrong person. Please delete", OptOut),
    c("wrong number delete", OptOut),
    c("delete", OptOut),
    c("please delete my last message", No),
    c("delete the photo please", No),
    c("wrong number", No),
    // Consent and do-not-contact lists.
    c("I do not consent to these messages", OptOut),
    c("I never consented", OptOut),
    c("please add my number to your do not call list", OptOut),
    c("put me on the DNC list", OptOut),
    c("DNC please", OptOut),
    c("Do not call list", OptOut),
    c("do not call", OptOut),
    c("do not call me", OptOut),
    c("Consent form is signed", No),
    c("I consent to the terms", No),
    c("do you need my consent", No),
    c("put me on the waiting list", No),
    c("put me on the list", No),
    c("add me to your list", No),
    c("do not call before 5", No),
    // Word order and extra words in other languages.
    c("Больше не пишите", OptOut),
    c("удалите меня из списка", OptOut),
    c("Удалите, пожалуйста, мой номер телефона", OptOut),
    c("delete my phone number", OptOut),
    c("remove my cell number please", OptOut),
    c("delete my phone number from the form", No),
    c("もうメッセージを送らないで", OptOut),
    c("メッセージを止めてください", OptOut),
    c("Meine Nummer bitte löschen", OptOut),
    c("Bitte löschen Sie meine Nummer", OptOut),
    c("Hört auf!", OptOut),
    c("Arrêtez de me contacter svp", OptOut),
    c("Ne plus m'écrire svp", OptOut),
    c("no quiero que me manden mensajes", OptOut),
    c("Me tirem da lista por favor", OptOut),
    // Polish, Vietnamese, Korean, Japanese, Russian sentences.
    c("Przestańcie pisać do mnie", OptOut),
    c("Nie piszcie do mnie", OptOut),
    c("Ngừng nhắn tin", OptOut),
    c("Đừng gửi tin nhắn nữa", OptOut),
    c("문자 그만 보내세요", OptOut),
    c("登録解除お願いします", OptOut),
    // Opt-in: resume cues, whole message, not negated, opt-out wins.
    c("Please text me again", OptIn),
    c("could you start sending me texts again", OptIn),
    c("put my number back on the list", OptIn),
    c("add me back to your list", OptIn),
    c("I'd like to receive your messages again", OptIn),
    c("re-subscribe me please", OptIn),
    c("turn my alerts back on", OptIn),
    c("turn on the texts again", OptIn),
    c("Quiero recibir mensajes otra vez", OptIn),
    c("Je veux de nouveau recevoir vos messages", OptIn),
    c("Ich will wieder Nachrichten erhalten", OptIn),
    c("Quero voltar a receber as mensagens", OptIn),
    c("can you start?", No),
    c("Can you start at 5?", No),
    c("can you send the text again?", No),
    c("can you send me the message again", No),
    c("send the message again please", No),
    c("resend the text please", No),
    c("text me the address again", No),
    c("can you text me again tomorrow", No),
    c("can you call me again", No),
    c("call me back", No),
    c("text me back", No),
    c("text me back when you can", No),
    c("I'll be back", No),
    c("add me back on facebook", No),
    c("I got your texts again today", No),
    c("why do I get texts again", No),
    c("turn on the lights", No),
    c("don't text me again", OptOut),
    c("Stop. Don't sign me up again", OptOut),
    // "stop" as a noun; weighing, not asking.
    c("the next stop is mine", No),
    c("missed my stop", No),
    c("Is this the last stop?", No),
    c("My stop is next", No),
    c("stop sign ahead", No),
    c("why would I ever unsubscribe", No),
    c("why would I cancel my order", No),
    c("Should I stop by later?", No),
    c("stop texting me, I'm at the bus stop", OptOut),
    c("Why won't you stop texting me", OptOut),
    c("how can I unsubscribe", OptOut),
    c("How do I stop these texts?", OptOut),
    c("ok stop now", OptOut),
    c("STOP this now", OptOut),
    // Reactions in other languages, and to our own instructions.
    c("A adoré « Répondez STOP »", No),
    c("N’a pas aimé « Répondez STOP pour arrêter »", No),
    c("Le encantó «Responde BAJA para salir»", No),
    c("Amou “Responda SAIR para sair”", No),
    c("Gefällt „Antworte STOPP zum Abmelden“", No),
    c("lol \"Reply STOP to unsubscribe\"", No),
    c("\"Reply STOP to unsubscribe\" ok STOP", OptOut),
    c("STOP \"Reply STOP to unsubscribe\"", OptOut),
    // Invisible and look-alike characters.
    c("\u{feff}STOP please", OptOut),
    c("un\u{200b}subscribe", OptOut),
    c("S\u{2060}T\u{200c}O\u{200b}P", OptOut),
    c("SТOP", OptOut),
    c("unsubscribе", OptOut),
    c("STΟP", OptOut),
    c("Москва", No),
    // More phrasings of the same patterns, in several languages.
    c("stop it kindly", OptOut),
    c("Kindly, stop.", OptOut),
    c("cancel everything please", OptOut),
    c("Unsubscribe all", OptOut),
    c("remove me from your contact list", OptOut),
    c("take my number off your calling list", OptOut),
    c("remove me from the distribution list", OptOut),
    c("I want off your texting list", OptOut),
    c("stop sending me sales promotions", OptOut),
    c("no more coupons", OptOut),
    c("no more offers please", OptOut),
    c("please turn off all texts", OptOut),
    c("turn off sms alerts", OptOut),
    c("shut off these notifications", OptOut),
    c("No quiero más ofertas", OptOut),
    c("pas de pub svp", OptOut),
    c("keine Werbung bitte", OptOut),
    c("I want to cancel my subscription", OptOut),
    c("how do I cancel my subscription", OptOut),
    c("please cancel my text subscription", OptOut),
    c("Cancelar minha assinatura", OptOut),
    c("I don't want any of these", OptOut),
    c("i dont want em anymore", OptOut),
    c("don't want these no more", OptOut),
    c("this is the wrong number, delete it", OptOut),
    c("wrong #, remove", OptOut),
    c("I don't give consent", OptOut),
    c("I do not consent to being texted", OptOut),
    c("add me to the do not text list", OptOut),
    c("you do not have my consent", OptOut),
    c("no quiero que me contacten más", OptOut),
    c("no quiero que me sigan mandando mensajes", OptOut),
    c("S'il vous plaît ne plus m'envoyer de messages", OptOut),
    c("merci de me retirer de la liste", OptOut),
    c("bitte keine SMS mehr", OptOut),
    c("Bitte nicht mehr schreiben", OptOut),
    c("Me remove da lista", OptOut),
    c("me tirem dessa lista", OptOut),
    c("Nie chcę SMS", OptOut),
    c("Proszę nie wysyłać mi wiadomości", OptOut),
    c("wypisz mnie", OptOut),
    c("Xin đừng nhắn tin nữa", OptOut),
    c("메시지 수신 거부합니다", OptOut),
    c("문자 보내지 마", OptOut),
    c("配信不要です", OptOut),
    c("送らないで", OptOut),
    c("Прекратите присылать сообщения", OptOut),
    c("Отпишите меня", OptOut),
    c("please start my texts again", OptIn),
    c("restart my alerts", OptIn),
    c("can you resume my messages", OptIn),
    c("resume texts please", OptIn),
    c("sign me up again", OptIn),
    c("I want back in", OptIn),
    c("opt me back in please", OptIn),
    c("Please send me texts again", OptIn),
    c("I'd like to get text alerts again", OptIn),
    c("start sending again", OptIn),
    c("turn texts back on please", OptIn),
    c("envíenme mensajes de nuevo", OptIn),
    c("quiero volver a recibir sus ofertas", OptIn),
    c("bitte wieder Nachrichten senden", OptIn),
    c("please don't start texting me again", No),
    c("I want my money back", No),
    c("can you put me back on the schedule", No),
    c("i'm back in town", No),
    c("again?", No),
    c("text me when you get back", No),
    c("yes again", No),
    c("I'll text you again later", No),
    c("back on track", No),
    c("sorry, wrong number", No),
    c("my subscription is up for renewal", No),
    c("how do I update my subscription", No),
    c("I want to upgrade my subscription", No),
    c("the stop was skipped", No),
    c("every stop is late", No),
    c("Why should I stop by?", No),
    c("should I cancel the appointment?", No),
    c("liked your post", No),
    c("Liked it but please stop texting me", OptOut),
    c("Haha \"Reply STOP to opt out\"", No),
    // Everyday replies near the new patterns.
    c("Can you add me to the waitlist for Saturday?", No),
    c("Please put me on the schedule for Tuesday", No),
    c("Turn left at the light", No),
    c("I want to turn in my application", No),
    c("Is the sale back on?", No),
    c("Are you open again tomorrow?", No),
    c("When will the deals be back?", No),
    c("Do you have it back in stock?", No),
    c("back in stock?", No),
    c("My texts are not coming through", No),
    c("I didn't get the text", No),
    c("I don't have the code, can you text it again?", No),
    c("Can you send the code again", No),
    c("Send the confirmation again please", No),
    c("Resend the link please", No),
    c("the reminders are helpful, thanks", No),
    c("Love the deals!", No),
    c("No worries", No),
    c("No rush", No),
    c("No, the 3rd works better", No),
    c("No text from you yesterday?", No),
    c("Don't worry about it", No),
    c("Don't call before noon", No),
    c("do not disturb is on", No),
    c("I can't get the app to stop crashing", No),
    c("where is the stop for route 5", No),
    c("I got off at the wrong stop", No),
    c("Can I stop my order?", No),
    c("I'd like to cancel my order", No),
    c("Please cancel the delivery", No),
    c("cancel my 3pm", No),
    c("I need to cancel my subscription box delivery this week", No),
    c("What's the cost of the subscription?", No),
    c("Is my subscription active?", No),
    c("why would I pay that", No),
    c("should I come at 5?", No),
    c("Why is my bill so high", No),
    c("Delete my last order", No),
    c("please remove the charge", No),
    c("I don't want the extended warranty", No),
    c("I don't want that one", No),
    c("I dont want to miss the sale", No),
    c("I don't consent to the new fees", No),
    c("Who gave you my number?", No),
    c("How did you get my number?", No),
    c("Sí, gracias", No),
    c("Oui merci", No),
    c("Danke, bis morgen", No),
    c("Obrigado pela ajuda", No),
    c("Quiero cancelar mi cita", No),
    c("No puedo ir mañana", No),
    c("No, gracias, ya lo tengo", No),
    c("Pas de problème", No),
    c("Kein Problem", No),
    c("Nicht heute", No),
    c("Não posso amanhã", No),
    c("好的，谢谢", No),
    c("ありがとうございます", No),
    c("감사합니다", No),
    c("Cảm ơn bạn", No),
    c("Dziękuję bardzo", No),
    c("Спасибо", No),
    // Opt-in stays narrow; Italian and Dutch; "kindly" anywhere.
    c("Can you text me again when my order ships?", No),
    c("text me again in an hour", No),
    c("message me again later", No),
    c("Please message me back", No),
    c("send it again", No),
    c("Could you send me those texts again? I deleted them by accident", No),
    c("send me the texts again", No),
    c("I'm getting your texts again even though I unsubscribed", No),
    c("I'm getting your texts again even though I unsubscribed. Stop", OptOut),
    c("add me back to the group chat", No),
    c("put me back on hold", No),
    c("Please resubscribe me", OptIn),
    c("i want to receive texts again", OptIn),
    c("I changed my mind, sign me back up", OptIn),
    c("basta con i messaggi", OptOut),
    c("non voglio più ricevere messaggi", OptOut),
    c("toglietemi dalla lista", OptOut),
    c("stop met sms'en", OptOut),
    c("ik wil geen berichten meer ontvangen", OptOut),
    c("verwijder mijn nummer", OptOut),
    c("stop texting me now!!!", OptOut),
    c("pls stop messaging me kindly", OptOut),
    c("Kindly take me off your list", OptOut),
    c("kindly cancel all", OptOut),
    c("Remove me, kindly", OptOut),
    c("kindly send the invoice", No),
    // Chat spellings of politeness around a keyword.
    c("stop thank u", OptOut),
    c("STOP thanku", OptOut),
    c("unsubscribe tysm", OptOut),
    c("stop thnx", OptOut),
    c("Stop, thx u!", OptOut),
    c("opt out plss", OptOut),
    c("stop pleasee thankss", OptOut),
    c("remove me thank u so much", OptOut),
    c("END. Appreciate it", OptOut),
    c("thank u", No),
    c("tysm!!", No),
    c("stop ty u", OptOut),
    c("STOP tyty", OptOut),
    c("thx u, see you friday", No),
    c("yess thank u", No),
    // One modifier inside "no more", "stop with", "stop sending".
    c("no more sale messages", OptOut),
    c("No more holiday promos pls", OptOut),
    c("no more of your discount texts", OptOut),
    c("no more political texts!", OptOut),
    c("stop with the marketing", OptOut),
    c("stop with the promo spam", OptOut),
    c("quit with the sale texts", OptOut),
    c("stop w/ the texts", OptOut),
    c("stop sending me flash sale texts", OptOut),
    c("no more sale", No),
    c("no more sale items?", No),
    c("stop with the jokes lol", No),
    c("the sale messages were great", No),
    // Slang and inflected forms of the opt-out verbs.
    c("stahp", OptOut),
    c("STAAAHP", OptOut),
    c("staaap", OptOut),
    c("staahp pls", OptOut),
    c("stahp texting me", OptOut),
    c("opting out", OptOut),
    c("I'm opting out of these", OptOut),
    c("im unsubscribing", OptOut),
    c("unsubbing now", OptOut),
    c("I opted out already!", OptOut),
    c("I already opted out", OptOut),
    c("I've unsubscribed twice", OptOut),
    c("opted out.", OptOut),
    c("I opted out a week ago", OptOut),
    c("I unsubscribed a while ago, why am I still getting these", OptOut),
    c("I opted out last week by mistake", No),
    c("she opted out a week ago", No),
    c("I'm not opting out", No),
    c("stap", No),
    c("stap maar door", No),
    c("shooop", No),
    c("I accidentally opted out", No),
    c("she opted out", No),
    c("I opted out of the raffle by mistake", No),
    // YES with a request word opts in; with thanks or an acknowledgement it does not.
    c("yes pls", OptIn),
    c("YES PLEASE!", OptIn),
    c("yes plz, thank you", OptIn),
    c("yes thanks", No),
    c("yes ok", No),
    c("Yes got it", No),
    c("yes please, what time?", No),
    c("Sí, por favor", No),
    c("Sí, quiero suscribirme otra vez", OptIn),
    c("yes, start texting me again", OptIn),
    c("Oui, je veux de nouveau recevoir vos messages", OptIn),
    c("yes, don't text me again", OptOut),
    c("yes but don't start texting me again", No),
    // Other languages: imperative plurals, optional 再/了, colloquial forms.
    c("reactiven mis mensajes", OptIn),
    c("reanuden las alertas por favor", OptIn),
    c("actívenme", OptIn),
    c("actívenme de nuevo", OptIn),
    c("reactiva mi cuenta", No),
    c("activen la alarma", No),
    c("别发了", OptOut),
    c("请别发了", OptOut),
    c("不要发了", OptOut),
    c("别再发", OptOut),
    c("别给我发信息", OptOut),
    c("请不要再打扰我", OptOut),
    c("重新订阅", OptIn),
    c("恢复订阅", OptIn),
    c("我不想重新订阅", No),
    c("别担心", No),
    c("不要了吗", No),
    c("发了吗", No),
    c("送ってこないで", OptOut),
    c("もう送ってこないで下さい", OptOut),
    c("送ってくるな", OptOut),
    c("送ってこないでよ", OptOut),
    c("もういらない", OptOut),
    c("メッセージはいらない", OptOut),
    c("いらない", No),
    c("ya basta con los mensajes", OptOut),
    c("basta ya con tantos mensajes", OptOut),
    c("mensajes, basta", OptOut),
    c("los mensajes ya basta", OptOut),
    c("texts, stop!", OptOut),
    c("para mensajes", No),
    c("basta con la lluvia", No),
    // Starting to get messages again.
    c("start getting texts again", OptIn),
    c("I'd like to start receiving texts again", OptIn),
    c("start receiving your messages again", OptIn),
    c("I wanna begin getting ur texts again", OptIn),
    c("I'd like to resume getting texts", OptIn),
    c("when will I start getting texts again?", No),
    c("why did I start getting texts again", No),
    c("I don't want to start getting texts again", OptOut),
    c("began getting texts again", No),
    // Someone else's opt-out is not the sender's.
    c("my wife keeps threatening to unsubscribe", No),
    c("my friend told me to unsubscribe lol", No),
    c("she wants to unsubscribe but I don't", No),
    c("he's gonna opt out haha", No),
    c("my wife said she'd unsubscribe", No),
    c("my wife and I want to unsubscribe", OptOut),
    c("I want to unsubscribe, my wife too", OptOut),
    c("please unsubscribe my husband's number too", OptOut),
    c("please remove my husband's number", OptOut),
    c("my son wants to unsubscribe, please remove his number", OptOut),
    c("they keep texting me unsubscribe", OptOut),
    c("Hi everyone, unsubscribe", OptOut),
    c("can you remove her from the 3pm slot?", No),
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
    // Remove requests with a pronoun or a named list; a third party only in its own clause.
    c("take it off your list", OptOut),
    c("pls take it off ur mailing list", OptOut),
    c("take them off the list please", OptOut),
    c("please remove this number from the PTA reminders list", OptOut),
    c("remove my number from the church alerts", OptOut),
    c("Remove this number from your system.", OptOut),
    c("My dad passed away, please remove this number from the clinic reminders", OptOut),
    c("My daughter moved out please unsubscribe this number", OptOut),
    c("quit blowing up my phone", OptOut),
    c("stop blowing me up!!", OptOut),
    c("can you stop hitting me up", OptOut),
    c("stop bugging me", OptOut),
    c("take it off the list of chores", No),
    c("take it off my bill", No),
    c("please remove this item from my cart", No),
    c("my husband wants to unsubscribe", No),
    c("don't remove this number from the alerts list", No),
    // CANCEL typos as the whole message only; sound-spelled Spanish removals.
    c("cancle", OptOut),
    c("Cancell!", OptOut),
    c("cacnel please", OptOut),
    c("cancle my appointment", No),
    c("cancer", No),
    c("chancel", No),
    c("cancels", No),
    c("sakenme de su lista", OptOut),
    c("Sáquenme de su lista porfa", OptOut),
    c("kitenme de la lista", OptOut),
    c("kiten mi numero de la lista", OptOut),
    c("borrenme de la lista ya", OptOut),
    // Opt-in phrasing, after an explanation clause too.
    c("turn the alerts back on", OptIn),
    c("can you turn my texts back on?", OptIn),
    c("sign me back up for the soccer alerts", OptIn),
    c("sign me back up for texts please", OptIn),
    c("I accidentally replied stop, can you turn the texts back on?", OptIn),
    c("Oops I texted STOP by mistake. Please resume my messages", OptIn),
    c("I didn't mean to text stop, start sending me texts again", OptIn),
    c("je voudrais recevoir à nouveau les messages", OptIn),
    c("recevoir de nouveau les messages svp", OptIn),
    c("vorrei ricevere di nuovo i messaggi", OptIn),
    c("riattivare", OptIn),
    c("riattivare i messaggi per favore", OptIn),
    c("I accidentally texted stop", No),
    c("I accidentally texted stop, stop anyway", OptOut),
    c("turn the lights back on", No),
    c("sign me up for the 5k", No),
    c("don't turn the texts back on", No),
    c("je veux recevoir à nouveau la facture", No),
    // Help with politeness slang.
    c("ayuda porfa", Help),
    c("ayuda porfis", Help),
    c("AYUDA X FAVOR", Help),
    c("hulp graag", Help),
    c("hulp alstublieft", Help),
    c("ajuda pf", Help),
    c("aide stp", Help),
    c("hilfe bitteschön", Help),
    c("aiuto xfavore", Help),
    c("porfa", No),
    c("stp", OptOut),
    c("stop stp", OptOut),
    // "opt out of" / "unsubscribe from" a thing that is not messages.
    c("I'd like to opt out of the field trip", No),
    c("can we opt out of picture day photos", No),
    c("how do I unsubscribe from the survey", No),
    c("please opt my son out of the tournament", No),
    c("My son unsubscribed from the newsletter email but I still want the texts", No),
    c("she unsubscribed from your list", No),
    c("opt out of the field trip texts", OptOut),
    c("unsubscribe me from the survey reminders", OptOut),
    c("opt out of these", OptOut),
    c("unsubscribe from acme", OptOut),
    c("opt out of the marketing", OptOut),
    c("I unsubscribed from the list but still get texts", OptOut),
    // A wish for the texts to go on.
    c("I never want these texts to end", No),
    c("I don't want these alerts to stop", No),
    c("i dont want the reminders to go away", No),
    c("I don't want these texts to keep coming", OptOut),
    c("I don't want these texts anymore", OptOut),
    // Praise after an exclamation.
    c("Stop!! you're too kind", No),
    c("stop it, you're so sweet", No),
    c("Stop!! lol", OptOut),
    c("Stop, you're the best but please stop texting me", OptOut),
    c("Stop please, you've been so kind", OptOut),
    c("I want you to go away", OptOut),
    c("I don't want you to go away", No),
    c("I signed up by mistake unsubscribe me", OptOut),
    c("Oops, I texted stop. Stop anyway please", OptOut),
    c("No more deals. Stop it!", OptOut),
    c("take my number off the soccer list", OptOut),
    c("stop blowin up my phone", OptOut),
    c("I accidentally replied stop can you turn the texts back on", OptIn),
    c("I hit stop by accident, please resume", OptIn),
    c("I texted stop by mistake. Start", OptIn),
    c("I accidentally texted stop. yes", No),
    c("I accidentally signed up. Start?", No),
    c("I accidentally sent stop, please send me the alerts again", OptIn),
    c("I accidentally texted stop, stop texting me", OptOut),
    c("je souhaite recevoir à nouveau vos messages", OptIn),
    // A pronoun for the number after a clause that names it.
    c("Wrong number, please remove it from your list", OptOut),
    c("This is the wrong number. Please remove it from your list.", OptOut),
    c("wrong number please delete it from your list", OptOut),
    c("this is my number, please remove it from your list", OptOut),
    c("this phone isn't mine, erase it from your list", OptOut),
    c("remove this from your list, wrong number", OptOut),
    c("my number changed, please delete it from your system", OptOut),
    c("wrong number take it off your list", OptOut),
    c("remove it from your list", No),
    c("please remove it from my cart", No),
    c("Please remove it from my wish list", No),
    c("I love it, remove it from my cart", No),
    c("wrong number, remove it from my cart", No),
    c("wrong number. don't remove it from your list yet", No),
    c("my number is on the list, can you check it?", No),
    // Resuming inside a polite frame.
    c("I'm ready to start getting texts again", OptIn),
    c("I'd love to start receiving your messages again", OptIn),
    c("can I start getting alerts again?", OptIn),
    c("I want to start getting your texts again", OptIn),
    c("ready to start receiving alerts again", OptIn),
    c("when will I start getting texts again?", No),
    c("I'm not ready to start getting texts again", No),
    c("I'd love to start getting texts again next month", No),
    c("am I ready to start getting texts again?", No),
    c("I love getting your texts", No),
    c("I'd love to start", No),
    c("I'm ready", No),
    c("love it", No),
    c("I'd love to stop getting texts", OptOut),
    // Keeping the transactional ones, stopping the marketing.
    c("keep the appointment reminders but stop the promos", OptOut),
    c("Keep the order updates but stop the marketing", OptOut),
    c("keep alerts about my account but stop sending promos", OptOut),
    c("stop the appointment reminders and the promos", OptOut),
    c("keep the reminders coming", No),
    c("cancel my order", No),
    c("stop my order", No),
    c("when will my order ship", No),
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
    assert_eq!(s("no more sale messages"), Some(Scope::Marketing));
    assert_eq!(s("stop with the marketing"), Some(Scope::Marketing));
    assert_eq!(s("no more promo texts please"), Some(Scope::Marketing));
    assert_eq!(s("no more texts and no more promos"), Some(Scope::All));
    assert_eq!(s("stop texting me and no more promos"), Some(Scope::All));
    assert_eq!(s("mensajes, basta"), Some(Scope::All));
    assert_eq!(s("不要再发广告了"), Some(Scope::Marketing));
    assert_eq!(s("stop bothering me with promos"), Some(Scope::Marketing));
    // "stop those" points back at the promos.
    assert_eq!(s("Don't want the promos anymore, stop those"), Some(Scope::Marketing));
    assert_eq!(s("no more sale offers!! stop them"), Some(Scope::Marketing));
    assert_eq!(s("No more deals. Stop it!"), Some(Scope::Marketing));
    assert_eq!(s("I hate the promos. Stop everything"), Some(Scope::All));
    assert_eq!(s("Stop those. And no more promos"), Some(Scope::All));
    // What the sender asks to keep is left out; a stop that names both stops all.
    assert_eq!(s("keep the appointment reminders but stop the promos"), Some(Scope::Marketing));
    assert_eq!(s("Keep the order updates but stop the marketing"), Some(Scope::Marketing));
    assert_eq!(s("keep my receipts, stop the deals"), Some(Scope::Marketing));
    assert_eq!(s("keep alerts about my account but stop sending promos"), Some(Scope::Marketing));
    assert_eq!(s("I want to keep the order updates but no more deals please"), Some(Scope::Marketing));
    assert_eq!(s("keep the receipts but unsubscribe me from promotional texts"), Some(Scope::Marketing));
    assert_eq!(s("Keep the appointment reminders. Stop the promos."), Some(Scope::Marketing));
    assert_eq!(s("Keep the appointment reminders but stop all texts"), Some(Scope::All));
    assert_eq!(s("stop the promos and the appointment reminders"), Some(Scope::All));
    assert_eq!(s("stop the appointment reminders and the promos"), Some(Scope::All));
    assert_eq!(s("don't keep the reminders but stop the promos"), Some(Scope::All));
    assert_eq!(s("you keep sending reminders and promos stop it all"), Some(Scope::All));
    assert_eq!(s("yes"), None);
    assert_eq!(s("hello"), None);
}

#[test]
fn none_confidence_flags_near_misses() {
    // A message noun with a negative or resume cue but no rule: a person should look.
    for t in ["no more of those blasts to my texts", "texts again?", "my messages never load"] {
        let c = classify(t);
        assert_eq!(c.intent, No, "{t:?}");
        assert!(c.confidence <= 0.5, "{t:?}: {}", c.confidence);
    }
    // Praise after a bare STOP: unsure, for a person.
    assert_eq!(classify("Stop!! you're too kind").confidence, 0.5);
    for t in ["see you at 5", "thanks!", "who is this"] {
        assert!(classify(t).confidence >= 0.9, "{t:?}");
    }
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
    // STOP is shared: the politeness word tells.
    assert_eq!(l("Stop alstublieft"), Some("nl"));
    assert_eq!(l("stop por favor"), Some("es"));
    assert_eq!(l("stop s'il vous plaît"), Some("fr"));
    assert_eq!(l("STOP please"), Some("en"));
    assert_eq!(l("PARE por favor obrigado"), Some("pt"));
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
fn language_from_all_words() {
    let l = |t: &str| classify(t).lang;
    assert_eq!(l("Parem de enviar mensagens, obrigada"), Some("pt"));
    assert_eq!(l("para, obrigado"), Some("pt"));
    assert_eq!(l("Dejen de enviar mensajes, gracias"), Some("es"));
    assert_eq!(l("SMS stop merci"), Some("fr"));
    assert_eq!(l("cancelar, gracias"), Some("es"));
    assert_eq!(l("cancelar, obrigado"), Some("pt"));
    // All-caps English: MESSAGES alone is not French.
    assert_eq!(l("DO NOT WANT THESE MESSAGES PLEASE STOP"), Some("en"));
    assert_eq!(l("I don't want these messages"), Some("en"));
    assert_eq!(l("je ne veux plus recevoir ces messages"), Some("fr"));
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

/// Inputs built to make look-back checks grow with the square of the words (found in
/// review: minutes of CPU before the word cap) get an answer, and a request inside the
/// words read is still found.
#[test]
fn adversarial_long_inputs_get_an_answer() {
    let cases = [
        "不退订".repeat(100_000),
        "no no no no unsubscribe ".repeat(20_000),
        "unsubscribed from ".repeat(20_000),
        "stop. ".repeat(50_000),
        "wrong number remove it ".repeat(20_000),
    ];
    for text in &cases {
        let c = classify(text);
        assert!(c.confidence > 0.0 && c.confidence <= 1.0, "{:?}", c);
    }
    let long = format!("{}please stop texting me", "ok. ".repeat(500));
    assert_eq!(classify(&long).intent, Intent::OptOut);
}

/// Every named guard's example comes out as its row says: intent, rule, scope and language.
#[test]
fn guards_table() {
    use stopgate::classify::learn::GUARDS;
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for g in GUARDS {
        assert!(names.insert(g.name), "guard {} named twice", g.name);
        assert!(!g.langs.is_empty() && !g.what.is_empty(), "guard {} undocumented", g.name);
        let (text, intent, rule, scope, lang) = g.example;
        let c = classify(text);
        let got_scope = c.scope.map_or("", |s| if s == Scope::Marketing { "marketing" } else { "all" });
        let got_lang = c.lang.unwrap_or("");
        if c.intent != intent || c.rule != rule || got_scope != scope || (!lang.is_empty() && got_lang != lang) {
            failures.push(format!(
                "{} ({}): {:?} expected {} {} {:?} {:?}, got {} {} {:?} {:?}",
                g.name,
                g.langs,
                text,
                intent.as_str(),
                rule,
                scope,
                lang,
                c.intent.as_str(),
                c.rule,
                got_scope,
                got_lang
            ));
        }
    }
    assert!(failures.is_empty(), "{} guards failed:\n{}", failures.len(), failures.join("\n"));
}

/// Patterns named in issue 14, with the rule, scope and language each must give.
#[test]
fn issue_14_patterns() {
    type Row = (&'static str, Intent, &'static str, Option<Scope>, Option<&'static str>);
    let rows: &[Row] = &[
        ("text me again and I'm reporting you to the FCC", OptOut, "threat", Some(Scope::All), Some("en")),
        ("kindly refrain from contacting me", OptOut, "refrain", Some(Scope::All), Some("en")),
        ("I never signed up for this", OptOut, "never-signed-up", Some(Scope::All), Some("en")),
        ("🛑", OptOut, "emoji", Some(Scope::All), None),
        ("✋", OptOut, "emoji", Some(Scope::All), None),
        ("top texting me", OptOut, "stop-sending", Some(Scope::All), Some("en")),
        ("dtop", OptOut, "keyword-typo", Some(Scope::All), Some("en")),
        ("unsuscribe", OptOut, "keyword-typo", Some(Scope::All), Some("en")),
        ("Quit. not a customer anymore", OptOut, "keyword-context", Some(Scope::All), Some("en")),
        ("Cancel. I moved", OptOut, "keyword-context", Some(Scope::All), Some("en")),
        ("pls remove this # from ur list ty", OptOut, "remove-me", Some(Scope::All), Some("en")),
        ("stop the daily deal blasts", OptOut, "stop-messages", Some(Scope::Marketing), Some("en")),
        ("no more pledge-drive texts", OptOut, "no-more", Some(Scope::All), Some("en")),
        ("stop the reward-points offers", OptOut, "stop-messages", Some(Scope::Marketing), Some("en")),
        ("quit sending the carpool notices", OptOut, "stop-sending", Some(Scope::All), Some("en")),
        ("stop the coupons, but keep the pickup alerts", OptOut, "stop-messages", Some(Scope::Marketing), Some("en")),
        ("add me back to the texts", OptIn, "resume-messages", None, Some("en")),
        ("turn them back on", OptIn, "resume-messages", None, Some("en")),
        ("I want the boarding alerts again", OptIn, "resume-messages", None, Some("en")),
        ("quiero volver a recibir los avisos", OptIn, "resume-messages", None, Some("es")),
        ("je veux de nouveau les rappels", OptIn, "resume-messages", None, Some("fr")),
        ("ich möchte die Erinnerungen wieder", OptIn, "resume-messages", None, Some("de")),
        ("HELP please, thank you!", Help, "keyword", None, Some("en")),
        ("to stop texts call 0871 123 4567", No, "boilerplate", None, None),
        ("txt STOP to 87239", No, "boilerplate", None, None),
        ("text me when you get off, don't call", No, "none", None, None),
        ("you are not bothering me", No, "none", None, None),
        ("so no messages. had food?", No, "none", None, None),
        ("plz stay with me", No, "none", None, None),
    ];
    let mut failures = Vec::new();
    for &(text, intent, rule, scope, lang) in rows {
        let c = classify(text);
        if c.intent != intent || c.rule != rule || c.scope != scope || (lang.is_some() && c.lang != lang) {
            failures.push(format!("{text:?}: expected {} {rule} {scope:?} {lang:?}, got {} {} {:?} {:?}", intent.as_str(), c.intent.as_str(), c.rule, c.scope, c.lang));
        }
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// The review band: uncertain answers are flagged, sure ones are not; an opt-in the rules
/// read carries the rule's name, never the model's.
#[test]
fn review_band_and_no_model_opt_in() {
    assert!(!classify("STOP").review);
    assert!(!classify("take me off your list").review);
    assert!(classify("Cancel my order").confidence < 0.99);
    for t in ["no more of those blasts to my texts", "texts again?"] {
        assert!(classify(t).review, "{t:?}");
    }
    // Whatever the model reads, an opt-in carries a rule's name, never the model's.
    for t in ["I want the texts again", "resume my texts", "START", "yes", "add me back to the texts", "sign me back up"] {
        let c = classify(t);
        if c.intent == OptIn {
            assert_ne!(c.rule, "learned", "{t:?}");
        }
    }
}

/// The model's own opt-in (a resume the rules have no pattern for) is a suggestion for a
/// person: rule `learned`, no keyword, in the review band, and no consent effect.
#[test]
fn learned_opt_in_is_review_only() {
    use stopgate::consent::{effect, ConsentPolicy, Effect};
    let resumes = [
        "réactivez les alertes vol svp",
        "Proszę włączyć ponownie powiadomienia o locie",
        "I would like the appointment reminders turned back on",
        "chcę znowu dostawać przypomnienia o lekach",
        // The opt-out keyword an accident explains does not block it.
        "mandei SAIR sem querer, quero voltar a receber",
        "me equivoqué al poner ALTO, quiero seguir recibiendo las alertas",
    ];
    let mut learned = 0;
    for t in resumes {
        let c = classify(t);
        if c.rule != "learned" {
            continue;
        }
        learned += 1;
        assert_eq!(c.intent, OptIn, "{t:?}");
        assert!(c.keyword.is_none() && c.review && c.confidence < 0.75, "{t:?}: {c:?}");
        assert!(c.evidence.as_deref().is_some_and(|e| e.starts_with("model opt_in")), "{t:?}: {c:?}");
        for policy in [ConsentPolicy::default(), ConsentPolicy { yes_lifts: true, ..ConsentPolicy::default() }] {
            assert_eq!(effect(&c, &policy), Effect::Nothing, "{t:?}");
        }
    }
    assert!(learned > 0, "none of {resumes:?} reached the model's opt-in: this test no longer exercises it");
    // Never where the reply speaks of stopping, asks a question, or is a bare answer.
    // ("baja de todo…" is an opt-out, which the model may find: what it must never be is an opt-in.)
    for t in [
        "baja de todo, incluyendo los recordatorios",
        "I accidentally signed up. Start?",
        "yes again",
        "help all",
        // Asking when or why a resume comes is not one, with or without the mark.
        "when will the flight alerts turn back on?",
        "kiedy znowu włączycie powiadomienia",
        "warum habt ihr die Erinnerungen wieder aktiviert",
        "物业你好，停水通知收到了，几点恢复？",
    ] {
        let c = classify(t);
        assert!(!(c.rule == "learned" && c.intent == OptIn), "{t:?}: {c:?}");
        assert_ne!(c.intent, OptIn, "{t:?}");
    }
}

/// A whole-message keyword opt-out said between friends ("ya para jajaja") may be vetoed by
/// the model: none, rule `model-veto`, flagged for a person, with the rules' verdict in the
/// evidence. The platform keywords and a keyword with politeness or emphasis stay opt-outs.
#[test]
fn whole_message_keyword_veto() {
    let banter = ["ya para jajaja", "przestań haha", "妈说别再打游戏了"];
    let mut vetoed = 0;
    for t in banter {
        let c = classify(t);
        if c.rule != "model-veto" {
            assert_eq!(c.intent, OptOut, "{t:?}: {c:?}");
            continue;
        }
        vetoed += 1;
        assert_eq!(c.intent, No, "{t:?}");
        assert!(c.review && c.confidence < 0.75 && c.keyword.is_none(), "{t:?}: {c:?}");
        assert!(c.evidence.as_deref().is_some_and(|e| e.starts_with("model none") && e.ends_with("rules said opt_out keyword")), "{t:?}: {c:?}");
    }
    assert!(vetoed >= 2, "only {vetoed} of {banter:?} vetoed: this test no longer exercises the veto");
    for t in ["STOP", "UNSUBSCRIBE", "ＳＴＯＰ", "Stop please", "STOP!!!", "stop stop stop", "baja", "Para ya", "退订", "stop 🛑"] {
        let c = classify(t);
        assert_eq!((c.intent, c.scope), (OptOut, Some(Scope::All)), "{t:?}: {c:?}");
        assert!(!c.review, "{t:?}: {c:?}");
    }
}

/// Past a named guard or a number the model may still find an opt-out, at a higher bar
/// and flagged for review ("Je vous prie de ne plus me contacter sur ce numéro"); never past
/// a negation ("I don't want these alerts to stop").
#[test]
fn past_a_guard() {
    let found = ["Je vous prie de ne plus me contacter sur ce numéro.", "kein Interesse, bitte löschen", "sem interesse, sair"];
    let mut learned = 0;
    for t in found {
        let c = classify(t);
        if c.rule == "learned" {
            learned += 1;
            assert_eq!((c.intent, c.scope), (OptOut, Some(Scope::All)), "{t:?}");
            assert!(c.review && c.confidence <= 0.7, "{t:?}: {c:?}");
        }
    }
    assert!(learned >= 2, "only {learned} of {found:?} promoted past their guard: this test no longer exercises it");
    for t in ["I don't want these alerts to stop", "don't remove this number please", "non smettete di mandare gli avvisi di interruzione, sono utilissimi"] {
        assert_eq!(classify(t).intent, No, "{t:?}");
    }
}

/// A lexicon pass's table row: `(text, intent, rule, lang)` (`lang` checked when given).
type LexRow = (&'static str, Intent, &'static str, Option<&'static str>);

/// The rows of a lexicon table that classify otherwise than they say.
/// Every row classified as it says, or a panic listing the rows that were not.
fn assert_rows(rows: &[LexRow]) {
    let failures = lexicon_failures(rows);
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

fn lexicon_failures(rows: &[LexRow]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(text, intent, rule, lang) in rows {
        let c = classify(text);
        if c.intent != intent || c.rule != rule || (lang.is_some() && c.lang != lang) {
            failures.push(format!("{text:?}: expected {} {rule} {lang:?}, got {} {} {:?}", intent.as_str(), c.intent.as_str(), c.rule, c.lang));
        }
    }
    failures
}

/// Round 8 lexicon pass (en, es, fr, de, pt, it, nl, pl): the paradigms added, each with
/// what it must not take: `(text, intent, rule, lang)`.
#[test]
fn lexicon_round8_western() {
    let rows: &[LexRow] = &[
        // Help: plural information nouns, help-me imperatives, near misses of the help words.
        ("Informationen bitte", Help, "keyword", Some("de")),
        ("HIFLE", Help, "keyword-typo", Some("de")),
        ("aidez-moi", Help, "keyword", Some("fr")),
        ("Informations svp", Help, "keyword", Some("fr")),
        ("AIED", Help, "keyword-typo", Some("fr")),
        ("INFORMAÇÕES", Help, "keyword", Some("pt")),
        ("AJDUA", Help, "keyword-typo", Some("pt")),
        ("aiutami", Help, "keyword", Some("it")),
        ("AIUOT", Help, "keyword-typo", Some("it")),
        ("HLUP", Help, "keyword-typo", Some("nl")),
        ("Informacje proszę", Help, "keyword", Some("pl")),
        ("pmoc", Help, "keyword-typo", Some("pl")),
        ("ayúdenme", Help, "keyword", Some("es")),
        ("hulu", No, "none", None),
        ("aida", No, "none", None),
        ("hulk", No, "none", None),
        ("Hilfe, mein Auto springt nicht an", No, "none", None),
        // Opt-in: the start, activate and subscribe verbs said alone; not "go on", "I accept" or a verb in a sentence.
        ("DÉMARRER", OptIn, "keyword", Some("fr")),
        ("Réabonnement", OptIn, "keyword", Some("fr")),
        ("ABONNIEREN", OptIn, "keyword", Some("de")),
        ("VOLTAR", OptIn, "keyword", Some("pt")),
        ("ATTIVA", OptIn, "keyword", Some("it")),
        ("ACTIVEREN", OptIn, "keyword", Some("nl")),
        ("AKTYWUJ", OptIn, "keyword", Some("pl")),
        ("SIM aceito!!! 💍", No, "none", None),
        ("Weiter?", No, "none", None),
        ("continua a piovere", No, "none", None),
        ("voltar pra casa", No, "none", None),
        ("reprise du travail lundi", No, "none", None),
        ("ne pas démarrer", No, "none", None),
        // Taken off a photo, a thread or a shift is not taken off a list of messages.
        ("quítame la etiqueta de esa foto porfa, salgo fatal", No, "none", None),
        ("toglimi dalla copia di quel thread, lo ricevo già", No, "none", None),
        ("sacame del turno del domingo que no estoy", No, "none", None),
        ("quítame de la lista", OptOut, "remove-me", Some("es")),
        ("toglimi dalla lista", OptOut, "remove-me", Some("it")),
    ];
    assert_rows(rows);
}

/// Round 8, lexicon paradigms in ru, zh, ja, ko and hi: `(text, intent, language, rule)`; a
/// `None` language or rule is not checked.
const ROUND8_ASIA_RU: &[(&str, Intent, Option<&str>, Option<&str>)] = &[
    // Help words and their styling: imperative, misspellings, transliterations, the polite 요,
    // greetings around them.
    ("помогите", Help, Some("ru"), Some("keyword")),
    ("Добрый день, помогите пожалуйста", Help, Some("ru"), Some("keyword")),
    ("помошь", Help, Some("ru"), Some("keyword")),
    ("pomosh", Help, Some("ru"), Some("keyword")),
    ("помогите мне с переездом в субботу", No, None, None),
    ("客服", Help, Some("zh"), Some("keyword")),
    ("需要帮助，麻烦了", Help, Some("zh"), Some("keyword")),
    ("帮组", Help, Some("zh"), Some("keyword")),
    ("晚上好，咨询，先谢谢了", Help, Some("zh"), Some("keyword")),
    ("昨天给客服打了电话，都解决了", No, None, None),
    ("へるぷ", Help, Some("ja"), Some("keyword")),
    ("へるぷお願いします", Help, Some("ja"), Some("keyword")),
    ("お問い合わせ", Help, Some("ja"), Some("keyword")),
    ("問い合わせの件、解決しました。ありがとう", No, None, None),
    ("헬프", Help, Some("ko"), Some("keyword")),
    ("안녕! 헬프요", Help, Some("ko"), Some("keyword")),
    ("도움이 필요해요 감사합니다", Help, Some("ko"), Some("keyword")),
    ("HELP요", Help, Some("ko"), Some("keyword")),
    ("문의", Help, Some("ko"), Some("keyword")),
    ("सहायता", Help, Some("hi"), Some("keyword")),
    ("नमस्ते, सहायता चाहिए, धन्यवाद", Help, Some("hi"), Some("keyword")),
    ("sahayata", Help, Some("hi"), Some("keyword")),
    ("jaankari", Help, Some("hi"), Some("keyword")),
    ("shaadi ki jaankari mil gayi", No, None, None),
    // 够了 (enough): alone or in a clause of its own, or after a message noun; not "ate enough", fed up with the week, laughing.
    ("够了", OptOut, Some("zh"), Some("keyword")),
    ("够了，不要再发消息", OptOut, Some("zh"), None),
    ("短信够了", OptOut, Some("zh"), None),
    ("受够了", OptOut, Some("zh"), Some("keyword")),
    ("今天糖吃够了", No, None, None),
    ("这周真是受够了", No, None, None),
    ("够了够了笑死", No, None, None),
    ("够用了，谢谢", No, None, None),
    ("sahayata ke liye shukriya dost", No, None, None),
    // Russian opt-outs: enough of + genitive, message nouns in every case, informal imperative,
    // misspellings, transliteration, СТОП on a Latin layout, fillers; отпишись ("text me") is not one.
    ("хватит рекламы", OptOut, Some("ru"), Some("keyword-of")),
    ("выключить оповещения", OptOut, Some("ru"), Some("stop-messages")),
    ("без уведомлений", OptOut, Some("ru"), Some("no-more")),
    ("отказ от рассылки", OptOut, Some("ru"), None),
    ("Прошу больше не беспокоить меня по этому номеру", OptOut, Some("ru"), None),
    ("отписатся", OptOut, Some("ru"), Some("keyword")),
    ("otpishite menya pls", OptOut, Some("ru"), None),
    ("cnjg", OptOut, Some("ru"), Some("keyword")),
    ("stop spasibo", OptOut, None, Some("keyword")),
    ("СТОП СЕЙЧАС ЖЕ", OptOut, None, Some("keyword")),
    ("отпишись, как долетишь", No, None, None),
    ("всё, хватит, я наелся", No, None, None),
    ("хватит ржать", No, None, None),
    ("да пж", No, None, None),
    // Japanese: やめて laughing at a friend, and the negated unsubscribe verb, are not opt-outs.
    ("やめてw", No, None, None),
    ("やめてよw", No, None, None),
    ("もうやめてwww", No, None, None),
    ("やめて笑い死ぬ", No, None, None),
    ("解除しないでください、通知は必要です", No, None, None),
    ("配信停止にしないでください", No, None, None),
    ("やめてください", OptOut, Some("ja"), None),
    ("配信停止", OptOut, Some("ja"), Some("keyword")),
    ("문의했던 거 해결됐어요 고마워요", No, None, None),
];

#[test]
fn round8_asia_ru() {
    let mut failures = Vec::new();
    for &(text, intent, lang, rule) in ROUND8_ASIA_RU {
        let got = classify(text);
        if got.intent != intent || lang.is_some_and(|l| got.lang != Some(l)) || rule.is_some_and(|r| got.rule != r) {
            failures.push(format!("{text:?}: expected {} {lang:?} {rule:?}, got {} {:?} {}", intent.as_str(), got.intent.as_str(), got.lang, got.rule));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), ROUND8_ASIA_RU.len(), failures.join("\n"));
}

/// Round 9, lexicon paradigms in en, es, fr, de, pt, it, nl and pl: the unsubscribe and
/// revoke words said alone, consent taken back, threats naming a regulator, and the words
/// the model's gate needs (`reads`: the learned model may look at the reply at all).
#[test]
fn lexicon_round9_western() {
    let rows: &[LexRow] = &[
        // The unsubscribe and revoke nouns and verbs said alone, or in the first person.
        ("Abmeldung", OptOut, "keyword", Some("de")),
        ("ABMELDUNG bitte", OptOut, "keyword", Some("de")),
        ("WIDERRUF", OptOut, "keyword", Some("de")),
        ("widerrufen", OptOut, "keyword", Some("de")),
        ("afmelding", OptOut, "keyword", Some("nl")),
        ("desabo", OptOut, "keyword", Some("fr")),
        ("Révoquer", OptOut, "keyword", Some("fr")),
        ("REVOCAR", OptOut, "keyword", Some("es")),
        ("REVOGAR", OptOut, "keyword", Some("pt")),
        ("revoca", OptOut, "keyword", Some("it")),
        ("FERMATEVI", OptOut, "keyword", Some("it")),
        ("Disdetta. Ho traslocato", OptOut, "keyword", Some("it")),
        ("Unenroll", OptOut, "keyword", Some("en")),
        ("unscribe", OptOut, "keyword", Some("en")),
        ("como me desuscribo??", OptOut, "keyword-in-sentence", Some("es")),
        ("bájame porfa", OptOut, "keyword", Some("es")),
        ("descadastro", OptOut, "keyword", Some("pt")),
        // ... and not the same words about something else.
        ("Abmeldung jederzeit mit STOP an 33333", No, "none", None),
        ("Der Widerruf kam per Post", No, "none", None),
        ("revocar el poder notarial", No, "none", None),
        ("fermatevi al civico 12, non al 14", No, "none", None),
        ("bájame el volumen", No, "none", None),
        // Consent taken back, a complaint to a regulator.
        ("Ik trek mijn toestemming in", OptOut, "revoke-consent", Some("nl")),
        ("toestemming intrekken", OptOut, "revoke-consent", Some("nl")),
        ("ik trek die hitte niet meer", No, "none", None),
        ("Ich mache eine Beschwerde beim Datenschutzbeauftragten, wenn das nicht aufhört", OptOut, "threat", Some("de")),
        ("In mancanza di interruzione immediata, procederò con segnalazione formale al Garante.", OptOut, "threat", Some("it")),
        ("je ne veux plus recevoir les notifs", OptOut, "dont-want", Some("fr")),
        // Words left out of the gate classes: a lift, an alarm clock, a consumer office, "d'accord".
        ("kom je me halen?", No, "none", None),
        ("ich gehe zur Verbraucherzentrale, wenn die Gebühr nicht erstattet wird", No, "none", None),
        ("d'accord pour demain", No, "none", None),
        // Driving, between friends: a schedule, not a stop.
        ("geen berichtjes, ik rij, bel je straks", No, "none", None),
        ("geen berichtjes meer", OptOut, "no-more", Some("nl")),
    ];
    let mut failures = lexicon_failures(rows);
    // The model reads these (a word with a gate class), and not those.
    let reads: &[(&str, bool)] = &[
        ("Uprzejmie proszę o zaprzestanie kontaktu pod tym numerem.", true),
        ("Proszę o usunięcie moich danych", true),
        ("dajcie mi wreszcie spokój z tymi smsami", true),
        ("Bitte nehmen Sie mich aus dem Gemeindeverteiler", true),
        ("Kontostand-Warnungen abstellen", true),
        ("graag van de verzendlijst halen", true),
        ("notificaties weer aan graag", true),
        ("Je n'ai jamais donné mon accord", true),
        ("n'envoyez plus rien", true),
        ("non voglio più i vostri aggiornamenti", true),
        ("ya párenle con los mensajitos", true),
        ("não tenho interesse, não me procurem mais", true),
        ("só o rastreio. Sem anúncio.", true),
        ("kom je me halen?", false),
        ("d'accord pour demain", false),
        ("ik trek die hitte niet meer", false),
    ];
    for &(text, want) in reads {
        if stopgate::classify::learn::analyse(text).reads != want {
            failures.push(format!("{text:?}: expected reads={want}"));
        }
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// Round 9 lexicon pass (its second stop), zh ja ko hi: carrier keywords as people type them (China's "回T退订",
/// its pinyin and homophone typos; ていし / teishi; the Korean initials and typos of 수신거부, STOP
/// with 요; Hindi स्टॉप, DND, "rok do"), the words the patterns need (stop, turn-off, delete and
/// refrain verbs, the Korean number), and look-alikes between friends that stay none.
const LEXICON_ROUND9_ASIA: &[LexRow] = &[
    // Chinese.
    ("T", OptOut, "keyword", Some("zh")),
    ("t。", OptOut, "keyword", Some("zh")),
    ("T?", No, "none", None),
    ("T D", OptOut, "keyword", Some("zh")),
    ("Ｔ Ｄ", OptOut, "keyword", Some("zh")),
    ("tuiding", OptOut, "keyword", Some("zh")),
    ("腿订", OptOut, "keyword", Some("zh")),
    ("退顶", OptOut, "keyword", Some("zh")),
    ("退出", OptOut, "keyword", Some("zh")),
    ("勿扰", OptOut, "keyword", Some("zh")),
    ("不要骚扰我", OptOut, "keyword-in-sentence", Some("zh")),
    ("别骚扰了！", OptOut, "keyword", Some("zh")),
    ("屏蔽短信", OptOut, "no-more", Some("zh")),
    ("停发短信", OptOut, "no-more", Some("zh")),
    ("别传了", OptOut, "dont-text", Some("zh")),
    ("抱歉刚开了勿扰模式", No, "none", None),
    ("我退出家长群了，消息太多", No, "none", None),
    ("退出游戏了", No, "none", None),
    ("屏蔽他吧，烦死了", No, "none", None),
    ("T恤", No, "none", None),
    ("停发工资了", No, "none", None),
    // Japanese.
    ("ていし", OptOut, "keyword", Some("ja")),
    ("て い し", OptOut, "keyword", Some("ja")),
    ("teishi", OptOut, "keyword", Some("ja")),
    ("haishin teishi", OptOut, "keyword", Some("ja")),
    ("かいじょ", OptOut, "keyword", Some("ja")),
    ("止めて", OptOut, "keyword", Some("ja")),
    ("しつこい！止めて！", OptOut, "keyword", Some("ja")),
    ("SMSは止めてください", OptOut, "keyword", Some("ja")),
    ("通知オフにして", OptOut, "keyword", Some("ja")),
    ("解約します、引っ越したので", OptOut, "keyword", Some("ja")),
    ("もう送らなくていいです", OptOut, "dont-text", Some("ja")),
    ("もう何も送らんでええよ", OptOut, "dont-text", Some("ja")),
    ("そこで止めて", No, "none", None),
    ("息止めて笑", No, "none", None),
    ("グループ通知オフにして、勉強中", No, "none", None),
    ("今すぐ行く", No, "none", None),
    // Korean.
    ("ㅅㅅㄱㅂ", OptOut, "keyword", Some("ko")),
    ("ㅅㅌㅍ", OptOut, "keyword", Some("ko")),
    ("수신겨부", OptOut, "keyword", Some("ko")),
    ("수신거브", OptOut, "keyword", Some("ko")),
    ("susin geobu", OptOut, "keyword", Some("ko")),
    ("tntlsrjqn", OptOut, "keyword", Some("ko")),
    ("거부요", OptOut, "keyword", Some("ko")),
    ("거부합니다", OptOut, "keyword", Some("ko")),
    ("STOP요", OptOut, "keyword", Some("ko")),
    ("ＳＴＯＰ해주세요", OptOut, "keyword", Some("ko")),
    ("제발 그만", OptOut, "keyword", Some("ko")),
    ("번호 지워주세요", OptOut, "remove-me", Some("ko")),
    ("앞으로 이 번호로 연락하지 말아 주시기 바랍니다.", OptOut, "dont-text", Some("ko")),
    ("더 이상 수신을 원하지 않습니다", OptOut, "dont-text", Some("ko")),
    ("관심 없습니다 다시는 연락 마세요", OptOut, "dont-text", Some("ko")),
    ("꺼져", OptOut, "leave-me-alone", Some("ko")),
    ("알림 끄기", OptOut, "stop-it", Some("ko")),
    ("그 사진 지워줘 제발", No, "none", None),
    ("카풀 명단에서 나 빼줘", No, "none", None),
    ("제발 와줘", No, "none", None),
    ("친구 요청 거부했어", No, "none", None),
    ("거부할 수 없는 제안", No, "none", None),
    ("꺼져 ㅋㅋ", No, "banter", None),
    // Hindi.
    ("स्टॉप", OptOut, "keyword", Some("hi")),
    ("DND", OptOut, "keyword", Some("hi")),
    ("rok do", OptOut, "keyword", Some("hi")),
    ("BAND KARO ABHI", OptOut, "keyword", Some("hi")),
    ("मेसेज बंद करो", OptOut, "keyword", Some("hi")),
    ("STOP bhai", OptOut, "keyword", None),
    ("stop stop samajh gaya bhai lol", No, "none", None),
    ("bhai abhi aa raha hu", No, "none", None),
    ("rok do gaadi yahan", No, "none", None),
    ("dnd mode on hai", No, "none", None),
];

#[test]
fn lexicon_round9_asia() {
    assert_rows(LEXICON_ROUND9_ASIA);
}

/// Round 9's opt-in forms: CONTINUE said alone in it/nl/ru/ja/ko/zh/hi, YES with "I want", "gladly",
/// "I agree", "I wish to" or a thumbs-up; and their look-alikes, which stay none.
const OPT_IN_ROUND9: &[LexRow] = &[
    ("Continua", OptIn, "keyword", Some("it")),
    ("Doorgaan", OptIn, "keyword", Some("nl")),
    ("Продолжить", OptIn, "keyword", Some("ru")),
    ("jaari rakhen", OptIn, "keyword", Some("hi")),
    ("続ける", OptIn, "keyword", Some("ja")),
    ("계속", OptIn, "keyword", Some("ko")),
    ("继续", OptIn, "keyword", Some("zh")),
    ("sí quiero", OptIn, "keyword", Some("es")),
    ("oui je veux", OptIn, "keyword", Some("fr")),
    ("tak chcę", OptIn, "keyword", Some("pl")),
    ("да хочу", OptIn, "keyword", Some("ru")),
    ("네 동의합니다", OptIn, "keyword", Some("ko")),
    ("はい、希望します", OptIn, "keyword", Some("ja")),
    ("是的 👍", OptIn, "keyword", Some("zh")),
    ("예 👍", OptIn, "keyword", Some("ko")),
    // Look-alikes: more than the yes and the want, a question, a refusal, "what next?".
    ("sí quiero ir al cine contigo", No, "none", None),
    ("yes I want the blue one", No, "none", None),
    ("continua a raccontare, poi?", No, "none", None),
    ("Weiter?", No, "none", None),
    ("不同意", No, "none", None),
    ("oui merci", No, "none", None),
];

#[test]
fn opt_in_round9() {
    assert_rows(OPT_IN_ROUND9);
}

/// Round 11's lexicon pass, from the misses of 39 writers out of writer: deactivate verbs
/// (es/pt/fr/de/nl/it), threats in ru and ja (where the authority comes first), never signed
/// up in de/pl/hi, "je me désinscris", the Traditional and Cantonese don't-send-again, and
/// Korean ads left out; each with what it must not take.
#[test]
fn lexicon_round11() {
    let rows: &[LexRow] = &[
        ("desativar sms", OptOut, "stop-messages", Some("pt")),
        ("desactiva las notificaciones", OptOut, "stop-messages", Some("es")),
        ("désactivez les alertes svp", OptOut, "stop-messages", Some("fr")),
        ("буду жаловаться в Роскомнадзор", OptOut, "threat", Some("ru")),
        ("消費者センターに相談します", OptOut, "threat", Some("ja")),
        ("これ以上送ってきたら総務省に苦情を入れます", OptOut, "threat", Some("ja")),
        ("ich hab mich nie dafür angemeldet", OptOut, "never-signed-up", Some("de")),
        ("nigdy się na to nie zapisywałam", OptOut, "never-signed-up", Some("pl")),
        ("maine kabhi register nahi kiya", OptOut, "never-signed-up", Some("hi")),
        ("comment je me désinscris ?", OptOut, "keyword-in-sentence", Some("fr")),
        // Round 14: 简讯 (traditional 簡訊, folded) is a message word now (the traditional spellings
        // in the lexicon could never match), so the keyword is read inside a sentence about messages.
        ("別再傳簡訊給我", OptOut, "keyword-in-sentence", Some("zh")),
        ("唔好再send嘢俾我", OptOut, "keyword", Some("zh")),
        // Look-alikes: a phone switched off, an account closed, a visit to the police told.
        ("vou desligar o celular, te mando msg depois", No, "none", None),
        ("desativar a conta do netflix", No, "none", None),
        ("警察に相談したよ", No, "none", None),
        ("엄마 광고는 봤어?", No, "none", None),
    ];
    assert_rows(rows);
}

/// Round 12: a one-word stop laughed at out loud is banter between friends (a reaction, none at 0.5);
/// annoyance after one stays a stop. A service cancelled with its name before the verb (German and
/// Korean put the verb last) is not about messages.
#[test]
fn lexicon_round12() {
    let rows: &[LexRow] = &[
        ("smettila 😂😂", No, "banter", None),
        ("хватит 🤣", No, "banter", None),
        ("przestań 😂", No, "banter", None),
        ("stop 🙄", OptOut, "keyword", Some("en")),
        ("BAJA 🛑", OptOut, "keyword", Some("es")),
        ("muss noch den Strom in der alten Wohnung abmelden", No, "none", None),
        ("전에 살던 집 인터넷 해지해야 돼", No, "none", None),
        ("bitte meine Nummer abmelden", OptOut, "keyword-in-sentence", Some("de")),
    ];
    assert_rows(rows);
}

/// Round 13, from the misses of zp and zq (the twelfth freeze's pair, now in train): agreement said
/// to a consent prompt opts in as an answer word; a yes stretched by one letter is a yes; German's
/// go-on word alone opts in, asked it does not; "more information" in the cases the nominative
/// keyword missed is help. And what stays none: a proposal accepted, agreement with a person,
/// a consent form, a stretched word in a sentence.
#[test]
fn lexicon_round13() {
    let rows: &[LexRow] = &[
        ("Sí, acepto", OptIn, "keyword", Some("es")),
        ("oui j'accepte", OptIn, "keyword", Some("fr")),
        ("Ja, ich stimme zu", OptIn, "keyword", Some("de")),
        ("ja ik ga akkoord", OptIn, "keyword", Some("nl")),
        ("tak, zgadzam się", OptIn, "keyword", Some("pl")),
        ("да, согласен", OptIn, "keyword", Some("ru")),
        ("同意します", OptIn, "keyword", Some("ja")),
        ("동의합니다", OptIn, "keyword", Some("ko")),
        ("yess", OptIn, "keyword", Some("en")),
        ("ouii", OptIn, "keyword", Some("fr")),
        ("weiter", OptIn, "keyword", Some("de")),
        ("więcej informacji proszę", Help, "keyword", Some("pl")),
        ("больше информации пожалуйста", Help, "keyword", Some("ru")),
        ("请提供更多信息", Help, "keyword", Some("zh")),
        ("詳しい情報をお願いします", Help, "keyword", Some("ja")),
        ("자세한 안내 부탁드립니다", Help, "keyword", Some("ko")),
        // Look-alikes.
        ("Sí acepto 💍😭 no puedo parar de llorar", No, "none", None),
        ("acepto el reto, nos vemos a las 8", No, "none", None),
        ("ich stimme dir zu, der Film war zu lang", No, "none", None),
        ("同意书签好了", No, "none", None),
        ("Weiter?", No, "none", None),
        ("yess we won the game", No, "none", None),
        ("startt", No, "none", None),
    ];
    assert_rows(rows);
}

/// A lexicon row that also names the scope: text, intent, rule, language, scope.
type ScopedRow = (&'static str, Intent, &'static str, Option<&'static str>, Option<Scope>);

/// Every row classified as it says, scope included, or a panic listing the rows that were not.
fn assert_scoped_rows(rows: &[ScopedRow]) {
    let mut failures = Vec::new();
    for &(text, intent, rule, lang, scope) in rows {
        let c = classify(text);
        if c.intent != intent || c.rule != rule || (lang.is_some() && c.lang != lang) || c.scope != scope {
            failures.push(format!("{text:?}: expected {} {rule} {lang:?} {scope:?}, got {} {} {:?} {:?}", intent.as_str(), c.intent.as_str(), c.rule, c.lang, c.scope));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

/// Round 13's second lexicon pass, with the scope each row must carry: the formal want in Russian,
/// German's "Mitteilungen" and its reflexive "melde ich mich ab", the French wish before its
/// negation, Chinese "不再接收", Polish, Japanese and Korean marketing nouns, a "no" after the
/// marketing noun. And what stays none: a "нет" about messages that did not come, a French wish
/// about someone, a German sign-off from work.
#[test]
fn lexicon_round13_scoped() {
    let all = Some(Scope::All);
    let mkt = Some(Scope::Marketing);
    let rows: &[ScopedRow] = &[
        ("Не желаю получать СМС", OptOut, "dont-want", Some("ru"), all),
        ("Keine Mitteilungen mehr bitte", OptOut, "no-more", Some("de"), all),
        ("wie melde ich mich ab??", OptOut, "keyword-in-sentence", Some("de"), all),
        ("Je souhaite ne plus recevoir de SMS", OptOut, "keyword-in-sentence", Some("fr"), all),
        ("Je souhaite ne plus être contacté par SMS", OptOut, "keyword-in-sentence", Some("fr"), all),
        ("本人不再接收短信", OptOut, "keyword-in-sentence", Some("zh"), all),
        ("basta con sti messaggi", OptOut, "no-more", Some("it"), all),
        ("Angebote nein, danke", OptOut, "no-more", Some("de"), mkt),
        ("скидки нет, спасибо", OptOut, "no-more", Some("ru"), mkt),
        ("お得情報は不要です", OptOut, "keyword-in-sentence", Some("ja"), mkt),
        ("프로모션 문자 그만 보내세요", OptOut, "keyword-in-sentence", Some("ko"), mkt),
        // Read as a resume by the model until "anulować" was a cancel verb (the thirteenth freeze's
        // one false opt-in to a business, found after it was measured).
        ("Chcę anulować subskrypcję", OptOut, "cancel-subscription", Some("pl"), all),
        // Look-alikes.
        ("сообщений нет уже неделю", No, "none", None, None),
        ("je souhaite ne plus le voir", No, "none", None, None),
        ("chcę anulować subskrypcję Netflixa", No, "none", None, None),
    ];
    assert_scoped_rows(rows);
}

/// Round 14: a negation right before a verb of its own ("no vendo mi casa") does not reach the
/// stop or remove that follows, unless the stop is that verb's infinitive; a thing of no message
/// class after a bare send verb ("para de me mandar reels") is what is sent between people, while
/// "stuff" ("coisa", "roba") from a business is messages; Hangul STOP, Italian "cancellarmi",
/// Chinese 取消 with a kind of message, Russian "смски", Hindi "खबरें". Scope `all` on every opt-out.
#[test]
fn lexicon_round14() {
    let all = Some(Scope::All);
    let rows: &[ScopedRow] = &[
        ("no vendo mi casa borren mi numero", OptOut, "remove-me", Some("es"), all),
        ("nie sprzedaję mieszkania usuńcie mój numer", OptOut, "remove-me", Some("pl"), all),
        ("NON VOTO PER VOI SMETTETE DI MANDARMI MESSAGGI", OptOut, "stop-sending", Some("it"), all),
        ("스톱", OptOut, "keyword", Some("ko"), all),
        ("come faccio a cancellarmi da questi sms", OptOut, "remove-me", Some("it"), all),
        ("我要取消短信通知", OptOut, "stop-messages", Some("zh"), all),
        ("Хватит слать смски", OptOut, "stop-sending", Some("ru"), all),
        ("para de me mandar coisa!!!! 😡", OptOut, "stop-sending", None, all),
        ("ma la smettete di mandarmi roba!!!! 😡", OptOut, "stop-sending", Some("it"), all),
        ("फिर से खबरें भेजिए", OptIn, "resume-messages", Some("hi"), None),
        // The fourteenth freeze's one false opt-in by a rule, found after it was measured.
        ("dnt txt me again", OptOut, "dont-text", Some("en"), all),
        // Look-alikes: the negation reaches an infinitive; content sent between friends.
        ("I'm not trying to unsubscribe, I just want fewer texts. Is there a setting?", No, "none", None, None),
        ("apka nie pozwala mi się wypisać z kursu, wiesz jak?", No, "none", None, None),
        ("przestań mi wysyłać tiktoki o 3 w nocy", No, "none", None, None),
        ("smettila di mandarmi audio da 5 minuti", No, "none", None, None),
    ];
    assert_scoped_rows(rows);
}

/// Round 16: laughter holds the model back without blocking it. A request to a business with a
/// laugh in it ("No more Valentine's promos please, I'm single now 😂") is an opt-out the model
/// finds past the laughter, at its past-guard bar, for review (rule `learned`, at most 0.7); a
/// laughing stop between friends stays `banter`.
#[test]
fn banter_round16() {
    let mkt = Some(Scope::MARKETING);
    let rows: &[ScopedRow] = &[
        ("No more Valentine's promos please, I'm single now 😂", OptOut, "learned", Some("en"), mkt),
        ("Keine Valentinstags-Werbung mehr bitte, bin Single 😂", OptOut, "learned", Some("de"), mkt),
        ("stop sending me car deals, I already bought one lol", OptOut, "learned", Some("en"), mkt),
        ("quit it 😂", No, "banter", None, None),
        ("omg stop 😂😂", No, "banter", None, None),
        ("lol stop texting me about the game", No, "banter", None, None),
    ];
    assert_scoped_rows(rows);
    for &(text, ..) in rows.iter().filter(|r| r.1 == OptOut) {
        let c = classify(text);
        assert!(c.review && c.confidence <= 0.7 && c.keyword.is_none(), "{text:?}: past laughter the model's opt-out is for review: {c:?}");
    }
}

/// Round 16: a prohibitive after the keyword, where Korean and Hindi put it ("수신거부 하지 마세요",
/// "해지 말고", "unsubscribe mat karna": don't opt out) is no opt-out; found in 24 replies of 17
/// writers in train, every one `none`. The keyword alone, asked for, or with "don't send" after a
/// comma stays a stop.
#[test]
fn prohibitive_round16() {
    let all = Some(Scope::ALL);
    let rows: &[ScopedRow] = &[
        ("수신거부 하지 마세요, 알림 필요해요", No, "none", None, None),
        ("해지하지 말아주세요 요금제만 바꾸고 싶어요", No, "none", None, None),
        ("해지 말고 일시정지 되나요?", No, "none", None, None),
        ("unsubscribe mat karna, alerts chahiye", No, "none", None, None),
        ("मुझे अनसब्सक्राइब मत करना, अलर्ट चाहिए", No, "none", None, None),
        ("수신거부 해주세요", OptOut, "keyword", Some("ko"), all),
        ("unsubscribe karo", OptOut, "keyword", Some("en"), all),
        ("please unsubscribe me, mat bhejo", OptOut, "keyword-in-sentence", Some("en"), all),
        ("광고 문자 수신거부 할게요", OptOut, "keyword-in-sentence", Some("ko"), Some(Scope::MARKETING)),
        // Not any word in 말 after it: "I said opt out!" is a stop.
        ("수신거부 말했잖아요", OptOut, "keyword-in-sentence", Some("ko"), all),
        ("수신거부 말씀드렸는데 또 오네요", OptOut, "keyword-in-sentence", Some("ko"), all),
    ];
    assert_scoped_rows(rows);
}

/// Round 11's learned opt-ins: a resume verb that names the messages by itself, two words at the
/// near-miss bar, a plural kind of message after "send me the"; each a suggestion for review
/// (rule `learned`, confidence at most 0.7), never consent. And what stays none: a resume verb
/// with an object of its own, a resend, one message deleted, a consent form.
#[test]
fn opt_in_round11() {
    let rows: &[LexRow] = &[
        ("errore, riattiva", OptIn, "learned", Some("it")),
        ("再開希望", OptIn, "learned", Some("ja")),
        ("Claro, suscríbanme", OptIn, "learned", Some("es")),
        ("Send me the appointment reminders again please", OptIn, "learned", Some("en")),
        ("reactiva mi cuenta", No, "none", None),
        ("send me the texts again", No, "none", None),
        ("please delete my last message", No, "none", None),
        ("Consent form is signed", No, "none", None),
    ];
    assert_rows(rows);
    for &(text, intent, _, _) in rows.iter().filter(|r| r.1 == OptIn) {
        let c = classify(text);
        assert!(c.review && c.confidence <= 0.7 && c.keyword.is_none(), "{text:?}: a learned opt-in is for review: {c:?}");
        assert_eq!(c.intent, intent);
    }
}
