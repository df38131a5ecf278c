"""Gaps in the sentence reader: measure words taken as said, work not carried out,
a realisasi against a bare target, revenue in a budget table.

An indicator is named by what it counts: "Pemantauan stok … terlaksana 35 kali"
is the row "Jumlah kegiatan pemantauan stok …" counted in *kali*; the name's
leading measure words are taken as said only for a count in the row's own unit,
and only when one name fits.
"""

from __future__ import annotations

import pytest

from lkjaudit.prose.revenue import revenue_row

from conftest import compact, findings_for

# ------------------------------------------------------- implied measure words

_COUNTED = """# LAPORAN KINERJA DINAS KETAHANAN PANGAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Jumlah kegiatan pemantauan stok, pasokan dan harga pangan | kali | 48 | 46 | 95,83 |
| 2 | Jumlah kelompok wanita tani yang dibina | kelompok | 20 | 18 | 90,00 |
{extra}
{sentence}
"""
_COUNTED_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]


def _counted(sentence: str, extra: str = "") -> list[list[object]]:
    text = _COUNTED.format(sentence=sentence, extra=extra)
    assert text.splitlines()[_COUNTED_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # "terlaksana": what was carried out, the row's realisasi
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 kali dari "
            "target 48 kali sampai dengan triwulan IV.",
            "46 kali",
            "44 kali",
        ),
        # the target, after a right realisasi
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 46 kali dari "
            "target 50 kali sampai dengan triwulan IV.",
            "48 kali",
            "50 kali",
        ),
        # "dilaksanakan sebanyak"
        (
            "Sampai dengan triwulan IV pemantauan stok, pasokan dan harga pangan "
            "telah dilaksanakan sebanyak 64 kali.",
            "46 kali",
            "64 kali",
        ),
    ],
)
def test_a_count_names_its_indicator_without_the_measure_words(
    sentence: str, expected: str, actual: str
) -> None:
    assert _counted(sentence) == [[*_COUNTED_AT, expected, actual]]


@pytest.mark.parametrize(
    ("sentence", "extra"),
    [
        # the right figures
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 46 kali dari "
            "target 48 kali sampai dengan triwulan IV.",
            "",
        ),
        # a count in another unit is not the row's (kali, not dokumen)
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 dokumen s.d. triwulan IV.",
            "",
        ),
        # two rows named but for their measure words: neither is taken
        (
            "Pemantauan stok, pasokan dan harga pangan terlaksana 44 kali s.d. triwulan IV.",
            "| 3 | Jumlah laporan pemantauan stok, pasokan dan harga pangan | laporan | 12 "
            "| 10 | 83,33 |",
        ),
        # a word of the name that is no measure word is still required
        ("Pemantauan pasokan pangan terlaksana 44 kali s.d. triwulan IV.", ""),
        # not carried out is no realisation
        (
            "Pemantauan stok, pasokan dan harga pangan tidak terlaksana 2 kali "
            "pada triwulan IV karena cuaca.",
            "",
        ),
    ],
)
def test_a_count_of_no_single_indicator_is_not_reported(
    sentence: str, extra: str
) -> None:
    assert _counted(sentence, extra) == []


# ------------------------------------------- a realisasi against a bare target

_PERCENT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase balita gizi buruk yang mendapat perawatan | % | 90 | 85 | 94,44 |
| 2 | Jumlah posyandu aktif | unit | 120 | 110 | 91,67 |

{}
"""
_PERCENT_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]


def _percent(sentence: str) -> list[list[object]]:
    text = _PERCENT.format(sentence)
    assert text.splitlines()[_PERCENT_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the target printed without its %: the realisasi in the row's unit
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 83% "
            "dari target tahunan 90.",
            "85%",
            "83%",
        ),
        (
            "Persentase balita gizi buruk yang mendapat perawatan terealisasi 83% "
            "dari target 90, sedikit di bawah harapan.",
            "85%",
            "83%",
        ),
        # no target figure: the share of the target reached, the capaian
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 96,44% "
            "dari target tahunan.",
            "94,44%",
            "96,44%",
        ),
        # a target of the year 2024 is no target figure
        (
            "Persentase balita gizi buruk yang mendapat perawatan realisasi 96,44% "
            "dari target tahun 2024.",
            "94,44%",
            "96,44%",
        ),
    ],
)
def test_a_realisasi_against_a_bare_target_is_the_realisasi(
    sentence: str, expected: str, actual: str
) -> None:
    assert _percent(sentence) == [[*_PERCENT_AT, expected, actual]]


@pytest.mark.parametrize(
    "sentence",
    [
        # before, read as a capaian of 85% against the row's 94,44
        "Persentase balita gizi buruk yang mendapat perawatan realisasi 85% dari "
        "target tahunan 90.",
        "Persentase balita gizi buruk yang mendapat perawatan terealisasi 85% dari "
        "target 90 sampai dengan akhir tahun.",
        "Persentase balita gizi buruk yang mendapat perawatan realisasi 94,44% dari "
        "target tahunan.",
    ],
)
def test_a_right_realisasi_against_a_bare_target_is_not_reported(
    sentence: str,
) -> None:
    assert _percent(sentence) == []


# ------------------------------------------------ work that was not carried out

_DONE = """# LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN II TAHUN 2024

**Tabel 3.3 Capaian Kinerja Program Triwulan II Tahun 2024**

| No | Program | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | Persentase layanan administrasi yang diselesaikan | 100 | 25 | 25,00 |
| 2 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | Persentase lembaga kemasyarakatan yang aktif | 100 | 0 | 0,00 |

{}
"""
_DONE_AT = ["qualitative-claim-agrees-with-figures", "text/paragraph:3/sentence:1"]


def _done(text: str) -> list[list[object]]:
    return compact(
        findings_for(_DONE.format(text), select=("qualitative-claim-agrees-*",))
    )


@pytest.mark.parametrize(
    ("text", "line", "wording"),
    [
        (
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik tidak dapat "
            "dilaksanakan karena adanya penyesuaian anggaran.",
            10,
            "tidak dapat dilaksanakan",
        ),
        # its own work, in a consequence clause
        (
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik terkena "
            "penyesuaian anggaran sehingga kinerjanya tidak bisa dilaksanakan.",
            10,
            "tidak bisa dilaksanakan",
        ),
        # a sentence a page break cut in two: the row is named before the break
        (
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik terkena "
            "penyesuaian\n\nanggaran sehingga kinerjanya tidak terlaksana.",
            12,
            "tidak terlaksana",
        ),
    ],
)
def test_work_said_not_done_contradicts_a_capaian_above_zero(
    text: str, line: int, wording: str
) -> None:
    at = (
        ["qualitative-claim-agrees-with-figures", "text/paragraph:4/sentence:1"]
        if "\n\n" in text
        else _DONE_AT
    )
    assert _done(text) == [[*at, line, "25,00%", wording]]


@pytest.mark.parametrize(
    "text",
    [
        # nothing was reached indeed
        "Program Pemberdayaan Masyarakat Desa dan Kelurahan tidak dapat "
        "dilaksanakan karena penyesuaian anggaran.",
        # a part of the programme, in a clause of its own
        "Capaian Program Penyelenggaraan Pemerintahan dan Pelayanan Publik hanya "
        "25% karena kegiatan rapat koordinasi tidak dapat dilaksanakan.",
        "Pada Program Penyelenggaraan Pemerintahan dan Pelayanan Publik ada "
        "beberapa kegiatan yang tidak bisa dilaksanakan.",
        "Beberapa kegiatan Program Penyelenggaraan Pemerintahan dan Pelayanan "
        "Publik tidak terlaksana.",
        # the row is named by the sentence before, not by this one
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik mencapai 25%. "
        "Kegiatannya tidak dapat dilaksanakan seluruhnya.",
        # a condition, no report of what happened
        "Apabila anggaran dipotong, Program Penyelenggaraan Pemerintahan dan "
        "Pelayanan Publik tidak dapat dilaksanakan.",
        # a paragraph that ends a sentence is not cut
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik mencapai 25%."
        "\n\nsehingga kinerjanya tidak terlaksana.",
        # the sentence gives the capaian itself: the phrase explains the
        # shortfall (the seed's "hanya 25% … tidak bisa dilaksanakan")
        "Ada 1 program yaitu Penyelenggaraan Pemerintahan dan Pelayanan Publik "
        "yang capaian kinerjanya hanya 25% karena ada penyesuaian anggaran "
        "sehingga kinerjanya tidak bisa dilaksanakan.",
        "Ada 1 program yaitu Penyelenggaraan Pemerintahan dan Pelayanan Publik "
        "yang capaian kinerjanya hanya 25% karena ada\n\npenyesuaian anggaran "
        "sehingga kinerjanya tidak bisa dilaksanakan.",
    ],
)
def test_work_not_done_of_a_part_or_of_nothing_reached_is_not_reported(
    text: str,
) -> None:
    assert _done(text) == []


# ------------------------------------------------- revenue in an APBD table

_APBD = """# LAPORAN KINERJA BADAN PENDAPATAN DAERAH KABUPATEN CONTOH TAHUN 2024

**Tabel 3.6 Realisasi APBD Tahun 2024**

| No | Uraian | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---:|---:|---:|
| 1 | Pendapatan Asli Daerah | 2.500.000.000 | 2.612.450.000 | 104,50 |
| 2 | Retribusi Daerah | 400.000.000 | 388.000.000 | 97,00 |
| 3 | Belanja Operasi | 1.800.000.000 | 1.650.000.000 | 91,67 |
| 4 | Belanja Modal | 700.000.000 | 612.450.000 | 87,49 |
| | JUMLAH | 5.400.000.000 | 5.262.900.000 | 97,46 |

{}
"""
_APBD_AT = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]


def _apbd(sentence: str) -> list[list[object]]:
    text = _APBD.format(sentence)
    assert text.splitlines()[_APBD_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the row's Realisasi, two digits swapped
        (
            "Realisasi Pendapatan Asli Daerah tahun 2024 sebesar Rp 2.621.450.000.",
            "Rp 2.612.450.000",
            "Rp 2.621.450.000",
        ),
        # its target is the row's Anggaran
        (
            "Pendapatan Asli Daerah terealisasi sebesar Rp 2.612.450.000 dari "
            "target Rp 2.600.000.000.",
            "Rp 2.500.000.000",
            "Rp 2.600.000.000",
        ),
        (
            "Realisasi penerimaan retribusi daerah mencapai Rp 383.000.000.",
            "Rp 388.000.000",
            "Rp 383.000.000",
        ),
    ],
)
def test_a_revenue_row_of_a_budget_table_is_quoted_by_name(
    sentence: str, expected: str, actual: str
) -> None:
    assert _apbd(sentence) == [[*_APBD_AT, expected, actual]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Realisasi Pendapatan Asli Daerah tahun 2024 sebesar Rp 2.612.450.000 dari "
        "target Rp 2.500.000.000.",
        # revenue no row names is not the table's total, which adds spending in
        "Realisasi pendapatan tahun 2024 sebesar Rp 5.262.000.000.",
        "Realisasi pendapatan dari sewa gedung sebesar Rp 125.000.000.",
        # someone else's income
        "Realisasi pendapatan masyarakat asli daerah sebesar Rp 2.621.450.000.",
    ],
)
def test_revenue_a_budget_table_does_not_name_is_not_reported(sentence: str) -> None:
    assert _apbd(sentence) == []


def test_a_spending_row_is_no_revenue_row() -> None:
    assert revenue_row("Pendapatan Asli Daerah")
    assert revenue_row("2.1 Retribusi Daerah")
    assert not revenue_row("Belanja Pemungutan Pendapatan Daerah")
    assert not revenue_row("Pendapatan per kapita")


def test_a_row_that_names_revenue_further_on_is_spending() -> None:
    assert revenue_row("Lain-lain Pendapatan Asli Daerah yang Sah")
    assert revenue_row("Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan")
    assert revenue_row("4.1.1 Pajak Daerah")
    assert not revenue_row("Meningkatnya pendapatan asli daerah")
    assert not revenue_row("Program Pengelolaan Pendapatan Daerah")


_BAPENDA = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.4 Realisasi Pendapatan Asli Daerah Tahun 2024

No\tKomponen PAD\tTarget Pendapatan (Rp)\tRealisasi Pendapatan (Rp)\tCapaian (%)
1\tPajak Daerah\t103.725.000.000\t109.813.241.268\t105,87
2\tRetribusi Daerah\t14.750.000.000\t13.902.118.650\t94,25
\tJUMLAH\t118.475.000.000\t123.715.359.918\t104,42

Tabel 3.5 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2024

No\tSasaran Strategis\tPagu Anggaran (Rp)\tRealisasi Anggaran (Rp)\tSerapan Anggaran (%)
1\tMeningkatnya pendapatan asli daerah\t1.007.500.000\t984.674.500\t97,73
2\tMeningkatnya akuntabilitas kinerja Badan\t7.792.750.000\t7.507.230.670\t96,34

Realisasi Pendapatan Asli Daerah (PAD) tahun 2024 mencapai Rp {realisasi} dari target Rp 118.475.000.000.
"""


def test_revenue_is_not_the_budget_of_a_sasaran_named_for_it() -> None:
    text = _BAPENDA.format(realisasi="123.715.359.918")
    assert findings_for(text, select=("text-figure-*",)) == []
    # the revenue table's total is what it restates
    found = findings_for(
        _BAPENDA.format(realisasi="123.751.359.918"), select=("text-figure-*",)
    )
    assert [f[0:1] + f[2:] for f in compact(found)] == [
        [
            "text-figure-matches-table",
            16,
            "Rp 123.715.359.918",
            "Rp 123.751.359.918",
        ]
    ]
