"""The plan's "before launch" findings: what the brief implies before any ad may run (a
campaign Meta does not run in the EU, alcohol under Polish law, dating permission, dietary
supplement claims, the EU beneficiary and payer), and how the plan and the sheet say so."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "doc.launch": ("Before launch", "Przed uruchomieniem"),
    "doc.launch.stop": (
        "STOP: this plan cannot run as written.",
        "STOP: tego planu nie da się uruchomić w tej postaci.",
    ),
    "launch.eu_political_ban": (
        "Meta does not run political, electoral or social issue ads anywhere in the EU (since October 2025), with or without the ISSUES_ELECTIONS_POLITICS category and advertiser authorisation. This plan cannot run as a paid Meta campaign in the EU markets it targets ({countries}).",
        "Meta nie emituje w UE reklam politycznych, wyborczych ani dotyczących kwestii społecznych (od października 2025 r.), niezależnie od kategorii ISSUES_ELECTIONS_POLITICS i autoryzacji reklamodawcy. Tego planu nie da się uruchomić jako płatnej kampanii w Meta na rynkach UE, do których jest skierowany ({countries}).",
    ),
    "launch.eu_political_ban_fix": (
        "Reach people organically instead: posts and Stories on the organisation's own page, a request to every supporter to share the link, posts in local groups (within each group's rules), the newsletter to people already on the list, and partner organisations sharing from their own pages. Source: {cite}.",
        "Zamiast reklam działaj organicznie: posty i relacje na stronie organizacji, prośba do każdej osoby, która poprze sprawę, o udostępnienie linku, wpisy w lokalnych grupach (zgodnie z ich regulaminem), newsletter do osób, które już są na liście, i organizacje partnerskie udostępniające apel na swoich stronach. Źródło: {cite}.",
    ),
    "launch.alcohol_banned.PL": (
        'The brief sells alcohol other than beer ("{hit}"). Polish law bans advertising and promoting alcoholic drinks other than beer (Act on upbringing in sobriety and counteracting alcoholism, art. 13¹), so this campaign may not run for audiences in Poland.',
        "Brief dotyczy alkoholu innego niż piwo („{hit}”). Polskie prawo zakazuje reklamy i promocji napojów alkoholowych innych niż piwo (ustawa o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi, art. 13¹), więc tej kampanii nie wolno emitować dla odbiorców w Polsce.",
    ),
    "launch.alcohol_banned.PL_fix": (
        "Do not launch it for audiences in Poland; consult a lawyer before any paid promotion there.",
        "Nie uruchamiaj jej dla odbiorców w Polsce; przed jakąkolwiek płatną promocją skonsultuj się z prawnikiem.",
    ),
    "launch.alcohol_beer.PL": (
        'The brief sells beer ("{hit}"), which Polish law lets you advertise in Poland only on conditions (Act on upbringing in sobriety, art. 13¹): no one under 18 shown or addressed, no link to success, sport, health or driving, and the mandatory health warning on every ad.',
        "Brief dotyczy piwa („{hit}”), które w Polsce wolno reklamować tylko na warunkach z ustawy o wychowaniu w trzeźwości (art. 13¹): bez osób niepełnoletnich w reklamie i wśród adresatów, bez wiązania z sukcesem, sportem, zdrowiem czy prowadzeniem pojazdów i z obowiązkowym ostrzeżeniem zdrowotnym w każdej reklamie.",
    ),
    "launch.alcohol_beer.PL_fix": (
        "Check each ad against these conditions with a lawyer before launch.",
        "Przed startem sprawdź każdą reklamę z prawnikiem pod kątem tych warunków.",
    ),
    "launch.dating": (
        'The brief sells dating ("{hit}"): before launch, get Meta\'s prior written permission for dating ads (it is needed whatever words the ads use), target adults ({min}+) only, and keep every ad from asserting or asking about the viewer\'s relationship status ("Single over 40?") or showing sexual content.',
        "Brief dotyczy randek („{hit}”): przed startem uzyskaj wcześniejszą pisemną zgodę Meta na reklamy randkowe (potrzebną niezależnie od słów w reklamach), kieruj reklamy tylko do dorosłych ({min}+) i pilnuj, by żadna reklama nie stwierdzała ani nie pytała o stan cywilny lub związek odbiorcy („Singiel po 40-tce?”) ani nie pokazywała treści seksualnych.",
    ),
    "launch.dating_fix": (
        "Ask Meta for the permission for the ad account that will run the campaign and wait for it before the ads go live.",
        "Poproś Meta o zgodę dla konta reklamowego, z którego pójdzie kampania, i poczekaj na nią przed emisją.",
    ),
    "launch.supplement": (
        'The brief sells a dietary supplement ("{hit}"): call it a food supplement in the ads, use only EU-authorised health claims in their authorised wording (never shortened), make no claim that it prevents, treats or cures a disease, show no before-and-after images, and do not assert or ask about the viewer\'s health.',
        "Brief dotyczy suplementu diety („{hit}”): nazywaj produkt w reklamach „suplementem diety”, używaj tylko dopuszczonych w UE oświadczeń zdrowotnych w ich zatwierdzonym brzmieniu (nigdy skróconych), nie przypisuj mu właściwości zapobiegania chorobom ani ich leczenia, nie pokazuj zdjęć „przed i po” i nie stwierdzaj ani nie pytaj o stan zdrowia odbiorcy.",
    ),
    "launch.supplement_claims": (
        "The ads use these health claims whole or not at all: {claims}.",
        "Reklamy używają tych oświadczeń zdrowotnych w całości albo wcale: {claims}.",
    ),
    "launch.supplement_fix": (
        "Check each claim against the EU register of authorised health claims before launch.",
        "Przed startem sprawdź każde oświadczenie w unijnym rejestrze dopuszczonych oświadczeń zdrowotnych.",
    ),
    "launch.dsa": (
        "Before publishing: fill in the beneficiary and the payer (DSA) on every ad set; Meta does not publish an ad set that reaches the EU ({countries}) without them.",
        "Przed publikacją: uzupełnij beneficjenta i płatnika (DSA) w każdym zestawie reklam; Meta nie opublikuje bez nich zestawu docierającego do UE ({countries}).",
    ),
    # the bulk sheet
    "sheet.hand.dsa": (
        "Fill in the beneficiary and the payer (DSA) for this ad set before publishing.",
        "Uzupełnij beneficjenta i płatnika (DSA) w tym zestawie reklam przed publikacją.",
    ),
    "sheet.not_ready": (
        "NOT READY: {reason}",
        "NIEGOTOWE: {reason}",
    ),
    "sheet.refused": (
        "{option} {path}: not written: {reason}",
        "{option} {path}: nie zapisano: {reason}",
    ),
    # the special ad category check on a targeting (adsage check plan / targeting)
    "targeting.special.authorisation": (
        "{cat} ads need Meta's authorisation (and licences where required) before they run.",
        "Reklamy z kategorii {cat} wymagają przed emisją autoryzacji w Meta (i licencji, gdzie są wymagane).",
    ),
    "targeting.special.replaced": (
        "{cat} was replaced by {new} ({when}); declare the new category on new campaigns.",
        "Kategorię {cat} zastąpiła {new} ({when}); w nowych kampaniach deklaruj nową kategorię.",
    ),
    "targeting.special.replaced_fix": (
        "Use special_ad_category: {new}.",
        "Użyj special_ad_category: {new}.",
    ),
    "targeting.special.age": (
        "age targeting is not allowed (must stay {lo}–{hi}+).",
        "zawężanie według wieku jest niedozwolone (zakres musi zostać {lo}–{hi}+).",
    ),
    "targeting.special.age_fix": ("Use {lo}–{hi}+.", "Ustaw {lo}–{hi}+."),
    "targeting.special.gender": (
        "gender targeting is not allowed.",
        "zawężanie według płci jest niedozwolone.",
    ),
    "targeting.special.gender_fix": ("Target all genders.", "Kieruj reklamy do wszystkich płci."),
    "targeting.special.postal": (
        "postal-code targeting is not allowed.",
        "targetowanie według kodów pocztowych jest niedozwolone.",
    ),
    "targeting.special.postal_fix": (
        "Use cities or a radius.",
        "Użyj miast albo promienia wokół punktu.",
    ),
    "targeting.special.lookalike": (
        "lookalike audiences are not allowed.",
        "grupy podobnych odbiorców są niedozwolone.",
    ),
    "targeting.special.lookalike_fix": ("Remove the lookalike.", "Usuń grupę podobnych odbiorców."),
    "targeting.special.lock_unsure": (
        "{cat} ads may not be narrowable by age or gender: Meta's rule for this category is not confirmed in adsage's sources (UNSURE).",
        "Reklam z kategorii {cat} być może nie da się zawęzić według wieku ani płci: zasada Meta dla tej kategorii nie jest potwierdzona w źródłach adsage (niepotwierdzone).",
    ),
    "targeting.special.lock_unsure_fix": (
        "Check in Ads Manager whether the age and gender controls stay open for this campaign before relying on them.",
        "Sprawdź w Menedżerze reklam, czy ustawienia wieku i płci są dostępne dla tej kampanii, zanim na nich oprzesz plan.",
    ),
}
