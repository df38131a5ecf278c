"""The weekday finding names both days in the reader's language."""

from __future__ import annotations

from pathlib import Path

from conftest import findings_for

BAD = (
    Path(__file__).parents[1] / "rules" / "weekday-matches-date" / "bad.txt"
).read_text(encoding="utf-8")


def test_english_names_the_days_in_english_with_the_report_s_words() -> None:
    first = findings_for(BAD, select=("weekday-matches-date",), lang="en")[0]
    assert first.message == "1 Juli 2024 was a Monday (Senin), not a Tuesday (Selasa)"


def test_indonesian_keeps_the_report_s_words() -> None:
    first = findings_for(BAD, select=("weekday-matches-date",))[0]
    assert first.message == "1 Juli 2024 jatuh pada hari Senin, bukan Selasa"
