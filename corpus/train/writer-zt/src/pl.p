Spóźnię się 10 minut, zacznijcie daily beze mnie
Możesz podejść do mojego biurka jak będziesz miał chwilę?
Kasia odwołała spotkanie o 14 czy aktualne?
Przestań odpowiadać wszystkim w tym mailu, szef się wścieka xD
Kto mi zabrał jogurt z lodówki??
Prezentacja jest na dysku, na slajdzie 12 brakuje liczb
Zamienisz się ze mną na sobotę? Wezmę twój wtorek
Drukarka na drugim piętrze znowu się zacięła
Obiad w barze mlecznym naprzeciwko?
Składam wypowiedzenie na koniec miesiąca, na razie zachowaj to dla siebie
Jestem dziś chory, maile sprawdzę później
Nie pisz do mnie w sprawach pracy po 21, wrzuć to na Teams
Gratulacje awansu!! Piwo w piątek?
Kończę call, dzwoni przedszkole
Koniec ze spotkaniami w piątki o 17, błagam
Znowu padło wifi
Wysłałem fakturę, daj znać jak numer zamówienia się nie zgadza
Dzień dobry, tu Halina spod 7, mam u siebie paczkę dla pana
Wasz pies znowu uciekł, jest u nas w ogrodzie, spokojnie
Czy mógłby pan przestać parkować przed moją bramą? Rano nie mogłem wyjechać
U was też nie ma prądu?
Dziękuję, że wystawiliście śmieci mojej mamy
W sobotę robimy grilla, z góry przepraszamy za hałas
Pożyczy mi pan drabinę na godzinkę?
Zebranie wspólnoty znowu odwołane
Wyjeżdżamy do 20, moglibyście wyjmować nam pocztę?
Wpadajcie kiedy chcecie, ugotowałam żurku dla pułku wojska
Proszę, nie dawajcie nam już cukinii, mamy jeszcze z zeszłego tygodnia haha
Administracja mówi, że elewację będą malować w maju
Dzieci mogą przyjść do nas po szkole, jak się zasiedzisz w pracy
Kto zostawił włączony gaz?
Zamawiam pizzę, chcesz?
Czynsz do piątku, prześlij mi swoją część BLIKiem
Możesz przestać zostawiać naczynia w zlewie na trzy dni?
Właściciel przyjdzie we wtorek o 10 do piecyka
Skończył się papier toaletowy. I płyn do naczyń. I wszystko
Przestań jeść moje resztki, będę podpisywać pudełka
Jesteś w domu? Zapomniałam kluczy
Rezygnuję z Netflixa, nikt nie ogląda, weźmy Maxa na pół
Nie pisz do mnie o 3 w nocy czy zamknęłam drzwi, proszę
Czujnik dymu znowu piszczy, pewnie bateria
W weekend mnie nie ma, wesele kuzynki w Poznaniu
Kim jest ten Kevin na naszej kanapie?
W tym tygodniu ty sprzątasz łazienkę
Internet znowu podrożał, 10 zł więcej
Obiad u babci w niedzielę o 13, przynieście coś
Mamo przestań wysyłać naklejki z Minionkami 😂
Kto ma klucze do działki?
Tato, twój telefon znowu dzwoni do mnie z kieszeni
Wszystkiego najlepszego ciociu Basiu!! 🎂🎉
Pociąg przyjeżdża 18:40 na Centralny, ktoś mnie odbierze?
Możemy przestać kłócić się o politykę na grupie rodzinnej?
Dziś ja odbieram dzieci, nie musisz jechać
Dziadek po operacji, wszystko dobrze, już narzeka na jedzenie
Pamiętajcie, występ Kuby o 19, nie spóźnijcie się
W tym roku żadnej polityki przy Wigilii, mówię serio
Wyślij zdjęcie psa w czapce
Mamo nie mogę przestać się śmiać z twojego autokorektora
Ktoś ma nowy numer wujka Staszka?
Ja robię pierogi, ktoś inny deser
Powiedz Oli, żeby do mnie oddzwoniła
Wyjeżdżam, na obwodnicy korek
Ktoś nakarmił rybki?
Dostałam tę pracę!!
Tato nie musisz pisać STOP na grupie, to tylko my haha
Babcia pyta czemu telefon pisze, że pamięć pełna
Wezmę krzesła
Kocham was, jedźcie ostrożnie
Zatrzymaj się na stacji po drodze, ta we wsi zamknięta
Wujek Marek nie przyjdzie, znowu kręgosłup
Mamo przestań wrzucać moje zdjęcia z dzieciństwa na Facebooka 😭
Dzień dobry, tu Nowak, hydraulik będzie jutro między 13 a 15
Zlew znowu cieknie pod szafką
Przelałem czynsz za marzec, może pan potwierdzić?
W czwartek zakręcamy wodę od 9 do 11
Suszarka przestała działać, tylko klika
Mogę pomalować sypialnię? Jasnoszary
Przypominam, że umowa kończy się 30 czerwca, przedłuża pan?
Proszę przestać przychodzić bez uprzedzenia 24 godziny wcześniej, to jest w umowie
Ogrzewanie w ogóle się nie włącza, w mieszkaniu 15 stopni
Wypowiadam umowę wcześniej, przenoszą mnie do Wrocławia. Jaki okres wypowiedzenia?
Odsetki zapłaciłam wczoraj, proszę już o tym nie pisać
Kaucja wróciła, dziękuję!
Możemy przełożyć odbiór mieszkania na poniedziałek?
Aktualne na dziś wieczór?
Przestań, płaczę ze śmiechu
Nie mogę przestać myśleć o tej zapiekance
Film zaczyna się o 20:15, mam bilety
Napisz jak dojedziesz do domu
Tydzień bez cukru i umieram
Nigdy więcej tequili, przysięgam
Nie pisz jak prowadzisz, zadzwonię w przerwie
Zimno tam? Brać kurtkę?
Zadzwoń jak możesz
Gdzie zaparkowałeś?
Wypisałeś się już z siłowni? Mnie pobierali opłaty jeszcze miesiącami
Wypisałam się dziś z jakichś 40 newsletterów, cudownie
Git, o 18
Ostatni tramwaj uciekł, wróciłem pieszo
Jestem u weterynarza z Burkiem, zjadł skarpetkę
Stary, skończ z tymi pięciominutowymi głosówkami i pisz
Przestań mi wysyłać tiktoki w pracy, śmieję się na głos
Gdzie jesteś?
Sorki, nie odebrałam
Żyjesz?
Wieczór planszówek u nas w czwartek
Koncert odwołany, podobno oddadzą kasę
Będę za 5 minut
