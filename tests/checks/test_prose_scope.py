"""Figures about something narrower than the row a keyword points to, each on a
small report: what was acquired in the year (not the stock a table of assets or
staff counts), what a budget line was used for (not the line's own anggaran)."""

from __future__ import annotations

import pytest

from lkjaudit.prose.claims import read_claims

from conftest import STAFF_BY_STATUS, compact, findings_for, report_from

COUNTS = ("text-count-*", "text-figure-*")
FIGURES = ("text-figure-*",)
COUNT = "text-count-matches-table"
FIGURE = "text-figure-matches-table"
NOTE = "text-figure-found-in-tables"


def _line(text: str, words: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), 1) if words in line)


# ------------------------------------------------- what was acquired this year

_ASSETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.6 Barang Inventaris menurut Kondisi

No\tNama Barang\tBaik\tRusak Ringan\tRusak Berat\tJumlah
1\tKomputer\t6\t1\t1\t8
2\tPrinter\t3\t1\t-\t4
\tJumlah\t9\t2\t1\t12

{sentence}
"""
AT = "text/paragraph:3/sentence:1"


def _assets(sentence: str) -> list[list[object]]:
    return compact(findings_for(_ASSETS.format(sentence=sentence), select=COUNTS))


@pytest.mark.parametrize(
    "sentence",
    [
        # the reviewer's wording: before, an error against the row's Jumlah 8
        "Pada tahun 2024 dilakukan pengadaan 2 unit komputer baru untuk menunjang"
        " pelayanan.",
        "Kecamatan membeli 2 unit komputer pada triwulan III.",
        "Pengadaan komputer tahun 2024 sebanyak 2 unit.",
        "Pengadaan komputer dengan jumlah 2 unit.",
        "Kecamatan menerima hibah 2 unit komputer dari Pemerintah Provinsi.",
        "Sebanyak 3 unit komputer dibeli pada tahun 2024.",
        "Terdapat 2 unit komputer baru.",
        # the stock before the part acquired is right, and still read
        "Kecamatan memiliki 8 unit komputer, 2 unit di antaranya hasil pengadaan"
        " tahun 2024.",
        "Jumlah komputer sebanyak 8 unit termasuk 3 unit hasil pengadaan tahun 2024.",
    ],
)
def test_what_was_acquired_is_no_count_of_the_stock(sentence: str) -> None:
    assert _assets(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        ("Jumlah komputer dalam kondisi baik sebanyak 5 unit.", "6 unit", "5 unit"),
        ("Jumlah komputer sebanyak 7 unit.", "8 unit", "7 unit"),
        # the stock after an acquisition, said as a total or as what is held
        (
            "Pengadaan 2 unit komputer menambah jumlah komputer menjadi 7 unit.",
            "8 unit",
            "7 unit",
        ),
        ("Pengadaan 2 unit komputer sehingga total 7 unit.", "8 unit", "7 unit"),
        (
            "Dengan pengadaan tersebut kecamatan memiliki 7 unit komputer.",
            "8 unit",
            "7 unit",
        ),
        # a wrong stock before the part acquired
        (
            "Kecamatan memiliki 9 unit komputer, 2 unit di antaranya hasil pengadaan"
            " tahun 2024.",
            "8 unit",
            "9 unit",
        ),
    ],
)
def test_the_stock_near_an_acquisition_is_still_compared(
    sentence: str, expected: str, actual: str
) -> None:
    assert _assets(sentence) == [[COUNT, AT, 10, expected, actual]]


def test_staff_taken_on_are_no_count_of_the_staff() -> None:
    for sentence in (
        "Pada tahun 2024 kecamatan menerima 3 orang PPPK baru.",
        "Kecamatan mendapat tambahan 2 orang pegawai PNS.",
        "Pada tahun 2024 dilakukan rekrutmen 4 orang PPPK.",
    ):
        text = STAFF_BY_STATUS.format(sentence=sentence)
        assert findings_for(text, select=COUNTS) == [], sentence
    # the column's own count, in the same sentence, is still compared
    text = STAFF_BY_STATUS.format(
        sentence="Kecamatan memiliki 7 orang PPPK, 3 orang di antaranya diangkat"
        " pada tahun 2024."
    )
    assert compact(findings_for(text, select=COUNTS)) == [
        [COUNT, AT, 11, "6 orang", "7 orang"]
    ]


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        (
            "Pada tahun 2024 dilakukan pengadaan 2 unit komputer baru untuk menunjang"
            " pelayanan.",
            [],
        ),
        ("Kecamatan memiliki 8 unit komputer.", ["asset"]),
        ("Jumlah komputer dalam kondisi baik sebanyak 5 unit.", ["asset"]),
    ],
)
def test_what_a_count_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics


# ------------------------------------------------- what a budget line is used for

_REPORT = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB III AKUNTABILITAS KINERJA
{tables}
{sentence}
"""
_KINDS = """
Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t547.450.000\t527.971.850\t19.478.150\t96,44
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27
"""


def _budget(sentence: str, tables: str = _KINDS) -> str:
    return _REPORT.format(tables=tables, sentence=sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the reviewer's wording: before, an error against belanja modal's
        # anggaran Rp 125.000.000
        "Belanja modal digunakan untuk pengadaan komputer senilai Rp 20.000.000.",
        "Belanja modal digunakan untuk pengadaan 2 unit komputer senilai"
        " Rp 20.000.000.",
        "Belanja modal dialokasikan untuk pengadaan kendaraan sebesar Rp 100.000.000.",
        "Belanja modal berupa pengadaan komputer senilai Rp 20.000.000.",
        "Realisasi belanja modal sebesar Rp 119.870.000 dimanfaatkan untuk pembelian"
        " laptop senilai Rp 20.000.000.",
        "Anggaran belanja barang dan jasa antara lain membiayai honorarium narasumber"
        " Rp 15.000.000.",
    ],
)
def test_what_a_budget_line_is_used_for_is_not_the_line(sentence: str) -> None:
    assert findings_for(_budget(sentence), select=FIGURES) == []


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        (
            "Anggaran Belanja Modal sebesar Rp 120.000.000 digunakan untuk pengadaan"
            " komputer senilai Rp 20.000.000.",
            "Rp 125.000.000",
            "Rp 120.000.000",
        ),
        (
            "Belanja modal digunakan untuk pengadaan komputer, realisasinya sebesar"
            " Rp 110.000.000.",
            "Rp 119.870.000",
            "Rp 110.000.000",
        ),
        (
            "Anggaran digunakan untuk belanja modal sebesar Rp 120.000.000.",
            "Rp 125.000.000",
            "Rp 120.000.000",
        ),
        (
            "Anggaran sebesar Rp 3.518.770.000, di antaranya belanja modal"
            " Rp 120.000.000.",
            "Rp 125.000.000",
            "Rp 120.000.000",
        ),
    ],
)
def test_the_line_s_own_figure_beside_a_use_is_still_compared(
    sentence: str, expected: str, actual: str
) -> None:
    text = _budget(sentence)
    assert compact(findings_for(text, select=FIGURES)) == [
        [FIGURE, "text/paragraph:4/sentence:1", _line(text, sentence[:20])]
        + [expected, actual]
    ]


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        ("Belanja modal digunakan untuk pengadaan komputer senilai Rp 20.000.000.", []),
        ("Belanja modal digunakan untuk pengadaan komputer sebesar 16%.", []),
        # a use that names a kegiatan is that kegiatan's budget
        (
            "Anggaran digunakan untuk kegiatan Penyediaan Jasa Kantor sebesar"
            " Rp 20.000.000.",
            ["anggaran"],
        ),
        ("Anggaran belanja modal sebesar Rp 125.000.000.", ["anggaran"]),
    ],
)
def test_what_a_figure_after_a_use_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics
