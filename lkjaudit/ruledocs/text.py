"""Rule docs for a terminal: ``lkjaudit explain RULE`` and ``lkjaudit rules``."""

from __future__ import annotations

import textwrap
from collections.abc import Collection

from lkjaudit.engine.rulepack import RuleSpec
from lkjaudit.reporters.base import label
from lkjaudit.ruledocs.base import contract, examples, options, place, word

__all__ = ["explain", "rule_rows"]


_KINDS_ID = {
    "column role": "peran kolom",
    "list of column role": "daftar peran kolom",
    "list of str": "daftar str",
    "bool": "bool (true/false)",
}


def _state(rule: RuleSpec, lang: str) -> str:
    """A rule's severity in words, as the terminal report words it, or "off"."""
    # NOTE: the words, not the identifiers (``warning``): JSON and SARIF keep those
    return label(rule.severity.value, lang) if rule.enabled else word("off", lang)


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line else "" for line in text.splitlines())


def explain(
    rule: RuleSpec, rules: list[RuleSpec] | None = None, lang: str = "id"
) -> str:
    """Everything about a rule, as plain text for a terminal."""
    out = _what(rule, lang)
    why = textwrap.fill(" ".join(rule.rationale.get(lang).split()), width=84)
    out += ["", word("why", lang), _indent(why)]
    out += ["", word("message", lang), _indent(rule.message.get(lang)), ""]
    out += _options(rule, lang)
    out += _examples(rule, rules, lang)
    out += _settings(rule, lang)
    return "\n".join(out) + "\n"


def _what(rule: RuleSpec, lang: str) -> list[str]:
    """The rule's title, its facts (severity, tags, check) and what it checks."""
    facts = [
        f"{word('severity', lang)}: {_state(rule, lang)}",
        f"{word('tags', lang)}: {', '.join(rule.tags) or '-'}",
        f"{word('check', lang)}: {rule.check}",
    ]
    if rule.version_added:
        facts.append(f"{word('since', lang)}: {rule.version_added}")
    out = [f"{rule.id}: {rule.title.get(lang)}", " · ".join(facts), ""]
    out += [word("what", lang), _indent(rule.title.get(lang) + ".")]
    if contract(rule):
        # NOTE: a check's contract is its docstring, written in English for the
        # developers; the Indonesian page points to it rather than mixing languages
        detail = (
            contract(rule)
            if lang == "en"
            else word("contract_en", lang).format(id=rule.id)
        )
        out += ["", _indent(detail)]
    return out


def _options(rule: RuleSpec, lang: str) -> list[str]:
    """The check's options: each with its kind, its default and the rule's value."""
    out = [word("options", lang)]
    docs = options(rule, limit=8)
    if not docs:
        out.append(_indent(word("no_options", lang)))
    for doc in docs:
        default = doc.default if doc.default is not None else word("required", lang)
        value = f" = {doc.value}" if doc.value is not None else ""
        kind = _KINDS_ID.get(doc.kind, doc.kind) if lang != "en" else doc.kind
        line = f"{doc.name}{value}  ({kind}; {word('default', lang)}: {default})"
        out.append(_indent(line))
    return out


def _examples(rule: RuleSpec, rules: list[RuleSpec] | None, lang: str) -> list[str]:
    """The bad example with what the rule reports on it, then the good one."""
    out: list[str] = []
    bad, good = examples(rule, rules, lang)
    for key, example in (("bad", bad), ("good", good)):
        out += ["", f"{word(key, lang)}" + (f" ({example.name})" if example else "")]
        if example is None:
            out.append(_indent(word("no_example", lang)))
            continue
        out.append(
            _indent(example.text.rstrip() if example.text else word("binary", lang))
        )
        if key == "bad":
            out += ["", _indent(f"{word('reports', lang)}:")]
            out += [
                _indent(f"{place(f, lang)}: {f.message}", "      ")
                for f in example.findings
            ]
    return out


def _settings(rule: RuleSpec, lang: str) -> list[str]:
    """Where the rule is set in the configuration, and its page of docs."""
    from lkjaudit.api import help_url

    out = [
        "",
        f"{word('set', lang)}: [tool.lkjaudit.rules.{rule.id}] "
        f"({word('in-pyproject', lang)}) / [rules.{rule.id}] (lkjaudit.toml): "
        "severity / enabled / options",
    ]
    url = help_url(rule)
    if url:
        out.append(f"{word('docs', lang)}: {url}")
    return out


def rule_rows(
    rules: list[RuleSpec], lang: str, run: Collection[str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """Headers and rows for ``lkjaudit rules``: id, severity, tags, title.

    A rule not among the ids in ``run`` (the configuration's selection) shows as
    off, as one switched off does.
    """
    head = ["id", word("severity", lang), word("tags", lang), word("title", lang)]
    rows = [
        [
            rule.id,
            _state(rule, lang) if run is None or rule.id in run else word("off", lang),
            ", ".join(rule.tags),
            rule.title.get(lang),
        ]
        for rule in rules
    ]
    return head, rows
