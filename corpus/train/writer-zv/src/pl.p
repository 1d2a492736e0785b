# znajomi
Niedzielny brunch aktualny czy Zuza znowu odwołała?
Już jestem w barze, gdzie jesteście?
Wpadnij do mnie przed imprezą, mam twoją kurtkę
hahaha przestań, płaczę ze śmiechu
Przestań, bo się rumienię 🙈
Kto prowadzi w sobotę? U mnie zmieszczą się 4 osoby
Kolacja odwołana, Zuza ma covida. Za tydzień?
Tylko mi znowu nie odwołuj
Rzuciłam dziś robotę!!! Stawiam
Jak to rzuciłaś?? Dzwoń
Dość gadania o pracy, co jemy?
Nigdy więcej tequili
Odbierzesz mnie o 7? Auto nie odpala
Film zaczyna się o 20:15, nie spóźnijcie się
Nie mogę przestać myśleć o tych pierogach z wczoraj
Przestań mi wysyłać tiktoki o 2 w nocy, rano pracuję 😂
Wyślij więcej filmików z psami, potrzebuję
Zrób mi BLIK-a na 42 zł za domek
Kto bierze głośnik?
Wszystkiego najlepszego!!! 🎉 kocham cię
dzięki kochana, widzimy się o 18
Koncert odwołany, podobno zwrot w 5 dni
Znowu zapomniałam anulować okres próbny Maxa
W końcu wypisałam się ze wszystkich newsletterów sklepów, jaki spokój
Przypomnij mi, żeby anulować Spotify przed piątkiem
Nie pisz do niego. Serio, nie pisz
W końcu go wszędzie zablokowałam
Napisz, jak dojedziesz do domu
Jestem w domu! Dobranoc
jestem na dole
dobra, odpuśćmy sobie dzisiaj
# drużyna
Trening przeniesiony na 19:00, boisko 3, weźcie obie koszulki
Mecz odwołany przez burzę, będzie przełożony
Trener mówi: koniec wymówek, w czwartek wszyscy
Kto przyniesie pomarańcze na sobotę? 🍊
Sędzia przerwał mecz na 20 minut przez mgłę haha
Może ktoś podwieźć Antka? Utknąłem w pracy
W tym tygodniu odpadam, dwugłowy dalej boli
Składka 60 zł, do końca miesiąca do Marka
Przestańcie ciągle podawać do bramkarza, gadaliśmy o tym 😂
Odchodzę z ligi wtorkowej, środa bardziej mi pasuje
Ktoś wie, kiedy kończy się sezon?
Wygraliśmy 3:1! Piwo u Zdzicha
Dość docinek na grupie, wy dwaj 🙄
# hobby
Klub książki w tym miesiącu u Racheli
Nie skończyłam książki, mogę i tak przyjść? haha
Kończymy o 20:30, żeby Pati zdążyła na autobus
W tym tygodniu bez szydełkowania, Helena jest w szpitalu
Bieganie o 7 przy fontannie, 5 km spokojnie
Przestałem biegać po operacji kolana, ale pójdę z wami na spacer
Szachy dziś? Chcę rewanżu
Poddał się w 12. ruchu haha
Robię przerwę w zajęciach z ceramiki do porodu
Sesja RPG odwołana, MG ma grypę 😷
Proszę, koniec ze spoilerami na grupie, jestem na rozdziale 4
# rodzice
Przypominam, w piątek kończą o 11:30
Ma ktoś listę słówek na dyktando?
Może ktoś odebrać dziś Staśka razem z Zosią? Będę dłużna
Wywiadówka odwołana, przeniesiona na wtorek
Przystanek szkolnego autobusu od poniedziałku przy piekarni
Moje dzieci nie przestają gadać o wycieczce 😂
W Librusie przyszła informacja o wszach 🙃
Kto ogarnia prezent dla pani? Dokładam 20 zł
Pani mówi, żeby nie dawać już słodyczy do śniadaniówki
Błagam, przestańcie odpowiadać wszystkim na grupie klasowej, mam 50 powiadomień 😩
Da się wyciszyć tę grupę? Pytam dla koleżanki
Córka chce rzucić balet, wasze też tak miały?
Jak wypisać dziecko z obiadów w środy?
# ex
Potrzebuję przestrzeni. Proszę, nie pisz do mnie przez jakiś czas
Zostaw mnie w spokoju, tym razem mówię serio
Przestań dzwonić do mnie do pracy
Jeszcze jeden elaborat i cię blokuję
Koniec. Nie przechodzę przez to drugi raz
Zatrzymaj sobie blender
Dość. Nie będę się kłócić przez SMS-y
Przestań wyciągać zeszłe lato
Przepraszam, wiem, że prosiłaś, żebym nie pisał, już przestaję
Możemy pogadać jak dorośli? Kawa w czwartek?
Mam jeszcze twoją bluzę, chcesz ją?
Nie pisz do mnie po pijaku
Co do Hani spoko, ale po 21 tylko wiadomości w jej sprawie
# rodzina
Mamo przestań mi wysyłać łańcuszki 😂
Tato, nie przesyłaj mi już filmików z Facebooka, proszę
Obiad u babci w niedzielę o 14, weźcie deser
Zadzwoń jak możesz, nic pilnego
Kto zjadł ostatni pączek?
Wstąpisz do apteki po leki dla dziadka?
Twój brat w końcu rzucił e-papierosy!!
Dość pytań o ślub, jak będzie data, to powiemy
Kocham, jedź ostrożnie
# grupy
Kto zmienił nazwę grupy na „Przestań krzyczeć Karolina”? 💀
hahah przestaaań
Wychodzę z grupy, za dużo powiadomień. Piszcie na priv
Żadnej polityki tutaj, umawialiśmy się
Dosyć, ten wątek ma 400 wiadomości
Ankieta: piątek czy sobota na niespodziankę dla Mai?
ciii nic jej nie mówcie 🤫
Doda ktoś Dawida? Ma nowy numer
Wyciszam grupę do wieczora
Przestań z tymi naklejkami, Eryk
Czwartek odpada, za to brunch w sobotę
# sąsiedzi i praca
Dzień dobry sąsiedzie, pana alarm w aucie nie przestaje wyć, może pan sprawdzić?
Kurier zostawił u mnie pana paczkę, przyniosę
Klient odwołał, popołudnie wolne
Przestańcie ustawiać spotkania w piątki na 16:45 😭
Drukarka znowu przestała działać
Złożyłem wypowiedzenie, od przyszłego miesiąca mnie nie ma
Administracja pisze, że jutro od 9 do 12 nie będzie wody
Muszę przestać kupować kawę codziennie
jadę
sorki, spóźnię się!!
