# Polish replies: Polacy w UK/Niemczech/Norwegii (ponglish), bez polskich znaków, przesadnie urzędowo
@zw-mix
o STOP prosze
o stop, nie chce wiecej smsow, thanks
o Prosze przestac pisac, danke
o Wypisz mnie
o WYPISZ
o Rezygnuję
o Anuluj
o Nie wysyłajcie mi więcej wiadomości
o Dość tych smsów, stop
o please unsubscribe, nie rozumiem tego
o Nie piszcie do mnie wiecej, takk
o Usuńcie mój numer z listy
@zw-lowlit
o nie chce tych smsow
o pszestancie pisac
o stopp prosze
o nie wysylac mi nic bo nie rozumiem
o wypiszcie
o rezygnuje z sms
@zw-formal
o Szanowni Państwo, uprzejmie proszę o usunięcie mojego numeru z Państwa bazy. Z poważaniem
o Niniejszym cofam zgodę na otrzymywanie wiadomości SMS.
o Zwracam się z uprzejmą prośbą o zaprzestanie wysyłania wiadomości na ten numer.
o Dzień dobry, proszę o niekontaktowanie się ze mną drogą SMS. Pozdrawiam
@zw-autocorrect
o Stop stop stop prosze
o Wypisz mnie prosze
o Sopt
o zły numer, nie jestem Paweł, usuńcie mnie z listy
o Wróciłem do Polski, przestańcie pisać na ten numer
o To telefon mojej babci, ona nie rozumie, prosze przestać
o Rezygnuje z subskrypcji
@zw-scope
m Nie chcę już reklam, tylko info o dostawie
m Dość promocji, przypomnienie o wizycie może zostać
m Stop z ofertami, kod weryfikacyjny jest mi potrzebny
m Nie wysyłajcie mi już kuponów rabatowych, faktury mogą być
m Wypiszcie mnie z newslettera marketingowego
m Koniec z reklamami prosze
m Nie wyrażam zgody na informacje handlowe. Powiadomienia o koncie mogą być dalej wysyłane.
@zw-optin
i TAK
i Tak prosze
i START prosze
i Zapisz mnie
i Chcę znowu dostawać wiadomości
i Wznów
i Kontynuuj
i Zapiszcie mnie z powrotem, przez pomyłkę napisałem stop
i Wróciłam do Polski, możecie znowu pisać
i Włączcie z powrotem smsy
i Tak, dziękuję
i Subskrybuj
i zapisz prosze
@zw-help
h POMOC
h pomocy prosze
h Pomoc proszę
h INFO prosze
h Informacja
h help prosze
h pomoccc
h Pomoc, dziękuję
h info dzieki
@zw-lookalike
n Chcę odwołać wizytę we wtorek, lecę do Anglii
n Proszę anulować moje zamówienie, zamówiłem dwa razy
n Kiedy zaczyna się wyprzedaż?
n Wpadnę jutro do sklepu po pracy
n Czy przystanek jest przed apteką?
n Nie przestawajcie wysyłać przypomnień, potrzebuję ich do urzędu
n Kto to?
n Nie rozumiem angielskiego, możecie pisać po polsku?
n Czy to w sprawie mojego konta w PKO?
n Już zapłaciłem rachunek, czemu to przychodzi
n Ok dzięki
n Pasuje, do czwartku
n Potwierdzam 15:00
n Polubiono „Twój kod to 6617. Odpisz STOP, aby zrezygnować"
n To ten sam numer co na WhatsAppie?
n Link się nie otwiera na telefonie
n Córka odbierze leki, może tak być?
n Ile kosztuje wypowiedzenie umowy na siłownię?
n Przestańcie dzwonić do mnie do pracy, lepiej SMS
n Można wstrzymać dostawę na tydzień? Jestem za granicą
n Dziękuję, Bóg zapłać
n Bez chleba w zamówieniu, tylko mleko
n Do której dziś otwarte?
n Karta mi wygasła, zapłacę w przyszłym tygodniu
n Są informacje o szczepieniu dla dzieci?
n Koniec miesiąca pasuje z płatnością
n Mogę zapłacić gotówką?
n Paczka dalej nie doszła, gdzie jest?
n Jestem na L4 do piątku, mogę przełożyć?
n Dość już tych opóźnień, chcę rozmawiać z kierownikiem
