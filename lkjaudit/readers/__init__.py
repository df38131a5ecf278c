"""Readers: one per input format, all producing the same :class:`Report` model.

:func:`load_report` picks the reader by content first (a PDF or ZIP signature, NUL
bytes, a byte-order mark) and by suffix second, reads the file with a size limit,
and runs the format-independent analysis of :mod:`lkjaudit.analysis`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lkjaudit.errors import InputError
from lkjaudit.model.report import Report, TableKind

__all__ = [
    "DEFAULT_MAX_BYTES",
    "REPORT_SUFFIXES",
    "detect_format",
    "load_report",
    "read_bytes",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# The suffixes of the files `lkjaudit check FOLDER` picks up: one entry per format
# a reader handles (add a reader's suffixes here when it lands).
REPORT_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown")
_LKJ_WORDS = re.compile(
    r"laporan\s+kinerja|\blkj(?:ip)?\b|akuntabilitas\s+kinerja|perjanjian\s+kinerja|"
    r"realisasi\s+anggaran|capaian\s+kinerja",
    re.IGNORECASE,
)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file; missing, unreadable or oversized ones raise a clear InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "file not found")
    if p.is_dir():
        raise InputError(path, "is a directory, not a report file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                path,
                f"file is {size / 1048576:.1f} MB, above the "
                f"{max_bytes / 1048576:.0f} MB limit (raise it with --max-size)",
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"file is larger than the {max_bytes} byte limit")
    return data


def detect_format(path: str, data: bytes) -> str:
    """The report format from the content, then the suffix."""
    head = data[:8]
    suffix = os.path.splitext(path)[1].lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return {".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix, "docx")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


def _decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file: expected a UTF-8 text export of a report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save the export as UTF-8",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_lkj(report: Report, text: str) -> bool:
    if any(set(t.kinds) - {TableKind.OTHER} for t in report.tables):
        return True
    phrases = {m.group(0).lower().removesuffix("ip") for m in _LKJ_WORDS.finditer(text)}
    return len(phrases) >= (2 if report.tables else 3)


def load_report(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, display_name: str | None = None
) -> Report:
    """Read and analyse one report file; InputError when it cannot be read."""
    from lkjaudit.analysis import analyze
    from lkjaudit.readers.text import read_text

    source = display_name or path
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(source, "empty file")
    fmt = detect_format(path, data)
    if fmt == "utf16":
        raise InputError(source, "UTF-16 text; save the export as UTF-8")
    if fmt in ("pdf", "docx", "xlsx"):
        raise InputError(
            source,
            f"{fmt.upper()} files are not supported yet; export the report as text",
        )
    text = _decode(source, data)
    if fmt == "text" and re.search(r"^\s*\|.*\|\s*$", text, re.MULTILINE):
        fmt = "markdown"
    report = analyze(read_text(source, text, fmt))
    if not _is_lkj(report, text):
        raise InputError(
            source,
            "not an LKj report: no performance or budget tables and no "
            "'Laporan Kinerja' in the text",
        )
    return report
