"""Language identification with py3langid (normalised probabilities), abstaining on short texts."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_WORDS = 20  # below this langid guesses more than it knows: report None instead
MAX_CHARS = 5000  # the first few thousand characters decide the language; keeps long texts cheap


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, probability) of ``text``, or (None, None) when it is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return None, None
    lang, score = _identifier().classify(text[:MAX_CHARS])
    return str(lang), round(float(score), 4)
