# Polish p2p
Mamo wylądowałam w Dublinie, wszystko ok, zadzwonię jutro
Synek jesz coś? Nie tylko zupki chińskie
Tato przestań się martwić, tu zimno ale jest ok
Wysłałem kasę przez Revoluta, daj znać jak dojdzie
Powiedz babci że w niedzielę zadzwonię na kamerce
Mamo przestań mi wysyłać te łańcuszki na Messengerze 😂
Rozmowa w ambasadzie jest 14, trzymaj kciuki
Ciociu wyślesz mi jeszcze raz przepis na pierogi?
Odwołali mi lot do Katowic, będę dopiero w poniedziałek
Nie pisz do mnie jutro rano, mam egzamin o 8
Wyślij zdjęcie nowego pieska
Twój kuzyn przyjeżdża do Oslo w marcu, może u ciebie przenocować?
Dość już z tym ślubem mamo
Nie pakuj mi więcej kiełbasy do walizki, na lotnisku zabrali
Tu jest 3 w nocy, ta różnica czasu mnie wykańcza
Po semestrze rzucam nocki, obiecuję
Pod koniec miesiąca dostaję pierwszą wypłatę tutaj
Wpadnij do wujka Staszka jak będziesz w Londynie, ma papiery
Tęsknię za twoim jedzeniem, tu wszystko bez smaku
Wszystkiego najlepszego tato, sorry że mnie nie ma
Wifi jest słabe, wolę pisać
Bank zablokował mi kartę bo płaciłam za granicą
Nie przestawaj wysyłać głosówek, lubię cię słyszeć
Kto znowu wypił całe mleko
Możesz przestać zostawiać naczynia w zlewie? Już 3 dni
Czynsz do piątku, przeleję ci moją część na BLIKa
Landlord przychodzi o 10 naprawić boiler
Odwołaj sprzątaczkę w tym tygodniu, sam posprzątam
Robię dziś bigos, chcesz?
Przestań podkradać moje mleko owsiane 😤
Koniec z głośną muzyką po północy, jutro mamy zajęcia
Ktoś zostawił otwarte drzwi
Mamy jeszcze papier toaletowy czy kupić?
Śmieci wystawiamy we wtorek wieczorem, nie w środę
Koniec z imprezami w tygodniu ok? Sąsiedzi się skarżyli
Będę późno, nie czekajcie z kolacją
Kupisz jajka po drodze? Oddam ci
Przyszła twoja paczka, wniosłem do środka
Wyprowadzam się z końcem czerwca, mówię wcześniej
Kto to śpi na naszej kanapie??
Umowa najmu kończy się w sierpniu, przedłużamy?
Jest ciepła woda!
Dobra, rezygnuję z Netflixa i będę używać twojego
Skończył się ryż, kupię duży worek w polskim sklepie
Zadanie jest na dziś czy na poniedziałek?
Prowadzący odwołał zajęcia, zobacz na USOSie
Wyślesz mi notatki z czwartku? Byłam chora
Spotkanie grupy w bibliotece o 16?
Rezygnuję z tego przedmiotu, statystyka mnie przerasta
Przestań panikować, egzamin jest z notatkami
Wrzuciłeś już projekt na platformę?
Ćwiczenia kończą się o 18, potem coś zjemy?
Koniec z zarywaniem nocy, przysięgam
Kto robi podsumowanie?
Wpadnę do twojego pokoju po ładowarkę
Nie pisz już na grupie, ona i tak wyciszyła
Laborki odwołane, sprzęt się zepsuł
Idziesz na imprezę Erasmusa?
Dość nauki na dziś, mózg mi paruje
Jestem na przystanku, autobus znowu się spóźnia
Zaczynamy projekt w sobotę
Sesja zaczyna się w przyszłym tygodniu, nie jestem gotowa
Przesunęli termin na piątek!!
Będę 10 min później, pociąg stanął pod Kutnem
Weźmiesz za mnie zmianę w sobotę? Mam test na obywatelstwo
Kierownik mówi że możemy wyjść wcześniej
Spotkanie odwołane, szef jest chory
Za dwa tygodnie składam wypowiedzenie, nikomu nie mów
Przestań mnie dawać do DW w każdym mailu haha
Wyślesz mi grafik na przyszły tydzień?
Drukarka znowu się zacięła
Koniec zmiany, spadam, do jutra
Kto mi wziął obiad z lodówki
Koniec z nadgodzinami w tym miesiącu, muszę się wyspać
Klient chce raport na dziś
Sprawdzisz czy dobrze wypełniłem timesheet? Nie ogarniam tego formularza
Nie pisz do mnie w wolne, dzwoń jak coś pilnego
Ekspres do kawy już działa
Musiałem odwołać dentystę przez podwójną zmianę
Wypłata jest w czwartek nie?
Szukają ludzi, powiedz kuzynce żeby wysłała CV
Dzięki za pomoc z mailem po angielsku
Robimy przerwę na obiad o 13?
Przestań tyle pracować, przez ciebie wyglądamy na leni
Spoko, o 19
Gdzie jesteś stary
Jadę, korki masakra
Haha no wiem
Oby w niedzielę wygrali
Nie zapomnij ładowarki
Sorry, nie słyszałem telefonu, byłem w metrze
Dość na dziś, idę spać
Dobranoc, śpij dobrze
Jakie było hasło do wifi
Widziałeś finał? Niesamowite
Nieważne, znalazłem klucze
Przestańmy się kłócić, przepraszam
Już nie piję więcej kawy, trzęsę się
Przestań, rozśmieszasz mnie w bibliotece
Gdzie jemy, kebab czy koreańskie?
Telefon poprawia mi wszystko na angielski, zignoruj błędy
Wypisałam się z siłowni a dalej ściągają kasę
W końcu mam kartę pobytu!!!
Mały w końcu przestał płakać, śpi
Siema, idziesz dziś na grilla?
