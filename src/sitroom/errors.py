"""The one error catalogue: every problem sitroom reports has a code and a clear message.

Codes are stable (reports and the API carry them); messages are for people. Use ``problem()`` to build
an ``IngestProblem`` for the ingest report, and raise ``SitroomError`` for failures that stop a command.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.models import IngestProblem


@dataclass(frozen=True)
class ErrorCode:
    code: str
    template: str

    def format(self, **kw: object) -> str:
        return self.template.format(**kw)


CATALOGUE: dict[str, ErrorCode] = {
    e.code: e
    for e in [
        # ingest: input that cannot become a document
        ErrorCode("E101", "not found: {path}"),
        ErrorCode("E102", "unreadable: {reason}"),
        ErrorCode("E103", "empty file: nothing to ingest"),
        ErrorCode("E104", "binary file ({detail}): not text, HTML or JSON"),
        ErrorCode("E105", "too large: {size} bytes is over the {limit} byte limit (--max-bytes)"),
        ErrorCode("E106", "broken encoding: {detail}; decoded with replacement characters"),
        ErrorCode("E107", "malformed HTML: {detail}"),
        ErrorCode("E108", "invalid JSON: {detail}"),
        ErrorCode("E109", "JSON record has no text field (looked for: {fields})"),
        ErrorCode("E110", "no article text left after cleaning"),
        ErrorCode("E111", "unsupported file type: {suffix}"),
        ErrorCode("E112", "bad metadata sidecar {path}: {detail}"),
        ErrorCode("E113", "too long: {chars} characters is over the {limit} character limit of the language pipeline"),
        ErrorCode("E114", "not a regular file ({kind}): not opened"),
        ErrorCode("E115", "broken symbolic link: its target {target} does not exist"),
        # documents stored but not extracted
        ErrorCode("W201", "language is {language} (score {score:.2f}): stored, not run through the English extractors"),
        ErrorCode("W202", "duplicate of document {doc_id}: already stored"),
        ErrorCode("W203", "near-duplicate of document {doc_id}: stored and linked"),
        ErrorCode("W204", "already stored as document {doc_id} (by an earlier run): skipped"),
        ErrorCode("W205", "the picture in {path} is stale (documents were stored after it was built): "
                          "run `sitroom rebuild --db {path}`"),
        # store
        ErrorCode("E301", "database {path} is newer (schema {found}) than this sitroom (schema {known})"),
        ErrorCode("E302", "database {path} cannot be opened: {reason}"),
        ErrorCode("E303", "no database at {path}: run `sitroom ingest PATH --db {path}` first"),
        ErrorCode("E304", "database {path} is open read-only: {action} needs write access"),
        ErrorCode("E305", "no space left writing {path}: {reason}; every batch stored before this is kept, "
                          "free some space and re-run to resume"),
        ErrorCode("E306", "database {path} failed while in use: {reason}"),
        ErrorCode("E307", "cannot write {path}: {reason}"),
        # query / serve
        ErrorCode("E401", "no {kind} with id {id}"),
        ErrorCode("E402", "bad filter {name}={value}: {reason}"),
        # pipeline / config
        ErrorCode("E501", "spaCy pipeline order: {detail}"),
        ErrorCode("E502", "the spaCy model package {package} is not installed: run the setup command in README.md"),
        ErrorCode("E503", "bad data file {path}: {detail}"),
        # the picture's gold (tests/fixtures/picture_gold, sitroom.picture.score)
        ErrorCode("E510", "bad picture gold file {path}: {detail}"),
        # following sources (sitroom.sources): the one-writer rule, and why a fetch was skipped or failed
        ErrorCode("E601", "database {path} is in use by {holder}: {advice}"),
        ErrorCode("E602", "not a source URL: {url} ({reason})"),
        ErrorCode("E603", "no source {which} in {path}: `sitroom sources list --db {path}` shows them"),
        ErrorCode("E604", "HTTP {status} from {url}"),
        ErrorCode("E605", "could not fetch {url}: {reason}"),
        ErrorCode("E606", "too many redirects from {url} (a loop, or more than {limit})"),
        ErrorCode("E607", "{url} is over the {limit} byte limit"),
        ErrorCode("E608", "{url} is neither an RSS/Atom feed nor a sitemap: {detail}"),
        ErrorCode("E609", "reading {url} failed: {reason}"),
        ErrorCode("E610", "bad follow option: {detail}"),
        ErrorCode("E611", "could not hand the files to the server at {url}: {reason}"),
        ErrorCode("W601", "robots.txt of {host} disallows {url}: not fetched"),
        ErrorCode("W602", "already fetched as {canonical}: not fetched again"),
        ErrorCode("W603", "same content as {other}: not stored again"),
        ErrorCode("W604", "not modified since the last fetch (HTTP 304)"),
        ErrorCode("W605", "{url} is not a web page ({content_type}): not stored"),
        # cluster (ingest --cluster, cluster.py)
        ErrorCode("E701", "--cluster needs Dask distributed, which is not installed: "
                          "pip install 'sitroom[cluster]' (every worker needs it too)"),
        ErrorCode("E702", "bad --cluster value {value!r}: use tcp://HOST:PORT or local:N"),
        ErrorCode("E703", "cannot reach the Dask scheduler at {address}: {reason}"),
        ErrorCode("E704", "a Dask worker cannot run the pipeline: {reason}"),
        ErrorCode("E705", "cannot read the list of paths {path}: {reason}"),
        ErrorCode("E706", "bad --sink value {value!r}: use parquet:DIR"),
        ErrorCode("E707", "cannot write the Parquet sink folder {path}: {reason}"),
        ErrorCode("E708", "cannot load {path}: {reason}"),
        ErrorCode("E709", "cannot read {url}: only local paths and file:// URLs are inputs (shared storage "
                          "mounted on the client and every worker)"),
        # the CLI's list output
        ErrorCode("E760", "--json and --csv are two outputs: give one of them"),
    ]
}


# Report lines about an input that is still read and stored (with replacement characters, or without the
# sidecar's metadata): they are warnings, and a report must not count their documents as skipped.
STORED_WITH_WARNING: frozenset[str] = frozenset({"E106", "E112"})


class SitroomError(Exception):
    """A failure with a catalogue code; the CLI prints ``code: message`` and exits non-zero."""

    def __init__(self, code: str, **kw: object) -> None:
        self.code = code
        self.message = CATALOGUE[code].format(**kw)
        super().__init__(f"{code}: {self.message}")


def problem(where: str, code: str, **kw: object) -> IngestProblem:
    """A line for the ingest report about the input at ``where`` (messages may name a path too)."""
    return IngestProblem(path=where, code=code, message=CATALOGUE[code].format(**kw))
