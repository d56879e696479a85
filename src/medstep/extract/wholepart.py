"""A property asked of an organ, denied of the whole and given to a part of it: no verdict either way.

"Is the heart enlarged?" - "The heart is not enlarged, but the left ventricle is slightly enlarged." (心脏是否增大？ -
"心脏不大，但左心室稍大"): the whole is plainly denied, yet a part of the asked organ has the asked property. Whether the
model meant no (the organ as a whole) or yes (an enlarged chamber is an enlarged heart to some readers) is not for a
reader to guess, so a no read from such an answer is ambiguous (``extract/stated.py``). The same holds for the
property given to another subject after a turn ("..., but the aorta is enlarged"): the answer qualifies its own denial.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.text import HAN
from medstep.extract import implicit, implicit_terms
from medstep.extract.implicit_langs import zh_part_affirmed, zh_question
from medstep.extract.implicit_words import NEGATION, ORGAN_PARTS as _PARTS  # a part's property says something of the organ's
from medstep.lazyre import lazy_compile

_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))


def part_affirmed(text: str, question: str) -> bool:
    """Whether a clause of ``text`` that does not name the asked subject gives it the asked property, affirmed, as a
    part of it or after a turn (module docstring)."""
    if HAN.search(question):
        zq = zh_question(question)
        return zq is not None and zq.prop and zh_part_affirmed(text, zq)
    q = implicit_terms.parse_question(question)
    if q is None or q.prop is None:
        return False
    for sentence in implicit.sentences(text):
        for clause in implicit.clauses(sentence):
            toks = implicit_terms.tokens(clause)
            if q.prop not in toks or implicit_terms.window(toks, q.words) is not None \
                    or any(t in NEGATION or negation.contracted(t) for t in toks):
                continue
            if not _PARTS.isdisjoint(toks) or _TURN.search(sentence) is not None:
                return True
    return False


__all__ = ["part_affirmed"]
