"""A noun and the verb it is made from: *penilaian* and *dinilai* share *nilai*.

A sentence may name an indicator by the noun of the verb its name uses, or the
other way round: "*Penilaian kinerja … dilakukan terhadap 3.680 orang*" for the
indicator "*Jumlah ASN yang dinilai kinerjanya*". Indonesian makes such a noun
with pe(N)-…-an and the verb with di- or meN- (and -kan or -i):

- penilaian / dinilai / menilai (nilai),
- pelayanan / dilayani / melayani (layan),
- pembinaan / dibina / membina (bina),
- pengawasan / diawasi / mengawasi (awas),
- penyelesaian / diselesaikan / menyelesaikan (selesai).

The nasal of peN- and meN- takes the place of a root's first p, t, k or s
(*penulisan*, *pengelolaan*, *penyediaan*), so a word is given every root it may
be made from; a noun and a verb are related when they share one. Roots shorter
than four letters are none (*pengadaan* / *diadakan*, of *ada*: too short to
tell apart).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["noun_roots", "plain", "verb_roots"]

# the shortest root a noun and a verb are related by
MIN_ROOT = 4

_VOWELS = "aeiou"
# the nasal of peN- / meN- by the root's first letter: each nasal with the
# letters a root may begin with after it as printed, and (for a vowel after it)
# the letter it took the place of: peng- before a vowel, g, h or a dropped k;
# peny- for a dropped s; pem- before b, f, v or a dropped p; pen- before c, d, j,
# z or a dropped t; pe- alone before l, m, n, r, w, y
_NASAL = (
    ("ng", "gh", "k"),
    ("ny", "", "s"),
    ("m", "bfv", "p"),
    ("n", "cdjz", "t"),
    ("", "lmnrwy", ""),
)


def _after(body: str, lead: str) -> set[str]:
    """The roots of a word's body after pe- or me- (and its nasal)."""
    if not body.startswith(lead):
        return set()
    rest = body[len(lead) :]
    found: set[str] = set()
    for nasal, kept, dropped in _NASAL:
        stem = rest[len(nasal) :]
        # NOTE: the letters the word prints decide the length, not a letter the
        # nasal took the place of (pengadaan is ada's, too short: not kada's)
        if not rest.startswith(nasal) or len(stem) < MIN_ROOT:
            continue
        if not nasal and stem[:2] in ("ng", "ny"):
            continue  # NOTE: peng-, peny- are the nasal's
        if stem[0] in kept:
            found.add(stem)
        elif stem[0] in _VOWELS:
            found.add(dropped + stem)
            if nasal == "ng":
                found.add(stem)  # NOTE: pengawasan is awas's, or kawas's
    return found


@lru_cache(maxsize=4096)
def noun_roots(word: str) -> frozenset[str]:
    """The roots a pe(N)-…-an noun may be made from (none for another word)."""
    word = plain(word)
    if not (word.startswith("pe") and word.endswith("an")):
        return frozenset()
    return frozenset(_after(word[:-2], "pe"))


@lru_cache(maxsize=4096)
def verb_roots(word: str) -> frozenset[str]:
    """The roots a di- or meN- verb (with -kan or -i, or neither) may be made from."""
    word = plain(word)
    bodies = [word]
    if word.endswith("kan"):
        bodies.append(word[:-3])
    elif word.endswith("i"):
        bodies.append(word[:-1])
    found: set[str] = set()
    for body in bodies:
        if body.startswith("di") and len(body) - 2 >= MIN_ROOT:
            found.add(body[2:])
        found.update(_after(body, "me"))
    return frozenset(found)


def plain(word: str) -> str:
    """A word without its -nya (*kinerjanya* is *kinerja*'s)."""
    if word.endswith("nya") and len(word) - 3 >= MIN_ROOT:
        return word[:-3]
    return word
