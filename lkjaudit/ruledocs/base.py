"""What the rule docs are made of: words, examples and options of a rule."""

from __future__ import annotations

import inspect
import typing
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic_core import PydanticUndefined

from lkjaudit.engine.rulepack import RuleSpec
from lkjaudit.model.finding import Finding
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Report

__all__ = [
    "TEXT_SUFFIXES",
    "Example",
    "OptionDoc",
    "contract",
    "example_dir",
    "examples",
    "options",
    "place",
    "show",
    "word",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown")

_WORDS: dict[str, tuple[str, str]] = {
    "what": ("Apa yang diperiksa", "What it checks"),
    "why": ("Mengapa", "Why"),
    "contract_en": (
        "Rincian teknis pemeriksaan (dalam bahasa Inggris): "
        "lkjaudit explain {id} --lang en",
        "",
    ),
    "bad": ("Contoh salah", "Bad"),
    "good": ("Contoh benar", "Good"),
    "options": ("Opsi", "Options"),
    "message": ("Pesan", "Message"),
    "severity": ("tingkat", "severity"),
    "tags": ("tag", "tags"),
    "check": ("pemeriksaan", "check"),
    "since": ("sejak", "since"),
    "reports": ("lkjaudit melaporkan", "lkjaudit reports"),
    "none": ("tidak ada temuan", "no findings"),
    "no_example": ("(tidak ada contoh)", "(no example)"),
    "binary": ("(berkas biner, tidak ditampilkan)", "(binary file, not shown)"),
    "no_options": ("Aturan ini tidak punya opsi.", "This rule has no options."),
    "required": ("wajib", "required"),
    "off": ("mati", "off"),
    "docs": ("Dokumentasi", "Documentation"),
    "set": ("Ubah di konfigurasi", "Change it in the configuration"),
    "in-pyproject": ("di pyproject.toml", "in pyproject.toml"),
    "title": ("judul", "title"),
    "default": ("bawaan", "default"),
}


def word(key: str, lang: str) -> str:
    """A word of the rule docs in ``lang``."""
    id_text, en_text = _WORDS[key]
    return en_text if lang == "en" else id_text


# ------------------------------------------------------------------- examples


@dataclass(frozen=True)
class Example:
    """A good or bad example: the fixture's name, its text and what lkjaudit says."""

    name: str
    text: str | None  # None for a binary fixture (docx, xlsx, pdf)
    findings: tuple[Finding, ...] = ()


def _examples_root() -> Path:
    packaged = resources.files("lkjaudit") / "examples"
    if packaged.is_dir():
        return Path(str(packaged))
    # NOTE: a source checkout (editable install): the fixtures are in tests/rules.
    return Path(str(resources.files("lkjaudit"))).parent / "tests" / "rules"


def example_dir(rule: RuleSpec) -> Path | None:
    """The folder of a rule's examples, built in or next to a user pack."""
    builtin = _examples_root() / rule.id
    if builtin.is_dir():
        return builtin
    if rule.examples and rule.source:
        beside = Path(rule.source).parent / rule.examples
        if beside.is_dir():
            return beside
    return None


def _report(path: Path, text: str | None) -> Report | None:
    from lkjaudit.errors import InputError
    from lkjaudit.readers import load_report

    if text is not None:
        # NOTE: read a text fixture exactly as the rule tests do (tests/conftest.py):
        # a fixture is an excerpt and need not pass the "is this an LKj" test.
        from lkjaudit.analysis import analyze
        from lkjaudit.readers.text import read_text

        fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
        return analyze(read_text(path.name, text, fmt))
    try:
        return load_report(str(path), display_name=path.name)
    except InputError:
        return None


def _load(path: Path, rule: RuleSpec, rules: list[RuleSpec], lang: str) -> Example:
    from lkjaudit.api import AuditOptions, audit_report

    text: str | None = None
    if path.suffix.lower() in TEXT_SUFFIXES:
        text = path.read_text(encoding="utf-8")
    report = _report(path, text)
    if report is None:
        return Example(path.name, text)
    options = AuditOptions(select=[rule.id], rules=rules, lang=lang)
    return Example(path.name, text, tuple(audit_report(report, options)))


def examples(
    rule: RuleSpec, rules: list[RuleSpec] | None = None, lang: str = "id"
) -> tuple[Example | None, Example | None]:
    """The rule's (bad, good) examples with the findings the rule reports on them."""
    from lkjaudit.engine.rulepack import builtin_rules

    folder = example_dir(rule)
    if folder is None:
        return None, None
    # NOTE: the examples show what the rule reports even when it is switched off.
    shown = rule.model_copy(update={"enabled": True})
    every = [
        shown if r.id == rule.id else r
        for r in (rules if rules is not None else builtin_rules())
    ]
    if rule.id not in {r.id for r in every}:
        every.append(shown)
    found = []
    for stem in ("bad", "good"):
        files = sorted(folder.glob(f"{stem}.*"))
        found.append(_load(files[0], rule, every, lang) if files else None)
    return found[0], found[1]


# -------------------------------------------------------------------- options


@dataclass(frozen=True)
class OptionDoc:
    """One option of a rule's check."""

    name: str
    kind: str
    default: str | None  # None: required
    value: str | None  # what the rule sets, if anything


def _kind(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in typing.get_args(annotation))
    if origin is tuple:
        return f"list of {_kind(typing.get_args(annotation)[0])}"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "column role" if annotation.__name__ == "ColumnRole" else "enum"
    return getattr(annotation, "__name__", str(annotation))


def show(value: Any, limit: int | None = None) -> str:
    """An option value as it would be written in a rule pack."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | int | float):
        return str(value)
    if isinstance(value, tuple | list):
        items = [show(v) for v in value]
        if limit is not None and len(items) > limit:
            items = [*items[:limit], f"… ({len(items)})"]
        return ", ".join(items)
    return str(value)


def options(rule: RuleSpec, limit: int | None = None) -> list[OptionDoc]:
    """The options of the rule's check, their defaults and the rule's values."""
    docs = []
    for name, info in rule.spec.options.model_fields.items():
        if info.default is not PydanticUndefined:
            default: str | None = show(info.default, limit)
        elif info.default_factory is not None:
            default = show(info.default_factory(), limit)  # type: ignore[call-arg]
        else:
            default = None
        value = show(rule.with_[name], limit) if name in rule.with_ else None
        docs.append(OptionDoc(name, _kind(info.annotation), default, value))
    return docs


# Sphinx markup in a docstring, shown to a reader as plain code spans:
# :func:`~lkjaudit.checks.support.supported` reads `supported`, ``pk-budget``
# reads `pk-budget`
_ROLE = lazy(r":[a-z]+:`~?(?:[\w.]*\.)?([^`]+)`")
_LITERAL = lazy(r"``([^`]+)``")


def contract(rule: RuleSpec) -> str:
    """The check's docstring: what it compares and what it skips."""
    if not rule.spec.doc:
        return ""
    text = inspect.cleandoc(rule.spec.doc)
    return _LITERAL.sub(r"`\1`", _ROLE.sub(r"`\1`", text))


def place(finding: Finding, lang: str) -> str:
    """``baris teks 7 · Tabel 5 · baris 2 · kolom Sisa`` for a finding."""
    from lkjaudit.reporters.base import label, where

    loc = finding.location
    parts = [loc.table, where(loc.model_copy(update={"line": None}), lang)]
    if loc.line is not None:
        parts.insert(0, f"{label('line', lang)} {loc.line}")
    return " · ".join(p for p in parts if p)
