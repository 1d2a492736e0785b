# Polish replies
@fryzjer
O STOP proszę
O Dzień dobry pani Kasiu, tu Ola. Proszę nie wysyłać mi już SMS-ów, przeprowadziłam się do Gdańska
O Już do was nie chodzę, proszę przestać pisać
O Proszę usunąć mnie z listy, to był numer mojej mamy
O Wypisz mnie
M Przypomnienia o wizytach mogą być, ale reklam proszę już nie wysyłać
N Czy mogę przełożyć wizytę u Magdy z czwartku na sobotę?
N Odwołuję jutrzejszą wizytę o 17, córka jest chora
N Spóźnię się 10 minut, proszę nie oddawać mojego terminu
N Polubiono „Salon Lok: -20% na balayage w tym tygodniu. Odpisz STOP, aby zrezygnować”
N Potwierdzam piątek 11:00, dziękuję pani Kasiu
I Chcę znowu dostawać przypomnienia o wizytach
I START poproszę
H POMOCY
@warsztat
O Panie Marku, sprzedałem Astrę, proszę już nie pisać w sprawie przeglądów
O NIE WYSYŁAĆ
O Proszę mi nie wysyłać więcej wiadomości, za hamulce policzyliście za dużo
O Rezygnuję z SMS
M Przypomnienie o przeglądzie ok, ale kupony rabatowe już nie
N Auto już gotowe? Mówił pan, że na 16
N Geometrię proszę odpuścić, tylko wymiana oleju
N Kontrolka silnika cały czas miga, mogę dziś podjechać?
N Niech pan nie przestaje przypominać o przeglądzie, bo zapomnę
I Tu znowu Karolina, mam nowe auto, może pan znowu do mnie pisać
H pomocy proszę
@dentysta
O Proszę przestać wysyłać mi SMS-y, zmieniłem dentystę
O Chcę się wypisać
O Pomyłka, nie jestem Kevin, proszę usunąć mnie z bazy
O Nie chcę więcej wiadomości
O STOP!!! dziękuję
M Koniec z newsletterem o wybielaniu, tylko terminy wizyt proszę
N Muszę odwołać higienizację 3-go, może być 10-go?
N Ząb boli od plombowania i nie przestaje, mam przyjść?
N Umówiłam się od nowa przez Znanego Lekarza, stary termin można skasować
I Proszę włączyć SMS-y z powrotem, chcę przypomnienia
I ZAPISZ MNIE
H POMOCY dziękuję
@restauracja
O Dość tych SMS-ów, proszę więcej nie pisać
O Jak się z tego wypisać?
O STOP STOP STOP STOP STOP
O Nigdy się nie zapisywałem, usuńcie mój numer
M Wasze promocje lunchowe mnie nie interesują, przestańcie je wysyłać
N Mogę anulować zamówienie? Podałem zły adres
N Spóźnimy się, proszę trzymać stolik, nie anulować
N Zamówienie z Pyszne.pl w ogóle nie dotarło, chcę zwrot
I Wyślijcie mi znowu piątkowe promocje, brakuje mi ich
@silownia
O Trenerze Kuba, proszę już do mnie nie pisać, zrezygnowałem z karnetu
O Proszę usunąć mój numer
O Zrezygnowałem w styczniu, koniec z SMS-ami
O Nie chcę już od was wiadomości
M Grafik zajęć tak, oferty treningów personalnych nie, dzięki
N Chcę zawiesić karnet na czas rekonwalescencji po operacji
N Mogę odwołać rezerwację na spinning o 7? Zaspałem haha
N Jak wypowiedzieć umowę? W maju wyjeżdżam za granicę
N Rzuciłem crossfit, ale chcę zostać na jodze
I Wróciłem po przeprowadzce, możecie znowu pisać
I Zapiszcie mnie ponownie proszę
@korepetycje
O Dzień dobry pani Anno, Kuba nie potrzebuje już korepetycji, proszę do nas nie pisać
O Proszę wykreślić mnie z listy SMS
O wypisuję się
N Możemy odwołać czwartkowe zajęcia? Ema ma gorączkę
N O której kończą się zajęcia? Muszę ją odebrać
N Chce rzucić pianino, ale zostać przy matmie, da się?
I Tak, proszę znowu wysyłać przypomnienia o zajęciach
H INFO proszę
@hydraulik
O Już zapłaciliśmy, proszę przestać do nas pisać
O Proszę nie wysyłać SMS-ów na ten numer, dziękuję
O koniec
M Dość rabatów sezonowych, proszę pisać tylko w sprawie naprawy
N Przeciek ustał, jak pan wyszedł, ale znowu kapie
N Może pan przyjść we wtorek? Poniedziałek odwołuję, nie będzie mnie
I KONTYNUUJ
@kwiaciarnia
O Proszę już nie wysyłać wiadomości, pogrzeb już się odbył
O Wypiszcie mnie ze wszystkiego
M Koniec z promocjami walentynkowymi, jestem singielką 😂
N Mogę przełożyć dostawę z piątku na sobotę?
N Na bileciku: „Koniec łez, buziaki, mama”
N Nie przerywajcie cotygodniowego bukietu, w biurze go uwielbiają
I Tak, chcę znowu dostawać od was wiadomości
H Pomocy, co to za numer?
@groomer
O Przestańcie pisać, Burek odszedł w zeszłym tygodniu
O Cześć Iza, usuń mnie z listy proszę, przeprowadziliśmy się
O STOPPPP
N Mogę odwołać obcinanie pazurków Maxa? Jest u weterynarza
N Ciągle się drapie po kąpieli, zmieniliście szampon?
N Ok do wtorku, dzięki Iza!
I Mamy nowego szczeniaka, dopiszcie mnie z powrotem do SMS-ów
H POMOCY Iza
@mieszane
O Proszę odwołać wtorkową wizytę i nie wysyłać mi już SMS-ów, przeprowadzam się do Wrocławia
O Pani Kasiu, w piątek nie dam rady, i szczerze mówiąc proszę mnie wypisać z SMS-ów, krucho z kasą
O Proszę wstrzymać wszystkie wiadomości do września
N Promocja wtorkowa już się skończyła?
N Sobotnie zajęcia odwołuję, ale proszę dalej wysyłać SMS-y, przełożymy
H Pomocy pani Kasiu
H Pomocy, poproszę
H pomocy dzięki Iza
