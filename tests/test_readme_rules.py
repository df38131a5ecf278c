"""The README's table of rules: every rule once, short, with its fine print below."""

from __future__ import annotations

import re

from lkjaudit.engine.rulepack import builtin_rules

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ROW = re.compile(
    r"^\| \[`(?P<id>[a-z0-9-]+)`\]\((?P<page>[^)]+)\) \| (?P<what>.*) "
    r"\| (?P<severity>error|warning|info) \|$",
    re.MULTILINE,
)
# NOTE: one or two sentences; the longest cell was 9,000 characters
LONGEST = 300


def _table() -> list[re.Match[str]]:
    section = README[README.index("## What it checks") :]
    rows = list(ROW.finditer(section[: section.index("\n\n", section.index("| ---"))]))
    assert rows, "no rule in the table"
    return rows


def test_the_table_lists_every_rule_once_with_its_severity() -> None:
    rows = [(m["id"], m["severity"]) for m in _table()]
    assert sorted(rows) == sorted((r.id, str(r.severity)) for r in builtin_rules())


def test_every_entry_is_short_and_links_the_rule_page() -> None:
    for row in _table():
        assert len(row["what"]) <= LONGEST, row["id"]
        assert row["page"] == f"docs/rules/{row['id']}.md"
        assert (ROOT / row["page"]).is_file()


def test_every_entry_in_detail_has_its_section() -> None:
    details = README[README.index("## The rules in detail") :]
    details = details[: details.index("\n## ")]
    linked = {m["id"] for m in _table() if f"(#{m['id']})" in m["what"]}
    headings = set(re.findall(r"^### `([a-z0-9-]+)`$", details, re.MULTILINE))
    assert linked and linked == headings
