"""Figures of a sub-unit: a named Puskesmas, UPT, kelurahan, desa, sekolah, bidang ….

A report speaks for its whole unit, and its indicator rows hold the unit's
figures. A sentence may also quote a part of the unit: "Capaian IKM per unit
layanan: Puskesmas Sukamulya: 95,37%; Puskesmas Cibeber: 88,10%", "Indeks
Kepuasan Masyarakat Puskesmas Sukamulya sebesar 78,2". Such a figure is the
sub-unit's, not the indicator's, as another region's figure is another
region's: it restates no row of the unit, unless a table has a row for that
sub-unit (a table of IKM per Puskesmas), and then that row is the one it is
compared with.

A sub-unit is named by its kind (*Puskesmas*, *Pustu*, *UPT*, *UPTD*,
*Kelurahan*, *Desa*, *Kecamatan*, *Sekolah*, *SD*/*SMP*/*SMA* …, *Bidang*,
*Seksi*, *Sub Bagian*, *Rumah Sakit* …) and a name: a word in capitals ("Puskesmas
Sukamulya", "Kelurahan Tanjungsari"), a letter or a number ("Puskesmas A", "SD
Negeri 2"). A kind with no name ("seluruh Puskesmas", "Puskesmas se-Kabupaten",
"desa mandiri") or a kind that says what sort ("Desa Mandiri", "Puskesmas Rawat
Inap") names none. The report's own unit is no sub-unit: a name its cover or
foreword gives ("LAPORAN KINERJA UPT PUSKESMAS SUKAMULYA") is the unit itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import FigureClaim
from lkjaudit.prose.text import CONTRAST, tokens, words

__all__ = [
    "SUB_UNIT_METRICS",
    "front_words",
    "named_sub_units",
    "sub_unit_claims",
    "table_words",
]

# the figures of an indicator a sub-unit has a value of its own for
SUB_UNIT_METRICS = frozenset({"capaian", "realisasi", "target", "attained"})

# the kinds of sub-unit, in words (any case) or as an abbreviation (in capitals)
_KIND_WORDS = (
    r"(?i:puskesmas(?:\s+pembantu)?|pustu|polindes|poskesdes|posyandu|klinik|"
    r"upt|uptd|kelurahan|desa|kecamatan|dusun|sekolah|bidang|sub\s*bidang|"
    r"sub\s*bagian|subbag|seksi|rumah\s+sakit|rsud|rsu)"
)
_KIND_CAPS = r"(?:SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|TK|PAUD|RS)"
_KIND = rf"(?:{_KIND_WORDS}|{_KIND_CAPS})"
# words after the kind that say what sort, not which: "Puskesmas Rawat Inap",
# "SD Negeri 2" (the name may still follow)
_SORT = (
    r"(?:Negeri|Swasta|Pembantu|Induk|Keliling|Rawat\s+Inap|Non\s+Rawat\s+Inap|"
    r"Terpadu|Islam|Kristen|Katolik|Umum|Daerah)"
)
# "Puskesmas Sukamulya", "UPT Puskesmas Sukamulya", "SD Negeri 2", "Desa A": the
# kinds (one may lead another), the sort, and the name (neither a kind nor a sort
# is taken back for a name: "UPT Puskesmas", "Puskesmas Rawat Inap" name none)
_NAMED = lazy(
    rf"(?<![\w-])(?P<kinds>{_KIND}(?:\s+{_KIND})*+)(?:\s+{_SORT})*+"
    r"\s+(?P<name>\d+[A-Za-z]?\b|[A-Z]{1,3}\b(?![\w-])|[A-Z][a-z][\w'-]*)"
)
_KINDS = lazy(_KIND)
# words in capitals after a kind that name no one sub-unit: a region or all of
# them ("Puskesmas se-Kabupaten", "Puskesmas Kabupaten …"), a time, a linking
# word of a title, or a sort ("Desa Mandiri", "Puskesmas Terakreditasi")
_NO_NAME = frozenset(
    {
        "kabupaten", "kota", "provinsi", "propinsi", "daerah", "wilayah", "se",
        "seluruh", "semua", "setiap", "tiap", "masing", "lain", "lainnya",
        "tahun", "triwulan", "semester", "bulan", "periode", "per", "yang", "dan",
        "serta", "atau", "di", "ke", "dari", "pada", "dengan", "untuk", "dalam",
        "sebesar", "sebanyak", "mencapai", "adalah", "yaitu", "ini", "itu",
        "tersebut", "mandiri", "maju", "berkembang", "tertinggal", "sangat",
        "wisata", "siaga", "sehat", "tangguh", "layak", "adat", "binaan",
        "definitif", "persiapan", "terakreditasi", "ramah", "prima", "digital",
        "cerdas", "bersih", "aktif", "percontohan", "unggulan", "rujukan",
        "dasar", "menengah", "atas", "pertama", "kejuruan", "inklusi", "luar",
        "biasa", "sederajat", "odf",
    }
)  # fmt: skip
# words in capitals: the figure's own words name a subject of their own
_CAPITAL = lazy(r"(?<![\w-])[A-Z]")
# "survei oleh UPT …": who did the work, not whose figure it is
_AGENT = lazy(r"\boleh\s+$", re.IGNORECASE)
# where the cover and foreword end: the table of contents, a summary, a chapter
_FRONT_END = lazy(
    r"^\W*(?:daftar\s+isi|ikhtisar|ringkasan|executive\s+summary|bab\s+[1iv])",
    re.IGNORECASE,
)
# how many paragraphs of the front are read at most
_FRONT = 40


def named_sub_units(text: str) -> list[tuple[str, ...]]:
    """The sub-units a text names, each as its words from its last kind on.

    "UPT Puskesmas Sukamulya" gives ``("puskesmas", "sukamulya")``, "SD Negeri 2
    Sukamulya" ``("sd", "negeri", "2")``: enough to find it in a table or the
    cover.
    """
    found: list[tuple[str, ...]] = []
    for match in _NAMED.finditer(text):
        name = match.group("name")
        if name.lower() in _NO_NAME or _AGENT.search(text, 0, match.start()):
            continue
        last = [k.start() for k in _KINDS.finditer(text, *match.span("kinds"))][-1]
        found.append(tuple(words(text[last : match.end()])))
    return found


def _holds(haystack: list[str], needle: tuple[str, ...]) -> bool:
    """Whether the words of ``needle`` stand together in ``haystack``."""
    n = len(needle)
    first = needle[0]
    return any(
        haystack[k] == first and tuple(haystack[k : k + n]) == needle
        for k in range(len(haystack) - n + 1)
    )


@per_report
def front_words(report: Report) -> list[str]:
    """The words of the report's title, cover and foreword (the unit names itself)."""
    found = words(report.title or "")
    for k, para in enumerate(report.paragraphs):
        if k == _FRONT or _FRONT_END.match(para.text):
            break
        found += words(para.text)
    return found


@per_report
def _row_words(report: Report) -> tuple[list[list[str]], frozenset[str]]:
    """The words of each row of every table, and all of them."""
    rows = [
        words(" ".join(cell.text for cell in row.cells if cell.text))
        for table in report.tables
        for row in table.rows
    ]
    return rows, frozenset(w for row in rows for w in row)


def table_words(report: Report) -> frozenset[str]:
    """Every word the report's tables print in a row (lower case)."""
    return _row_words(report)[1]


def _unit_row(report: Report, unit: tuple[str, ...]) -> bool | None:
    """Whether a table has a row for a sub-unit named; None: it is the unit itself.

    A table has it when a row holds its kind and name ("Puskesmas Sukamulya"),
    or a row holds its name, a word (no letter nor number): "Desa Tertib
    Administrasi" said of a row "Persentase desa yang tertib administrasi" is
    that row's words, no desa's name.
    """
    if _holds(front_words(report), unit):
        return None
    rows, every = _row_words(report)
    if any(_holds(row, unit) for row in rows):
        return True
    name = unit[-1]
    return None if len(name) > 2 and name.isalpha() and name in every else False


def _own_words(text: str, start: int, end: int) -> str:
    """The words a figure has to itself: since the claim before it, in its clause."""
    return CONTRAST.split(text[start:end])[-1]


def sub_unit_claims(
    report: Report, claims: list[FigureClaim]
) -> list[FigureClaim | None]:
    """One sentence's claims (left to right), each as the sub-unit it names makes it.

    A claim is a sub-unit's when its own words (since the claim before it, in
    its clause: a contrast or ";" opens another) name a sub-unit that is not
    the report's unit ("Capaian IKM Puskesmas Sukamulya sebesar 95,37%", "…;
    Puskesmas Cibeber: 88,10%"; not the agent, "survei oleh UPT …"), or when
    they name no subject (no word in capitals) and the claim before it, in the
    same clause, is a sub-unit's ("Puskesmas Sukamulya memperoleh IKM 78,2
    dengan capaian 95,37%"). Such a claim is None (no claim) when no table has
    a row for the sub-unit, else it keeps the sub-unit's words
    (:attr:`FigureClaim.sub_unit`): only that row is its own. Only an
    indicator's figures (capaian, realisasi, target, a rate or a score) are
    judged; the others are returned as they are.
    """
    out: list[FigureClaim | None] = []
    end = 0
    unit: frozenset[str] | None = None  # the sub-unit of the claim before
    for claim in claims:
        start, end = end, claim.figure.start
        if claim.metric not in SUB_UNIT_METRICS:
            out.append(claim)
            unit, end = None, claim.figure.end
            continue
        text = claim.sentence.text
        own = _own_words(text, start, end)
        found: frozenset[str] | None = None
        for named in named_sub_units(own):
            row = _unit_row(report, named)
            if row is not None:
                found = tokens(" ".join(named)) if row else frozenset()
                break
        if (
            found is None
            and unit is not None
            and not CONTRAST.search(text, start, end)
            and not _CAPITAL.search(own)
        ):
            found = unit  # NOTE: "… IKM 78,2 dengan capaian 95,37%": the same
        if found is None:
            out.append(claim)
        elif found:
            out.append(replace(claim, sub_unit=found))
        else:
            out.append(None)
        unit, end = found, claim.figure.end
    return out
