"""What keeps an organ asked abnormal or normal ("Is the liver abnormal?", "Is the liver normal?") from the answer
"normal" where the reply calls it normal: a finding stated beside it ("Normal liver with a small hemangioma"), a finding
no organ of the vocabulary holds ("a 2 cm lesion is noted"), or a statement by pronoun the statement reader cannot see
("..., but it is enlarged"). The statement reader (``extract/findings.py``) then gives no answer; a plain reader's
"normal" (``extract/stated.py``) is ambiguous, as the reply says both."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from medstep.answers import YES, same_verdict
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.extract.concept_question import Ask, parse_asked
from medstep.lazyre import lazy_compile

if TYPE_CHECKING:
    from medstep.extract.concept_question import Asked
    from medstep.extract.findings import Event

# A clause that states something of the organ by a pronoun only ("... but on closer inspection it is enlarged"): the
# statement reader finds no concept in it, but it may turn the organ abnormal (bounded prefix: linear).
_PRONOUN_STATE = lazy_compile(
    r"(?i)^\W*(?:(?:but|however|although|though|yet|and|actually)\W+)?(?:[a-z]+\s+){0,4}?"
    r"(?:it|its|they|this)\s+(?:is|are|was|were|looks?|appears?|seems?|measures?|has|shows?)\b"
)


def abnormal_undercut(clause: str, events: Sequence[Event], asked: Asked) -> bool:
    """Whether a clause keeps an organ asked (ab)normal from the answer "normal": a finding stated beside the organ
    called normal ("Normal-sized spleen containing several lesions"), a finding no organ of the vocabulary holds in a
    clause naming no other organ ("a 2 cm lesion is noted", "Differential for the hypodense lesion"), or a pronoun's
    statement the reader cannot see."""
    concepts = vocabulary().concepts
    if not events:
        return _PRONOUN_STATE.match(clause) is not None
    named_normal = any(e.normal and e.key == asked.key for e in events)
    for e in events:
        c = concepts.get(e.key)
        if e.normal or e.negated or c is None or c.category != "finding":
            continue
        if named_normal or not _homed(e.key) and not _other_organ(clause, asked.key):
            return True  # (a lesion said in another organ, "Kidneys: simple cysts.", is that organ's)
    return False


def _other_organ(clause: str, key: str) -> bool:
    """Whether the clause names an organ of the vocabulary other than the asked one ("The liver has a 2 cm cyst.")."""
    concepts = vocabulary().concepts
    return any(
        m.kind is MentionKind.CONCEPT and m.concept != key and concepts[m.concept].category == "anatomy"
        for m in vocabulary().mentions(normalize(clause))
    )


@lru_cache(maxsize=1024)
def _homed(key: str) -> bool:
    """Whether some organ of the vocabulary holds the finding (splenomegaly: the spleen; a lesion: none)."""
    concepts = vocabulary().concepts
    mine = {key} | concepts[key].ancestors
    return any(v.category == "anatomy" and mine & set(v.expands) for v in concepts.values())


def normal_beside_finding(text: str, question: str, verdict: str) -> bool:
    """Whether ``verdict`` calls an organ asked (ab)normal normal where the reply holds a clause of
    :func:`abnormal_undercut` ("Is the liver normal?" - "Normal liver with a small hemangioma."): the reply says both,
    for the readers that call an organ normal without the statement reader; a reply the vocabulary cannot read whole is
    left to them."""
    from medstep.extract import findings  # (findings reads its clauses with this module)

    asked = parse_asked(question)
    if (
        asked is None
        or asked.ask not in (Ask.NORMAL, Ask.ABNORMAL)
        or same_verdict(verdict, YES) != (asked.ask is Ask.NORMAL)
    ):
        return False
    read = findings.read_sentences(text)
    return read is not None and any(
        abnormal_undercut(clause, events, asked) for _, clauses in read for clause, events in clauses
    )
