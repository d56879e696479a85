"""Advice on the next step in a reply ("Biopsy is recommended.", "Immunohistochemistry would confirm.", "Consider
an MRI."): what to do about the answer, not a doubt about it.

One home for the words, shared by the readers that pass advice over: the open verdict (``extract/open_verdict.py``:
a "would" in the closing advice does not hold the verdict open), a list's closing line (``extract/open_decision.py``)
and the label an open reply opens with (``extract/open_span.py``: "Nodular sclerosis Hodgkin lymphoma. ...
Immunohistochemistry would confirm."). Advice that weighs candidates ("MRI would help distinguish an abscess from a
tumour", "CT or MRI", "to exclude malignancy") is no mere advice: it holds the answer open.
"""

from __future__ import annotations

from bisect import bisect_right

from medstep.answers import hedges, negation
from medstep.extract.closing_yes_no import VERDICT_WORD
from medstep.extract.implicit_words import LATERAL
from medstep.lazyre import lazy_compile

# A line asking for a next step after a list: "CT recommended.", "A CT would help to narrow this down."
NEXT_STEP = lazy_compile(
    r"(?i)\b(?:recommend\w*|advis\w*|suggested|(?:would|could|may|might)\s+(?:help|clarify|narrow|"
    r"distinguish|differentiate)|correlat\w*|further\s+(?:imaging|evaluation|work-?up))\b"
)
# Other words of advice: "should", "is warranted", "would confirm", "consider", "follow-up", "referral".
_ADVICE = lazy_compile(
    r"(?i)\b(?:should|warrant(?:s|ed)?|worth|confirm\w*|indicated|advisable|useful|helpful|can\s+help|"
    r"consider|follow[\s-]?up|urgent|referral|refer|(?:want|like)\s+to\s+(?:check|see|assess|examine|"
    r"review|measure))\b"
    r"|^[\s*_#>-]*suggest\s"  # the imperative opening a sentence: "Suggest repeat film in six weeks."
)
# What makes advice weigh candidates: an exclusion, an alternative, a differential, a doubt, "or", a question.
_WEIGHS = lazy_compile(
    "(?i)"
    + hedges.words(
        negation.EXCLUDE,
        hedges.ALTERNATIVE,
        hedges.DIFFERENTIAL,
        hedges.DOUBT,
        ("or", "distinguish", "differentiate", "other", "another"),
    )
    + r"|[?/]"
)


def advises(sentence: str) -> bool:
    """Whether ``sentence`` is advice on the next step ("Biopsy is recommended.", "EEG can help confirm.") that
    weighs no candidates: a doubt it voices ("would") is of the work-up, not of the verdict."""
    return (NEXT_STEP.search(sentence) is not None or _ADVICE.search(sentence) is not None) and _WEIGHS.search(
        sentence
    ) is None


# Where advice is joined to the sentence before it: a dash or semicolon ("... ovarian torsion — emergent evaluation is
# recommended."), or ", and this would ..." ("These features indicate malignancy, and this would warrant a biopsy.").
# (A joint is matched from the start of the blanks before it, ``(?<!\s)``: the leftmost match starts there anyway, and
# without it each blank of a long run not followed by a joint scanned the rest of the run again, ~21 s on "," and
# 30,000 blanks; issue #12, session 59.)
_JOINED = lazy_compile(r"(?<!\s)\s*(?:[—–;]|\s-)\s*(?=[A-Za-z])|,\s+(?:and\s+|which\s+)?(?=(?:this|that|it|these)\s+"
                       r"(?:would|will|should|needs?|requires?|warrants?|merits?)\b)")
# What makes a joined clause doubt the verdict before it, not only the work-up: a possibility ("as this may be a
# vascular channel"), a doubt, a question ("should clarify whether it is real"), a turn ("..., but I am not confident"),
# or a condition on the finding itself ("surgery is indicated if Doppler confirms it", "unless this is an old injury";
# not one on the patient: "follow-up is warranted if symptoms persist"). Such a clause stays joined: its doubt is the
# verdict's.
_DOUBTS_VERDICT = lazy_compile(
    "(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ASKING, hedges.TURN, hedges.CONTRAST,
                          ("in case", "not confident", "not convinced"))
    + "|" + hedges.words(hedges.IF) + r"(?:\s+\w+){0,4}?\s+(?:confirm\w*|proven|shown|real|true|correct|this|it|that|these|"
    r"so)\b"
)
# (the next joint ends a clause too: each clause is read once, so a run of joints is read in linear time)
_CLAUSE_END = lazy_compile(r"[.!?\n;—–]|\s-\s|\Z")


def set_apart(text: str) -> str:
    """``text`` with each clause of advice joined to the sentence before it (``_JOINED``) made a sentence of its own:
    the readers that pass an advice sentence over (a "would" in it doubts the work-up, not the verdict) then read the
    verdict's sentence alone, as they do when the advice is written as a sentence ("Findings indicate torsion. Surgery
    is recommended."). A clause that weighs candidates ("— CT would help distinguish an abscess from a tumour") is no
    mere advice (``advises``) and stays joined."""
    if not any(mark in text for mark in ("—", "–", ";", " -", ", ")):
        return text
    out, pos = [], 0
    for m in _JOINED.finditer(text):
        if m.start() < pos or m.start() == 0:
            continue
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end():end.start() if end is not None else len(text)]
        if not clause.strip() or not advises(clause) or VERDICT_WORD.search(clause) is not None \
                or _DOUBTS_VERDICT.search(clause) is not None:
            # ("Should it be sampled — yes, the mass warrants a biopsy.": a verdict in it answers its own question)
            continue
        out.append(text[pos:m.start()].rstrip() + ". " + clause[:1].upper())
        pos = m.end() + 1
    return "".join(out) + text[pos:] if out else text


# A side named in advice (``implicit_words.LATERAL``): what the answer leaves to check there ("Follow-up is
# recommended for the left.").
_SIDE = lazy_compile(r"(?i)\b(?:" + "|".join(sorted(LATERAL)) + r")\b")
# Where the closing sentence starts: after the last sentence mark before it ("2.5 cm" holds no sentence end).
_SENTENCE_END = lazy_compile(r"[.!?](?=\s)|\n")


def before_advice(text: str) -> str | None:
    """``text`` without the sentences of advice that close it ("This warrants urgent surgical evaluation.",
    "Follow-up is recommended."), when one or more do, else ``None``. Advice says what to do about the answer, so the
    answer stands before it: the reply is read as if it ended on its last sentence that is not advice ("Taken
    together, yes — this is consistent with ischemia. This warrants urgent surgical evaluation."). Advice that weighs
    candidates (``advises``), holds a verdict word or doubts the verdict ("Surgery is indicated if Doppler confirms
    it.") or names a side ("Follow-up is recommended for the left.": the answer may not reach it) stays: it is part of
    the answer."""
    # The sentence marks are found once and the end walks back over them: rescanning the text before each closing
    # sentence was quadratic (2 s for 2,000 sentences of advice). ``end`` always follows a non-blank, so a mark ending
    # before it is one the text cut at ``end`` would hold too.
    marks = [m.end() for m in _SENTENCE_END.finditer(text)]
    end = len(text.rstrip())
    cut = False
    while end > 0:
        at = bisect_right(marks, end - 1)
        start = marks[at - 1] if at else 0
        last = text[start:end]
        if start == 0 or not advises(last) or VERDICT_WORD.search(last) is not None \
                or _DOUBTS_VERDICT.search(last) is not None or _SIDE.search(last) is not None:
            break
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        cut = True
    return text[:end] if cut and end > 0 else None


__all__ = ["NEXT_STEP", "advises", "before_advice", "set_apart"]
