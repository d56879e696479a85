"""A place of a thing the concept table does not name, against the place the aligned report sentence gives it: "the
thickening extends into the minor fissure" against "... into the right major fissure", "the upper sternum is depressed"
against "depression of the lower sternum" (issue #8, verr21).

``aligned.py`` aligns a chain clause with the report sentence about the same thing; these places are a modifier of an
axis (upper/mid/lower, proximal/mid/distal, anterior/posterior, major/minor, ...: ``AXES``) before a noun. The clause's
place is contradicted when the aligned sentence gives the same noun another modifier of that axis and the report never
names the clause's place at all (a report that names both, "the anterior cortex is intact and the posterior cortex
broken", compares nothing; nor does a clause that names both places of an axis, of whatever nouns: "the ventral
pancreatic duct ... and the dorsal duct" names a pair of anatomical names). A place after a denial in its sentence ("no extension into the minor fissure") is not
claimed. A compound modifier ("posterolateral", "antero-medial") names both of its places, so "an anteromedial defect"
against "the posterolateral aspect" conflicts; a place written as an adverb of a movement ("displaced anterolaterally")
is a place of the movement ("posteromedial displacement"; lane errdetect36: these were read as no place at all).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_words import _NOT_THING, _stem
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

UNNAMED = "unnamed_finding"  # the concept id of a claim of no row of ``concepts.tsv`` (``aligned.py``; no words read as it)
# the axes a place modifier lies on; two modifiers of one axis name two places ("mid" lies on two axes)
AXES = (frozenset({"upper", "mid", "middle", "lower"}), frozenset({"proximal", "mid", "middle", "distal"}),
        frozenset({"superior", "inferior"}), frozenset({"anterior", "posterior"}), frozenset({"medial", "lateral"}),
        frozenset({"major", "minor"}), frozenset({"greater", "lesser"}), frozenset({"internal", "external"}),
        frozenset({"inner", "outer"}), frozenset({"ascending", "descending"}), frozenset({"dorsal", "volar", "palmar"}),
        frozenset({"dorsal", "ventral"}), frozenset({"central", "peripheral"}), frozenset({"deep", "superficial"}))
# one place in two vocabularies: "superior" and "inferior" are the upper and lower; along a limb, an airway, a duct or
# the gut, "proximal" and "distal" are its upper and lower ("the distal trachea" is its lower part, not its upper)
_SAME = {"middle": "mid", "palmar": "volar", "superior": "upper", "inferior": "lower", "proximal": "upper",
         "distal": "lower"}
# a depth is a place only as a relation to a landmark ("deep to the fascia"; "deep white matter" is a tissue's name)
_RELATIONS_ONLY = frozenset({"deep", "superficial"})
_MODIFIERS = sorted({m for axis in AXES for m in axis} - _RELATIONS_ONLY, key=len, reverse=True)
# (a modifier may carry a short gloss in brackets before its noun: "the ventral (anterior) surface of the cord", "the
# posterior (dorsal) wall"; read as the modifier's place of the noun)
_PLACE = lazy_compile(r"\b(" + "|".join(_MODIFIERS) + r")(?:\s*\([a-z ]{1,24}\))?[\s-]+([a-z]+)")
# a compound modifier names two places of one noun ("the posterolateral aspect" is its posterior and its lateral aspect;
# "an anteromedial defect" contradicts it), its first part written as a prefix: "antero", "postero", "supero", "infero"
_PREFIXES = {"antero": "anterior", "postero": "posterior", "supero": "upper", "infero": "lower", "dorso": "dorsal",
             "ventro": "ventral", "medio": "medial"}
_PREFIX = r"(?:(?P<pre>" + "|".join(_PREFIXES) + r")-?)?"  # (a modifier's optional compound prefix, ``_PAIRED``)
_COMPOUND = lazy_compile(r"\b(" + "|".join(_PREFIXES) + r")-?(medial|lateral|superior|inferior|posterior|anterior)[\s-]+"
                         r"([a-z]+)")
# a place written as an adverb after a movement ("displaced anterolaterally", "angulated posteriorly"): a place of the
# movement, whose noun is the verb's stem, as "posteromedial displacement"'s is ("displac")
_ADVERB = lazy_compile(r"\b([a-z]{3,}ed)\s+(?:(" + "|".join(_PREFIXES) + r")-?)?(medial|lateral|superior|inferior|anterior|"
                       r"posterior|dorsal|ventral|volar|palmar|proximal|distal)ly\b")
# two modifiers of one noun ("the left upper and mid zones", "upper to mid zone", "anterior/posterior walls"): the first
# names the noun too, a compound one both its places ("the posterolateral and posteromedial corners", "inferolateral and
# anterior walls": read as the second's alone, the report named only "medial" and a chain's faithful "posterolateral
# corner" conflicted, review errdetect36)
_PAIRED = lazy_compile(r"\b" + _PREFIX + r"(?P<mod>" + "|".join(_MODIFIERS) + r")\s*(?:,|/|\band\b|\bor\b|\bto\b|-)\s*"
                       r"(?:the\s+)?" + _PREFIX.replace("?P<pre>", "?:") + r"(?:" + "|".join(_MODIFIERS)
                       + r")[\s-]+(?P<noun>[a-z]+)")
# words after a modifier that are no noun of a place ("upper and lower zones", "lateral to the capitellum")
_NO_NOUN = frozenset("""and or to of the a an than in on at from with by for as is are was were be which that
""".split()) | frozenset(_MODIFIERS)
# a place relative to a landmark ("anterior to the psoas", "deep to the serratus anterior and latissimus dorsi"): the
# modifier with each word of the landmark's name (a short list of names, up to a word that ends it)
_RELATION = lazy_compile(r"\b(" + "|".join(sorted(_MODIFIERS + list(_RELATIONS_ONLY), key=len, reverse=True))
                         + r")\s+to\s+([a-z][a-z ]*)")
_LANDMARK_END = frozenset("""in on at of with without by for from into within over under is are was were be which that
where while whereas but or as than measuring extending containing causing""".split())
_NOT_LANDMARK = frozenset({"the", "its", "their", "and", "muscle", "muscles", "left", "right", "both"}) | frozenset(
    _MODIFIERS)
# a disc level, two adjacent vertebrae ("L3-L4", "L4/5", "L5-S1", "C7-T1"): a place of its own, another pair another
# place (a single vertebra is a lexicon location, compared with a tolerance of one level; two discs a level apart are
# two discs); a sequence pair ("T1/T2 images", "T2-weighted") is none
_LEVEL_PAIR = lazy_compile(r"\b([ctls])(\d{1,2})\s*(?:/|-|\u2013|\s)\s*([ctls])?(\d{1,2})\b(?!\s*(?:weighted|images?|"
                           r"sequences?|signal))")
_IS_LEVEL = lazy_compile(r"[ctls]\d{1,2}-[ctls]\d{1,2}")
_NEXT_REGION = {("c", 7): "t", ("t", 12): "l", ("l", 5): "s"}
LEVEL = "#level"  # the noun of a disc level's place


def _level(m: re.Match[str]) -> str | None:
    """A disc level's name ("l4-l5") when the match names two adjacent vertebrae, else None."""
    a, n = m.group(1), int(m.group(2))
    b, k = m.group(3) or a, int(m.group(4))
    if b == a and k == n + 1 or b != a and k == 1 and _NEXT_REGION.get((a, n)) == b:
        return f"{a}{n}-{b}{k}"
    return None


# the parts of an organ that exclude one another, each a place of its group (noun "#<group>"): a long bone's segments, a
# tissue's cortex and medulla ("the medullary cavity of the metaphysis" is not "the cortex of the diaphysis")
_PART_WORDS = {"epiphysis": "epiphysis", "epiphyses": "epiphysis", "epiphyseal": "epiphysis",
               "metaphysis": "metaphysis", "metaphyses": "metaphysis", "metaphyseal": "metaphysis",
               "diaphysis": "diaphysis", "diaphyses": "diaphysis", "diaphyseal": "diaphysis", "shaft": "diaphysis",
               "cortex": "cortex", "cortical": "cortex", "medulla": "medulla", "medullary": "medulla"}
_PART_GROUP = {"epiphysis": "#bone segment", "metaphysis": "#bone segment", "diaphysis": "#bone segment",
               "cortex": "#layer", "medulla": "#layer"}
_PART = lazy_compile(r"\b(" + "|".join(sorted(_PART_WORDS, key=len, reverse=True)) + r")\b")
# ... a part a thing lies in ("in the anterior cortex", "within the medullary cavity"), not one it acts on ("scalloping
# the inner cortex", "cortical thickening")
_PART_PLACED = lazy_compile(r"\b(?:in|within|into|at|through|throughout|inside)\s+(?:the\s+|its\s+|a\s+)?(?:[a-z]+\s+){0,2}"
                            r"(?:of\s+the\s+(?:[a-z]+\s+){0,2})?$")
# the lung's lobes and zones are places of the findings in them (``lexicon`` location attributes, judged with each
# finding and by ``aligned``'s location kind); a chain names several of them beside one another ("the collapsed upper
# lobe and the hyperexpanded lower lobe"), so a lobe or zone alone is no place of an unnamed thing here
_LUNG_NOUNS = frozenset({"lobe", "zone"})  # (``_noun``'s stems of them)


def _noun(word: str) -> str:
    """A place's noun as the aligned words' stem (``aligned_words._stem``) of its singular: "fragments" and "fragment",
    "displaced" and "displacement" one noun each ("displac": "displaced laterally" is a place of the displacement)."""
    return _stem(word[:-2] if word.endswith("es") and len(word) > 5 else word[:-1] if word.endswith("s") and len(word) > 3
                 else word)


def _has_digit(low: str) -> bool:
    """``any(c.isdigit() for c in low)``, in C for an ASCII text (ten substring tests, not a generator step per
    character: that generator was ~1.5% of the verifier on ``bench_verify.py`` chains, issue #12). Exact: the only
    ASCII characters ``str.isdigit`` holds of are the ten digits; another text is read as before."""
    if low.isascii():
        return any(map(low.__contains__, "0123456789"))
    return any(c.isdigit() for c in low)


@lru_cache(maxsize=16384)
def places(low: str) -> tuple[tuple[str, str, int], ...]:
    """The (modifier, noun, start) places of a lower-case text, "middle" read as "mid", a noun's plural ending off."""
    out = [(_SAME.get(m.group(1), m.group(1)), _noun(m.group(2)), m.start()) for m in _PLACE.finditer(low)
           if m.group(2) not in _NO_NOUN]
    for m in _PART.finditer(low) if "phys" in low or "shaft" in low or "cortic" in low or "cortex" in low \
            or "medull" in low else ():
        if _PART_PLACED.search(low, max(0, m.start() - 40), m.start()) is not None:
            part = _PART_WORDS[m.group(1)]
            out.append((part, _PART_GROUP[part], m.start()))
    for m in _LEVEL_PAIR.finditer(low) if _has_digit(low) else ():
        if (level := _level(m)) is not None:
            out.append((level, LEVEL, m.start()))
    for m in _RELATION.finditer(low) if " to " in low else ():
        for word in m.group(2).split()[:6]:
            if word in _LANDMARK_END:
                break
            if word not in _NOT_LANDMARK and len(word) > 2:
                out.append((_SAME.get(m.group(1), m.group(1)), _noun(word), m.start()))
    for m in _PAIRED.finditer(low):
        if m.group("noun") not in _NO_NOUN:
            noun = _noun(m.group("noun"))
            out += [(_PREFIXES[m.group("pre")], noun, m.start())] if m.group("pre") else []
            out.append((_SAME.get(m.group("mod"), m.group("mod")), noun, m.start()))
    for m in _ADVERB.finditer(low) if "ly" in low else ():
        if m.group(1) in _NOT_THING:
            continue  # (no movement: "noted laterally", "seen inferiorly")
        noun = _noun(m.group(1))
        out += [(_PREFIXES[m.group(2)], noun, m.start(3))] if m.group(2) else []
        out.append((_SAME.get(m.group(3), m.group(3)), noun, m.start(3)))
    for m in _COMPOUND.finditer(low) if any(p in low for p in _PREFIXES) else ():
        if m.group(3) not in _NO_NOUN:
            noun = _noun(m.group(3))
            out += [(_PREFIXES[m.group(1)], noun, m.start()), (_SAME.get(m.group(2), m.group(2)), noun, m.start())]
    return tuple(x for x in out if x[1] not in _LUNG_NOUNS)


def headed_places(low: str) -> tuple[tuple[str, str], ...]:
    """The (modifier, noun) places of ``_PLACE`` in a lower-case text whose noun is the head of its noun phrase, the
    phrase's last word: the words after the modifier run to a punctuation mark, a word of ``_LANDMARK_END`` or a word
    of ``_NO_NOUN``, and the noun read is that run's last word. "the ascending thoracic aorta (47 mm)" places the aorta,
    not "thoracic" (a modifier of it, which ``places`` reads as the noun); "the lateral limb of the adrenal" the limb
    (review of session 54, lane location54: a place compared by its noun alone, ``aligned_heads.placing_noun``, met
    "descending thoracic aorta" with the faithful "ascending thoracic aorta")."""
    out = []
    for m in _PLACE.finditer(low):
        words: list[tuple[str, int]] = []
        for w in _RUN.finditer(low, m.start(2)):
            if w.start() != (words[-1][1] + 1 if words else m.start(2)) or w.group() in _LANDMARK_END \
                    or w.group() in _NO_NOUN:
                break
            words.append((w.group(), w.end()))
        if words:
            out.append((_SAME.get(m.group(1), m.group(1)), _noun(words[-1][0])))
    return tuple(x for x in out if x[1] not in _LUNG_NOUNS)


# a word of a noun phrase and what stands after it (``headed_places``: a word of letters right after one space)
_RUN = lazy_compile(r"[a-z]+")


def opposed(a: str, b: str) -> bool:
    """Whether two place modifiers are two places of one axis, or two disc levels."""
    return a != b and (any(a in axis and b in axis for axis in AXES) or _IS_LEVEL.fullmatch(a) is not None
                       and _IS_LEVEL.fullmatch(b) is not None or a in _PART_GROUP and _PART_GROUP.get(b) == _PART_GROUP[a])


def place_conflicts(claimed: frozenset[tuple[str, str]], aligned: frozenset[tuple[str, str]],
                    report: frozenset[tuple[str, str]]) -> list[tuple[str, str]]:
    """The clause's places (``claimed``) the aligned sentence's places contradict (see the module docstring): each as
    (the clause's modifier, the sentence's modifier) of one noun."""
    out = []
    # (a clause naming both places of an axis, of whatever nouns, compares neither: "the ventral pancreatic duct ...
    # and the dorsal duct" names a pair of anatomical names, not a place of one thing; review errdetect36)
    mods = {m for m, _n in claimed}
    # (in sorted order: a set's own order follows the string hash, which changes from one process to the next, and
    # would reorder the conflicts and pick another of two opposed places as the evidence; session 52)
    for mod, noun in sorted(claimed):
        if (mod, noun) in report:
            continue
        for other, noun2 in sorted(aligned):
            if noun2 == noun and opposed(mod, other) and other not in mods:
                out.append((mod, other))
                break
    return out


def place_errors(s: StepVerdict, a: int, claimed: frozenset[tuple[str, str]], aligned: tuple[Any, str], report: str,
                 named: frozenset[tuple[str, str]], unit: int) -> list[FindingVerdict]:
    """The clause at ``a`` of step ``s`` (its places ``claimed``) against its aligned report sentence (``aligned``: the
    sentence's reading, with ``start`` and ``places``, and its text), ``named``: every place the report names."""
    other, text = aligned
    out = []
    low, their = lower_text(s.text), lower_text(text)
    for mine, theirs in place_conflicts(claimed, other.places, named):
        (at, n), (to, m) = _written(low, mine, a), _written(their, theirs, 0)
        if at < 0 or to < 0:
            continue
        out.append(unnamed_conflict(s, (s.text[at:at + n], at, at + n), (
            text[to:to + m], other.start + to, other.start + to + m), report, "aligned-place-conflict", unit))
    return out


def _written(low: str, mod: str, start: int) -> tuple[int, int]:
    """Where ``low`` first writes the place modifier ``mod`` (or a word read as it, ``_SAME``) from ``start``, and its
    length; (-1, 0) when it does not."""
    if _IS_LEVEL.fullmatch(mod) is not None:
        return next(((m.start(), m.end() - m.start()) for m in _LEVEL_PAIR.finditer(low, start) if _level(m) == mod),
                    (-1, 0))
    if mod in _PART_GROUP:
        return next(((m.start(), m.end() - m.start()) for m in _PART.finditer(low, start)
                     if _PART_WORDS[m.group(1)] == mod), (-1, 0))
    words = (mod, *(k for k, v in _SAME.items() if v == mod), *(k for k, v in _PREFIXES.items() if v == mod))
    found = [(at, len(w)) for w in words if (at := low.find(w, start)) >= 0]
    return min(found) if found else (-1, 0)


def unnamed_conflict(s: StepVerdict, claim: tuple[str, int, int], evidence: tuple[str, int, int], report: str,
                     rule: str, unit: int, polarities: tuple[Polarity, Polarity] = (Polarity.PRESENT, Polarity.PRESENT)
                     ) -> FindingVerdict:
    """A claim of step ``s`` that no concept names (its text, start, end) contradicted by a report span (text, start,
    end) under ``rule``: the verdict every aligned check of an unnamed thing returns. ``polarities`` are the claim's
    and the evidence's (a chain stating what the report denies: present, absent)."""
    f = Finding(UNNAMED, "unnamed finding", "finding", polarities[0], claim[0], claim[1], claim[2], source="aligned",
                unit=unit, role=s.role)
    ev = Finding(UNNAMED, "unnamed finding", "finding", polarities[1], evidence[0], evidence[1], evidence[2],
                 source="aligned")
    return FindingVerdict(f, Verdict.CONTRADICTED, False, rule, (SourcedFinding(ev, "report", report),))


__all__ = ["AXES", "UNNAMED", "opposed", "place_conflicts", "place_errors", "places", "unnamed_conflict"]
