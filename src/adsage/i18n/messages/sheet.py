"""``adsage check sheet``: what a bulk import sheet still needs before it is imported.

Column names stay in English in both languages: they are the sheet's own headers.
"""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "sheet.kind.campaign": ("campaign", "kampania"),
    "sheet.kind.ad_set": ("ad set", "zestaw reklam"),
    "sheet.kind.ad": ("ad", "reklama"),
    "sheet.where.line": ("line {line}", "wiersz {line}"),
    "sheet.where.object": ("{kind} '{name}' (line {line})", "{kind} '{name}' (wiersz {line})"),
    "sheet.column_missing": (
        "column '{col}' is missing; Ads Manager needs it to create the objects",
        "brak kolumny '{col}'; Ads Manager potrzebuje jej, aby utworzyć obiekty",
    ),
    "sheet.working_column": (
        "column '{col}' is an adsage working column, not an Ads Manager one",
        "kolumna '{col}' to notatka adsage, nie kolumna Ads Managera",
    ),
    "sheet.working_column.fix": (
        "keep working notes in the second sheet or the .adsage.csv file",
        "trzymaj notatki w drugim arkuszu albo w pliku .adsage.csv",
    ),
    "sheet.campaign_unnamed": (
        "{where}: Campaign Name is empty; every row names its campaign",
        "{where}: Campaign Name jest puste; każdy wiersz podaje nazwę kampanii",
    ),
    "sheet.cell_missing": ("{where}: {col} is empty", "{where}: {col} jest puste"),
    "sheet.inconsistent": (
        "{where}: {col} is '{value}' but an earlier row of '{name}' says '{before}'; one "
        "object has one setting",
        "{where}: {col} ma wartość '{value}', a wcześniejszy wiersz '{name}' podaje "
        "'{before}'; jeden obiekt ma jedno ustawienie",
    ),
    "sheet.not_paused": (
        "{where}: {col} is '{value}'; an import must create PAUSED objects so nothing starts "
        "spending",
        "{where}: {col} ma wartość '{value}'; import musi tworzyć obiekty PAUSED, żeby nic nie "
        "zaczęło wydawać budżetu",
    ),
    "sheet.not_paused.fix": ("set {col} to PAUSED", "ustaw {col} na PAUSED"),
    "sheet.budget.amount": (
        "{where}: {col} '{value}' is not a positive amount",
        "{where}: {col} '{value}' nie jest dodatnią kwotą",
    ),
    "sheet.budget.none": (
        "{where}: no budget; set Ad Set Daily or Lifetime Budget",
        "{where}: brak budżetu; ustaw Ad Set Daily albo Lifetime Budget",
    ),
    "sheet.budget.two": (
        "{where}: budgets set as {cols}; use exactly one (daily or lifetime, on the campaign "
        "or on the ad set)",
        "{where}: budżety ustawione jako {cols}; zostaw dokładnie jeden (dzienny albo na cały "
        "okres, w kampanii albo w zestawie reklam)",
    ),
    "sheet.budget.stop": (
        "{where}: a lifetime budget needs Ad Set Time Stop",
        "{where}: budżet na cały okres wymaga Ad Set Time Stop",
    ),
    "sheet.date.unreadable": (
        "{where}: {col} '{value}' is not a date like {sample}",
        "{where}: {col} '{value}' nie jest datą w formacie {sample}",
    ),
    "sheet.date.order": (
        "{where}: Ad Set Time Stop is not after Ad Set Time Start",
        "{where}: Ad Set Time Stop nie jest późniejszy niż Ad Set Time Start",
    ),
    "sheet.location": (
        "{where}: no location; fill {cols}",
        "{where}: brak lokalizacji; wypełnij {cols}",
    ),
    "sheet.age.numbers": (
        "{where}: ages '{lo}'-'{hi}' are not whole numbers",
        "{where}: wiek '{lo}'-'{hi}' to nie liczby całkowite",
    ),
    "sheet.age.range": (
        "{where}: ages {lo}–{hi} must lie within 13–65, min before max",
        "{where}: wiek {lo}–{hi} musi mieścić się w 13–65, od mniejszego do większego",
    ),
    "sheet.bid_strategy": (
        "{where}: no {col}; Ads Manager will pick one",
        "{where}: brak {col}; Ads Manager wybierze ją sam",
    ),
    "sheet.bid_amount": (
        "{where}: a capped bid strategy with no Bid Amount; put the goal's cost cap there",
        "{where}: strategia z limitem kosztu bez Bid Amount; wpisz tam limit kosztu z celu",
    ),
    "sheet.page": (
        "{where}: no Facebook Page (Link Object ID); the ads need one",
        "{where}: brak strony na Facebooku (Link Object ID); reklamy jej potrzebują",
    ),
    "sheet.page.fix": (
        "pass --page ID, or choose the Page in Ads Manager",
        "podaj --page ID albo wybierz stronę w Ads Managerze",
    ),
    "sheet.pixel": (
        "{where}: optimises for website conversions but names no pixel",
        "{where}: optymalizuje pod konwersje na stronie, ale nie podaje piksela",
    ),
    "sheet.pixel.fix": (
        "pass --pixel ID, or choose the dataset in Ads Manager",
        "podaj --pixel ID albo wybierz zbiór danych w Ads Managerze",
    ),
    "sheet.duplicate_ad": (
        "{where}: the same ad name is on line {first} of this ad set; the import would merge "
        "or reject them",
        "{where}: ta sama nazwa reklamy jest w wierszu {first} tego zestawu; import je "
        "połączy albo odrzuci",
    ),
    "sheet.ab.extra": (
        "line {line}: variant {letter} of the {element} test also differs from line {first} "
        "in {cols}; a one-variable test changes only the tested element",
        "wiersz {line}: wariant {letter} testu elementu {element} różni się od wiersza "
        "{first} także w {cols}; test jednej zmiennej zmienia tylko testowany element",
    ),
    "sheet.ab.same": (
        "line {line}: variant {letter} of the {element} test has the same {cols} as line "
        "{first}; the test compares nothing in this sheet",
        "wiersz {line}: wariant {letter} testu elementu {element} ma to samo {cols} co "
        "wiersz {first}; w tym arkuszu test niczego nie porównuje",
    ),
    "sheet.ab.same.image": (
        "attach one image or video file per ad (--image/--video)",
        "dołącz osobny plik grafiki lub wideo do każdej reklamy (--image/--video)",
    ),
    "sheet.ab.same.audience": (
        "set each ad set's audience in Ads Manager (see the working notes)",
        "ustaw grupę odbiorców każdego zestawu w Ads Managerze (zob. notatki)",
    ),
    "sheet.summary": (
        "{file}: {verdict} - rows: {rows}, ads: {ads}",
        "{file}: {verdict} - wiersze: {rows}, reklamy: {ads}",
    ),
    "sheet.verdict.ok": ("OK", "OK"),
    "sheet.verdict.errors": ("ERRORS", "BŁĘDY"),
    # working notes of a plan's bulk sheet (places and audiences the import cannot carry)
    "sheet.place_not_written": (
        "Location “{place}” ({country}) is not in the import sheet (no sourced cell format for "
        "it): the ad set targets the whole country until you narrow it in Ads Manager.",
        "Lokalizacji „{place}” ({country}) nie ma w arkuszu importu (brak potwierdzonego formatu "
        "komórki): zestaw reklam obejmuje cały kraj, dopóki nie zawęzisz go w Menedżerze reklam.",
    ),
    "sheet.radius_by_hand": (
        "“{place}” with a {km} km radius is not in the import sheet: Ads Manager offers such a "
        "radius only around a dropped pin or an address, not a city (UNSURE). Set it by hand; "
        "until then the ad set targets the whole of {country}.",
        "„{place}” z promieniem {km} km nie trafiło do arkusza importu: taki promień Menedżer "
        "reklam ustawia tylko wokół pinezki lub adresu, nie miasta (UNSURE). Ustaw go ręcznie; "
        "do tego czasu zestaw obejmuje cały kraj ({country}).",
    ),
    "sheet.retargeting_attach": (
        "Attach a custom audience in Ads Manager before publishing ({purpose}): the plan names "
        "none, so without it this ad set reaches the same people as prospecting.",
        "Przed publikacją dołącz w Menedżerze reklam niestandardową grupę odbiorców ({purpose}): "
        "plan nie wskazuje żadnej, więc bez niej ten zestaw dotrze do tych samych osób co "
        "pozyskiwanie.",
    ),
    "sheet.retargeting_named": (
        "This ad set targets the custom audience {names} (Custom Audiences column, Advantage+ "
        "audience off): the sheet gives names only, so check each audience exists under that "
        "name in Ads Manager, or put its ID, before importing.",
        "Ten zestaw celuje w niestandardowe grupy odbiorców {names} (kolumna Custom Audiences, "
        "grupa Advantage+ wyłączona): arkusz podaje tylko nazwy, więc przed importem sprawdź, "
        "czy każda grupa istnieje w Menedżerze reklam pod tą nazwą, albo wpisz jej ID.",
    ),
    "sheet.audience_excluded": (
        "This ad set excludes the custom audience {names} (Excluded Custom Audiences column), "
        "so it reaches new people only; check each audience exists under that name.",
        "Ten zestaw wyklucza niestandardowe grupy odbiorców {names} (kolumna Excluded Custom "
        "Audiences), więc dociera tylko do nowych osób; sprawdź, czy każda grupa istnieje pod tą "
        "nazwą.",
    ),
    "sheet.raise_after_test": (
        "Daily budget {during} while the A/B test runs; on {date}, when the test has ended, "
        "raise it to {after} a day (the sheet holds one amount per ad set).",
        "Budżet dzienny {during} na czas testu A/B; {date}, po zakończeniu testu, podnieś go do "
        "{after} dziennie (arkusz mieści jedną kwotę na zestaw).",
    ),
}
