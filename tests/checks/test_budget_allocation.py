"""The budget named by what was allotted: "dana yang dialokasikan", "alokasi
anggaran", "dana yang tersedia".

Each is the budget (anggaran, pagu): a right figure passes, a wrong one is
reported against the total or the kind of spending it names. A fund named in
its own right ("Alokasi Dana Desa", "dana desa yang dialokasikan") and what an
allocation paid for ("alokasi anggaran untuk pengadaan komputer") are not.
"""

from __future__ import annotations

from lkjaudit.prose.claims import read_claims

from conftest import SPENDING_BY_KIND, compact, findings_for, report_from

RULES = ("text-figure-*",)
RULE = "text-figure-matches-table"
_REPORT = "LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024\n" + SPENDING_BY_KIND
AT = "text/paragraph:3/sentence:1"
LINE = 11


def _text(sentence: str) -> str:
    text = f"{_REPORT}\n{sentence}\n"
    assert text.splitlines()[LINE - 1] == sentence
    return text


def _found(sentence: str) -> list[list[object]]:
    return compact(findings_for(_text(sentence), select=RULES))


def _claims(sentence: str) -> list[tuple[str, str]]:
    report = report_from(_text(sentence))
    return [(c.metric, c.figure.raw) for c in read_claims(report).figures]


def test_an_allotted_amount_is_the_budget() -> None:
    for sentence in (
        "Pada tahun 2024 dana yang dialokasikan sebesar Rp {x}.",
        "Alokasi anggaran tahun 2024 sebesar Rp {x}.",
        "Alokasi dana Kecamatan Contoh sebesar Rp {x}.",
        "Dana yang tersedia pada tahun 2024 sebesar Rp {x}.",
        "Dana yang telah dialokasikan untuk tahun 2024 sebesar Rp {x}.",
    ):
        right = sentence.format(x="3.518.770.000")
        assert _claims(right) == [("anggaran", "Rp 3.518.770.000")], sentence
        assert _found(right) == [], sentence
        assert _found(sentence.format(x="3.600.000.000")) == [
            [RULE, AT, LINE, "Rp 3.518.770.000", "Rp 3.600.000.000"]
        ], sentence


def test_an_allotment_to_a_kind_of_spending_is_that_kinds_budget() -> None:
    for sentence in (
        "Dana yang dialokasikan untuk belanja modal sebesar Rp {x}.",
        "Alokasi untuk belanja modal sebesar Rp {x}.",
    ):
        assert _found(sentence.format(x="125.000.000")) == [], sentence
        assert _found(sentence.format(x="130.000.000")) == [
            [RULE, AT, LINE, "Rp 125.000.000", "Rp 130.000.000"]
        ], sentence


def test_the_whole_an_amount_spent_is_taken_from() -> None:
    sentence = (
        "Realisasi anggaran sebesar Rp 3.387.360.250 dari dana yang tersedia "
        "sebesar Rp {x}."
    )
    assert _found(sentence.format(x="3.518.770.000")) == []
    assert _found(sentence.format(x="3.600.000.000")) == [
        [RULE, AT, LINE, "Rp 3.518.770.000", "Rp 3.600.000.000"]
    ]


def test_a_fund_of_its_own_or_a_purchase_is_no_budget_figure() -> None:
    for sentence in (
        "Alokasi Dana Desa sebesar Rp 500.000.000.",
        "Dana desa yang dialokasikan sebesar Rp 500.000.000.",
        "Alokasi anggaran untuk pengadaan komputer sebesar Rp 20.000.000.",
        "Dana yang tersedia untuk pengadaan komputer sebesar Rp 20.000.000.",
    ):
        assert _claims(sentence) == [], sentence
        assert _found(sentence) == [], sentence
