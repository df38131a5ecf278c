"""A mistyped configuration key, rule or tag gets the name it was meant to be.

And a ``[tool.lkjaudit]`` table pasted into a ``lkjaudit.toml`` says where the
keys go, instead of "unknown key tool".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.closest import closest

from conftest import ROOT, run_main

SAMPLE = ROOT / "samples" / "sukamaju-2023.md"


@pytest.mark.parametrize(
    ("text", "said_id", "said_en"),
    [
        (
            'fail_on = "warning"\n',
            'lkjaudit: lkjaudit.toml: kunci "fail_on" tidak dikenal; maksud Anda '
            '"fail-on"?',
            'lkjaudit: lkjaudit.toml: unknown key "fail_on"; did you mean "fail-on"?',
        ),
        (
            'lnag = "en"\n',
            'lkjaudit: lkjaudit.toml: kunci "lnag" tidak dikenal; maksud Anda "lang"?',
            'lkjaudit: lkjaudit.toml: unknown key "lnag"; did you mean "lang"?',
        ),
        (
            '[rules.weekday-matches-date]\nseverty = "info"\n',
            "lkjaudit: lkjaudit.toml: [rules.weekday-matches-date] kunci "
            '"severty" tidak dikenal; maksud Anda "severity"?',
            "lkjaudit: lkjaudit.toml: [rules.weekday-matches-date] unknown key "
            '"severty"; did you mean "severity"?',
        ),
        (  # nothing close: no guess
            "zzz = 1\n",
            'lkjaudit: lkjaudit.toml: kunci "zzz" tidak dikenal',
            'lkjaudit: lkjaudit.toml: unknown key "zzz"',
        ),
        (
            '[tool.lkjaudit]\nlang = "en"\n',
            "lkjaudit: lkjaudit.toml: tulis kuncinya di tingkat teratas, tanpa "
            "[tool.lkjaudit] (tabel itu untuk pyproject.toml)",
            "lkjaudit: lkjaudit.toml: write the keys at the top level, without "
            "[tool.lkjaudit] (that table is for pyproject.toml)",
        ),
    ],
)
def test_a_configuration_mistake_is_named_with_its_fix(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    said_id: str,
    said_en: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("laporan.md").write_bytes(SAMPLE.read_bytes())
    Path("lkjaudit.toml").write_text(text, encoding="utf-8")
    for lang, said in (("id", said_id), ("en", said_en)):
        code, out, err = run_main("check", "--lang", lang, "laporan.md")
        assert (code, out, err) == (2, "", said + "\n")


def test_a_pyproject_table_keeps_its_name_in_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("laporan.md").write_bytes(SAMPLE.read_bytes())
    Path("pyproject.toml").write_text(
        '[tool.lkjaudit]\nextend_exclude = ["x"]\n', encoding="utf-8"
    )
    code, _, err = run_main("check", "--lang", "en", "laporan.md")
    assert (code, err) == (
        2,
        'lkjaudit: pyproject.toml: [tool.lkjaudit] unknown key "extend_exclude"; '
        'did you mean "extend-exclude"?\n',
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("explain", "weekday"),
            "unknown rule 'weekday'; did you mean 'weekday-matches-date'?",
        ),
        (
            ("explain", "weekdy-matches-date"),
            "unknown rule 'weekdy-matches-date'; did you mean 'weekday-matches-date'?",
        ),
        (("explain", "qqq"), "unknown rule 'qqq' (see 'lkjaudit rules')"),
        (
            ("check", "--select", "tag:budjet", str(SAMPLE)),
            "unknown rule or tag 'tag:budjet'; did you mean 'tag:budget'?",
        ),
        (  # several rules start so: the glob that takes them all
            ("check", "--select", "capaian", str(SAMPLE)),
            "unknown rule or tag 'capaian'; did you mean 'capaian*'?",
        ),
        (
            ("check", "--select", "qqq", str(SAMPLE)),
            "unknown rule or tag 'qqq' (see 'lkjaudit rules')",
        ),
    ],
)
def test_a_mistyped_rule_or_tag_gets_the_closest_name(
    args: tuple[str, ...], said: str
) -> None:
    code, out, err = run_main(*args, "--lang", "en", "--no-config")
    assert (code, out, err) == (2, "", f"lkjaudit: {said}\n")


def test_closest_prefers_the_spelling_then_the_one_prefix_then_similarity() -> None:
    names = ["fail-on", "extend-select", "select", "lang"]
    assert closest("fail_on", names) == "fail-on"
    assert closest("ext", names) == "extend-select"
    assert closest("selct", names) == "select"
    assert closest("l", names) == "lang"  # the one name that starts so
    assert closest("e", ["extend-select", "exclude"]) is None  # two start so
    assert closest("qqq", names) is None
