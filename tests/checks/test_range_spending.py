"""``spending-matches-output`` against a target that is a range or a bound.

A bound from below (``≥ 80``, ``min 80``) is a target of its figure: a realisasi
far below it with the budget spent is pointed out as against a plain target. A
range with a high end (``60 - 85``, ``≤ 5``) is not judged: within it the
output is met, and the distance from an ideal band is no share of an output
delivered.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "spending-matches-output"


def _report(target: str, realisasi: str) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA RSUD CONTOH TAHUN 2024",
            "",
            "Tabel 3.2 Kinerja Program dan Kegiatan",
            "",
            "Program/Kegiatan\tIndikator\tTarget\tRealisasi\tPagu\tRealisasi Anggaran",
            "Peningkatan Mutu Pelayanan Rumah Sakit\tPersentase kepuasan pasien"
            f"\t{target}\t{realisasi}\t100.000.000\t95.000.000",
            "",
        ]
    )


def _found(target: str, realisasi: str) -> list[list[object]]:
    return compact(findings_for(_report(target, realisasi), select=(RULE,)))


def test_a_bound_from_below_is_a_target_of_its_figure() -> None:
    # 95% spent, 30 of at least 80 (37,50%): a gap of 57,50 points
    found = findings_for(_report("≥ 80 %", "30 %"), select=(RULE,))
    assert compact(found) == [
        [RULE, "tabel-3.2/row:1/col:realisasi_anggaran", 6, None, "95.000.000"]
    ]
    assert found[0].message == (
        "Anggaran terserap 95% tetapi output baru 37,50% dari target (selisih 57,50"
        " poin)"
    )
    # as a plain target of 80 is
    assert _found("80 %", "30 %") == compact(found)


def test_a_bound_from_below_met_or_nearly_met_is_no_finding() -> None:
    assert _found("min 80 %", "85 %") == []
    assert _found("≥ 80 %", "70 %") == []  # 87,50%: a gap of 7,50 points


def test_a_range_with_a_high_end_is_not_judged() -> None:
    # 30 below 60 - 85, or above a bound of at most 5: no share of output
    assert _found("60 - 85 %", "30 %") == []
    assert _found("≤ 5 %", "30 %") == []
    assert _found("60 - 85 %", "70 %") == []
