"""A finding stated as there before and gone now: to "Is there X?" the answer is no.

"Yes, previously; now resolved.", "There used to be an effusion on the right.", "A pneumothorax was present before
but is no longer seen.", "The previously seen pneumothorax has resolved." The statement readers take "there was a
pneumothorax" (a past state) or the opening "Yes" (given to the past) as a yes; these readers run before them, and
decline (no reading, never a guess) when:

* a word of continuation stands anywhere ("still", "persists", "partially resolved", "new": ``hedges.CONTINUING``),
  or a negation governs the word of the finding gone ("has not resolved", "never resolved"): part of it may be
  there now;
* the sentence saying so asks ("Has the effusion resolved? Not entirely."), names another finding ("The effusion
  has resolved." to "Is there a pneumothorax?"), or names neither the asked one nor none at all;
* another clause, not set in the past, states the finding now (then ambiguous: "The effusion has resolved; an
  effusion is seen.", or the statement readers' yes where the gone one had a side: "The left effusion has resolved;
  a right effusion is seen.").

A gone finding with a side the question does not ask ("There used to be an effusion on the right." to "Is there an
effusion?") says nothing of the other side: ambiguous, never the past's yes; beside a clause denying the finding
whatever its side ("The left effusion has resolved. No pleural effusion.") it is a no.

An opening "Yes," whose clause only places the finding in the past ("Yes, previously.", "Yes, there was one on the
prior film.") answers the past, not the image: ambiguous. A comparison with the past ("Yes, as previously.", "Yes,
larger than before.", "Yes, new since the prior study.") keeps the yes. English only, presence questions only; the
Chinese words of a finding gone (已吸收, 消失) are ``implicit_langs.ZH_PAST``'s.
"""

from __future__ import annotations

import re
from typing import Callable

from medstep.answers import NO, YES, hedges, negation, same_verdict
from medstep.extract import closing, implicit, implicit_terms
from medstep.extract.closed import after_lead
from medstep.extract.mentions import CONFLICT
from medstep.lazyre import lazy_compile

RULE = "implicit_resolved"
_GONE = lazy_compile("(?i)" + hedges.words(negation.GONE))
# A negation right before the word of the finding gone: "has not (yet/fully) resolved", "never resolved".
_UNDONE = lazy_compile(r"(?i)(?:" + hedges.words(negation.PLAIN, negation.NEVER) + "|" + negation.CONTRACTION
                       + r")\W+(?:\w+\W+){0,2}$")
_CONTINUING = lazy_compile("(?i)" + hedges.words(hedges.CONTINUING))
# The past as a time, the lead's clause given to it: "previously", "on the prior film", "in the past".
_PAST_TIME = lazy_compile("(?i)" + hedges.words(("previously", "before", "earlier", "formerly", "in the past", "prior",
                                               "previous", "ago", "historically", "at one point")))
# ... or compared with it, which keeps the finding now: "as previously", "larger than before", "since the prior".
_COMPARED = lazy_compile("(?i)" + hedges.words(("as", "than", "since", "from", "compared", "comparison", "similar",
                                              "like", "to", "with")))


def _gone(text: str) -> bool:
    """Whether ``text`` says a finding is gone, no negation governing the word."""
    found = [m for m in _GONE.finditer(text)]
    return bool(found) and not any(_UNDONE.search(text, 0, m.start()) for m in found)


def _about_asked(sentence: str, question: str, pronoun: bool) -> bool:
    """Whether ``sentence`` speaks of the asked finding: it names the asked term and no other finding, or
    (``pronoun``) names no finding at all ("It has since resolved.")."""
    if closing.names_other(sentence, question):
        return False
    q = implicit_terms.parse_question(question)
    key = implicit_terms.key_word(q) if q is not None else None
    named = key is not None and any(implicit_terms.matches(t, key) for t in implicit_terms.tokens(sentence))
    return named or (pronoun and not closing.names_any(sentence))


# A clause set in the past ("There was a pneumothorax, which has since resolved."): the gone finding's own history,
# not a statement of it now.
_PAST_CLAUSE = lazy_compile("(?i)" + hedges.words(("was", "were", "had", "used", "which", "previously", "before",
                                                 "earlier", "prior", "formerly", "ago")))
_SIDE = lazy_compile(r"(?i)\b(?:left|right)\b")


def _presence(question: str) -> bool:
    q = implicit_terms.parse_question(question)
    return q is not None and q.prop is None and _GONE.search(question) is None


def read_gone(text: str, question: str, read: Callable[[str], str | None]) -> str | None:
    """No when ``text`` says the asked finding was there and is gone, ``CONFLICT`` when the rest of it (read by
    ``read``) states the finding now, else ``None`` (see module docstring)."""
    if len(text) > implicit.MAX_CHARS or _GONE.search(text) is None or _CONTINUING.search(text) is not None \
            or not _presence(question):
        return None
    said = [s for s in implicit.sentences(text) if _GONE.search(s) is not None]
    if not all(_gone(s) and "?" not in s and _about_asked(s, question, pronoun=len(said) == 1) for s in said):
        return None  # a question ("Has the effusion resolved? Not entirely.") says nothing gone
    asked_sides = {m.lower() for m in _SIDE.findall(question)}
    sided = any({m.lower() for m in _SIDE.findall(s)} - asked_sides for s in said)
    denied = False  # a clause denying the finding on any side: "The left effusion has resolved. No effusion."
    for sentence in implicit.sentences(text):  # "The left effusion has resolved; a right one is seen."
        for clause in implicit.clauses(sentence):
            if _GONE.search(clause) is None and _PAST_CLAUSE.search(clause) is None \
                    and (stated := read(clause)) is not None:
                if same_verdict(stated, YES):
                    return None if sided else CONFLICT  # another side's finding now: the statement readers' yes
                denied = True
    # "The left effusion has resolved." says nothing of the right side, unless the finding is denied as a whole too
    return CONFLICT if sided and not denied else NO


def lead_past(region: str, verdict: str, question: str) -> str | None:
    """After an opening "Yes,": no when its clause says the finding is gone ("Yes, previously; now resolved."),
    ``CONFLICT`` when it only places it in the past ("Yes, previously."), else ``None``."""
    rest = after_lead(region)
    if not rest or len(rest) > implicit.MAX_CHARS or not same_verdict(verdict, YES) or not _presence(question) \
            or _CONTINUING.search(rest) is not None:
        return None
    if _gone(rest) and _about_asked(rest, question, pronoun=True):
        return NO
    first = re.split(r"[,;:.!?—–(]", rest, maxsplit=1)[0]
    return CONFLICT if _PAST_TIME.search(first) is not None and _COMPARED.search(first) is None \
        and _NOW.search(first) is None else None


# A verb of the present in the lead's clause: "Yes, there is one, not present before." states it now.
_NOW = lazy_compile(r"(?i)\b(?:is|are|has|have|shows?|demonstrates?)\b|['’]s\b")


__all__ = ["RULE", "lead_past", "read_gone"]
