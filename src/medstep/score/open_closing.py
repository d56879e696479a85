"""The closing clause of a reply (``score/open_grade.py``, counted at the ``concluded`` rung): a reply that describes
and then commits in a short last clause opened by a conclusion word or a demonstrative copula ("... silhouettes the
right heart border. That's the right middle lobe."; "... with a meniscus, so the fracture is in the distal fibula";
"... cross striations; this is skeletal muscle").

Why a reading of its own: the grader gets a long reply's normalised words, and the other rungs read its start
(``contained``, ``head``) or its last conclusion LINK ("consistent with", "suggests": ``score/open_concluded.py``); a
reply closing on "so X" or "that's X" reached none of them, and the concluded rung refuses a bare "this is" anywhere
in a reply (it names the side, the film, the patient). Read at the END only, such a clause is the reply's
conclusion by its place: what the reply commits to is what it says last, after "so", "thus", "therefore", "hence",
"that is" / "that's", "this is", "these are", "it is" / "it's", "i.e.", "meaning", a summing word of
``answers/hedges.py`` ("in short", "overall"), or the question's own subject and a copula
("... the tissue is from the liver" to "What organ is this tissue from?").

The clause is the words after the LAST such opener to the end of the reply, and it must be graded the gold by the
ladder itself as one answer written otherwise, the gold framed by words that say nothing of their own or by the
question's own words ("the fracture is in the distal fibula" to "Where is the fracture?"), or the gold narrowed in its
noun phrase; so a clause naming two answers ("so pneumonia or atelectasis"), denying one ("so it is not a
pneumothorax"), doubting it ("so pneumonia is less likely"), or saying anything else ("so follow-up is advised") is no
match. After a demonstrative ("this is", "that's", "it is") the clause must be the gold written otherwise, nothing
framing or narrowing it: "this is" also names the side, the film, the patient, the episode ("This is the right side of
the chest", "this is the patient's first episode"). To a question asking a closed type (a side, a count, a site:
``score/open_typed.asked_type``), the clause must also name the one value of it the typed rung reads ("so this is a
flail chest" gives no count to "How many ribs are fractured?"). Precision kept besides: an opener held open or set aside in the words right before it ("if so", "would be
so", "not so") reads nothing; a reply held open anywhere (a differential, "could", "cannot exclude": the words of
``score/open_concluded.py``) reads nothing; a clause of more than a few words is no closing clause.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.answers import hedges, negation
from medstep.answers.text import tokens
from medstep.score.open_concluded import held_open_anywhere
from medstep.score.open_contain import FRAME

# The openers of a closing clause, in the grader's words (punctuation and articles gone: "that's" is "that s").
_OPENERS = (("so",), ("thus",), ("therefore",), ("hence",), ("that", "s"), ("that", "is"), ("this", "is"),
            ("these", "are"), ("it", "s"), ("it", "is"), ("i", "e"), ("meaning",), ("which", "means"),
            *(tuple(w.split()) for w in hedges.SUMMING))
# The most words a closing clause holds after its opener ("the fracture is in the distal fibula").
_CLAUSE = 8
# How many words before the opener are read for a condition, a denial or a doubt of it ("if so", "I don't think it's").
_BEFORE = 3
# Words before the opener that hold it open or set it aside: a condition ("if so"), a denial ("not so"), a doubt.
# The copulas after the question's subject that open a closing clause ("... the tissue is from the liver").
_COPULAS = frozenset({"is", "are"})
# The words asking, not naming the subject, of a question.
_ASKING = frozenset({"what", "which", "where", "who", "how", "many", "much", "does", "do", "did", "kind", "type", "seen",
                     "shown", "visible", "present", "most", "likely"})
_HELD = frozenset({*hedges.CONDITION, *hedges.LOWERING, *negation.heads(negation.DENY, negation.NEVER), *negation.NON,
                   "or", "whether", "t"})  # ("t": the tail of "don't" in the grader's words, "I don't think it's X")
# The demonstrative openers: "this is" also names the side, the film, the patient or the episode ("This is the right side
# of the chest", "this is the patient's first episode"), so the clause after one must be the gold written otherwise.
_DEMONSTRATIVE = frozenset({("that", "s"), ("that", "is"), ("this", "is"), ("these", "are"), ("it", "s"), ("it", "is")})


def closing(answer: str, question: str, same: Callable[[str, bool], bool]) -> bool:
    """Whether the last clause of ``answer`` after a closing opener is its gold (module docstring); ``same(clause,
    strict)`` grades the clause by the ladder, ``strict`` after a demonstrative opener (``_DEMONSTRATIVE``)."""
    words = tokens(answer)
    if held_open_anywhere(" ".join(words)):
        return False
    subjects = {w for w in tokens(question) if w.isalpha() and w not in FRAME and w not in _ASKING}
    at = None
    # (an opener further back leaves a clause over ``_CLAUSE`` words, which fails as none found does: not read)
    for i in range(len(words) - 1, max(0, len(words) - _CLAUSE - max(map(len, _OPENERS)) - 1), -1):
        opener = next((o for o in _OPENERS if tuple(words[i:i + len(o)]) == o), None)
        if opener is not None:
            at = (i, i + len(opener))
            break
        if words[i] in subjects and i + 1 < len(words) and words[i + 1] in _COPULAS:
            at = (i, i)  # "... so the fracture is in the distal fibula": the question's subject kept, as its echo
            break
    strict = at is not None and tuple(words[at[0]:at[1]]) in _DEMONSTRATIVE
    if at is None:
        return False
    start, end = at
    clause = words[end:]
    if not clause or len(clause) > _CLAUSE or any(w in _HELD for w in words[max(0, start - _BEFORE):start]):
        return False
    return same(" ".join(clause), strict)


__all__ = ["closing"]
