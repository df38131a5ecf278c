"""Readers: one per input format, all producing the same :class:`Report` model.

:func:`read_report` picks the reader by content first (a PDF, ZIP or OLE2
signature, NUL bytes, a byte-order mark, the report-data marker) and by suffix
second, reads the file within :class:`~lkjaudit.readers.limits.Limits`, and returns
the raw report: paragraphs and tables of raw cells. :func:`load_report` then runs
the format-independent analysis of :mod:`lkjaudit.analysis`.

Each reader module imports its library (python-docx, pdfplumber, openpyxl, PyYAML)
only when a file of its format is read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lkjaudit.errors import InputError, Message, os_problem
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report, TableKind
from lkjaudit.readers.limits import Limits

__all__ = [
    "DATA_FORMATS",
    "DATA_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "REPORT_SUFFIXES",
    "Limits",
    "detect_format",
    "is_report_data",
    "load_report",
    "read_bytes",
    "read_report",
]

DEFAULT_MAX_BYTES = Limits().max_bytes
# The suffixes of the files `lkjaudit check FOLDER` picks up: one entry per format
# a reader handles. Report data (.yaml, .yml, .json) is picked up only when the file
# says it is report data (its first key is `lkjaudit-report`): a folder of reports
# often holds other YAML and JSON.
REPORT_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".md",
    ".markdown",
    ".docx",
    ".pdf",
    ".xlsx",
    ".xlsm",
)
DATA_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".json")

DATA_FORMATS = ("yaml", "json")
_BINARY_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx"}
# NOTE: lkjaudit reads no OpenDocument file, but one named so that is damaged, or is
# no ZIP at all, is refused as what it was meant to be, not as a ZIP or as text
_ODF_SUFFIXES = {".odt": "odf-text", ".ods": "odf-spreadsheet"}
_YAML_MARK = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:[ \t]*(?:#[^\n]*)?\r?\n|[ \t]*---[^\n]*\n)*"
    rb"[ \t]*[\"']?lkjaudit-report[\"']?[ \t]*:"
)
_JSON_MARK = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{\s*\"lkjaudit-report\"\s*:")
_LKJ_WORDS = lazy(
    r"laporan\s+kinerja|\blkj(?:ip)?\b|akuntabilitas\s+kinerja|perjanjian\s+kinerja|"
    r"realisasi\s+anggaran|capaian\s+kinerja",
    re.IGNORECASE,
)


def is_report_data(path: str) -> bool:
    """Whether a YAML or JSON file says it is report data (``lkjaudit-report:``)."""
    if not os.path.isfile(path):  # NOTE: opening a named pipe waits for a writer
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return bool(_YAML_MARK.match(head) or _JSON_MARK.match(head))


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file; missing, unreadable or oversized ones raise a clear InputError."""
    p = Path(path)
    if not p.exists():
        # NOTE: `lkjaudit check laporan/` names a folder: say so when it is missing
        folder = path.endswith(("/", os.sep))
        raise InputError(
            path, Message("input.folder-not-found" if folder else "input.not-found")
        )
    if p.is_dir():
        raise InputError(path, Message("input.is-directory"))
    if not p.is_file():  # a pipe, socket or device: reading it may never end
        raise InputError(path, Message("input.not-regular"))
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                path,
                Message(
                    "input.too-large", size=size / 1048576, limit=max_bytes / 1048576
                ),
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, Message("input.permission-denied")) from None
    except OSError as exc:
        problem = os_problem(exc)
        raise InputError(path, Message("input.cannot-read", problem=problem)) from None
    if len(data) > max_bytes:
        raise InputError(path, Message("input.grew-too-large", limit=max_bytes))
    return data


def detect_format(path: str, data: bytes) -> str:
    """The report format from the content, then the suffix.

    One of ``pdf``, ``docx``, ``xlsx``, ``yaml``, ``json``, ``markdown``, ``text``,
    or a format lkjaudit cannot read, named for the error message: ``csv``, ``utf16``,
    ``ole2-encrypted``, ``ole2-doc``, ``ole2-xls``, ``ole2``, ``odf-text``,
    ``odf-spreadsheet``, ``odf`` (another OpenDocument file), ``odf-text-damaged``,
    ``odf-spreadsheet-damaged`` (named .odt or .ods, a damaged ZIP), ``zip``,
    ``not-pdf``, ``not-docx``, ``not-xlsx``, ``not-odf-text``,
    ``not-odf-spreadsheet`` (named .odt or .ods, no ZIP at all).
    """
    from lkjaudit.readers.archive import OLE2_MAGIC, ole2_kind, zip_kind

    head = data[:8]
    suffix = os.path.splitext(path)[1].lower()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = zip_kind(data)
        if kind is None:  # a damaged archive: the suffix says what it meant to be
            if suffix in _ODF_SUFFIXES:
                return f"{_ODF_SUFFIXES[suffix]}-damaged"
            return _BINARY_SUFFIXES.get(suffix, "zip")
        return kind
    if head.startswith(OLE2_MAGIC):
        return f"ole2-{ole2_kind(data)}".replace("ole2-ole2", "ole2")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    if suffix in _BINARY_SUFFIXES:
        return f"not-{_BINARY_SUFFIXES[suffix]}"
    if suffix in _ODF_SUFFIXES:
        return f"not-{_ODF_SUFFIXES[suffix]}"
    if suffix in (".yaml", ".yml") or _YAML_MARK.match(data[:4096]):
        return "yaml"
    if suffix == ".json" or _JSON_MARK.match(data[:4096]):
        return "json"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".csv":
        return "csv"  # NOTE: one sheet's cells, without the report around them
    return "text"


# NOTE: the formats detect_format names that no reader takes; each has its reason,
# and what to do about it, as the catalogue entry "input.format.<format>".
UNREADABLE_FORMATS = frozenset(
    {
        "csv",
        "utf16",
        "ole2-encrypted",
        "ole2-doc",
        "ole2-xls",
        "ole2",
        "odf-text",
        "odf-spreadsheet",
        "odf",
        "odf-text-damaged",
        "odf-spreadsheet-damaged",
        "zip",
        "not-pdf",
        "not-docx",
        "not-xlsx",
        "not-odf-text",
        "not-odf-spreadsheet",
    }
)


def _decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, Message("input.binary"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, Message("input.not-utf8", byte=data[exc.start], offset=exc.start)
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _report_text(report: Report) -> str:
    parts = [p.text for p in report.paragraphs]
    for table in report.tables[:3]:
        parts.extend(c.text for row in table.rows[:4] for c in row.cells)
    return "\n".join(parts)


# NOTE: code in Markdown documentation (fenced blocks, `spans`): sample output and
# commands quoted in a text about lkjaudit, never the prose of a report
_CODE = lazy(r"^\s*```.*?^\s*```[^\n]*$|`[^`\n]*`", re.MULTILINE | re.DOTALL)
_WORD = lazy(r"[a-z]+")
# the commonest function words of each language, none a word of the other
_INDONESIAN = frozenset(
    str.split(
        "yang dan di dengan untuk pada dari ini dalam adalah telah tidak akan oleh "
        "atau sebagai serta kepada bahwa itu ke sebesar terhadap dapat"
    )
)
_ENGLISH = frozenset(
    str.split(
        "the and of to is are in that with for it by this as be on an which when "
        "from or not its"
    )
)


# NOTE: what a report says of itself and a guide about reports does not: its period
# (a year after "tahun", "triwulan", "semester" or a month, not the year of a cited
# regulation: "Nomor 53 Tahun 2014"), its unit by name ("Kecamatan Pasirian",
# "Dinas Kesehatan"), its figures (a percentage, "84,5 persen", an amount in rupiah)
_PERIOD = lazy(
    r"\b(?:tahun(?:\s+anggaran)?|triwulan\s+[ivx\d]+|semester\s+[ivx\d]+|januari|"
    r"februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember)\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_CITED = lazy(r"\b(?:nomor|no\.?)\s*\d+[a-z]?\s*$", re.IGNORECASE)
_UNIT = lazy(
    r"\b(?i:kecamatan|kelurahan|desa|dinas|badan|kantor|inspektorat|sekretariat|"
    r"kabupaten|kota|provinsi|puskesmas|rsud|bappeda)\s+"
    r"(?!(?i:daerah|pemerintah|negara)\b)[A-Z][A-Za-z]+"
)
_FIGURE = lazy(
    r"\d(?:[.,]\d+)*\s*(?:%|persen\b)|\brp\.?\s*\d|\d{1,3}(?:\.\d{3}){2,}",
    re.IGNORECASE,
)
# the wording of a guide: what a report must, should or is to contain
_DIRECTIVE = lazy(
    r"\b(?:harus|wajib|hendaknya|sebaiknya|perlu|memuat|dimuat|paling\s+sedikit|"
    r"pastikan|cantumkan|sajikan|uraikan|tuliskan|isilah|lampirkan)\b",
    re.IGNORECASE,
)


def _own_results(prose: str) -> bool:
    """Whether a text states a unit's own period, name or figures."""
    for m in _PERIOD.finditer(prose):
        if not _CITED.search(prose[max(0, m.start() - 20) : m.start()]):
            return True
    return bool(_UNIT.search(prose) or _FIGURE.search(prose))


def _not_lkj(report: Report, text: str) -> Message | None:
    """Why a file is not an LKj, or None when it is one.

    A table the analysis classifies as an LKj table (performance, budget, staff …)
    makes it one. Without one, the text must name LKj terms (three distinct ones;
    two beside tables of other kinds) outside code, and read as Bahasa Indonesia,
    the language every LKj is written in: a text in another language that names
    the terms is about LKj reports (lkjaudit's own README, say), not one of them.
    Nor is a text that says what a report must contain ("harus memuat", "wajib")
    and states no period, unit or figure of its own: a guide to writing one.
    """
    if any(set(t.kinds) - {TableKind.OTHER} for t in report.tables):
        return None
    prose = _CODE.sub(" ", text)
    phrases = {
        " ".join(m.group(0).lower().split()).removesuffix("ip")
        for m in _LKJ_WORDS.finditer(prose)
    }
    if len(phrases) < (2 if report.tables else 3):
        return Message("input.not-lkj")
    words = _WORD.findall(prose.lower())
    indonesian = sum(1 for w in words if w in _INDONESIAN)
    english = sum(1 for w in words if w in _ENGLISH)
    if english > indonesian:
        return Message("input.not-lkj-language")
    if len(_DIRECTIVE.findall(prose)) >= 2 and not _own_results(prose):
        return Message("input.not-lkj-guide")
    return None


def read_report(
    path: str, *, limits: Limits | None = None, display_name: str | None = None
) -> Report:
    """Read one report file into a raw report, not yet analysed.

    Raises InputError, with one line saying why, when the file cannot be read.
    """
    limits = limits or Limits()
    source = display_name or path
    data = read_bytes(path, limits.max_bytes)
    if not data.strip():
        raise InputError(source, Message("input.empty"))
    fmt = detect_format(path, data)
    if fmt in UNREADABLE_FORMATS:
        raise InputError(source, Message(f"input.format.{fmt}"))
    if fmt in ("docx", "xlsx", "pdf"):
        _quiet_library_logs()
        return _read_document(source, data, fmt, limits)
    if fmt in DATA_FORMATS:
        from lkjaudit.readers.data import read_data

        return read_data(source, data, fmt, limits)
    from lkjaudit.readers.text import read_text

    text = _decode(source, data)
    # NOTE: the pattern tries every position of the text: the test for a pipe
    # spares a report without any its scan
    if (
        fmt == "text"
        and "|" in text
        and re.search(r"^\s*\|.*\|\s*$", text, re.MULTILINE)
    ):
        fmt = "markdown"
    return read_text(source, text, fmt, limits)


def _read_document(source: str, data: bytes, fmt: str, limits: Limits) -> Report:
    if fmt == "docx":
        from lkjaudit.readers.docx import read_docx

        return read_docx(source, data, limits)
    if fmt == "xlsx":
        from lkjaudit.readers.xlsx import read_xlsx

        return read_xlsx(source, data, limits)
    from lkjaudit.readers.pdf import read_pdf

    return read_pdf(source, data, limits)


_quieted = False


def _quiet_library_logs() -> None:
    """Give the reading libraries' loggers a handler that prints nothing.

    pdfminer logs the fonts it cannot measure at WARNING; with no handler
    anywhere, Python prints such records on stderr, among lkjaudit's own lines.
    A handler that drops them (what a library is meant to install on its own
    loggers) stops that, and a program that configures logging still gets
    every record. Python's warnings are the program's to silence
    (:func:`lkjaudit.startup.quiet_library_warnings`).
    """
    global _quieted
    if _quieted:
        return
    import logging

    from lkjaudit.startup import READING_LIBRARIES

    for name in READING_LIBRARIES:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    _quieted = True


def load_report(
    path: str,
    *,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    display_name: str | None = None,
) -> Report:
    """Read and analyse one report file; InputError when it cannot be read."""
    from dataclasses import replace

    from lkjaudit.analysis import analyze

    limits = limits or Limits()
    if max_bytes is not None:
        limits = replace(limits, max_bytes=max_bytes)
    report = analyze(read_report(path, limits=limits, display_name=display_name))
    # NOTE: report data is judged as the text it holds: the lkjaudit-report marker
    # says the file is in lkjaudit's format, not that what it holds is an LKj
    reason = _not_lkj(report, _report_text(report))
    if reason is not None:
        raise InputError(report.source, reason)
    return report
