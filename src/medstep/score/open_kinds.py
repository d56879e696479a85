"""The open grader's reading of a modality or an imaging plane asked, by the extractor's own vocabularies (issue #7,
lane openqual48): "a T2-weighted sequence of the lumbar spine" answers "What imaging modality?" with MRI, "a transverse
slice" answers "In which plane?" with axial, "Es handelt sich um eine transversale Schicht" answers a German plane
question with axial, "TC senza mezzo di contrasto" an Italian modality question with CT.

Why: the ``typed`` rung (``score/open_typed.py``) reads its own asking words ("modality", "type of imaging") and
English values only, and a modality's narrower name ("T2", "FLAIR", "CT angiogram") is no value naming the gold
"MRI" or "CT" there, nor is a plane a type of it; the extractor's frame-free reader (``extract/open_kind.py``) already
reads the asked kind from the question in every language of the vocabularies ("Quelle est la modalité ...?", "In
welcher Ebene ...?") and the values of the kind from the shared tables (the modality concepts of ``concepts.tsv``,
``concepts.IMAGING_PLANES``, ``foreign_words.tsv``). Grading with the same reading keeps one home for what a value of
a kind is. Organs and regions are left to the ``typed`` rung and ``score/open_foreign_site.py``, whose near misses
(another organ named by its enlargement, a supposed or normal organ in another language) this reading does not make.

The answer matches when the question asks a modality or a plane, the gold is wholly one value of it (beside articles
and nouns naming the kind: "axial plane"), and the answer affirms exactly one value of the kind, the gold's. What
keeps a wrong answer wrong is the extractor's reading of affirmation: another value ("sagittal" for "axial"), two
values ("axial or coronal"), a value denied, held open or set against another ("not an MRI", "could also be a CT");
a list of three names ("STIR, T2, DWI and MRI"), a name's initials ("malignant rhabdoid tumour (MRT)"); and, as the
other rungs read them, a doubt, query, correction or past anywhere (``score/open_typed_reads.blocked``, a doubt word
of ``open_contain.DOUBT`` where the question holds none: "MRI, most likely"; another language's "maybe": "Peut-être
CT"). A modality gold must be its concept's own name ("MRI", "CT"): every narrower name filed under it names it, but a
gold filed under a broader concept ("FLAIR", "CTA") has siblings that are not it ("T1" is no FLAIR), and the broader
name ("MRI") is no answer to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from medstep.answers import hedges
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.open_kind import AskedKind, affirmed_value, asked_kind, named_spans
from medstep.lazyre import lazy_compile
from medstep.score import open_typed_reads as reads
from medstep.score.open_contain import DOUBT, KIND_NOUNS

# Words a gold may carry beside its one value and still be that value alone: articles and nouns naming the kind.
_FILLER = frozenset({"the", "a", "an", "organ", "image", "imaging", "scan", "section", "slice", *KIND_NOUNS})
_WORD = lazy_compile(r"[^\W\d_]+|\d+")
# The kinds read here: a modality and a plane, whose values are few and named by closed vocabularies. Organs and
# regions are the ``typed`` rung's and ``open_foreign_site``'s (their near misses: another organ named by its
# enlargement, a supposed or normal organ in another language, are read there).
_KINDS = frozenset({AskedKind.MODALITY, AskedKind.PLANE})
# Values named three times or more: a list ("STIR, T2, DWI and MRI"), never one answer.
_LISTED = 3
# Names the vocabulary files under a modality for a report's sake that say what was done, found or sampled, not how the
# image was made (review of openqual48): "biopsy-proven carcinoma" or "a biopsy under CT guidance" is no histopathology
# image, a smear or a cytology preparation no histopathology section, a clinical photograph no dermoscopy, a
# hypermetabolic focus or FDG uptake a finding, not the PET asked for. Never read as the answer's modality here.
_IMPLIED = frozenset({"biopsy", "tissue biopsy", "cytology", "smear", "clinical photograph", "hypermetabolic",
                      "fdg avid", "fdg uptake"})
# The possibility words of the other languages ("vielleicht", "peut-être", "forse", "potrebbe").
_FOREIGN_DOUBT = lazy_compile(r"\b(?:" + "|".join(re.escape(normalize(w)) for lang in hedges.EUROPEAN.values()
                                                  for w in (*lang.maybe, *lang.could)) + r")\b")


def kind_match(answer: str, gold: str, question: str, ladder: Callable[[str, str, str], object],
               same_steps: Collection[object]) -> bool:
    """Whether ``answer`` affirms exactly one value of the kind ``question`` asks and it is ``gold``'s, the gold being
    wholly that value (module docstring). Two texts are one answer when the grader's ``ladder`` matches them at one of
    its ``same_steps`` (a modality gold and its concept's id or name in their words or forms: "MRI" and "mri", "X-ray"
    and "xray"; no synonym rung, ``open_grade._OWN_NAME``); passed in,
    as the ladder imports this module."""
    def same(a: str, b: str) -> bool:
        return ladder(a, b, question) in same_steps

    kind = asked_kind(question)
    if kind not in _KINDS or not answer.strip():
        return False
    low, asked = normalize(answer), normalize(question)
    if (set(_WORD.findall(low)) & DOUBT) - set(_WORD.findall(asked)) or reads.blocked(low, kind.value) \
            or _FOREIGN_DOUBT.search(low) is not None:
        return False  # "MRI, most likely", "probably CT", "Peut-être CT", "C5? no", "old": as the other rungs read
    spans = named_spans(low, kind)
    if len(spans) >= _LISTED or any(_initials(low, start, end) for _, start, end in spans):
        return False  # a list ("STIR, T2, DWI and MRI"), a name's initials ("malignant rhabdoid tumour (MRT)")
    key = _whole_value(normalize(gold), kind)
    if key is None or (kind is AskedKind.MODALITY and not _own_name(gold, key, same)):
        return False
    said = affirmed_value(low, kind)
    if said is None or said[0] != key:
        return False
    if kind is AskedKind.MODALITY and low[said[1]:said[2]] in _IMPLIED:
        return False  # a procedure, finding or specimen word: "biopsy-proven carcinoma", "clinical photograph"
    words = reads.asked_words(asked)  # the asked property denied or called normal: "Spleen - not enlarged."
    return not (reads.denied(low, said[1], said[2], words, len(low))
                or reads.said_normal(low, said[1], said[2], words, len(low)))


def _whole_value(gold: str, kind: AskedKind) -> str | None:
    """The key of the one value of ``kind`` the (normalised) ``gold`` wholly names, or ``None``."""
    spans = named_spans(gold, kind)
    if len({key for key, _, _ in spans}) != 1:
        return None
    rest = "".join(" " if any(s <= i < e for _, s, e in spans) else c for i, c in enumerate(gold))
    if any(w not in _FILLER for w in _WORD.findall(rest)):
        return None
    return spans[0][0]


def _initials(low: str, start: int, end: int) -> bool:
    """Whether the value at ``low[start:end]`` is the initials of the words right before it ("malignant rhabdoid
    tumour mrt"): a name written twice, not the value ("MRT" is also German for MRI)."""
    short = low[start:end]
    if not short.isalpha() or len(short) > 5:
        return False
    before = _WORD.findall(low, 0, start)[-len(short):]
    return len(before) == len(short) and "".join(w[0] for w in before) == short


def _own_name(gold: str, key: str, same: Callable[[str, str], bool]) -> bool:
    """Whether a modality ``gold`` is its concept's own name (its id or its name: "MRI", "CT", "ultrasound"), in its
    words or their forms; ``same`` takes no synonym of the concept ("CTA", "MRA", "T2-weighted MRI" are narrower names
    filed under it, whose siblings are not them)."""
    concept = vocabulary().concepts.get(key)
    return concept is not None and (same(gold, key) or same(gold, concept.name))


__all__ = ["kind_match"]
