"""Configuration: discovery, keys, per-rule settings, precedence, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.config import Settings, find_config, load_config, settings_for
from lkjaudit.errors import ConfigError, LkjauditError


def _same(found: Path | None, expected: Path) -> bool:
    """The same file, however it is written (shown relative when that is shorter)."""
    return found is not None and found.resolve() == expected.resolve()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_from_the_checked_path(tmp_path: Path) -> None:
    config = _write(tmp_path / "pyproject.toml", '[tool.lkjaudit]\nlang = "en"\n')
    report = _write(tmp_path / "data" / "2024" / "lkj.txt", "x")
    assert _same(find_config([str(report)]), config)
    assert _same(find_config([str(report.parent)]), config)
    assert settings_for([str(report)]).config.lang == "en"


def test_a_pyproject_without_our_table_is_passed_over(tmp_path: Path) -> None:
    outer = _write(tmp_path / "lkjaudit.toml", 'fail-on = "info"\n')
    _write(tmp_path / "data" / "pyproject.toml", "[tool.ruff]\nline-length = 88\n")
    assert _same(find_config([str(tmp_path / "data" / "lkj.txt")]), outer)


def test_lkjaudit_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.lkjaudit]\nlang = "en"\n')
    own = _write(tmp_path / "lkjaudit.toml", 'lang = "id"\n')
    assert _same(find_config([str(tmp_path / "a.txt")]), own)


def test_several_paths_use_their_common_folder(tmp_path: Path) -> None:
    config = _write(tmp_path / "lkjaudit.toml", "")
    _write(tmp_path / "a" / "lkjaudit.toml", 'lang = "en"\n')
    paths = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "y.txt")]
    assert _same(find_config(paths), config)


def test_no_config_gives_the_defaults(tmp_path: Path) -> None:
    settings = settings_for([str(tmp_path / "x.txt")], isolated=True)
    assert settings == Settings()
    options = settings.audit_options()
    assert options.lang == "id" and options.fail_on.value == "error"
    assert options.select == [] and options.ignore == []


def test_every_key(tmp_path: Path) -> None:
    _write(
        tmp_path / "packs" / "p.yaml",
        "overrides:\n  number-well-formed: {severity: info}\n",
    )
    config = _write(
        tmp_path / "pyproject.toml",
        """
[tool.lkjaudit]
select = ["tag:arithmetic"]
extend-select = ["number-well-formed"]
ignore = ["stated-formula-holds"]
fail-on = "warning"
lang = "en"
rule-packs = ["packs"]
baseline = "base/lkjaudit-baseline.json"
exclude = ["arsip"]
extend-exclude = ["*.draft.md"]

[tool.lkjaudit.rules.sisa-equals-anggaran-minus-realisasi]
severity = "warning"

[tool.lkjaudit.rules.capaian-equals-realisasi-over-target]
options = { polarity = "higher-is-better" }
enabled = false
""",
    )
    settings = load_config(config)
    assert settings.baseline == tmp_path / "base" / "lkjaudit-baseline.json"
    assert settings.excludes == ["arsip", "*.draft.md"]
    options = settings.audit_options()
    assert options.lang == "en" and options.fail_on.value == "warning"
    rules = {r.id: r for r in options.rules or []}
    assert rules["sisa-equals-anggaran-minus-realisasi"].severity.value == "warning"
    assert rules["number-well-formed"].severity.value == "info"  # from the pack
    capaian = rules["capaian-equals-realisasi-over-target"]
    assert capaian.enabled is False and capaian.with_["polarity"] == "higher-is-better"

    from lkjaudit.api import select_rules

    chosen = [
        r.id
        for r in select_rules(
            options.rules or [], options.select, options.ignore, options.extend_select
        )
    ]
    assert "number-well-formed" in chosen  # extend-select
    assert "stated-formula-holds" not in chosen  # ignore
    assert "capaian-equals-realisasi-over-target" not in chosen  # enabled = false
    assert "persen-anggaran-equals-realisasi-over-anggaran" in chosen  # select


def test_command_line_options_win(tmp_path: Path) -> None:
    config = _write(
        tmp_path / "lkjaudit.toml",
        'lang = "en"\nfail-on = "info"\nselect = ["tag:sum"]\n'
        'extend-select = ["number-well-formed"]\nignore = ["row-total-*"]\n',
    )
    settings = load_config(config)
    options = settings.audit_options(
        lang="id", fail_on="error", select=["stated-formula-holds"], ignore=["x"]
    )
    assert options.lang == "id" and options.fail_on.value == "error"
    assert options.select == ["stated-formula-holds"]
    assert options.extend_select == [] and options.ignore == ["x"]
    # without --select the configuration's selection stays, and --ignore adds
    options = settings.audit_options(ignore=["number-well-formed"])
    assert options.select == ["tag:sum"]
    assert options.ignore == ["row-total-*", "number-well-formed"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "pyproject.toml",
            "[tool.lkjaudit]\ncolour = 1\n",
            'pyproject.toml: [tool.lkjaudit] unknown key "colour"',
        ),
        ("lkjaudit.toml", "colour = 1\n", 'lkjaudit.toml: unknown key "colour"'),
        (
            "pyproject.toml",
            "[tool.lkjaudit.rules.number-well-formed]\nlevel = 'x'\n",
            'pyproject.toml: [tool.lkjaudit.rules.number-well-formed] unknown key "level"',
        ),
        (
            "lkjaudit.toml",
            "[rules.number-well-formed]\nlevel = 'x'\n",
            'lkjaudit.toml: [rules.number-well-formed] unknown key "level"',
        ),
        (
            "pyproject.toml",
            '[tool.lkjaudit]\nfail-on = "fatal"\n',
            "pyproject.toml: [tool.lkjaudit] fail-on: Input should be 'error', "
            "'warning' or 'info'",
        ),
        (
            "lkjaudit.toml",
            'lang = "jv"\n',
            "lkjaudit.toml: lang: Input should be 'id' or 'en'",
        ),
        (
            "lkjaudit.toml",
            'select = "all"\n',
            "lkjaudit.toml: select: Input should be a valid list",
        ),
        ("lkjaudit.toml", "lang = \n", "lkjaudit.toml: not valid TOML: "),
        (
            "pyproject.toml",
            "[project]\nname = 'x'\n",
            "pyproject.toml: no [tool.lkjaudit] table",
        ),
    ],
)
def test_bad_files_are_one_line_errors(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = _write(tmp_path / name, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(tmp_path))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[rules.no-such-rule]\nseverity = 'info'\n",
            "lkjaudit.toml: rules.no-such-rule: unknown rule (see 'lkjaudit rules')",
        ),
        (
            "[rules.capaian-equals-realisasi-over-target]\n"
            "options = { polarity = 'sideways' }\n",
            "rules.capaian-equals-realisasi-over-target: options.polarity: Input should be",
        ),
        (
            "[rules.sisa-equals-anggaran-minus-realisasi]\noptions = { tolerance = 1 }\n",
            "options.tolerance: Extra inputs are not permitted",
        ),
        (
            "[rules.number-well-formed]\nseverity = 'fatal'\n",
            "lkjaudit.toml: rules.number-well-formed.severity: Input should be",
        ),
        (
            'ignore = ["no-such-rule"]\n',
            "lkjaudit.toml: unknown rule or tag 'no-such-rule'",
        ),
        (
            'extend-select = ["tag:nothing"]\n',
            "lkjaudit.toml: unknown rule or tag 'tag:nothing'",
        ),
        ('rule-packs = ["missing/"]\n', "lkjaudit.toml: rule-packs: "),
    ],
)
def test_bad_rule_settings_name_the_file_and_rule(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path / "lkjaudit.toml", text)
    with pytest.raises(LkjauditError) as info:
        load_config(path).audit_options()
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        settings_for([], str(tmp_path / "nope.toml"))


def test_found_config_is_named_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "lkjaudit.toml", "colour = 1\n")
    (tmp_path / "laporan").mkdir()
    monkeypatch.chdir(tmp_path / "laporan")
    assert find_config(["lkj.txt"]) == Path("../lkjaudit.toml")
    with pytest.raises(ConfigError) as info:
        settings_for(["lkj.txt"])
    assert str(info.value) == '../lkjaudit.toml: unknown key "colour"'


@pytest.mark.parametrize(
    "text",
    [
        '[tool.lkjaudit]\nlang = "en"\n',
        '[ tool . lkjaudit ]\nlang = "en"\n',
        "[tool.lkjaudit.rules.number-well-formed]\nenabled = false\n",
        '[tool]\nlkjaudit = { lang = "en" }\n',
        'tool.lkjaudit.lang = "en"\n',
    ],
)
def test_every_way_of_writing_the_table_is_found(tmp_path: Path, text: str) -> None:
    config = _write(tmp_path / "pyproject.toml", text)
    assert _same(find_config([str(tmp_path / "a.txt")]), config)


def test_a_pyproject_that_only_depends_on_lkjaudit_is_passed_over(
    tmp_path: Path,
) -> None:
    _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "data"\ndependencies = ["lkjaudit"]\n[tool.ruff]\n',
    )
    assert find_config([str(tmp_path / "a.txt")]) is None
