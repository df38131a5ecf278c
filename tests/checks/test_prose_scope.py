"""Figures about something narrower than the row a keyword points to, each on a
small report: what was acquired in the year (not the stock a table of assets or
staff counts), a programme's budget (not the JUMLAH of the unit's budget by kind
of spending), what a budget line was used for (not the line's own anggaran)."""

from __future__ import annotations

import pytest

from lkjaudit.checks.walk import owner_names
from lkjaudit.prose.claims import named_owner, read_claims

from conftest import (
    SPENDING_BY_KIND,
    STAFF_BY_STATUS,
    compact,
    findings_for,
    report_from,
)

COUNTS = ("text-count-*", "text-figure-*")
FIGURES = ("text-figure-*",)
COUNT = "text-count-matches-table"
FIGURE = "text-figure-matches-table"
NOTE = "text-figure-found-in-tables"


def _line(text: str, words: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), 1) if words in line)


def _figure_finding(sentence: str, cell: str | None = None) -> list[object]:
    """The expected and actual figures of the one finding a budget sentence gets.

    It must be a text-figure-matches-table error at the sentence's line (and,
    given ``cell``, point at that cell of Tabel 3.3).
    """
    text = _budget(sentence)
    found = findings_for(text, select=FIGURES)
    ((rule, ref, line, expected, actual),) = compact(found)
    assert (rule, ref, line) == (
        FIGURE,
        "text/paragraph:4/sentence:1",
        _line(text, sentence[:20]),
    )
    if cell is not None:
        assert [r.ref for r in found[0].related] == [f"tabel-3.3/{cell}"]
    return [expected, actual]


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
        (
            "Kendaraan dinas yang diperoleh dari APBD Kabupaten sebanyak 7 unit"
            " kendaraan roda dua.",
            ["asset"],
        ),
        ("Komputer yang dibeli pada tahun 2024 sebanyak 2 unit.", []),
        ("Jumlah komputer dalam kondisi baik sebanyak 5 unit.", ["asset"]),
    ],
)
def test_what_a_count_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics


# what is held, owned, recorded or serving is the stock, even beside a word of
# acquiring: before the fix, each of these errors went unreported
_HELD = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

1.3 Sumber Daya Organisasi

Tabel 1.4 Sarana dan Prasarana Kantor

| No | Jenis Barang | Jumlah | Baik | Rusak Ringan | Rusak Berat |
|---|---|---|---|---|---|
| 1 | Komputer | 8 | 6 | 1 | 1 |
| 2 | Laptop | 5 | 5 | - | - |
| 3 | Printer | 4 | 3 | 1 | - |
| 4 | Kendaraan Roda Dua | 6 | 4 | 1 | 1 |
|  | Jumlah | 23 | 18 | 3 | 2 |

Tabel 1.5 Pegawai menurut Status Kepegawaian

| No | Unit Kerja | PNS | PPPK | Jumlah |
|---|---|---|---|---|
| 1 | Sekretariat | 9 | 4 | 13 |
| 2 | Seksi Pemerintahan | 7 | 2 | 9 |
|  | Jumlah | 16 | 6 | 22 |

{sentence}
"""
HELD_AT = "text/paragraph:5/sentence:1"


def _held(sentence: str) -> tuple[list[list[object]], list[list[str]]]:
    text = _HELD.format(sentence=sentence)
    found = findings_for(text, select=COUNTS)
    return compact(found), [[r.ref for r in f.related] for f in found]


@pytest.mark.parametrize(
    ("sentence", "cell", "expected", "actual"),
    [
        # acquired over years: what is held
        (
            "Saat ini Kecamatan Sukareja memiliki 7 unit komputer hasil pengadaan"
            " tahun 2019 sampai dengan 2023.",
            "row:1",
            "8 unit",
            "7 unit",
        ),
        (
            "Jumlah komputer yang tercatat dalam KIB hasil pengadaan tahun 2015"
            " sampai 2024 sebanyak 7 unit.",
            "row:1",
            "8 unit",
            "7 unit",
        ),
        (
            "Pelayanan administrasi kepada masyarakat didukung oleh 7 unit komputer"
            " yang diadakan secara bertahap sejak tahun 2018.",
            "row:1",
            "8 unit",
            "7 unit",
        ),
        (
            "Berdasarkan Kartu Inventaris Barang hasil pengadaan sampai tahun 2024"
            " tercatat 7 unit komputer.",
            "row:1",
            "8 unit",
            "7 unit",
        ),
        # an acquisition that only says where the things came from
        (
            "Kendaraan dinas yang diperoleh dari APBD Kabupaten sebanyak 7 unit"
            " kendaraan roda dua.",
            "row:4",
            "6 unit",
            "7 unit",
        ),
        (
            "Kecamatan memiliki 7 unit komputer yang dibeli dengan dana APBD dan"
            " 5 unit laptop.",
            "row:1",
            "8 unit",
            "7 unit",
        ),
        # "yang dibeli …" is the computers', not the laptops' counted after them
        (
            "Kecamatan memiliki 8 unit komputer yang dibeli dengan dana APBD dan"
            " 6 unit laptop.",
            "row:2",
            "5 unit",
            "6 unit",
        ),
    ],
)
def test_a_count_of_what_is_held_beside_an_acquisition_is_compared(
    sentence: str, cell: str, expected: str, actual: str
) -> None:
    found, related = _held(sentence)
    line = _line(_HELD.format(sentence=sentence), sentence[:20])
    assert found == [[COUNT, HELD_AT, line, expected, actual]]
    assert related == [[f"tabel-1.4/{cell}/col:jumlah"]]


@pytest.mark.parametrize(
    ("sentence", "header", "expected", "actual"),
    [
        # the staff after an intake: all of them, not the PPPK the intake names
        (
            "Jumlah pegawai Kecamatan setelah penerimaan PPPK tahun 2024 sebanyak"
            " 23 orang.",
            "Jumlah",
            "22 orang",
            "23 orang",
        ),
        # a status, not an appointment of the year
        (
            "Pegawai Kecamatan yang diangkat sebagai PNS sebanyak 17 orang.",
            "PNS",
            "16 orang",
            "17 orang",
        ),
        (
            "Kecamatan didukung oleh 17 orang PNS yang diangkat berdasarkan formasi"
            " kebutuhan.",
            "PNS",
            "16 orang",
            "17 orang",
        ),
    ],
)
def test_the_staff_held_beside_an_intake_are_compared(
    sentence: str, header: str, expected: str, actual: str
) -> None:
    found = findings_for(STAFF_BY_STATUS.format(sentence=sentence), select=COUNTS)
    assert compact(found) == [[COUNT, AT, 11, expected, actual]]
    # the JUMLAH row, in the column of all staff or of the status named
    assert [[(r.row, r.header) for r in f.related] for f in found] == [[(3, header)]]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was acquired in one period, said of the things or of the staff
        "Komputer yang dibeli pada tahun 2024 sebanyak 2 unit.",
        "Jumlah komputer yang dibeli tahun 2024 sebanyak 3 unit.",
        "Kendaraan roda dua yang diterima dari hibah Provinsi pada tahun 2024"
        " sebanyak 2 unit.",
        "Kecamatan membeli 2 unit komputer dan 3 unit printer.",
        "Kecamatan memiliki 8 unit komputer, 2 unit di antaranya hasil pengadaan"
        " tahun 2024.",
        # the computers held are right; the laptops were bought this year
        "Kecamatan memiliki 8 unit komputer yang dibeli dengan dana APBD dan 2 unit"
        " laptop yang dibeli tahun 2024.",
        "Pegawai yang diangkat sebagai PPPK pada tahun 2024 sebanyak 4 orang.",
        "Pada tahun 2024 diangkat 3 orang PPPK.",
    ],
)
def test_what_was_acquired_in_the_period_is_still_no_count_of_the_stock(
    sentence: str,
) -> None:
    assert _held(sentence) == ([], [])


# ------------------------------------------------- what a budget line is used for

_REPORT = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB III AKUNTABILITAS KINERJA
{tables}
{sentence}
"""
_KINDS = SPENDING_BY_KIND


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
    assert _figure_finding(sentence) == [expected, actual]


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
        # a list of the parts of no budget: performance figures, still claims
        (
            "Capaian sasaran rata-rata 90%, di antaranya indikator A sebesar 85%.",
            ["capaian", "capaian"],
        ),
        ("Target kinerja berupa persentase layanan 95%.", ["target"]),
        # the same money in another form; the unit's and the whole's budget
        ("Sisa anggaran berupa SiLPA sebesar Rp 113.409.750.", ["sisa"]),
        (
            "Pagu anggaran yang dialokasikan untuk Kecamatan Sukareja adalah sebesar"
            " Rp 3.581.770.000.",
            ["anggaran"],
        ),
        (
            "Anggaran yang digunakan untuk melaksanakan program dan kegiatan sebesar"
            " Rp 3.581.770.000.",
            ["anggaran"],
        ),
    ],
)
def test_what_a_figure_after_a_use_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics


@pytest.mark.parametrize(
    ("sentence", "cell", "expected", "actual"),
    [
        # the budget allotted to the unit, or to its programmes and kegiatan as a
        # whole: before the fix, no error
        (
            "Pagu anggaran yang dialokasikan untuk Kecamatan Sukareja pada tahun 2024"
            " adalah sebesar Rp 3.581.770.000.",
            "row:4/col:anggaran",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Anggaran yang digunakan untuk melaksanakan program dan kegiatan tahun"
            " 2024 sebesar Rp 3.581.770.000 dengan realisasi sebesar"
            " Rp 3.387.360.250.",
            "row:4/col:anggaran",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        # the figure after the subject's own verb, outside the use's clause
        (
            "Realisasi belanja yang dimanfaatkan untuk pelayanan masyarakat sampai"
            " dengan Desember 2024 mencapai Rp 3.378.360.250 atau 96,27%.",
            "row:4/col:realisasi_anggaran",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
        # "berupa": the same money in another form
        (
            "Sisa anggaran tahun 2024 berupa SiLPA sebesar Rp 113.409.750.",
            "row:4/col:sisa",
            "Rp 131.409.750",
            "Rp 113.409.750",
        ),
        # the figure after an aside the commas close
        (
            "Realisasi belanja pegawai, di antaranya untuk gaji dan tunjangan ASN,"
            " sebesar Rp 2.793.518.400.",
            "row:1/col:realisasi_anggaran",
            "Rp 2.739.518.400",
            "Rp 2.793.518.400",
        ),
    ],
)
def test_the_line_s_own_figure_past_a_use_is_compared(
    sentence: str, cell: str, expected: str, actual: str
) -> None:
    assert _figure_finding(sentence, cell) == [expected, actual]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a purchase cost, even as the subject of its own verb or after a
        # list of the things bought
        "Anggaran yang digunakan untuk pengadaan komputer mencapai Rp 20.000.000.",
        "Belanja modal digunakan untuk pengadaan komputer, printer dan meja senilai"
        " Rp 20.000.000.",
        # a part the aside names with its own amount
        "Anggaran sebesar Rp 3.518.770.000, di antaranya untuk honorarium"
        " narasumber Rp 15.000.000.",
        # a part of the unit, not the unit
        "Anggaran yang dialokasikan untuk Seksi Pemerintahan sebesar Rp 100.000.000.",
    ],
)
def test_what_a_use_cost_is_still_not_the_line(sentence: str) -> None:
    assert findings_for(_budget(sentence), select=FIGURES) == []


def test_a_kegiatan_named_after_a_use_is_its_budget_and_only_noted() -> None:
    # one kegiatan by name, not the programmes and kegiatan as a whole: its
    # budget, which no table holds, is noted, never compared with the line
    sentence = (
        "Belanja barang dan jasa dimanfaatkan untuk pelaksanaan kegiatan Musrenbang"
        " Kecamatan dengan nilai Rp 12.500.000."
    )
    text = _budget(sentence)
    assert compact(findings_for(text, select=FIGURES)) == [
        ["text-figure-found-in-tables", "text/paragraph:4/sentence:1"]
        + [_line(text, sentence[:20]), None, "Rp 12.500.000"]
    ]


# ------------------------------------------------------ a programme's budget

_PROGRAMMES = """
Tabel 3.2 Realisasi Anggaran per Program Tahun 2024

Kode\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
7.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t\
3.408.470.000\t3.281.015.250\t127.454.750\t96,26
7.01.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t\
110.300.000\t106.345.000\t3.955.000\t96,41
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27
"""
_BOTH = _PROGRAMMES + _KINDS
_PROGRAMME = (
    "Anggaran Program Penunjang Urusan Pemerintahan Daerah sebesar Rp {anggaran}."
)


def test_a_programme_s_budget_is_not_the_jumlah_of_spending_by_kind() -> None:
    # before, an error against the JUMLAH's Rp 3.518.770.000; no table holds the
    # programme: only the note that the figure is in none
    for sentence in (
        _PROGRAMME.format(anggaran="3.408.470.000"),
        "Anggaran program penunjang urusan pemerintahan daerah sebesar Rp"
        " 3.408.470.000.",
    ):
        text = _budget(sentence)
        line = _line(text, "3.408.470.000.")
        assert compact(findings_for(text, select=FIGURES)) == [
            [NOTE, "text/paragraph:4/sentence:1", line, None, "Rp 3.408.470.000"]
        ], sentence
        # with the table of budgets by programme, its own row agrees
        assert findings_for(_budget(sentence, _BOTH), select=FIGURES) == []
    # "program ini" after a sentence on a programme no budget table holds
    text = _budget(
        "Program Penunjang Urusan Pemerintahan Daerah mencapai target. Anggaran"
        " program ini sebesar Rp 3.408.470.000."
    )
    assert compact(findings_for(text, select=FIGURES)) == [
        [NOTE, "text/paragraph:4/sentence:2", _line(text, "Anggaran program ini")]
        + [None, "Rp 3.408.470.000"]
    ]


def test_a_programme_s_budget_is_compared_with_its_own_row() -> None:
    text = _budget(_PROGRAMME.format(anggaran="3.400.000.000"), tables=_BOTH)
    found = findings_for(text, select=FIGURES)
    assert compact(found) == [
        [FIGURE, "text/paragraph:5/sentence:1", _line(text, "Daerah sebesar Rp")]
        + ["Rp 3.408.470.000", "Rp 3.400.000.000"]
    ]
    assert [r.ref for r in found[0].related] == ["tabel-3.2/row:1/col:anggaran"]


_KEGIATAN = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB III AKUNTABILITAS KINERJA

Tabel 3.3 Capaian Kinerja Kegiatan

No\tKegiatan\tIndikator\tTarget\tRealisasi\tCapaian
1\tPenyediaan Jasa Kantor\tPersentase layanan kantor\t100%\t100%\t100%
2\tPenyediaan Alat Tulis Kantor\tPersentase ATK tersedia\t100%\t90%\t90%

Tabel 3.4 Realisasi Anggaran per Kegiatan

No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tPenyediaan Jasa Kantor\t20.000.000\t19.000.000\t1.000.000\t95,00
2\tPenyediaan Alat Tulis Kantor\t10.000.000\t9.000.000\t1.000.000\t90,00
\tJUMLAH\t30.000.000\t28.000.000\t2.000.000\t93,33

Kegiatan Penyediaan Jasa Kantor mencapai capaian 100%. {sentence}
"""


def test_a_kegiatan_named_after_another_does_not_continue_it() -> None:
    # the row the sentence before named is another kegiatan's: before, an error
    # against Penyediaan Jasa Kantor's Rp 20.000.000; no table holds this one
    sentence = "Anggaran kegiatan Pengelolaan Arsip sebesar Rp 25.000.000."
    text = _KEGIATAN.format(sentence=sentence)
    assert compact(findings_for(text, select=FIGURES)) == [
        [NOTE, "text/paragraph:5/sentence:2", 18, None, "Rp 25.000.000"]
    ]
    # the same kegiatan by a shorter name, or pointed back to, continues it
    for sentence in (
        "Anggaran kegiatan Penyediaan Jasa sebesar Rp 25.000.000.",
        "Anggaran kegiatan ini sebesar Rp 25.000.000.",
    ):
        text = _KEGIATAN.format(sentence=sentence)
        assert compact(findings_for(text, select=FIGURES)) == [
            [FIGURE, "text/paragraph:5/sentence:2", 18]
            + ["Rp 20.000.000", "Rp 25.000.000"]
        ], sentence


def test_a_table_that_is_the_programme_s_own_gives_its_jumlah() -> None:
    own = _KINDS.replace(
        "Realisasi Anggaran menurut Jenis Belanja Tahun 2024",
        "Realisasi Anggaran Program Penunjang Urusan Pemerintahan Daerah menurut"
        " Jenis Belanja",
    )
    right = _budget(_PROGRAMME.format(anggaran="3.518.770.000"), tables=own)
    assert findings_for(right, select=FIGURES) == []
    text = _budget(_PROGRAMME.format(anggaran="3.408.470.000"), tables=own)
    assert compact(findings_for(text, select=FIGURES)) == [
        [FIGURE, "text/paragraph:4/sentence:1", _line(text, "Daerah sebesar Rp")]
        + ["Rp 3.518.770.000", "Rp 3.408.470.000"]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # a kind of spending: its row
        (
            "Anggaran Belanja Modal sebesar Rp 120.000.000.",
            "Rp 125.000.000",
            "Rp 120.000.000",
        ),
        # the whole, and programmes and kegiatan named by no name
        (
            "Total anggaran sebesar Rp 3.500.000.000.",
            "Rp 3.518.770.000",
            "Rp 3.500.000.000",
        ),
        (
            "Anggaran program dan kegiatan tahun 2024 sebesar Rp 3.500.000.000.",
            "Rp 3.518.770.000",
            "Rp 3.500.000.000",
        ),
        (
            "Anggaran Program Penunjang Urusan Pemerintahan Daerah sebesar Rp"
            " 3.408.470.000, sedangkan total anggaran sebesar Rp 3.500.000.000.",
            "Rp 3.518.770.000",
            "Rp 3.500.000.000",
        ),
    ],
)
def test_the_budget_of_a_kind_or_of_the_whole_is_still_compared(
    sentence: str, expected: str, actual: str
) -> None:
    text = _budget(sentence, _BOTH)
    assert compact(findings_for(text, select=FIGURES)) == [
        [FIGURE, "text/paragraph:5/sentence:1", _line(text, sentence[:20])]
        + [expected, actual]
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anggaran Program Penunjang Urusan Pemerintahan Daerah sebesar ",
         "Penunjang Urusan Pemerintahan Daerah"),
        ("anggaran program pembinaan dan pengawasan pemerintahan desa dengan ",
         "pembinaan dan pengawasan pemerintahan desa"),
        ("Realisasi Program Pembinaan dan Pengawasan Pemerintahan Desa terealisasi ",
         "Pembinaan dan Pengawasan Pemerintahan Desa"),
        ("Anggaran Sub Kegiatan Penyediaan Jasa Kantor sebesar ",
         "Penyediaan Jasa Kantor"),
        ("Program Penyelenggaraan Kegiatan Masyarakat menyerap ",
         "Penyelenggaraan Kegiatan Masyarakat"),
        ("Anggaran program ini sebesar ", ""),
        ("Anggaran kegiatan tersebut ", ""),
        ("anggaran program dan kegiatan tahun 2024 sebesar ", None),
        ("Anggaran untuk 3 program sebesar ", None),
        ("realisasi kegiatan rutin sebesar ", None),
        # a year ends a name; a name may begin with Kota or hold Tahun
        ("Anggaran Program Penunjang Urusan Pemerintahan Daerah Tahun 2024 sebesar ",
         "Penunjang Urusan Pemerintahan Daerah"),
        ("Anggaran Program Kota Tanpa Kumuh sebesar ", "Kota Tanpa Kumuh"),
        ("Anggaran Sub Kegiatan Penyusunan Laporan Keuangan Akhir Tahun sebesar ",
         "Penyusunan Laporan Keuangan Akhir Tahun"),
        # the unit's work as a whole: joined levels before its name
        ("Pagu anggaran Program dan Kegiatan Kecamatan Sukareja Tahun 2024 sebesar ",
         None),
        ("Realisasi anggaran program dan kegiatan Kecamatan Sukareja sampai dengan ",
         None),
        ("Anggaran program maupun kegiatan Kecamatan Sukareja sebesar ", None),
        ("Anggaran program/kegiatan Kecamatan Sukareja sebesar ", None),
        # whose work or what sort of it: the unit, an official, generic words
        ("Anggaran untuk mendukung program kerja Camat tahun 2024 sebesar ", None),
        ("Dalam rangka pelaksanaan program Kecamatan Sukareja Tahun 2024, pagu"
         " anggaran sebesar ", None),
        ("Pelaksanaan program pembangunan di kecamatan didukung anggaran sebesar ",
         None),
        ("Anggaran Program Prioritas Bupati sebesar ", None),
        # the unit's budget named after a programme: the whole's
        ("Untuk mendukung Program Penanggulangan Kemiskinan, realisasi anggaran"
         " Kecamatan Sukareja sebesar ", None),
        ("Anggaran Kecamatan Sukareja untuk Program Penanggulangan Kemiskinan"
         " sebesar ", "Penanggulangan Kemiskinan"),
    ],
)  # fmt: skip
def test_the_name_of_a_programme_a_text_gives(text: str, name: str | None) -> None:
    assert named_owner(text) == name


_PERFORMANCE = """
Tabel 3.2 Capaian Kinerja Kegiatan

No\tKegiatan\tIndikator\tTarget\tRealisasi\tCapaian
1\tPelayanan Perizinan Terpadu\tPersentase izin terbit tepat waktu\t100%\t95%\t95%
"""


@pytest.mark.parametrize(
    ("name", "names"),
    [
        # a row of a table of kegiatan, to three quarters of its words
        ("pelayanan perizinan terpadu", True),
        ("pelayanan perizinan terpadu kecamatan sukareja", True),
        # the official nomenclature: in full, fuzzily, or its first words
        ("penyediaan jasa penunjang urusan pemerintahan daerah", True),
        ("pembinaan dan pengawasan pemerintahan desa", True),
        ("penunjang urusan pemerintahan daerah", True),
        ("penunjang urusan pemerintahan daerah kecamatan sukareja", True),
        # words of no programme
        ("pelayanan publik Kecamatan Sukareja", False),
        ("rutin perkantoran dan pelayanan", False),
        ("rapat koordinasi tingkat kecamatan", False),
        ("pengadaan peralatan kantor", False),
        ("pembangunan di kecamatan didukung", False),
        ("pelayanan", False),
    ],
)
def test_which_words_name_a_programme_or_kegiatan(name: str, names: bool) -> None:
    report = report_from(_budget("Anggaran sebesar Rp 3.518.770.000.", _PERFORMANCE))
    assert owner_names(report)(name) is names


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the reviewer's wordings: the unit's work as a whole, whose budget is the
        # JUMLAH; before, only the note that the figure is in no table
        (
            "Pagu anggaran Program dan Kegiatan Kecamatan Sukareja Tahun 2024 sebesar"
            " Rp 3.581.770.000 dengan realisasi sebesar Rp 3.387.360.250 atau 96,27%.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Realisasi anggaran program dan kegiatan Kecamatan Sukareja sampai dengan"
            " 31 Desember 2024 sebesar Rp 3.378.360.250.",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
        (
            "Anggaran untuk mendukung program kerja Camat tahun 2024 sebesar"
            " Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Dalam rangka pelaksanaan program Kecamatan Sukareja Tahun 2024, pagu"
            " anggaran sebesar Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Untuk mendukung Program Prioritas Bupati, realisasi anggaran Kecamatan"
            " Sukareja sampai dengan akhir tahun 2024 sebesar Rp 3.378.360.250.",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
        (
            "Pelaksanaan program pembangunan di kecamatan didukung anggaran sebesar"
            " Rp 3.581.770.000 dengan realisasi Rp 3.387.360.250.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
        (
            "Realisasi anggaran pelaksanaan kegiatan pelayanan publik Kecamatan"
            " Sukareja Tahun 2024 sebesar Rp 3.378.360.250 atau 96,27%.",
            "Rp 3.387.360.250",
            "Rp 3.378.360.250",
        ),
        (
            "Anggaran belanja langsung untuk kegiatan rutin perkantoran dan pelayanan"
            " sebesar Rp 3.581.770.000.",
            "Rp 3.518.770.000",
            "Rp 3.581.770.000",
        ),
    ],
)
def test_the_unit_s_work_named_as_a_programme_is_the_whole_budget(
    sentence: str, expected: str, actual: str
) -> None:
    assert _figure_finding(sentence) == [expected, actual]


def test_the_unit_s_work_agreeing_with_the_jumlah_is_quiet() -> None:
    for sentence in (
        "Anggaran untuk mendukung program kerja Camat tahun 2024 sebesar"
        " Rp 3.518.770.000.",
        "Pagu anggaran Program dan Kegiatan Kecamatan Sukareja Tahun 2024 sebesar"
        " Rp 3.518.770.000 dengan realisasi sebesar Rp 3.387.360.250 atau 96,27%.",
    ):
        assert findings_for(_budget(sentence, _BOTH), select=FIGURES) == []


def test_a_kegiatan_named_in_lower_case_by_its_row_is_that_kegiatan() -> None:
    # the performance table holds the kegiatan, no budget table does: its budget
    # is not the JUMLAH of the unit's spending by kind, only in no table
    sentence = "Anggaran kegiatan pelayanan perizinan terpadu sebesar Rp 20.000.000."
    text = _budget(sentence, _PERFORMANCE + _KINDS)
    assert compact(findings_for(text, select=FIGURES)) == [
        [NOTE, "text/paragraph:5/sentence:1", _line(text, sentence[:20])]
        + [None, "Rp 20.000.000"]
    ]


_PER_KEGIATAN = """
Tabel 3.4 Realisasi Anggaran per Kegiatan

No\tKegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tPenyediaan Jasa Kantor\t20.000.000\t19.000.000\t1.000.000\t95,00
2\tPenyediaan Alat Tulis Kantor\t10.000.000\t9.000.000\t1.000.000\t90,00
\tJUMLAH\t30.000.000\t28.000.000\t2.000.000\t93,33
"""


@pytest.mark.parametrize("tables", [_KINDS, _KINDS + _PER_KEGIATAN])
@pytest.mark.parametrize(
    "sentence",
    [
        # the reviewer's wordings: before, an error against the budget line's
        # anggaran; a kegiatan described, not named: what the line paid for
        "Belanja barang dan jasa antara lain digunakan untuk kegiatan rapat"
        " koordinasi tingkat kecamatan senilai Rp 15.000.000.",
        "Belanja modal digunakan untuk kegiatan pengadaan peralatan kantor sebesar"
        " Rp 20.000.000.",
    ],
)
def test_a_kegiatan_described_after_a_use_is_what_the_line_paid_for(
    sentence: str, tables: str
) -> None:
    assert findings_for(_budget(sentence, tables), select=FIGURES) == []


_USED_FOR = (
    "Belanja barang dan jasa antara lain digunakan untuk kegiatan {name} sebesar"
    " Rp 25.000.000."
)


@pytest.mark.parametrize(
    ("name", "tables", "claim"),
    [
        # a kegiatan named: in Title Case, by a row of Tabel 3.4
        ("Penyediaan Jasa Kantor", _KINDS, True),
        ("Penyediaan Jasa Kantor", _KINDS + _PER_KEGIATAN, True),
        ("penyediaan jasa kantor", _KINDS + _PER_KEGIATAN, True),
        # the same words in lower case with no row of them: a description (the
        # official list is not consulted here: the prose reads only the model)
        ("penyediaan jasa kantor", _KINDS, False),
        ("penyediaan jasa penunjang urusan pemerintahan daerah", _KINDS, False),
    ],
)
def test_a_kegiatan_named_after_a_use_is_no_claim_on_the_line(
    name: str, tables: str, claim: bool
) -> None:
    # a kegiatan named: its budget from that kind of spending, not the line's
    # anggaran (Rp 547.450.000) and in no table; a kegiatan described: what the
    # line paid for, no claim at all
    sentence = _USED_FOR.format(name=name)
    text = _budget(sentence, tables)
    note = [NOTE, f"text/paragraph:{tables.count('Tabel') + 3}/sentence:1"]
    line = _line(text, "antara lain digunakan")
    expected = [[*note, line, None, "Rp 25.000.000"]] if claim else []
    assert compact(findings_for(text, select=FIGURES)) == expected
