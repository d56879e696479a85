"""A sentence whose subject is a general noun for the finding named just before it: "Ground-glass opacity with septal
thickening. The changes predominate in the lower zones.", "A 3 cm lesion in the right lobe of the liver. The
abnormality has grown since the prior CT.", "Bone marrow oedema in the medial femoral condyle. The involvement is
extensive." (issue #8, verr19).

Such a sentence names no finding, so the place, grade, change or size it gives had nothing to belong to, on either
side: a chain that moved the changes from the central lung to the periphery, called an increase an improvement or a
moderate extent minimal scored as the faithful chain (retired blind 17), and a report that says so left the
finding's own mention without the attribute. The sentence is read here as if its subject were the finding the
sentence before it called present: the subject words are replaced by that finding's words and the sentence read
again, so every rule that reads a named finding's attributes (places and second places, sparing, grades, changes,
sizes) reads them the same way; the finding it yields, when it states one of those attributes, is a claim of the
sentence (the antecedent's side and attributes kept where the sentence states none). Each finding the sentence
before called present is carried (a report's "GGO with septal thickening. The changes are central."
places both). Only the sentence right after a naming sentence (or one carried so) is read: a sentence about
something else in between ends the reference.

Not "the appearance(s)" or "the findings": those are the whole film ("The appearances are unchanged from the prior
radiograph.", ``changes._WHOLE_SUBJECT``), and a pronoun subject ("It is unchanged", "They measure 3 mm") is read by
``anaphora.py`` and ``changes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from medstep.lazyre import lazy_compile
from medstep.verify.findings import NAMED, Finding, Polarity
from medstep.verify.scan import sentence_spans

# the subject: "the changes", "these changes", "the overall extent", "the abnormality", "the process", after an
# opening comparison or a sentence adverb ("Compared with the CT 6 months ago, the changes have improved.")
_AFTER_DETERMINER = (r"\s+(?:overall\s+|abnormal\s+|above\s+|described\s+)?(?:(changes|abnormalit(?:y|ies))|involvement|"
                     r"extent|process|distribution|disease|displacement|angulation)")
_NOUN_SUBJECT = r"(?:the|these|this|such)" + _AFTER_DETERMINER
_SUBJECT = lazy_compile(r"\s*(?:(?:compared (?:with|to)|in comparison (?:with|to)|relative to|since|overall|again|now)"
                        r"\b[^,.;:]{0,60},\s*)?(" + _NOUN_SUBJECT + r")\b(?!\s+(?:of|in|to)\b)", re.IGNORECASE)
# the subject's words anywhere (``_may_have_subject``): a text without them has no subject sentence, since a match of
# ``_SUBJECT`` holds them. Most chains have none ("no acute abnormality": no determiner before the noun). In lower-case
# ASCII, two patterns opening with a literal, which the engine finds fast (the case-blind one is ~10x slower)
_ANY_NOUN_SUBJECT = lazy_compile(_NOUN_SUBJECT, re.IGNORECASE)
_ANY_SUBJECT_LOWER = (lazy_compile(r"th(?:e|ese|is)" + _AFTER_DETERMINER), lazy_compile(r"such" + _AFTER_DETERMINER))
# a clause of its own after the subject's ("..., and the duct is 4 mm", "; the spleen is normal"): not read with it
# ("..., and it has increased" is the subject's)
_OTHER_CLAUSE = lazy_compile(r",\s*(?:and|but|while|whereas)\s+(?:the|a|an|there|no)\b", re.IGNORECASE)
_HINTS = ("change", "abnormalit", "involvement", "extent", "process", "distribution", "disease", "displacement",
          "angulation")
_SAID = ("severity", "change", "location", "location2", "size")  # what the sentence must state of its subject
_PLACED = ("severity", "location", "location2", "size")
_MAX_CARRIED = 3
SUBJECT = "subject"  # the source of such a claim: a chain's that the evidence does not decide claims nothing
_LIVE = (Polarity.PRESENT, Polarity.UNCERTAIN)


def _named(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.polarity in _LIVE and f.category == "finding" and f.source in NAMED]


def carry_subjects(text: str, findings: Sequence[Sequence[Finding]], offsets: Sequence[int],
                   read: Callable[[str], list[Finding]]) -> list[list[Finding]] | None:
    """``findings`` per segment of ``text`` (segment k starts at ``offsets[k]``; spans segment-relative) with each
    general-noun subject sentence's claims added (see the module docstring), or None when none is (the common case:
    nothing is copied). ``read``: the findings of a text, attributes included (the extractor's)."""
    low = text.lower()
    if not any(h in low for h in _HINTS) or not _may_have_subject(text, low):
        return None
    out: list[list[Finding]] | None = None
    before: list[Finding] = []  # the findings the sentence before called present, spans absolute
    seg = 0
    for a, b in sentence_spans(text):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        if a + lead >= b:
            continue
        while seg + 1 < len(offsets) and offsets[seg + 1] <= a + lead:  # (the step its first word is in)
            seg += 1
        off = offsets[seg]
        here = [f for f in (out or findings)[seg] if a <= f.start + off < b]
        named = _named(here)
        if named:
            before = [replace(f, start=f.start + off, end=f.end + off) for f in named]
            continue
        m = _SUBJECT.match(text, a, b)
        carried = _carry(text[a:b], m.start(1) - a, m.end(1) - a, before, read, m.group(2) is not None) \
            if m and before else []
        if carried:
            if out is None:
                out = [list(fs) for fs in findings]
            unit = max((f.unit for f in out[seg]), default=-1) + 1
            add = [replace(f, start=f.start + a - off, end=f.end + a - off, unit=unit) for f in carried]
            out[seg] = sorted(out[seg] + add, key=lambda f: (f.start, f.unit))
        before = [replace(f, start=f.start + a, end=f.end + a) for f in carried]
    return out


def _may_have_subject(text: str, low: str) -> bool:
    """Whether ``text`` (``low``: its ``str.lower()``) holds a determiner and a general noun as ``_SUBJECT`` reads
    them, anywhere. An ASCII text is searched in lower case: there, lower case reads as the case-blind match does."""
    if text.isascii():
        return any(p.search(low) is not None for p in _ANY_SUBJECT_LOWER)
    return _ANY_NOUN_SUBJECT.search(text) is not None


def _carry(sent: str, s: int, e: int, before: list[Finding], read: Callable[[str], list[Finding]],
           whole: bool) -> list[Finding]:
    """The claims of sentence ``sent`` whose subject (``sent[s:e]``) stands for the findings ``before``: each read
    with the subject replaced by its words, kept when the sentence states a place, grade, change or size of it.
    ``whole``: the subject may be the whole film ("the changes", "the abnormalities"), whose change alone
    ("Right lower lobe consolidation. Small right effusion. The changes have improved.") is every finding's
    (``changes.pronoun_changes``), not only the last sentence's: such a sentence is carried only when it states more.
    Spans are in ``sent`` (the subject's)."""
    out: list[Finding] = []
    seen: set[str] = set()
    for f in before:
        if f.concept in seen or len(seen) >= _MAX_CARRIED:
            continue
        seen.add(f.concept)
        for words in dict.fromkeys((f.text, f.name)):
            said = _reread(sent, s, e, words, f.concept, read)
            if said is None:
                continue
            if any(getattr(said, k) for k in (_PLACED if whole else _SAID)):
                out.append(Finding(f.concept, f.name, f.category, said.polarity, sent[s:e], s, e,
                                   said.laterality or f.laterality, said.location or f.location,
                                   said.severity or f.severity, said.change or f.change, said.trigger, SUBJECT,
                                   0, said.role, said.size or f.size, said.temporality, said.hedged_absence,
                                   said.size_min if said.size else f.size_min, False, f.narrow,
                                   said.location2 if said.location else f.location2))
            break
    return out


def _reread(sent: str, s: int, e: int, words: str, concept: str, read: Callable[[str], list[Finding]]
            ) -> Finding | None:
    """The finding of ``concept`` read where ``sent``'s subject is replaced by "the ``words``"; None when the
    replaced sentence does not read it there (the words alone name another concept) or reads it absent."""
    phrase = "the " + re.sub(r"\s+", " ", words.strip())
    cut = _OTHER_CLAUSE.search(sent, e)
    new = sent[:s] + phrase + sent[e:cut.start() if cut else len(sent)]
    for g in read(new):
        if s <= g.start < s + len(phrase) and g.concept == concept:
            return g if g.polarity in _LIVE else None
    return None


__all__ = ["SUBJECT", "carry_subjects"]
