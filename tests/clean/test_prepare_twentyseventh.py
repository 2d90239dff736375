"""Credits the cleaner drops from the article (bylines, wire credit lines, source lines) end the document's text."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.boilerplate import credit_of, credits_left_out, site_name
from sitroom.models import Document, Source


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
