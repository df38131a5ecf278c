"""Column roles in layouts other offices use: several years side by side, a budget
table whose percentage column is headed ``Realisasi (%)``."""

from __future__ import annotations

from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from

# NOTE: an annual LKjIP comparing three years; only the 2023 columns are this
# year's target, realisation and capaian (stunting: lower is better, target /
# realisasi = 14 / 15,2 = 92,11%).
_YEARS = "\n".join(
    [
        "**Tabel 3.2 Perbandingan Realisasi Kinerja**",
        "",
        "| No | Indikator Kinerja | Target Akhir Renstra 2026 | Realisasi 2021 "
        "| Realisasi 2022 | Realisasi 2023 | Target 2023 | Capaian 2023 (%) |",
        "|----|----|---:|---:|---:|---:|---:|---:|",
        "| 1 | Prevalensi stunting pada balita | 10 % | 21,4 % | 18,7 % | 15,2 % "
        "| 14 % | 92,11 |",
        "| 2 | Cakupan imunisasi dasar lengkap | 98 % | 84,6 % | 88,0 % | 91,3 % "
        "| 95 % | 96,11 |",
        "| 3 | Persentase desa ODF | 90 % | 60 % | 66 % | 72,5 % | 80 % | 92,63 |",
    ]
)


def test_only_the_reporting_years_columns_keep_their_roles() -> None:
    table = report_from(_YEARS, "t.md").tables[0]
    assert [c.role for c in table.columns][2:] == [
        R.OTHER,  # Target Akhir Renstra 2026
        R.OTHER,  # Realisasi 2021
        R.OTHER,  # Realisasi 2022
        R.REALISASI,
        R.TARGET,
        R.CAPAIAN,
    ]


def test_capaian_is_checked_against_the_reporting_year() -> None:
    # 72,5 / 80 = 90,63%; the other two rows are right (no 2021 or renstra figure
    # is taken for this year's)
    found = findings_for(_YEARS, source="t.md", select=("capaian-*",))
    assert compact(found) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:3/col:capaian",
            7,
            "90,63",
            "92,63",
        ]
    ]


# NOTE: last year's realisasi beside this year's, which no header dates: the
# undated Realisasi is the year reported (47.385 / 45.000 = 105,30%)
_LAST_YEAR = "\n".join(
    [
        "**Tabel 3.1 Capaian Indikator Kinerja Utama**",
        "",
        "| No | Indikator Kinerja | Satuan | Realisasi 2023 | Target | Realisasi "
        "| Capaian (%) |",
        "|---|---|---|---:|---:|---:|---:|",
        "| 1 | Jumlah pengunjung perpustakaan daerah | orang | 41.250 | 45.000 "
        "| 47.385 | {capaian} |",
    ]
)


def test_the_undated_realisasi_beside_a_dated_one_is_the_years() -> None:
    table = report_from(_LAST_YEAR.format(capaian="105,30"), "t.md").tables[0]
    assert [c.role for c in table.columns][3:] == [
        R.OTHER,  # Realisasi 2023
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
    ]
    found = findings_for(
        _LAST_YEAR.format(capaian="105,30"), source="t.md", select=("capaian-*",)
    )
    assert compact(found) == []
    found = findings_for(
        _LAST_YEAR.format(capaian="103,50"), source="t.md", select=("capaian-*",)
    )
    assert compact(found) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            5,
            "105,30",
            "103,50",
        ]
    ]


_BUDGET = "\n".join(
    [
        "Tabel III.2 Realisasi Anggaran",
        "",
        "Kode\tProgram / Kegiatan / Sub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)"
        "\tSisa (Rp)\tRealisasi (%)",
        "1.05.03\tPROGRAM PENANGGULANGAN BENCANA\tRp 447.500.000\tRp 379.080.000"
        "\tRp 68.420.000\t84,71",
        "1.05.03.2.03\tPelayanan Penyelamatan dan Evakuasi Korban Bencana"
        "\tRp 447.500.000\tRp 379.080.000\tRp 68.420.000\t84,71",
        "1.05.03.2.03.0001\tRespon Cepat Darurat Bencana\tRp 350.000.000"
        "\tRp 287.430.000\tRp 62.570.000\t82,21",
        "1.05.03.2.03.0002\tPencarian, Pertolongan dan Evakuasi Korban Bencana"
        "\tRp 97.500.000\tRp 91.650.000\tRp 5.850.000\t94,00",
    ]
)


def test_realisasi_percent_beside_rupiah_is_the_budget_percentage() -> None:
    table = report_from(_BUDGET).tables[0]
    assert table.columns[5].role == R.PERSEN_ANGGARAN


def test_budget_table_with_official_codes_and_realisasi_percent() -> None:
    # 287.430.000 / 350.000.000 = 82,12%; the sub kegiatan codes are no figures
    assert compact(findings_for(_BUDGET)) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-III.2/row:3/col:persen_anggaran",
            6,
            "82,12",
            "82,21",
        ]
    ]


def test_an_efisiensi_verdict_column_is_no_unit_and_moves_no_header() -> None:
    # two rows only, bare percentages under "(%)" headers, and a last column of
    # verdicts: each header stays over its own column
    text = (
        "# LAPORAN KINERJA\n\nTabel 3.11 Efisiensi\n\n"
        "| No | Program | Anggaran (Rp) | Realisasi Anggaran (Rp) | % Serapan Anggaran "
        "| Target | Realisasi | Capaian Kinerja (%) | Efisiensi |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "| 1 | Terlaksananya kegiatan kebersihan | 1.200.000.000 | 1.080.000.000 "
        "| 90,00 | 100% | 96% | 96,00 | Efisien |\n"
        "| 2 | Terlaksananya lomba desa | 200.000.000 | 120.000.000 | 60,00 | 100% "
        "| 80% | 80,00 | Kurang Efisien |\n"
    )
    (table,) = report_from(text, "t.md").tables
    assert [(c.role, c.cells) for c in table.columns] == [
        (R.NO, (0,)),
        (R.URAIAN, (1,)),
        (R.ANGGARAN, (2,)),
        (R.REALISASI_ANGGARAN, (3,)),
        (R.PERSEN_ANGGARAN, (4,)),
        (R.TARGET, (5,)),
        (R.REALISASI, (6,)),
        (R.CAPAIAN, (7,)),
        (R.EFISIENSI, (8,)),
    ]
    assert compact(findings_for(text, source="t.md")) == []
