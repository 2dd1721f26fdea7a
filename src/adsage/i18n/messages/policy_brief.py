"""Findings of the brief-level policy checks: restricted categories read from what the brief
sells, advice that must not be given, social-issue and special-category words, and wording
that would exclude people from job, housing or credit ads."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # aesthetic medicine and cosmetic procedures
    "policy.health.restricted": (
        'Aesthetic medicine ("{hit}" in the brief) is a restricted category: target people aged {min}+ only, show no before-and-after images, keep prescription-drug names out of the ad text and promise no guaranteed results.',
        "Medycyna estetyczna (w briefie: „{hit}”) to kategoria z ograniczeniami: kieruj reklamy tylko do osób w wieku {min}+, nie pokazuj zdjęć „przed i po”, nie umieszczaj w tekście reklamy nazw leków na receptę i nie obiecuj gwarantowanych efektów.",
    ),
    "policy.health.restricted_fix": (
        "Advertise the consultation and the doctors who do the treatments, not a drug or a promised result.",
        "Reklamuj konsultację i lekarzy, którzy wykonują zabiegi, a nie lek ani obiecany efekt.",
    ),
    "policy.health.rx_named": (
        'The brief names a prescription-only medicine ("{drug}"), which may not be advertised to the public.',
        "Brief wymienia lek na receptę („{drug}”), którego nie wolno reklamować publicznie.",
    ),
    "policy.health.age": (
        "Ads for cosmetic procedures may only reach people aged {min}+, but the audience starts at {age}.",
        "Reklamy zabiegów estetycznych mogą docierać tylko do osób w wieku {min}+, a grupa odbiorców zaczyna się od wieku {age}.",
    ),
    "policy.health.age_fix": (
        "Raise the minimum age to {min}.",
        "Podnieś dolną granicę wieku do {min}.",
    ),
    "policy.rx_drug": (
        '"{hit}" is a prescription-only medicine; the law does not allow advertising it to the public.',
        "„{hit}” to lek na receptę, a prawo nie pozwala reklamować go publicznie.",
    ),
    "policy.rx_drug_fix": (
        "Leave the drug name out of the ads; write about the consultation with a doctor or the area treated instead.",
        "Nie używaj nazwy leku w reklamach; napisz o konsultacji z lekarzem albo o obszarze zabiegu.",
    ),
    # before-and-after advice
    "policy.before_after": (
        '"{hit}" recommends before-and-after images, which Meta does not allow in health, cosmetic or appearance ads.',
        "„{hit}” to zalecenie zdjęć „przed i po”, których Meta nie dopuszcza w reklamach związanych ze zdrowiem, kosmetyką i wyglądem.",
    ),
    "policy.before_after.neutral": (
        "show the treatment and the person who does it, not a comparison of results",
        "pokaż zabieg i osobę, która go wykonuje, a nie porównanie efektów",
    ),
    "policy.before_after.proof": (
        "the treatment and the person who does it, not a comparison of results",
        "zabieg i osobę, która go wykonuje, a nie porównanie efektów",
    ),
    "policy.before_after.replaced": (
        "The plan gives a neutral angle instead.",
        "Plan podaje w zamian neutralne ujęcie.",
    ),
    # alcohol
    "policy.alcohol.ok": (
        "Alcohol is an age-restricted category: the targeting's minimum age ({age}) is not below the legal drinking age ({country}: {legal}). The ads must also follow local law.",
        "Alkohol to kategoria z ograniczeniem wiekowym: dolna granica wieku w targetowaniu ({age}) nie jest niższa niż wiek, od którego wolno legalnie pić alkohol ({country}: {legal}). Treść reklam też musi być zgodna z lokalnym prawem.",
    ),
    "policy.alcohol.low": (
        "Alcohol is an age-restricted category: the targeting's minimum age ({age}) is below the legal drinking age ({country}: {legal}).",
        "Alkohol to kategoria z ograniczeniem wiekowym: dolna granica wieku w targetowaniu ({age}) jest niższa niż wiek, od którego wolno legalnie pić alkohol ({country}: {legal}).",
    ),
    "policy.alcohol.low_fix": (
        "Raise the minimum age to {legal} for {country}.",
        "Podnieś dolną granicę wieku do {legal} ({country}).",
    ),
    "policy.alcohol.unknown": (
        "Alcohol is an age-restricted category: set the minimum age at or above the legal drinking age in {country}, which adsage has no figure for, and follow local law.",
        "Alkohol to kategoria z ograniczeniem wiekowym: ustaw dolną granicę wieku nie niższą niż wiek, od którego wolno legalnie pić alkohol ({country}; adsage nie ma tej wartości w danych), i przestrzegaj lokalnego prawa.",
    ),
    "policy.alcohol.law.GB": (
        "In the UK the CAP Code applies: the ads must not appeal to under-18s, and anyone shown drinking must be, and look, over 25.",
        "W Wielkiej Brytanii obowiązuje kodeks CAP: reklama nie może przyciągać osób poniżej 18 lat, a każdy, kto pije w reklamie, musi mieć ponad 25 lat i tak wyglądać.",
    ),
    "policy.alcohol.law.PL": (
        "In Poland only beer may be advertised, with the mandatory health warning and no link to success, sport or driving; wine and spirits ads are banned.",
        "W Polsce wolno reklamować tylko piwo, z obowiązkowym ostrzeżeniem zdrowotnym i bez wiązania go z sukcesem, sportem czy prowadzeniem auta; reklamy wina i mocnych alkoholi są zakazane.",
    ),
    # social issues, elections and politics
    "policy.social_issue": (
        "The brief reads like an ad about a social issue ({words}) but declares special ad category NONE; Meta rejects such ads without the category.",
        "Brief wygląda na reklamę dotyczącą kwestii społecznej ({words}), a deklaruje specjalną kategorię reklam NONE; Meta odrzuca takie reklamy bez tej kategorii.",
    ),
    "policy.social_issue_fix": (
        'Declare ISSUES_ELECTIONS_POLITICS, complete Meta\'s advertiser authorisation and add a "Paid for by" disclaimer before the campaign starts; NONE can stay only if the ads take no position on a social issue, a law or an election.',
        "Zadeklaruj ISSUES_ELECTIONS_POLITICS, przejdź w Meta autoryzację reklamodawcy i dodaj oznaczenie „Sfinansowane przez” (Paid for by) przed startem kampanii; NONE może zostać tylko wtedy, gdy reklamy nie zajmują stanowiska w sprawie społecznej, ustawy ani wyborów.",
    ),
    "policy.social_issue.eu": (
        "The brief reads like an ad about a social issue ({words}): since October 2025 Meta runs no political, electoral or social-issue ads in the EU ({countries}), even with the ISSUES_ELECTIONS_POLITICS category.",
        "Brief wygląda na reklamę dotyczącą kwestii społecznej ({words}): od października 2025 r. Meta nie emituje w UE ({countries}) reklam politycznych, wyborczych ani dotyczących kwestii społecznych, także z kategorią ISSUES_ELECTIONS_POLITICS.",
    ),
    "policy.social_issue.eu_fix": (
        "Reach people with organic posts instead, or make sure the ads take no position on a social issue, a law or an election.",
        "Dotrzyj do odbiorców postami organicznymi albo upewnij się, że reklamy nie zajmują stanowiska w sprawie społecznej, ustawy ani wyborów.",
    ),
    "policy.social_issue.declared": (
        'Ads about social issues, elections or politics need Meta\'s advertiser authorisation and a "Paid for by" disclaimer before they run.',
        "Reklamy dotyczące kwestii społecznych, wyborów lub polityki wymagają przed emisją autoryzacji reklamodawcy w Meta i oznaczenia „Sfinansowane przez” (Paid for by).",
    ),
    "policy.social_issue.declared_fix": (
        "Complete the authorisation for the page and the ad account before the campaign starts.",
        "Przejdź autoryzację strony i konta reklamowego przed startem kampanii.",
    ),
    # special categories declared NONE
    "policy.category_words": (
        "The brief reads like a {label} ad ({words}) but declares special ad category NONE; Meta rejects such ads without the category.",
        "Brief wygląda na reklamę z kategorii „{label}” ({words}), a deklaruje specjalną kategorię reklam NONE; Meta odrzuca takie reklamy bez zadeklarowanej kategorii.",
    ),
    "policy.category_words_fix": (
        "Declare {code} (the plan then applies its targeting limits), or ignore this if the ads do not offer it.",
        "Zadeklaruj kategorię {code} (plan uwzględni wtedy jej ograniczenia targetowania) albo zignoruj to ostrzeżenie, jeśli reklamy tego nie oferują.",
    ),
    # wording that excludes people in job, housing and credit ads
    "policy.wording": (
        'The {where} refers to {groups} ("{hits}"); {label} ads must not exclude anyone by age, sex or health, so keep these words out of the ads, the creative and the audience notes.',
        "Pole „{where}” odwołuje się do {groups} („{hits}”); reklamy z kategorii „{label}” nie mogą nikogo wykluczać ze względu na wiek, płeć ani zdrowie, więc te słowa nie mogą trafić do reklam, kreacji ani notatek o odbiorcach.",
    ),
    "policy.wording_fix": ('Neutral wording: "{text}"', "Neutralne brzmienie: „{text}”"),
    "policy.wording.where.description": ("audience description", "opis grupy odbiorców"),
    "policy.wording.where.benefits": ("benefit", "korzyść"),
    "policy.wording.where.offer": ("offer", "oferta"),
    "policy.wording.where.product": ("product", "produkt"),
    "policy.wording.group.age": ("age", "wieku"),
    "policy.wording.group.sex": ("sex", "płci"),
    "policy.wording.group.health": ("health or fitness", "zdrowia lub sprawności fizycznej"),
    "policy.words_and": (" and ", " i "),
    # each restricted category of the ad-text lexicon, with what it asks for
    # (knowledge/en/policy.md): an age limit (alcohol) is not a permission (dating)
    "policy.restricted.alcohol": (
        '"{hit}" points to alcohol, an age-restricted category: target only people of legal drinking age in each country, and follow local law.',
        "„{hit}” wskazuje na alkohol, kategorię z ograniczeniem wiekowym: kieruj reklamy tylko do osób w wieku, od którego w danym kraju wolno pić alkohol, i przestrzegaj lokalnego prawa.",
    ),
    "policy.restricted.dating": (
        '"{hit}" points to dating, a restricted category: these ads need Meta\'s prior written permission and may reach adults only.',
        "„{hit}” wskazuje na randki, kategorię z ograniczeniami: takie reklamy wymagają wcześniejszej pisemnej zgody Meta i mogą docierać tylko do dorosłych.",
    ),
    "policy.restricted.gambling": (
        '"{hit}" points to gambling, a restricted category: these ads need Meta\'s prior written permission, run only in approved countries and reach adults only.',
        "„{hit}” wskazuje na hazard, kategorię z ograniczeniami: takie reklamy wymagają wcześniejszej pisemnej zgody Meta, mogą być emitowane tylko w zatwierdzonych krajach i tylko do dorosłych.",
    ),
    "policy.restricted.pharmacy": (
        '"{hit}" points to an online pharmacy or prescription drugs: pharmacies need certification and Meta\'s permission where they are allowed at all, and prescription medicines may not be advertised to the public.',
        "„{hit}” wskazuje na aptekę internetową lub leki na receptę: apteki potrzebują certyfikacji i zgody Meta tam, gdzie w ogóle są dozwolone, a leków na receptę nie wolno reklamować publicznie.",
    ),
    "policy.restricted.crypto": (
        '"{hit}" points to cryptocurrency, a restricted category: these ads need Meta\'s prior approval or a regulatory licence.',
        "„{hit}” wskazuje na kryptowaluty, kategorię z ograniczeniami: takie reklamy wymagają wcześniejszej zgody Meta albo licencji regulatora.",
    ),
    "policy.restricted.weight_loss": (
        '"{hit}" points to weight loss, a restricted category: these ads may reach people aged 18+ only and must not show a negative body image or before-and-after images.',
        "„{hit}” wskazuje na odchudzanie, kategorię z ograniczeniami: takie reklamy mogą docierać tylko do osób w wieku 18+ i nie mogą pokazywać negatywnego obrazu ciała ani zdjęć „przed i po”.",
    ),
    "policy.restricted.label.alcohol": ("alcohol", "alkohol"),
    "policy.restricted.label.dating": ("dating", "randki"),
    "policy.restricted.label.gambling": ("gambling", "hazard"),
    "policy.restricted.label.pharmacy": (
        "online pharmacy or prescription drugs",
        "apteka internetowa lub leki na receptę",
    ),
    "policy.restricted.label.crypto": ("cryptocurrency", "kryptowaluty"),
    "policy.restricted.label.weight_loss": ("weight loss", "odchudzanie"),
}
