"""An adversarial corpus: every hostile input of issue 13 written into one folder, beside a few good documents.

Used by ``tests/test_adversarial.py`` (one ``sitroom ingest`` over it, every promise checked) and
``benchmarks/reliability.py`` (the corpus is one of its input sets). ``write_corpus(folder)`` returns the
cases with what each must do: how many documents it stores (at least) and exactly which coded report lines it
gets. A case names a path relative to the folder; report lines and stored documents belong to it when their
path is that path, a record of it (``path#N``) or under it (``path/...``, for folders).

Everything is generated (no network, no fixtures), deterministic, and small except the one document over
the language pipeline's 1,000,000-character limit. Cases the machine cannot set up (a permission-denied
folder when running as root, who reads anything) are listed in ``Corpus.not_written`` with the reason.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STDIN = "<stdin>"
TIMEOUT = 240  # seconds for one command over the corpus; an ingest takes about 10

TOWNS = ["Mosul", "Raqqa", "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Hasakah", "Palmyra", "Sinjar", "Baiji",
         "Hawija", "Manbij", "Tal Afar", "Samarra", "Haditha", "Rutba", "Mayadin", "Shirqat", "Makhmour",
         "Jalawla", "Khanaqin", "Qayyarah", "Baqubah", "Hit", "Tuz Khurmatu", "Albu Kamal", "Deir ez-Zor",
         "Kobani", "Tabqa", "Shaddadi"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["the defence ministry", "a police officer", "the Syrian Observatory for Human Rights",
           "the Iraqi Security Media Cell", "the Syrian Democratic Forces", "a local official"]
FOLLOW_UPS = [
    "A curfew was imposed on the district while troops searched nearby villages.",
    "Islamic State claimed responsibility for the attack in a statement on its Amaq news agency.",
    "Residents said the militants arrived in two pickup trucks shortly before dawn.",
    "The coalition said its aircraft struck the attackers as they withdrew into the desert.",
    "“We will hunt down those responsible,” the provincial governor told reporters.",
    "Hospital staff said several of the wounded were in a critical condition.",
    "The road to the provincial capital was closed for the rest of the day.",
    "Security officials said sleeper cells had stepped up attacks in the area since the spring.",
]


def article(i: int) -> str:
    """A distinct short wire article (an attack with a toll, a source, a follow-up or two) for case ``i``."""
    town, day, source = TOWNS[i % len(TOWNS)], DAYS[i % len(DAYS)], SOURCES[i % len(SOURCES)]
    first = (f"Islamic State militants attacked an army checkpoint near {town} on {day}, killing {3 + i} soldiers "
             f"and wounding {5 + 2 * i} others, {source} said.")
    rest = " ".join(FOLLOW_UPS[(i + k * 3) % len(FOLLOW_UPS)] for k in range(2))
    return f"{first}\n\n{rest}\n"


@dataclass(frozen=True)
class Case:
    name: str  # path relative to the corpus folder, or STDIN
    what: str  # the hostile input, in the words
    min_stored: int  # documents it must store (0: it must store none)
    codes: tuple[str, ...] = ()  # its report lines, exactly (sorted)
    keep: str | None = None  # a phrase its stored text must still hold (text lost or cut otherwise)

    def owns(self, rel: str) -> bool:
        return rel == self.name or rel.startswith(self.name + "#") or rel.startswith(self.name + "/")


@dataclass
class Corpus:
    folder: Path
    cases: list[Case] = field(default_factory=list)
    stdin: bytes = b""  # what to pipe into ``sitroom ingest FOLDER -`` (the STDIN case)
    not_written: list[tuple[str, str]] = field(default_factory=list)  # (case, why it could not be set up)

    def case_of(self, path: str) -> Case | None:
        rel = path if path == STDIN else os.path.relpath(path, self.folder)
        return next((c for c in self.cases if c.owns(rel)), None)

    @property
    def good(self) -> list[Case]:
        return [c for c in self.cases if c.min_stored and not c.codes]


class _Writer:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.n = 0

    def text(self) -> str:
        self.n += 1
        return article(self.n)

    def add(self, name: str, data: bytes | str | None, what: str, min_stored: int, *codes: str,
            keep: str | None = None) -> Path:
        path = self.corpus.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8", errors="surrogatepass")
        elif data is not None:
            path.write_bytes(data)
        self.corpus.cases.append(Case(name, what, min_stored, tuple(sorted(codes)), keep))
        return path


def _json(obj: object) -> str:
    return json.dumps(obj)  # ensure_ascii: a lone surrogate becomes the escape "\ud800", as feeds carry it


def write_corpus(folder: Path) -> Corpus:
    """Write every case into ``folder`` (created); the returned Corpus says what each must do."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    w = _Writer(corpus)

    # Good documents in every format: all must be stored, with no report line.
    good = w.text()
    w.add("good/article.txt", f"Title: Checkpoint attack\n\n{good}", "good text", 1)
    w.add("good/page.html", f"<html><head><title>Raid</title></head><body><article><h1>Raid</h1>"
          f"{''.join(f'<p>{p}</p>' for p in w.text().split(chr(10)) if p)}</article></body></html>", "good HTML", 1)
    w.add("good/list.json", _json([{"title": "Ambush", "text": w.text()}, {"title": "Strike", "text": w.text()}]),
          "good JSON list", 2)
    w.add("good/feed.jsonl", "\n".join(_json({"text": w.text(), "url": f"https://example.org/{i}"}) for i in range(2)),
          "good JSONL", 2)
    w.add("good/copy-of-article.txt", f"Title: Checkpoint attack\n\n{good}", "an exact copy", 0, "W202")

    # Lone surrogates (JSON escapes) in text, title, URL and sidecar: replaced, reported once, stored.
    w.add("surrogate/text.json", _json({"text": w.text().replace("army", "army \ud800")}), "surrogate in text",
          1, "E106")
    w.add("surrogate/title.json", _json({"title": "Attack \udc00 report", "text": w.text()}), "surrogate in title",
          1, "E106")
    w.add("surrogate/url.jsonl", _json({"text": w.text(), "url": "https://example.org/\ud800"}) + "\n",
          "surrogate in URL", 1, "E106")
    w.add("surrogate/sidecar.txt", w.text(), "surrogate in sidecar", 1, "E106")
    (folder / "surrogate/sidecar.txt.meta.json").write_text(_json({"title": "Out\ud800let report"}))

    # Bytes that are not clean UTF-8, and encodings that are not UTF-8 at all.
    w.add("encoding/invalid-utf8.txt", w.text().replace("army", "“army”").encode() + b"\xff\xfe broken \xc3\n",
          "invalid UTF-8", 1, "E106")
    gb = "Xinhua 院士说 2025: 雪夜 山水诗 魏源"  # its GB18030 bytes happen to be valid UTF-8 (mojibake)
    plain = w.text().replace("“", "").replace("”", "")  # GB18030 curly quotes are not valid UTF-8
    w.add("encoding/gb18030-valid-utf8.txt", f"{plain}\n{gb}\n".encode("gb18030"), "GB18030 valid as UTF-8", 1,
          keep="魏源")
    quoted = f"“Daesh” {w.text()}\n{gb}\n"  # most of its multi-byte pairs valid UTF-8, the quotes not
    w.add("encoding/gb18030-mostly-utf8.txt", quoted.encode("gb18030"), "GB18030 mostly valid as UTF-8", 1,
          keep="魏源")
    text32 = w.text()
    w.add("encoding/utf32-bom.txt", codecs.BOM_UTF32_LE + text32.encode("utf-32-le"), "UTF-32 with BOM", 1,
          keep=text32.split(",")[0])
    text16 = w.text()
    w.add("encoding/utf16-no-bom.txt", text16.encode("utf-16-le"), "UTF-16 without BOM", 1, keep=text16.split(",")[0])

    # Size and shape limits: each refused with its own code, the run goes on.
    w.add("limits/long.txt", "word " * 200_001, "a document over 1,000,000 characters", 0, "E113")
    w.add("limits/deep.json", "[" * 100_000 + "]" * 100_000, "JSON nested 100k deep", 0, "E108")
    w.add("limits/" + "n" * 246 + ".txt", w.text(), "a 250-byte file name", 1)
    w.add("limits/empty.txt", b"", "an empty file", 0, "E103")
    w.add("limits/blank.txt", "  \n\n\t \n", "a file of whitespace", 0, "E103")
    w.add("limits/image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "a PNG named .txt", 0, "E104")
    w.add("limits/random.txt", bytes((i * 37 + 11) % 256 for i in range(4096)), "random bytes", 0, "E104")
    w.add("limits/notes.docx", b"PK\x03\x04", "an unsupported file type", 0, "E111")
    w.add("limits/" + os.fsdecode(b"caf\xe9-raid.txt").replace("\udce9", "\ufffd"), None, "a non-UTF-8 file name", 1)
    (folder / "limits" / os.fsdecode(b"caf\xe9-raid.txt")).write_text(w.text())

    # Things that are not regular files, and folders that cannot be listed.
    w.add("special/pipe.txt", None, "a FIFO", 0, "E114")
    os.mkfifo(folder / "special/pipe.txt")
    w.add("special/dangling.txt", None, "a dangling symlink", 0, "E115")
    (folder / "special/dangling.txt").symlink_to(folder / "special/nowhere.txt")
    if os.geteuid() != 0:
        w.add("special/locked", None, "an unreadable subfolder", 0, "E102")
        (folder / "special/locked/inside.txt").write_text(w.text())
        (folder / "special/locked").chmod(0)
    else:
        corpus.not_written.append(("special/locked", "running as root, who can list a chmod 000 folder; the "
                                   "unlistable folder below (path over PATH_MAX) stands in for it"))
    _deep_folder(folder / "special/unlistable")
    corpus.cases.append(Case("special/unlistable", "a subfolder that cannot be listed (path too long)", 0, ("E102",)))
    w.add("special/after-bad-folders.txt", w.text(), "a good file after the bad folders", 1)

    # Text the cleaner used to lose or cut.
    one_line = ("Coalition aircraft struck an Islamic State hideout in the desert near Shaddadi on Tuesday, the SDF "
                "said. A spokesman said two militants were killed and weapons were seized in the raid.")
    w.add("clean/cookie-one-line.txt", f"{one_line} We use cookies to personalise content and ads. Accept\n",
          "a one-line article ending with a cookie banner", 1, keep="weapons were seized in the raid")
    title = "Militants ambush convoy near Rutba"
    w.add("clean/title-in-paragraph.json", _json({"title": title, "text": f"{title} on Friday, killing four "
          "border guards, officials said, in the deadliest attack in Anbar this year."}),
          "a one-paragraph JSON record containing its title", 1, keep="killing four border guards")
    from sitroom.synth import hard_wrapped_text  # imported here: the rest of the helper needs no sitroom

    w.add("clean/hard-wrapped.txt", hard_wrapped_text(30_000), "hard-wrapped text", 1, keep="claimed responsibility")

    # Sidecars a person got wrong: reported, ignored, the document stored.
    w.add("sidecars/wrong-type.txt", w.text(), "a wrong-typed sidecar", 1, "E112")
    (folder / "sidecars/wrong-type.txt.meta.json").write_text(_json({"title": 42, "url": "https://example.org/ok"}))
    w.add("sidecars/oversized.txt", w.text(), "an oversized sidecar", 1, "E112")
    (folder / "sidecars/oversized.txt.meta.json").write_text(_json({"title": "x" * (1024 * 1024 + 10)}))
    w.add("sidecars/not-json.txt", w.text(), "a sidecar that is not JSON", 1, "E112")
    (folder / "sidecars/not-json.txt.meta.json").write_text("{title: oops")

    # stdin: invalid UTF-8 through the pipe, stored with one line.
    corpus.stdin = ("Title: Piped\n\n" + w.text().replace("army", "“army”")).encode() + b"bad \xff byte\n"
    corpus.cases.append(Case(STDIN, "invalid UTF-8 on stdin", 1, ("E106",)))
    return corpus


def _deep_folder(top: Path, name_len: int = 200, limit: int = 4096) -> None:
    """A chain of folders whose full path outgrows PATH_MAX: listing the deepest fails (ENAMETOOLONG) even as
    root. Built through directory descriptors, since the path itself cannot be passed to mkdir."""
    top.mkdir(parents=True)
    fd = os.open(top, os.O_RDONLY)
    length = len(os.fsencode(top))
    try:
        while length <= limit:
            os.mkdir("d" * name_len, dir_fd=fd)
            child = os.open("d" * name_len, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
            length += name_len + 1
        with open(os.open("lost.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as fh:
            fh.write(article(99))
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- checking a run over the corpus


def sitroom(*args: str, stdin: bytes = b"", timeout: float = TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    """A ``sitroom`` command in a fresh process with this one's import path; TimeoutExpired when it hangs."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sitroom.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, env=env)


@dataclass
class Audit:
    """What a run over the corpus got wrong: lost documents or text, and report lines that are not exact."""

    lost: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def report_lines(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, code) of every line of an ``ingest --json`` report."""
    lines = [(p["path"], p["code"]) for p in report["skipped"] + report["warnings"]]
    lines += [(d["path"], "W202") for d in report["duplicates"]]
    lines += [(d["path"], "W204") for d in report["already_stored"]]
    return lines


def audit(corpus: Corpus, report: dict[str, Any], stored: list[tuple[str, str, str]]) -> Audit:
    """Check an ingest report and the stored (id, source_path, text) rows against every case."""
    found = Audit()
    lines: dict[str, list[str]] = {c.name: [] for c in corpus.cases}
    for path, code in report_lines(report):
        case = corpus.case_of(path)
        if case is None:
            found.wrong.append(f"a report line for no input: {path} {code}")
        else:
            lines[case.name].append(code)
    texts: dict[str, list[str]] = {c.name: [] for c in corpus.cases}
    for _, path, text in stored:
        case = corpus.case_of(path)
        if case is None:
            found.wrong.append(f"a stored document from no input: {path}")
        else:
            texts[case.name].append(text)
    for case in corpus.cases:
        if sorted(lines[case.name]) != list(case.codes):
            found.wrong.append(f"{case.what}: report lines {sorted(lines[case.name])}, expected {list(case.codes)}")
        if len(texts[case.name]) < case.min_stored:
            found.lost.append(f"{case.what}: {len(texts[case.name])} documents stored, expected {case.min_stored}")
        elif case.keep and not any(case.keep in text for text in texts[case.name]):
            found.lost.append(f"{case.what}: its text lost {case.keep!r}")
        if not case.min_stored and texts[case.name]:
            found.wrong.append(f"{case.what}: stored, but it must not be")
    if sorted(report["ingested"]) != sorted(doc_id for doc_id, _, _ in stored):
        found.wrong.append("the report's ingested ids are not the stored documents")
    both = {p["path"] for p in report["skipped"]} & {path for _, path, _ in stored}
    found.wrong += [f"listed both stored and skipped: {path}" for path in sorted(both)]
    return found


def evidence_outside(export: dict[str, Any], texts: dict[str, str]) -> tuple[int, list[str]]:
    """(spans checked, spans not inside their document or not inside their sentence) over an export."""
    checked, outside = 0, []
    for kind in ("events", "figures", "quotes"):
        for record in export[kind]:
            for ev in record["evidence"]:
                checked += 1
                if not span_inside(texts.get(ev["doc_id"], ""), ev["start"], ev["end"], ev["text"]):
                    outside.append(f"{kind} {record['id']}: [{ev['start']}:{ev['end']}] of {ev['doc_id']}")
    return checked, outside


def span_inside(text: str, start: int, end: int, sentence: str) -> bool:
    """``text[start:end]`` is a non-empty span of ``text`` inside an occurrence of ``sentence``."""
    if not 0 <= start < end <= len(text):
        return False
    at = text.find(sentence)
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return True
        at = text.find(sentence, at + 1)
    return False
