"""Quarter (triwulan) columns: which column holds the table's realisasi, target and
capaian when a two-row header splits them by quarter, and the checks that read the
quarters' columns (their sums, their JUMLAH, the capaian up to a quarter)."""

from __future__ import annotations

import pytest

from lkjaudit.analysis.periods import Period, only_period, period_of
from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from


@pytest.mark.parametrize(
    ("header", "period", "alone"),
    [
        ("TW I", Period(1, False), True),
        ("Triwulan II", Period(2, False), True),
        ("s.d. TW III", Period(3, True), True),
        ("s/d Triwulan III", Period(3, True), True),
        ("Kumulatif", Period(None, True), True),
        ("Capaian s.d. TW III (%)", Period(3, True), False),
        ("Realisasi TW IV", Period(4, False), False),
        ("Target Tahunan", None, False),
        ("TW I-II", None, False),  # two quarters: no one period
        ("Twin", None, False),
    ],
)
def test_the_period_a_header_names(
    header: str, period: Period | None, alone: bool
) -> None:
    assert (period_of(header), only_period(header)) == (period, alone)


_INDICATORS = "\n".join(
    [
        "**Tabel 3.1 Capaian Indikator per Triwulan**",
        "",
        "| No | Indikator | Target Tahunan | Target | | | | Realisasi | | | "
        "| Capaian s.d. TW III (%) | Capaian terhadap Target Tahunan (%) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        "| | | | TW I | TW II | TW III | TW IV | TW I | TW II | TW III | s.d. TW III "
        "| | |",
        "| 1 | Jumlah kelompok yang dibina | 24 | 4 | 6 | 8 | 6 | 4 | 5 | 8 | 17 "
        "| 94,44 | 70,83 |",
        "| 2 | Jumlah laporan harga pangan | 12 | 3 | 3 | 3 | 3 | 3 | 3 | 2 | 8 "
        "| 88,89 | 66,67 |",
    ]
)


def test_the_year_target_the_running_realisasi_and_the_year_capaian_keep_roles() -> (
    None
):
    table = report_from(_INDICATORS, "t.md").tables[0]
    assert [(c.header, c.role) for c in table.columns][2:] == [
        ("Target Tahunan", R.TARGET),
        ("TW I", R.OTHER),
        ("TW II", R.OTHER),
        ("TW III", R.OTHER),
        ("TW IV", R.OTHER),
        ("TW I", R.OTHER),
        ("TW II", R.OTHER),
        ("TW III", R.OTHER),
        ("s.d. TW III", R.REALISASI),
        # against the target up to TW III: not the year's target's capaian
        ("Capaian s.d. TW III (%)", R.OTHER),
        ("Capaian terhadap Target Tahunan (%)", R.CAPAIAN),
    ]


def test_quarter_layout_right_figures_draw_nothing() -> None:
    assert compact(findings_for(_INDICATORS, source="t.md")) == []


def test_each_capaian_is_judged_against_its_own_target() -> None:
    # row 1: 94,44 and 70,83 swapped; 17 / 18 up to TW III, 17 / 24 of the year
    text = _INDICATORS.replace("| 94,44 | 70,83 |", "| 70,83 | 94,44 |")
    assert compact(findings_for(text, source="t.md")) == [
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-3.1/row:1/col:c12", 6, "94,44", "70,83"],
        ["capaian-equals-realisasi-over-target", "tabel-3.1/row:1/col:capaian", 6]
        + ["70,83", "94,44"],
    ]


def test_quarters_without_a_running_total_keep_no_role() -> None:
    # no "s.d." column and no year's target: nothing says which quarter is meant
    text = "\n".join(
        [
            "**Tabel 2 Realisasi per Triwulan**",
            "",
            "| No | Indikator | Realisasi | | | Capaian (%) |",
            "|---|---|---:|---:|---:|---:|",
            "| | | TW I | TW II | TW III | |",
            "| 1 | Jumlah kelompok yang dibina | 4 | 5 | 8 | 70,83 |",
        ]
    )
    table = report_from(text, "t.md").tables[0]
    assert [c.role for c in table.columns][2:5] == [R.OTHER] * 3
    assert compact(findings_for(text, source="t.md")) == []


_BUDGET = "\n".join(
    [
        "**Tabel 3.2 Realisasi Anggaran per Triwulan**",
        "",
        "| Kode | Uraian | Pagu (Rp) | Realisasi (Rp) | | | | % | Sisa (Rp) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        "| | | | TW I | TW II | TW III | s.d. TW III | | |",
        "| 2.09.03 | PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT "
        "| 140.650.000 | 24.300.000 | 35.200.000 | 39.100.000 | 98.600.000 | 70,10 "
        "| 42.050.000 |",
        "| 2.09.03.2.01.0001 | Penyediaan Informasi Harga Pangan dan Neraca Bahan "
        "Makanan | 86.400.000 | 14.700.000 | 21.350.000 | 23.900.000 | 59.950.000 "
        "| 69,39 | 26.450.000 |",
        "| 2.09.03.2.01.0004 | Pemantauan Stok, Pasokan dan Harga Pangan "
        "| 54.250.000 | 9.600.000 | 13.850.000 | 15.200.000 | 38.650.000 | 71,24 "
        "| 15.600.000 |",
        "| 2.09.04 | PROGRAM PENANGANAN KERAWANAN PANGAN | 47.800.000 | - "
        "| 12.400.000 | 21.650.000 | 34.050.000 | 71,23 | 13.750.000 |",
        "| | JUMLAH | 188.450.000 | 24.300.000 | 47.600.000 | 60.750.000 "
        "| 132.650.000 | 70,39 | 55.800.000 |",
    ]
)


def test_budget_quarters_right_figures_draw_nothing() -> None:
    table = report_from(_BUDGET, "t.md").tables[0]
    assert [c.role for c in table.columns][2:] == [
        R.ANGGARAN,
        R.OTHER,
        R.OTHER,
        R.OTHER,
        R.REALISASI_ANGGARAN,
        R.PERSEN_ANGGARAN,
        R.SISA,
    ]
    assert compact(findings_for(_BUDGET, source="t.md")) == []


def test_a_quarters_parent_and_jumlah_are_sums_too() -> None:
    # the program's TW II printed 35.020.000 (its sub kegiatan: 35.200.000), and
    # the JUMLAH's TW III a digit off; the running totals of both rows are right
    # and are not reported for the quarters printed wrong, nor is the JUMLAH's
    # TW II, whose only fault is the program's wrong figure
    text = _BUDGET.replace(
        "| 24.300.000 | 35.200.000 | 39.100.000 |",
        "| 24.300.000 | 35.020.000 | 39.100.000 |",
        1,
    ).replace("| 47.600.000 | 60.750.000 ", "| 47.600.000 | 60.570.000 ")
    assert compact(findings_for(text, source="t.md")) == [
        ["parent-equals-sum-of-children", "tabel-3.2/row:1/col:c5", 6]
        + ["35.200.000", "35.020.000"],
        ["total-row-equals-column-sum", "tabel-3.2/row:5/col:c6", 10]
        + ["60.750.000", "60.570.000"],
    ]


def test_a_running_total_off_its_quarters_is_reported() -> None:
    text = _BUDGET.replace("| 38.650.000 | 71,24", "| 38.560.000 | 71,24")
    assert compact(findings_for(text, source="t.md")) == [
        ["realisasi-kumulatif-equals-sum-of-triwulan"]
        + ["tabel-3.2/row:3/col:realisasi_anggaran", 8, "38.650.000", "38.560.000"],
    ]


_NO_YEAR_TARGET = "\n".join(
    [
        "**Tabel 3.3 Capaian per Triwulan**",
        "",
        "| No | Indikator | Target | | | | Realisasi | | | | Capaian s.d. TW III (%) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        "| | | TW I | TW II | TW III | TW IV | TW I | TW II | TW III | s.d. TW III | |",
        "| 1 | Jumlah laporan harga pangan | 3 | 3 | 3 | 3 | 3 | 3 | 2 | 8 | 88,89 |",
        "| 2 | Jumlah kelompok yang dibina | 4 | 6 | 8 | 6 | 4 | 5 | 8 | 17 | 94,44 |",
        "| 3 | Jumlah pasar yang dipantau | 5 | 5 | 5 | 5 | 5 | 5 | 5 | 15 | 100,00 |",
    ]
)


def test_without_the_years_target_the_printed_figures_tell_the_target() -> None:
    # no Target Tahunan: the capaian follow the quarters' targets added up
    # (8 / 9, 17 / 18, 15 / 15), which judges the one printed wrong (17 / 18)
    assert compact(findings_for(_NO_YEAR_TARGET, source="t.md")) == []
    text = _NO_YEAR_TARGET.replace("| 17 | 94,44 |", "| 17 | 97,44 |")
    assert compact(findings_for(text, source="t.md")) == [
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-3.3/row:2/col:c11", 7, "94,44", "97,44"],
    ]


def test_quarters_printed_as_running_totals_are_not_summed() -> None:
    # under TW II the spending up to TW II: s.d. TW III is TW III's figure, not the
    # sum; one row's s.d. TW III is then off its TW III and still not judged
    text = "\n".join(
        [
            "**Tabel 4 Realisasi Anggaran Kumulatif per Triwulan**",
            "",
            "| Uraian | Pagu (Rp) | Realisasi (Rp) | | | | Sisa (Rp) |",
            "|---|---:|---:|---:|---:|---:|---:|",
            "| | | TW I | TW II | TW III | s.d. TW III | |",
            "| Penyediaan Bahan Logistik Kantor | 42.300.000 | 9.815.000 "
            "| 22.275.000 | 32.400.000 | 32.400.000 | 9.900.000 |",
            "| Penyediaan Gaji dan Tunjangan ASN | 2.184.600.000 | 532.150.000 "
            "| 1.073.530.000 | 1.622.450.000 | 1.622.450.000 | 562.150.000 |",
        ]
    )
    assert compact(findings_for(text, source="t.md")) == []


_ONE_ROW = "\n".join(
    [
        "**Tabel 5 Realisasi Anggaran**",
        "",
        "| Uraian | Pagu (Rp) | Realisasi TW I (Rp) | Realisasi TW II (Rp) "
        "| Realisasi s.d. TW II (Rp) | % |",
        "|---|---:|---:|---:|---:|---:|",
        "| Penyediaan Bahan Logistik Kantor | 42.300.000 | 9.815.000 | 12.460.000 "
        "| 22.275.000 | 52,66 |",
        "| Penyediaan Gaji dan Tunjangan ASN | 2.184.600.000 | 532.150.000 "
        "| 541.380.000 | 1.073.350.000 | 49,14 |",
    ]
)


def test_quarters_named_in_a_one_row_header() -> None:
    # 532.150.000 + 541.380.000 = 1.073.530.000; its 49,14% agrees with the sum, so
    # the % is judged from it and not reported
    table = report_from(_ONE_ROW, "t.md").tables[0]
    assert [c.role for c in table.columns][1:] == [
        R.ANGGARAN,
        R.OTHER,
        R.OTHER,
        R.REALISASI_ANGGARAN,
        R.PERSEN_ANGGARAN,
    ]
    assert compact(findings_for(_ONE_ROW, source="t.md")) == [
        ["realisasi-kumulatif-equals-sum-of-triwulan"]
        + ["tabel-5/row:2/col:realisasi_anggaran", 6, "1.073.530.000", "1.073.350.000"],
    ]


_ONE_QUARTER = "\n".join(
    [
        "**Tabel 3.4 Capaian Kinerja Triwulan III**",
        "",
        "| No | Indikator | Target Tahunan | Target | | | | Realisasi | | | "
        "| Capaian TW III (%) | Capaian s.d. TW III (%) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        "| | | | TW I | TW II | TW III | TW IV | TW I | TW II | TW III | s.d. TW III "
        "| | |",
        "| 1 | Jumlah kelompok yang dibina | 24 | 4 | 6 | 8 | 6 | 4 | 5 | 7 | 16 "
        "| 87,50 | 88,89 |",
        "| 2 | Jumlah keluarga penerima bantuan | 1.500 | - | 500 | 500 | 500 | - "
        "| 450 | 520 | 970 | 104 | 97,00 |",
        "| 3 | Jumlah dokumen peta kerentanan | 1 | - | - | - | 1 | - | - | - | - "
        "| - | - |",
    ]
)


def test_a_capaian_of_one_quarter_right_draws_nothing() -> None:
    # 7 / 8 = 87,50; 520 / 500 = 104 (printed whole); a quarter without a target
    # (a dash) is not judged
    assert compact(findings_for(_ONE_QUARTER, source="t.md")) == []


def test_a_capaian_of_one_quarter_is_that_quarters_realisasi_over_its_target() -> None:
    # 7 / 8 = 87,50 printed as the running capaian's 88,89; 520 / 500 = 104 printed
    # 97 (the running capaian's, whole); the running ones stay right
    text = _ONE_QUARTER.replace("| 87,50 | 88,89 |", "| 88,89 | 88,89 |").replace(
        "| 104 | 97,00 |", "| 97 | 97,00 |"
    )
    found = findings_for(text, source="t.md")
    assert compact(found) == [
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-3.4/row:1/col:c12", 6, "87,50", "88,89"],
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-3.4/row:2/col:c12", 7, "104", "97"],
    ]
    assert found[0].message == (
        "Capaian 88,89, seharusnya 87,50 (realisasi 7 / target 8: TW III)"
    )
    assert [r.ref for r in found[0].related] == [
        "tabel-3.4/row:1/col:c10",
        "tabel-3.4/row:1/col:c6",
    ]


def test_a_capaian_of_one_quarter_is_judged_at_its_printed_precision() -> None:
    # 7 / 8 = 87,5: 88 (half up) and 87,5 are right, 87 is not
    assert (
        compact(
            findings_for(_ONE_QUARTER.replace("| 87,50 |", "| 88 |"), source="t.md")
        )
        == []
    )
    assert (
        compact(
            findings_for(_ONE_QUARTER.replace("| 87,50 |", "| 87,5 |"), source="t.md")
        )
        == []
    )
    assert compact(
        findings_for(_ONE_QUARTER.replace("| 87,50 |", "| 87 |"), source="t.md")
    ) == [
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-3.4/row:1/col:c12", 6, "87,50", "87"],
    ]


def test_a_capaian_of_one_quarter_in_a_one_row_header() -> None:
    # Target TW III and Realisasi TW III named in one header row (the realisasi
    # keeps the table's role): 2 / 3 = 66,67
    text = "\n".join(
        [
            "**Tabel 5 Capaian Kinerja Triwulan III**",
            "",
            "| Indikator | Target Tahunan | Target TW III | Realisasi TW III "
            "| Capaian TW III (%) |",
            "|---|---:|---:|---:|---:|",
            "| Jumlah sosialisasi keamanan pangan | 12 | 3 | 2 | 16,67 |",
            "| Jumlah pengawasan mutu pangan segar | 48 | 12 | 11 | 91,67 |",
        ]
    )
    assert compact(findings_for(text, source="t.md")) == [
        ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
        + ["tabel-5/row:1/col:c5", 5, "66,67", "16,67"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no realisasi of TW III alone: only the running total
        "\n".join(
            [
                "**Tabel 6 Capaian Kinerja Triwulan III**",
                "",
                "| Indikator | Target Tahunan | Target | | | | Realisasi s.d. TW III "
                "| Capaian TW III (%) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
                "| | | TW I | TW II | TW III | TW IV | | |",
                "| Jumlah kelompok yang dibina | 24 | 4 | 6 | 8 | 6 | 16 | 12,34 |",
            ]
        ),
        # no target of TW III: the quarters' targets stop at TW II
        "\n".join(
            [
                "**Tabel 6 Capaian Kinerja Triwulan III**",
                "",
                "| Indikator | Target Tahunan | Target | | Realisasi | | "
                "| Capaian TW III (%) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
                "| | | TW I | TW II | TW I | TW II | TW III | |",
                "| Jumlah kelompok yang dibina | 24 | 4 | 6 | 4 | 5 | 7 | 12,34 |",
            ]
        ),
    ],
)
def test_a_capaian_of_one_quarter_without_its_two_columns_is_not_judged(
    text: str,
) -> None:
    assert compact(findings_for(text, source="t.md")) == []


_FLAT = "\n".join(
    [
        "LAPORAN KINERJA DINAS CONTOH TRIWULAN III TAHUN 2024",
        "",
        "Tabel 3.1 Capaian Kinerja Triwulan III",
        "",
        "| No | Indikator Kinerja | Target | Realisasi TW I | Realisasi TW II "
        "| Realisasi TW III |{total} Capaian (%) |",
        "|---|---|---|---|---|---|{rule}---|",
        "| 1 | Persentase desa rawan pangan yang ditangani | 80% | 20% | 45% "
        "| 70% |{first} 85,50 |",
        "| 2 | Jumlah kelompok tani yang dibina | 40 kelompok | 10 kelompok "
        "| 22 kelompok | 31 kelompok |{second} 77,50 |",
    ]
)


def test_quarters_in_one_header_row_without_their_total_give_no_realisasi() -> None:
    # which is the table's realisasi, the last quarter's or the quarters' sum?
    # nothing says: no capaian is judged from a guess (it was, from TW I's)
    text = _FLAT.format(total="", rule="", first="", second="")
    table = report_from(text, "t.md").tables[0]
    assert [c.role for c in table.columns][2:6] == [R.TARGET, R.OTHER, R.OTHER, R.OTHER]
    assert findings_for(text, source="t.md") == []


def test_quarters_in_one_header_row_with_their_total_judge_the_total() -> None:
    text = _FLAT.format(
        total=" Realisasi s.d. TW III |",
        rule="---|",
        first=" 70% |",
        second=" 31 kelompok |",
    )
    assert compact(findings_for(text, source="t.md")) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            7,
            "87,50",
            "85,50",
        ]
    ]


_STATED = "\n".join(
    [
        "**Tabel 6 Realisasi Anggaran per Triwulan**",
        "",
        "| Uraian | Pagu (Rp) | Realisasi (Rp) | | | |",
        "|---|---:|---:|---:|---:|---:|",
        "| | | TW I | TW II | TW III | s.d. TW III |",
        "| 1 | 2 | 3 | 4 | 5 | 6 = 3+4+5 |",
        "| Penyediaan Bahan Logistik Kantor | 42.300.000 | 9.815.000 | 12.460.000 "
        "| 10.125.000 | 32.400.000 |",
        "| Penyediaan Gaji dan Tunjangan ASN | 2.184.600.000 | 532.150.000 "
        "| 541.380.000 | 548.920.000 | 1.622.450.000 |",
        "| Penyusunan Peta Ketahanan Pangan | 47.800.000 | - | 12.400.000 "
        "| 21.650.000 | 34.050.000 |",
        "| JUMLAH | 2.274.700.000 | 541.965.000 | 566.240.000 | 580.695.000 "
        "| 1.688.900.000 |",
    ]
)


def test_a_stated_running_total_right_draws_nothing() -> None:
    assert compact(findings_for(_STATED, source="t.md")) == []


def test_one_running_total_off_its_stated_quarters_is_reported_once() -> None:
    # 9.815.000 + 12.460.000 + 10.125.000 = 32.400.000, printed 32.040.000; the
    # JUMLAH's 1.688.900.000 is its own quarters' sum and the other rows' plus the
    # right 32.400.000, so the rows' printed sum (1.688.540.000) does not make it
    # wrong: one wrong cell, one finding (it was reported at the JUMLAH too)
    text = _STATED.replace("| 32.400.000 |", "| 32.040.000 |")
    assert compact(findings_for(text, source="t.md")) == [
        ["stated-formula-holds", "tabel-6/row:1/col:realisasi_anggaran", 7]
        + ["32.400.000", "32.040.000"],
    ]


def test_a_jumlah_off_its_stated_quarters_and_its_rows_is_reported_there() -> None:
    # the converse: the rows are right, the JUMLAH's running total is not
    text = _STATED.replace("| 1.688.900.000 |", "| 1.688.090.000 |")
    found = findings_for(text, source="t.md")
    assert {f.location.ref for f in found} == {"tabel-6/row:4/col:realisasi_anggaran"}
    assert {(f.expected, f.actual) for f in found} == {
        ("1.688.900.000", "1.688.090.000")
    }
    (only,) = found
    assert "total-row-equals-column-sum" in [
        only.rule_id,
        *only.evidence.get("also", "").split(", "),
    ]


def test_a_formula_other_than_the_quarters_sum_is_no_witness() -> None:
    # "6 = 5" says the total is TW III's own figure: the quarters' sum is not a
    # restatement of it, so the JUMLAH is judged from its rows as printed
    text = _STATED.replace("6 = 3+4+5", "6 = 5").replace(
        "| 32.400.000 |", "| 32.040.000 |"
    )
    found = [
        f
        for f in findings_for(text, source="t.md")
        if f.rule_id == "total-row-equals-column-sum"
    ]
    assert compact(found) == [
        ["total-row-equals-column-sum", "tabel-6/row:4/col:realisasi_anggaran", 10]
        + ["1.688.540.000", "1.688.900.000"],
    ]


_SAME_QUARTER = "\n".join(
    [
        "Tabel 4.1 Capaian Indikator Kinerja Triwulan I Tahun 2025",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi TW I\tCapaian (%)",
        "1\tRata-rata waktu penyelesaian pelayanan PATEN\thari\t3\t2,5\t120,00",
        "2\tIndeks Kepuasan Masyarakat\tindeks\t82,50\t83,12\t100,75",
        "",
        "Tabel 4.2 Perbandingan Realisasi Kinerja Triwulan I Tahun 2024 dan 2025",
        "",
        "No\tIndikator Kinerja\tSatuan\tRealisasi TW I 2024\tRealisasi TW I 2025",
        "1\tRata-rata waktu penyelesaian pelayanan PATEN\thari\t3,5\t{paten}",
        "2\tIndeks Kepuasan Masyarakat\tindeks\t81,40\t83,12",
    ]
)


def test_the_same_quarter_of_two_years_is_no_split_by_quarter() -> None:
    # last year's TW I beside this year's: this year's column is the realisasi
    table = report_from(_SAME_QUARTER.format(paten="2,5")).tables[1]
    assert [c.role for c in table.columns][3:] == [R.OTHER, R.REALISASI]


def test_this_years_quarter_is_compared_with_its_copies() -> None:
    found = findings_for(_SAME_QUARTER.format(paten="2,7"), select=("figure-*",))
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-4.2/row:1/col:realisasi", 10]
        + ["2,5 hari", "2,7 hari"]
    ]
    assert findings_for(_SAME_QUARTER.format(paten="2,5"), select=("figure-*",)) == []
