"""Figures said of another place or a benchmark: a province, the nation.

A report's indicator rows hold its own unit's figures. A sentence may set them
beside another place's: "Capaian IKM Provinsi Jawa Barat sebesar 95,37%", "…
di atas rata-rata nasional sebesar 62,5%", "capaian Kabupaten/Kota lain 80%".
Such a percentage, or a count ("Jumlah penduduk miskin nasional sebanyak 25,2
juta orang"), restates no row of the unit. Only a narrow set of words says
so, in the figure's own words (since the figure before it, in its clause): a
*provinsi* (unless the report's own unit is a province: its cover says so), a
national benchmark (*rata-rata*, *angka*, *standar*, *target*, *capaian* or
*tingkat nasional*, *secara nasional*, or *nasional* right after an
indicator's name, before the figure, its date or its verb: "Persentase imunisasi
dasar lengkap nasional tahun 2024 sebesar 94,3%", unless a table names a row by
the word, "Jaminan Kesehatan Nasional"), *Kabupaten/Kota lain*, and *kabupaten*
or *kota* right after an indicator's name in a report of a province or of a unit
under a kabupaten (a kecamatan, a puskesmas). "Rata-rata
capaian" alone is the unit's own average, and a word after the figure ("95%,
melampaui rata-rata nasional") speaks of no figure.
"""

from __future__ import annotations

import re

from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.claims import FigureClaim
from lkjaudit.prose.subunits import SUB_UNIT_METRICS, front_words, table_words
from lkjaudit.prose.text import CLAUSES

__all__ = ["elsewhere_claims"]

# a province, said as a place ("Provinsi Jawa Barat", "rata-rata provinsi")
_PROVINCE = lazy(r"\b(?:provinsi|propinsi)\b", re.IGNORECASE)
# another place whatever the unit is: the nation as a benchmark, another region
_OTHER = lazy(
    r"\b(?:(?:rata-?\s*rata|angka|standar|target|capaian|tingkat|secara)\s+"
    r"nasional|(?:kabupaten|kota|provinsi|propinsi)(?:\s*/\s*(?:kabupaten|kota))?"
    r"\s+lain(?:nya)?)\b",
    re.IGNORECASE,
)
# the nation, or a kabupaten/kota, as the scope of an indicator: the word right
# after its name, before the figure, its date or its verb ("Persentase imunisasi
# dasar lengkap nasional tahun 2024 sebesar 94,3%", "… kabupaten mencapai 95%")
_SCOPE_END = (
    r"(?=\s*(?:\(|(?:(?:pada|di|dalam|per)\s+)?(?:(?:tahun|ta)\s+(?:19|20)\d\d\b\s*)?"
    r"(?:sebesar|mencapai|adalah|yaitu|yakni|tercatat|hanya|baru|berada|sekitar|"
    r"senilai|sebanyak|sejumlah|berjumlah|$)))"
)
_NATION = lazy(rf"\bnasional\b{_SCOPE_END}", re.IGNORECASE)
_REGION = lazy(
    rf"\b(?:kabupaten|kota)(?:\s*/\s*(?:kabupaten|kota))?\b{_SCOPE_END}", re.I
)
# the words that name a unit's level, the first of which on the cover is its own
_LEVEL = frozenset({"provinsi", "propinsi", "kabupaten", "kota"})
# a unit below a kabupaten's: its cover names it before the kabupaten
_BELOW = frozenset({"kecamatan", "kelurahan", "desa", "puskesmas"})


@per_report
def _is_province(report: Report) -> bool:
    """Whether the report's own unit is a province: its cover names that level first.

    "LAPORAN KINERJA DINAS KESEHATAN PROVINSI JAWA BARAT" is a province's;
    "PEMERINTAH KABUPATEN SUKAMULYA PROVINSI JAWA BARAT" a kabupaten's.
    """
    first = next((w for w in front_words(report) if w in _LEVEL), None)
    return first in ("provinsi", "propinsi")


@per_report
def _below_kabupaten(report: Report) -> bool:
    """Whether the report's own unit is under a kabupaten or kota.

    A kecamatan's, a puskesmas': its cover names that before any kabupaten, kota
    or province ("LAPORAN KINERJA PUSKESMAS SUMBERWARU KABUPATEN WATUGEDE").
    """
    first = next((w for w in front_words(report) if w in _LEVEL or w in _BELOW), None)
    return first in _BELOW


def _other_scope(report: Report, own: str) -> bool:
    """Whether an indicator's words end on a scope of another place than the unit.

    *nasional* right after the indicator's name (unless a table names a row by
    it: "Jaminan Kesehatan Nasional"), and *kabupaten* or *kota* there in a
    report of a province or of a unit under a kabupaten.
    """
    if _NATION.search(own) and "nasional" not in table_words(report):
        return True
    return _REGION.search(own) is not None and (
        _is_province(report) or _below_kabupaten(report)
    )


def elsewhere_claims(report: Report, claims: list[FigureClaim]) -> list[FigureClaim]:
    """One sentence's claims (left to right) without figures of another place.

    A percentage or a count of an indicator (capaian, realisasi, target, a %
    reached) whose own words (since the claim before it, in its clause) name
    another place or a national benchmark is left out; the others are kept as
    they are.
    """
    kept: list[FigureClaim] = []
    end = 0
    for claim in claims:
        start, end = end, claim.figure.start
        figure = claim.figure
        if claim.metric in SUB_UNIT_METRICS and (
            figure.value.unit == "%" or figure.kind == "count"
        ):
            own = CLAUSES.split(claim.sentence.text[start:end])[-1]
            if (
                _OTHER.search(own)
                or (_PROVINCE.search(own) and not _is_province(report))
                or _other_scope(report, own)
            ):
                end = figure.end
                continue
        kept.append(claim)
        end = figure.end
    return kept
