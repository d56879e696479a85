"""An opening "Yes," / "No," read against the statement that follows it in the same reply.

A lead verdict is the model's answer, unless the statement after it says otherwise. Two cases are read here, both
short and both in plain words (``extract/core.py`` asks after reading the lead):

* the statement states the asked finding the other way: "No, there is a pneumothorax." or, for a property, its other
  pole ("Yes, there are multiple lesions." to "Is the lesion solitary?"): the reply contradicts itself (ambiguous);
* the question is negated ("Is there no pneumothorax?"): a yes or no to it is said either way round (agreeing with
  the negation, or with the finding's presence), so the statement after it decides which the model meant: "Yes,
  there is a pneumothorax on the right." is a no (the b9-0383 label).
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import NO, YES, ZH_NO, ZH_YES, same_verdict
from medstep.extract import antonyms, asked, closed, implicit


def lead_contradicted(region: str, verdict: str, question: str) -> bool:
    """Whether the clause after an opening verdict states the asked finding the other way, in the question's own
    words or as the other pole of the asked property. Only those two plain readers: a terse elaboration is often an
    elliptical denial the concept readers would misread ("No, free subdiaphragmatic air." means none)."""
    rest = closed.after_lead(region)
    if not rest or len(rest) > implicit.MAX_CHARS or closed.revision(region) is not None:
        return False
    stated = implicit.read_implicit(rest, question) or antonyms.read_antonym(rest, question)
    return stated in (YES, NO, ZH_YES, ZH_NO) and not same_verdict(stated, verdict)


def negated_content(region: str, verdict: str, question: str, read: Callable[[str], str | None]) -> str | None:
    """The verdict of the statement after an opening verdict to a negated question, read by ``read`` (the closed
    statement readers, which rewrite the question to its positive form), where it is the other verdict; ``None``
    where the question is not negated, a revision follows, or the statement reads as nothing or the same."""
    pos = asked.positive_form(question)
    if pos is None or not pos[1] or not asked.negated(question) or closed.revision(region) is not None:
        return None  # "Is there any abnormality in the kidney?" is rewritten the other way round, not negated
    rest = closed.after_lead(region)
    stated = read(rest) if rest else None
    return None if stated is None or same_verdict(stated, verdict) else stated


__all__ = ["lead_contradicted", "negated_content"]
