"""The light spelling key (case, diacritics and separators folded) of a place or entity name: an ASCII name takes a
short way (session 51, speed) that must give what the full fold gives."""

from __future__ import annotations

import unicodedata

from sitroom.resolve.places import _LIGHT_SEP, _light_key


def _full_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return _LIGHT_SEP.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


def test_an_ascii_name_folds_case_and_separators() -> None:
    assert _light_key("Ras al-Ain") == "rasalain" == _full_fold("Ras al-Ain")
    assert _light_key("Dar'es Salaam") == _full_fold("Dar'es Salaam") == "daressalaam"
    assert _light_key("") == ""


def test_a_name_with_diacritics_or_curly_marks_folds_them_too() -> None:
    assert _light_key("Kobanî") == "kobani"
    assert _light_key("Ra’s al-‘Ayn") == _full_fold("Ra’s al-‘Ayn") == "rasalayn"
