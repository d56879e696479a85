"""An open answer that holds its gold and nothing else that says something: the last step of the open-answer grader
(``score/open_grade.py``).

"The image shows a pneumothorax.", "Findings: pneumoperitoneum", "The spleen is enlarged" (to "Which organ is
enlarged?") and "3 ribs" (to "How many ribs are fractured?") answer their golds "pneumothorax", "pneumoperitoneum",
"spleen" and "3": the gold's words stand in the answer, in order, and every other word only frames it (:data:`FRAME`:
"the image shows", "is seen", "consistent with", "the answer is") or repeats the question ("spleen ... enlarged").

What a word outside the gold may not do, whatever the question says:

* name another number, or a side or place the question does not name ("left" beside "lower lobe", "4 cm" beside
  "pneumothorax", :data:`PLACE`): the answer then says more than the gold, and may say it wrong;
* join a second answer or weigh one ("pneumonia and effusion", "X or Y", "X versus Y");
* deny or doubt ("not", "no", "non-", "possible", "probably"), unless the question itself holds that word ("What is
  the most likely diagnosis?" answered "most likely melanoma");
* qualify the gold with a word of its own, in the first reading (:func:`contained` without ``narrow``). The second
  reading (``narrow``, the grader's ``narrower`` rung, counted apart) also takes the known words of the gold's own
  noun phrase that narrow it ("tension pneumothorax", "acute appendicitis", "fracture of the femoral neck": an
  instance of the gold, which the answer names); which words those are is ``score/open_narrow.py``'s.

A measurement word ("about", "approximately") may stand right before the gold's number: it gives the digits'
precision, not a doubt that the finding is there.
"""

from __future__ import annotations

from typing import Callable, Protocol, Sequence

from medstep.answers import hedges, negation
from medstep.answers.concept_names import abbreviates
from medstep.answers.concepts import LATERALITIES
from medstep.answers.wordforms import spelling
from medstep.score.open_forms import BREAK

# Nouns naming the kind of value ("right side", "left-sided", "lateral view", "thyroid gland", "UIP pattern"): a frame,
# and part of the noun phrase they stand in ("large right-sided pneumothorax").
KIND_NOUNS = frozenset({"side", "sided", "view", "plane", "projection", "sequence", "presentation", "gland", "pattern"})
# Nouns naming only that a place is one, closing a place named by its own words ("right subphrenic region", "the right
# subphrenic space", "perihepatic area"): to a question asking where, the kind of value.
PLACE_NOUNS = frozenset({"region", "area", "space"})
# Words that frame an answer without saying anything of their own: articles, the copula, "there is", "contains", "the image
# shows", "is seen", "consistent with", "the answer / diagnosis / finding is", "the patient has", "I think", "it appears
# to be", "the structure indicated by the arrow", the noun naming the kind of value ("view", "plane"), and the links
# "of", "with", "in", "on", "at", "by", "to" (what they link to must pass too).
FRAME = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "there", "this", "that", "these", "those",
    "it", "its", "here", "image", "images", "picture", "photo", "photograph", "scan", "study", "exam", "examination",
    "show", "shows", "showing", "demonstrate", "demonstrates", "demonstrating", "reveal", "reveals", "revealing",
    "depict", "depicts", "depicting", "display", "displays", "displaying", "see", "i", "we", "can", "has", "have",
    "patient", "case", "lesion", "abnormality", "answer", "final", "diagnosis", "impression", "finding", "findings",
    "conclusion", "result", "contains", "contain",
    "appearance", "appearances", "consistent", "keeping", "of", "with", "in", "on", "at",
    "my", "correct", "think", "believe", "say", "appears", "appear", "to", "based", "looking", "clearly", "obtained",
    "acquired", "taken", "using", "arrow", "arrows", "arrowhead", "arrowheads", "indicated", "marked", "circled",
    "pointed", "by",
    *KIND_NOUNS,
    *(w for w in negation.SEEN + negation.SEEN_RARE if " " not in w),
})
# Words naming a side or a place along an axis: an answer of their own, unless the question names the same one ("What
# is the abnormality in the left lung?" "Pneumonia in the left lung.").
PLACE = frozenset({
    *LATERALITIES, "both", "unilateral", "upper", "lower", "middle", "mid", "anterior", "posterior", "medial",
    "lateral", "superior", "inferior", "proximal", "distal", "central", "peripheral", "above", "below", "ventral",
    "dorsal",
})
# Words that join, weigh or deny: never a frame nor a repeat, whatever the question says.
CONTRAST = frozenset({
    "and", "or", "nor", "versus", "vs", "plus", "but", "either", "neither", "than", "instead", "rather",
    *negation.heads(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NON, negation.ABSENT,
                    negation.ABSENCE, negation.NEGATIVE, negation.BEFORE, negation.EXCLUDED, negation.NIL),
})
# Words that frame only beside the word they lean on: the contractions "it's" and "I'd" ("it s", "i d"), "looks like",
# "most consistent with", "the main / key finding".
_LEANING = {"s": (frozenset({"it", "that", "there", "here", "what"}), frozenset()),
            "d": (frozenset({"i", "we"}), frozenset()),
            "like": (frozenset({"looks", "look"}), frozenset()),
            "looks": (frozenset(), frozenset({"like"})),
            "look": (frozenset(), frozenset({"like"})),
            "most": (frozenset(), frozenset({"consistent"})),
            **{w: (frozenset(), frozenset({"finding", "findings", "abnormality", "diagnosis", "impression"}))
               for w in ("main", "key", "primary", "principal", "major", "striking")}}
# Words that doubt or weigh: never a frame, allowed only when the question holds them too ("most likely").
DOUBT = frozenset(w for group in (hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.SUSPICION, hedges.ALTERNATIVE,
                                  hedges.DOUBT, hedges.WEIGHING) for w in group if " " not in w)
# The words giving a measurement's precision, allowed right before the gold's number (Chinese 约, "约3.2厘米").
APPROXIMATE = frozenset({"about", "approximately", "approximate", "approx", "around", "roughly", "circa", "ca", "约"})
# The words naming what a measurement measures ("11 cm in length", "8 mm in its largest dimension"), allowed beside
# a gold that holds a number.
MEASURE = frozenset({"measures", "measure", "measuring", "measured", "length", "long", "size", "diameter", "dimension",
                     "largest", "maximal", "maximum", "greatest", "axis", "its", "total", "overall", "estimated",
                     "calculated", "angle"})
# A question naming candidates ("left or right?", "pneumonia versus atelectasis?"): the answer's repeats of its words
# may be the other candidate, so none passes as a repeat.
OFFERING = frozenset({"or", "versus", "vs", "either", "whether"})


def _echo(word: str, question: Sequence[str], same: Callable[[str, str], bool]) -> bool:
    """Whether ``word`` repeats a word of the question and says nothing the question does not (see module
    docstring)."""
    if word in CONTRAST or word.startswith("#") or word.isdigit() or OFFERING & set(question):
        return False
    if word in PLACE:
        return word in question
    if word.startswith("hemi") and any(same(word[len("hemi"):], q) for q in question):
        return True  # "right hemidiaphragm" to "Which side of the diaphragm ...?"
    return any(same(word, q) for q in question) or _initials_of_run(word, question) or _abbreviates_run(word, question)


def _initials_of_run(word: str, question: Sequence[str]) -> bool:
    """Whether ``word`` spells the initials of a run of the question's words ("EF" to "What is the ejection
    fraction?", "AFI" to "... amniotic fluid index?"): the question repeated in short."""
    k = len(word)
    if not word.isalpha() or not 2 <= k <= 6:
        return False
    return any("".join(w[:1] for w in question[i:i + k]) == word for i in range(len(question) - k + 1))


def _abbreviates_run(word: str, question: Sequence[str]) -> bool:
    """Whether ``word`` is an abbreviation the concept vocabulary gives for a run of two to four of the question's
    words ("ETT" to "Where is the tip of the endotracheal tube?": :func:`medstep.answers.concept_names.abbreviates`)."""
    if not word.isalpha() or not 2 <= len(word) <= 6:
        return False
    return any(abbreviates(word, " ".join(question[i:i + k])) for k in range(2, 5)
               for i in range(len(question) - k + 1) if question[i][:1] == word[:1])


class Narrowing(Protocol):
    """The words of an answer that narrow its gold within its noun phrase (``score/open_narrow.py``)."""

    def __call__(self, answer: Sequence[str], lo: int, hi: int, question: Sequence[str]) -> frozenset[int] | None:
        """The places of the words of ``answer`` that narrow its gold at ``lo:hi`` given the question, or ``None``
        when one of them keeps the answer from naming the gold."""

    def reach(self, answer: Sequence[str]) -> Callable[[int, int], tuple[tuple[int, int], ...]]:
        """For the gold at ``lo:hi``, spans ``first:last`` outside which no word is kept, whatever the question: a
        word saying something outside them fails the gold there without reading its noun phrase. Read once per
        answer, so a long answer holding its gold many times is read in linear time."""


def contained(answer: Sequence[str], gold: Sequence[str], question: Sequence[str],
              same: Callable[[str, str], bool], similar: Callable[[str, str], bool],
              narrow: Narrowing | None = None) -> bool:
    """Whether the words ``gold`` stand in ``answer`` in order and every other word of ``answer`` is a frame, a
    repeat of ``question`` or a measurement word before the gold's number (module docstring); with ``narrow``, also
    a word of the gold's own noun phrase that narrows it (``score/open_narrow.narrowing``). ``same`` compares an
    answer word with a gold word (forms and quantities, ``score/open_forms.py``), ``similar`` with a question
    word. Each word is judged once (:class:`_Frames`), not once per place the gold stands: a long hostile answer
    repeating its gold is graded in linear time."""
    n = len(gold)
    if not n or len(answer) <= n or (narrow is not None and any(w.startswith("#") for w in gold)):
        return False  # a number is narrowed by nothing: "at least two" is no "2" (an ordinal naming a thing is no
        # number: "base of the fifth metatarsal" narrows "fifth metatarsal")
    frames = _Frames(answer, question, similar, any(w.startswith("#") for w in gold))
    reach = narrow.reach(answer) if narrow is not None else None
    for start in range(len(answer) - n + 1):
        if not all(same(a, g) for a, g in zip(answer[start:start + n], gold)):
            continue
        lo, hi = _initials(answer, start, start + n)
        if reach is not None and frames.says_outside((lo, hi), (start - 1, start), *reach(lo, hi)):
            continue  # a word no narrowing keeps says something: no need to read the gold's noun phrase
        kept = narrow(answer, lo, hi, question) if narrow is not None else frozenset()
        if kept is not None and frames.frame_all_but(start, lo, hi, kept):
            return True
    return False


class _Frames:
    """Which words of an answer only frame (:func:`_framing`), judged once each on first need, and counted so that
    whether every word outside a gold's place frames is answered without walking the answer again."""

    def __init__(self, answer: Sequence[str], question: Sequence[str], similar: Callable[[str, str], bool],
                 measured: bool) -> None:
        self.answer, self.question, self.similar, self.measured = answer, question, similar, measured
        self._says: list[bool] | None = None
        self._count: list[int] = []

    def _read(self) -> list[bool]:
        if self._says is None:
            a = self.answer
            self._says = [not _framing(i, w, a, self.question, self.similar, self.measured) for i, w in enumerate(a)]
            self._count = [0]
            for says in self._says:
                self._count.append(self._count[-1] + says)
        return self._says

    def says_outside(self, *spans: tuple[int, int]) -> bool:
        """Whether a word outside all of ``spans`` says something of its own."""
        self._read()
        count, inside, end = self._count, 0, 0
        for first, last in sorted(spans):  # merged, so that a word in two spans is counted once
            first, last = max(first, end, 0), min(last, len(count) - 1)
            if first < last:
                inside += count[last] - count[first]
                end = last
        return count[-1] > inside

    def frame_all_but(self, start: int, lo: int, hi: int, kept: frozenset[int]) -> bool:
        """Whether every word outside the gold at ``lo:hi`` and outside ``kept`` frames it, a measurement word right
        before the gold's number at ``start`` included (module docstring)."""
        says = self._read()
        left = self._count[-1] - (self._count[hi] - self._count[lo])
        left -= sum(1 for i in kept if not lo <= i < hi and says[i])
        p = start - 1
        if left == 1 and p >= 0 and not lo <= p < hi and p not in kept and says[p] and _approximates(p, self.answer, start):
            left -= 1
        return left == 0


def _initials(answer: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The gold's run ``start:end`` widened by the name it abbreviates or the initials it is named by, said beside
    it: "periodic acid schiff PAS" (gold "PAS"), "central retinal artery occlusion CRAO" (gold the name). A name
    and its own initials say one thing twice."""
    run = answer[start:end]
    if len(run) == 1 and run[0].isalpha() and 2 <= len(run[0]) <= 6 and start >= len(run[0]):
        words = answer[start - len(run[0]):start]
        if "".join(w[0] for w in words) == run[0]:
            return start - len(run[0]), end
    if len(run) >= 2 and end < len(answer) and answer[end] == "".join(w[0] for w in run if w[:1].isalpha()):
        return start, end + 1
    return start, end


def _framing(i: int, word: str, answer: Sequence[str], question: Sequence[str],
             same: Callable[[str, str], bool], measured: bool) -> bool:
    """Whether the word at ``i`` only frames the gold, wherever the gold stands (a measurement word before its
    number is :func:`_approximates`)."""
    if word == BREAK:
        return True
    if word in DOUBT:
        return word in question
    if word in FRAME or spelling(word) in FRAME:
        return True
    if word in _LEANING:
        before, after = _LEANING[word]
        if (i > 0 and answer[i - 1] in before) or (i + 1 < len(answer) and answer[i + 1] in after):
            return True
    if measured and word in MEASURE:
        return True
    return _echo(word, question, same)


def _approximates(i: int, answer: Sequence[str], start: int) -> bool:
    """Whether the word at ``i`` gives the precision of the gold's number at ``start`` ("about 3 cm"): no doubt."""
    word = answer[i]
    return word in APPROXIMATE and word not in DOUBT and i == start - 1 and answer[start].startswith("#")


__all__ = ["APPROXIMATE", "CONTRAST", "DOUBT", "FRAME", "KIND_NOUNS", "MEASURE", "OFFERING", "PLACE", "Narrowing",
           "contained"]
