"""Reliability fuzz run (issue 13): inputs tried, crashes, hangs, documents lost and wrong reports, per stage.

    .venv/bin/python benchmarks/reliability.py [--clean 2000] [--extract 300] [--kills 0] [--seed 13]

Stages:
- read+clean: random and mutated inputs (bytes, encodings, JSON/JSONL/HTML wrappers, surrogates, wrapping,
  banners, deep nesting, huge texts) written to a file and read with ``read_paths`` then ``prepare``;
- extract: content-keeping inputs through the whole pipeline (spaCy and the extractors), every evidence
  span checked to lie in its document and inside its sentence;
- adversarial: the corpus of tests/adversarial.py through one real ``sitroom ingest`` and its export;
- kill (``--kills K``): K kill -9 points over ingest, picture rebuild and export (tests/kill_resume.py).

Each input runs in a worker process with a timeout: an exception is a crash, a timeout a hang (the worker
is killed and replaced). An input is *lost* when it leaves neither a document nor a report line, or when a
mutation that keeps its article (an encoding, a wrapper, a banner) comes out without the article's phrase.
A report is *wrong* when a code is not in the catalogue, the same line appears twice, a path is both stored
and skipped, a kept article gets a skip code, a known-bad input gets another code than its own, or an
evidence span is outside its document or sentence.
"""

from __future__ import annotations

import argparse
import codecs
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the corpus helper lives with the tests

from tests.adversarial import (  # noqa: E402
    FOLLOW_UPS,
    article,
    audit,
    evidence_outside,
    sitroom,
    span_inside,
    write_corpus,
)

CLEAN_TIMEOUT = 30.0  # seconds per input for read+clean (the largest inputs are ~1 MB)
EXTRACT_TIMEOUT = 120.0
SUFFIXES = (".txt", ".html", ".json", ".jsonl", "")


@dataclass
class Input:
    """One fuzz input: the file's bytes and what must come of it."""

    kind: str  # the generator's name
    suffix: str
    data: bytes
    keep: str | None = None  # a phrase the stored text must hold (the mutation keeps the article)
    code: str | None = None  # the one code a known-bad input must get
    allowed: frozenset[str] = frozenset()  # warning codes a kept article may also get


# --------------------------------------------------------------------------- generators


def _key(i: int) -> str:
    """The first clause of article(i): unique per article, kept by every content-keeping mutation."""
    return article(i).split(" on ")[0]


def _article_with_quotes(i: int) -> str:
    return article(i) + "\n" + FOLLOW_UPS[4] + " “Daesh” was named again, café owners said.\n"


def gen_plain(rng: random.Random, i: int) -> Input:
    head = rng.choice(["", "Title: Attack report\n", "URL: https://example.org/a\nTitle: Raid\n\n"])
    text = head + article(i)
    return Input("plain", rng.choice([".txt", ""]), text.encode(), keep=_key(i))


def gen_encoded(rng: random.Random, i: int) -> Input:
    text = _article_with_quotes(i)
    codec, bom = rng.choice([("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                             ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
                             ("utf-8", codecs.BOM_UTF8), ("cp1252", b""), ("gb18030", b"")])
    if codec == "gb18030":
        text += "Xinhua 院士说 2025: 雪夜 山水诗 魏源\n"
    return Input(f"encoded:{codec}{'+bom' if bom else ''}", ".txt", bom + text.encode(codec), keep=_key(i))


def gen_wrapped(rng: random.Random, i: int) -> Input:
    import textwrap

    width = rng.randint(30, 90)
    paragraphs = article(i).split("\n\n")
    text = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    text = text.replace("\n", rng.choice(["\n", "\r\n", " \n"]))
    return Input("wrapped", ".txt", text.encode(), keep=None)  # a wrapped phrase may be re-joined differently


def gen_banner(rng: random.Random, i: int) -> Input:
    one_line = article(i).replace("\n", " ").strip()
    banner = rng.choice(["We use cookies to personalise content and ads. Accept",
                         "This website uses cookies. Accept Read More", "Share this article"])
    text = f"{one_line} {banner}"
    if rng.random() < 0.5:
        return Input("banner:txt", ".txt", text.encode(), keep=_key(i))
    return Input("banner:jsonl", ".jsonl", json.dumps({"text": text}).encode(), keep=_key(i))


def gen_title_in_text(rng: random.Random, i: int) -> Input:
    title = _key(i)
    body = article(i).replace("\n", " ").strip()
    return Input("title-in-text", ".json", json.dumps({"title": title, "text": body}).encode(), keep=_key(i))


def gen_wrapper(rng: random.Random, i: int) -> Input:
    body = article(i)
    choice = rng.randrange(4)
    if choice == 0:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p)
        return Input("wrapper:html", ".html", f"<html><body><article>{paras}</article></body></html>".encode(),
                     keep=_key(i))
    record: dict[str, Any] = {"text": body, "title": f"Report {i}", "url": f"https://example.org/{i}",
                              "published": "2019-05-02"}
    extra: dict[str, Any] = {k: rng.choice([None, 1, [], {"x": 1}, "y"]) for k in ("tags", "lang", "meta")}
    record.update(extra)
    if choice == 1:
        return Input("wrapper:json", ".json", json.dumps(record).encode(), keep=_key(i))
    if choice == 2:
        return Input("wrapper:json-list", ".json", json.dumps([record, {"text": article(i + 5000)}]).encode(),
                     keep=_key(i))
    return Input("wrapper:jsonl", ".jsonl", (json.dumps(record) + "\n\n" + json.dumps({"body": "x"})).encode())


def gen_surrogate(rng: random.Random, i: int) -> Input:
    field_name = rng.choice(["text", "title", "url"])
    record = {"text": article(i), "title": "Report", "url": "https://example.org/r"}
    record[field_name] = record[field_name] + rng.choice(["\ud800", "\udfff", "\udc80x"])
    return Input(f"surrogate:{field_name}", rng.choice([".json", ".jsonl"]), json.dumps(record).encode(),
                 keep=_key(i), allowed=frozenset({"E106"}))


def gen_bad_bytes(rng: random.Random, i: int) -> Input:
    data = _article_with_quotes(i).encode()
    cut = data.index(b"\n") + 1  # damage after the first line, so the key phrase stays whole
    bad = bytes(rng.choice([0x80, 0xC3, 0xE2, 0xFF, 0xFE, 0xED]) for _ in range(rng.randint(1, 4)))
    at = rng.randint(cut, len(data))
    return Input("invalid-utf8", ".txt", data[:at] + bad + data[at:], keep=_key(i), allowed=frozenset({"E106"}))


def gen_known_bad(rng: random.Random, i: int) -> Input:
    choice = rng.randrange(6)
    if choice == 0:
        return Input("bad:empty", rng.choice(SUFFIXES), rng.choice([b"", b"  \n\t\n", b"\r\n"]), code="E103")
    if choice == 1:
        magic = rng.choice([b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b\x08"])
        return Input("bad:binary", rng.choice([".txt", ".html", ".json"]), magic + rng.randbytes(2000), code="E104")
    if choice == 2:
        depth = rng.randint(101, 200_000)
        opener = rng.choice(["[", '{"a":'])
        closer = "]" if opener == "[" else "}"
        return Input("bad:deep-json", ".json", (opener * depth + "1" + closer * depth).encode(), code="E108")
    if choice == 3:
        return Input("bad:json", ".json", rng.choice([b"{", b"[1, 2", b"{'a': 1}", b"nul", b"\"text\""]),
                     code=None)
    if choice == 4:
        return Input("bad:no-text-field", ".json", json.dumps({"headline": "x", "txt": 5}).encode(), code="E109")
    return Input("bad:too-long", ".txt", ("word " * rng.randint(200_001, 210_000)).encode(), code="E113")


def gen_random_bytes(rng: random.Random, i: int) -> Input:
    n = rng.choice([1, 10, 100, 1000, 5000])
    return Input("random:bytes", rng.choice(SUFFIXES), rng.randbytes(n))


def gen_random_text(rng: random.Random, i: int) -> Input:
    alphabet = rng.choice([
        "aA .,\n\t\r\x0b\x0c\x00\x1c\u2028\u00a0\u200b-–:|()\"“”'’1",
        "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(60)),
        "abc \n" + "".join(chr(rng.randint(0x80, 0x10FFFF)) for _ in range(20)),
    ])
    text = "".join(rng.choice(alphabet) for _ in range(rng.choice([5, 50, 500, 5000])))
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    suffix = rng.choice(SUFFIXES)
    if suffix in (".json", ".jsonl") and rng.random() < 0.7:
        return Input("random:text-in-json", suffix, json.dumps({"text": text, "title": text[:40]}).encode())
    return Input("random:text", suffix, text.encode("utf-8", errors="surrogatepass"))


def gen_mutated(rng: random.Random, i: int) -> Input:
    base = rng.choice([gen_plain, gen_wrapper, gen_encoded, gen_banner])(rng, i)
    data = bytearray(base.data)
    for _ in range(rng.randint(1, 20)):
        op = rng.randrange(5)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            data[at:at] = rng.randbytes(rng.randint(1, 8))
        elif op == 2:
            del data[at:at + rng.randint(1, 30)]
        elif op == 3:
            data[at:at] = data[at:at + rng.randint(1, 200)] * rng.randint(2, 50)
        else:
            data = data[:at]
    return Input(f"mutated:{base.kind}", base.suffix, bytes(data))


def gen_long_line(rng: random.Random, i: int) -> Input:
    unit = rng.choice(["a", "word ", "Mosul. ", "\n", "\n\n", "ISLAMIC STATE ", "—", "http://x.org/ "])
    return Input("long-line", ".txt", (unit * rng.randint(1_000, 150_000)).encode())


def gen_html_garbage(rng: random.Random, i: int) -> Input:
    depth = rng.choice([10, 1000, 20_000])
    body = rng.choice(["<div>" * depth + article(i) + "</div>" * depth, "<script>" + "x" * 5000,
                       "<p>" + article(i), "<html><body><p>unclosed <b><i>" * 100, "<!-- " + article(i)])
    return Input("html-garbage", ".html", body.encode())


def gen_hard_wrapped(rng: random.Random, i: int) -> Input:
    from sitroom.synth import hard_wrapped_text

    return Input("hard-wrapped", ".txt", hard_wrapped_text(rng.choice([2_000, 20_000, 200_000]), seed=i).encode())


# (generator, weight): content-keeping generators feed the extract stage too.
GENERATORS: list[tuple[Callable[[random.Random, int], Input], int]] = [
    (gen_plain, 8), (gen_encoded, 10), (gen_wrapped, 5), (gen_banner, 6), (gen_title_in_text, 4),
    (gen_wrapper, 8), (gen_surrogate, 6), (gen_bad_bytes, 6), (gen_known_bad, 10), (gen_random_bytes, 8),
    (gen_random_text, 10), (gen_mutated, 14), (gen_long_line, 2), (gen_html_garbage, 3), (gen_hard_wrapped, 2),
]
KEEPING = [gen_plain, gen_encoded, gen_wrapped, gen_banner, gen_title_in_text, gen_wrapper, gen_surrogate,
           gen_bad_bytes, gen_hard_wrapped, gen_mutated]


# --------------------------------------------------------------------------- the worker


def _run_one(inp: Input, workdir: Path, extract: bool) -> dict[str, Any]:
    """Read and clean (and extract) one input in this process; a summary for the parent to judge."""
    from sitroom.clean import prepare
    from sitroom.ingest import read_paths
    from sitroom.models import Document, IngestProblem

    path = workdir / f"input{inp.suffix}"
    path.write_bytes(inp.data)
    lines: list[tuple[str, str]] = []
    docs: list[Document] = []
    stored_paths: set[str] = set()
    for item in read_paths([str(path)]):
        if isinstance(item, IngestProblem):
            lines.append((item.path, item.code))
            continue
        prepared = prepare(item)
        if isinstance(prepared, IngestProblem):
            lines.append((prepared.path, prepared.code))
        else:
            docs.extend(prepared)
            stored_paths.add(item.path)
            if not prepared:
                lines.append((item.path, "LOST"))  # neither a document nor a line: prepare lost it
    summary: dict[str, Any] = {"lines": lines, "docs": len(docs), "texts": [d.text for d in docs],
                               "stored_paths": sorted(stored_paths), "spans": 0, "outside": []}
    if extract and docs:
        from sitroom.pipeline import process_documents

        for result in process_documents(docs, nlp=_nlp()):
            text = result.document.text
            for kind, records in (("event", result.events), ("figure", result.figures), ("quote", result.quotes)):
                for record in records:
                    for ev in record.evidence:
                        summary["spans"] += 1
                        if not span_inside(text, ev.start, ev.end, ev.text):
                            summary["outside"].append(f"{kind} [{ev.start}:{ev.end}]")
    return summary


_NLP: list[Any] = []


def _nlp() -> Any:
    if not _NLP:
        from sitroom.annotate import build_nlp

        _NLP.append(build_nlp())
    return _NLP[0]


def _worker(conn: Connection, workdir: str) -> None:
    while True:
        task = conn.recv()
        if task is None:
            return
        inp, extract = task
        try:
            conn.send(("ok", _run_one(inp, Path(workdir), extract)))
        except BaseException:  # a crash is what we count: report it and go on
            conn.send(("crash", traceback.format_exc(limit=6)))


class Runner:
    """One worker process; an input that takes longer than its timeout kills it (a hang) and a new one starts."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.ctx = mp.get_context("fork")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, str(self.workdir)), daemon=True)
        self.proc.start()

    def run(self, inp: Input, extract: bool, timeout: float) -> tuple[str, Any]:
        self.conn.send((inp, extract))
        if self.conn.poll(timeout):
            try:
                return self.conn.recv()
            except EOFError:  # the worker died (a segfault, the OOM killer): a crash
                self._restart()
                return "crash", f"worker died with exit code {self.proc.exitcode}"
        self._restart()
        return "hang", f"no answer in {timeout:.0f} s"

    def _restart(self) -> None:
        self.proc.kill()
        self.proc.join()
        self._start()

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(10)


# --------------------------------------------------------------------------- judging


@dataclass
class Tally:
    stage: str
    tried: int = 0
    crashes: int = 0
    hangs: int = 0
    lost: int = 0
    wrong: int = 0
    spans: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, what: str) -> None:
        if len(self.notes) < 12:
            self.notes.append(what)


def judge(tally: Tally, inp: Input, outcome: str, result: Any) -> None:
    from sitroom.errors import CATALOGUE, STORED_WITH_WARNING

    tally.tried += 1
    if outcome == "crash":
        tally.crashes += 1
        tally.note(f"crash on {inp.kind}: {str(result).strip().splitlines()[-1]}")
        return
    if outcome == "hang":
        tally.hangs += 1
        tally.note(f"hang on {inp.kind} ({len(inp.data)} bytes)")
        return
    lines: list[tuple[str, str]] = [(path, code) for path, code in result["lines"]]
    codes = [code for _, code in lines]
    tally.spans += result["spans"]
    lost = "LOST" in codes or (not lines and not result["docs"])
    if inp.keep is not None and not any(inp.keep in text for text in result["texts"]):
        lost = True
    if lost:
        tally.lost += 1
        tally.note(f"lost {inp.kind}: lines {codes}, {result['docs']} documents")
    wrong = []
    wrong += [f"unknown code {c}" for c in codes if c not in CATALOGUE and c != "LOST"]
    if len(set(lines)) != len(lines):
        wrong.append(f"a line repeated: {codes}")
    skipped_paths = {p for p, c in lines if c not in STORED_WITH_WARNING and not c.startswith("W")}
    if skipped_paths & set(result["stored_paths"]):
        wrong.append("a path both stored and skipped")
    if inp.keep is not None and [c for c in codes if c not in inp.allowed]:
        wrong.append(f"a kept article got {codes}")
    if inp.code is not None and codes != [inp.code]:
        wrong.append(f"expected [{inp.code}], got {codes}")
    if result["outside"]:
        wrong.append(f"{len(result['outside'])} evidence spans outside their sentence: {result['outside'][:3]}")
    if wrong:
        tally.wrong += 1
        tally.note(f"wrong report on {inp.kind}: {'; '.join(wrong)}")


def fuzz(stage: str, n: int, rng: random.Random, runner: Runner, extract: bool) -> Tally:
    tally = Tally(stage)
    pool = [g for g, _ in GENERATORS] if not extract else KEEPING
    weights = [w for _, w in GENERATORS] if not extract else None
    for i in range(n):
        gen = rng.choices(pool, weights=weights)[0]
        inp = gen(rng, i)
        outcome, result = runner.run(inp, extract, EXTRACT_TIMEOUT if extract else CLEAN_TIMEOUT)
        judge(tally, inp, outcome, result)
        if (i + 1) % 500 == 0:
            print(f"  {stage}: {i + 1}/{n}", file=sys.stderr, flush=True)
    return tally


def adversarial(workdir: Path) -> Tally:
    """The corpus of tests/adversarial.py through one real ``sitroom ingest`` and its export."""
    import subprocess

    import duckdb

    tally = Tally("adversarial corpus")
    corpus = write_corpus(workdir / "corpus")
    tally.tried = len(corpus.cases)
    db = workdir / "adversarial.duckdb"
    try:
        run = sitroom("ingest", str(corpus.folder), "-", "--db", str(db), "--json", stdin=corpus.stdin)
    except subprocess.TimeoutExpired:
        tally.hangs += 1
        return tally
    if run.returncode != 0 or b"Traceback" in run.stderr:
        tally.crashes += 1
        tally.note(run.stderr.decode(errors="replace")[-300:])
        return tally
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, source_path, text FROM documents").fetchall()
    found = audit(corpus, json.loads(run.stdout), rows)
    exported = sitroom("export", "--db", str(db), "-o", str(workdir / "adversarial.json"))
    if exported.returncode != 0:
        tally.crashes += 1
    else:
        tally.spans, outside = evidence_outside(json.loads((workdir / "adversarial.json").read_text()),
                                                {doc_id: text for doc_id, _, text in rows})
        found.wrong += outside
    tally.lost, tally.wrong = len(found.lost), len(found.wrong)
    for what in found.lost + found.wrong:
        tally.note(what)
    for name, why in corpus.not_written:
        tally.note(f"not set up: {name} ({why})")
    return tally


def kills(k: int, seed: int, workdir: Path) -> Tally:
    from tests.kill_resume import PHASES, KillResume

    tally = Tally("kill -9 + resume")
    harness = KillResume(ROOT / "examples" / "corpus", workdir)
    harness.reference()
    rng = random.Random(seed)
    for i in range(k):
        trial = harness.trial(PHASES[i % len(PHASES)], rng, i)
        tally.tried += 1
        if not trial.identical or trial.half_file:
            tally.lost += 1  # a resumed export that differs from the uninterrupted one lost or changed data
            tally.note(f"kill {i} in {trial.phase} at {trial.delay:.2f}s: not byte-identical")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", type=int, default=2000, help="inputs through read+clean")
    parser.add_argument("--extract", type=int, default=300, help="inputs through the whole extraction")
    parser.add_argument("--kills", type=int, default=0, help="kill -9 points (about 15 s each)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    tallies: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="sitroom-reliability-") as tmp:
        work = Path(tmp)
        (work / "inputs").mkdir()
        runner = Runner(work / "inputs")
        try:
            tallies.append(fuzz("read+clean", args.clean, rng, runner, extract=False))
            tallies.append(fuzz("extract", args.extract, rng, runner, extract=True))
        finally:
            runner.close()
        tallies.append(adversarial(work))
        if args.kills:
            (work / "kills").mkdir()
            tallies.append(kills(args.kills, args.seed, work / "kills"))
    for tally in tallies:
        for note in tally.notes:
            print(f"  [{tally.stage}] {note}")
    header = f"| {'stage':<20} | {'inputs tried':>12} | {'crashes':>7} | {'hangs':>5} | {'documents lost':>14} " \
             f"| {'wrong reports':>13} | {'spans checked':>13} |"
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for t in [*tallies, _total(tallies)]:
        print(f"| {t.stage:<20} | {t.tried:>12} | {t.crashes:>7} | {t.hangs:>5} | {t.lost:>14} | {t.wrong:>13} "
              f"| {t.spans:>13} |")
    print(f"seed {args.seed}, {time.monotonic() - started:.0f} s")


def _total(tallies: list[Tally]) -> Tally:
    total = Tally("total")
    for t in tallies:
        total.tried += t.tried
        total.crashes += t.crashes
        total.hangs += t.hangs
        total.lost += t.lost
        total.wrong += t.wrong
        total.spans += t.spans
    return total


if __name__ == "__main__":
    main()
