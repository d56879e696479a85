"""The open grader's reading of a value of the asked kind by the extractor's own vocabularies (issue #7, lane
openqual48): "a T2-weighted sequence of the lumbar spine" answers "What imaging modality?" with MRI, "a transverse
slice" answers "In which plane?" with axial, "a histologic section of kidney" answers "What is the organ in this
micrograph?" with kidney, "Es handelt sich um eine transversale Schicht" answers a German plane question with axial.

Why: the ``typed`` rung (``score/open_typed.py``) reads its own asking words ("Which organ ...?", "modality") and
English values only, and a modality's narrower name ("T2", "FLAIR", "CT angiogram") is no value naming the gold
"MRI" or "CT" there; the extractor's frame-free reader (``extract/open_kind.py``) already reads the asked kind from
the question in every language of the vocabularies ("What is the organ ...?", "Quelle est la modalité ...?", "In
welcher Ebene ...?") and the values of the kind from the shared tables (``sites.tsv``, the modality and anatomy
concepts of ``concepts.tsv``, ``concepts.IMAGING_PLANES``, ``foreign_words.tsv``). Grading with the same reading
keeps one home for what a value of a kind is, and the grader counts what the extractor reads.

The answer matches when the question asks a kind, the gold is wholly one value of it (beside articles and nouns
naming the kind: "axial plane", "the spleen"; a gold with a side or another word, "左肾", "left adrenal", is left to
the other rungs), and the answer affirms exactly one value of the kind, the gold's. What keeps a wrong answer wrong
is the extractor's reading of affirmation: another value ("sagittal" for "axial", "gallbladder" for "liver"), two
values ("axial or coronal", "lung and heart"), a value denied, held open or set against another ("not liver", "could
also be a CT"); and, as the ``typed`` rung reads them (``score/open_typed_reads.py``), a doubt, query, correction or
past anywhere, the asked property denied or called normal of the value ("Spleen - not enlarged." to "Which organ is
enlarged?"), and a doubt word of the other rungs (``open_contain.DOUBT``: "MRI, most likely") where the question
holds none. A modality gold must be its concept's own name ("MRI", "CT"): every narrower name filed under it
names it, but a gold filed under a broader concept ("FLAIR", "CTA") has siblings that are not it ("T1" is no FLAIR),
and the broader name ("MRI") is no answer to it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.open_kind import AskedKind, affirmed_value, asked_kind, named_spans
from medstep.lazyre import lazy_compile
from medstep.score import open_typed_reads as reads
from medstep.score.open_contain import DOUBT, KIND_NOUNS

# Words a gold may carry beside its one value and still be that value alone: articles and nouns naming the kind.
_FILLER = frozenset({"the", "a", "an", "organ", "image", "imaging", "scan", "section", "slice", *KIND_NOUNS})
_WORD = lazy_compile(r"[^\W\d_]+|\d+")
# The ``typed`` rung's type of each kind, for its reading of what blocks a value (``score/open_typed_reads.blocked``).
_TYPED = {AskedKind.ORGAN: "site", AskedKind.REGION: "site", AskedKind.MODALITY: "modality", AskedKind.PLANE: "plane"}


def kind_match(answer: str, gold: str, question: str, ladder: Callable[[str, str, str], object],
               same_steps: Collection[object]) -> bool:
    """Whether ``answer`` affirms exactly one value of the kind ``question`` asks and it is ``gold``'s, the gold being
    wholly that value (module docstring). Two texts are one answer when the grader's ``ladder`` matches them at one of
    its ``same_steps`` (a modality gold and its concept's name: "MRI" and "magnetic resonance imaging"); passed in,
    as the ladder imports this module."""
    def same(a: str, b: str) -> bool:
        return ladder(a, b, question) in same_steps

    kind = asked_kind(question)
    if kind is None or not answer.strip():
        return False
    low, asked = normalize(answer), normalize(question)
    if (set(_WORD.findall(low)) & DOUBT) - set(_WORD.findall(asked)) or reads.blocked(low, _TYPED[kind]):
        return False  # "MRI, most likely", "probably CT", "C5? no", "old", "opposite the left": as the other rungs read
    key = _whole_value(normalize(gold), kind)
    if key is None or (kind is AskedKind.MODALITY and not _own_name(gold, key, same)):
        return False
    said = affirmed_value(low, kind)
    if said is None or said[0] != key:
        return False
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


def _own_name(gold: str, key: str, same: Callable[[str, str], bool]) -> bool:
    """Whether a modality ``gold`` is its concept's own name (its id or its name: "MRI", "CT", "ultrasound")."""
    concept = vocabulary().concepts.get(key)
    return concept is not None and (same(gold, key) or same(gold, concept.name))


__all__ = ["kind_match"]
