"""A closing caveat about the method's limits, set aside before a statement is read.

"I don't see any definite rib fractures, though rib fractures are often occult on frontal chest radiographs." and
"... so no gallstones are evident on this image, though small stones may be missed." state the finding and then a
limit of the examination: a careful reader takes the statement (no), the caveat doubting the method, not the
reading. Its "may" or "though" would otherwise hedge the sentence. Only a concession ("though", "although", "but",
"however") that ends its sentence and holds a limitation phrase (:data:`medstep.answers.hedges.LIMITATION`: "may be
missed", "often occult", "more sensitive") and no other doubt ("cannot be excluded", "possibly") is set aside;
"though a small one could be present" is a possibility, and stays.

A concession about another finding is set aside the same way (:func:`set_aside_beside`): "No intracranial haemorrhage
is identified, although an old lacunar infarct sits in the left basal ganglia." states the asked finding and then
turns to another one, whose age or size ("old", "small") would otherwise hedge the denial. Only a turn ("although",
"though", "while", "whereas", "but") to the end of its sentence, to a presence question, whose clause names a finding
of the vocabulary, none the asked one or its kin (``Concept.relatives``: "a small subdural haematoma" is kin of an
intracranial haemorrhage, "a lesion" of any mass), no word of the asked term, no word pointing back ("one", "it",
"which", "similar": "but a skin fold could mimic one" doubts the asked finding itself), no word weighing a candidate
or a mimic ("but a pericardial cyst could look similar" is the asked finding's differential), no doubt of the reading
itself ("but I am not certain, as emphysema obscures the pleural line"), and a word marking the other finding settled
("old", "healed", "simple", "chronic"). Not called by the readers: the vocabulary does not tell a bystander from a sign
of the asked finding ("No subdural haematoma, although a crescentic hyperdense collection ...", "No intracranial
haemorrhage, although a cavernoma with old blood products ..."), and a conceded sign set aside is a wrong answer.
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract.implicit_terms import matches, parse_question, tokens
from medstep.lazyre import lazy_compile

_CAVEAT = lazy_compile(r"(?i)(?:,\s*|;\s*|\s+)(?:" + hedges.alternation(hedges.CONCESSION, ("but", "however"))
                       + r")\b[^.;!?\n]*?" + hedges.words(hedges.LIMITATION) + r"[^.;!?\n]*(?=[.!]?\s*(?:\n|$))")


# What a caveat may not hold besides its limitation: "though subtle fractures may be missed and one cannot be
# excluded" doubts the reading itself.
_DOUBT = lazy_compile(r"(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.POSSIBILITY, hedges.LIKELIHOOD, hedges.SUSPICION,
                                           hedges.DOUBT))
_LIMIT = lazy_compile(r"(?i)" + hedges.words(hedges.LIMITATION))


def _caveat(m: re.Match[str]) -> str:
    return "" if _DOUBT.search(_LIMIT.sub(" ", m.group(0))) is None else m.group(0)


def limits_method(sentence: str) -> bool:
    """Whether ``sentence`` states a limit of the method and no other doubt ("Note that scaphoid fractures can be occult
    on initial films, so repeat imaging is advised."): a caveat of its own, which reads no finding either way."""
    return _LIMIT.search(sentence) is not None and _DOUBT.search(_LIMIT.sub(" ", sentence)) is None


def set_aside(text: str) -> str:
    """``text`` without its closing caveats about the method's limits (see module docstring)."""
    if not any(w in text for w in ("sensitiv", "missed", "occult", "undetected")):
        return text
    return _CAVEAT.sub(_caveat, text)


# A turn to the end of its sentence (``set_aside_beside``): what it concedes may be another finding. A run of blanks
# is entered at its start only (linear on any input).
_TURNED = lazy_compile(r"(?i)(?:,[ \t]*|;[ \t]*|(?<![ \t])[ \t]+)(?:" + hedges.alternation(hedges.CONCESSION, ("but", "while"),
                                                                                  hedges.CONTRAST)
                       + r")\b[^.;!?\n]*")
# Words pointing back at what the sentence denied or stated: the turn then speaks of the asked finding.
_POINTING_BACK = frozenset({"one", "ones", "it", "its", "this", "that", "these", "those", "which", "they", "such", "same",
                            "similar", "similarly", "likewise"})
# A turn weighing the other finding as a candidate or a mimic ("but a pericardial cyst could look similar"): a
# differential of the asked finding, not another finding seen beside it.
_WEIGHED = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.ALTERNATIVE, hedges.MIMICS, hedges.NOT_EXCLUDED,
                                              hedges.LIKELIHOOD, hedges.SUSPICION))
# A turn that doubts the reading itself because of the other finding ("but I am not certain, as extensive
# subcutaneous emphysema obscures the pleural line", "but the left base cannot be assessed because of the effusion",
# "but wait, looking again ..."): the writer's own doubt or a limit of what could be seen, not another finding beside.
_DOUBTING = lazy_compile("(?i)" + hedges.words(hedges.DOUBT, hedges.CERTAIN, hedges.DIFFICULTY, hedges.SEARCH,
                                               ("i", "i'm", "i’m", "my", "me", "we", "confident", "confidence",
                                                "hesitant", "trust", "wait", "second thought", "assessed", "evaluated",
                                                "obscures", "obscured", "obscuring", "limits", "limited", "degrading",
                                                "degrades", "blurs", "hides")))
# What marks the other finding as a settled matter of its own ("an old lacunar infarct", "a healed rib fracture", "a
# simple renal cyst", "chronic", "incidental"). Without such a word the conceded finding may be a sign or a part of the
# asked one, which the vocabulary does not link: "No subdural haematoma, although a crescentic hyperdense collection
# lies along the convexity", "No fracture, although there is a lipohaemarthrosis", "No pulmonary oedema, although
# Kerley B lines are present" contradict themselves.
_SETTLED = lazy_compile("(?i)" + hedges.words(hedges.PAST, ("chronic", "incidental", "incidentally", "benign", "simple",
                                                            "degenerative", "longstanding", "long-standing", "remote",
                                                            "calcified", "stable", "unchanged")))


def set_aside_beside(text: str, question: str) -> str:
    """``text`` without each concession about another finding than the presence ``question`` asks (module
    docstring)."""
    q = parse_question(question)
    if q is None or q.prop is not None or _TURNED.search(text) is None:
        return text
    concepts = vocabulary().concepts
    asked = {m.concept for m in vocabulary().mentions(" ".join(q.words)) if m.kind is MentionKind.CONCEPT
             and m.concept in concepts and concepts[m.concept].category == "finding"}
    if not asked:
        return text  # the question names no finding of the vocabulary: what is "another" one is not known
    kin = asked.union(*(concepts[c].relatives for c in asked))

    def beside(m: re.Match[str]) -> str:
        words = tokens(m.group(0))
        if not _POINTING_BACK.isdisjoint(words) or _WEIGHED.search(m.group(0)) is not None \
                or _DOUBTING.search(m.group(0)) is not None or _SETTLED.search(m.group(0)) is None \
                or any(matches(t, w) for t in words for w in q.words):
            return m.group(0)
        named = {c.concept for c in vocabulary().mentions(m.group(0).lower()) if c.kind is MentionKind.CONCEPT}
        found = {c for c in named if c in concepts and concepts[c].category == "finding"}
        if not found or not kin.isdisjoint(named) or any(not asked.isdisjoint(concepts[c].relatives) for c in found):
            return m.group(0)
        return ""

    return _TURNED.sub(beside, text)


__all__ = ["limits_method", "set_aside", "set_aside_beside"]
