"""``adsage check media``: what the image and video files themselves show, per placement."""
# ruff: noqa: E501 - one message per line reads better than wrapped fragments

from __future__ import annotations

from adsage.i18n.catalogue import Message, PluralMessage

MESSAGES: dict[str, Message] = {
    "media.place.feed": ("feed", "Aktualności"),
    "media.place.stories": ("Stories", "Relacje"),
    "media.place.reels": ("Reels", "Reels"),
    "media.place.right_column": ("the right column", "prawa kolumna"),
    "media.place.in_stream": ("in-stream", "In-stream"),
    "media.band.top": ("top {share}", "górne {share}"),
    "media.band.bottom": ("bottom {share}", "dolne {share}"),
    "media.band.sides": ("{share} on each side", "{share} z każdego boku"),
    "media.kind.image": ("The image", "Obraz"),
    "media.kind.video": ("The video", "Wideo"),
    "media.file.too_big": (
        "{kind} file is {size} MB; Meta takes up to {limit} MB.",
        "{kind}: plik ma {size} MB; Meta przyjmuje do {limit} MB.",
    ),
    "media.file.too_big.fix": (
        "Export it again with stronger compression or a smaller size.",
        "Wyeksportuj go ponownie z mocniejszą kompresją albo w mniejszym rozmiarze.",
    ),
    "media.image.format": (
        "The image is {fmt}; Meta's image specs name JPEG or PNG, other formats may be converted on upload.",
        "Obraz jest w formacie {fmt}; specyfikacja Meta podaje JPEG albo PNG, inne formaty mogą zostać przekonwertowane przy przesyłaniu.",
    ),
    "media.image.format.fix": ("Save it as JPEG or PNG.", "Zapisz go jako JPEG albo PNG."),
    "media.image.colour": (
        "The image is in {mode} colour mode; screens show RGB, so colours may shift.",
        "Obraz ma tryb kolorów {mode}; ekrany wyświetlają RGB, więc kolory mogą się zmienić.",
    ),
    "media.image.colour.fix": ("Convert it to RGB (sRGB).", "Przekonwertuj go do RGB (sRGB)."),
    "media.image.animated": (
        "The image is an animated GIF; Meta treats it as a video, so the video specs apply.",
        "Obraz to animowany GIF; Meta traktuje go jak wideo, więc obowiązują zasady dla wideo.",
    ),
    "media.image.animated.fix": (
        "Export it as an MP4 video for full control of quality and length.",
        "Wyeksportuj go jako wideo MP4, aby panować nad jakością i długością.",
    ),
    "media.image.exif": (
        "The file is stored sideways with an EXIF rotation tag; it was checked as shown ({width}x{height}), but some tools ignore the tag.",
        "Plik jest zapisany bokiem ze znacznikiem obrotu EXIF; sprawdzono go tak, jak się wyświetla ({width}x{height}), ale niektóre narzędzia ignorują ten znacznik.",
    ),
    "media.image.exif.fix": (
        "Save it again with the rotation applied to the pixels.",
        "Zapisz go ponownie z obrotem zastosowanym do pikseli.",
    ),
    "media.ratio": (
        "{kind} is {width}x{height} ({ratio}); {where} needs {need} (Meta allows {tolerance} off).",
        "{kind} ma {width}x{height} ({ratio}); miejsce {where} wymaga proporcji {need} (Meta dopuszcza odchylenie {tolerance}).",
    ),
    "media.ratio.padded": (
        "{kind} is {width}x{height} ({ratio}); {where} shows it with padding instead of full screen, {need} fills the screen.",
        "{kind} ma {width}x{height} ({ratio}); miejsce {where} pokaże ten materiał z ramką zamiast na pełnym ekranie, pełny ekran wypełniają proporcje {need}.",
    ),
    "media.ratio.fix": (
        "Crop or export a {need} version for {where}.",
        "Przytnij albo wyeksportuj wersję {need} dla miejsca {where}.",
    ),
    "media.size.small": (
        "{kind} is {width}x{height}, below the {min_width}x{min_height} minimum for {where}.",
        "{kind} ma {width}x{height}, poniżej minimum {min_width}x{min_height} dla miejsca {where}.",
    ),
    "media.size.small.fix": ("Use a larger original.", "Użyj większego oryginału."),
    "media.size.recommended": (
        "{kind} is {width}x{height}, below the recommended {rec_width}x{rec_height} for {where}; it may look blurry.",
        "{kind} ma {width}x{height}, poniżej zalecanych {rec_width}x{rec_height} dla miejsca {where}; może wyglądać nieostro.",
    ),
    "media.size.recommended.fix": (
        "Use at least {rec_width}x{rec_height}.",
        "Użyj co najmniej {rec_width}x{rec_height}.",
    ),
    "media.video.long": (
        "The video runs {duration} s; {where} takes {min} to {max} s.",
        "Wideo trwa {duration} s; miejsce {where} przyjmuje od {min} do {max} s.",
    ),
    "media.video.long.fix": (
        "Cut it to at most {max} s for {where}.",
        "Skróć je do najwyżej {max} s dla miejsca {where}.",
    ),
    "media.video.short.fix": (
        "Use a video of at least {min} s.",
        "Użyj wideo trwającego co najmniej {min} s.",
    ),
    "media.video.container": (
        "The video container is {container}; Meta's video specs name MP4 or MOV.",
        "Kontener wideo to {container}; specyfikacja Meta podaje MP4 albo MOV.",
    ),
    "media.video.container.fix": ("Export it as MP4.", "Wyeksportuj je jako MP4."),
    "media.video.codec": (
        "The video is encoded as {codec}; H.264 is the safe encode for upload.",
        "Wideo jest zakodowane jako {codec}; bezpieczny kodek do przesłania to H.264.",
    ),
    "media.video.codec.fix": (
        "Export it as H.264 video with AAC audio.",
        "Wyeksportuj je jako wideo H.264 z dźwiękiem AAC.",
    ),
    "media.video.audio_codec": (
        "The audio is encoded as {codec}; AAC is the safe encode for upload.",
        "Dźwięk jest zakodowany jako {codec}; bezpieczny kodek to AAC.",
    ),
    "media.video.no_audio": (
        "The video has no audio track; Reels and Stories are often watched with sound on.",
        "Wideo nie ma ścieżki dźwiękowej; Reels i Relacje często ogląda się z dźwiękiem.",
    ),
    "media.video.no_audio.fix": (
        "Add music or a voice-over, and captions for viewers without sound.",
        "Dodaj muzykę lub lektora oraz napisy dla oglądających bez dźwięku.",
    ),
    "media.video.fps": (
        "The video runs at {fps} frames per second, outside the usual {min} to {max}.",
        "Liczba klatek na sekundę w wideo to {fps}, poza typowym zakresem od {min} do {max}.",
    ),
    "media.video.fps.fix": (
        "Export it at 25 or 30 frames per second.",
        "Wyeksportuj je z prędkością 25 albo 30 klatek na sekundę.",
    ),
    "media.video.bitrate": (
        "The video's bitrate is {kbps} kbit/s, low for {width}x{height} (about {need} kbit/s or more is usual); it may look blocky.",
        "Przepływność wideo to {kbps} kbit/s, mało dla {width}x{height} (zwykle około {need} kbit/s lub więcej); obraz może być poszatkowany.",
    ),
    "media.video.bitrate.fix": (
        "Export it at a higher bitrate.",
        "Wyeksportuj je z wyższą przepływnością.",
    ),
    "media.safe_zone": (
        "Text-like detail (text, a logo or a face) covers about {share} of the {band} of the frame{at}, which {where} covers with its own buttons and captions.",
        "Szczegóły przypominające tekst (tekst, logo lub twarz) zajmują około {share} obszaru: {band} kadru{at}; w miejscu {where} ten obszar zasłaniają przyciski i podpisy aplikacji.",
    ),
    "media.safe_zone.at": (" at {time} s", " w {time} s"),
    "media.safe_zone.fix": (
        "Move text, logos and the offer into the middle of the frame for {where}.",
        "Przenieś tekst, logo i ofertę na środek kadru dla miejsca {where}.",
    ),
    "media.text_share": (
        "Text-like regions cover about {share} of the image{at}; Meta advises under {limit}, and text-heavy images may reach fewer people (delivery, not rejection).",
        "Obszary przypominające tekst zajmują około {share} obrazu{at}; Meta zaleca poniżej {limit}, a obrazy z dużą ilością tekstu mogą docierać do mniejszej liczby osób (to kwestia emisji, nie odrzucenia).",
    ),
    "media.text_share.fix": (
        "Move words into the primary text or headline and keep the image mostly visual.",
        "Przenieś słowa do tekstu głównego lub nagłówka, a obraz zostaw głównie wizualny.",
    ),
    "media.carousel.ratio": (
        "Card {card} is {ratio} while card 1 is {first}; a carousel shows all cards at one ratio, so the others are cropped.",
        "Karta {card} ma proporcje {ratio}, a karta 1 {first}; karuzela pokazuje wszystkie karty w jednych proporcjach, więc pozostałe zostaną przycięte.",
    ),
    "media.carousel.ratio.fix": (
        "Crop every card to the same ratio (1:1 is the common choice).",
        "Przytnij wszystkie karty do tych samych proporcji (najczęściej 1:1).",
    ),
    "media.carousel.cards": (
        "A carousel needs {min} to {max} cards; {given}.",
        "Karuzela potrzebuje od {min} do {max} kart; {given}.",
    ),
    "media.carousel.cards.fix": (
        "Give {min} to {max} files for a carousel.",
        "Podaj od {min} do {max} plików dla karuzeli.",
    ),
}

PLURALS: dict[str, PluralMessage] = {
    "media.carousel.given": (
        {"one": "{n} file was given", "other": "{n} files were given"},
        {
            "one": "podano {n} plik",
            "few": "podano {n} pliki",
            "many": "podano {n} plików",
            "other": "podano {n} pliku",
        },
    ),
}
