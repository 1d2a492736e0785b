oa retail | STOP dziękuję
oa retail | koniec
oa telecom | wypisz
oa bank | Rezygnuję
oa app | anuluj
oa political | przestańcie pisać, nawet nie mieszkam w tym okręgu
oa retail | nie chcę więcej smsów
oa pharmacy | Proszę nie wysyłać mi więcej wiadomości
oa restaurant | usuńcie mój numer
oa gym | jak się wypisać??
oa telecom | PRZESTAŃCIE MI WYSYŁAĆ SMS!!! zgłoszę to do UOKiK
oa bank | Szanowni Państwo, uprzejmie proszę o zaprzestanie wysyłania wiadomości SMS na ten numer. Z poważaniem, Jan Kowalski
oa school | pomyłka, proszę usunąć ten numer z listy
oa delivery | Zły numer. Proszę przestać pisać
oa retail | sotp prosze
oa retail | stooop kurde
oa app | S T O P  prosze
oa church | Proszę nie przysyłać więcej wiadomości, Szczęść Boże
oa political | codziennie sms, mam dość, przestańcie
oa charity | już wpłaciłam, proszę mnie wykreślić z listy
oa clinic | To był telefon mojego taty, zmarł. Proszę nie wysyłać więcej wiadomości.
oa app | dajcie mi spokój, bez smsów
oa retail | wypiszcie mnie stąd
oa airline | Nie chcę otrzymywać SMS-ów
oa utility | rezygnacja z sms
oa gym | zrezygnowałem z karnetu 3 miesiące temu, przestańcie pisać
oa retail | weźcie już przestańcie, serio
oa telecom | ja nie chcieć wiadomość, prosze stop
oa app | wypisz mnie!!!
oa retail | nie pisać więcej
om retail | bez reklam proszę, tylko info o zamówieniach
om telecom | stop reklamom
om bank | Bez SMS-ów promocyjnych, alerty bezpieczeństwa mogą być
om restaurant | nie wysyłajcie więcej kuponów
om airline | bez ofert, ale info o lotach zostawcie
om pharmacy | tylko dajcie znać jak recepta gotowa, bez reklam
om app | wypisz mnie z newslettera, reszta ok
i retail | START proszę
i telecom | TAK
i school | tak, poproszę
i app | wznów
i pharmacy | chcę znowu dostawać smsy
i bank | zapisz mnie
i gym | proszę znowu wysyłać przypomnienia o zajęciach
i retail | wypisałam się przez przypadek, zapiszcie mnie z powrotem
i church | Tak, chcę otrzymywać cotygodniowe wiadomości
i clinic | chciałbym znowu dostawać przypomnienia, dziękuję
i delivery | kontynuuj
i retail | takk
i utility | włącz ponownie
h retail | POMOCY
h bank | pomoc proszę
h telecom | pomocy dziękuję
h app | pomocy co to jest
h pharmacy | info poproszę
h utility | POMOCY!! nic nie rozumiem
h school | więcej informacji proszę
h airline | pomoc
n retail | czy w niedzielę jest otwarte?
n restaurant | mogę wpaść o 18 odebrać?
n clinic | Muszę odwołać wizytę we wtorek, coś mi wypadło
n pharmacy | nie dam rady odebrać, mogę anulować?
n gym | o której zaczyna się spinning
n school | o której kończy się wycieczka?
n airline | czy mój lot jest odwołany??
n delivery | paczka nigdy nie dotarła
n delivery | proszę zostawić w paczkomacie
n bank | to nie ja zrobiłem ten zakup, proszę zadzwonić
n retail | Dziękuję!
n retail | dzięki wielkie, super
n restaurant | 👍🏿
n app | Polubiono „Wyprzedaż do północy! Odpisz STOP aby zrezygnować"
n political | trzeba zatrzymać tę ustawę, jestem z wami
n charity | nie przestawajcie pisać o psiakach ze schroniska
n school | proszę nie wyłączać alertów o odwołanych lekcjach
n telecom | czemu rachunek jest taki wysoki
n utility | dalej nie ma prądu na Kwiatowej
n retail | jest w rozmiarze 38?
n retail | kto to?
n pharmacy | okej
n clinic | będę
n school | Zosia dziś nie przyjdzie, ma gorączkę
n delivery | jest doręczone a nic nie ma
n bank | to oszustwo?
n retail | wnuczek mi ustawił ten telefon, nie umiem otworzyć linku
n gym | chcę zrezygnować z karnetu, co mam przynieść?
n clinic | tak, będę o 15
n app | nie chcę się wypisywać, po prostu nie mogę się zalogować
n delivery | proszę się zatrzymać przy tylnej bramie, z przodu jest pies
n restaurant | stolik dla 4 osób na 19:30 proszę
n political | a wy to kto?
n telecom | xD
