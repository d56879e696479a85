"""An answer that speaks of another part of the asked structure, or of a neighbour of the asked thing: no answer.

"The ascending aorta is dilated." to "Is the descending aorta dilated?", "The distal ureter is dilated." to "Is the
proximal ureter dilated?": the concept readers map every part of the aorta to the aorta, so the part asked is lost.
"The adjacent node contains no calcification." to "Is there calcification in the lesion?", "The adjacent nodule is
solid." to "Is the nodule solid?": a neighbour, not the asked lesion. The statement readers decline such an answer
(``extract/stated.py``), and an opening "Yes," / "No," whose clause speaks only of it is ambiguous
(``extract/leads.py``). An answer that also names the asked part ("The descending aorta is normal; the ascending
aorta is dilated.") or the asked thing outside a neighbour's phrase ("The nodule is solid; an adjacent one is not.")
is read as before. English words only; the sides (left / right) are ``extract/sides.py``'s.
"""

from __future__ import annotations

from medstep.extract import implicit_terms
from medstep.lazyre import lazy_compile

# Parts of one structure, by the axis they divide it along: a question naming one is not answered by another of
# the same axis ("mid" and "middle" divide two axes). Positional words before "to" ("distal to the UPJ") place
# something beside the structure and name no part of it.
PART_AXES = (
    frozenset({"ascending", "descending", "arch", "root", "transverse", "sigmoid"}),
    frozenset({"proximal", "distal", "mid", "middle"}),
    frozenset({"upper", "lower", "mid", "middle"}),
    frozenset({"anterior", "posterior"}),
    frozenset({"medial", "lateral"}),
    frozenset({"superior", "inferior"}),
    frozenset({"internal", "external", "common"}),
)
# Another thing of the asked kind beside the asked one: "the adjacent node", "another nodule", "the contralateral
# lesion" ("adjacent to the liver" places the asked thing, and is read by the implicit readers' BESIDE).
NEIGHBOUR = frozenset({"adjacent", "neighbouring", "neighboring", "nearby", "contralateral", "surrounding"})
# ... and words that make one only before the asked thing's own noun: "the other lesion", "a second nodule" ("no
# other abnormality" speaks of the rest of the image).
ANOTHER = frozenset({"other", "another", "second", "separate"})
_PLACE = lazy_compile(r"(?i)\b(?:in|of|within|inside|involving)\s+(?:the|a|an|this|that)?\s*(.+)$")
_STOP = frozenset({"the", "a", "an", "this", "that", "any", "there", "is", "are", "of", "in"})


def _parts(tokens: list[str]) -> set[str]:
    """The part words of ``tokens`` that modify what follows them (not "distal to")."""
    axes = frozenset().union(*PART_AXES)
    return {t for i, t in enumerate(tokens) if t in axes and tokens[i + 1:i + 2] not in (["to"], [])}


def _other_part(tokens: list[str], asked: set[str]) -> bool:
    """Whether ``tokens`` name a part of an asked part's axis and none of the asked parts."""
    axes = [axis for axis in PART_AXES if axis & asked]
    said = _parts(tokens)
    return bool(said - asked) and any(said & axis for axis in axes) and not said & asked


def _subject(question: str) -> set[str]:
    """The words of the thing a property or a place of the question is asked of: "lesion" of "Is the lesion
    calcified?" and of "Is there calcification in the lesion?"; empty for a plain presence question."""
    term = implicit_terms.question_term(question)
    if term is None:
        return set()
    phrase = term.phrase
    if term.prop is None:
        place = _PLACE.search(phrase)
        if place is None:
            return set()
        phrase = place.group(1)
    return {implicit_terms.stem(t) for t in implicit_terms.tokens(phrase) if t not in _STOP}


def _named_apart(tokens: list[str], subject: set[str]) -> bool:
    """Whether a subject word stands outside every neighbour's phrase (the neighbour word and up to three words
    after it)."""
    inside = {j for i in _neighbours(tokens, subject) for j in range(i + 1, min(i + 4, len(tokens)))}
    return any(implicit_terms.stem(t) in subject for j, t in enumerate(tokens) if j not in inside)


def _names(tokens: list[str], subject: set[str]) -> bool:
    """Whether ``tokens`` hold a word of the asked subject ("with adjacent solid nodule" names a second nodule)."""
    return any(implicit_terms.stem(t) in subject for t in tokens)


def _neighbours(tokens: list[str], subject: set[str]) -> list[int]:
    """Where a neighbour's phrase opens: a word of :data:`NEIGHBOUR` (not "adjacent to", nor after "with": "a mass
    with surrounding edema" gives the stated thing's own surroundings, no second thing of the asked kind, unless the
    phrase names the asked thing: "with adjacent solid nodule"), or of
    :data:`ANOTHER` right before a subject word and not denied ("no other nodules" says there is none)."""
    return [i for i, t in enumerate(tokens) if t in NEIGHBOUR and tokens[i + 1:i + 2] != ["to"]
            and not (tokens[i - 1:i] == ["with"] and not _names(tokens[i + 1:i + 4], subject))
            or t in ANOTHER and tokens[i + 1:i + 2] and implicit_terms.stem(tokens[i + 1]) in subject
            and tokens[i - 1:i] not in (["no"], ["without"], ["any"], ["nor"])]  # "no other nodules": none more


def elsewhere(text: str, question: str) -> bool:
    """Whether ``text`` speaks of another part of the asked structure or of a neighbour of the asked thing, and never
    of the asked one (see module docstring)."""
    q_tokens = implicit_terms.tokens(question)
    tokens = implicit_terms.tokens(text)
    asked_parts = _parts(q_tokens)
    if asked_parts and _other_part(tokens, asked_parts):
        return True  # "The ascending aorta is dilated." to "Is the descending aorta dilated?"
    subject = _subject(question)
    if not subject or not (NEIGHBOUR | ANOTHER).isdisjoint(q_tokens) or not _neighbours(tokens, subject):
        return False
    return not _named_apart(tokens, subject)


# Where a lead places its finding ("Yes, there is a fracture of the distal radius."), and the subject a sentence
# opens on, to its first verb of being or seeming ("The carpal bones are intact.").
_LEAD_PLACE = lazy_compile(r"(?i)\b(?:of|in|through|at|involving|within|across)\s+(.+)$")
_FIRST_VERB = lazy_compile(r"(?i)\b(?:is|are|was|were|isn['’]t|aren['’]t|appears?|looks?|seems?|remains?|shows?)\b")


def placed_elsewhere(lead: str, later: str, question: str, whole: tuple[str, ...] = ()) -> bool:
    """Whether ``lead`` places the finding at a named part ("a fracture of the distal radius", not "in this image")
    and ``later`` opens on a subject naming neither that place nor the question's words ("The carpal bones are
    intact."): a state of another part, which leaves the lead's own place alone. A subject of only ``whole``'s words
    (the asked subject's stems, ``antonym_question.subject_stems``: "The bone is intact." to a fracture question) is
    the asked thing as a whole, no other part."""
    from medstep.extract.open_knowledge import POINTS_HERE  # (imported on use: it reads modules that read this one)

    place = _LEAD_PLACE.search(lead)
    verb = _FIRST_VERB.search(later)
    if place is None or verb is None or POINTS_HERE.search(place.group(1)) is not None:
        return False
    said = {implicit_terms.stem(t) for t in implicit_terms.tokens(place.group(1)) + implicit_terms.tokens(question)
            if t not in _STOP}
    subject = [implicit_terms.stem(t) for t in implicit_terms.tokens(later[:verb.start()]) if t not in _STOP]
    from medstep.extract.antonym_question import subject_stems

    return bool(subject) and said.isdisjoint(subject) and not set(subject_stems(later[:verb.start()])) <= set(whole)


__all__ = ["ANOTHER", "NEIGHBOUR", "PART_AXES", "elsewhere", "placed_elsewhere"]
