"""Language identification with py3langid (normalised probabilities), abstaining on short texts."""

from __future__ import annotations

from collections import Counter
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_WORDS = 20  # below this langid guesses more than it knows: report None instead
MAX_CHARS = 5000  # the first few thousand characters decide the language; keeps long texts cheap
PARAGRAPH_WORDS = 5  # a paragraph this long votes for its language, with as many votes as it has words


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, probability) of ``text``, or (None, None) when it is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return None, None
    head = text[:MAX_CHARS]
    lang, score = _identifier().classify(head)
    # langid reads bytes: an English story quoting an Arabic tweet or statement (two bytes a letter) reads as
    # Arabic as a whole; the language most of its words are in is the page's, told paragraph by paragraph
    votes: Counter[str] = Counter()
    for paragraph in head.split("\n"):
        if len(words := paragraph.split()) >= PARAGRAPH_WORDS:
            votes[str(_identifier().classify(paragraph)[0])] += len(words)
    if votes and (most := votes.most_common(1)[0][0]) != lang and votes[most] * 2 > sum(votes.values()):
        lang, score = most, _identifier().classify(
            "\n".join(p for p in head.split("\n") if _identifier().classify(p)[0] == most))[1]
    return str(lang), round(float(score), 4)
