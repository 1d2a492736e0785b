%% Polish replies, hurried typing (often without diacritics) and dictation.
@inbox-typed
O STOP prosze
O stoppp dosc
O sotp prosze
O wypisz
O wypisz mnie
O wypiszcie mnie z listy
O rezygnuje
O rezygnuję z sms
O anuluj
O KONIEC
O koniec z tym
O nie wysylajcie mi nic
O nie piszcie do mnie wiecej
O przestancie pisac
O przestańcie mi wysyłać wiadomości!!
O usuncie moj numer
O usunąć mój numer prosze
O jak sie wypisac??
O zly numer, przestancie pisac
O nie jestem kasia, zly numer, usuncie mnie
O dosc tego, stop
O nigdy sie nie zapisywalem STOP
O S T O P ja
O dajcie mi spokoj z tymi smsami
O wypisz ze wszystkiego
O cofam zgode
O nie chce juz zadnych wiadomosci
@inbox-voice
O prosze nie wysyłać mi więcej wiadomości kropka
O stop kropka dziękuję
O dzień dobry nie wiem skąd macie mój numer ale dostaję codziennie kilka smsów i chcę żeby to się skończyło proszę usunąć mnie z waszej bazy
@inbox-typed
M bez reklam prosze
M nie chce promocji
M stop reklamy
M wypisz mnie z promocji
M tylko info o przesylce, bez reklam
M przestancie z tymi kodami rabatowymi
M nie wysylajcie ofert
@inbox-voice
M przypomnienia o wizytach mogą być ale reklam już nie chcę proszę
@inbox-typed
I TAK
I takk
I tak prosze
I START prosze
I wznow
I wznów wiadomości
I chce znowu dostawac smsy
I zapisz mnie
I zapiszcie mnie z powrotem
I wlaczcie mi znowu powiadomienia
I kontynuuj
I subskrybuj
I wysylajcie dalej prosze
@inbox-voice
I tak chcę znowu dostawać powiadomienia
@inbox-typed
H POMOCY
H pomocy prosze
H pomocyyy
H pomoc
H pomoc prosze
H info prosze
H INFO dzieki
@inbox-voice
H pomocy kropka
@inbox-typed
N o ktorej zamykacie
N chce anulowac zamowienie 51204
N odwolac wizyte we wtorek prosze
N to na jutro?
N kiedy zaczyna sie promocja
N do kiedy jest rabat
N ok dzieki
N spoko
N kto to?
N xd
N paczka nie doszla
N kurier nawet sie nie zatrzymal pod domem
N przestancie mnie obciazac dwa razy!!
N tak, potwierdzam wizyte w czwartek
N potwierdzam
N moge zaplacic blikiem?
N kod rabatowy nie dziala
N nie wylaczajcie powiadomien, sa przydatne
N mozna do paczkomatu?
N zly numer sorry
N Polubiono „Odpowiedz STOP, aby zrezygnować"
N link nie dziala
N to jakis przekret?
N nic nie zamawialem
N gdzie moja paczka juz 2 tygodnie
N moge odebrac w sklepie?
N czy autobus staje pod urzedem?
N mozemy przelozyc na piatek
N jak wypowiedziec umowe na internet
@inbox-voice
N będę o szesnastej kropka dziękuję
N dzień dobry zamówiłam rozmiar M a przyszedł L jak mogę wymienić nie chcę zwrotu pieniędzy tylko dobry rozmiar
