"""A closing refusal that declines the asked question itself: it withdraws the answer stated before it (issue #7).

"Pleural effusion. I can't determine its aetiology or nature from this image alone." names an answer and then says
the writer cannot give it: the model took it back, and reading "pleural effusion" would credit an answer it withdrew.
The readers stop at the first decision they find, so the refusal after it went unread. The other direction, a
refusal of another question ("I can't comment on management."), is set aside before reading by
``extract/other_question.py``; both read the refusing clause with the same grammar (``other_question.DECLINED``: a
negated declining verb and what it declines).

The answer is withdrawn (:func:`withdrawn_at` gives where the refusal starts; ``extract/core.py`` then checks that
the text before it states an answer, or that the answer came in a tag or box before it, and makes the reply
``refused``) only when all of these hold:

- the refusal closes the reply: a run of final sentences, each of them refusing ("I can't ...", ``is_refusal``), one
  clause of which at least declines the asked thing; it may follow the answer line with no full stop ("Answer: B
  However, I cannot ...");
- its writer declines ("I can't", "we are unable to"), with nothing after the verb turning back or hedging towards an
  answer ("..., but it is most likely B", "... though it could be a cyst");
- it declines with no qualifier of certainty ("I can't say for certain", "I cannot definitively diagnose", "exactly"):
  those keep the answer with less confidence;
- it is not the radiologist's caveat "I cannot exclude / rule out a small one" (declining to exclude alone), nor
  another caveat (review 29, :func:`_caveat`): after a "no", not perceiving a named finding ("No. I can't identify any
  pneumothorax."), not confirming "this" alone, a diagnosis declined "from a single image ..., so please correlate";
- it declines nothing beyond or besides the asked ("characterise it further", "questions about dosing", "a
  histological diagnosis"), and "the cause" or "origin" only when the question asks a cause;
- what it declines is the asked thing (:func:`_declines_asked`): a pronoun for it ("this", "it", "what it is",
  "which one"), the answer or the question ("the answer", "the correct option", "the question", "the finding"), a
  word of the asked sentence or of the answer read ("I cannot confirm a pneumothorax" to "Is there a
  pneumothorax?"), or its nature ("its aetiology", "the diagnosis", "the cause", "why") when the question asks what
  something is (a diagnosis, a cause, an abnormality), not whether a finding is there or where. A bare verb declines
  the asked question when it says, tells, answers, determines or assesses ("I can't tell from this image.").

Anything else declined ("the patient's management", "the age of the fracture", "its size", "whether it has
spread") is another matter, and the answer stands. The other direction, :func:`caveat_at`, finds a closing run that
declines only such a named matter ("Pneumothorax. I can't determine its size."), so that a reply the readers found
refused for it is read without it (``extract/scoped_refusal.py``).
"""

from __future__ import annotations

import re

from medstep.answers import hedges
from medstep.answers.other_subjects import OTHER_SUBJECTS
from medstep.extract import asked as asked_question
from medstep.extract.implicit_terms import matches, stem, tokens
from medstep.extract.implicit_words import COPULA, IMAGE, PRESENCE, STOP
from medstep.extract.other_question import DECLINED, DECLINING_VERBS
from medstep.extract.refusal import is_refusal
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType

# A sentence break: blanks after ".", "!", "?" or ";", or a run of newlines. Written to open on the blank (matches as
# ``(?<=[.!?;])\s+|\n+``, the two readings checked after it): the engine then skips to each blank instead of trying
# the look-behind at every character of a reply's tail (~2x faster; ``withdrawn_at`` splits every reply's tail).
_SENTENCES = lazy_compile(r"\s(?:(?<=[.!?;]\s)\s*|(?<=\n)\n*)")
# The writer declining, just before the modal: "I can't", "However, I cannot reliably", "I'm unable to", "we are not
# able to" (not "It cannot be", "The cause cannot").
_WRITER = lazy_compile(r"(?i)(?:\b(?:i|we)|\bi['’]m|\bwe['’]re|\bi\s+am|\bwe\s+are)\s+(?:\w+\s+)?\Z")
# Less confidence, not none: "for certain", "with certainty", "definitively", "exactly", "100%".
_CERTAINTY = lazy_compile(r"(?i)\b(?:with\s+(?:\w+\s+)?(?:certainty|confidence|precision)|for\s+(?:sure|certain)|"
                          r"certainly|definitive(?:ly)?|definite(?:ly)?|conclusive(?:ly)?|confidently|precise(?:ly)?|"
                          r"exact(?:ly)?|absolute(?:ly)?|beyond\s+(?:doubt|question)|specifically)\b|100\s*%")
# What turns back to, or leans towards, an answer after the refusal: "..., but it is most likely B".
_TURN = lazy_compile("(?i)" + hedges.words((*hedges.TURN, *hedges.CONTRAST, *hedges.POSSIBILITY, "likely", "probably",
                                            "favour", "favor", "favoured", "favored", "suggests", "suggestive",
                                            "consistent", "think", "lean", "leaning", "would say", "best guess")))
# A verb joined to the first ("confirm or exclude it", "assess or comment on this").
_JOINED_VERB = lazy_compile(r"(?i)^\s*(?:or|and|nor|/)\s+(?:\w+\s+)?" + DECLINING_VERBS + r"\b")
_VERB = lazy_compile(r"(?i)" + DECLINING_VERBS + r"\b")
# Where the declined object ends: its source or condition ("from this image alone", "on the study provided",
# "without a lateral view"), a clause joined after it, another mark.
_OBJECT_END = lazy_compile(r"(?i)\b(?:from|based\s+on|on\s+the\s+basis|without|given|alone|here|so|and\s+(?:i|we)|"
                           r"in\s+(?:this|these|the|a)\s+(?:[\w-]+\s+){0,2}?(?:image|images|study|film|scan|radiograph|"
                           r"view|slice|case|setting)|on\s+(?:this|these|the|a|one)\s+(?:[\w-]+\s+){0,2}?(?:image|images|"
                           r"study|studies|film|films|scan|radiograph|view|views|slice|x-ray|provided))\b|[,:—–(]")
# Where a noun phrase's head ends: "the age | of the fracture", "its aetiology | or nature".
_PHRASE_END = frozenset({"of", "in", "on", "at", "for", "to", "or", "and", "with", "by", "as", "about", "is", "are",
                         "was", "were", "be", "been", "has", "have", "had", "would", "could", "should", "will", "can",
                         "may", "might", "does", "do", "did", "here", "there", "now", "yet", "further", "reliably",
                         "accurately"})
_FRAME = frozenset({"a", "an", "the", "any", "such", "really", "reliably", "accurately", "further", "fully",
                    "properly", "truly", "clearly", "you", "me", "us", "correct", "right", "final", "true", "actual",
                    "exact", "underlying", "likely", "most", "possible", "best", "or", "not"})
# For the asked thing itself.
_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them", "so", "one", "there"})
# A clause asking the asked thing ("what it is", "which one", "whether there is one"); "how", "when", "where", "who"
# only when the question asks with it ("I can't say where it is." to "Where is the lesion?").
_WH = frozenset({"what", "which", "whether", "if", "how", "when", "where", "who"})
_WH_ASKED_ONLY = frozenset({"how", "when", "where", "who"})
# Being, saying what it is: "what this represents", "whether it is".
_BEING = COPULA | frozenset({"be", "represents", "represent", "shows", "show", "means", "correct", "right", "present",
                             "seen", "visible"})
_ANSWER_WORDS = frozenset({"answer", "question", "option", "choice", "finding", "abnormality", "query"})
# Its nature: asked when the question asks what something is (``_NATURE_QUESTION``).
_NATURE_WORDS = frozenset({"diagnosis", "diagnose", "cause", "aetiology", "etiology", "nature", "identity", "origin",
                           "character", "pathology", "why", "what", "represent"})
# (in other languages too: "diagnóstico", "hallazgo", 诊断)
_NATURE_QUESTION = lazy_compile(r"(?i)\b(?:diagnos\w*|diagnóstic\w*|caus\w*|aetiolog\w*|etiolog\w*|nature|identity|"
                                r"represent\w*|consistent|likely|malignan\w*|benign|abnormalit\w*|findings?|"
                                r"pathology|disease|condition|type|kind|pattern|term|hallazgos?|reperto|befund\w*|"
                                r"what\s+is\s+(?:this|it|shown|seen|the\s+(?:structure|object)))\b|诊断|診断")
# Words of a question that name nothing asked ("Which of the following is most likely shown in this patient?").
_QUESTION_FRAME = (STOP | IMAGE | COPULA | PRESENCE
                   | frozenset({"what", "which", "where", "when", "why", "how", "who", "does", "do", "did", "can",
                                "could", "there", "following", "most", "likely", "best", "describe", "describes",
                                "shown", "show", "shows", "seen", "patient", "you", "your", "image", "answer",
                                "options", "option", "true", "correct", "statement", "regarding", "about", "based"}))
# Verbs whose bare use ("I can't tell from this image.") declines the asked question; "I cannot diagnose from the
# description alone" is the disclaimer after an answer.
_BARE = frozenset({"answer", "say", "tell", "determine", "assess"})
# Declining to exclude alone is the radiologist's caveat: "No pneumothorax. I cannot exclude a small one."
_EXCLUDING = frozenset({"exclude", "rule"})


def _asked_words(question: str, answer: str) -> set[str]:
    """Stems naming what is asked: the asking sentence's content words and the answer read."""
    said = tokens(asked_question.asked_sentence(question)) + tokens(answer)
    return {stem(w) for w in said if w not in _QUESTION_FRAME and len(w) > 2}


def nature_asked(question: str, answer_type: AnswerType) -> bool:
    """Whether the question asks what something is (a diagnosis, a cause, an abnormality), so that declining its
    nature declines the question; a closed question of presence, a property or normality asks none of it."""
    if answer_type is AnswerType.CHOICE and "?" not in question and "？" not in question:
        return True  # a case told with no question ("CT shows a ... mass."): the options name what it is
    if _NATURE_QUESTION.search(question) is None:
        return False
    return answer_type is not AnswerType.CLOSED or asked_question.shape(asked_question.asked_sentence(question)) is None


def _phrase(words: list[str]) -> list[str]:
    """The content words of the noun phrase ``words`` open, up to a preposition, a joint or a verb: "the age | of the
    fracture", "its aetiology | or nature", "the surgical options | would be"."""
    out = []
    for w in words:
        if w in _PHRASE_END:
            break
        if w not in _FRAME:
            out.append(w)
    return out


def _names_asked(word: str, asked: set[str], nature: frozenset[str]) -> bool:
    s = stem(word)
    if s in _ANSWER_WORDS:
        return True
    if s in _NATURE_WORDS:
        return s in nature
    return any(matches(word, a) for a in asked)


def _phrase_asked(phrase: list[str], asked: set[str], nature: frozenset[str]) -> bool:
    """Whether the noun ``phrase`` names the asked thing: its head does; an answer word after a modifier only when the
    modifier does too ("the surgical options" are not the question's)."""
    if not phrase:
        return False
    head = phrase[-1]
    if stem(head) in _ANSWER_WORDS and len(phrase) > 1:
        return _names_asked(phrase[-2], asked, nature)
    return _names_asked(head, asked, nature)


def _declines_asked(obj: str, verbs: set[str], asked: set[str], nature: frozenset[str], question: str) -> bool | None:
    """Whether the declined object ``obj`` (cut at its source) is the asked thing (see module docstring): ``True``;
    ``False`` when it names another matter ("its size", "the exact segment", "how large it is", "management"); ``None``
    when it names nothing, not the asked thing either ("I cannot diagnose from this image", "I can't say for
    certain"): falsy like ``False``, which the closing caveat (:func:`caveat_at`) alone tells apart."""
    words = [w for w in tokens(obj) if not w.endswith("'s")]  # "the patient's management": its head
    if _BEYOND.intersection(words) or _OTHER_QUESTIONS.search(obj) is not None:
        return False  # "characterise it further", "answer questions about dosing": beyond, or besides, the asked
    if any(w in _QUALIFIED and n in ("diagnosis", "diagnose") for w, n in zip(words, words[1:])):
        return False  # "a histological diagnosis": the diagnosis only a biopsy or more gives
    content = [w for w in words if w not in _FRAME]
    if not content:
        return True if verbs & _BARE else None  # "I can't tell from this image."
    first, rest = content[0], content[1:]
    if first in OTHER_SUBJECTS:
        return False
    if first == "why":
        return True if nature else None
    if first in _WH:  # "what it is", "which option is correct", "whether there is a pneumothorax"
        rest = [w for w in rest if w not in _PRONOUNS and w not in _BEING]
        if first in _WH_ASKED_ONLY and first not in tokens(question):
            return False if _phrase(rest) else None  # "how the patient should be followed up", asked what it is
        if not rest:
            return True
        return _named(_phrase(rest), asked, nature)
    if first in ("its", "their"):  # "its aetiology or nature", "its size"
        return _named(_phrase(rest), asked, nature)
    if first in _PRONOUNS:  # "this", "it", "this lesion"
        phrase = _phrase(rest)
        return not phrase or _phrase_asked(phrase, asked, nature)
    return _named(_phrase(content), asked, nature)


def _named(phrase: list[str], asked: set[str], nature: frozenset[str]) -> bool | None:
    """:func:`_phrase_asked`, or ``None`` for an empty ``phrase`` (nothing named)."""
    return _phrase_asked(phrase, asked, nature) if phrase else None


def _clause(m: re.Match[str]) -> tuple[set[str], str, str]:
    """The declining verbs of the refusing clause ``m`` (``DECLINED``; with one joined to the first: "confirm or
    exclude it"), what it declines cut at its source ("its size | from this image alone"), and what follows that up to
    the next refusing clause ("| from this image alone")."""
    obj = m.group("object")
    next_clause = DECLINED.search(obj)
    if next_clause is not None:
        obj = obj[:next_clause.start()]
    verbs = {v.split()[0].lower() for v in _VERB.findall(m.group(0)[:m.start("object") - m.start()])}
    joined = _JOINED_VERB.match(obj)
    if joined is not None:
        verbs.add(_VERB.search(joined.group(0)).group(0).split()[0].lower())  # type: ignore[union-attr]
        obj = obj[joined.end():]
    end = _OBJECT_END.search(obj)
    return (verbs, obj, "") if end is None else (verbs, obj[:end.start()], obj[end.start():])


def _sentence_withdraws(sentence: str, asked: set[str], nature: frozenset[str], question: str,
                        denied: bool) -> bool | None:
    """``True`` when a writer's refusing clause of ``sentence`` declines the asked thing, ``False`` when the sentence
    turns back or hedges after one, ``None`` when it declines nothing of it."""
    found = [m for m in DECLINED.finditer(sentence) if _WRITER.search(sentence, 0, m.start()) is not None]
    if not found:
        return None
    if turns_back(sentence[found[0].start():]):
        return False
    withdraws = None
    for m in found:
        verbs, obj, _ = _clause(m)
        if verbs <= _EXCLUDING:
            continue  # "I cannot exclude a small pneumothorax.": a caveat
        if _caveat(obj, verbs, denied, m.group(0)):
            continue
        if _declines_asked(obj, verbs, asked, nature, question):
            withdraws = True
    return withdraws


def turns_back(after: str) -> bool:
    """Whether the text ``after`` a refusing clause, to its sentence's end, turns back or leans towards an answer
    ("..., but it is most likely B", "..., but the fracture is in the distal radius", ``_TURN``) or only qualifies its
    certainty ("I can't say for certain", "I can't estimate it precisely", ``_CERTAINTY``): the refusal is a caveat."""
    return _TURN.search(after) is not None or _CERTAINTY.search(after) is not None


def withdrawn_at(region: str, question: str, answer_type: AnswerType, answer: str) -> int | None:
    """Where the closing refusal of ``region`` that declines the asked question starts (its earliest withdrawing
    clause in the run of refusing sentences that ends the reply; 0 when that opens the region), else ``None`` (see
    module docstring). ``answer`` is the answer read, whose words name the asked thing too."""
    body = region.rstrip()
    base = max(0, len(body) - _TAIL_MAX)  # (a closing refusal is short: the sentences of the tail alone are split)
    body = body[base:]
    low = body.lower()
    if not any(map(low.__contains__, _GATES)):
        return None
    starts = [0] + [m.end() for m in _SENTENCES.finditer(body)]
    asked: set[str] | None = None
    nature: frozenset[str] = frozenset()
    denied = answer_type is AnswerType.CLOSED and answer.strip().lower() == "no"
    withdrawing = None
    for start in reversed(starts):
        sentence = _SENTENCES.split(body[start:], maxsplit=1)[0]
        if not sentence.strip() or not (is_refusal(sentence) or DECLINED.search(sentence) is not None):
            break
        if asked is None:  # (only once a closing refusal is found)
            asked, nature = _asked_words(question, answer), _nature_words(question, answer_type)
        said = _sentence_withdraws(sentence, asked, nature, question, denied)
        if said is False:
            return None  # "..., but it is most likely B": it turns back to an answer
        if said:
            withdrawing = start + _clause_start(sentence)
    # (the earliest withdrawing clause of the run, not the run's start: "The answer is D) None of the above. I'm
    # unable to confirm or exclude it." names its answer in words ``is_refusal`` reads too)
    return None if withdrawing is None else base + withdrawing


def caveat_at(region: str, question: str, answer_type: AnswerType) -> int | None:
    """Where the run of refusing sentences that closes ``region`` starts when each of them declines only a finer
    detail or another matter, named ("Pneumothorax. I can't determine its size.", "Right upper lobe. I can't identify
    the exact segment.", "A left-sided pneumothorax. I cannot tell how large it is."): the answer before it stands
    (the closing refusal that withdraws it is :func:`withdrawn_at`'s). ``None`` when nothing comes before the run, or
    when a sentence of it declines the asked thing, names nothing ("I can't say for certain."), joins another object
    ("its size or whether ..."), or refuses in other words besides ("..., and I'm not sure what it is")."""
    body = region.rstrip()
    base = max(0, len(body) - _TAIL_MAX)
    body = body[base:]
    low = body.lower()
    if not any(map(low.__contains__, _GATES)):
        return None
    starts = [0] + [m.end() for m in _SENTENCES.finditer(body)]
    run = None
    for start in reversed(starts):
        sentence = _SENTENCES.split(body[start:], maxsplit=1)[0]
        if not sentence.strip() or not (is_refusal(sentence) or DECLINED.search(sentence) is not None):
            break
        # (the words of the text before the sentence name the answer given, as ``withdrawn_at``'s answer does)
        words, nature = _asked_words(question, body[:start]), _nature_words(question, answer_type)
        if not _declines_detail(sentence, words, nature, question):
            return None
        run = start + _clause_start(sentence)  # "Answer: scoliosis I'm unable to say how ...": the answer line kept
    return base + run if run else None


def _declines_detail(sentence: str, asked: set[str], nature: frozenset[str], question: str) -> bool:
    """Whether every refusing clause of ``sentence`` is a writer's, declining a named other matter than the asked
    thing (or only excluding: "I cannot exclude a tension component"), with nothing joined to what it declines and no
    refusal left outside the clauses (see :func:`caveat_at`)."""
    outside, pos, named = [], 0, False
    while (m := DECLINED.search(sentence, pos)) is not None:  # (a clause's object runs on over the next clause)
        writer = _WRITER.search(sentence, 0, m.start())
        if writer is None:
            return False  # "Its size cannot be determined.": no writer's clause to judge
        verbs, obj, tail = _clause(m)
        first = _FIRST_WORD.match(obj)
        if _DETAIL_JOINT.search(obj, first.end() if first else 0) is not None or _DETAIL_JOINT.search(tail):
            return False  # "its size or whether it is one at all": the joined object may be the asked thing
        if not verbs <= _EXCLUDING:
            if _declines_asked(obj, verbs, asked, nature, question) is not False \
                    or any(stem(w) in _ANSWER_WORDS for w in tokens(obj)):
                return False  # the asked thing, nothing named ("I can't say for certain"), or "any radiological findings"
            named = True
        outside.append(sentence[pos:writer.start()])
        following = DECLINED.search(m.group("object"))
        pos = m.end() if following is None else m.start("object") + following.start()
    outside.append(sentence[pos:])
    return named and not is_refusal(" ".join(outside))


# A joint after the declined object's first word: another object that may be the asked thing ("its size or whether it
# is a pneumothorax at all", "the segment, and what it is").
_FIRST_WORD = lazy_compile(r"\s*\S+")
_DETAIL_JOINT = lazy_compile(r"(?i)\b(?:or|nor|and|plus|as\s+well\s+as|whether|what|which|if|but|though|although)\b")


# What opens the refusing clause before its writer: "However, I cannot ...", "... B, so I can't ...".
_OPENING = lazy_compile(r"(?i)(?:(?:\b(?:however|but|so|and|unfortunately|honestly|although|though|that\s+said)\b|"
                        r"[\s,;:—–-])*)\Z")


def _clause_start(sentence: str) -> int:
    """Where the refusal starts in ``sentence``: at its first writer's refusing clause with what opens it ("Answer: B
    However, I cannot reliably assess this": a reply whose answer line the refusal follows without a full stop), else
    at the sentence's start."""
    for m in DECLINED.finditer(sentence):
        writer = _WRITER.search(sentence, 0, m.start())
        if writer is not None:
            opening = _OPENING.search(sentence, 0, writer.start())
            return opening.start() if opening is not None else writer.start()
    return 0


def _nature_words(question: str, answer_type: AnswerType) -> frozenset[str]:
    """The words of nature that name the asked thing: none when the question asks no nature (``nature_asked``), and
    "cause" or "origin" only when it asks a cause ("I cannot identify the underlying cause" after a diagnosis given
    declines another question, review 29)."""
    if not nature_asked(question, answer_type):
        return frozenset()
    if _CAUSE_QUESTION.search(question) is not None:
        return _NATURE_WORDS
    return _NATURE_WORDS - _CAUSE_WORDS


def _caveat(obj: str, verbs: set[str], denied: bool, clause: str) -> bool:
    """A caveat, not a refusal (review 29): after a "no", not perceiving a named finding is the negative finding ("No.
    I can't identify any pneumothorax."); not confirming "this" or "it" alone is less confidence ("The answer is B.
    I can't confirm this without clinical information."); a diagnosis declined from one image with advice to correlate
    is the disclaimer after an answer ("I can't make a diagnosis from a single image alone, so please correlate")."""
    words = [w for w in tokens(obj) if w not in _FRAME]
    named = bool(words) and words[0] not in _PRONOUNS and words[0] not in _WH and words[0] not in ("its", "their")
    if denied and named and verbs <= _PERCEIVING:
        return True
    if verbs <= _CONFIRMING and words[:1] in (["this"], ["it"], ["that"]) and len(_phrase(words[1:])) == 0:
        return True
    return bool(named and words[0] in ("diagnosis", "diagnose") and _CORRELATE.search(clause) is not None)


_PERCEIVING = frozenset({"identify", "confirm", "see", "detect", "appreciate"})
_CONFIRMING = frozenset({"confirm", "verify"})
_CORRELATE = lazy_compile(r"(?i)\bsingle\s+(?:image|view|film)\b.*\bcorrelat\w*")
# "further": beyond what was answered ("I can't characterise it further without contrast").
_BEYOND = frozenset({"further", "beyond"})
# Questions about another matter ("I cannot answer questions about dosing"), not "this question".
_OTHER_QUESTIONS = lazy_compile(r"(?i)\b(?:questions|a\s+question)\s+(?:about|regarding|concerning|on|related\s+to)\b")
_QUALIFIED = frozenset({"histological", "histologic", "histopathological", "pathological", "tissue", "definitive",
                        "final", "formal", "firm", "conclusive", "specific", "precise", "exact", "certain"})
_CAUSE_WORDS = frozenset({stem("cause"), stem("origin")})
_CAUSE_QUESTION = lazy_compile(r"(?i)\b(?:caus\w*|origin\w*|aetiolog\w*|etiolog\w*|why|source)\b")


# Literal words one of which every ``DECLINED`` modal holds, searched in the reply's last ``_TAIL_MAX`` characters.
_GATES = ("can't", "can’t", "cannot", "can not", "unable", "able to", "couldn", "could not", "won't", "won’t",
          "will not", "position to", "think", "make")
_TAIL_MAX = 1200


__all__ = ["caveat_at", "nature_asked", "turns_back", "withdrawn_at"]
