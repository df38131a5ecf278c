"""A rupiah amount typed with a comma for its last thousands dot."""

from __future__ import annotations

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
