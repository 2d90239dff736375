"""prepare() end to end: the dev seed articles (read at test time) and the shipped example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.clean import fingerprint, is_near_duplicate, prepare
from sitroom.ingest import read_paths
from sitroom.models import Document, Source

SEEDS = Path("/work/shared/corpus/seeds")
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
    if not SEEDS.is_dir():
        pytest.skip("dev seed articles not available")
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
