"""A concluding first-person judgement of the reply's topic, read as a statement of it (issue #7, session 53).

"The bowel gas pattern is non-obstructive: gas is seen throughout normal-caliber small and large bowel, ... I'd
consider this normal." gives the asked property (health) its value in the writer's own judgement, whose object is a
demonstrative or a pronoun ("this", "it"). ``extract/first_person.py`` writes such a judgement as a statement ("it is
normal."), and ``extract/asked_value.py`` reads the statement with the pair reader, every gate of its concluding
sentence kept. What the pronoun takes up is the reply's TOPIC, not a phrase list: the judgement answers only where

* nothing but a concluding opener stands before it in its sentence ("So", "Overall,"; a statement of its own before
  it, "The band is faint, so I'd call this negative.", is a sentence about something else);
* the reply's first sentence opens on the asked subject (its words before the first verb: "The bowel gas pattern
  is ...") and no sentence between names another thing a pronoun could take up (``anaphor.other_antecedent``); a
  judgement closing a reply that opened on another thing ("The liver is 20 cm. I'd call it normal." to "Is the spleen
  normal?") is that thing's, and a one-sentence reply has nothing else to take up.
"""

from __future__ import annotations

from medstep.extract import anaphor, first_person, implicit_terms, marks

# The verbs ending the subject of a topic sentence ("The bowel gas pattern is ...", "Heart size appears ...").
_VERBS = marks.LINKING_VERBS | {"shows", "show", "measures", "measure"}


def _opens_on(sentence: str, subject: tuple[str, ...]) -> bool:
    """Whether ``sentence``'s words before its first verb hold every word of the asked ``subject``."""
    toks = implicit_terms.tokens(sentence)
    verb = next((i for i, t in enumerate(toks) if t in _VERBS), None)
    head = toks[:verb] if verb is not None else []
    return bool(subject) and bool(head) and all(any(implicit_terms.matches(t, w) for t in head) for w in subject)


def judged_conclusion(sentences: list[str], k: int, subject: tuple[str, ...], openers: frozenset[str]) -> str | None:
    """The concluding ``sentences[k]``'s first-person judgement written as a statement ("It is normal."), where it
    judges the reply's topic, the asked ``subject`` (module docstring), only ``openers`` (the caller's concluding
    words) before it; else ``None``."""
    found = first_person.judged(sentences[k])
    if found is None:
        return None
    before, statement = found
    if before.strip(" ,;:*_").lower() not in openers | {""}:
        return None
    if k == 0 or not _opens_on(sentences[0], subject):
        return None
    if k > 1 and anaphor.other_antecedent(" ".join(sentences[1:k]), subject):
        return None
    return statement[:1].upper() + statement[1:]


__all__ = ["judged_conclusion"]
