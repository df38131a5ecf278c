"""Grouped whole numbers that count people, hectares or documents are no rupiah.

``12.500`` reads as money only for want of a unit: a Satuan column, a unit in the
header or a budget column printing ``Rp`` while the figures do not each say
otherwise. A real budget column stays money.
"""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

R = ColumnRole
_TITLE = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"


def _text(lines: list[str], caption: str = "Tabel 3.2 Capaian Kinerja") -> str:
    return "\n".join([_TITLE, "", caption, "", *lines]) + "\n"


# Target and Realisasi count jiwa, ha and dokumen, their unit in the Satuan column
_SATUAN = _text(
    [
        "No\tIndikator\tTarget\tSatuan\tRealisasi\tCapaian",
        "1\tJumlah penduduk terlayani\t12.500\tjiwa\t11.000\t90,00%",
        "2\tLuas lahan terairi\t15.000\tha\t15.000\t100,00%",
        "3\tJumlah dokumen terbit\t2.400\tdokumen\t1.800\t75,00%",
    ]
)

# the unit in the header; the budget columns in rupiah beside them
_HEADER_UNIT = _text(
    [
        "| No | Program | Target (jiwa) | Realisasi (jiwa) | Capaian (%) "
        "| Anggaran (Rp) | Realisasi Anggaran (Rp) | % |",
        "|---|---|---|---|---|---|---|---|",
        "| 1 | Program Pelayanan | 12.500 | 11.000 | 90,00 "
        "| 1.200.000.000 | 1.000.000.000 | 83,33 |",
        "| 2 | Program Kesehatan | 20.000 | 20.000 | 100,00 "
        "| 800.000.000 | 700.000.000 | 75,00 |",
    ],
    "Tabel 3.3 Capaian Program",
)

# no unit anywhere, but the budget columns print Rp and the counts do not
_RP_ELSEWHERE = _text(
    [
        "No\tProgram\tTarget\tRealisasi\tCapaian\tAnggaran\tRealisasi Anggaran\t%",
        "1\tProgram Pelayanan\t12.500\t11.000\t90,00%"
        "\tRp 1.200.000.000\tRp 1.000.000.000\t83,33%",
        "2\tProgram Kesehatan\t20.000\t20.000\t100,00%"
        "\tRp 800.000.000\tRp 700.000.000\t75,00%",
    ],
    "Tabel 3.3 Capaian Program",
)


def _roles(text: str, source: str = "test.txt") -> list[str]:
    return [c.key for c in report_from(text, source).tables[0].columns]


def test_counts_beside_a_satuan_column_are_target_and_realisasi() -> None:
    assert _roles(_SATUAN) == [
        "no",
        "indikator",
        "target",
        "satuan",
        "realisasi",
        "capaian",
    ]
    # 11.000 / 12.500 = 88%, printed 90%; rows 2 and 3 are right
    assert compact(findings_for(_SATUAN)) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:1/col:capaian",
            6,
            "88,00%",
            "90,00%",
        ]
    ]


def test_counts_with_their_unit_in_the_header_leave_the_budget_to_rupiah() -> None:
    assert _roles(_HEADER_UNIT, "test.md") == [
        "no",
        "uraian",
        "target",
        "realisasi",
        "capaian",
        "anggaran",
        "realisasi_anggaran",
        "persen_anggaran",
    ]
    # the capaian of the counts is judged, and so is the budget % (700/800 = 87,5)
    assert compact(findings_for(_HEADER_UNIT, source="test.md")) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.3/row:1/col:capaian",
            7,
            "88,00",
            "90,00",
        ],
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.3/row:2/col:persen_anggaran",
            8,
            "87,50",
            "75,00",
        ],
    ]


def test_counts_without_rp_beside_figures_in_rp_are_no_money() -> None:
    assert _roles(_RP_ELSEWHERE) == [
        "no",
        "uraian",
        "target",
        "realisasi",
        "capaian",
        "anggaran",
        "realisasi_anggaran",
        "persen_anggaran",
    ]
    assert compact(findings_for(_RP_ELSEWHERE)) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.3/row:1/col:capaian",
            6,
            "88,00%",
            "90,00%",
        ],
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.3/row:2/col:persen_anggaran",
            7,
            "87,50%",
            "75,00%",
        ],
    ]


@pytest.mark.parametrize(
    "header",
    ["Target\tRealisasi", "Target (TW II)\tRealisasi (TW II)", "Pagu\tRealisasi"],
)
def test_grouped_figures_without_a_unit_are_still_the_budget(header: str) -> None:
    # nothing says these are counts: the budget reading stands
    text = _text(
        [
            f"No\tProgram\t{header}\t%",
            "1\tProgram Pelayanan\t1.200.000\t1.000.000\t83,33%",
            "2\tProgram Kesehatan\t800.000\t600.000\t70,00%",
        ],
        "Tabel 3.16 Realisasi Anggaran",
    )
    assert _roles(text)[2:4] == ["anggaran", "realisasi_anggaran"]
    assert compact(findings_for(text, select=("persen-anggaran-*",))) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.16/row:2/col:persen_anggaran",
            7,
            "75,00%",
            "70,00%",
        ]
    ]


def test_a_budget_column_beside_a_satuan_column_stays_money() -> None:
    text = _text(
        [
            "No\tIndikator\tTarget\tSatuan\tRealisasi\tCapaian\tAnggaran\tRealisasi",
            "1\tJumlah penduduk terlayani\t12.500\tjiwa\t11.000\t88,00%"
            "\t1.200.000.000\t1.000.000.000",
            "2\tLuas lahan terairi\t15.000\tha\t15.000\t100,00%"
            "\t800.000.000\t600.000.000",
        ]
    )
    assert _roles(text) == [
        "no",
        "indikator",
        "target",
        "satuan",
        "realisasi",
        "capaian",
        "anggaran",
        "realisasi_anggaran",
    ]
    assert compact(findings_for(text)) == []


def test_spending_after_a_budget_in_rp_stays_money_without_rp() -> None:
    text = _text(
        [
            "No\tProgram\tAnggaran\tRealisasi\t%",
            "1\tProgram Pelayanan\tRp 1.200.000\t1.000.000\t83,33%",
            "2\tProgram Kesehatan\tRp 800.000\t600.000\t70,00%",
        ],
        "Tabel 3.16 Realisasi Anggaran",
    )
    assert _roles(text)[2:] == ["anggaran", "realisasi_anggaran", "persen_anggaran"]
    assert compact(findings_for(text, select=("persen-anggaran-*",))) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.16/row:2/col:persen_anggaran",
            7,
            "75,00%",
            "70,00%",
        ]
    ]
