"""A yes/no verdict set off inside the closing sentence, read when no other verdict rule found one.

Models often give the verdict word neither first nor last but inside their closing sentence, between a finding and
its restatement or caveat: "Rate ~72, regular, P before every QRS, normal P axis — yes, sinus rhythm.", "Yes, most
likely malignant — excision is warranted.", "Mildly, yes (right lobe ~2.5 cm AP).", "I'd say yes, within the limits
of a single slice.". The word counts only where a verdict sits: opening the sentence, or after a dash, a colon, a
comma or "I'd say", and before punctuation ("no" before a word is a determiner: "no acute fracture"). It is declined
(no reading, never a guess) when:

* the sentence holds two such words, or the text a verdict word of the other value ("Effusion — yes, pneumothorax —
  no.");
* a condition or a negation precedes it in its sentence ("If it is displaced — yes, ...", "There's no cortical
  break — yes, the radius is intact."), or the writer denies giving it ("I would not say yes, ...");
* the question names a side and the text names the other one;
* a turn or "or" follows it ("yes, but ...", "yes or no"), a possibility or a doubt comes after it ("yes, maybe",
  "Yes (low confidence; could well be no)."), or a later turn brings a negation ("— yes, although there is no
  pneumothorax");
* it answers a label that names something else ("Pneumothorax: none. Effusion — yes." to "Is there a
  pneumothorax?"): the phrase before the dash, colon or comma, short or long ("Small effusion at the left base,
  yes; ..." to a pneumothorax question), must name the asked term, or the words after the verdict must.

The caller (``extract/closed_reader.py``) also declines when the text states the finding the other way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import hedges, negation, revisions
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.answers.technique import TECHNICAL, technique_mentions
from medstep.extract import implicit, implicit_terms
from medstep.extract.closed import denied_closing
from medstep.extract.implicit_words import DEGREE, IMAGE, STOP
from medstep.lazyre import lazy_compile

RULE = "yes_no_final"  # a closing verdict, as ``extract/closed.py``'s closing word
_CLOSING = lazy_compile(
    r"(?i)(?:^|(?<=[.!?\n])|([—–:,]|\s-)|\bi(?:['’]d|\s+would)\s+say)[\s*_\"'“”]*(yes|no)[*_\"'“”]*"
    r"(?=\s*(?:[,;(—–]|-\s|[.!]*[\s*_\"'“”]*\Z))"
)
# A verdict word shaped as one anywhere in the text: "yes" (any), or "no" before punctuation ("No.", "no," "no —").
_SHAPED = lazy_compile(r"(?i)\byes\b|\bno(?=[*_\"'“”]*[ \t]*(?:[,.;:!()\[\]—–\n]|-\s|\Z))")
# A condition before the verdict ("would" of "I would say yes" commits: the conditions without it).
_CONDITION = lazy_compile(r"(?i)" + hedges.words(hedges.SUPPOSING, hedges.SUPPOSED_CASE, hedges.ASKING))
_UNDONE = lazy_compile(r"(?i)[\s*_\"'“”,;(—–-]*(?:or\b|" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.TURN) + ")")
# A possibility or a doubt anywhere after it: "Yes (low confidence; could well be no)."
# Another language's possibility word too: "No, quizás." (Spanish "no" is spelled as the English one).
_LATER_DOUBT = lazy_compile(r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT) + r"|(?<!\w)(?:"
                            + hedges.alternation(hedges.OTHER_POSSIBILITY) + r")(?!\w)")
# A later turn that brings a negation or a possibility: "— yes, although there is no pneumothorax."
_TURNED = lazy_compile(r"(?i)" + hedges.words(hedges.TURN) + r".*?(?:" + hedges.words(negation.DENY, negation.NEVER, negation.NONE,
                       negation.ABSENT, hedges.POSSIBILITY) + "|" + negation.CONTRACTION + ")")
# Where the phrase before a separator starts: the sentence start or the last comma, semicolon or bracket.
_SEGMENT_START = lazy_compile(r"[,;()\n]")
# A negation before the verdict in its sentence: "There's no cortical break — yes, the radius is intact." (the word
# may agree with its own clause, not answer the question).
_NEGATED = lazy_compile(r"(?i)" + hedges.words(negation.DENY, negation.NEVER, negation.NONE, negation.ABSENT) + "|"
                        + negation.CONTRACTION)
_SIDE = lazy_compile(r"(?i)\b(left|right)\b")


@dataclass(frozen=True)
class Closing:
    """The closing sentence's verdict and where its word stands in the text."""

    verdict: str
    start: int
    end: int


def _sentence_start(text: str) -> int:
    """Where the closing sentence of ``text`` starts ("2.5 cm" and "~72" hold no sentence end)."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[:-1])]
    return ends[-1] if ends else 0


def _names_term(text: str, question: str) -> bool:
    q = implicit_terms.parse_question(question)
    if q is None:
        return False
    key = implicit_terms.key_word(q)
    return any(implicit_terms.matches(t, key) for t in implicit_terms.tokens(text))


# What a question whose term is not parsed asks of, that a set-off verdict's clause must restate: the object after
# "consistent with / typical of / suggestive of" ("Is this ECG consistent with a Brugada pattern?": brugada), its
# frame words aside, or the nature asked ("Is this nodule likely malignant?": malignant). Generic words ("consistent",
# "pattern", "lesion", "rhythm") never tie a verdict to the question.
_ASKED_OBJECT = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.IDENTIFYING, hedges.INFERRING)
                             + r")\s+(?:an?\s+|the\s+)?([^?]+?)\s*\?*\s*$")
_NATURES = ("benign", "malignant")
_FRAME_WORDS = frozenset({"pattern", "appearance", "appearances", "picture", "finding", "findings", "feature",
                          "features", "sign", "type", "morphology", "configuration", "changes", "process", "diagnosis"})
_OBJECT_CLAUSE_END = lazy_compile(r"(?i)[.;!?\n(]|\b(?:but|though|although|however|whereas)\b")
_ASKS_BEFORE = lazy_compile(r"(?i)^[\s*_]*(?:is|are|was|were|does|do|did|has|have|had|can|could|should|will|would)\b")


def _asked_object(question: str) -> tuple[str, ...] | None:
    """The words a verdict's clause must hold for a question whose term is not parsed (see above), else ``None``: a
    comparison ("more likely benign than malignant") has none."""
    if re.search(r"(?i)\bthan\b", question):
        return None
    m = _ASKED_OBJECT.search(question)
    if m is not None:
        words = tuple(w for w in implicit_terms.tokens(m.group(1)) if w not in _FRAME_WORDS and w not in STOP)
        return words or None
    natures = tuple(w for w in implicit_terms.tokens(question) if w in _NATURES)
    return natures if len(natures) == 1 else None


def _restates_object(after: str, question: str) -> bool:
    """Whether the clause after a set-off verdict names what an unparsed question asks of: every word of its object
    (or their initials, "WPW" of Wolff-Parkinson-White), no other nature, no negation ("— yes, this is consistent with
    early repolarization" to a Brugada question; "yes, the rhythm is atrial flutter" to atrial fibrillation)."""
    wanted = _asked_object(question)
    if wanted is None:
        return False
    clause = _OBJECT_CLAUSE_END.split(after, maxsplit=1)[0]
    words = implicit_terms.tokens(clause)
    if _NEGATED.search(clause) is not None or any(w in _NATURES and w not in wanted for w in words):
        return False
    initials = "".join(part[0] for w in wanted for part in w.split("-") if part)
    return all(any(implicit_terms.matches(w, implicit_terms.stem(o)) for w in words) for o in wanted) \
        or (len(initials) >= 2 and initials in words)


def read_closing(text: str, question: str) -> Closing | None:
    """The one verdict set off inside the closing sentence of ``text`` (see module docstring), else ``None``."""
    tail = text.rstrip()
    start = _sentence_start(tail)
    if len(tail) - start > 300:
        return None
    found = list(_CLOSING.finditer(tail, start))
    if len(found) != 1:
        return None
    m = found[0]
    word = m.group(2).lower()
    if _CONDITION.search(tail, start, m.start(2)) or denied_closing(tail[start:m.end(2)]) \
            or _NEGATED.search(tail, start, m.start(2)) is not None:
        return None
    asked_sides = {s.lower() for s in _SIDE.findall(question)}
    if asked_sides and {s.lower() for s in _SIDE.findall(tail)} - asked_sides:
        return None  # "... — yes, a small right effusion." to "Is there an effusion on the left?"
    if _UNDONE.match(tail, m.end()) is not None or _TURNED.search(tail, m.end()) is not None \
            or _LATER_DOUBT.search(tail, m.end()) is not None:
        return None
    if any(v.group(0).lower() != word for v in _SHAPED.finditer(tail)):
        return None
    if not m.group(1) and answers_another(tail[start:], question):
        return None  # "No fracture. Yes, there is soft tissue swelling.": the swelling's yes
    if m.group(1):
        seps = list(_SEGMENT_START.finditer(tail, start, m.start()))
        segment = tail[seps[-1].end() if seps else start:m.start()].split()
        # What the verdict answers: a label ("Effusion — yes") or a longer description ("Small effusion at the left
        # base, yes; ...", "Cortex is intact along the radius — yes, ...") must name the asked term, there or after
        # the word; a degree word alone ("Mildly, yes") answers the question itself.
        about = bool(segment) and not (len(segment) == 1 and segment[0].lower() in DEGREE)
        if about and implicit_terms.parse_question(question) is None:
            # an unparsed question: the words after the verdict restate its object, and what precedes the verdict
            # is no question of its own ("Is a biopsy needed — yes, ...")
            if _ASKS_BEFORE.match(" ".join(segment)) is not None or not _restates_object(tail[m.end():], question):
                return None
        elif about and not _names_term(" ".join(segment) + " " + tail[m.end():], question):
            return None
    return Closing(word, m.start(2), m.end(2))


# A verdict set off inside an earlier sentence and restated by its own clause: "There's a 6 mm stone at the junction,
# and yes, it is causing obstruction — ..." (after a dash, a colon, a comma or "and"; before a comma, a semicolon or
# a dash).
_INNER = lazy_compile(
    r"(?i)(?:[—–:]|\s-|,(?:\s*and)?|\band)[\s*_\"'“”]*(yes|no)[*_\"'“”]*(?=\s*(?:[,;—–]|-\s))"
)
# Where the verdict's own clause ends: a sentence end, a semicolon, a dash or a bracket.
_CLAUSE_END = lazy_compile(r"[.!?;\n—–(]|\s-\s")
# Before the verdict: another's words (a report, a quote, a modal "might say") or a question ("Was it there before —").
_REPORTED = lazy_compile(r"(?i)" + hedges.words(hedges.REPORTED, hedges.POSSIBILITY, hedges.CONDITION) + r"|[\"“”]")
_ASKS = lazy_compile(r"(?i)^[\s*_]*(?:is|are|was|were|does|do|did|has|have|had|can|could|should|will|would)\b")
# A revision anywhere after it: "— wait, that was a portable AP film".
_REVISED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                                         revisions.DISOWN, revisions.RESTATE) + r")\b")
# A place in the clause ("it is fractured at the radial styloid"): each word after it must be the question's.
_PLACE_PHRASE = lazy_compile(r"(?i)\b(?:at|in|of|on|within|involving|along)\s+(?:the\s+)?((?:[a-z-]+\s*){1,3})")
# Words a denial may pass before what it denies ("is not seen", "there is no definite ...").
_NEG_FILL = frozenset({"be", "been", "seen", "present", "any", "a", "an", "the", "definite", "definitely", "significant",
                       "significantly", "obvious", "obviously", "evidence", "of", "there", "is", "are"})


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at`` ("6.5 mm" holds no sentence end)."""
    starts = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", text[:at])]
    end = re.compile(r"[.!?](?=\s|\Z)|\n").search(text, at)
    return (starts[-1] if starts else 0), (end.end() if end is not None else len(text))


def _denies_asked(clause: str, question: str) -> bool:
    """Whether every negation of ``clause`` denies the asked term or property itself ("it is not displaced", "there
    is no effusion"), not another predicate ("the pneumothorax is not resolved", "not likely viral")."""
    asked = {implicit_terms.stem(w) for w in implicit_terms.tokens(question)}
    found = list(_NEGATED.finditer(clause))
    for neg in found:
        after = [w for w in implicit_terms.tokens(clause[neg.end():]) if w not in _NEG_FILL]
        if not after or implicit_terms.stem(after[0]) not in asked:
            return False
    return bool(found)


def read_inner(text: str, question: str) -> Closing | None:
    """The one verdict set off inside a sentence other than the closing one, read only where its own clause restates
    it: the words after it name the asked term and agree with it ("and yes, it does appear to be causing
    obstruction" to "Is there a stone causing obstruction?"; "no, it is not displaced" to "Is the fracture
    displaced?": the negation denies the asked word itself). None when: a "yes" before a negation, a "no" whose
    negation denies something else ("no, the pneumothorax is not resolved"), a clause naming something else or
    another place ("yes, it is fractured at the radial styloid" to the scaphoid), any other verdict word, a question
    mark or a quote anywhere, a condition, a negation, another's words ("the note reads", "might say") or a question
    before it in its sentence, a past study ("on the prior study", "last week"), a doubt, a turn bringing a negation
    or a revision ("— wait, ...") after it, or another side."""
    if implicit_terms.parse_question(question) is None or "?" in text:
        return None
    found = list(_INNER.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    word = m.group(1).lower()
    if any(v.group(0).lower() != word for v in _SHAPED.finditer(text)):
        return None
    start, stop = _sentence_bounds(text, m.start(1))
    before = text[start:m.start(1)]
    if _CONDITION.search(before) or _NEGATED.search(before) is not None or _REPORTED.search(before) is not None \
            or _ASKS.match(before) is not None or implicit.hedged(text[start:stop], temporal=True):
        return None
    if _REVISED.search(text, m.end()) is not None or _TURNED.search(text, m.end()) is not None:
        return None
    asked_sides = {s.lower() for s in _SIDE.findall(question)}
    if asked_sides and {s.lower() for s in _SIDE.findall(text)} - asked_sides:
        return None
    end = _CLAUSE_END.search(text, m.end() + 1)
    clause = text[m.end():end.start() if end is not None else len(text)].lstrip(" ,*_")
    if not clause or _UNDONE.match(clause) is not None or _LATER_DOUBT.search(clause) is not None \
            or _CONDITION.search(clause) is not None:
        return None
    asked = {implicit_terms.stem(w) for w in implicit_terms.tokens(question)}
    for place in _PLACE_PHRASE.finditer(clause):
        if any(implicit_terms.stem(w) not in asked for w in implicit_terms.tokens(place.group(1))):
            return None  # "it is fractured at the radial styloid" to "... of the scaphoid?"
    negated = _NEGATED.search(clause) is not None
    if negated != (word == "no") or (negated and not _denies_asked(clause, question)) \
            or not _names_term(clause, question):
        return None
    return Closing(word, m.start(1), m.end(1))


# A closing verdict after a short label: "Effusion, yes.", "Cardiomegaly: no."
_LABELLED_VERDICT = lazy_compile(r"(?i)^[\s*_\"']*([^,:;—–.!?\n]{1,40}?)[\s*_\"']*[,:;—–-]\s*(?:yes|no)[\s.!*_\"']*\Z")


def _asked(question: str) -> set[str]:
    """The concepts ``question`` (or any text) names, and the finding an abnormal word makes of an organ it names
    ("Is the liver enlarged?": hepatomegaly)."""
    found = vocabulary().mentions(question)
    named = {m.concept for m in found if m.kind is MentionKind.CONCEPT}
    return named | {f for m in found if m.kind is MentionKind.ABNORMAL for organ, f in m.findings if organ in named}


def _spoken_of(text: str) -> set[str]:
    """What ``text`` speaks of (:func:`_asked`), the modality left out: "on the prior film" names the image, not a
    finding of it."""
    concepts = vocabulary().concepts
    return {c for c in _asked(text) if c not in concepts or concepts[c].category != "modality"}


def _related(a: str, b: str) -> bool:
    """Whether one concept is the other or a kind of it ("tension pneumothorax" is a pneumothorax)."""
    concepts = vocabulary().concepts
    ca, cb = concepts.get(a), concepts.get(b)
    return a == b or (ca is not None and b in ca.descendants) or (cb is not None and a in cb.descendants)


def answers_another(sentence: str, question: str) -> bool:
    """Whether a sentence opening with a verdict word speaks of a finding the question does not ask about, and of
    none it asks: "No fracture. Yes, there is soft tissue swelling." gives the swelling's yes, not the fracture's
    (the answer is the fracture's no). Only where the question asks of a known finding or device (one naming none,
    or asking whether a study is normal, is answered by any finding) and the sentence does not name the asked
    term."""
    if _of_the_making(sentence, question):
        return True  # "No. … Yes, the image quality is adequate." to "Is there a pneumothorax?" / "Is the appendix normal?"
    found = vocabulary().mentions(question)
    if any(m.kind is MentionKind.NORMAL for m in found):
        return False  # "Is this a normal brain MRI?": any finding answers it ("I'd say no, given the mass effect.")
    concepts = vocabulary().concepts
    asked, named = _asked(question), _spoken_of(sentence)
    return any(concepts[c].category in ("finding", "device") for c in asked if c in concepts) and bool(named) and not any(_related(a, b) for a in named for b in asked) \
        and not _names_term(sentence, question)


def _of_the_making(sentence: str, question: str) -> bool:
    """Whether a sentence speaks of how the image was made ("the image quality is adequate", "positioning is good")
    and the question does not (it asks of a finding, not of the technique), nor does the sentence name what is asked."""
    return TECHNICAL.search(sentence) is not None and TECHNICAL.search(question) is None \
        and not technique_mentions(question) and not names_asked(sentence, question) \
        and not _shares_word(sentence, question)


_CONTENT = lazy_compile(r"[a-z]{4,}")


def _shares_word(sentence: str, question: str) -> bool:
    """Whether the sentence uses a content word of the question (by its first five letters: "positioned" and
    "position"), other than the words naming the image itself ("Yes, the tube is well positioned." to "Is the tube
    in a satisfactory position?" speaks of the asked tube)."""
    asked = {w[:5] for w in _CONTENT.findall(question.lower()) if w not in IMAGE and w not in _QUESTION_WORDS}
    return any(w[:5] in asked for w in _CONTENT.findall(sentence.lower()) if w not in IMAGE)


_QUESTION_WORDS = frozenset({"there", "this", "that", "these", "those", "does", "have", "with", "what", "which", "evidence"})


def names_other(text: str, question: str) -> bool:
    """Whether ``text`` names a finding that is not one ``question`` asks about nor a kind of one."""
    asked = _asked(question)
    return any(not any(_related(a, b) for b in asked) for a in _spoken_of(text))


def spoken_of(text: str) -> set[str]:
    """The concepts ``text`` speaks of, the modality left out (``extract/verdict_scope.py`` compares two identities)."""
    return _spoken_of(text)


def asked_concepts(question: str) -> set[str]:
    """The concepts ``question`` names (with the finding an abnormal word makes of an organ it names)."""
    return _asked(question)


def names_related(text: str, question: str) -> bool:
    """Whether ``text`` names a concept ``question`` names, or a kind of one."""
    asked = _asked(question)
    return any(_related(a, b) for a in _spoken_of(text) for b in asked)


def names_asked(text: str, question: str) -> bool:
    """Whether ``text`` names what ``question`` asks about: its term, or a concept it names or a kind of one."""
    return _names_term(text, question) or names_related(text, question)


def names_only_devices(text: str) -> bool:
    """Whether every concept ``text`` speaks of is a device (a tube, a pacemaker, surgical clips), and it names one."""
    concepts = vocabulary().concepts
    named = _spoken_of(text)
    return bool(named) and all(c in concepts and concepts[c].category == "device" for c in named)


def names_any(text: str) -> bool:
    """Whether ``text`` names any finding of the vocabulary."""
    return bool(_spoken_of(text))


def labels_another(text: str, question: str) -> bool:
    """Whether ``text`` closes on a verdict given to a label that names a finding the question does not ask about:
    "Effusion, yes." to "Is there a pneumothorax?" answers whether there is an effusion, not the question. A label
    naming the asked finding ("Pneumothorax, yes."), a degree or a side ("Small, yes.", "Right-sided, yes.")
    answers the question."""
    tail = text.rstrip()
    m = _LABELLED_VERDICT.match(tail[_sentence_start(tail):])  # its "^" holds at the string's start only
    if m is None:
        return False
    if len(m.group(1).split()) > 4:  # "There is soft tissue swelling, yes." to "Is there a fracture?"
        return answers_another(m.group(1), question)
    named = {m.concept for m in vocabulary().mentions(m.group(1)) if m.kind is MentionKind.CONCEPT}
    asked = _asked(question)
    return bool(named) and not any(_related(a, b) for a in named for b in asked) \
        and not _names_term(m.group(1), question)


__all__ = ["RULE", "Closing", "answers_another", "asked_concepts", "spoken_of", "labels_another", "names_any", "names_asked", "names_only_devices", "names_other", "names_related", "read_closing", "read_inner"]
