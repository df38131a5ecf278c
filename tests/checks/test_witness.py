"""Figures judged from what the report's own redundancy supports.

A budget figure that two kinds of witness (its children's sum, its parent minus
its siblings, pagu = realisasi + sisa on its row, the rows above a JUMLAH, a copy
in another table) put elsewhere is the wrong one: the sisa, %, totals, sentences
and the PK that use it are judged from the supported figure instead.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lkjaudit.checks import support, witnesses
from lkjaudit.model.report import ColumnRole
from lkjaudit.readers import load_report

from conftest import HEALTH_TREE_REST, compact, findings_for, report_from

ROOT = Path(__file__).resolve().parent.parent.parent

HEAD = "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%"
OWN = "budget-figure-agrees-with-its-restatements"
BUDGET = ("parent-*", "sisa-*", "persen-*", "total-*", OWN)
RIGHT = "495.250.000\t486.850.000\t8.400.000\t98,30"
TOTAL = "1.115.250.000\t1.075.230.000\t40.020.000\t96,41"


def _report(
    program: str, total: str = TOTAL, prose: str = "", pk: str = "", copy: str = ""
) -> str:
    """A budget table: program 1 (its row given), its two kegiatan, program 2.

    ``copy`` adds a second budget table giving program 1 that pagu; ``pk`` a
    Perjanjian Kinerja giving it that budget.
    """
    rows = [
        "LAPORAN KINERJA",
        "",
        "Tabel 3.3 Realisasi Anggaran",
        "",
        HEAD,
        "1\tPROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN\t" + program,
        *HEALTH_TREE_REST,
        "\tJUMLAH\t" + total,
        "",
    ]
    if prose:
        rows += [prose, ""]
    if copy:
        rows += [
            "Tabel 3.4 Pagu Anggaran per Program",
            "",
            "No\tProgram\tPagu (Rp)",
            "1\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t" + copy,
            "2\tProgram Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
            "\t620.000.000",
            "",
        ]
    if pk:
        rows += [
            "PERJANJIAN KINERJA TAHUN 2023",
            "",
            "Anggaran Program dalam Perjanjian Kinerja",
            "",
            "No\tProgram\tAnggaran (Rp)",
            "1\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t" + pk,
            "2\tProgram Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
            "\t620.000.000",
            "",
        ]
    return "\n".join(rows)


def test_the_report_as_built_is_right() -> None:
    assert findings_for(_report(RIGHT), select=BUDGET) == []


def test_a_sisa_and_percent_right_for_the_witnessed_realisasi_are_not_reported() -> (
    None
):
    # 468.850.000: its kegiatan and pagu − sisa both give 486.850.000
    text = _report("495.250.000\t468.850.000\t8.400.000\t98,30")
    found = findings_for(text, select=BUDGET)
    assert compact(found) == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:realisasi_anggaran"]
        + [6, "486.850.000", "468.850.000"]
    ]
    assert found[0].evidence["also"] == OWN


def test_a_percent_wrong_for_either_figure_gets_the_witnessed_expected_value() -> None:
    # 96,00 is neither 468,85 / 495,25 (94,67) nor 486,85 / 495,25 (98,30)
    text = _report("495.250.000\t468.850.000\t8.400.000\t96,00")
    found = findings_for(text, select=("persen-*",), lang="en")
    assert compact(found) == [
        ["persen-anggaran-equals-realisasi-over-anggaran"]
        + ["tabel-3.3/row:1/col:persen_anggaran", 6, "98,30", "96,00"]
    ]
    assert "Realisasi (Rp) taken as 486.850.000" in found[0].message
    assert "on the same row give, not the printed 468.850.000" in found[0].message


def test_a_sisa_right_only_for_the_wrong_pagu_is_judged_from_the_right_one() -> None:
    # pagu 549.250.000 (its kegiatan and its copy in Tabel 3.4: 495.250.000); sisa
    # and % were computed from it, so they are wrong once the pagu is fixed
    text = _report("549.250.000\t486.850.000\t62.400.000\t88,64", copy="495.250.000")
    found = compact(findings_for(text, select=(*BUDGET, "pk-*")))
    assert found == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:anggaran", 6]
        + ["495.250.000", "549.250.000"],
        ["persen-anggaran-equals-realisasi-over-anggaran"]
        + ["tabel-3.3/row:1/col:persen_anggaran", 6, "98,30", "88,64"],
        # NOTE: the sisa's kegiatan and the JUMLAH less program 2 give 8.400.000
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:sisa", 6]
        + ["8.400.000", "62.400.000"],
    ]


# the JUMLAH of the printed programs when program 1 is printed 549.250.000
_PRINTED_TOTAL = "1.169.250.000\t1.075.230.000\t94.020.000\t91,96"


def test_one_kind_of_witness_does_not_correct_a_figure() -> None:
    # pagu and sisa agree with each other (549,25 − 486,85 = 62,4), the JUMLAH
    # adds up the program as printed, and only the kegiatan differ: nothing says
    # which side is wrong, so the row is judged as printed (its % 88,64 is right
    # for it) and only the sums are reported
    text = _report("549.250.000\t486.850.000\t62.400.000\t88,64", _PRINTED_TOTAL)
    found = compact(findings_for(text, select=BUDGET))
    assert [f[:2] for f in found] == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:anggaran"],
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:sisa"],
    ]


def test_the_jumlah_less_the_other_programs_is_a_second_kind() -> None:
    # the same row under a JUMLAH of the right programs (1.115.250.000): the
    # kegiatan and the JUMLAH less program 2 both give 495.250.000, so the pagu
    # is the wrong figure and the sisa and % computed from it are wrong with it
    text = _report("549.250.000\t486.850.000\t62.400.000\t88,64")
    found = findings_for(text, select=BUDGET, lang="en")
    assert compact(found) == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:anggaran", 6]
        + ["495.250.000", "549.250.000"],
        ["persen-anggaran-equals-realisasi-over-anggaran"]
        + ["tabel-3.3/row:1/col:persen_anggaran", 6, "98,30", "88,64"],
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:sisa", 6]
        + ["8.400.000", "62.400.000"],
    ]
    assert found[0].evidence["also"] == OWN
    assert "the total row below it minus the other rows give" in found[1].message


def test_a_parent_whose_child_is_wrong_keeps_its_printed_figure() -> None:
    # kegiatan 1.1's pagu 320.250.000: its row (realisasi + sisa) and its parent
    # minus its sibling give 310.250.000; the program's own figures are right, and
    # the kegiatan's sisa and % are right for 310.250.000
    text = _report(RIGHT).replace(
        "\t310.250.000\t301.850.000", "\t320.250.000\t301.850.000"
    )
    assert compact(findings_for(text, select=BUDGET)) == [
        [OWN, "tabel-3.3/row:2/col:anggaran", 7, "310.250.000", "320.250.000"]
    ]


def test_a_jumlah_with_one_wrong_pagu_has_its_sisa_judged_from_the_right_one() -> None:
    # JUMLAH pagu ...001: the programs and realisasi + sisa give ...000
    total = "1.115.250.001\t1.075.230.000\t40.020.000\t96,41"
    found = compact(findings_for(_report(RIGHT, total=total), select=BUDGET))
    assert found == [
        ["total-row-equals-column-sum", "tabel-3.3/row:6/col:anggaran", 11]
        + ["1.115.250.000", "1.115.250.001"]
    ]


def test_a_total_is_expected_from_the_witnessed_rows() -> None:
    # program 1's realisasi 468.850.000 is wrong (486.850.000), and so is the
    # JUMLAH 1.075.000.000: expected 486.850.000 + 588.380.000, not the printed rows
    text = _report(
        "495.250.000\t468.850.000\t8.400.000\t98,30",
        total="1.115.250.000\t1.075.000.000\t40.020.000\t96,41",
    )
    found = [
        f
        for f in compact(findings_for(text, select=("total-*",)))
        if "realisasi" in str(f[1])
    ]
    assert found == [
        ["total-row-equals-column-sum", "tabel-3.3/row:6/col:realisasi_anggaran"]
        + [11, "1.075.230.000", "1.075.000.000"]
    ]


_PROSE = "Secara keseluruhan realisasi anggaran tahun 2023 sebesar Rp {}."
_OFF = "1.115.250.000\t1.075.230.001\t40.020.000\t96,41"


def test_a_sentence_quoting_the_witnessed_total_is_right() -> None:
    text = _report(RIGHT, total=_OFF, prose=_PROSE.format("1.075.230.000"))
    assert findings_for(text, select=("text-figure-*",)) == []


def test_a_sentence_quoting_the_wrong_total_gets_the_witnessed_expected_value() -> None:
    text = _report(RIGHT, total=_OFF, prose=_PROSE.format("1.075.230.001"))
    assert [
        [f.rule_id, f.expected, f.actual]
        for f in findings_for(text, select=("text-figure-*",))
    ] == [["text-figure-matches-table", "Rp 1.075.230.000", "Rp 1.075.230.001"]]


def test_the_pk_is_compared_with_the_witnessed_program_budget() -> None:
    # the report's 549.250.000 is wrong by its kegiatan and its row (realisasi +
    # sisa): the PK's 495.250.000 is right
    wrong = "549.250.000\t486.850.000\t8.400.000\t98,30"
    assert findings_for(_report(wrong, pk="495.250.000"), select=("pk-*",)) == []
    # a PK that differs from both is told the figure the kegiatan and the row
    # (realisasi + sisa) support, not the printed 549.250.000
    wrong = "549.250.000\t486.850.000\t8.400.000\t98,30"
    found = findings_for(_report(wrong, pk="459.250.000"), select=("pk-*",))
    assert [[f.location.ref, f.expected, f.actual] for f in found][:1] == [
        ["anggaran-program-dalam-perjanjian-kinerja/row:1/col:anggaran"]
        + ["495.250.000", "459.250.000"]
    ]


@pytest.mark.parametrize(
    ("path", "corrected"),
    [
        ("samples/pasirian-tw2-2024.txt", False),
        ("samples/sukamaju-2023.md", True),
        ("tests/probes/dinkes-wonoasri-2023.md", True),
    ],
)
def test_the_one_pass_filter_keeps_every_supported_figure(
    path: str, corrected: bool
) -> None:
    # supported() judges one by one only the rows a witness other than a copy
    # disputes (found in one pass per column); judging every budget cell one by one
    # gives the same verdicts, and some of them are corrections
    report = load_report(str(ROOT / path))
    seen = 0
    for table in report.tables:
        for col in (c for c in table.columns if c.role in witnesses.BUDGET):
            for row in table.rows:
                if col.index in row.inherited:
                    continue
                for upward in (True, False):
                    alone = support._support(report, table, row, col, upward)
                    assert support.supported(
                        report, table, row, col, upward=upward
                    ) == (alone), (table.id, row.index, col.role, upward)
                    seen += alone is not None
    assert bool(seen) == corrected


_PK_CHANGED = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2023

BAB III AKUNTABILITAS KINERJA

Tabel 3.3 Realisasi Anggaran

No\tProgram / Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t600.000.000\t540.000.000\t90,00
1.1\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t300.000.000\t290.000.000\t96,67
1.2\tAdministrasi Keuangan Perangkat Daerah\t250.000.000\t250.000.000\t100,00
\tJUMLAH\t600.000.000\t540.000.000\t90,00

LAMPIRAN PERJANJIAN KINERJA TAHUN 2023

No\tProgram\tAnggaran\tKeterangan
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp {pk}\tAPBD
"""


@pytest.mark.parametrize("pk", ["550.000.000", "600.000.000"])
def test_the_pk_is_no_witness_of_a_program_budget(pk: str) -> None:
    # the program's budget went from 550 to 600 million during the year and its
    # kegiatan were not updated: the PK's 550 million (the budget agreed at the
    # start of the year) does not make a second kind of witness, so the 600
    # million is not "corrected", its % and JUMLAH stay right, and the PK warning
    # (when the PK differs) stays
    found = compact(findings_for(_PK_CHANGED.format(pk=pk)))
    warning = [
        "pk-budget-matches-report",
        "tabel-ke-2/row:1/col:anggaran",
        16,
        "Rp 600.000.000",
        "Rp 550.000.000",
    ]
    assert found == [
        [
            "parent-equals-sum-of-children",
            "tabel-3.3/row:1/col:anggaran",
            8,
            "550.000.000",
            "600.000.000",
        ],
    ] + ([warning] if pk == "550.000.000" else [])


def test_a_supported_figure_keeps_the_precision_of_the_figures_it_adds() -> None:
    # figures printed with sen: the program's pagu is wrong by its kegiatan and its
    # row (realisasi + sisa); the supported 495.250.000,50 is as precise as the
    # figures it is added from, not taken as an exact whole number
    text = _report("549.250.000,50\t486.850.000,50\t8.400.000,00\t88,64").replace(
        "\t310.250.000\t301.850.000\t8.400.000",
        "\t310.250.000,50\t301.850.000,50\t8.400.000,00",
    )
    report = report_from(text)
    table = report.tables[0]
    col = table.column(ColumnRole.ANGGARAN)
    assert col is not None
    value, found = support.supported_value(report, table, table.row(1), col)
    assert found is not None
    assert (value.number, value.decimals) == (Decimal("495250000.50"), 2)
