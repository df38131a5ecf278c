"""Rows a text names by the noun of the verb their name uses (or the reverse).

"*Penilaian kinerja melalui e-Kinerja … terhadap 3.680 orang ASN*" names the
indicator "*Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja*": *penilaian*
is the noun of *dinilai* (:mod:`lkjaudit.prose.roots`). The words of a name are
matched as :mod:`lkjaudit.checks.quotes` matches them (three quarters of them,
two at least), a name's word also counting when the text holds its noun or verb
of one root, or the word without its -nya (*kinerjanya*).

Only a second chance, for a text that names no row by the words themselves, and
careful: a root holds for a table only when one row of it (one name) has a word
of that root, so a root never chooses between two indicators of a table
("*dinilai kinerjanya*" beside "*dinilai SAKIP-nya*": *penilaian* names
neither); at least one word must be related through its root; and a table of
which two rows are named that way gives none.
"""

from __future__ import annotations

from collections.abc import Callable

from lkjaudit.checks.quotes import Entity
from lkjaudit.prose.roots import noun_roots, plain, verb_roots

__all__ = ["RootIndex"]

# a row's names: what tells two rows of a table apart
_Name = tuple[frozenset[str], frozenset[str]]
# a root's forms in the rows' names: (entity, the name's word, a noun?)
_Form = tuple[Entity, str, bool]


def _forms(word: str) -> list[tuple[str, bool]]:
    """A word's roots, each with whether the word is the noun (else the verb)."""
    return [(r, True) for r in noun_roots(word)] + [
        (r, False) for r in verb_roots(word)
    ]


class RootIndex:
    """The rows of a report by the roots of their names' nouns and verbs."""

    def __init__(self, entities: list[Entity]) -> None:
        self._forms: dict[str, list[_Form]] = {}
        # the names of each table's rows holding a word of a root
        self._owners: dict[tuple[int, str], set[_Name]] = {}
        for entity in entities:
            if entity.kind == "item":
                continue  # NOTE: staff and asset rows are named apart
            name = (entity.label, entity.indikator)
            for word in entity.label | entity.indikator:
                for root, noun in _forms(word):
                    self._forms.setdefault(root, []).append((entity, word, noun))
                    key = (id(entity.table), root)
                    self._owners.setdefault(key, set()).add(name)

    def rows(
        self,
        words: frozenset[str],
        need: Callable[[Entity], bool],
        indicator: bool = False,
    ) -> list[Entity]:
        """The best rows the words name through a root, ties kept ([] for none).

        ``indicator``: only by a row's indicator (a table named by indicators
        only: its label), as :func:`~lkjaudit.checks.walk._indicator_named` asks.
        """
        linked: dict[int, set[str]] = {}
        candidates: dict[int, Entity] = {}
        for word in words:
            for root, noun in _forms(word):
                for entity, form, its_noun in self._forms.get(root, ()):
                    if its_noun == noun or form == word:
                        continue  # NOTE: a noun against a verb only
                    if len(self._owners[(id(entity.table), root)]) > 1:
                        continue  # NOTE: the root is two rows' of the table
                    linked.setdefault(id(entity), set()).add(form)
                    candidates[id(entity)] = entity
        plains = words | {plain(w) for w in words}
        best: list[Entity] = []
        top = (0.0, 0)
        for key, entity in candidates.items():
            if not need(entity):
                continue
            score = max(
                _coverage(name, plains, linked[key])
                for name in _names(entity, indicator)
            )
            if score[0] == 0 or score < top:
                continue
            best = best + [entity] if score == top else [entity]
            top = score
        return _one_per_table(best)


def _names(entity: Entity, indicator: bool) -> tuple[frozenset[str], ...]:
    if not indicator:
        return (entity.label, entity.indikator)
    own = entity.indikator or (
        entity.label if entity.kind == "indikator" else frozenset()
    )
    return (own,)


def _coverage(
    name: frozenset[str], plains: frozenset[str], linked: set[str]
) -> tuple[float, int]:
    """How much of a name the words cover, one word at least through its root."""
    if not name or not (name & linked):
        return 0.0, 0
    hits = sum(1 for w in name if w in linked or w in plains or plain(w) in plains)
    cover = hits / len(name)
    return (cover, hits) if 4 * hits >= 3 * len(name) and hits >= 2 else (0.0, 0)


def _one_per_table(found: list[Entity]) -> list[Entity]:
    """The rows found, but none of a table where two rows (two names) are."""
    names: dict[int, set[_Name]] = {}
    for entity in found:
        names.setdefault(id(entity.table), set()).add((entity.label, entity.indikator))
    return [e for e in found if len(names[id(e.table)]) == 1]
