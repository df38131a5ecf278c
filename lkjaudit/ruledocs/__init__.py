"""Rule documentation from the rule packs and their example fixtures.

One source feeds ``lkjaudit rules`` (a table), ``lkjaudit explain RULE`` (text in
Bahasa Indonesia or English) and ``docs/rules/`` (Markdown pages written by
``scripts/gen_rule_docs.py``). The examples are the rule's test fixtures
(``tests/rules/<id>/good.*`` and ``bad.*``), shipped in the wheel as
``lkjaudit/examples/<id>/``, so the docs cannot drift from the tests and an
installed lkjaudit can show them. The findings shown under a bad example are those
lkjaudit reports on it when the docs are made.
"""

from __future__ import annotations

from lkjaudit.ruledocs.base import (
    TEXT_SUFFIXES,
    Example,
    OptionDoc,
    example_dir,
    examples,
    options,
    show,
)
from lkjaudit.ruledocs.pages import BANNER, doc_pages, index_page, rule_page
from lkjaudit.ruledocs.text import explain, rule_rows

__all__ = [
    "BANNER",
    "TEXT_SUFFIXES",
    "Example",
    "OptionDoc",
    "doc_pages",
    "example_dir",
    "examples",
    "explain",
    "index_page",
    "options",
    "rule_page",
    "rule_rows",
    "show",
]
