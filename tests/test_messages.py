"""Error messages in two languages: the catalogue, Message and the exceptions."""

from __future__ import annotations

import ast
import pickle
import re
import string
from pathlib import Path

import pytest

from lkjaudit.errors import (
    ConfigError,
    InputError,
    LkjauditError,
    Message,
    RulePackError,
    line_prefix,
)
from lkjaudit.messages import CATALOGUE
from lkjaudit.model.data import CELL_ERRORS
from lkjaudit.model.result import AuditResult, FileError
from lkjaudit.readers import UNREADABLE_FORMATS

# entries with nothing to translate: frames of other messages' parts
LANGUAGE_NEUTRAL = {"verbatim", "at", "input.data-invalid"}


def _fields(template: str) -> list[tuple[str, str | None]]:
    """The fields of a template with their conversions, in order of first use."""
    seen: dict[str, str | None] = {}
    for _, name, _, conversion in string.Formatter().parse(template):
        if name is not None:
            seen.setdefault(name, conversion)
    return sorted(seen.items())


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_both_languages_with_the_same_fields(key: str) -> None:
    indonesian, english = CATALOGUE[key]
    assert indonesian.strip() and english.strip()
    assert _fields(indonesian) == _fields(english)
    assert "\n" not in indonesian + english  # one line on stderr
    if key not in LANGUAGE_NEUTRAL:
        assert indonesian != english, "not translated"


def test_keys_are_kebab_case_in_families() -> None:
    for key in CATALOGUE:
        assert all(part.replace("-", "").isalnum() for part in key.split(".")), key


def test_str_is_english_and_render_follows_the_language() -> None:
    message = Message("input.not-found")
    assert str(message) == "file not found"
    assert message.render("id") == "berkas tidak ditemukan"
    assert message.translations() == {
        "id": "berkas tidak ditemukan",
        "en": "file not found",
    }


def test_nested_messages_render_in_the_same_language() -> None:
    message = Message("input.yaml-invalid", line=line_prefix(3), problem="bad")
    assert message.render("en") == "line 3: invalid YAML (bad)"
    assert message.render("id") == "baris 3: YAML tidak valid (bad)"
    assert line_prefix(None) == ""


def test_numbers_are_written_the_indonesian_way_in_id() -> None:
    message = Message("input.too-large", size=1234.56, limit=50.0)
    assert message.render("en").startswith("file is 1234.6 MB, above the 50 MB")
    assert message.render("id").startswith("ukuran berkas 1234,6 MB, melebihi batas 50")
    cells = Message("input.too-many-cells", limit=500_000)
    assert "500,000 table cells" in cells.render("en")
    assert "500.000 sel tabel" in cells.render("id")
    utf8 = Message("input.not-utf8", byte=0x9F, offset=12)
    assert "0x9f pada posisi 12" in utf8.render("id")


def test_a_message_is_immutable_comparable_and_picklable() -> None:
    message = Message("at", where="a.txt", problem=Message("input.empty"))
    with pytest.raises(AttributeError):
        message.key = "other"  # type: ignore[misc]
    assert message == Message("at", where="a.txt", problem=Message("input.empty"))
    assert message != Message("at", where="b.txt", problem=Message("input.empty"))
    assert pickle.loads(pickle.dumps(message)) == message
    assert "input.empty" in repr(message)


def test_exceptions_are_english_as_str_and_render_any_language() -> None:
    error = InputError("lkj.txt", Message("input.not-lkj"))
    assert str(error).startswith("lkj.txt: not an LKj report:")
    assert error.render("id").startswith("lkj.txt: bukan Laporan Kinerja (LKj):")
    assert error.reason.startswith("not an LKj report")
    assert error.reason_text == Message("input.not-lkj")
    config = ConfigError(Message("config.not-found", path="x.toml"))
    assert str(config) == "x.toml: configuration file not found"
    assert config.render("id") == "x.toml: berkas konfigurasi tidak ditemukan"


@pytest.mark.parametrize(
    "error",
    [
        InputError("a.pdf", Message("input.pdf-no-pages")),
        ConfigError(Message("config.no-table", path="pyproject.toml")),
        RulePackError(Message("rulepack.not-found", path="p.yaml")),
        LkjauditError("plain words"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_exceptions_survive_pickling(error: LkjauditError) -> None:
    # NOTE: a worker process sends its exception back to the parent pickled
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert again.render("id") == error.render("id") and str(again) == str(error)


def test_a_plain_string_is_the_same_in_every_language() -> None:
    error = ConfigError("from a plugin")
    assert str(error) == error.render("id") == "from a plugin"
    assert InputError("x.txt", "odd").render("id") == "x.txt: odd"


def test_a_file_error_keeps_its_translations_out_of_the_outputs() -> None:
    message = Message("input.empty")
    error = FileError.translated("a.txt", message.translations())
    assert error.message == "empty file"
    assert error.message_in("id") == "berkas kosong"
    assert error.model_dump() == {"source": "a.txt", "message": "empty file"}
    assert "translations" not in str(AuditResult.model_json_schema())
    again = pickle.loads(pickle.dumps(error))  # NOTE: from a worker process
    assert again.message_in("id") == "berkas kosong"
    assert FileError(source="b.txt", message="odd").message_in("id") == "odd"


# ------------------------------------------------------ every site uses the catalogue

PACKAGE = Path(__file__).resolve().parent.parent / "lkjaudit"
ERROR_CLASSES = {
    "LkjauditError",
    "InputError",
    "ConfigError",
    "RulePackError",
    "UsageError",
    "_UsageError",
}
# keys built at run time, and what they are built from
DYNAMIC_KEYS = {
    "input.format.": lambda: UNREADABLE_FORMATS,
    "input.": lambda: CELL_ERRORS,
    "click.missing-": lambda: ["argument", "option"],
}


def _trees() -> list[tuple[Path, ast.AST]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "messages.py"
    ]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _is_text(node: ast.expr) -> bool:
    """Whether an expression builds a string (a literal, an f-string, a sum)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return isinstance(node, ast.Call) and _called(node) in ("str", "format", "join")


def test_every_error_lkjaudit_raises_is_a_message() -> None:
    sites, strings = 0, []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in ERROR_CLASSES:
                sites += 1
                message = node.args[-1] if node.args else None
                if message is None or _is_text(message):
                    strings.append(f"{path.name}:{node.lineno}")
    assert not strings, f"errors built from a plain string: {strings}"
    assert sites > 70  # NOTE: the scan does find the sites (78 when written)


def test_file_errors_are_built_with_their_translations() -> None:
    plain = [
        f"{path.name}:{node.lineno}"
        for path, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "FileError"
    ]
    assert not plain, f"use FileError.translated: {plain}"


def _message_keys() -> tuple[set[str], list[str]]:
    """The literal keys of Message(...) calls, and the prefixes of built ones."""
    literal, built = set(), []
    for _, tree in _trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) == "Message"):
                continue
            key = node.args[0] if node.args else None
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                literal.add(key.value)
            elif isinstance(key, ast.JoinedStr):
                first = key.values[0]
                assert isinstance(first, ast.Constant)
                built.append(str(first.value))
            elif key is not None:  # NOTE: a key looked up in a table of keys
                continue
    return literal, built


def test_every_message_key_is_in_the_catalogue_and_every_entry_is_used() -> None:
    literal, built = _message_keys()
    assert literal - set(CATALOGUE) == set()
    for prefix in built:
        assert prefix in DYNAMIC_KEYS, f"a built key {prefix}… needs DYNAMIC_KEYS"
    dynamic = {p + s for p, suffixes in DYNAMIC_KEYS.items() for s in suffixes()}
    assert dynamic - set(CATALOGUE) == set()
    strings = {
        node.value
        for _, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    unused = set(CATALOGUE) - literal - dynamic - strings
    assert not unused, f"catalogue entries nothing uses: {sorted(unused)}"


def test_lkjaudit_writes_no_words_of_its_own_on_stderr() -> None:
    """Every click.echo(..., err=True) prints catalogue text in a wordless frame."""
    frames = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) == "echo"):
                continue
            if not any(k.arg == "err" for k in node.keywords) or not node.args:
                continue
            first = node.args[0]
            parts = first.values if isinstance(first, ast.JoinedStr) else [first]
            text = "".join(str(p.value) for p in parts if isinstance(p, ast.Constant))
            frames.append(text)
            words = re.findall(r"[A-Za-z]+", text.replace("lkjaudit", ""))
            assert not words, f"{path.name}:{node.lineno}: words {words} on stderr"
    assert "lkjaudit: " in frames  # NOTE: the scan does see the CLI's error lines


def test_a_message_s_values_cannot_change() -> None:
    message = Message("config.not-found", path="a.toml")
    with pytest.raises(TypeError):
        message.values["path"] = "b.toml"  # type: ignore[index]


def test_the_system_s_common_reasons_are_in_both_languages() -> None:
    import errno

    from lkjaudit.errors import os_problem

    missing = os_problem(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert missing.render("id") == "berkas atau folder tidak ada"
    assert missing.render("en") == "No such file or directory"
    full = os_problem(OSError(errno.ENOSPC, "No space left on device"))
    assert full.render("id") == "ruang disk habis"
    # a reason lkjaudit has no words for keeps the system's own
    odd = os_problem(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd.render("id") == odd.render("en") == "Invalid cross-device link"
