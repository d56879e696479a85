"""A sentence that weighs an option rather than stating it of this case (issue #7, lane choice59).

A choice reply cut at a token limit while it walked the options keeps, before the cut, sentences that name options
only to weigh them: a class described in general ("A bulla is a thin-walled air space that is concave toward the chest
wall.") or what an option would, usually, or if so, show ("an oval circumscribed mass would usually be BI-RADS 3,
whereas an indistinct margin would push it into category 4"). Read alone, such a sentence names its option by its
words, but it commits to nothing: the verdict was to come after it, and the cut took it. ``extract/choice_reader.py``
asks, of a reply read by words and cut mid-clause, whether a finished sentence before the cut stated the option; a
weighed sentence is no such statement.

A sentence stating the option of this case stands even with a modal: "This would be most consistent with a bulla."
(``would be`` alone is how a reply commits softly); only a supposition word (``hedges.IF``), a word of habit
(``hedges.HABIT``), what a class is expected to do (``hedges.EXPECTS``: "can cause", "tends to") or "would"
before another verb ("would show", "would push") in the clause naming the option make it
weighed, and of these only a supposition ("if") where the clause points at this case ("This is classically seen in
osteoid osteoma" states it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from medstep.answers import hedges
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.options_walk import HERE, describes_class
from medstep.lazyre import lazy_compile

# A clause: up to a comma, semicolon, colon, dash or a contrast joining two suppositions ("..., whereas ...").
_CLAUSE_BREAK = lazy_compile(r"[,;:—–]|\s-\s|\b(?:whereas|while)\b")
# A sentence, or an opening clause, weighs a few options; past this many mentions it is no such sentence.
_MENTIONS_READ = 12
_SENTENCE_END = lazy_compile(r"[.!?](?=\s)")
_IF = lazy_compile(r"(?i)" + hedges.words(hedges.IF))
# Supposed, habitual or expected of the class: "if", "unless", "usually", "typically", "can cause", "tends to", ... or
# "would" before any verb but a bare "be" ("would show", "would usually be", "would push"; not "would be consistent
# with", how a reply commits softly). "would" weighs wherever it stands, a word of habit or expectation too ("Lymphoma
# usually enhances", "The fibrotic stage can cause ... traction bronchiectasis"), except after a finding's "is" / "are"
# before the option: what the finding is said to be ("A dural tail is classically seen in meningioma.", "... are
# usually caused by emphysema", "... is typically a Brodie abscess"): stated.
_HABIT_WORDS = hedges.words(hedges.HABIT, (w for w in hedges.EXPECTS if w != "would"))
_HABITUAL = lazy_compile(r"(?i)" + _HABIT_WORDS)
_HABITUAL_UNSAID = lazy_compile(r"(?i)(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )" + _HABIT_WORDS)
_WOULD = lazy_compile(r"(?i)\bwould\s+(?!be\b)[a-z]")

# A class described has its verb ("A bulla is a thin-walled air space", "Lobulated margins tend to ..."): a terse
# option named with a noun after it ("Spiculated margin.") is the reply's answer, not a class weighed.
_CLASS_VERB = lazy_compile(r"(?i)\b(?:is|are|has|have|can|may|will|would|does|do|tends?|shows?|appears?|presents?|"
                           r"causes?|occurs?|refers?|means?|represents?|indicates?|suggests?)\b")


def weighed(text: str, idx: OptionIndex) -> bool:
    """Whether ``text`` (a sentence, or a reply's opening clause running over a few) names its options only to weigh
    them: each mention stands in a sentence describing its option as a class (``options_walk.describes_class``), or in
    a clause that supposes it or says what it usually shows."""
    found = find_mentions(text, idx)
    if not found or len(found) > _MENTIONS_READ:
        return False  # no option, or a text naming options over and over: no sentence weighing one (read as before)
    stops = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    bounds = sorted({*stops, *(m.start() for m in _CLAUSE_BREAK.finditer(text))})
    for mention in found:  # (each bound found by bisection: a long opening clause holds many, linear, not squared)
        sentence = text[stops[bisect_right(stops, mention.start) - 1]:stops[bisect_left(stops, mention.end)]]
        if describes_class(sentence.strip(), idx) and _CLASS_VERB.search(sentence) is not None:
            continue
        start = bounds[bisect_right(bounds, mention.start) - 1]
        end = bounds[bisect_left(bounds, mention.end)]
        if _IF.search(text, start, end) is not None:
            continue
        if not _supposed(text, start, end, mention.start, mention.end) or HERE.search(text, start, end) is not None:
            return False  # stated, or said of this case ("This is classically seen in osteoid osteoma")
    return True


def _supposed(text: str, start: int, end: int, named: int, named_end: int) -> bool:
    """Whether the clause ``text[start:end]``, naming an option at ``named:named_end``, says what the option would,
    usually or is expected to do (``_WOULD``, ``_HABITUAL``), not what a finding of the case is (``_HABITUAL_UNSAID``:
    the word of habit before the option, after no "is" / "are")."""
    return _WOULD.search(text, start, end) is not None or _HABITUAL.search(text, named_end, end) is not None \
        or _HABITUAL_UNSAID.search(text, start, named) is not None


__all__ = ["weighed"]
