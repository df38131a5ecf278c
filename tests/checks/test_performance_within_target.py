"""Realisation far above its target: how far is far (the rule's ``threshold``).

Exceeding a target a little is ordinary in an annual report (85% against 80%), and
pointing out each case buried the few that matter; the rule speaks from 120% of the
target up, and the threshold is an option.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = ("performance-within-target",)


def _report(realisasi: str, target: str = "12 laporan") -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024",
            "",
            "Tabel 3.1 Capaian Kinerja Kegiatan",
            "",
            "No\tKegiatan\tIndikator\tTarget\tRealisasi",
            "1\tPenyediaan Jasa Surat Menyurat\tJumlah laporan jasa surat menyurat"
            f"\t{target}\t{realisasi}",
            "",
        ]
    )


def test_far_above_the_target_is_pointed_out() -> None:
    # 15 / 12 = 125%
    found = findings_for(_report("15 laporan"), select=RULE)
    assert compact(found) == [
        [*RULE, "tabel-3.1/row:1/col:realisasi", 6, "≤ 12 laporan", "15 laporan"]
    ]
    assert found[0].evidence["percent"] == "125%"


def test_a_little_above_the_target_is_not() -> None:
    # 14 / 12 = 116,67%, and 85% / 80% = 106,25%
    assert findings_for(_report("14 laporan"), select=RULE) == []
    assert findings_for(_report("85 %", target="80 %"), select=RULE) == []


def test_exactly_the_threshold_is_not_above_it() -> None:
    # 12 / 10 = 120%: the threshold itself is allowed
    assert findings_for(_report("12 laporan", target="10 laporan"), select=RULE) == []
    found = findings_for(_report("13 laporan", target="10 laporan"), select=RULE)
    assert [f.evidence["percent"] for f in found] == ["130%"]
