"""A sentence repeating a running total that its quarters and capaian correct.

``realisasi-kumulatif-equals-sum-of-triwulan`` blames a printed ``s.d. TW III``
of 33 whose quarters add up to 30 and whose capaian (75,00 of 40) agrees with
30. A sentence giving the realisation up to the quarter is held to the 30 the
table should print: one repeating the 33 is told 30, one giving 30 is right.
When nothing singles the running total out (the capaian fits neither), the
sentence is held to the print as before.
"""

from __future__ import annotations

from test_quarters_blame import SD, SUM_RULE, _report

from conftest import compact
from conftest import findings_for as _findings

TEXT_RULE = "text-figure-matches-table"
AT = "text/paragraph:3/sentence:1"
SENTENCE = "Kegiatan pembinaan desa terealisasi {n} kali sampai dengan triwulan III."


def _found(sentence: str, **table: str) -> list[list[object]]:
    text = _report(**table) + "\n" + sentence + "\n"
    return [f[:2] + f[3:] for f in compact(_findings(text, source="t.md"))]


def test_a_sentence_repeating_the_wrong_running_total_is_told_the_sum() -> None:
    assert _found(SENTENCE.format(n=33), sd="33") == [
        [SUM_RULE, SD, "30 kali", "33 kali"],
        [TEXT_RULE, AT, "30 kali", "33 kali"],
    ]


def test_a_sentence_giving_the_sum_is_right_beside_the_wrong_print() -> None:
    assert _found(SENTENCE.format(n=30), sd="33") == [
        [SUM_RULE, SD, "30 kali", "33 kali"]
    ]


def test_a_right_table_holds_the_sentence_to_its_print() -> None:
    assert _found(SENTENCE.format(n=30)) == []
    assert _found(SENTENCE.format(n=33)) == [[TEXT_RULE, AT, "30 kali", "33 kali"]]


def test_a_capaian_that_fits_neither_leaves_the_print_standing() -> None:
    # 33 / 40 = 82,50, 30 / 40 = 75,00, the capaian 80,00: nothing singles the
    # running total out, and a sentence repeating it is not told the sum
    found = _found(SENTENCE.format(n=33), sd="33", capaian="80,00")
    assert [f for f in found if f[0] == TEXT_RULE] == []
