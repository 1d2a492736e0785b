@bank
oa STOP POWIADOMIENIA
oa Nie chcę już SMS-ów o saldzie z PKO, zamknąłem konto
oa Proszę przestać wysyłać mi SMS-y z banku
oa Nie jestem waszym klientem, usuńcie mój numer
om Powiadomienia o transakcjach mogą zostać, ale oferty kredytów już nie. Koniec z reklamami
om bez promocji kart kredytowych proszę
i START POWIADOMIENIA
i Wysłałem STOP przez pomyłkę, proszę włączyć z powrotem powiadomienia z mBanku
h POMOCY
n Ta płatność 89 zł w Allegro to ja, wszystko ok
n To nie ja, zablokujcie kartę natychmiast
n Jak zmienić próg powiadomienia na 50 zł?
n Czy da się cofnąć przelew BLIK z wczoraj?

@delivery
oa stop powiadomienia o przesyłce
oa Paczka doszła tydzień temu, przestańcie pisać
oa To nie moje zamówienie, nie chcę więcej SMS-ów od InPost
om Śledzenie przesyłki ok, ale przestańcie z promocjami
i Proszę włączyć znowu powiadomienia DPD, czekam na kolejną paczkę
n Gdzie jest moja paczka?
n Anuluję zamówienie, za długo to trwa
n Można zostawić u sąsiada spod 5
n Kurier napisał, że nie zastał, a byłam cały dzień w domu
n Czy jutro doręczacie mimo święta?
n Mogę zmienić paczkomat na ten przy Żabce?

@school
oa Proszę usunąć mnie z listy powiadomień szkoły, syn jest już w liceum
oa Nie przysyłajcie mi już jadłospisu stołówki
oa Pomyłka, nie mam dziecka w tej szkole. Proszę mnie wypisać
i Tak, proszę znowu dodać mnie do powiadomień o odwołanych lekcjach
n Czy jutro są lekcje przy tym mrozie?
n Zosia dziś nie przyjdzie, ma gorączkę
n O której kończy się wycieczka w piątek?
n Nie przestawajcie wysyłać tych SMS-ów o zastępstwach, bardzo pomocne
n Kto to?

@pharmacy
oa STOP przypomnienia
oa Koniec z przypomnieniami o receptach, zmieniłam aptekę
oa proszę przestać pisać, leki były dla mamy, zmarła w marcu
om Info o odbiorze tak, ale gazetki promocyjnej nie chcę, dość reklam
i WZNÓW przypomnienia
i KONTYNUUJ
n Czy moja recepta jest gotowa?
n Proszę anulować realizację, lekarz zmienił dawkę
n Mogę odebrać po 20?
n Macie Apap na stanie w aptece na Piotrkowskiej?

@weather
oa stop alerty pogodowe
oa Przeprowadziłem się do Gdańska, nie potrzebuję ostrzeżeń IMGW dla Krakowa
i Tak, chcę znowu dostawać ostrzeżenia RCB
h POMOCY alerty
n Czy ostrzeżenie przed upałem jeszcze obowiązuje?
n Przestanie padać przed 18?
n Dzięki, bardzo przydatne te alerty

@sports
oa STOP wyniki
oa Nie chcę już powiadomień o golach Legii, dzięki
om Wyniki tak, oferty biletów nie, wyłączcie je
i ZAPISZ wyniki
i Włączcie z powrotem alerty Ekstraklasy proszę
h INFO wyniki meczów
n Jak się skończył mecz?
n O której gra Lech w niedzielę?
n Sędzia powinien przerwać mecz, boisko było zalane

@loyalty
om STOP REKLAMY
om Bez reklam proszę
om Przestańcie z promocjami, chcę tylko paragony
oa stop dziękuję
oa STOP natychmiast
oa Wypisz mnie
oa rezygnuję
oa Usuńcie mnie z listy
oa Nigdy się na to nie zapisywałem. Stop.
oa Nie wysyłajcie mi więcej SMS-ów
oa Jak się wypisać?
oa KONIEC
oa Pomyłka, przestańcie pisać na ten numer
oa wypisz mnie ze wszystkiego
i TAK
i chcę się zapisać
i Chcę znowu dostawać kupony z aplikacji Moja Biedronka
i Proszę wznowić wiadomości
h POMOCY proszę
h pomocy dziękuję
h INFO proszę
h POMOCY PROMOCJE
n Co to za program?
n Ile mam punktów?
n Kupon nie przeszedł przy kasie
n Polubiono „Tylko dziś flash sale! Odpisz STOP, aby zrezygnować”
n Czy rabat działa też w sklepie internetowym?
n Odwołuję wizytę w czwartek, nie dam rady przyjść
n Dzień dobry, dzięki za przypomnienie, odebrałam wczoraj
n ok dzięki
n Nie chcę rezygnować, uwielbiam wasze promocje haha
