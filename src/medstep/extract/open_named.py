"""The term an open reply names after describing: "The image shows blood within the ventricles, which is called
intraventricular hemorrhage.", "... ghosting along the phase-encoding direction, which is a motion artifact, most
likely from patient movement.", "... set in a background of small lymphocytes. These are Reed-Sternberg cells,
characteristic of classical Hodgkin lymphoma.", "... My best guess would be an enchondroma, though a low-grade
chondrosarcoma can't be completely excluded."

Why one mechanism and not one per shape: a reply that describes first and then names what it described joins the two
with a naming link ("which is (called) X", "these are X", "my best guess would be X"). The description is how the model
got there; the term after the link is what it committed to. Read whole, or cut to its opening description by the
tail readers (``extract/open_tails.py`` drops a "which ..." clause as a qualifier of the label before it), the reply
never matches its gold. :func:`named_term` returns the term, cut at its clause end (", though ...", ", characteristic
of ...", ", most likely from ...").

When the link itself says it names ("called", "known as", "termed"), the term wins over a description before it. A
plain "which is X" / "these are X" joins a description to a term only when the term is the kind the question asks (its
head noun: "What kind of artifact ...?" and "a motion artifact", "Which cells ...?" and "Reed-Sternberg cells", so the
named cells win over the disease they characterise; so does a term of the asked kind opening a sentence, "Reed-Sternberg
cells, characteristic of classical Hodgkin lymphoma.") or names a finding or disease of the vocabulary. Never read:

* a short name before the link ("Pneumothorax, which is a collapse of the lung", "Cardiomegaly, which is a sign of
  heart failure"): the answer came first and the clause defines it (the definition near miss);
* a term that only points at something else ("a common site of ...", "the classic features of ..."), a term denied
  before it ("These are not X"), reported ("some people call"), two different terms, or a term held open (an
  alternative, a doubt) anywhere in the reply; a concession after the term in its own sentence ("though Y can't be
  excluded") is the model's caveat on its pick and leaves it standing;
* a question asking where, which side or part, how many or how large: another kind of value (``extract/open_asked.py``
  and the measurement readers answer those).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation, revisions
from medstep.answers.text import normalize_answer
from medstep.extract.open_conclusion import names_entity
from medstep.extract.open_count import asks_count
from medstep.extract.open_decision import contentless
from medstep.extract.clauses import NORMAL_WORDS
from medstep.extract.open_field import DENIED_BODY
from medstep.extract.open_json import CONCLUSION_KEYS
from medstep.extract.open_labels import HOLDS, is_label, names_finding
from medstep.extract.open_phrase import CONCESSION, HELD_OPEN, TYPICAL_OF, attributed, denied_before, phrase_span
from medstep.extract.open_asked import DESCRIPTION, REFINING_WORDS, revised_after
from medstep.extract.open_tails import ASKS_MEASURE, ASKS_PLACE, asks_part
from medstep.extract.open_unanswered import ASKS_SIDE
from medstep.extract.replywords import ANSWER_KEYS
from medstep.lazyre import lazy_compile

# The naming links. ``called``: the link says it names ("which is called X", "which are known as X", "which is what is
# often termed X"); ``which``: a relative clause naming what the description before it is ("..., which is a motion
# artifact"); ``these``: a sentence naming what the one before described ("These are target cells"); ``guess``: the
# writer's own pick ("My best guess would be X").
_NAMING_VERB = r"(?:called|known\s+as|termed|referred\s+to\s+as|named)"
_ADVERB = r"(?:(?:also|commonly|often|usually|classically|sometimes|together|all)\s+)?"
_LINK = lazy_compile(
    r"(?i)(?:(?P<which>(?:,\s*|\s)which\s+" + _ADVERB + r"(?:is|are)\s+(?:what\s+(?:is|are)\s+)?" + _ADVERB
    + r"(?P<called>" + _NAMING_VERB + r"\s+)?)"
    r"|(?P<these>(?:^|(?<=[.;!?]\s)|(?<=\n))(?:these|they|those)\s+are\s+(?:" + _ADVERB + _NAMING_VERB + r"\s+)?)"
    r"|(?P<guess>\bmy\s+(?:best|top|single\s+best)\s+guess\s+(?:here\s+)?(?:would\s+be|is|will\s+be)\s+))"
    r"(?:an?\s+|the\s+)?")
# What may follow the term in its sentence and still leave it committed: a concession (the model's caveat on its pick),
# or the term's cause given with a lean ("..., most likely from patient movement").
_CAUSE_LEAN = lazy_compile(r"(?i)\s*,?\s*(?:most\s+)?(?:likely|probably)\s+(?:from|due\s+to|caused\s+by|secondary\s+to|"
                           r"related\s+to|because)\b")
_CONCEDING = lazy_compile(r"(?i)\s*[,;—–-]?\s*" + hedges.words(hedges.CONCESSION))
# What holds a term open even inside a concession: an alternative offered in its place.
_ALTERNATIVE = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, ("or", "either", "versus", "vs")))
# A short name before the link: a few words, no preposition or verb ("Pneumothorax", "The lesion"); what the clause
# after it says defines it, unless the name is only the question's own noun.
_PREPOSITION = lazy_compile(r"(?i)\b(?:of|in|within|into|along|at|on|over|with|from|around|across|through|between|"
                            r"is|are|was|were|shows?|showing|seen|has|have)\b|[^\W\d_]+(?:ed|ing|s)\s+(?:the|a|an)\b")
# A term that is itself a verdict on something else ("which is typical of X", "which are suggestive of X", "these are
# diagnostic features of X"): the thing named is X, which the verdict reader (``extract/open_verdict.py``) reads.
_INFERS = lazy_compile("(?i)" + hedges.words(hedges.INFERRING, hedges.IDENTIFYING, hedges.SUSPICION)
                       + r"|\b(?:diagnostic|pathognomonic|classic|classical|typical|characteristic|hallmark|features?|"
                         r"signs?|findings?|appearances?)\s+(?:of|for)\b")
_WORD = lazy_compile(r"[^\W_][\w'-]*")
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|\n")
_CLAUSE_START = lazy_compile(r"[.!?;:\n](?=\s|$)")  # a dash is no clause start: "Schwannoma — which is ..." names first
# A sentence that already gave its name before the link ("The diagnosis is sarcoidosis, which is ...", "This is a
# fibroadenoma, which is ...", "Diagnosis: giant cell tumor of bone, which is ...", "Meningioma — which is ..."): the
# clause after defines the name, whatever its length.
_NAMED_BEFORE = lazy_compile(r"(?i)\b(?:diagnosis|diagnóstico|diagnostic|impression|conclusion|this\s+is|it\s+is|"
                             r"that\s+is|es)\b|[:—–]")
# The class nouns a definition gives ("a benign tumour", "a multisystem granulomatous disease"): a term whose head is
# one of them says what kind of thing the name is, it names nothing.
_CLASS_NOUNS = frozenset(("tumour", "tumours", "tumor", "tumors", "disease", "diseases", "lesion", "lesions", "neoplasm",
                          "neoplasms", "condition", "disorder", "finding", "findings", "process", "entity", "malignancy",
                          "abnormality", "growth", "pathology", "syndrome"))
# Words after the term that take it back or narrow it: "... — no, es un hematoma epidural", "... Wait, ...",
# "On second thought, ...", ". More specifically, ...".
_REVISED = lazy_compile("(?i)" + hedges.words(revisions.CUES, revisions.SECOND_LOOK, revisions.TAKE_BACK,
                                              revisions.DISOWN, revisions.RESTATE)
                        + r"|[—–,;:]\s*" + hedges.words(revisions.SELF_DENIAL) + r"\s*[,.;:—–]"
                        + r"|(?:^|[.!?]\s+)" + REFINING_WORDS)
_KIND_OF = lazy_compile(r"(?i)\b(?:type|kind|form|sort)\s+of\s+([a-z][a-z-]+)")
_WHICH_NOUN = lazy_compile(r"(?i)\b(?:what|which)\s+(?!(?:is|are|was|were|does|do|did|can|could|would|type|kind|form|"
                           r"sort)\b)([a-z][a-z-]+)")
_STEM = 5
_NAME_WORDS = 3
_NAME_CHARS = 60
_TERM_WORDS = 6
_MAX_TEXT = 3000
_MAX_LINKS = 6
_BLANKS = lazy_compile(r"[ \t\r\f\v]{2,}")
_LINE_BREAKS = lazy_compile(r"[ \t]*\n\s*")


def asked_noun(question: str) -> str | None:
    """The noun ``question`` asks a kind of ("What kind of artifact ...?", "Which cells ...?"), or ``None``."""
    found = _KIND_OF.search(question) or _WHICH_NOUN.search(question)
    return found.group(1).lower() if found is not None else None


# A body calling its label normal ("Right upper lobe: normal.", "Left kidney: unremarkable."): a checklist line.
_NORMAL_BODY = lazy_compile(r"(?i)^[\s*_]*" + NORMAL_WORDS)
# Words saying which one of several leads ("Main lesion:", "Dominant lobe -"): in a label they make it a field's name;
# in its body they say another one leads ("Right upper lobe: minimal; dominant consolidation is in the left lower.").
_LEADING = ("main", "primary", "principal", "dominant", "predominant", "most", "mostly")
# Words that make a label the name of the asked field, not a value of it: "Type of necrosis:", "Kind of cells -";
# so do the words of a field's name that say which answer it holds, not which thing: "Main lesion:", "Affected lobe -",
# "Likely diagnosis:", "Suspected lesion:".
_FIELD_WORDS = frozenset((*_LEADING, "type", "kind", "form", "sort", "of", "pattern", "category", "class", "key", "abnormal",
                          "affected", "involved", "relevant", "identified", "observed", "visible", "seen",
                          *hedges.LIKELIHOOD, *hedges.SUSPICION,
                          *(w for key in ANSWER_KEYS | CONCLUSION_KEYS for w in key.split())))
# A body that turns from its label or sets it aside ("Caseous necrosis: present in some granulomas; most areas show
# coagulative change.", "Subdural hematoma: excluded"): the label is one line of a checklist, not the answer.
_DEMOTED = lazy_compile("(?i)" + hedges.words(hedges.TURN, hedges.CONTRAST, hedges.UNLIKELY_WORDS, negation.EXCLUDED,
                                              _LEADING, ("instead",)))
# A body that is a bare value: a few words with no clause break inside ("Culprit vessel: left anterior descending
# artery", "Notable finding: cardiomegaly"): the label names the field and the body is its value.
_BARE_WORDS = 4
_INNER_STOP = lazy_compile(r"[,;:.!?()]")


def kind_label(label: str, body: str, question: str) -> bool:
    """Whether the ``label`` opening a one-line answer ("Caseous necrosis: cheesy debris ...", "Right upper lobe:
    consolidation ...") is itself the answer: its head is the noun the question asks a kind of ("What type of
    necrosis ...?", "Which lobe ...?") and a word before it says which one, and the body describes it. The noun alone
    ("Necrosis: coagulative.") or a field's name ("Type of necrosis: ...", the question's own words: "Enlarged
    structure: ...") is the field, its value after it; so is any label before a bare value ("Culprit vessel: left
    anterior descending artery"), unless the question asks a part and the value is a finding said of it ("Right middle
    lobe: consolidation with air bronchograms"). A body denying the label, calling it normal or turning from it
    ("Caseous necrosis: absent.", "Right upper lobe: normal.", "...: trace only; the main finding is ...") or naming
    the asked noun again (another lobe's line) makes it a checklist line."""
    noun = asked_noun(question)
    words = [w.lower() for w in _WORD.findall(label) if w.lower() not in ("a", "an", "the")]
    if noun is None or not 2 <= len(words) <= _TERM_WORDS or not _of_kind(label, noun):
        return False
    if _FIELD_WORDS & set(words) or any(w[:_STEM] == noun[:_STEM] for w in words[:-1]):
        return False
    asked = {w.lower()[:_STEM] for w in _WORD.findall(question)}
    if all(w[:_STEM] in asked for w in words):
        return False  # "**Enlarged structure:** left atrium" to "What structure is enlarged?": the question as a field
    if any(w.lower()[:_STEM] == noun[:_STEM] for w in _WORD.findall(body)):
        return False  # "Left lower lobe: clear. Right lower lobe: consolidation.": a checklist of the asked kind
    if DENIED_BODY.match(body) is not None or _NORMAL_BODY.match(body) is not None or _DEMOTED.search(body) is not None:
        return False  # "Right upper lobe: minimal; dominant consolidation is in the left lower.": another one leads
    value = body.strip(" \t*_.")
    if len(_WORD.findall(value)) > _BARE_WORDS or _INNER_STOP.search(value) is not None:
        return True  # "Fibrinoid necrosis: bright pink smudgy deposits in the vessel wall.": a description of the label
    return asks_part(question) and names_finding(value)  # "Left upper lobe: patchy consolidation."


def _asks_other(question: str) -> bool:
    """Whether ``question`` asks a place, a side, a part, a count or a measurement: no term answers it."""
    return (ASKS_PLACE.search(question) is not None or ASKS_SIDE.search(question) is not None or asks_part(question)
            or asks_count(question) or ASKS_MEASURE.search(question) is not None)


def _of_kind(term: str, noun: str | None) -> bool:
    """Whether ``term``'s head word is the asked noun ("motion artifact" to "artifact", "target cells" to "cells")."""
    words = _WORD.findall(term)
    return noun is not None and bool(words) and words[-1].lower()[:_STEM] == noun[:_STEM]


def _short_name(head: str, question: str) -> bool:
    """Whether the words before a "which" link are a short name of their own ("Pneumothorax", "Cardiomegaly"), not a
    description and not only the question's words ("The lesion, which is an osteochondroma, ...")."""
    if len(head) > _NAME_CHARS:
        return False  # no short name is that long (and a long word run is never scanned by the verb test)
    words = [w for w in _WORD.findall(head) if w.lower() not in ("a", "an", "the")]
    if not words or len(words) > _NAME_WORDS or _PREPOSITION.search(head) is not None:
        return False
    asked = {w.lower()[:_STEM] for w in _WORD.findall(question)}
    return not all(w.lower()[:_STEM] in asked for w in words)


def _committed_tail(tail: str) -> bool:
    """Whether what follows the term in its sentence leaves it committed: nothing, a caveat conceded ("though Y can't
    be excluded"), a cause given with a lean, or words holding nothing open."""
    if _CONCEDING.match(tail) is not None or _CAUSE_LEAN.match(tail) is not None:
        return _ALTERNATIVE.search(tail) is None
    return HELD_OPEN.search(tail) is None and CONCESSION.search(tail) is None


# What a term of the asked kind may be said to characterise after it ("Reed-Sternberg cells, characteristic of
# classical Hodgkin lymphoma", "Target cells, seen in thalassaemia"): the disease the named thing points to.
_CHARACTERISES = lazy_compile(r"(?i)\s*,\s*(?:(?:most|highly|very|strongly)\s+)?(?:" + hedges.alternation(hedges.INFERRING)
                              + r"|(?:classically\s+|typically\s+)?(?:seen|found)\s+in|(?:the|a)\s+hallmark\s+of|"
                                r"diagnostic\s+of|pathognomonic\s+(?:of|for))\b")
_SENTENCE_START = lazy_compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[\s*_]*(?:(?:an?|the)\s+)?(?=[^\W\d_])")


def _characterised(text: str, noun: str | None) -> list[tuple[re.Match[str], int, int]]:
    """The terms of the asked kind that open a sentence and are said to characterise something after them ("Reed-Sternberg
    cells, characteristic of classical Hodgkin lymphoma." to "What kind of cells ...?"): the cells asked, not the
    disease they point to."""
    if noun is None:
        return []
    found = []
    for start in _SENTENCE_START.finditer(text):
        span = phrase_span(text, start.end())
        if span is None or not _of_kind(text[span[0]:span[1]], noun) or _CHARACTERISES.match(text, span[1]) is None:
            continue
        term = text[span[0]:span[1]]
        if is_label(term) and _LINK.match(text, start.end()) is None and HELD_OPEN.search(term) is None:
            found.append((start, span[0], span[1]))
    return found


def named_term(region: str, question: str) -> str | None:
    """The term ``region`` names after its description (module docstring), a slice of its text, or ``None``."""
    text = _LINE_BREAKS.sub("\n", _BLANKS.sub(" ", region.strip()))  # one blank between words: the phrase readers
    if not text or len(text) > _MAX_TEXT or _asks_other(question):  # scan blank runs once per start
        return None
    noun = asked_noun(question)
    terms: list[tuple[re.Match[str], int, int]] = []
    others: set[str] = set()
    for count, link in enumerate(_LINK.finditer(text)):
        if count >= _MAX_LINKS:
            return None  # no reply names that many things: a loop or a list, and a bound that keeps the reader linear
        span = phrase_span(text, link.end())
        if span is None:
            return None
        start, end = span
        term = text[start:end]
        if not 0 < len(_WORD.findall(term)) <= _TERM_WORDS or contentless(term) \
                or DESCRIPTION.match(term) is not None or TYPICAL_OF.match(term) is not None \
                or HELD_OPEN.search(term) is not None or HOLDS.search(term) is not None \
                or _INFERS.search(term) is not None:
            return None  # "which is a common site of ...", "which is typical of X", "either X or Y"
        if denied_before(text[link.start():], start - link.start()) or attributed(text, link.start()):
            return None  # "These are not X", "which some call X" (a denial before the link is the description's)
        kind = _of_kind(term, noun)
        if not (link.group("called") or link.group("guess") or kind or names_finding(term) or names_entity(term)):
            others.add(normalize_answer(term))
            continue  # "..., which is appropriate", "these are small": no term of a thing (unless a second one)
        if link.group("which") and not (link.group("called") or kind) \
                and _WORD.findall(term)[-1].lower() in _CLASS_NOUNS:
            return None  # "..., which is a benign tumour": the class of a name, a definition
        if link.group("which"):
            clause = _CLAUSE_START.search(text[:link.start()][::-1])
            head = text[link.start() - clause.start() if clause is not None else 0:link.start()]
            stop = _SENTENCE_END.search(text[:link.start()][::-1])
            sentence = text[link.start() - stop.start() if stop is not None else 0:link.start()]
            if _short_name(head, question) or _NAMED_BEFORE.search(sentence) is not None:
                return None  # "Pneumothorax, which is a collapse of the lung", "The diagnosis is X, which is ...": named first
        terms.append((link, start, end))
    terms += _characterised(text, noun)
    named = {normalize_answer(text[s:e]) for _, s, e in terms}
    if len(named) != 1 or others - named:
        return None  # none, or two different terms ("which are target cells, ..., which are schistocytes")
    link, start, end = terms[-1]
    if revised_after(text, end) or _REVISED.search(text, end) is not None:
        return None  # "..., which is a subdural hematoma — no, es un hematoma epidural": taken back or narrowed
    stop = _SENTENCE_END.search(text, end)
    sentence_end = stop.start() if stop is not None else len(text)
    if not _committed_tail(text[end:sentence_end]):
        return None
    rest = text[:link.start()] + " " + text[sentence_end:]
    if HELD_OPEN.search(rest) is not None or CONCESSION.search(rest) is not None:
        return None  # "It might be X ... which is Y": held open elsewhere
    return text[start:end]


__all__ = ["asked_noun", "kind_label", "named_term"]
