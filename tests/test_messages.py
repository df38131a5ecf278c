"""Error messages in two languages: the catalogue, Message and the exceptions."""

from __future__ import annotations

import pickle
import string

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
from lkjaudit.model.result import AuditResult, FileError

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
