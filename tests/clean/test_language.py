"""Language identification: English and French told apart, short texts left unknown."""

from __future__ import annotations

from sitroom.clean.language import detect_language

EN = (
    "Iraqi security forces launched an operation on Sunday against Islamic State cells hiding in the "
    "mountains, the military said, adding that aircraft were supporting troops on the ground."
)
FR = (
    "Les forces de sécurité irakiennes ont lancé dimanche une opération contre des cellules du groupe "
    "État islamique cachées dans les montagnes, a indiqué l'armée, ajoutant que des avions appuyaient les troupes."
)


def test_language_english() -> None:
    lang, score = detect_language(EN)
    assert lang == "en" and score is not None and 0.9 < score <= 1.0


def test_language_french() -> None:
    lang, score = detect_language(FR)
    assert lang == "fr" and score is not None and score > 0.9


def test_language_short_text_is_unknown() -> None:
    assert detect_language("Coalition strike hits hideout") == (None, None)
