"""The answer as the subject of a sentence whose predicate restates the question.

"Which organ is enlarged?" is often answered "The spleen appears to be enlarged, extending below the costal margin.",
"Which vessel is affected?" with "The left ICA shows a 70% stenosis." (a finding the subject bears restates
"affected"), and "What is the cause of the obstruction?" with "Adhesions are the most likely cause (prior
laparotomy)." The question names a property ("enlarged", "dilated", "collapsed") or a noun ("cause", "diagnosis"); the answer's
predicate says it again, and its subject is what the question asked for. The frame reader
(``extract/open_frames.py``) reads the other way round, a subject echoing the question and the answer after the
verb ("The lesion is located in the liver.").

Only the subject's own words are kept. Nothing is read when the subject is the question's own noun ("The chamber is
dilated."), a pointer ("It", "This"), longer than a label, or when the sentence denies, doubts, asks or ranks low its
predicate ("The spleen is not enlarged.", "The spleen may be enlarged.", "The spleen is enlarged? I doubt it.",
"Adhesions are the least likely cause.").
"""

from __future__ import annotations

from medstep.answers import hedges, judgements, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.implicit_words import COMPARED_NOW, EARLIER
from medstep.lazyre import lazy_compile

# "Which organ is enlarged?", "What heart chamber is dilated on this echo?": the asked noun and the property.
_ASKS_PROPERTY = lazy_compile(r"(?i)^\W*(?:which|what)\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:is|are|was|were|"
                              r"appears?|seems?)\s+(?:to\s+be\s+)?(?P<prop>[a-z-]{4,})\b")
# "What is the cause of ...?", "What is the most likely diagnosis?": the asked noun after "the".
_ASKS_NOUN = lazy_compile(r"(?i)^\W*what\s+is\s+the\s+(?:(?:most\s+)?likely\s+|main\s+|underlying\s+|probable\s+)?"
                          r"(?P<noun>cause|diagnosis|abnormality|finding|organ|structure)\b")
# The subject, its verb and the words up to the predicate.
_SUBJECT = lazy_compile(r"(?i)^[\s*_\"']*(?:(?:looking\s+at|on)\s+(?:the|this)\s+(?:image|scan|film|study),\s*)?"
                        r"(?:the\s+|an?\s+)?(?P<subject>(?:[\w-]+\s+){0,7}?[\w-]+)\s+(?P<verb>is|are|appears?|seems?|looks?|"
                        r"shows?|has|demonstrates?)"
                        r"\s+(?:to\s+be\s+)?(?P<rest>.+)$")
_POINTERS = frozenset({"it", "this", "that", "there", "these", "those", "which", "what", "image", "study", "scan",
                       "finding", "findings", "abnormality", "answer", "diagnosis"})
_HOLDS = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE, hedges.POSSIBILITY, hedges.DOUBT,
                                            hedges.CONDITION, hedges.ALTERNATIVE, judgements.UNLIKELY,
                                            judgements.LEAST, ("or",)) + "|" + negation.CONTRACTION + r"|[?？]")
# The same beside a denial: what follows the predicate's clause may deny another thing ("The spleen is enlarged,
# measuring 16 cm, with no focal lesion.") without holding the answer open.
_TURNS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.CONDITION, hedges.ALTERNATIVE,
                                            judgements.UNLIKELY, judgements.LEAST, ("or",)) + r"|[?？]")
_CLAUSE_END = lazy_compile(r"[,;]")
# A property stated of then, not now: a finding gone ("..., which has since resolved") or a time before this study
# ("on the prior study", "on the 2019 angiogram": ``hedges.EARLIER_WORDS``, ``implicit_words.EARLIER``) unless the
# sentence compares with it ("larger than on the prior CT": ``implicit_words.COMPARED_NOW``).
_GONE = lazy_compile("(?i)" + hedges.words(negation.GONE))
_THEN = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_WORDS))
# The pieces of the rest of a reply that may name a second subject with the same predicate: its sentences and the
# clauses after a semicolon ("The left kidney is enlarged; the right kidney is enlarged too.").
_PIECE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|;\s*")
# A part of the thing asked about, opening the subject: "M1 segment of the", "proximal portion of the".
_PART_NOUNS = frozenset({"segment", "portion", "part", "branch", "section", "origin", "trunk"})
_PART_OF = lazy_compile(r"(?i)^(?:[\w-]+\s+)?(?:" + "|".join(sorted(_PART_NOUNS)) + r")\s+of\s+(?:the\s+)?(?=\w)")
# Words that pick one of the asked things by its position: "The left lung" to "Which lung ...?" reads "left"; "The left
# internal carotid artery" to "Which artery ...?" stays whole.
_POSITIONS = frozenset({"left", "right", "upper", "lower", "middle", "anterior", "posterior", "medial", "lateral",
                        "proximal", "distal", "superior", "inferior", "both", "bilateral"})
# A few words of degree may stand before the restated property ("markedly dilated", "completely collapsed").
_DEGREE_WORDS = 2
# Properties that any finding restates: "Which vessel is affected?" is answered by "The left ICA shows a 70%
# stenosis." as "Which organ is enlarged?" by "The spleen is enlarged.", when the subject bears the finding.
_ANY_FINDING = frozenset({"affected", "involved", "abnormal", "diseased"})
_BEARS = frozenset({"shows", "show", "has", "demonstrates", "demonstrate"})
_STEM = 5
_WORD = lazy_compile(r"[^\W_]+")


def _stems(text: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _WORD.findall(text) if len(w) > 2}


def _names_finding(text: str) -> bool:
    return any(category_of(m) == "finding" for m in vocabulary().mentions(normalize(text)))


def subject_answer(sentence: str, question: str) -> str | None:
    """The subject of ``sentence`` when its predicate restates what ``question`` asks (see module docstring), or
    ``None``."""
    asked = _ASKS_PROPERTY.match(question)
    noun_asked = _ASKS_NOUN.match(question) if asked is None else None
    if asked is None and noun_asked is None:
        return None
    found = _SUBJECT.match(sentence.strip())
    if found is None:
        return None
    subject, rest = found.group("subject"), found.group("rest")
    words = _WORD.findall(rest)
    if asked is not None:
        target = asked.group("prop").lower()[:_STEM]
        restated = any(w.lower()[:_STEM] == target for w in words[:_DEGREE_WORDS + 1]) or (
            asked.group("prop").lower() in _ANY_FINDING and found.group("verb").lower() in _BEARS and _names_finding(rest))
        own = _stems(asked.group("noun"))
    elif noun_asked is not None:
        noun = noun_asked.group("noun").lower()
        restated = bool(words) and words[0].lower() == "the" and noun in (w.lower() for w in words[:4])
        own = {noun[:_STEM]}
    else:
        return None
    clause_end = _CLAUSE_END.search(sentence)
    clause, after = (sentence[:clause_end.start()], sentence[clause_end.start():]) if clause_end else (sentence, "")
    if not restated or _HOLDS.search(clause) is not None or _TURNS.search(after) is not None:
        return None
    if asked is not None and (_GONE.search(sentence) is not None or (
            (_THEN.search(sentence) or EARLIER.search(sentence)) is not None and COMPARED_NOW.search(sentence) is None)):
        return None  # a property of then, not now (a cause may well lie in the past: "(prior laparotomy)")
    subject_words = [w.lower() for w in _WORD.findall(subject)]
    if not subject_words or subject_words[0] in _POINTERS or set(subject_words) & _POINTERS \
            or _stems(subject) <= own:
        return None  # "It is enlarged", "The chamber is dilated": no answer named
    asked_words = [w.lower() for w in _WORD.findall(asked.group("noun"))] if asked is not None else []
    part = _PART_OF.match(subject)
    if part is not None and asked_words and not set(asked_words) & _PART_NOUNS:
        return subject[part.end():]  # "The M1 segment of the right MCA" to "Which vessel ...?": the vessel
    if asked_words and len(subject_words) > len(asked_words) and subject_words[-len(asked_words):] == asked_words \
            and set(subject_words[:-len(asked_words)]) <= _POSITIONS:
        return " ".join(_WORD.findall(subject)[:-len(asked_words)])  # "The left lung" to "Which lung ...?": left
    return subject


def reply_subject(reply: str, question: str) -> str | None:
    """:func:`subject_answer` of the reply's first sentence, unless a later sentence or clause of the reply restates
    the question of another subject ("The left kidney shows hydronephrosis. The right kidney also shows
    hydronephrosis." to "Which kidney is affected?": both are, the first subject is not the answer)."""
    pieces = [p for p in _PIECE_END.split(reply.strip()) if p.strip()]
    if not pieces:
        return None
    first = subject_answer(_SENTENCE_END.split(reply.strip(), maxsplit=1)[0], question)
    if first is None:
        return None
    others = {subject_answer(p, question) for p in pieces[1:]} - {None, first}
    return None if others else first


_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")


__all__ = ["reply_subject", "subject_answer"]
