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
