"""A reply that opens with the question's own verb and a pronoun: "It is — ...", "It isn't: ...", "There is.", "It does."

English answers a yes/no question without "yes" or "no" by repeating its auxiliary after a pronoun: "Is the mass
invading the vessel?" - "It isn't: a preserved fat plane separates them."; "Is there a midline shift?" - "There is,
of about 8 mm." would be no reply of that kind (a comma may open anything: "It is, however, hard to say."), but
"There is." / "There is — 8 mm to the left." is. :func:`as_verdict` gives such an opening the verdict word it stands
for, so that the lead reader (``extract/closed_reader.py``) reads it with every check a "Yes, ..." / "No: ..." opening gets
(a later sentence stating the other way, a hedge, a revision).

The pronoun and verb must answer the question's own form: "Is the X ...?" by "it is" / "they are"; "Is there ...?"
by "there is"; "Are there ...?" by "there are"; "Does the X ...?" by "it does"; "Has ..." by "it has"; "Can ..."
by "it can". The opening stands alone: a full stop, colon, semicolon or dash after it (a bare "There is" may be an
output cut short). A
negated question ("Isn't it enlarged?") is left alone (which way does "It is not." answer?).
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES, yesno
from medstep.lazyre import lazy_compile

# The question's auxiliary and subject: "Is the ...", "Are there ...", "Does this ...".
_QUESTION = lazy_compile(r"(?i)^\s*(is|are|does|do|has|have|can|was|were)\s+(there|it|this|that|these|those|they|the|an?)\b"
                         r"(?![^?]*\b(?:not|no)\b)(?!n't)")
# The pronouns that may stand for the question's subject, by the question's auxiliary.
_PRONOUNS = {"is": "it|this|that|he|she", "are": "they|these|those", "was": "it|this|that", "were": "they",
             "does": "it|this|that|he|she", "do": "they|these|those", "has": "it|this|that|he|she",
             "have": "they|these|those", "can": "it|this|that|they|you|i|one"}
_FOLLOW = r"[*_\"'”]*\s*(?:[.:;!]|\s[—–-]\s|[—–])"


def _opening(question: str) -> re.Pattern[str] | None:
    m = _QUESTION.match(question)
    if m is None:
        return None
    aux, subject = m.group(1).lower(), m.group(2).lower()
    pronoun = "there" if subject == "there" else _PRONOUNS[aux]
    return re.compile(r"(?i)^[\s*_\"'“]*(?:" + pronoun + r")\s+(" + aux + r")(\s+not|n['’]t)?" + _FOLLOW)


# A colloquial verdict word opening the reply and standing alone ("Nope - ...", "Yup, ...", "Nah."): any question form.
_INTERJECTION = lazy_compile(r"(?i)^[\s*_\"'“]*(" + "|".join(sorted(yesno.INTERJECTIONS)) + r")\b"
                             r"(?=[*_\"'”]*\s*(?:[.,:;!]|\s[—–-]\s|[—–]|\Z))")
# Talk of the answering rather than of the image after such a word: a verb of judging denied or made hard ("Nope,
# can't tell from this view.", "Nah, I couldn't say.", "Yep, impossible to judge."), no knowledge ("no idea", "dunno",
# "not enough information"), a look still to take ("Nah, let me think about it.", "Yea, the angles need a closer
# look."), the question or its difficulty weighed ("Yeah, good question.", "Yeah, tough one to call.") or the image's
# own worth ("too poor", "inconclusive"): the word answers the asker, a filler, no verdict.
_JUDGING = r"(?:tell|say|judge|call|determine|comment|commit|assess|evaluate|know|be\s+definitive)"
TALK = lazy_compile(
    r"(?i)\b(?:(?:can['’]?t|cannot|could\s*n['’]?t|could\s+not|unable\s+to|not\s+able\s+to|won['’]?t|will\s+not|"
    r"do\s*n['’]?t|hard\s+to|difficult\s+to|impossible\s+to|tough\s+to|not\s+possible\s+to)\s+(?:\w+\s+)?"
    + _JUDGING + r"|no\s+idea|dunno|not\s+enough|insufficient|inconclusive|ambiguous|let\s+me|let['’]s|"
    r"(?:good|great|fair|tough|tricky|hard|difficult)\s+(?:question|one|call)|"
    r"(?:needs?|want)\s+(?:a|an|the|another|more|further)\s+(?:\w+\s+)?(?:look|view|film|image|images|study|scan|"
    r"imaging|information)|image\s+quality|too\s+(?:poor|limited|blurry|dark)|what\s+you\s+mean)\b"
)


def talks(text: str) -> bool:
    """Whether ``text`` (what follows a colloquial verdict word) talks of the answering (``TALK``)."""
    return TALK.search(text) is not None


def interjection_as_verdict(region: str) -> str | None:
    """``region`` with an opening colloquial verdict word ("Nope - ...", "Yup, ...": ``answers/yesno.INTERJECTIONS``)
    replaced by the verdict it stands for, so the lead reader gives it every check a "No - ..." opening gets; ``None``
    when it opens with none. A retry only (``extract/closed_reader.py``): a reply already read some other way keeps its
    reading."""
    said = _INTERJECTION.match(region)
    if said is None:
        return None
    verdict = yesno.INTERJECTIONS[said.group(1).lower()]
    return region[:said.start(1)] + verdict.capitalize() + region[said.end(1):]


def as_verdict(region: str, question: str) -> str:
    """``region`` with an opening "It is" / "It isn't" (module docstring) replaced by "Yes" / "No"; else unchanged."""
    pattern = _opening(question)
    m = pattern.match(region) if pattern is not None else None
    if m is None:
        return region
    verdict = NO if m.group(2) else YES
    return verdict.capitalize() + region[m.end(2) if m.group(2) else m.end(1):]


__all__ = ["TALK", "as_verdict", "interjection_as_verdict", "talks"]
