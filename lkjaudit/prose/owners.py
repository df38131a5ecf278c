"""Whether words a sentence puts after *program* or *kegiatan* name one.

"Anggaran Program Penunjang Urusan Pemerintahan Daerah sebesar Rp …" speaks of one
programme's budget; "anggaran program kerja Camat", "program pembangunan di
kecamatan", "kegiatan rutin perkantoran" and "program Kecamatan Sukareja" speak of
the unit's work as a whole, in words of no programme. A name is one:

* when it names a row of a table of programmes, kegiatan or sub kegiatan of the
  report (the row's words, to three quarters, are among the name's), or the official
  nomenclature has it (a test the checks give :class:`OwnerNames`: the prose reads
  only the model);
* else when it is written as a name (Title Case) and is not the unit or another
  office, an official or a year (:func:`unit_led`).

Words in lower case that match nothing are a description, not a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lkjaudit.model.names import split_code
from lkjaudit.model.report import ColumnRole, Report
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.text import tokens

__all__ = [
    "LINKS",
    "OwnerNames",
    "before_unit",
    "owner_labels",
    "table_owner_names",
    "unit_led",
]

# the unit, another office or an official, and a year: whose work or when, never
# the first word of a programme's name ("program Kecamatan Sukareja", "Program
# Prioritas Bupati", "program kerja Camat"); "Kota" and "Kabupaten" may begin one
# ("Kota Tanpa Kumuh", "Kabupaten Layak Anak") and are not here
_UNIT_WORDS = frozenset(
    {
        "kecamatan", "kelurahan", "dinas", "badan", "sekretariat", "inspektorat",
        "pemerintah", "pemkab", "pemkot", "pemprov", "opd", "skpd", "upt", "uptd",
        "camat", "sekcam", "lurah", "bupati", "walikota", "wali", "gubernur",
        "tahun",
    }
)  # fmt: skip
# words that say what sort of programme, not which one ("program kerja", "program
# prioritas", "kegiatan rutin")
_GENERIC = frozenset(
    {"kerja", "prioritas", "unggulan", "strategis", "rutin", "pembangunan", "pokok"}
)
# the small words inside a name: "Pembinaan dan Pengawasan", "Pelayanan di Kantor"
LINKS = frozenset({"dan", "serta", "di", "pada", "ke", "untuk", "dalam", "dari"})


def unit_led(words: list[str]) -> bool:
    """Whether a name's words, past the generic ones, begin with the unit or none.

    "Kecamatan Sukareja", "Prioritas Bupati", "kerja Camat", "pembangunan di
    kecamatan", "Rutin": whose or what sort of work, no programme's name.
    """
    for word in words:
        lowered = word.lower()
        if lowered in _GENERIC or lowered in LINKS:
            continue
        return lowered in _UNIT_WORDS
    return True


def before_unit(words: list[str]) -> list[str]:
    """A name's words up to the unit, an official or a year named after them."""
    for k, word in enumerate(words):
        if k and word.lower() in _UNIT_WORDS:
            return words[:k]
    return words


class OwnerNames:
    """The names of programmes, kegiatan and sub kegiatan: a report's rows, and more.

    ``official`` says whether the official nomenclature has a name (by its words,
    the level noun left off); without it only the rows are consulted.
    """

    def __init__(
        self,
        labels: Iterable[frozenset[str]],
        official: Callable[[str], bool] | None = None,
    ) -> None:
        self._official = official
        self._by_word: dict[str, list[frozenset[str]]] = {}
        for label in set(labels):
            for word in label:
                self._by_word.setdefault(word, []).append(label)
        self._seen: dict[str, bool] = {}

    def __call__(self, name: str) -> bool:
        """Whether a name read after a level noun names a programme or kegiatan."""
        known = self._seen.get(name)
        if known is None:
            official = self._official
            known = self._seen[name] = self._row(tokens(name)) or (
                official is not None
                and any(
                    official(" ".join(words))
                    for words in dict.fromkeys(
                        (tuple(name.split()), tuple(before_unit(name.split())))
                    )
                )
            )
        return known

    def _row(self, words: frozenset[str]) -> bool:
        """Whether a row's name is among the words, to three quarters."""
        for word in words:
            for label in self._by_word.get(word, ()):
                hits = len(label & words)
                if 4 * hits >= 3 * len(label) and (hits >= 2 or hits == len(label)):
                    return True
        return False


@per_report
def owner_labels(report: Report) -> list[frozenset[str]]:
    """The names a report's tables give programmes, kegiatan and sub kegiatan.

    The rows the tree puts at a level, and every row of a table whose name column
    is headed by one ("Program", "Kegiatan", "Sub Kegiatan"), as words.
    """
    labels: list[frozenset[str]] = []
    for table in report.tables:
        col = table.column(ColumnRole.URAIAN)
        header = (col.header if col is not None else "").lower()
        named = "program" in header or "kegiatan" in header
        for row in table.data_rows():
            if named or table.entity_row(row).level is not None:
                labels.append(tokens(split_code(table.label_of(row))[1]))
    return labels


@per_report
def table_owner_names(report: Report) -> OwnerNames:
    """The names of a report's rows of programmes and kegiatan (no official list)."""
    return OwnerNames(owner_labels(report))
