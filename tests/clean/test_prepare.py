"""prepare() end to end: the dev seed articles (read at test time) and the shipped example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.shared_material import SHARED, require_shared

from sitroom.clean import fingerprint, is_near_duplicate, prepare
from sitroom.ingest import read_paths
from sitroom.models import Document, Source

SEEDS = SHARED / "corpus" / "seeds"  # was an absolute /work/shared path: wrong in a clone elsewhere
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
BOILERPLATE_MARKERS = ("uses cookies", "moderates all comments", "The Latest", "Short Url")


def _documents(folder: Path) -> dict[str, list[Document]]:
    out: dict[str, list[Document]] = {}
    for item in read_paths([str(folder)]):
        if isinstance(item, Source):
            docs = prepare(item)
            assert isinstance(docs, list), docs
            out[Path(item.path).name] = docs
    return out


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[Document]]:
    require_shared(SEEDS)
    return _documents(SEEDS)


def _one(docs: dict[str, list[Document]], prefix: str) -> list[Document]:
    return next(v for k, v in docs.items() if k.startswith(prefix))


def test_prepare_seed_with_two_articles(seeds: dict[str, list[Document]]) -> None:
    docs = _one(seeds, "004_")
    assert len(docs) == 2
    assert docs[0].published == "2024-03-24"
    assert docs[1].published is None  # only a relative "updated … ago" stamp
    assert docs[0].title and docs[1].title and docs[0].title != docs[1].title


def test_prepare_seed_lone_date_line(seeds: dict[str, list[Document]]) -> None:
    (doc,) = _one(seeds, "003_")
    assert doc.published == "2019-09-24"


def test_prepare_seeds_have_no_boilerplate(seeds: dict[str, list[Document]]) -> None:
    for docs in seeds.values():
        for doc in docs:
            for marker in BOILERPLATE_MARKERS:
                assert marker not in doc.text, (doc.source_path, marker)
            assert doc.language == "en"
            assert doc.reference_date is not None  # every seed fixes at least a year


def test_prepare_example_corpus() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/corpus missing")
    docs = _documents(EXAMPLES)
    all_docs = [d for v in docs.values() for d in v]
    assert len(docs["04-two-articles-one-page.txt"]) == 2
    assert docs["08-al-hol-rapatriement-fr.txt"][0].language == "fr"
    assert docs["07-coalition-drawdown-iraq.txt"][0].published_basis == "metadata"  # from the sidecar
    assert docs["12-baghdad-attack-followup.txt"][0].reference_basis == "caption"
    original = docs["01-coalition-ministerial-brussels.txt"][0]
    copy = docs["02-coalition-ministerial-syndicated.txt"][0]
    assert original.id != copy.id and is_near_duplicate(fingerprint(original.text), fingerprint(copy.text))
    others = [d for d in all_docs if d.id not in (original.id, copy.id)]
    assert not any(is_near_duplicate(fingerprint(original.text), fingerprint(d.text)) for d in others)
    for doc in all_docs:
        for marker in BOILERPLATE_MARKERS:
            assert marker not in doc.text, (doc.source_path, marker)


def test_prepare_dates_from_the_page_before_the_url_and_the_url_before_nothing() -> None:
    body = "Skip to content\n\nGunmen attacked a checkpoint on Monday, killing two soldiers, officials said.\n"
    from_url = prepare(Source(path="a.txt", text=body, kind="txt", url="https://news.example/2021/02/09/gunmen-attack-a-checkpoint/"))
    assert isinstance(from_url, list)
    doc = from_url[0]
    assert (doc.published, doc.published_basis, doc.source) == ("2021-02-09", "url", "news.example")
    assert doc.title == "Gunmen attack a checkpoint"
    assert "Skip to content" not in doc.text
    stamped = prepare(Source(path="b.txt", text=" date 2021-02-10 " + body.split("\n\n")[1], kind="txt",
                             url="https://news.example/2021/02/09/x"))
    assert isinstance(stamped, list)
    assert (stamped[0].published, stamped[0].text.startswith("Gunmen")) == ("2021-02-10", True)


def test_normalise_text_rejoins_a_long_hard_wrapped_paragraph() -> None:
    from sitroom.clean.prepare import normalise_text

    pieces = [f"word{i} and more words that continue the sentence" for i in range(5000)]
    text = "Coalition forces said\n" + "\n".join(pieces) + ".\n\nNext paragraph."
    assert normalise_text(text) == ["Coalition forces said " + " ".join(pieces) + ".", "", "Next paragraph."]


def test_normalise_text_keeps_a_glued_stamp_apart_from_the_wrapped_line_after_it() -> None:
    from sitroom.clean.prepare import normalise_text

    lines = normalise_text("Published: 23-03-2019 The SDF said\nthat the camp was\nclosed.")
    assert lines == ["Published: 23-03-2019", "The SDF said that the camp was closed."]


def test_normalise_text_keeps_a_date_line_apart_from_debris_after_it() -> None:
    from sitroom.clean.prepare import normalise_text

    lines = normalise_text('Thursday March 27, 2025\nthumbnail.jpeg" alt="">\nMogadishu (HOL) - Strikes hit.')
    assert lines[0] == "Thursday March 27, 2025"


def test_prepare_date_line_over_debris_beats_the_url_month() -> None:
    body = 'Thursday March 27, 2025\nthumbnail.jpeg" alt="">\nMogadishu (HOL) - Airstrikes killed several militants.\n'
    docs = prepare(Source(path="c.txt", text=body, kind="txt", url="https://news.example/news4/2025/Mar/200890/x.aspx"))
    assert isinstance(docs, list)
    assert docs[0].published == "2025-03-27"


def test_prepare_hard_wrapped_listing_keeps_every_article() -> None:
    from sitroom.synth import hard_wrapped_text

    text = hard_wrapped_text(60_000)
    docs = prepare(Source(path="listing.txt", text=text, kind="txt"))
    assert isinstance(docs, list)
    # teasers are folded into the article before them, and no article sentence is lost on the way
    assert len(docs) < text.count("Updated ") / 1.5
    assert sum(doc.text.count("claimed responsibility") for doc in docs) == text.replace("\n", " ").count(
        "claimed responsibility"
    )


def test_prepare_one_line_record_ending_in_a_cookie_banner_keeps_its_article() -> None:
    article = ("Coalition aircraft struck an Islamic State hideout in the desert on Tuesday, the SDF said. A spokesman "
               "said two militants were killed and weapons were seized in the raid.")
    src = Source(path="records.jsonl#3", text=f"{article} We use cookies to personalise content and ads. Accept",
                 kind="json")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.text == article


def test_prepare_outlet_byline_with_a_city_becomes_the_ledes_dateline() -> None:
    text = ("Iraq brings citizens home from al-Hol\n\nExample News – Baghdad\n\n"
            "On Thursday, Iraq repatriated more than 800 of its citizens from the camp, officials said.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.text.startswith("BAGHDAD –\nOn Thursday, Iraq repatriated")
    # a label without a city stays out of the text
    (plain,) = prepare(Source(path="b.txt", text=text.replace(" – Baghdad", ""), kind="txt"))  # type: ignore[misc]
    assert plain.text.startswith("On Thursday")
    (two,) = prepare(Source(path="c.txt", text=text.replace("Baghdad", "Baghdad/Damascus"), kind="txt"))  # type: ignore[misc]
    assert two.text.startswith("BAGHDAD –\nDAMASCUS –\nOn Thursday")


def test_normalise_text_keeps_a_headline_apart_from_the_credit_opening_the_lede() -> None:
    from sitroom.clean.prepare import normalise_text

    text = ("Turkey Detains 40 ISIS Suspects\n(MENAFN) On Thursday, police detained 40 people.\n"
            "hard wrapped (and\n(so on) it goes.")
    assert normalise_text(text) == [
        "Turkey Detains 40 ISIS Suspects",
        "(MENAFN) On Thursday, police detained 40 people.",
        "hard wrapped (and (so on) it goes.",
    ]
def test_prepare_agency_city_label_becomes_the_ledes_dateline() -> None:
    text = ("Joint Operations Command announces an operation in the Anbar desert\n\nBaghdad - INA\n\n"
            "The Joint Operations Command announced on Tuesday a large security operation in the Anbar desert.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.text.startswith("BAGHDAD –\nThe Joint Operations Command announced")


def test_prepare_date_stamp_under_a_list_of_related_headlines() -> None:
    related = "\n".join(f"Related headline number {i} about another story" for i in range(12))
    text = (f"Islamic State claims a bombing in Pakistan\n\n{related}\n"
            "Geopolitics\nAman Butani\n16 APR 2025 | 11:38:35\n\n"
            "The Islamic State group has claimed a bomb explosion targeting police in Pakistan's turbulent southwest "
            "that killed three policemen and wounded more than a dozen on Tuesday, officials said.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, "11:38" in doc.text) == ("2025-04-16", False)


def test_prepare_title_case_dateline_of_a_press_release_dates_it() -> None:
    text = ("PR/ OSMR/2025\nKinshasa, 18 August 2025- The United Nations mission strongly condemns the attacks "
            "carried out by the armed group between 9 and 16 August 2025 in several localities of Beni territory.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2025-08-18", "dateline")


def test_prepare_a_date_line_under_a_post_gives_the_day_of_the_urls_month() -> None:
    # a blog's copy (real corpus se98): the post's date, title and time printed under the text; the URL's
    # "/2012/10/3-marines-killed-..." gives the month only
    page = Path(__file__).parents[1] / "fixtures" / "real" / "corpus" / "se98.txt"
    url, _, text = page.read_text(encoding="utf-8").partition("\n\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url.removeprefix("URL: ")))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2012-10-28", "date-line")


def test_prepare_dateline_with_the_hijri_date_first_dates_it_by_the_gregorian_one() -> None:
    text = ("Zamboanga City, Philippines, 4 Dzulqa’dah 1437/27 August 2016 (MINA) – Government forces engaged the "
            "militants in a firefight yesterday in the hills of the province, the army said.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2016-08-27", "dateline")


def test_prepare_dateline_with_a_long_dash_after_the_region_dates_it() -> None:
    # real opening (United Kashmir Journal): the region ends in a dash, not a comma; the dateline beats the
    # month the URL gives
    text = ("Karak, KPK– Sept 27, 2025 - In a significant counterterrorism operation, Pakistani security forces "
            "neutralized a militant in the rugged terrain of Karak district.\n")
    url = "https://example.com/2025/09/pakistani-security-forces-neutralize.html"
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2025-09-27", "dateline")


def test_prepare_breadcrumb_above_a_repeated_headline_is_no_article_of_its_own() -> None:
    head = "IS-Linked Insurgents Kill Four in Attack on Macomia Town"
    body = ("In a chilling escalation of the long-running insurgency in northern Mozambique, militants tied to the "
            "Islamic State group stormed the town of Macomia on Sunday night, killing four civilians and kidnapping "
            "two girls. The raid saw brief clashes with local militias and heightened fears in Cabo Delgado province.")
    text = f"Home Africa{head}\n\n{head}\n\nby Selinda Phenyo\n0 comments\n\n{head}\n\n{body}\n"
    docs = prepare(Source(path="a.txt", text=text, kind="txt"))
    assert isinstance(docs, list)
    assert [d.title for d in docs] == [head]
    assert "Home Africa" not in docs[0].text


def test_prepare_dated_photo_caption_gives_the_day_unless_a_file_photo() -> None:
    caption = ("Smoke rises following an airstrike in Kobani, Syria, during fighting between Syrian Kurds and the "
               "militants, Oct. 9, 2014. (AP Photo/Lefteris Pitarakis)")
    body = "Islamic State militants have captured a third of the city of Kobani in the last 24 hours, officials said."
    text = f"Kurds hanging on in Kobani\n\n{caption}\n\n{body}\n"
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis, doc.reference_date) == ("2014-10-09", "caption", "2014-10-09")
    filed_text = text.replace("AP Photo", "AP File Photo")
    (filed,) = prepare(Source(path="b.txt", text=filed_text, kind="txt"))  # type: ignore[misc]
    assert (filed.published, filed.reference_date) == (None, "2014-10-09")


@pytest.mark.parametrize("label", ["Luis Nhachote in Maputo", "Maputo, MZ"])
def test_prepare_byline_or_place_line_with_a_city_becomes_the_ledes_dateline(label: str) -> None:
    text = (f"Militants launch raids on Cabo Delgado\n\n{label}\n\n"
            "Jihadist insurgents are escalating their attacks in northern Mozambique, with two incidents reported.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.text.startswith("MAPUTO –\nJihadist insurgents")
