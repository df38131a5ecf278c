"""A rule for target ranges the report states: "capaian BOR 100% bila realisasi
berada dalam rentang nilai ideal".

Without it, a realisasi within the range may be read at 100% or against either
end (some reports compute one). When the report states the rule for an
indicator, a realisasi within its range is read at 100% only: a capaian worked
out against an end breaks the report's own rule and is reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.prose.formulas import stated_formulas
from lkjaudit.readers import load_report

from conftest import compact, findings_for, report_from

CAPAIAN = "capaian-equals-realisasi-over-target"
BOR = "Bed Occupancy Rate (BOR)"
ALOS = "Average Length of Stay (ALOS)"


def _report(note: str, *rows: tuple[str, str, str, str, str]) -> str:
    lines = [
        "LAPORAN KINERJA RSUD CONTOH TAHUN 2024",
        "",
        "Tabel 3.1 Pengukuran Kinerja",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
    ]
    lines += [f"{k}\t" + "\t".join(row) for k, row in enumerate(rows, 1)]
    return "\n".join([*lines, "", note, ""])


NOTE = "Capaian BOR 100% bila realisasi berada dalam rentang nilai ideal."


def _found(note: str, *rows: tuple[str, str, str, str, str]) -> list[list[object]]:
    return compact(findings_for(_report(note, *rows), select=(CAPAIAN,)))


def test_a_stated_range_rule_reports_a_capaian_read_against_an_end() -> None:
    # 78,6 / 60 = 131,00: a reading the rule takes when nothing is stated
    rows = [(BOR, "%", "60 - 85", "78,6", "131,00")]
    assert _found("", *rows) == []
    found = findings_for(_report(NOTE, *rows), select=(CAPAIAN,))
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "100,00", "131,00"]
    ]
    assert found[0].message == (
        "Capaian 131,00, seharusnya 100,00 (100% bila Realisasi dalam rentang "
        "Target = 78,6% dalam 60 - 85 %, rumus yang dinyatakan laporan untuk "
        "indikator ini)"
    )


def test_a_stated_range_rule_holds_only_for_the_indicators_it_names() -> None:
    # the note names BOR: ALOS, 7 / 6 = 116,67, is read as before
    rows = [
        (BOR, "%", "60 - 85", "78,6", "100,00"),
        (ALOS, "hari", "6 – 9", "7", "116,67"),
    ]
    assert _found(NOTE, *rows) == []


def test_a_rule_stated_for_every_range_target_holds_for_each() -> None:
    note = (
        "Untuk indikator dengan target berupa rentang, apabila realisasi berada "
        "di dalam rentang target maka capaian 100%."
    )
    rows = [
        (BOR, "%", "60 - 85", "78,6", "100,00"),
        (ALOS, "hari", "6 – 9", "7", "116,67"),
    ]
    assert _found(note, *rows) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "100,00", "116,67"]
    ]


def test_a_rule_for_the_range_targets_it_names_holds_for_those_alone() -> None:
    # "untuk BOR dan ALOS yang targetnya berupa rentang": not the infection rate
    # bounded by "maks. 1,5", whose 2 − 0,92 / 1,5 = 138,67 stays right
    note = (
        "Untuk BOR dan ALOS yang targetnya berupa rentang nilai ideal, capaian "
        "100% bila realisasi berada dalam rentang nilai ideal."
    )
    rows = [
        (BOR, "%", "60 - 85", "78,6", "100,00"),
        (ALOS, "hari", "6 – 9", "7", "116,67"),
        ("Angka infeksi nosokomial (HAIs)", "%", "maks. 1,5", "0,92", "138,67"),
    ]
    assert _found(note, *rows) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "100,00", "116,67"]
    ]


def test_outside_the_range_a_stated_rule_changes_nothing() -> None:
    # below the range the nearest end is read as before: 54 / 60 = 90,00
    assert _found(NOTE, (BOR, "%", "60 - 85", "54", "90,00")) == []
    assert _found(NOTE, (BOR, "%", "60 - 85", "78,6", "100,00")) == []


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("capaian BOR 100% bila realisasi berada dalam rentang nilai ideal", True),
        ("bila realisasi BOR berada dalam kisaran ideal, capaian 100 persen", True),
        ("capaian BOR 100% jika realisasinya masuk dalam rentang", True),
        # not a rule: outside the range, or no 100%
        ("capaian BOR 0% bila realisasi berada di luar rentang", False),
        ("realisasi BOR berada dalam rentang nilai ideal", False),
    ],
)
def test_what_states_a_range_rule(text: str, met: bool) -> None:
    stated = stated_formulas(report_from(_report(text + ".")))
    assert stated.range_met(BOR) is met
    assert stated.range_met(ALOS) is False


def test_the_rsud_probe_states_the_rule_for_bor_only() -> None:
    # its Keterangan: "… capaian BOR 100% bila realisasi berada dalam rentang
    # nilai ideal": BOR's 100,00 follows it, so no finding changes there
    probe = Path(__file__).parents[1] / "probes" / "rsud-rawasari-2024.xlsx"
    stated = stated_formulas(load_report(str(probe)))
    assert stated.range_met("Bed Occupancy Rate (BOR)") is True
    assert stated.range_met("Angka Kematian Bersih (NDR)") is False
    assert stated.ranged_all is False
