"""The outline of a report: headings, the table of contents, signatures.

Headings are short paragraphs: ``BAB III AKUNTABILITAS KINERJA`` (or ``BAB I``
with its title in the next paragraph), numbered sections (``3.1. PENGUKURAN
KINERJA``, ``4.1 Kesimpulan``) and upper-case titles (``KATA PENGANTAR``). The
table of contents (Daftar Isi) is recognised by meaning: a table or list of
headings, each with a page number, under a "Daftar Isi" title. The Perjanjian Kinerja
attachment is the part from its own heading on; a signature there is the PK's, not
the report's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Paragraph, Report, Table
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.position import paragraph_at, sheet_starts, table_at

__all__ = [
    "Heading",
    "Signature",
    "TocEntry",
    "chapter_of",
    "headings",
    "normalize_title",
    "pk_present",
    "pk_start",
    "signatures",
    "toc",
]

_ROMAN_NUM = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7}
_BAB = lazy(
    r"^\s*#*\s*BAB\s+(?P<n>VII|VI|V|IV|III|II|I|[1-7])\b[\s.:\-–]*(?P<t>.*)$", re.I
)
_NUMBERED = lazy(r"^\s*#*\s*(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<t>\S.*)$")
_MARK = lazy(r"^[\s#•●◦▪❖*\-]+")


@dataclass(frozen=True)
class Heading:
    """A heading in the body of the report."""

    number: str | None  # "BAB III", "3.1"; None for an unnumbered title
    title: str  # as printed, without its number
    paragraph: int  # index of its paragraph in Report.paragraphs
    at: int = 0  # its reading line (:mod:`lkjaudit.prose.position`)
    printed: str = ""  # number and title as the report prints them ("1.2. ISU …")

    @property
    def text(self) -> str:
        """Number and title, the number as the outline writes it (``1.2``)."""
        return f"{self.number} {self.title}".strip() if self.number else self.title

    @property
    def shown(self) -> str:
        """The heading as the report prints it, for quoting in a message."""
        return self.printed or self.text


def normalize_title(text: str) -> str:
    """Lower case, words only: for comparing a Daftar Isi entry with a heading."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _bab_number(raw: str) -> str:
    raw = raw.upper()
    number = _ROMAN_NUM.get(raw) or int(raw)
    roman = {v: k for k, v in _ROMAN_NUM.items()}[number]
    return f"BAB {roman}"


def _is_upper_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 3
        and len(text) <= 80
        and all(c.isupper() for c in letters)
        and not text.rstrip().endswith((".", ",", ":"))
    )


@per_report
def headings(report: Report) -> list[Heading]:
    """The headings of the body, in order (chapters, sections, upper-case titles)."""
    found: list[Heading] = []
    paras = report.paragraphs
    for k, para in enumerate(paras):
        first = _MARK.sub("", para.text.split("\n")[0]).strip()
        if len(para.text) > 160 or not first:
            continue
        where = (k, paragraph_at(report, para))
        bab = _BAB.match(first)
        if bab:
            title = bab.group("t").strip() or _rest(para)
            if not title and k + 1 < len(paras) and _is_upper_title(paras[k + 1].text):
                title = paras[k + 1].text.strip()
            printed = first if bab.group("t").strip() else f"{first} {title}"
            found.append(
                Heading(_bab_number(bab.group("n")), title, *where, printed.strip())
            )
            continue
        numbered = _NUMBERED.match(first)
        if numbered and len(first) <= 90 and not first.endswith((".", ";", ",")):
            found.append(
                Heading(numbered.group("n"), numbered.group("t").strip(), *where, first)
            )
            continue
        if "\n" not in para.text.strip() and _is_upper_title(first):
            found.append(Heading(None, first, *where, first))
    return found


def _rest(para: Paragraph) -> str:
    lines = para.text.split("\n")
    return " ".join(x.strip() for x in lines[1:] if x.strip()) if len(lines) > 1 else ""


def chapter_of(heading: Heading) -> int | None:
    """The chapter number of a BAB heading."""
    if heading.number and heading.number.startswith("BAB "):
        return _ROMAN_NUM[heading.number[4:]]
    return None


@dataclass(frozen=True)
class TocEntry:
    """One line of the Daftar Isi."""

    number: str | None
    title: str
    raw: str
    page: str
    line: int
    table: Table | None = field(repr=False)
    row: int | None  # 1-based body row of that table


_PAGE = lazy(r"^(?:\d{1,3}|[ivxlc]{1,6})$", re.I)
_TOC_TITLE = lazy(r"^\W*daftar\s+isi\W*$", re.I)


def _split_entry(text: str) -> tuple[str | None, str]:
    bab = _BAB.match(text)
    if bab:
        return _bab_number(bab.group("n")), bab.group("t").strip()
    numbered = _NUMBERED.match(text)
    if numbered:
        return numbered.group("n"), numbered.group("t").strip()
    return None, text.strip()


def _is_toc_table(table: Table, title_above: str) -> bool:
    """A table of headings with page numbers (the Daftar Isi), not data."""
    if table.ncols > 3 or len(table.rows) < 3:
        return False
    rows = [[c.text for c in r.cells if c.text] for r in table.rows]
    paged = sum(1 for r in rows if len(r) == 2 and _PAGE.match(r[-1]))
    if paged < 0.8 * len(rows):
        return False
    headed = sum(1 for r in rows if r and (_BAB.match(r[0]) or _NUMBERED.match(r[0])))
    return _TOC_TITLE.match(title_above) is not None or headed >= 0.5 * len(rows)


@per_report
def _toc_tables(report: Report) -> list[Table]:
    starts = [paragraph_at(report, p) for p in report.paragraphs]
    found = []
    for table in report.tables:
        k = bisect_left(starts, table_at(report, table))
        above = report.paragraphs[k - 1].text.strip() if k else ""
        if _is_toc_table(table, above):
            found.append(table)
    return found


@per_report
def toc(report: Report) -> list[TocEntry]:
    """The entries of the Daftar Isi, when the report has one as a table."""
    for table in _toc_tables(report):
        entries = []
        for row in table.rows:
            cells = [c for c in row.cells if c.text]
            if len(cells) != 2:
                continue
            number, title = _split_entry(cells[0].text)
            entries.append(
                TocEntry(
                    number,
                    title,
                    cells[0].text,
                    cells[1].text,
                    cells[0].line or 0,
                    table,
                    row.index,
                )
            )
        return entries
    return []


def toc_tables(report: Report) -> set[str]:
    """Ids of the tables that are tables of contents."""
    return {t.id for t in _toc_tables(report)}


_PK = lazy(r"^\W*(?:lampiran\s+)?perjanjian\s+kinerja\b", re.I)
_FRONT = lazy(r"^\W*(?:kata\s+pengantar|daftar\s+isi)\W*$", re.I)


@per_report
def pk_zones(report: Report) -> list[tuple[int, int]]:
    """The reading-line ranges of the Perjanjian Kinerja in the report.

    Each runs from its own unnumbered title ("PERJANJIAN KINERJA TAHUN 2024",
    "LAMPIRAN PERJANJIAN KINERJA") to the next chapter, Kata Pengantar or Daftar
    Isi, the end of its sheet in a workbook, or the end.
    """
    starts = [
        paragraph_at(report, p)
        for p in report.paragraphs
        if _PK.match(p.text) and len(p.text) < 120
    ] + [table_at(report, t) for t in report.tables if _PK.match(t.caption or "")]
    stops = sorted(
        [h.at for h in headings(report) if chapter_of(h) is not None]
        + [paragraph_at(report, p) for p in report.paragraphs if _FRONT.match(p.text)]
        + sheet_starts(report)
    )
    zones: list[tuple[int, int]] = []
    for start in sorted(starts):
        if zones and zones[-1][0] <= start <= zones[-1][1]:
            continue
        k = bisect_left(stops, start + 1)
        end = stops[k] - 1 if k < len(stops) else 10**9
        zones.append((start, end))
    return zones


def in_pk(report: Report, at: int) -> bool:
    """Whether a reading line belongs to the Perjanjian Kinerja."""
    return any(start <= at <= end for start, end in pk_zones(report))


@per_report
def pk_start(report: Report) -> int | None:
    """The reading line where the Perjanjian Kinerja attachment starts, or None.

    The attachment is a Perjanjian Kinerja title after the last chapter heading.
    """
    last_bab = max((h.at for h in headings(report) if chapter_of(h)), default=0)
    return next((start for start, _ in pk_zones(report) if start > last_bab), None)


# NOTE: the title a table or sheet of the PK itself opens with: "Perjanjian Kinerja
# Tahun 2024", "Lampiran Perjanjian Kinerja", "PK 2025"; not "Capaian Indikator
# Perjanjian Kinerja" (a table measured against it)
_PK_TITLE = lazy(r"^\W*(?:lampiran\s+)?(?:perjanjian\s+kinerja|pk)\b", re.I)
_CAPTION_NUMBER = lazy(
    r"^\W*(?:lanjutan\s+|sambungan\s+)?(?:tabel|table)\s+[0-9IVX]+(?:[.\-][0-9]+)*"
    r"\s*[.:\-–]?\s*",
    re.I,
)


def _pk_table(table: Table) -> bool:
    """A table of the PK itself: its caption or its section is the PK's title.

    "Tabel 2.1 Perjanjian Kinerja Dinas Kesehatan Tahun 2024" in BAB II, or a table
    on a sheet named "PK 2025" or under the title "PERJANJIAN KINERJA TAHUN 2025".
    """
    caption = _CAPTION_NUMBER.sub("", table.caption or "")
    return any(_PK_TITLE.match(text) for text in (caption, table.section or ""))


@per_report
def pk_present(report: Report) -> bool:
    """Whether the report holds its Perjanjian Kinerja.

    The attachment after the last chapter (:func:`pk_start`), or the PK's own
    table anywhere: printed in a chapter ("Tabel 2.1 Perjanjian Kinerja …") or on
    a sheet of its own. A sentence that mentions the PK does not hold it.
    """
    if pk_start(report) is not None:
        return True
    skip = toc_tables(report)
    return any(_pk_table(t) for t in report.tables if t.id not in skip)


@dataclass(frozen=True)
class Signature:
    """A "Place, date" line that opens a signature block."""

    place: str
    date_text: str
    paragraph: int  # index of its paragraph in Report.paragraphs
    in_pk: bool  # inside the Perjanjian Kinerja attachment
    at: int = 0  # its reading line (:mod:`lkjaudit.prose.position`)


_SIGN = lazy(r"^\s*(?P<place>[A-Z][A-Za-z .'-]{1,40}),\s*(?P<date>.+?)\s*$")


@per_report
def signatures(report: Report) -> list[Signature]:
    """Every "Place, date" line, marked when it belongs to the Perjanjian Kinerja."""
    from lkjaudit.prose.dates import find_dates

    found = []
    for index, para in enumerate(report.paragraphs):
        first = para.text.split("\n")[0]
        m = _SIGN.match(first)
        if not m:
            continue
        dates = find_dates(m.group("date"))
        if len(dates) != 1 or dates[0].raw.strip() != m.group("date").strip():
            continue
        at = paragraph_at(report, para)
        found.append(
            Signature(m.group("place"), m.group("date"), index, in_pk(report, at), at)
        )
    return found
