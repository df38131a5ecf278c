"""English messages give a count its word in the singular or the plural."""

from __future__ import annotations

import pytest

from lkjaudit.checks.phrases import phrase
from lkjaudit.engine.rulepack import placeholders
from lkjaudit.engine.runner import render_message
from lkjaudit.engine.template import fill

from conftest import ROOT, findings_for

RULES = ROOT / "tests" / "rules"


def _messages(rule: str, lang: str) -> dict[str, str]:
    text = (RULES / rule / "bad.md").read_text(encoding="utf-8")
    found = findings_for(text, select=(rule,), source="bad.md", lang=lang)
    return {f.location.ref: f.message for f in found}


def test_one_other_copy_is_singular_and_two_are_plural() -> None:
    got = _messages("figure-same-in-every-table", "en")
    assert got == {
        "tabel-4/row:6/col:realisasi_anggaran": "realised spending of Penyediaan "
        "Jasa Surat Menyurat: printed 1.300.000, while 1 other copy (Tabel 3) "
        "prints 1.200.000",
        "tabel-5/row:1/col:target": "target of Persentase pemenuhan kebutuhan "
        "operasional kantor: printed 95%, while 2 other copies (Tabel 2, Tabel 3) "
        "print 100%",
    }


def test_indonesian_copies_need_no_plural() -> None:
    got = _messages("figure-same-in-every-table", "id")
    assert (
        "sedangkan 1 salinan lain (Tabel 3) menulis 1.200.000"
        in (got["tabel-4/row:6/col:realisasi_anggaran"])
    )
    assert (
        "sedangkan 2 salinan lain (Tabel 2, Tabel 3) menulis 100%"
        in (got["tabel-5/row:1/col:target"])
    )


def test_one_child_adds_up_and_two_add_up() -> None:
    got = _messages("parent-equals-sum-of-children", "en")
    assert (
        "its 2 sub kegiatan add up to 55.000.000" in (got["tabel-8/row:2/col:anggaran"])
    )
    assert "its 1 kegiatan adds up to 12.500.000" in got["tabel-8/row:8/col:anggaran"]


@pytest.mark.parametrize(
    ("count", "english", "indonesian"),
    [
        (1, "the sum of the 1 row below it", "jumlah 1 baris di bawahnya"),
        (3, "the sum of the 3 rows below it", "jumlah 3 baris di bawahnya"),
    ],
)
def test_the_witness_phrase_counts_its_rows(
    count: int, english: str, indonesian: str
) -> None:
    assert phrase("basis.children", "en", n=count) == english
    assert phrase("basis.children", "id", n=count) == indonesian


@pytest.mark.parametrize(
    ("values", "text"),
    [
        ({"n": "1"}, "1 copy; {other}; {x}"),
        ({"n": "0"}, "0 copies; {other}; {x}"),
        ({"n": "21"}, "21 copies; {other}; {x}"),
    ],
)
def test_a_template_chooses_by_the_count_and_keeps_unknown_fields(
    values: dict[str, str], text: str
) -> None:
    assert fill("{n} {n:copy|copies}; {other}; {{x}}", values) == text


def test_a_word_choice_counts_as_its_field() -> None:
    assert placeholders("{count} other {count:copy|copies}") == {"count"}


@pytest.mark.parametrize(
    "bad", ["{count:>10}", "{count:a|b|c}", "{count:|copies}", "{count!r}"]
)
def test_other_format_specs_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="count"):
        placeholders(bad)


def test_a_competing_row_is_one_row() -> None:
    (message,) = _messages("links-unambiguous", "en").values()
    assert "matches more than one row: Tabel 4 row 7 (" in message
    assert "; Tabel 4 row 8 (" in message


@pytest.mark.parametrize(("count", "verb"), [(1, "gives"), (2, "give")])
def test_the_witnesses_take_the_verb_of_their_number(count: int, verb: str) -> None:
    by = "; ".join(["the sum of the 2 rows below it", "the copy"][:count])
    fields = {"printed": "1", "value": "2", "by": by, "n": count}
    assert phrase("basis.witnessed_row", "en", **fields) == (
        f"; 1 counted as 2 as {by} {verb}"
    )
    assert phrase("basis.witnessed_copy", "en", where="Tabel 3", **fields) == (
        f"; Tabel 3 prints 1, but {by} {verb} 2"
    )
    assert phrase("basis.witnessed", "en", role="sisa", **fields) == (
        f"; sisa taken as 2 as {by} {verb}, not the printed 1"
    )
    assert phrase("basis.witnessed_row", "id", **fields) == (
        f"; 1 dihitung 2 menurut {by}"
    )


def test_a_message_whose_last_field_is_empty_ends_at_its_last_word() -> None:
    assert render_message("Anggaran {name} berbeda. {programs}", {"name": "X"}) == (
        "Anggaran X berbeda. {programs}"
    )
    values = {"name": "X", "programs": ""}
    assert render_message("Anggaran {name} berbeda. {programs}", values) == (
        "Anggaran X berbeda."
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_message_on_the_seed_ends_in_a_space(lang: str, seed_text: str) -> None:
    found = findings_for(seed_text, source="pasirian.txt", lang=lang)
    budget = [f for f in found if f.rule_id == "pk-budget-matches-report"]
    assert budget  # the seed's PK budgets that differ: their note is empty
    assert [f.message for f in found if f.message != f.message.rstrip()] == []
