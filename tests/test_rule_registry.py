"""Meta-tests over every rule: metadata complete, fixtures present, packs validated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from packaging.version import Version

from lkjaudit import __version__
from lkjaudit.engine.registry import load_checks
from lkjaudit.engine.rulepack import builtin_rules, load_pack, placeholders
from lkjaudit.errors import RulePackError

from conftest import ROOT

RULES = builtin_rules()
CASES = ROOT / "tests" / "rules"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata_is_complete(rule) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9-]{2,60}", rule.id)
    for text in (rule.title, rule.rationale, rule.message):
        assert text.id.strip() and text.en.strip()
    for lang in ("id", "en"):
        assert placeholders(rule.message.get(lang)) <= rule.spec.provides
    assert rule.examples == f"tests/rules/{rule.id}/"
    assert rule.version_added


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_no_rule_is_added_in_a_version_after_the_package(rule) -> None:
    # NOTE: a rule shipped in this package cannot be "new in" a later release.
    assert Version(rule.version_added) <= Version(__version__), rule.version_added


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_good_and_bad_fixtures(rule) -> None:
    folder = CASES / rule.id
    assert list(folder.glob("good.*")), f"{rule.id}: no good fixture"
    assert list(folder.glob("bad.*")), f"{rule.id}: no bad fixture"
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert expected and all(item[0] == rule.id for item in expected)


def test_no_fixture_folder_without_a_rule() -> None:
    assert {p.name for p in CASES.iterdir() if p.is_dir()} == {r.id for r in RULES}


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_every_primitive_is_used_by_a_rule() -> None:
    used = {r.check for r in RULES}
    assert set(load_checks()) == used


PACK = """
rules:
  - id: my-rule
    title: {id: Judul, en: Title}
    severity: warning
    rationale: {id: Alasan, en: Reason}
    check: ratio
    with: {numerator: realisasi, denominator: target, result: capaian}
    message: {id: "Capaian {actual}", en: "Achievement {actual}"}
"""


def test_a_user_pack_builds_a_rule_from_an_existing_check() -> None:
    (rule,) = load_pack(PACK, "my.yaml")
    assert rule.id == "my-rule" and rule.severity.value == "warning"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("check: ratio", "check: eval"),
            'my.yaml: rule "my-rule": unknown check "eval"',
        ),
        (("severity: warning", "severity: fatal"), 'rule "my-rule": severity'),
        (
            ("    severity: warning\n", "    severity: warning\n    colour: red\n"),
            'rule "my-rule": unknown field "colour"',
        ),
        (
            ("    rationale: {id: Alasan, en: Reason}\n", ""),
            'rule "my-rule": missing field "rationale"',
        ),
        (("result: capaian", "result: nonsense"), 'rule "my-rule": with.result'),
        (
            ("denominator: target,", "denominator: target, extra: 1,"),
            'rule "my-rule": with.extra',
        ),
        (
            ('"Capaian {actual}"', '"Capaian {actual.__class__}"'),
            "message.id: placeholder {actual.__class__} is not a plain name",
        ),
        (
            ('"Capaian {actual}"', '"Capaian {secret}"'),
            "message.id uses unknown placeholder {secret}",
        ),
        (("id: my-rule", "id: My_Rule"), "must be kebab-case"),
    ],
)
def test_invalid_packs_are_refused_with_file_rule_and_field(
    change: tuple[str, str], message: str
) -> None:
    text = PACK.replace(*change)
    assert text != PACK
    with pytest.raises(RulePackError) as info:
        load_pack(text, "my.yaml")
    assert message in str(info.value)
    assert str(info.value).startswith("my.yaml: ")


def test_pack_that_is_not_a_rule_list() -> None:
    with pytest.raises(RulePackError, match="a mapping with a 'rules' list"):
        load_pack("- just a list", "x.yaml")
    with pytest.raises(RulePackError, match="not valid YAML"):
        load_pack("rules: [", "x.yaml")
    with pytest.raises(RulePackError, match="unknown key 'run'"):
        load_pack("rules: []\nrun: rm -rf /", "x.yaml")


def test_builtin_packs_are_data_only() -> None:
    for path in (ROOT / "rules").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "!!python" not in text and "eval" not in text


def test_yaml_tags_cannot_construct_objects() -> None:
    with pytest.raises(RulePackError):
        load_pack("rules: !!python/object/apply:os.system ['true']", "x.yaml")


def test_rules_dir_is_found() -> None:
    assert Path(RULES[0].source).name == "arithmetic.yaml"
