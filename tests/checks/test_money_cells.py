"""A rupiah amount typed with a comma for its last thousands dot."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

_TABLE = "\n".join(
    [
        "Tabel III.2 Realisasi Anggaran",
        "",
        "Uraian\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
        "Penyediaan Bahan Logistik Kantor\tRp 38.650.000\tRp 36.208,500"
        "\tRp 2.441.500\t93,68",
        "Penyediaan Barang Cetakan\tRp 12.500.000\tRp 12.500.000,00\t-\t100,00",
    ]
)


def test_comma_for_a_thousands_dot_is_malformed_not_a_fraction() -> None:
    # 36.208,500 is 36.208.500 (anggaran − sisa confirms it), not 36.208,5: no
    # sisa or % finding computed from thirty-six thousand rupiah
    assert compact(findings_for(_TABLE)) == [
        [
            "number-well-formed",
            "tabel-III.2/row:1/col:realisasi_anggaran",
            4,
            "Rp 36.208.500",
            "Rp 36.208,500",
        ]
    ]


def test_three_decimals_in_a_column_of_thousands_are_figures_not_typos() -> None:
    # "Anggaran (Rp ribu)": 1.250,500 thousand rupiah is written right, and
    # realisasi + sisa on its row agree with it
    table = "\n".join(
        [
            "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023",
            "",
            "Tabel 3.3 Realisasi Anggaran",
            "",
            "No\tProgram\tAnggaran (Rp ribu)\tRealisasi (Rp ribu)\tSisa (Rp ribu)\t%",
            "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
            "\t1.250,500\t1.000,250\t250,250\t79,99",
            "\tJUMLAH\t1.250,500\t1.000,250\t250,250\t79,99",
        ]
    )
    assert findings_for(table) == []


def _budget(caption: str, header: str, rows: list[str]) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023",
            "",
            caption,
            "",
            f"No\tProgram\t{header}",
            *rows,
        ]
    )


_THOUSANDS = [
    "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    "\t1.25O,500\t1.000,250\t250,250\t79,99",
    "2\tPROGRAM PEMBERDAYAAN MASYARAKAT\t300,000\t150,000\t150,000\t50,00",
    "\tJUMLAH\t1.550,500\t1.150,250\t400,250\t74,19",
]
_HEADER = "Anggaran (Rp ribu)\tRealisasi (Rp ribu)\tSisa (Rp ribu)\t%"


def test_a_repair_in_thousands_is_shown_with_the_decimals_its_column_prints() -> None:
    # the column prints rupiah in thousands to the rupiah (1.000,250): the repair
    # of 1.25O,500 is 1.250,500, not 1.250,50
    text = _budget("Tabel 3.3 Realisasi Anggaran", _HEADER, _THOUSANDS)
    (found,) = findings_for(text)
    assert compact([found]) == [
        ["number-well-formed", "tabel-3.3/row:1/col:anggaran", 6]
        + ["1.250,500", "1.25O,500"]
    ]
    assert found.fix is not None and found.fix.replacement == "1.250,500"
    assert "seharusnya 1.250,500 (perbaikan" in found.message


def test_a_repair_in_thousands_printed_whole_gets_no_decimals() -> None:
    rows = [
        "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
        "\t1.25O.500\t1.000.250\t250.250\t79,99",
        "2\tPROGRAM PEMBERDAYAAN MASYARAKAT\t300.000\t150.000\t150.000\t50,00",
        "\tJUMLAH\t1.550.500\t1.150.250\t400.250\t74,19",
    ]
    caption = "Tabel 3.3 Realisasi Anggaran (dalam ribuan rupiah)"
    text = _budget(caption, "Anggaran\tRealisasi\tSisa\t%", rows)
    assert compact(findings_for(text)) == [
        ["number-well-formed", "tabel-3.3/row:1/col:anggaran", 6]
        + ["1.250.500", "1.25O.500"]
    ]


_SEN = [
    "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    "\t{}\t1.000.250.000,00\t250.250.000,00\t79,99",
    "2\tPROGRAM PEMBERDAYAAN MASYARAKAT"
    "\t300.000.000,00\t150.000.000,00\t150.000.000,00\t50,00",
    "\tJUMLAH\t1.550.500.000,00\t1.150.250.000,00\t400.250.000,00\t74,19",
]


def test_a_repair_in_a_column_with_sen_keeps_the_sen_even_if_mistyped() -> None:
    # the column prints its sen; the mistyped figure lost them (1.25O.500.000):
    # its repair is shown as the column prints, 1.250.500.000,00
    rows = [_SEN[0].format("1.25O.500.000"), *_SEN[1:]]
    text = _budget("Tabel 3.3 Realisasi Anggaran", "Anggaran\tRealisasi\tSisa\t%", rows)
    (found,) = findings_for(text)
    assert compact([found]) == [
        ["number-well-formed", "tabel-3.3/row:1/col:anggaran", 6]
        + ["1.250.500.000,00", "1.25O.500.000"]
    ]
    assert found.evidence["repair"] == "1.250.500.000,00"


_SHARES = "\n".join(
    [
        "# Laporan Kinerja Badan Contoh Tahun 2023",
        "",
        "**Tabel 9 Komposisi Anggaran menurut Program**",
        "",
        "| No | Program | Jumlah (Rp) | Persentase |",
        "|---|---|--:|--:|",
        "| 1 | Program Penunjang Urusan | {} | 40,00% |",
        "| 2 | Program Pelayanan | 2.500.000{} | 62,50% |",
        "| | Jumlah | 4.000.000{} | 100% |",
    ]
)


def test_the_total_of_a_share_is_printed_as_its_column_prints_it() -> None:
    # 1.500.000 / 4.000.000 = 37,50%: the total is quoted with its sen
    found = findings_for(
        _SHARES.format("1.500.000,00", ",00", ",00"), source="a.md", lang="en"
    )
    assert compact(found) == [
        ["share-equals-part-over-total", "tabel-9/row:1/col:persen_total", 7]
        + ["37,50%", "40,00%"]
    ]
    assert found[0].message == (
        "Share 40,00%; expected 37,50% (1.500.000,00 of the total 4.000.000,00)"
    )
    whole = findings_for(_SHARES.format("1.500.000", "", ""), source="a.md")
    assert whole[0].evidence == {
        "part": "1.500.000",
        "total": "4.000.000",
        "witnessed": "",
    }


_ACCOUNTING_ZERO = """# LAPORAN KINERJA DINAS PENDIDIKAN TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Sub Kegiatan Tahun 2024**

| No | Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan (%) |
|----|--------------|----------:|---------------:|----------:|------------:|
| 1 | Pengadaan Mebel PAUD | Rp 385.000.000 | {zero} | Rp {sisa} | {persen} |
| 2 | Pengelolaan Dana BOP PAUD | Rp 4.118.400.000 | Rp 4.062.918.000 | Rp 55.482.000 | 98,65 |
"""


@pytest.mark.parametrize("zero", ["Rp -", "Rp-", "-"])
def test_an_accounting_zero_is_a_realisasi_of_nothing(zero: str) -> None:
    right = _ACCOUNTING_ZERO.format(zero=zero, sisa="385.000.000", persen="0,00")
    assert findings_for(right) == []
    wrong = _ACCOUNTING_ZERO.format(zero=zero, sisa="358.000.000", persen="5,00")
    assert [[f[0], *f[3:]] for f in compact(findings_for(wrong))] == [
        ["persen-anggaran-equals-realisasi-over-anggaran", "0,00", "5,00"],
        ["sisa-equals-anggaran-minus-realisasi", "Rp 385.000.000", "Rp 358.000.000"],
    ]


_COPIES = """# LAPORAN KINERJA DINAS PENDIDIKAN TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Program Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan (%) |
|----|---------|----------:|---------------:|----------:|------------:|
| 1 | Program Pengembangan Kurikulum | {a}244.500.000 | {a}234.376.000 | 10.124.000 | 95,86 |
| 2 | Program Pendidik dan Tenaga Kependidikan | {a}219.850.000 | {a}212.558.600 | 7.291.400 | 96,68 |

**Tabel 3.4 Analisis Efisiensi Penggunaan Anggaran per Program Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | Serapan (%) |
|----|---------|----------:|---------------:|------------:|
| 1 | Program Pengembangan Kurikulum | {b}245.400.000 | {b}234.376.000 | 95,86 |
| 2 | Program Pendidik and Tenaga Kependidikan | {b}219.850.000 | {b}212.558.600 | 96,68 |
"""


@pytest.mark.parametrize(("a", "b"), [("Rp ", ""), ("", "Rp "), ("", "")])
def test_a_miscopied_amount_is_one_finding_whoever_writes_rp(a: str, b: str) -> None:
    (finding,) = findings_for(_COPIES.format(a=a, b=b))
    assert finding.rule_id == "budget-figure-agrees-with-its-restatements"
    assert (finding.expected, finding.actual) == (f"{b}244.500.000", f"{b}245.400.000")
    assert finding.evidence["also"] == "figure-same-in-every-table"


_BRACKETS = """# LAPORAN KINERJA INSPEKTORAT TAHUN 2024

**Tabel 3.6 Realisasi Anggaran Tahun 2024**

| No | Uraian | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) |
|---|---|---:|---:|---:|
| 1 | Belanja Barang dan Jasa | 2.193.200.000 | 2.194.450.000 | {sisa} |
| 2 | Belanja Modal | 280.500.000 | 270.000.000 | 10.500.000 |
"""


def test_a_negative_in_brackets_is_read_and_told_in_brackets() -> None:
    # overspent by 1.250.000 (spending-within-budget says so): the sisa is less
    # than nothing, written in brackets
    sisa = ("sisa-equals-anggaran-minus-realisasi",)
    assert findings_for(_BRACKETS.format(sisa="(1.250.000)"), select=sisa) == []
    found = findings_for(_BRACKETS.format(sisa="(1.520.000)"), select=sisa)
    assert [[f[0], *f[3:]] for f in compact(found)] == [
        ["sisa-equals-anggaran-minus-realisasi", "(1.250.000)", "(1.520.000)"]
    ]
