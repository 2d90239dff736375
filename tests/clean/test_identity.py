"""Document identity: stable ids, near-duplicate fingerprints."""

from __future__ import annotations

from sitroom.clean import document_id, fingerprint, is_near_duplicate, prepare
from sitroom.models import Source

STORY = (
    "BRUSSELS, March 12, 2025 (Example Wire) - Ministers of the coalition against the Islamic State group "
    "pledged new funds for stabilisation projects in Iraq and Syria at a meeting on Tuesday, a spokesman said. "
    "The pledges fell short of the target set for the year, he told reporters, adding that several members "
    "were expected to announce further contributions in the coming weeks. Ministers also discussed the camps "
    "in northeast Syria and urged countries of origin to bring their nationals home. Delegates said the "
    "threat posed by the group's branches in Africa had grown over the past year and agreed to expand a "
    "working group on its finances. The coalition was formed in 2014 and has grown steadily since then."
)
OTHER = (
    "Iraqi security forces launched an operation on Sunday against Islamic State cells hiding in the "
    "mountains north of Baghdad, the military said, adding that aircraft were supporting troops on the "
    "ground. Two soldiers were killed by a roadside bomb in the same area last week, security sources said. "
    "The mountains have long served as a refuge for the group's remaining fighters, who move between "
    "caves and farms in small groups. Officials said the operation would continue for several days."
)


def test_identity_same_text_same_id() -> None:
    assert document_id(STORY) == document_id("  " + STORY.upper().replace(" ", "\n  ") + "\n")
    assert len(document_id(STORY)) == 16
    assert document_id(STORY) != document_id(OTHER)


def test_identity_fingerprint_is_deterministic_64_bit() -> None:
    fp = fingerprint(STORY)
    assert fp == fingerprint(STORY) and 0 <= fp < 2**64
    assert fingerprint("") == 0


def test_identity_syndicated_copy_is_near_duplicate() -> None:
    copy = STORY.replace("(Example Wire)", "(Regional Daily)")
    assert document_id(copy) != document_id(STORY)
    assert is_near_duplicate(fingerprint(STORY), fingerprint(copy))


def test_identity_cleaned_syndicated_copy_is_near_duplicate() -> None:
    """Through prepare: the copy differs by its outlet, a share row and a credit line."""
    original = Source(path="a.txt", text=STORY + "\n(Reporting by A. Writer; Editing by B. Editor)", kind="txt")
    copy = Source(path="b.txt", text=STORY.replace("(Example Wire)", "(Regional Daily)") + "\nShare this article",
                  kind="txt")
    (a,) = prepare(original)  # type: ignore[misc]
    (b,) = prepare(copy)  # type: ignore[misc]
    assert a.id != b.id
    assert is_near_duplicate(fingerprint(a.text), fingerprint(b.text))


def test_identity_small_edit_in_article_length_text_is_near_duplicate() -> None:
    long_story = " ".join([STORY, OTHER, STORY.split(" - ", 1)[1]])
    edited = long_story.replace("a spokesman said", "an official said", 1)
    assert is_near_duplicate(fingerprint(long_story), fingerprint(edited))


def test_identity_different_story_is_not_near_duplicate() -> None:
    assert not is_near_duplicate(fingerprint(STORY), fingerprint(OTHER))
    assert is_near_duplicate(5, 5 ^ 0b111) and not is_near_duplicate(5, 5 ^ 0b1111)
