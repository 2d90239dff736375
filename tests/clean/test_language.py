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


def test_language_english_story_quoting_an_arabic_statement_is_english() -> None:
    # an Arabic quote (two bytes a letter) outweighs the English paragraphs byte for byte, not word for word
    arabic = ("تمكنت قيادة الأمن الداخلي في المحافظة، بالتعاون مع إدارة مكافحة الإرهاب، من إلقاء القبض على "
              "خلية إرهابية تابعة لتنظيم داعش مسؤولة عن تنفيذ عدد من العمليات التي استهدفت دوريات أمنية وعسكرية "
              "في المحافظتين خلال الأشهر الماضية وضبط أسلحة وذخائر متنوعة كانت معدة للاستخدام")
    text = "\n\n".join([EN, arabic, "The ministry said eight members of the cell were arrested and its leader "
                        "was killed during the operation in the province."])
    lang, _score = detect_language(text)
    assert lang == "en"


def test_language_page_mostly_in_tagalog_with_an_english_quote_is_tagalog() -> None:
    tagalog = ("Limang miyembro ng grupo ang napatay nang makipagbakbakan ang mga ito sa militar sa magkahiwalay "
               "na lugar sa lalawigan nitong Huwebes ng hatinggabi ayon sa ulat na nakarating sa militar. "
               "Nagpapatrulya ang puwersa ng batalyon sa lugar nang matiyempuhan nila ang mahigit sa dalawampung "
               "bandido na pinamumunuan ng isang sub leader ayon na rin sa isang human intelligence.")
    text = "\n".join([tagalog, '"The wounded soldiers were airlifted to the hospital early this morning," ayon '
                      "kay Brig. Gen. Reyes."])
    lang, _score = detect_language(text)
    assert lang == "tl"
