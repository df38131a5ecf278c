"""A quarter's own figure and the total up to it are different facts.

``Realisasi TW III`` beside ``TW I`` and ``TW II`` is that quarter's part; the
``Realisasi s.d. TW III`` of another table is the running total, and the two are
not copies of one figure. A bare ``Realisasi TW II`` in a table that splits
nothing by quarter often means the total up to it, so it is still compared.
"""

from __future__ import annotations

import pytest

from lkjaudit.analysis.periods import FactPeriod, same_fact

from conftest import compact, findings_for

_TITLE = "# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024"
_NAMES = ("Jumlah laporan jasa surat menyurat", "Jumlah paket bahan logistik kantor")
_TARGETS = ("12 laporan", "4 paket")


def _table(title: str, realisasi: list[str], rows: list[list[str]]) -> list[str]:
    heads = ["No", "Indikator", "Target", *realisasi]
    lines = [f"**{title}**", "", "| " + " | ".join(heads) + " |"]
    lines.append("|" + "---|" * len(heads))
    for no, (name, target, figures) in enumerate(
        zip(_NAMES, _TARGETS, rows, strict=True), start=1
    ):
        lines.append("| " + " | ".join([str(no), name, target, *figures]) + " |")
    return [*lines, ""]


def _report(
    first: list[str],
    first_rows: list[list[str]],
    second: list[str],
    second_rows: list[list[str]],
) -> str:
    lines = [_TITLE, ""]
    lines += _table("Tabel 1 Realisasi Kinerja", first, first_rows)
    lines += _table("Tabel 2 Capaian Kinerja", second, second_rows)
    return "\n".join(lines) + "\n"


_SO_FAR = [["8 laporan"], ["3 paket"]]


def test_a_quarter_part_is_not_the_total_up_to_it() -> None:
    # TW III alone is 2 laporan; up to TW III it is 3 + 3 + 2 = 8
    parts = ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III"]
    text = _report(
        parts,
        [["3 laporan", "3 laporan", "2 laporan"], ["1 paket", "1 paket", "1 paket"]],
        ["Realisasi s.d. TW III"],
        _SO_FAR,
    )
    assert compact(findings_for(text, select=("figure-same-in-every-table",))) == []


def test_two_quarters_are_not_one_fact() -> None:
    text = _report(
        ["Realisasi s.d. TW II"],
        [["6 laporan"], ["2 paket"]],
        ["Realisasi s.d. TW III"],
        _SO_FAR,
    )
    assert compact(findings_for(text, select=("figure-same-in-every-table",))) == []


def test_two_totals_up_to_the_same_quarter_are_compared() -> None:
    text = _report(
        ["Realisasi s.d. TW III"],
        [["6 laporan"], ["3 paket"]],
        ["Realisasi s.d. TW III"],
        _SO_FAR,
    )
    assert compact(findings_for(text, select=("figure-same-in-every-table",))) == [
        [
            "figure-same-in-every-table",
            "tabel-2/row:1/col:realisasi",
            14,
            None,  # one against one, nothing to tell which is right
            "8 laporan",
        ]
    ]


def test_a_bare_quarter_alone_in_its_table_may_be_the_total() -> None:
    # "Realisasi TW II" with no other quarter beside it: ambiguous, still compared
    text = _report(
        ["Realisasi TW II"],
        [["6 laporan"], ["3 paket"]],
        ["Realisasi s.d. TW II"],
        _SO_FAR,
    )
    assert compact(findings_for(text, select=("figure-same-in-every-table",))) == [
        [
            "figure-same-in-every-table",
            "tabel-2/row:1/col:realisasi",
            14,
            None,  # one against one, nothing to tell which is right
            "8 laporan",
        ]
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (FactPeriod(3, False), FactPeriod(3, True), False),
        (FactPeriod(2, True), FactPeriod(3, True), False),
        (FactPeriod(2, None), FactPeriod(3, True), False),
        (FactPeriod(3, True), FactPeriod(3, True), True),
        (FactPeriod(3, None), FactPeriod(3, True), True),
        (FactPeriod(3, None), FactPeriod(3, False), True),
        (FactPeriod(None, True), FactPeriod(3, True), True),
        (FactPeriod(None, True), FactPeriod(3, False), False),
        (None, FactPeriod(3, False), True),
    ],
)
def test_which_periods_may_be_one_fact(
    a: FactPeriod | None, b: FactPeriod | None, same: bool
) -> None:
    assert same_fact(a, b) is same
    assert same_fact(b, a) is same
