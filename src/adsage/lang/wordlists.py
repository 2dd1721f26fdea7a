"""Word lists that tell English from Polish in short texts, all in folded form.

Kept apart from :mod:`adsage.lang.detect` so that adding a word is a data change.  Words
that are common in both languages ("a", "to", "do", "na", "no") are in neither list: they
would tip a two-word message either way.  Polish words are listed unaccented because people
type them that way on phones and in Slack ("kup teraz", "zwiekszyc sprzedaz").
"""

from __future__ import annotations

PL_WORDS = frozenset(
    """
    w z i o do ze sie nie jest sa czy co dla oraz albo ale lub ile jaki jaka jakie jakich ktory
    ktora ktore ktorych ten ta tym tego tej tych moja moj moje twoj nasz nasza nasze naszego
    naszej naszych wasz mam ma maja mamy byc byl byla moze mozna musi trzeba jesli gdy kiedy
    aby zeby tak tez juz jak jeszcze bez przez przy pod nad miedzy przed po od u kto gdzie
    dlaczego czemu prosze dzieki dziekuje czesc witam hej tak nie teraz dzis dzisiaj jutro
    wczoraj tydzien tygodnia tygodni miesiac miesiaca miesiecy rok roku lat dni dzien dnia
    godzin kup kupuj kupic zamow zamowienie zamowien zamowienia sprawdz zobacz odbierz zapisz
    zapisz sie dowiedz wiecej tylko taniej tanio promocja promocji promocje rabat rabatu znizka
    znizki darmowa darmowy darmowej dostawa dostawy gratis nowa nowy nowe nowych nowosc sklep
    sklepu sklepie klient klienci klientow klientki oferta oferty ofert cena ceny cene zl zlotych
    zlote zloty budzet budzetu budzecie budzetem dzienny dziennie kampania kampanii kampanie
    reklama reklamy reklam reklame reklamie reklamowy reklamowa cel celu cele grupa grupy
    odbiorcy odbiorcow kobiety kobiet mezczyzni mezczyzn osoby osob latach wieku lata zrob zrobic
    napisz przygotuj pokaz daj podaj wymysl skroc skrocic popraw zmien dodaj usun zacznij
    zaplanuj plan planu warianty wariantow wariant wariantu naglowek naglowki naglowkow tekst
    tekstu teksty tekstow opis opisu sprzedaz sprzedazy zwiekszyc zwiekszenie zwiekszy zdobyc
    uzyskac osiagnac pozyskac obserwujacych fanow leadow liczbe liczba kwartale kwartal procent
    wzrost ponizej powyzej konca koniec poczatku ciagu okolo lacznie calkowity chcemy chce chcialbym
    chcialabym potrzebuje potrzebujemy szukam szukamy prowadzimy prowadze sprzedajemy oferujemy
    mamy robimy kawiarnia kawiarni piekarnia restauracja salonu fryzjer fryzjerski kosmetyki
    buty odziez ubrania meble zabawki ksiazki kurs kursy szkolenie szkolenia uslugi uslug usluga
    firma firmy marka marki strona strony stronie sklepu internetowy internetowego produkt
    produkty produktow rzecz rzeczy dobry dobra dobre najlepszy najlepsza swieta swiat swiateczna
    swiateczny wyprzedaz wyprzedazy jesien jesienna zima zimowa lato letnia wiosna wiosenna
    polsce polska polski polskie warszawa warszawie krakow krakowie poznan poznaniu gdansk
    wroclaw lodz styczen stycznia luty lutego marzec marca kwiecien kwietnia maj maja czerwiec
    czerwca lipiec lipca sierpien sierpnia wrzesien wrzesnia pazdziernik pazdziernika listopad
    listopada grudzien grudnia poniedzialek wtorek sroda czwartek piatek sobota niedziela
    tys mln mld jeden jedna dwa dwie trzy cztery piec szesc siedem osiem dziewiec dziesiec
    kilka kilku pare wszystkie wszystko kazdy kazda bardzo mniej duzo malo najwiecej pomoz pomoc
    pytanie odpowiedz ustaw zapisz wczytaj eksport eksportuj pomysl pomysly dlugi krotki krotszy
    krotsza dluzszy nowa inna inny inne jeszcze raz rolki relacje relacjach aktualnosci
    rozpoznawalnosc ruch aktywnosc leady kontakty zasieg zasiegu klikniecia klikniec wyswietlen
    wyswietlenia konwersje konwersji koszt kosztu mlodzi mlodych rodzice rodzicow studenci
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    the and of in is are was were be been it its this that these those with for from by at on
    as an or but not what which who whom how why when where can could should would will shall
    may might must have has had do does did i you he she we they me my our your their us them
    there here than then so if about into over under after before between all any some more most
    less few many much very just also only now today tomorrow yesterday week weeks month months
    year years day days hours please thanks thank hello hi hey yes buy shop order get grab try
    see check learn discover save sign up join book call download start now new free delivery
    shipping sale sales deal deals offer offers price prices off discount store customers
    customer clients people women men adults parents students young budget daily total campaign
    campaigns ad ads advert advertising audience target targeting goal goals plan write make
    create give show draft suggest shorten shorter longer improve fix change add remove another
    more variants variant headline headlines text copy copies description primary reach traffic
    engagement leads awareness conversions clicks impressions followers fans increase grow
    generate drive boost double triple reduce cut lower cost per each least at want need looking
    sell selling run running own local online shop store cafe coffee bakery restaurant salon
    shoes clothes furniture toys books course courses training services service brand website
    page product products best good great christmas friday winter summer spring autumn
    fall holiday season january february march april june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday one two three four
    five six seven eight nine ten hundred thousand million quarter end within until till next
    last help question answer set load save export idea ideas long short other again stories
    reels feed purchases visits signups sign ups subscribers installs
    """.split()  # noqa: SIM905
)

# Short folded word endings typical of one language, used only for words in neither list.
PL_ENDINGS = (
    "ow", "ych", "ami", "ach", "ego", "emu", "owie", "scie", "szy", "ymi", "osc", "anie", "enie",
    "acja", "acji", "owy", "owa", "owe", "iec", "arz", "ski", "ska", "skie", "cie", "ecz", "czy",
    "rzy", "szcz", "dzi", "wsz",
)  # fmt: skip
EN_ENDINGS = (
    "ing", "tion", "tions", "ness", "ment", "ments", "ous", "ful", "less", "ly", "ed", "ee",
    "oo", "ght", "th", "ship", "able", "ible", "ies", "ers", "ould",
)  # fmt: skip
