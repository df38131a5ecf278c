"""Rule documentation: docs/rules/ is generated and current, every page and every
`explain` has its sections, and the examples are the rules' own fixtures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_userpacks import NEW_RULE

from lkjaudit.checks.polarity import LOWER_IS_BETTER
from lkjaudit.engine.rulepack import builtin_rules
from lkjaudit.engine.userpacks import with_user_packs
from lkjaudit.ruledocs import (
    BANNER,
    TEXT_SUFFIXES,
    doc_pages,
    examples,
    explain,
    options,
)
from lkjaudit.ruledocs.base import contract

from conftest import ROOT

DOCS = ROOT / "docs" / "rules"
RULES = builtin_rules()
HEADINGS = [
    "## Apa yang diperiksa / What it checks",
    "## Mengapa / Why",
    "## Contoh salah / Bad",
    "## Contoh benar / Good",
    "## Opsi / Options",
]


def _script(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_docs_rules_is_current() -> None:
    pages = doc_pages(RULES)
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(
        n for n in set(pages) | set(on_disk) if pages.get(n) != on_disk.get(n)
    )
    assert not stale, (
        f"docs/rules is stale ({stale}); run: python scripts/gen_rule_docs.py"
    )


def test_generator_check_mode() -> None:
    proc = _script("--check")
    assert proc.returncode == 0, proc.stderr


def test_generator_rewrites_stale_and_removes_orphan_pages(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_rule_docs
    finally:
        sys.path.pop(0)
    (tmp_path / "removed-rule.md").write_text("old", encoding="utf-8")
    (tmp_path / "index.md").write_text("edited by hand", encoding="utf-8")
    changed = gen_rule_docs.write(tmp_path)
    assert "removed-rule.md" in changed and "index.md" in changed
    assert not (tmp_path / "removed-rule.md").exists()
    assert gen_rule_docs.stale_pages(tmp_path) == []
    (tmp_path / "index.md").write_text("edited again", encoding="utf-8")
    assert gen_rule_docs.stale_pages(tmp_path) == ["index.md"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_page_has_banner_headings_and_examples(rule) -> None:
    page = doc_pages([rule])[f"{rule.id}.md"]
    assert page.startswith(BANNER)
    positions = [page.index(h) for h in HEADINGS]
    assert positions == sorted(positions)
    folder = ROOT / "tests" / "rules" / rule.id
    bad = next(folder.glob("bad.*"))
    if bad.suffix in TEXT_SUFFIXES:
        assert bad.read_text(encoding="utf-8").strip().splitlines()[-1] in page
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    section = page.split("lkjaudit melaporkan / lkjaudit reports:")[1]
    section = section.split("## Contoh benar / Good")[0]
    findings = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(findings) == len(expected)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_explain_every_rule(rule, lang: str) -> None:
    text = explain(rule, RULES, lang)
    bad, good = examples(rule, RULES, lang)
    assert bad is not None and good is not None
    assert good.findings == ()
    expected = yaml.safe_load(
        (ROOT / "tests" / "rules" / rule.id / "expected.yaml").read_text(
            encoding="utf-8"
        )
    )
    assert [[f.location.ref, f.expected, f.actual] for f in bad.findings] == [
        [e[1], e[3], e[4]] for e in expected
    ]
    for finding in bad.findings:
        assert finding.message in text
    assert rule.title.get(lang) in text and rule.message.get(lang) in text
    # the check's contract is an English docstring: only in the English page
    if lang == "en":
        assert all(line.strip() in text for line in contract(rule).splitlines())
    else:
        assert "``" not in text and "list of" not in text and "column role" not in text


def test_options_show_defaults_and_the_rules_values() -> None:
    rule = next(r for r in RULES if r.id == "capaian-equals-realisasi-over-target")
    docs = {d.name: d for d in options(rule, limit=3)}
    assert docs["numerator"].default is None and docs["numerator"].value == "realisasi"
    assert docs["percent"].default == "true"
    assert docs["polarity"].kind == "'auto' | 'higher-is-better'"
    # a long default is cut after ``limit`` items and counted
    first = ", ".join(LOWER_IS_BETTER[:3])
    assert docs["lower_is_better"].default == f"{first}, … ({len(LOWER_IS_BETTER)})"


def test_docs_work_for_user_rules_with_and_without_examples(tmp_path: Path) -> None:
    pack = NEW_RULE
    (tmp_path / "p.yaml").write_text(pack, encoding="utf-8")
    rules = with_user_packs(RULES, [tmp_path / "p.yaml"])
    user = rules[-1]
    page = doc_pages(rules)[f"{user.id}.md"]
    assert "(tidak ada contoh) / (no example)" in page
    assert "(no example)" in explain(user, rules, "en")
    assert "https://example.org/aturan/capaian" in explain(user, rules, "en")
    # examples beside the pack, named by its `examples:` field
    folder = tmp_path / "contoh"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(
        (
            ROOT
            / "tests"
            / "rules"
            / "capaian-equals-realisasi-over-target"
            / "bad.txt"
        ).read_bytes()
    )
    (tmp_path / "p.yaml").write_text(pack + "    examples: contoh/\n", encoding="utf-8")
    rules = with_user_packs(RULES, [tmp_path / "p.yaml"])
    out = explain(rules[-1], rules, "en")
    assert "Bad (bad.txt)" in out and "Achievement 36,63% / 39,21%" in out


def test_explain_shows_a_switched_off_rule_at_work(tmp_path: Path) -> None:
    (tmp_path / "off.yaml").write_text(
        "overrides:\n  stated-formula-holds: {enabled: false}\n", encoding="utf-8"
    )
    rules = with_user_packs(RULES, [tmp_path / "off.yaml"])
    rule = next(r for r in rules if r.id == "stated-formula-holds")
    text = explain(rule, rules, "en")
    assert "severity: off" in text
    bad, _ = examples(rule, rules, "en")
    assert bad is not None and bad.findings
