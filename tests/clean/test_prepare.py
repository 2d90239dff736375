"""prepare() (clean/prepare): end to end on the dev seed articles and the shipped example corpus, glued words, credits,
filing lines and the publication and reference dates a cleaned document carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.shared_material import SHARED, require_shared

from sitroom.clean import fingerprint, is_near_duplicate, prepare
from sitroom.clean.boilerplate import credit_of, credits_left_out, site_name
from sitroom.clean.dates import joined_day_badges, owned_copyright_year, parse_date
from sitroom.clean.prepare import normalise_text
from sitroom.clean.urls import year_closing_slug
from sitroom.ingest import read_paths
from sitroom.models import Document, Source

# Prepare end to end: the dev seed articles (read at test time) and the shipped example corpus.

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
    from_url = prepare(Source(path="a.txt", text=body, kind="txt",
                              url="https://news.example/2021/02/09/gunmen-attack-a-checkpoint/"))
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
    (two,) = prepare(Source(path="c.txt", text=text.replace("Baghdad", "Baghdad/Damascus"),
                            kind="txt"))  # type: ignore[misc]
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


# Prepare: a date line naming where a page was issued.

def _cleaned_text(body: str) -> str:
    docs = prepare(Source(path="a.txt", text=body, kind="txt"))
    assert isinstance(docs, list)
    doc = docs[0]
    assert isinstance(doc, Document)
    return doc.text


def test_a_date_line_with_a_place_becomes_the_ledes_dateline() -> None:
    lede = "The French President had a meeting with the Iraqi Prime Minister on the fight against Daesh.\n"
    assert _cleaned_text(f"Coalition agrees on steps\n\nParis, 2 June 2015\n\n{lede}").startswith("PARIS –\nThe French")
    assert _cleaned_text(f"Ministerial Meeting of the Coalition\n13 February 2018 / Kuwait\n\n{lede}").startswith(
        "KUWAIT –\nThe French")


def test_a_date_line_with_a_weekday_has_no_place() -> None:
    lede = "The French President had a meeting with the Iraqi Prime Minister on the fight against Daesh.\n"
    assert _cleaned_text(f"Coalition agrees on steps\n\nTuesday, 2 June 2015\n\n{lede}").startswith("The French")


# Publication dates where the URL's date and the page's own date lines disagree by a day, and slugs that only give a
# year.

SINAI_BODY = "Six soldiers were killed as the army foiled attacks on checkpoints in North Sinai, the spokesman said.\n"


def _doc_at_url(url: str, text: str) -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_a_wire_dateline_a_day_before_the_urls_date_is_the_publication_day() -> None:
    doc = _doc_at_url("http://news.example.com/english/2017-10/16/c_136681684.htm",
                      "6 soldiers killed in Sinai attacks\n\nCAIRO, Oct. 15 (Xinhua) -- " + SINAI_BODY)
    assert doc.published == "2017-10-15"


def test_the_urls_day_stands_when_the_page_prints_it_or_the_dateline_is_far_off() -> None:
    stamped = _doc_at_url(
        "http://news.example.com/english/2019-05/21/c_138075233.htm",
        "Headline\n\nSource: Xinhua| 2019-05-21 04:34:40|Editor: yan\n\nBAGHDAD, May 20 (Xinhua) -- " + SINAI_BODY)
    assert stamped.published == "2019-05-21"
    far = _doc_at_url("http://news.example.com/english/2017-10/16/c_1.htm", "Headline\n\nCAIRO, Oct. 2 (Xinhua) -- "
                      + SINAI_BODY)
    assert far.published == "2017-10-16"


def test_a_bare_date_line_a_day_after_the_urls_date_is_the_publication_day_and_a_later_one_a_banner() -> None:
    next_day = _doc_at_url("https://example.com/articles/news-alerts-20221107-ofac-designates-members/",
                           "November 8, 2022\n\nOFAC designates members of a cell\n\n" + SINAI_BODY)
    assert next_day.published == "2022-11-08"
    banner = _doc_at_url("https://example.com/2024/03/11/troops-repel-attack/", "Wed. Apr 17th, 2024\n\nHeadline\n\n"
                         + SINAI_BODY)
    assert banner.published == "2024-03-11"


def test_year_closing_slug_reads_a_slug_year_and_not_the_year_a_story_is_about() -> None:
    assert year_closing_slug("https://example.africa/security/dr-congo-church-massacre-2025") == "2025"
    assert year_closing_slug("https://example.ng/iswap-commander-killed-borno-military-strike-2026") == "2026"
    assert year_closing_slug("https://example.com/terrorist-involved-in-kabul-airport-attack-in-2021/") is None
    assert year_closing_slug("https://example.com/398631/repatriate-nationals-from-al-hol-camp-by-2027/") is None
    assert year_closing_slug("https://example.com/first-attack-in-raqqa-province-since-october-2017/") is None
    assert year_closing_slug("https://example.com/2019/05/story") is None


def test_a_slug_year_is_the_publication_year_of_a_page_with_no_other_date() -> None:
    doc = _doc_at_url("https://example.africa/security/dr-congo-church-massacre-2025",
                      "A devastating attack rocked Komanda, a town in Ituri province.\n\n" + SINAI_BODY)
    assert doc.published == "2025"
    assert doc.published_basis == "url-year"


# Publication dates printed as a calendar badge ("29" / "Nov 2021"), with the day glued to the month ("24Dec 2017"),
# and under a site's current-date banner that stands above its menu.

MECULA_BODY = (
    "Four police officers escorting a vehicle were killed when armed assailants ambushed it in Mecula District "
        "on November 25, local residents and officials said on the day after the attack in the reserve.\n")


def _doc_with_a_default_url(text: str,
                            url: str = "https://example.com/news/militants-kill-four-police-officers") -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_a_day_badge_on_its_own_line_is_joined_to_the_month_and_year_under_it() -> None:
    assert joined_day_badges(["29", "Nov 2021", "16:18 UTC"]) == ["29 Nov 2021", "16:18 UTC"]
    # a number that is not followed by a month and year stays a line of its own
    assert joined_day_badges(["29", "Comments"]) == ["29", "Comments"]
    doc = _doc_with_a_default_url(
        "Militancy/Terrorism\n\n29\nNov 2021\n16:18 UTC\n\nSuspected militants kill four police officers\n\n"
        + MECULA_BODY)
    assert doc.published == "2021-11-29"


def test_a_day_glued_to_its_month_is_a_date() -> None:
    assert parse_date("24Dec 2017") == "2017-12-24"
    doc = _doc_with_a_default_url("15th peacekeeper dies of wounds\n\n24Dec 2017\nGuardian On Sunday\n\n" + MECULA_BODY)
    assert doc.published == "2017-12-24"
    # a year glued to a word is no day ("COVID19 March 2020")
    assert parse_date("COVID19 March 2020") is None


def test_a_weekday_banner_above_the_menu_yields_to_the_bare_date_under_the_headline() -> None:
    menu = "\n".join(["Home", "Libya", "Economy", "Sport", "Politics", "Opinion", "No Result", "View All Result"] * 2)
    doc = _doc_with_a_default_url(
        f"Monday, December 29, 2025\nLibyaReview\n{menu}\n\nISIS suspect arrested in West Libya\n\n"
        f"July 29, 2022\nShare on Facebook\n\n" + MECULA_BODY)
    assert doc.published == "2022-07-29"


def test_a_weekday_date_at_the_top_stands_when_no_earlier_date_line_is_under_it() -> None:
    doc = _doc_with_a_default_url("Monday, December 29, 2025\nLibyaReview\n\nISIS suspect arrested in West Libya\n\n"
                                  + MECULA_BODY)
    assert doc.published == "2025-12-29"


def test_a_dateline_whose_drop_cap_was_lost_still_dates_the_page() -> None:
    doc = _doc_with_a_default_url(
        "Coalition vows to renew its efforts in Africa\n\n"
        "ddis Ababa, May 12, 2022 (FBC) – The Global Coalition vowed to pursue its fight against jihadist "
        "groups in Africa and in the Middle East, the ministers said at the meeting.\n")
    assert doc.published == "2022-05-12"
    # a sentence in lower case is no dateline: its date is an event's (the page, printing no date, takes it only as
    # the latest day its text states)
    doc = _doc_with_a_default_url(
        "Coalition vows to renew its efforts in Africa\n\n"
        "the ministers met on May 12, 2022 (FBC) – and vowed to pursue their fight against jihadist groups in "
        "Africa and in the Middle East, the statement said.\n")
    assert doc.published_basis == "latest-date-in-text"


# Reference dates: a page with no date but a copyright footer naming its owner before the year ("Copyright © ANTARA
# 2024") reads its year-less dates in that year, without publishing it.

ARREST_BODY = (
    "Police arrest two suspects\n\nOn August 6, the police unit arrested two suspected terrorists who are active "
        "in pro-ISIS propaganda on social media, a spokesperson said at a press conference.\n")


def _doc_of_an_arrest_page(text: str) -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt",
                            url="https://example.com/news/321527/police-arrest"))  # type: ignore[misc]
    return doc


def test_an_owned_copyright_footer_gives_the_year() -> None:
    assert owned_copyright_year(["Copyright © ANTARA 2024"]) == "2024"
    assert owned_copyright_year(["© Thomson Reuters 2025."]) == "2025"
    assert owned_copyright_year(["Copyright © 2021 Example"]) is None  # the plain form is copyright_year's
    assert owned_copyright_year(["© Example 2019-2024"]) is None  # a range names no one year


def test_the_footer_year_is_the_reference_but_not_the_publication() -> None:
    doc = _doc_of_an_arrest_page(ARREST_BODY + "\nCopyright © ANTARA 2024\n")
    assert (doc.published, doc.reference_date, doc.reference_basis) == (None, "2024", "owned-copyright")


def test_a_year_of_the_text_beats_the_footer() -> None:
    doc = _doc_of_an_arrest_page(ARREST_BODY.replace("On August 6,", "On August 6, 2023,")
                                 + "\nCopyright © ANTARA 2024\n")
    assert doc.reference_date is not None and doc.reference_date.startswith("2023")


# Credits the cleaner drops from the article (bylines, wire credit lines, source lines) end the document's text.

def _doc(text: str) -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    return doc


def test_credit_of_keeps_the_names_of_a_byline_and_not_its_place_or_date() -> None:
    assert credit_of("By Ndahi Marama, Maiduguri") == "By Ndahi Marama"
    assert credit_of("By: Dakir Madiha") == "By: Dakir Madiha"
    assert credit_of("BY MUSA IDRIS UMAR, MAY 03, 2025 | 09:40 PM") == "BY MUSA IDRIS UMAR"
    assert credit_of("By Kingsley Omonobi – Abuja") == "By Kingsley Omonobi"
    assert credit_of("By Guy Faulconbridge and Lidia Kelly") == "By Guy Faulconbridge and Lidia Kelly"
    assert credit_of("By Khalid al-Taie") == "By Khalid al-Taie"
    # a date right after the names, and an agency's credit before a reporter's
    assert credit_of("By Reuters 23 January 2018") == "By Reuters"
    assert credit_of("By Ken Hanly     Jun 22, 2015 in World") == "By Ken Hanly"
    assert (credit_of("By Reuters/Agustinus Beo Da Costa   June 9, 2016 | 02:46 am PT")
            == "By Reuters/Agustinus Beo Da Costa")


def test_credit_of_reads_wire_credits_source_lines_and_photo_credits() -> None:
    assert (credit_of("(Reporting by Elias Biryabarema; Editing by Duncan Miriri and Alison Williams)")
            == "Reporting by Elias Biryabarema; Editing by Duncan Miriri and Alison Williams")
    assert credit_of("Reporting by: Jan Nasro") == "Reporting by: Jan Nasro"
    assert credit_of("Source: Jordan News Agency") == "Source: Jordan News Agency"
    assert credit_of("(Photo credit: AFP)") == "Photo credit: AFP"


def test_credit_of_is_none_for_sentences_and_lower_case_words() -> None:
    assert credit_of("By the end of the week, troops had cleared the village.") is None
    assert credit_of("By then the fighters had fled") is None
    assert credit_of("Source: the ministry said two soldiers were killed in the attack on the base on Monday "
                     "and three more were wounded in the clashes that followed near the border") is None
    assert credit_of("Troops killed 12 militants on Monday, the army said.") is None


def test_credits_left_out_lists_each_dropped_credit_once_and_none_that_is_kept() -> None:
    lines = ["By Rita Akana", "Troops killed 12 militants.", "By Rita Akana", "Source: BBC"]
    assert credits_left_out(lines, ["Troops killed 12 militants."]) == ["By Rita Akana", "Source: BBC"]
    assert credits_left_out(lines, ["Source: BBC", "Troops killed 12 militants."]) == ["By Rita Akana"]


def test_prepare_ends_the_text_with_the_byline_and_credits_it_drops() -> None:
    lede = "Troops killed 12 militants in an ambush near Bama on Monday, the army said."
    text = (f"Troops kill 12 militants in Borno\n\nBy Ndahi Marama, Maiduguri\n\n{lede}\n\n"
            "The army said two soldiers were wounded.\n\n(Reporting by Elias Biryabarema; Editing by Mark Porter)\n")
    doc = _doc(text)
    assert doc.text.index(lede) < doc.text.index("By Ndahi Marama")  # the byline's place is read as the dateline
    assert doc.text.endswith(
        "wounded.\n\nBy Ndahi Marama\nReporting by Elias Biryabarema; Editing by Mark Porter")


def test_prepare_ends_the_text_with_a_source_line_above_the_lede() -> None:
    lede = "At least 18 people have been killed and 30 injured in Borno state by suspected suicide bombers."
    doc = _doc(f"Relatives of victims console themselves after the attacks\n\nSource: BBC\n\n{lede}\n")
    assert doc.text == f"{lede}\n\nSource: BBC"


def test_prepare_adds_nothing_to_a_page_without_credits() -> None:
    lede = "Troops killed 12 militants in an ambush near Bama on Monday, the army said."
    assert _doc(f"Troops kill 12 militants in Borno\n\n{lede}\n").text == lede


def test_a_copy_that_only_adds_credit_lines_stays_a_near_duplicate() -> None:
    from sitroom.clean import fingerprint, is_near_duplicate

    article = ("Foreign ministers of the coalition pledged more support for stabilisation in liberated areas, noted "
               "that the group's branches had grown over the past year, and agreed to expand a working group.")
    credited = f"{article}\n\nBy Rita Akana\nReporting by Elias Biryabarema; Editing by Mark Porter"
    assert is_near_duplicate(fingerprint(article), fingerprint(credited))
    assert fingerprint(credited) == fingerprint(article)


def test_site_name_is_the_outlets_name_as_its_address_spells_it() -> None:
    assert site_name("Malay Mail", "malaymail.com") == "Malay Mail"
    assert site_name("The Borneo Post (Sabah)", "theborneopost.com") == "The Borneo Post"
    assert site_name("Tempo - March 17, 2022", "en.tempo.co") == "Tempo"
    assert site_name("Just Earth News | @justearthnews | 26 Oct 2021, 09:38 pm Print", "justearthnews.com") == (
        "Just Earth News")
    assert site_name("Malay Mail", "example.com") is None  # another site's name
    assert site_name("Troops killed 12 militants", "malaymail.com") is None
    assert site_name("Malay Mail", None) is None


def test_prepare_ends_the_text_with_the_outlet_line_above_the_headline() -> None:
    lede = "Police arrested eight suspects with links to the Islamic State in Sabah on Monday, the minister said."
    text = f"URL: https://www.malaymail.com/news/2024/05/06/arrests\n\nMalay Mail\n\nEight suspects held\n\n{lede}\n"
    from sitroom.ingest.formats import txt_source

    (doc,) = prepare(txt_source("a.txt", text))  # type: ignore[misc]
    assert doc.text == f"{lede}\n\nMalay Mail"


def test_a_header_line_holding_a_name_alone_is_a_byline_left_out() -> None:
    # forty-fifth session (ya): "Bobby Lagsa" under the headline, "John Unson - Philstar.com"
    story = ("Troops of the army killed twelve militants in a raid on a camp near the town on Monday, the military "
             "said in a statement issued to reporters in the state capital on Tuesday.")
    assert credits_left_out(["Amina Garba", story], [story]) == ["By Amina Garba"]
    assert credits_left_out(["Amina Garba - Daily Courier", story], [story]) == ["By Amina Garba"]
    # kept in the text, or below the story's first long line, or in capitals: no credit
    assert credits_left_out(["Amina Garba", story], ["Amina Garba", story]) == []
    assert credits_left_out([story, "Amina Garba"], [story]) == []
    assert credits_left_out(["LATEST NEWS", story], [story]) == []


# Header lines that say where a story was filed, and a copyright year as the reference.

LEDE = "Jihadist insurgents are escalating their attacks in the north of the country, with two incidents reported.\n"


def _cleaned_text_under_a_headline(label: str) -> str:
    text = f"Militants launch raids on the border\n\n{label}\n\n{LEDE}"
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    return doc.text


@pytest.mark.parametrize(("label", "dateline"), [
    ("NIAMEY, Niger —", "NIAMEY –\n"),  # a wire dateline printed as a line of its own
    ("WASHINGTON", "WASHINGTON –\n"),
    ("DAMASCUS, Syria / ANKARA", "DAMASCUS –\nANKARA –\n"),
    ("Peshawar, July 31", "PESHAWAR –\n"),  # the place and a day without a year
    ("Garowe, Puntland", "GAROWE –\nPUNTLAND –\n"),  # two names: the places stage keeps what it can place
    ("Molly Kilete, Abuja", "MOLLY KILETE –\nABUJA –\n"),
])
def test_a_header_line_naming_the_filing_place_becomes_the_ledes_dateline(label: str, dateline: str) -> None:
    assert _cleaned_text_under_a_headline(label).startswith(dateline + "Jihadist insurgents")


@pytest.mark.parametrize("label", ["PTI", "Secretary of State", "John Kerry", "Monday, June"])
def test_an_agency_a_title_or_a_name_alone_is_no_dateline(label: str) -> None:
    assert _cleaned_text_under_a_headline(label).startswith("Jihadist insurgents")


def test_a_copyright_year_is_the_reference_when_the_text_gives_no_year() -> None:
    text = ("Taliban raid a compound in Kabul\n\nOn October 3, a bomb attack on a Kabul mosque killed five mourners "
            "and wounded many more.\n\nCopyright © 2021 Example Liberty. All rights reserved.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    # the copyright gives the year; the latest day the text names without one ("On October 3") is then the day
    # the page's relative dates count from
    assert (doc.published, doc.reference_date) == ("2021", "2021-10-03")


def test_a_year_in_the_text_still_beats_the_copyright() -> None:
    text = ("Taliban raid a compound in Kabul\n\nIn 2019, a bomb attack on a Kabul mosque killed five mourners and "
            "wounded many more.\n\nCopyright © 2021 Example Liberty. All rights reserved.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.reference_date == "2019"


# Words and sentences a scraper glued together ("169injuries", "injured 50.They planned") are split, so the parser
# sees the count and the sentence; addresses and capitals are kept.

@pytest.mark.parametrize(("raw", "fixed"), [
    ("Reports indicated 31 deaths and 169injuries, but the toll rose.",
     "Reports indicated 31 deaths and 169 injuries, but the toll rose."),
    ("The raid killed 71civilians and five soldiers.", "The raid killed 71 civilians and five soldiers."),
])
def test_a_count_glued_to_its_casualty_word_is_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", ["The camp is 5km away.", "It was the 2nd attack at 3pm in the 1990s."])
def test_other_glued_numbers_are_kept(text: str) -> None:
    assert normalise_text(text) == [text]


@pytest.mark.parametrize(("raw", "fixed"), [
    ("The attackers killed 9 people and injured 50.They planned it.",
     "The attackers killed 9 people and injured 50. They planned it."),
    ("He was killed in the state.The three were held.", "He was killed in the state. The three were held."),
])
def test_sentences_glued_at_a_full_stop_are_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", [
    "Read it at https://example.org/News.Aspx today.", "bdnews24.Com reported it.", "The U.S.Army said so.",
])
def test_addresses_and_capitals_keep_their_full_stops(text: str) -> None:
    assert normalise_text(text) == [text]


# Publication dates of pages that print none: the day the text itself fixes stands for the publication.

def _bare(text: str, url: str = "https://example.com/news/two-commanders-killed") -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_an_undated_page_is_published_on_the_day_its_weekday_and_date_name() -> None:
    doc = _bare("The army said this week it killed two commanders of the group in Cabo Delgado, local media reported "
               "on Wednesday, August 23. The operations began in 2023 with the help of friendly forces.")
    assert (doc.published, doc.published_basis) == ("2023-08-23", "weekday-date")
    assert doc.reference_date == doc.published


def test_an_undated_page_is_published_on_the_latest_full_date_it_states() -> None:
    doc = _bare("As of 13 August 2020, the armed forces are conducting an operation to regain control of the port, "
               "which militants seized during the evening of 11 August.")
    assert (doc.published, doc.published_basis) == ("2020-08-13", "latest-date-in-text")


def test_an_undated_page_whose_text_gives_only_years_stays_unpublished() -> None:
    doc = _bare("The insurgency began in 2017 and has killed more than 4,000 civilians, the statement said in 2023.")
    assert doc.published is None
    assert (doc.reference_date, doc.reference_basis) == ("2023", "latest-year-in-text")


def test_a_page_with_a_date_line_keeps_it_over_a_later_day_its_text_names() -> None:
    doc = _bare("Two commanders killed\n\nMarch 3, 2024\n\nThe army said on Wednesday, March 6, 2024 that it had "
               "killed two commanders of the group in an operation.")
    assert doc.published == "2024-03-03"
