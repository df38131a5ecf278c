"""An expected figure is printed as its column prints figures.

With % only if they carry it, with a decimal point only where the cell (or most
of its column) prints one, and with its unit written as the cell writes it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lkjaudit.engine.context import decimal_mark, display, printed_unit
from lkjaudit.model.values import parse_value

from conftest import compact, findings_for

_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"


def _report(capaian: list[str], header: str = "Capaian (%)") -> str:
    rows = [
        ("1", "Persentase dokumen tepat waktu", "80", "82,35"),
        ("2", "Persentase layanan selesai", "90", "81"),
    ]
    lines = [f"No\tIndikator\tTarget\tRealisasi\t{header}"] + [
        "\t".join((no, name, t, r, c))
        for (no, name, t, r), c in zip(rows, capaian, strict=True)
    ]
    return "\n".join([_TITLE, "", "Tabel 3.2 Capaian Kinerja", "", *lines]) + "\n"


@pytest.mark.parametrize(
    ("capaian", "expected"),
    [
        # bare figures: the expected one bare too
        (["102,95", "90,00"], "102,94"),
        # figures with %: the expected one with %
        (["102,95%", "90,00%"], "102,94%"),
        # the column prints % as often as not: with %, as before
        (["102,95", "90,00%"], "102,94%"),
    ],
)
def test_expected_capaian_is_printed_like_its_column(
    capaian: list[str], expected: str
) -> None:
    # 82,35 / 80 = 102,9375; row 2 is right (81 / 90 = 90%)
    assert compact(findings_for(_report(capaian))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:1/col:capaian",
            6,
            expected,
            capaian[0],
        ]
    ]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "id",
            "Capaian 102,95, seharusnya 102,94 (Realisasi / Target = 82,35 / 80)",
        ),
        (
            "en",
            "Achievement 102,95; expected 102,94 (Realisasi / Target = 82,35 / 80)",
        ),
    ],
)
def test_the_message_reads_without_a_stray_percent(lang: str, message: str) -> None:
    found = findings_for(_report(["102,95", "90,00"]), lang=lang)
    assert [f.message for f in found] == [message]


@pytest.mark.parametrize(
    ("capaian", "expected"),
    [
        # the cell prints a decimal point: so does the expected figure
        (["102.95", "90.00"], "102.94"),
        (["102.95%", "90,00%"], "102.94%"),
        # a cell without decimals in a column that prints points
        (["104", "90.00"], "102.94"),
        # a cell with a comma keeps it, whatever its column prints
        (["102,95", "90.00"], "102,94"),
        # no point anywhere: the comma
        (["104", "90"], "102,94"),
    ],
)
def test_expected_capaian_takes_its_column_decimal_mark(
    capaian: list[str], expected: str
) -> None:
    assert compact(findings_for(_report(capaian))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:1/col:capaian",
            6,
            expected,
            capaian[0],
        ]
    ]


def test_a_report_printing_decimal_points_gets_them_back() -> None:
    # Tabel 3.4 and 3.5 of a real report that prints every % with a point
    text = (Path(__file__).parent / "point-decimals.txt").read_text(encoding="utf-8")
    found = findings_for(text)
    assert [f.message for f in found] == [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA: tertulis "
        "3.710.200.000, jumlah 3 kegiatan di bawahnya 3.701.200.000 (selisih "
        "9.000.000; % anggaran 48.40 pada baris yang sama sesuai dengan "
        "3.701.200.000)",
        "Capaian 50 % tidak dihasilkan cara rata-rata mana pun dari 3 rinciannya: "
        'rata-rata 83.33%; rata-rata tanpa baris "-" 83.33%; rata-rata dengan '
        "capaian paling tinggi 100% 83.33%; rata-rata tertimbang anggaran 97.89%",
        "Capaian 55.00, seharusnya 50.00 (Realisasi / Target = 2 paket / 4 paket)",
        "Persentase 46.55, seharusnya 45.65 (188.300.000 / 412.500.000)",
        "Kolom (7) = (6) − (5): tertulis 58.68, seharusnya 56.88 ((5) 45.65, "
        "(6) 102.53)",
        # both copies confirmed by their tables: Tabel 3.4 by more kinds
        "realisasi anggaran PENGENDALIAN PELAKSANAAN PENANAMAN MODAL: tertulis "
        "45.012.500, sedangkan 1 salinan lain (Tabel 3.4) menulis 40.512.500; "
        "Tabel 3.4 sesuai dengan hitungan tabelnya sendiri (jumlah 1 baris di "
        "bawahnya; baris jumlah di bawahnya dikurangi baris lainnya; persentase "
        "anggaran pada baris yang sama), sedangkan Tabel 3.5 hanya dengan "
        "persentase anggaran pada baris yang sama",
    ]
    assert [f.expected for f in found] == [
        "3.701.200.000",
        "83.33%",
        "50.00",
        "45.65",
        "56.88",
        "40.512.500",
    ]


@pytest.mark.parametrize(
    ("printed", "mark", "expected"),
    [
        ("88.6", ".", "1,234.6"),
        ("1,234.50", ".", "1,234.57"),
        ("55.00%", ".", "1,234.57%"),
        ("1.234,50", ",", "1.234,57"),
        ("102,53", ",", "1.234,57"),
        # no decimals printed: no mark of its own, the comma
        ("1.234", None, "1.234,57"),
    ],
)
def test_display_keeps_the_printed_decimal_mark(
    printed: str, mark: str | None, expected: str
) -> None:
    value = parse_value(printed)
    assert decimal_mark(value) == mark
    assert display(Decimal("1234.567"), value) == expected


_UNITS = "\n".join(
    [
        "# LAPORAN KINERJA TAHUN 2024",
        "",
        "**Tabel 3.5 Jumlah Pegawai Menurut Golongan**",
        "",
        "| No | Golongan | Jumlah |",
        "|---|---|---:|",
        "| 1 | Golongan IV | 4 Orang |",
        "| 2 | Golongan III | 12 Orang |",
        "| 3 | Golongan II | 6 Orang |",
        "| | JUMLAH | 23 Orang |",
        "",
        "**Tabel 3.6 Capaian Kinerja Kegiatan**",
        "",
        "| No | Indikator | Satuan | Target | Realisasi TW I | Realisasi TW II "
        "| Realisasi s.d. TW II |",
        "|---|---|---|---:|---:|---:|---:|",
        "| 1 | 2 | 3 | 4 | 5 | 6 | 7 = 5+6 |",
        "| 1 | Jumlah keluarga penerima bantuan | KK | 1.500 | 450 | 510 | 970 |",
        "| 2 | Jumlah dokumen perencanaan | Dokumen | 4 | 1 | 1 | 3 |",
        "| 3 | Jumlah pasar yang dipantau | pasar | 12 | 3 | 3 | 5 |",
    ]
)


def test_an_expected_figure_keeps_the_unit_as_printed() -> None:
    # in the cell (23 Orang) or from the row's Satuan column (970 KK, 3 Dokumen);
    # a unit printed in lower case stays so (5 pasar)
    assert compact(findings_for(_UNITS, source="t.md")) == [
        ["total-row-equals-column-sum", "tabel-3.5/row:4/col:jumlah", 10]
        + ["22 Orang", "23 Orang"],
        ["stated-formula-holds", "tabel-3.6/row:1/col:realisasi", 17]
        + ["960 KK", "970 KK"],
        ["stated-formula-holds", "tabel-3.6/row:2/col:realisasi", 18]
        + ["2 Dokumen", "3 Dokumen"],
        ["stated-formula-holds", "tabel-3.6/row:3/col:realisasi", 19]
        + ["6 pasar", "5 pasar"],
    ]


_MONEY = "\n".join(
    [
        "# LAPORAN KINERJA TAHUN 2024",
        "",
        "**Tabel 3.16 Realisasi Anggaran**",
        "",
        "| No | Uraian | Anggaran | Realisasi | Sisa | % |",
        "|---|---|---:|---:|---:|---:|",
        "| 1 | Penyediaan Bahan Logistik Kantor | Rp. 42.300.000 | Rp. 32.400.000 "
        "| Rp. 9.000.000 | 76,60 Persen |",
        "| 2 | Penyediaan Gaji dan Tunjangan ASN | Rp. 2.184.600.000 "
        "| Rp. 1.622.450.000 | Rp. 562.150.000 | 72,27 Persen |",
    ]
)


def test_percent_and_rupiah_keep_their_one_written_form() -> None:
    # "Rp." and "Persen" as printed are no forms to copy: Rp 9.900.000, 74,27%
    assert compact(findings_for(_MONEY, source="t.md")) == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.16/row:1/col:sisa", 7]
        + ["Rp 9.900.000", "Rp. 9.000.000"],
        ["persen-anggaran-equals-realisasi-over-anggaran"]
        + ["tabel-3.16/row:2/col:persen_anggaran", 8, "74,27%", "72,27 Persen"],
    ]


@pytest.mark.parametrize(
    ("printed", "unit", "expected"),
    [
        ("970 KK", "KK", "960 KK"),
        ("12 Dokumen", "Dokumen", "960 Dokumen"),
        ("- Dokumen", "Dokumen", "960 Dokumen"),
        ("5 Orang", "Orang", "960 Orang"),
        # spaces around "/" tidied as the actual figure is shown
        ("12 Orang / Bulan", "Orang/Bulan", "960 Orang/Bulan"),
        ("12 orang/ bulan", "orang/bulan", "960 orang/bulan"),
        ("7 Keg.", "Keg", "960 Keg"),
        # one written form each
        ("82 %", "%", "960%"),
        ("3 Persen", "%", "960%"),
        ("Rp. 1.000", "rp", "Rp 960"),
        ("1.000 Rupiah", "rp", "Rp 960"),
        ("1.000", None, "960"),
    ],
)
def test_display_writes_the_unit_as_printed(
    printed: str, unit: str | None, expected: str
) -> None:
    value = parse_value(printed)
    assert printed_unit(value) == unit
    assert display(Decimal(960), value) == expected
    # the same unit given on its own is written as the figure prints it too
    assert display(Decimal(960), value, value.unit) == expected


def test_a_different_unit_given_is_written_as_given() -> None:
    assert display(Decimal(960), parse_value("970 KK"), "orang") == "960 orang"
