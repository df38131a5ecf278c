"""Layouts met in an Inspektorat's and a kecamatan's reports: a verdict column after
the capaian, several years of realisasi beside a plan-end target, official codes
written in the name cell, a "sisa anggaran" quoted in a sentence, a rupiah figure
with its separators swapped."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.analysis.cells import text_type
from lkjaudit.model.names import canon, split_code
from lkjaudit.model.report import ColumnRole as R
from lkjaudit.model.values import ValueKind, parse_money

from conftest import compact, findings_for, report_from

_VERDICT = "\n".join(
    [
        "Tabel 3.1 Pengukuran Kinerja",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget 2024\tRealisasi 2024\t% Capaian"
        "\tKategori",
        "1\tNilai Kapabilitas APIP\tlevel\t3\t3\t100,00\tSangat Baik",
        "2\tPersentase rekomendasi yang ditindaklanjuti\t%\t90\t86,4\t96,60\tBaik",
        "3\tNilai SAKIP Pemerintah Kabupaten\tnilai\t70\t68,15\t97,36\tBaik",
    ]
)


def test_a_verdict_column_is_no_unit_of_the_capaian() -> None:
    table = report_from(_VERDICT).tables[0]
    assert [(c.role, c.cells) for c in table.columns][3:] == [
        (R.TARGET, (3,)),
        (R.REALISASI, (4,)),
        (R.CAPAIAN, (5,)),
        (R.OTHER, (6,)),
    ]
    # 86,4 / 90 = 96,00%; nothing says a realisasi is in "Baik"
    assert compact(findings_for(_VERDICT)) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:2/col:capaian",
            5,
            "96,00",
            "96,60",
        ]
    ]


def test_a_unit_column_without_a_header_of_its_own_is_still_paired() -> None:
    text = "\n".join(
        [
            "Tabel 3.1 Pengukuran Kinerja",
            "",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tJumlah dokumen perencanaan\t4\tdokumen\t3\tdokumen\t75,00",
            "2\tJumlah laporan keuangan\t12\tlaporan\t12\tlaporan\t100,00",
            "3\tPersentase ASN terlatih\t80\t%\t60\t%\t75,00",
        ]
    )
    table = report_from(text).tables[0]
    assert [c.cells for c in table.columns] == [(0,), (1,), (2, 3), (4, 5), (6,)]


_YEARS = "\n".join(
    [
        "Tabel 3.2 Perbandingan Realisasi Kinerja",
        "",
        "No\tIndikator Kinerja\tSatuan\tRealisasi 2022\tRealisasi 2023"
        "\tRealisasi 2024\tTarget Akhir Renstra 2026",
        "1\tNilai Maturitas SPIP\tlevel\t3,15\t3,41\t3,62\t4",
        "2\tPersentase temuan berulang\t%\t14,6\t11,2\t8\t5",
    ]
)


def test_the_latest_realisasi_is_the_years_and_a_plan_end_target_none() -> None:
    table = report_from(_YEARS).tables[0]
    assert [c.role for c in table.columns][3:] == [
        R.OTHER,
        R.OTHER,
        R.REALISASI,
        R.OTHER,
    ]


def test_a_renstra_target_of_the_reporting_year_stays_its_target() -> None:
    text = "\n".join(
        [
            "Tabel 3.1 Capaian Kinerja",
            "",
            "No\tIndikator Kinerja\tTarget Renstra 2024\tRealisasi 2024\tCapaian (%)",
            "1\tPersentase temuan yang ditindaklanjuti\t90\t81\t90,00",
        ]
    )
    table = report_from(text).tables[0]
    assert [c.role for c in table.columns][2:] == [R.TARGET, R.REALISASI, R.CAPAIAN]


_PERIODE = "\n".join(
    [
        "Tabel 3.1 Capaian Kinerja Triwulan III",
        "",
        "No\tIndikator Kinerja\tTarget s.d. Akhir Periode\tRealisasi s.d. Akhir Periode"
        "\tCapaian (%)\tTarget Periode 2021-2026",
        "1\tPersentase dokumen perencanaan tepat waktu\t80 %\t60 %\t80,00\t100 %",
        "2\tJumlah desa difasilitasi\t12 desa\t12 desa\t100,00\t12 desa",
    ]
)


def test_the_end_of_the_period_reported_is_no_plan_end() -> None:
    # "s.d. Akhir Periode" in a triwulan report is the quarter's target; the plan's
    # period has its span of years. 60 / 80 = 75,00%, printed 80,00
    table = report_from(_PERIODE).tables[0]
    assert [c.role for c in table.columns][2:] == [
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
        R.OTHER,
    ]
    assert compact(findings_for(_PERIODE, select=("capaian-*",))) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            4,
            "75,00",
            "80,00",
        ]
    ]


def test_a_leading_official_code_is_no_part_of_a_name() -> None:
    assert split_code("6.01.02.2.01.0003 Reviu Laporan Kinerja") == (
        "6.01.02.2.01.0003",
        "Reviu Laporan Kinerja",
    )
    assert split_code("6.01.02 - PROGRAM PENYELENGGARAAN PENGAWASAN")[0] == "6.01.02"
    assert canon("6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN") == (
        "program penyelenggaraan pengawasan"
    )
    # row numbers and figures are no codes
    assert split_code("1.1 Persentase temuan")[0] is None
    assert split_code("3.5 level")[0] is None


_CODED = "\n".join(
    [
        "Tabel 3.3 Realisasi Anggaran",
        "",
        "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)"
        "\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)\tSisa Anggaran (Rp)",
        "1\t6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN\t1.906.050.000"
        "\t1.833.750.250\t96,21\t72.299.750",
        "2\t6.01.02.2.01 Penyelenggaraan Pengawasan Internal\t1.906.050.000"
        "\t1.833.750.250\t96,21\t72.299.750",
        "3\t6.01.02.2.01.0001 Pengawasan Kinerja Pemerintah Daerah\t412.600.000"
        "\t398.215.000\t96,51\t14.385.000",
        "4\t6.01.02.2.01.0002 Pengawasan Keuangan Pemerintah Daerah\t583.900.000"
        "\t521.460.250\t89,31\t62.439.750",
        "5\t6.01.02.2.01.0003 Reviu Laporan Kinerja\t86.250.000\t84.900.000"
        "\t98,43\t1.350.000",
        "6\t6.01.02.2.01.0005 Pengawasan Desa\t724.800.000\t689.350.000"
        "\t95,11\t35.450.000",
        "7\t6.01.02.2.01.0007 Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan"
        "\t143.500.000\t139.825.000\t97,44\t3.675.000",
        "\tJUMLAH\t1.906.050.000\t1.833.750.250\t96,21\t72.299.750",
        "",
        "Realisasi anggaran Program Penyelenggaraan Pengawasan sebesar"
        " Rp 1.833.750.250 atau 96,21% dari pagu Rp 1.906.050.000. Sisa anggaran"
        " terbesar terdapat pada sub kegiatan Pengawasan Desa"
        " sebesar Rp 35.450.000.",
    ]
)


def test_codes_in_the_name_cell_give_the_tree() -> None:
    table = report_from(_CODED).tables[0]
    assert [(r.level.value if r.level else None, r.parent) for r in table.rows] == [
        ("program", None),
        ("kegiatan", 1),
        ("sub_kegiatan", 2),
        ("sub_kegiatan", 2),
        ("sub_kegiatan", 2),
        ("sub_kegiatan", 2),
        ("sub_kegiatan", 2),
        (None, None),
    ]
    # 538.900.000 mistyped 583.900.000 (its % and sisa computed from it): the
    # kegiatan's pagu is its five sub kegiatan's sum
    found = findings_for(_CODED, select=("parent-*", "total-*"))
    assert compact(found) == [
        [
            "parent-equals-sum-of-children",
            "tabel-3.3/row:2/col:anggaran",
            5,
            "1.951.050.000",
            "1.906.050.000",
        ],
        [
            "parent-equals-sum-of-children",
            "tabel-3.3/row:2/col:sisa",
            5,
            "117.299.750",
            "72.299.750",
        ],
    ]


def test_a_sentence_names_a_coded_program_and_quotes_a_sisa() -> None:
    # the program's figures are its row's (not the JUMLAH's), the sisa is the sub
    # kegiatan's sisa (not its pagu): all right
    assert findings_for(_CODED, select=("text-figure-*",)) == []
    wrong = _CODED.replace("sebesar Rp 35.450.000.", "sebesar Rp 35.540.000.")
    assert compact(findings_for(wrong, select=("text-figure-*",))) == [
        [
            "text-figure-matches-table",
            "text/paragraph:2/sentence:2",
            13,
            "Rp 35.450.000",
            "Rp 35.540.000",
        ]
    ]


_OVER = "\n".join(
    [
        "Tabel 3.3 Realisasi Anggaran",
        "",
        "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)"
        "\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)\tSisa Anggaran (Rp)",
        "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
        "\t251.750.000\t238.815.400\t94,86\t12.934.600",
        "2\tAdministrasi Umum Perangkat Daerah\t215.750.000\t238.815.400\t94,86"
        "\t12.934.600",
        "3\tPenyediaan Bahan Logistik Kantor\t64.250.000\t61.873.400\t96,30\t2.376.600",
        "4\tPenyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\t187.500.000"
        "\t176.942.000\t94,37\t10.558.000",
    ]
)


def test_spending_is_judged_against_the_pagu_the_report_supports() -> None:
    # the kegiatan's pagu 215.750.000 is contradicted by its sub kegiatan, its
    # parent, and realisasi + sisa: spending is within the supported 251.750.000
    assert findings_for(_OVER, select=("spending-*",)) == []
    # spending above a pagu its row confirms (realisasi + sisa, the %) is reported
    over = "\n".join(
        [
            *_OVER.splitlines()[:3],
            "1\tPenyediaan Bahan Logistik Kantor\t64.250.000\t66.873.400\t104,08"
            "\t-2.623.400",
        ]
    )
    assert [
        [f.location.ref, f.expected, f.actual]
        for f in findings_for(over, select=("spending-*",))
    ] == [["tabel-3.3/row:1/col:realisasi_anggaran", "≤ 64.250.000", "66.873.400"]]


def test_a_rupiah_figure_with_its_separators_swapped_is_malformed() -> None:
    value = parse_money("Rp 31,927.500")
    assert (value.kind, value.repair) == (ValueKind.MALFORMED, Decimal(31927500))
    # two decimals: a figure in the other convention, not a slip
    assert parse_money("31,927.50").kind == ValueKind.NUMBER
    assert parse_money("31.927.500").number == Decimal(31927500)


_PERCENT_WITNESS = "\n".join(
    [
        "| No | Uraian | Pagu | Realisasi | % |",
        "|---|---|---:|---:|---:|",
        "| 1 | PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
        " | Rp 89.250.000 | Rp 63.412.500 | 70,75 |",
        "| | Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"
        " | Rp 89.250.000 | Rp 63.142.500 | 70,75 |",
        "| | Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan"
        " Non Usaha | Rp 36.450.000 | Rp 24.180.000 | 66,34 |",
        "| | Pelaksanaan Urusan Pemerintahan yang terkait dengan Nonperizinan"
        " | Rp 52.800.000 | Rp 38.962.500 | 73,79 |",
        "| 2 | PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"
        " | Rp 74.250.000 | Rp 59.400.000 | 80,00 |",
        "| | Koordinasi Kegiatan Pemberdayaan Desa | Rp 74.250.000 | Rp 59.400.000"
        " | 80,00 |",
        "| | JUMLAH | Rp 163.500.000 | Rp 122.542.500 | 74,95 |",
    ]
)


def test_the_rows_percentage_confirms_the_figure_its_children_give() -> None:
    # 63.412.500 for 63.142.500: its kegiatan and its own 70,75% (63.142.500 /
    # 89.250.000) both say so, so the % is not reported as wrong for 63.412.500
    # (71,05%), and the JUMLAH (right) is not judged from the wrong figure
    found = findings_for(_PERCENT_WITNESS, select=("parent-*", "persen-*", "total-*"))
    assert compact(found) == [
        [
            "parent-equals-sum-of-children",
            "tabel-ke-1/row:1/col:realisasi_anggaran",
            3,
            "Rp 63.142.500",
            "Rp 63.412.500",
        ]
    ]


def test_a_percentage_that_fits_the_printed_figure_confirms_nothing() -> None:
    # the program's % computed from 63.412.500, and the JUMLAH added up from it
    # (122.812.500, 75,11%): one witness against another, no verdict on which is
    # wrong, and 71,05% is right for the printed figure
    text = _PERCENT_WITNESS.replace(
        "Rp 63.412.500 | 70,75", "Rp 63.412.500 | 71,05"
    ).replace("Rp 122.542.500 | 74,95", "Rp 122.812.500 | 75,11")
    found = findings_for(text, select=("parent-*", "persen-*", "total-*"))
    assert [[f.rule_id, f.location.ref, f.expected] for f in found] == [
        [
            "parent-equals-sum-of-children",
            "tabel-ke-1/row:1/col:realisasi_anggaran",
            "Rp 63.142.500",
        ],
    ]


def test_a_jumlah_of_the_right_figure_is_the_second_witness() -> None:
    # the same %, but the JUMLAH adds up 63.142.500: its kegiatan and the JUMLAH
    # less program 2 both give it, so the realisasi is wrong, and the % that was
    # computed from it is wrong with it
    text = _PERCENT_WITNESS.replace("Rp 63.412.500 | 70,75", "Rp 63.412.500 | 71,05")
    found = findings_for(text, select=("parent-*", "persen-*", "total-*"))
    assert [[f.rule_id, f.location.ref, f.expected, f.actual] for f in found] == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-ke-1/row:1/col:persen_anggaran",
            "70,75",
            "71,05",
        ],
        [
            "parent-equals-sum-of-children",
            "tabel-ke-1/row:1/col:realisasi_anggaran",
            "Rp 63.142.500",
            "Rp 63.412.500",
        ],
    ]


_NAMED = "\n".join(
    [
        "Tabel 3.3 Realisasi Anggaran",
        "",
        "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)"
        "\tRealisasi Keuangan (Rp)\tCapaian Keuangan (%)\tSisa Anggaran (Rp)",
        "1\tAdministrasi Keuangan Perangkat Daerah\t5.855.920.000\t5.722.484.150"
        "\t97,72\t133.435.850",
        "2\tKoordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi"
        " Kinerja SKPD\t12.400.000\t11.985.000\t96,65\t415.000",
        "",
        "Realisasi anggaran kegiatan Administrasi Keuangan Perangkat Daerah sebesar"
        " Rp 5.722.484.150. Pagu sub kegiatan Koordinasi dan Penyusunan Laporan"
        " Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD sebesar Rp 12.400.000.",
    ]
)


def test_a_budget_word_in_a_name_is_no_kind_of_figure() -> None:
    # "Keuangan" and "Realisasi" belong to the names: the first figure is a
    # realisasi anggaran, the second a pagu, both right
    assert findings_for(_NAMED, select=("text-figure-*",)) == []
    wrong = _NAMED.replace("sebesar Rp 12.400.000", "sebesar Rp 12.040.000")
    assert compact(findings_for(wrong, select=("text-figure-*",))) == [
        [
            "text-figure-matches-table",
            "text/paragraph:2/sentence:2",
            7,
            "Rp 12.400.000",
            "Rp 12.040.000",
        ]
    ]
    # "Realisasi Anggaran" in Title Case opening the sentence is still the kind of
    # figure: the kegiatan's pagu quoted as its realisasi is reported
    pagu = _NAMED.replace(
        "Realisasi anggaran kegiatan Administrasi Keuangan Perangkat Daerah sebesar"
        " Rp 5.722.484.150.",
        "Realisasi Anggaran kegiatan Administrasi Keuangan Perangkat Daerah sebesar"
        " Rp 5.855.920.000.",
    )
    assert [
        [f.location.ref, f.expected, f.actual]
        for f in findings_for(pagu, select=("text-figure-*",))
    ] == [["text/paragraph:2/sentence:1", "Rp 5.722.484.150", "Rp 5.855.920.000"]]


_SEN = "\n".join(
    [
        "Tabel 3.3 Realisasi Anggaran",
        "",
        "Kode\tProgram/Kegiatan/Sub Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
        "5.01.02\tPROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH"
        "\t593.250.000,00\t569.547.500,00\t23.702.500,00\t96,00",
        "5.01.02.2.01\tPenyusunan Perencanaan dan Pendanaan\t593.250.000,00"
        "\t596.547.500,00\t23.702.500,00\t96,00",
        "5.01.02.2.01.0001\tAnalisis Kondisi Daerah, Permasalahan, dan Isu Strategis"
        " Pembangunan Daerah\t94.500.000,00\t91.275.000,00\t3.225.000,00\t96,59",
        "5.01.02.2.01.0005\tPelaksanaan Musrenbang Kabupaten/Kota\t312.450.000,00"
        "\t298.860.500,00\t13.589.500,00\t95,65",
        "5.01.02.2.01.0007\tKoordinasi Penyusunan dan Penetapan Dokumen Perencanaan"
        " Pembangunan Daerah Kabupaten/Kota\t186.300.000,00\t179.412.000,00"
        "\t6.888.000,00\t93,60",
    ]
)


def test_rupiah_with_sen_are_money() -> None:
    assert text_type("4.414.180.000,00") == "money"
    assert text_type("96,62") == "num"
    assert text_type("1.234,56") == "num"
    # a measure to the hundredth ("12.500,50" ha) is no money
    assert [text_type(t) for t in ("12.500,50", "64.200,50", "1.250.000,50")] == [
        "num",
        "num",
        "money",
    ]
    table = report_from(_SEN).tables[0]
    assert [c.role for c in table.columns][2:] == [
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.SISA,
        R.PERSEN_ANGGARAN,
    ]


_HECTARES = "\n".join(
    [
        "Tabel 3.1 Capaian Indikator Kinerja Utama",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tLuas tanam padi\tHa\t12.500,00\t11.875,50\t97,00",
        "2\tLuas tanam jagung\tHa\t10.250,00\t10.250,00\t100,00",
        "3\tProduksi padi\tTon\t64.200,50\t60.990,48\t95,00",
    ]
)


def test_measures_with_two_decimals_are_target_and_realisasi() -> None:
    # 11.875,50 / 12.500,00 = 95,00%, printed 97,00
    table = report_from(_HECTARES).tables[0]
    assert [c.role for c in table.columns][3:] == [R.TARGET, R.REALISASI, R.CAPAIAN]
    assert compact(findings_for(_HECTARES)) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            4,
            "95,00",
            "97,00",
        ]
    ]


def test_a_misprinted_realisasi_its_own_row_contradicts_is_no_overspending() -> None:
    # the kegiatan's 596.547.500,00 (above its pagu) is 569.547.500,00 by its sub
    # kegiatan, its pagu − sisa and its %: one finding, on the realisasi; and
    # 179.412.000 / 186.300.000 = 96,30%, printed 93,60
    found = findings_for(_SEN, select=("parent-*", "spending-*", "persen-*", "sisa-*"))
    assert compact(found) == [
        [
            "parent-equals-sum-of-children",
            "tabel-3.3/row:2/col:realisasi_anggaran",
            5,
            "569.547.500,00",
            "596.547.500,00",
        ],
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            "tabel-3.3/row:5/col:persen_anggaran",
            8,
            "96,30",
            "93,60",
        ],
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "Sangat Baik (capaian ≥ 100%), Baik (85% ≤ capaian < 100%), Cukup (70% ≤ "
        "capaian < 85%) dan Kurang (capaian < 70%)",
        # bands written from their lower end up to a bound
        "Sangat Baik (≥ 100%), Baik (85% s.d. < 100%), Cukup (70% s/d < 85%) dan "
        "Kurang (< 70%)",
        "Sangat Baik (≥ 100%), Baik (85% - < 100%), Cukup (70% sampai dengan < 85%)",
    ],
)
def test_the_bounds_of_a_scale_are_no_quoted_figures(legend: str) -> None:
    legend = f"\n\nKategori capaian: {legend}."
    assert findings_for(_VERDICT + legend, select=("text-figure-*",)) == []
    quoted = "\n\nCapaian Nilai Kapabilitas APIP sebesar 85%."
    assert [
        [f.rule_id, f.expected, f.actual]
        for f in findings_for(_VERDICT + quoted, select=("text-figure-*",))
    ] == [["text-figure-matches-table", "100%", "85%"]]
