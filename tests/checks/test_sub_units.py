"""Figures of a sub-unit, a target set for the capaian and the capaian of a target.

"Capaian IKM per unit layanan: Puskesmas A: 95,37%; …" and "Indeks Kepuasan
Masyarakat Puskesmas Sukamulya sebesar 78,2" quote a sub-unit's figure, not the
indicator's: no claim, unless a table has a row for the sub-unit (then that row
is the one compared). "… dengan target capaian kinerja sebesar 100%" is a
target set for the capaian, which no column holds; "capaian target … sebesar
95%" is a capaian. tests/probes/dinkes-sukamulya-ikm-2024.md holds them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.prose.rates import with_rates
from lkjaudit.prose.subunits import named_sub_units

from conftest import compact, findings_for, report_from

TEXT = ("text-figure-*", "text-count-*")
RULE = "text-figure-matches-table"

PROBE = Path(__file__).parent.parent / "probes" / "dinkes-sukamulya-ikm-2024.md"
SOURCE = "tests/probes/dinkes-sukamulya-ikm-2024.md"

_REPORT = """# LAPORAN KINERJA {unit} TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat | nilai | 82 | 81,4 | 99,27 |
| 2 | Nilai SAKIP Dinas Kesehatan | nilai | 65 | 65,5 | 100,77 |
| 3 | Persentase ibu hamil yang mendapat pelayanan K4 | % | 90 | 85,5 | 95,00 |
| 4 | Persentase Puskesmas terakreditasi | % | 80 | 75 | 93,75 |

Pelayanan kesehatan dasar terus ditingkatkan.

{after}
"""
LINE = 16
AT = ["text/paragraph:5/sentence:1", LINE]
DINAS = "DINAS KESEHATAN KABUPATEN SUKAMULYA"


def _text(after: str, unit: str = DINAS) -> str:
    text = _REPORT.format(after=after, unit=unit)
    assert text.splitlines()[LINE - 1] == after
    return text


def _found(after: str, unit: str = DINAS) -> list[list[object]]:
    return compact(findings_for(_text(after, unit), select=TEXT, source="laporan.md"))


def _read(after: str) -> list[tuple[str, str]]:
    report = report_from(_text(after), "laporan.md")
    return [(c.metric, c.figure.raw) for c in with_rates(report).figures]


# ------------------------------------------------------------ the probe report


def test_the_probe_reports_only_the_figures_that_disagree_with_their_own_row() -> None:
    found = findings_for(PROBE.read_text(encoding="utf-8"), select=TEXT, source=SOURCE)
    assert compact(found) == [
        # the unit's own IKM, named with the unit: its row says 81,4
        [RULE, "text/paragraph:15/sentence:1", 45, "81,4", "80,4"],
        # the capaian of the K4 target: its row's capaian is 95%
        [RULE, "text/paragraph:16/sentence:1", 47, "95%", "90%"],
        # Puskesmas Cibeber has a row of its own (Tabel 3.2): 72,24, not 74,2
        [RULE, "text/paragraph:17/sentence:1", 49, "72,2", "74,2"],
    ]
    cibeber = next(f for f in found if f.actual == "74,2")
    assert cibeber.related[0].ref == "tabel-3.2/row:2/col:realisasi"


# ------------------------------------------------- a target set for the capaian


def test_a_target_for_the_capaian_is_no_capaian() -> None:
    after = (
        "Indikator persentase ibu hamil yang mendapat pelayanan K4 ditetapkan "
        "dengan target capaian kinerja sebesar 100%."
    )
    assert _read(after) == []
    assert _found(after) == []
    # nor a bare number: "target capaian kinerja … adalah 100"
    after = "Target capaian kinerja Indeks Kepuasan Masyarakat tahun 2024 adalah 100."
    assert _read(after) == []


def test_a_figure_after_a_target_for_the_capaian_is_still_judged() -> None:
    after = (
        "Persentase ibu hamil yang mendapat pelayanan K4 dengan target capaian "
        "100% terealisasi {x}."
    )
    assert _read(after.format(x="85,5%")) == [("realisasi", "85,5%")]
    assert _found(after.format(x="85,5%")) == []
    assert _found(after.format(x="80,5%")) == [[RULE, *AT, "85,5%", "80,5%"]]


# ------------------------------------------------------ the capaian of a target


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a percentage
        ("Capaian target Indeks Kepuasan Masyarakat sebesar 99,27%.", []),
        (
            "Capaian target Indeks Kepuasan Masyarakat sebesar 95%.",
            [[RULE, *AT, "99,27%", "95%"]],
        ),
        # a target's figure would be 82: the capaian it is not
        (
            "Capaian target Indeks Kepuasan Masyarakat sebesar 82%.",
            [[RULE, *AT, "99,27%", "82%"]],
        ),
        # a bare number, its % left out
        ("Capaian target IKM sebesar 99,27.", []),
        (
            "Capaian target Indeks Kepuasan Masyarakat sebesar 95.",
            [[RULE, *AT, "99,27%", "95"]],
        ),
        # "pencapaian target"
        (
            "Pencapaian target persentase ibu hamil yang mendapat pelayanan K4 "
            "sebesar 90%.",
            [[RULE, *AT, "95%", "90%"]],
        ),
    ],
)
def test_the_capaian_of_a_target_is_a_capaian(
    after: str, expected: list[list[object]]
) -> None:
    assert [m for m, _ in _read(after)] == ["capaian"]
    assert _found(after) == expected


# ------------------------------------------------------------- sub-units' figures


@pytest.mark.parametrize(
    "after",
    [
        # a list per unit layanan, no table of them
        "Capaian IKM per unit layanan: Puskesmas Sukamulya: 95,37%; Puskesmas "
        "Cibeber: 88,10%.",
        "Capaian Indeks Kepuasan Masyarakat per unit layanan: Puskesmas Sukamulya "
        "95,37%, Puskesmas Cibeber 88,10%.",
        # a sub-unit's score, and its capaian after it in the same clause
        "Indeks Kepuasan Masyarakat Puskesmas Sukamulya sebesar 78,2.",
        "Puskesmas Cibeber memperoleh Indeks Kepuasan Masyarakat 72,2 dengan "
        "capaian 93%.",
        "Nilai IKM Kelurahan Tanjungsari sebesar 70,5.",
        "Indeks Kepuasan Masyarakat pada UPT Laboratorium Kesehatan mencapai 78,2.",
        "Persentase ibu hamil yang mendapat pelayanan K4 di Desa Sukamaju "
        "mencapai 70%.",
        "Persentase ibu hamil yang mendapat pelayanan K4 di SD Negeri 2 Sukamulya "
        "mencapai 70%.",
        "Capaian Indeks Kepuasan Masyarakat Puskesmas A sebesar 93,37%.",
    ],
)
def test_a_sub_units_figure_is_no_claim(after: str) -> None:
    assert _read(after) == []
    assert _found(after) == []


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the indicator's own figure before a list of its sub-units'
        (
            "Capaian Indeks Kepuasan Masyarakat sebesar 97,27%; per unit layanan: "
            "Puskesmas Sukamulya: 95,37%; Puskesmas Cibeber: 88,10%.",
            [[RULE, *AT, "99,27%", "97,27%"]],
        ),
        # a contrast opens a clause of the unit's own
        (
            "Puskesmas Sukamulya memperoleh IKM 78,2, sedangkan capaian Indeks "
            "Kepuasan Masyarakat sebesar 95,37%.",
            [[RULE, *AT, "99,27%", "95,37%"]],
        ),
        # who did the survey is not whose figure it is
        (
            "Survei yang dilaksanakan oleh UPT Laboratorium Kesehatan menunjukkan "
            "Indeks Kepuasan Masyarakat sebesar 78,2.",
            [[RULE, *AT, "81,4", "78,2"]],
        ),
        # words of a row's name, no sub-unit's name
        (
            "Persentase Puskesmas Terakreditasi mencapai 70%.",
            [[RULE, *AT, "75%", "70%"]],
        ),
        # the unit itself, named with its office
        (
            "Indeks Kepuasan Masyarakat Dinas Kesehatan sebesar 78,2.",
            [[RULE, *AT, "81,4", "78,2"]],
        ),
    ],
)
def test_the_indicators_own_figure_still_disagrees(
    after: str, expected: list[list[object]]
) -> None:
    assert _found(after) == expected


def test_the_unit_itself_is_no_sub_unit() -> None:
    # a Puskesmas's own report: the Puskesmas its cover names is the unit
    after = "Indeks Kepuasan Masyarakat Puskesmas Sukamulya sebesar 78,2."
    assert _found(after, unit="UPT PUSKESMAS SUKAMULYA") == [
        [RULE, *AT, "81,4", "78,2"]
    ]
    assert _found(after) == []
    # another Puskesmas is still another's
    other = "Indeks Kepuasan Masyarakat Puskesmas Cibeber sebesar 78,2."
    assert _found(other, unit="UPT PUSKESMAS SUKAMULYA") == []


def test_a_sub_unit_is_named_by_its_kind_and_a_name() -> None:
    assert named_sub_units("IKM UPT Puskesmas Sukamulya sebesar") == [
        ("puskesmas", "sukamulya")
    ]
    assert named_sub_units("di SD Negeri 2 Sukamulya") == [("sd", "negeri", "2")]
    assert named_sub_units("Puskesmas A: 95,37%; Puskesmas B:") == [
        ("puskesmas", "a"),
        ("puskesmas", "b"),
    ]
    assert named_sub_units("Kelurahan Tanjungsari") == [("kelurahan", "tanjungsari")]
    # no name: all of them, a sort, a region, a time, the agent
    for text in (
        "seluruh Puskesmas se-Kabupaten",
        "Puskesmas Kabupaten Sukamulya",
        "Desa Mandiri",
        "Puskesmas Rawat Inap",
        "desa wisata",
        "Puskesmas Tahun 2024",
        "survei oleh UPT Laboratorium",
        "puskesmas sukamulya",
    ):
        assert named_sub_units(text) == [], text
