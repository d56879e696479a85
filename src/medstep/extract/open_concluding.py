"""The concluding phrase of an open reply: what the conclusion marker of its concluding sentence introduces.

A model answering an open question in prose describes and then concludes: "Hyperinflation with flattened
hemidiaphragms, consistent with COPD.", "This appears to be a case of impetigo. The image shows honey-coloured
crusts ...", "... decreased pulmonary vascularity → tetralogy of Fallot.", "Todo ello es compatible con un bocio
intratorácico." The verdict readers (``extract/open_verdict.py``, ``extract/open_phrase.py``) narrow such replies
only to the question kinds they know and only when no sentence anywhere holds the answer open, so a reply whose
closing gloss says "usually caused by S. aureus or S. pyogenes" or whose first sentence says "I can't be certain"
was read whole, a long span the grader rightly refuses. This reader is their fallback, called where the open reader
would otherwise return the reply whole: it reads the reply's STRUCTURE (its last concluding sentence, the marker in
it, the clause the marker opens), not a list of phrasings. The markers come from their one homes: the identity and
inference links and the committed likelihoods of ``answers/hedges.py``, the frames the verdict readers use, the
foreign verdict leads and links of ``extract/langwords.py``; the label is cut at its clause end
(``open_phrase.phrase_span``: a comma, a semicolon, "with", "and", "which", "given", a second marker).

Which markers answer which question: to a question asking the diagnosis, the cause, the type or the nature, every
marker; to one asking the abnormality, the finding, what is wrong or what is seen, only a marker that says what the
thing IS (an identity, a frame, a stated diagnosis, an arrow), never a suspicion or a bare likelihood ("..., likely
atelectasis": the opacity described is as much the answer), and only a label naming a finding or a disease. A
question asking a place, a part, a count, a measure or a side is never read here (the phrase names a diagnosis, not
the value asked), except a Chinese place question, answered by the place its reply puts the lesion in (位于 ...,
cut at the clause's comma).

Precision kept: nothing is read when the concluding sentence holds the answer open (a possibility, "or", "versus",
"cannot exclude", a concession, a question), when its marker is denied ("not consistent with X", "no features to
suggest X"), when the label is a list's first item or names no finding or disease, when a later sentence holds the
answer open, corrects the reply or names another thing in an identity frame (``open_phrase.named_later``), unless it
only advises, disclaims, turns from other candidates or glosses the label itself ("Impetigo is a contagious infection
usually caused by S. aureus or S. pyogenes."), and when the reply was cut mid-sentence. An earlier sentence's
candidate that a later conclusion replaces ("My first thought was a haemorrhagic cyst ... so I'd call this a dermoid
cyst") is the reply's reasoning, and the concluding sentence answers. A reply that only describes has no marker and
is left as read. The phrase returned is always a slice of the reply's own text.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation, revisions
from medstep.answers.text import HAN, normalize_answer
from medstep.extract.advice import advises
from medstep.extract.asked_value_kind import asks_other_value
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.langwords import FOREIGN_HELD_OPEN, FOREIGN_IS, FOREIGN_LINK, FOREIGN_VERDICT_LEAD
# a likelihood lowered before the label ("The least likely diagnosis is pneumothorax."): what is set aside is no conclusion
from medstep.extract.open_commitment_slots import LOWERED as _LOWERED
from medstep.extract.open_conclusion import names_entity
from medstep.extract.open_decision import LIST_ITEM, contentless, describes_image, undecided
from medstep.extract.open_labels import names_finding
from medstep.extract.open_verdict import LABEL_END, OPENING_LABEL
from medstep.extract.open_phrase import (
    ARTICLE, CONCESSION, CORRECTION_CUE, ENGLISH_QUESTION, HELD_OPEN, NOT_COMPLEMENT, TABLE_ROW, TYPICAL_OF, denied_before,
    enumerated, listed, named_later, names_something, phrase_span,
)
from medstep.extract.open_span import short_label
from medstep.extract.split import ends_mid_sentence
from medstep.extract.verdict_asides import after_turn, disclaims, rejects_others
from medstep.lazyre import lazy_compile

# The committed likelihoods said high (``hedges.COMMITTED_ADVERBS`` of more than one word: "most likely", "very
# probably", "almost certainly"); a bare "likely" / "probably" keeps its readers' reading as a hedge ("... and is likely
# an adenocarcinoma in situ", "Pneumonia: likely aspiration"), and "more likely" compares.
_RAISED_LEANS = tuple(w for w in hedges.COMMITTED_ADVERBS if " " in w and not w.startswith("more "))
_INTENSIFIER = r"(?:(?:most|highly|very|strongly|entirely|fully|essentially|best|quite)\s+)?"
# The markers, by what they say: ``firm`` says what the thing is (an identity, a frame, a stated diagnosis, an arrow);
# ``hedged`` what it raises (an inference, a committed likelihood). Words from ``answers/hedges``.
_MARKER = lazy_compile(
    r"(?i)(?:(?P<firm>\b(?:the\s+|my\s+)?(?:(?:most\s+)?likely\s+|final\s+|leading\s+|working\s+|best\s+|overall\s+)?"
    r"(?:diagnosis|impression|read|assessment)\s+(?:here\s+|in\s+this\s+case\s+)?(?:is|would\s+be)(?:\s+that)?"
    r"|\b(?:this|that)\s+(?:is|appears\s+to\s+be|seems\s+to\s+be|looks\s+like|represents)"
    r"|\bi['’]?d\s+call\s+(?:this|it)|\bi\s+would\s+call\s+(?:this|it)|\bso\s+(?:it['’]s|it\s+is|this\s+is)"
    r"|\b" + _INTENSIFIER + r"(?:" + hedges.alternation(hedges.IDENTIFYING) + r"|(?:diagnostic|characteristic|typical|"
    r"pathognomonic)\s+(?:of|for)|classic\s+for|indicative\s+of|represents|indicates)"
    r"|(?<!\S)(?:→|⟶|=>|->))"
    r"|(?P<hedged>\b" + _INTENSIFIER + r"(?:" + hedges.alternation(hedges.INFERRING) + r"|suggests?)"
    r"|\b(?:" + hedges.alternation(_RAISED_LEANS) + r")))(?=\s)")
# A subject denying the marker's predicate in its clause ("Nothing here is suggestive of X", "none of this suggests X"),
# not an exception ("nothing but X", "nothing else fits as well as X").
_DENYING_SUBJECT = lazy_compile("(?i)" + hedges.words(negation.NOTHING, negation.NONE)
                                + r"(?!\s+(?:" + hedges.alternation(negation.NOTHING_BUT) + r")\b)[^.;:!?—–,]{0,60}$")
# "also" beside the marker: the sentence adds a second conclusion to one before it ("Findings are also consistent with Y").
_ALSO = lazy_compile(r"(?i)\b(?:also|too|as\s+well)\b")
# A wrapper between a marker and its label: "a case of", "the picture of", and another marker after the first
# ("This is most consistent with X", "appears to be most likely X").
_CASE_OF = lazy_compile(r"(?i)(?:a\s+)?(?:case|picture|presentation|example)\s+of\s+")
# Foreign verdict leads and links (``extract/langwords``): "Trata-se de X", "compatible con X", "Le diagnostic est X".
_FOREIGN_MARKER = lazy_compile(r"(?i)\b(?:" + FOREIGN_VERDICT_LEAD + "|" + FOREIGN_LINK + "|" + FOREIGN_IS + r")"
                               r"(?:(?:una?|une?|um|uma|el|la|le|il|lo|ein(?:e[rsmn]?)?)\s+|l['’]\s*)?")
_FOREIGN_END = lazy_compile(r"(?i)\*\*|[,;:()\[\].!?\n—–]|\s[-–]\s|\s(?:avec|con|mit|com|et|y|und|e|qui|que|che|"
                            r"welche[rsn]?|dont|cuyo|cuya|chez|bei|en\s+el|en\s+la|dans|in\s+der)\s")
_FOREIGN_LABEL_WORDS = 8
# A stated pick in the concluding sentence ("The most likely / leading diagnosis is X"), and a differential listed after
# it for the record ("Differential diagnoses include A and B.", "The differential includes ..."); a possibility word
# there ("could also be", "may") keeps a candidate open.
_STATED = lazy_compile(r"(?i)\b(?:most\s+likely|leading|working|final|favou?red)\s+diagnosis\s+(?:here\s+)?is\b")
_RECORDED_DIFFERENTIAL = lazy_compile(r"(?i)^\W*(?:the\s+)?(?:" + hedges.alternation(hedges.DIFFERENTIAL) + r")"
                                      r"(?:\s+diagnos[ie]s)?\s+(?:includes?|would\s+include|comprises?)\b")
_POSSIBLE = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING))
# Words keeping a candidate open wherever they stand ("cannot be excluded", "remains a consideration", "on the
# differential"): no sentence concludes past them.
_KEPT_OPEN = lazy_compile("(?i)" + hedges.words(hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.OPEN_CANDIDATE))
# A marker naming its label a diagnosis, after which any label but a generic word answers ("The diagnosis is X",
# "my impression is X", "I'd call this X").
_NAMING = lazy_compile(r"(?i)(?:the\s+|my\s+)?(?:[\w-]+\s+)?(?:diagnosis|impression|read|assessment)\s+.*|"
                       r"i['’]?d\s+call.*|i\s+would\s+call.*")
# (An arrow names nothing by itself: "T1 -> fat", "supine -> erect films" are steps, not diagnoses; its label must name
# a finding, a disease or something, as a likelihood's does.)
# What holds a candidate open in a sentence before the concluding one: a possibility, a doubt, an alternative, a
# differential ("It could be X.", "X versus Y."); a condition or a turn there is the reasoning toward the conclusion.
_WEIGHS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, hedges.ALTERNATIVE, hedges.DIFFERENTIAL,
                                             hedges.CANDIDATES) + r"|[?？]")
# A first view before the marker in its sentence ("At first glance this looks like X"): what a later view takes back.
_FIRST_VIEW = lazy_compile("(?i)" + hedges.words(revisions.EARLIER))
# A gloss's verb and article ("X is a contagious infection"), and words weighing a candidate beside the label in it.
_GLOSS = lazy_compile(r"(?i)(?:is|are)\s+(?:an?|the)\s")
# A sentence opening with the bare imperative of a marker's verb: advice, not a conclusion ("Suggest repeat film ...").
_ADVISING = lazy_compile(r"(?i)^[\s*_#>-]*suggest\s")
_ARTICLE_OPENING = lazy_compile(r"(?i)^(?:an?|the)\s+")
_RELATIVE = lazy_compile(r"(?i)[,;]?\s+(?:which|that|who|where)\b")
_WEIGHED = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, hedges.CANDIDATE_NOUNS, hedges.TURN))
# A marker in a participle's form ("representing", "indicating", "suggesting"): with no comma, dash or colon before it,
# it qualifies the noun just before it (a sign's gloss), not the sentence.
_PARTICIPLE = lazy_compile(r"(?i)(?:\w+\s+)*\w+ing(?:\s+(?:of|for|with))?")
_CLAUSE_MARKS = ",;:—–-"
# A bracket inside a name with the name going on after it ("a superior sulcus (Pancoast) tumor").
_INNER_PAREN = lazy_compile(r"[ \t]{0,3}\([^()\n]{1,40}\)[ \t]+[^\W\d_]")
# The noun a question asks a kind of ("What kind of cells ...?"): the label must name one (stems of five letters).
_KIND_OF = lazy_compile(r"(?i)\b(?:type|kind|form|pattern)\s+of\s+([a-z][a-z-]+)")
_STEM = 5
# How far past a phrase's end its setting's words ("associated with", "due to") are looked for.
_SETTING_REACH = 24
# Sentences: ended by a stop before a space, a line break, or a Chinese stop.
_SENTENCE = lazy_compile(r"[^\n.!?。！？]+(?:[.!?。！？]+|$)")
# A question asking a diagnosis, a cause, a type, the nature (every marker answers), or the abnormality, the finding,
# what is wrong or what is seen (a firm marker only).
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\b(?:diagnos\w*|disease|condition|syndrome|disorder|entity|nature|etiology|"
                               r"aetiology|cause|causes|caused|causing|(?:what|which)\s+(?:type|kind|form)\s+of)\b"
                               r"|\bwhat\s+is\s+this\b")
_ASKS_ABNORMAL = lazy_compile(r"(?i)\b(?:abnormal|abnormality|abnormalities|lesion|mass|tumou?r|pathology|process|"
                              r"finding|findings|wrong|problem|seen|shown|visible|demonstrated)\b")
# A Chinese question asking a place, and the place a reply puts the lesion in.
_ZH_ASKS_ORGAN = lazy_compile(r"器官|脏器")
_ZH_ASKS_PLACE = lazy_compile(r"位于|哪[个一]?(?:部位|位置|肺叶|叶|段|侧|区|里)|何处|什么部位|什么位置")
_ZH_PLACED = lazy_compile(r"位于([^，,。；;：:（(\n！!？?]{1,20})")
# Lesions said many or spread, or a place given for one of them only ("多发低密度灶，最大者位于肝右叶"): the one place
# is not where the lesion is.
_ZH_SEVERAL = lazy_compile(r"多发|多个|多处|多枚|多灶|散在|弥漫|最大者|其中|之一|部分")
_SPACES = " \t*_\"'“”"
# Most words of a label.
_LABEL_WORDS = 8


def concluding_phrase(region: str, question: str, reply: str | None = None) -> str | None:
    """The phrase the concluding sentence's marker introduces (module docstring), a slice of ``region`` (the part of
    the reply the reader kept; ``reply`` whole, whose later sentences are read for what takes the phrase back);
    ``None`` when the question asks another value, no sentence concludes, or anything the module docstring names
    holds it."""
    text = region.strip()
    if not text or ends_mid_sentence(reply if reply is not None else text):
        return None
    if HAN.search(question) is not None:
        return _zh_place(text, question)
    english = _ASKS_DIAGNOSIS.search(question) is not None or _ASKS_ABNORMAL.search(question) is not None
    if not english and ENGLISH_QUESTION.search(question) is None:
        return _foreign(text, question)  # "¿Cuál es el diagnóstico?"; "Diagnosis?" is English
    if asks_other_value(question):
        return None
    firm_only = _ASKS_DIAGNOSIS.search(question) is None
    whole = reply.strip() if reply is not None and text in reply else text
    if _KEPT_OPEN.search(whole) is not None or enumerated(whole) or TABLE_ROW.search(whole) is not None:
        return None  # "Torsion cannot be excluded without Doppler.", "(1) ..., (2) ...": kept open, or laid out
    sentences = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
    for index in range(len(sentences) - 1, -1, -1):
        said = sentences[index].group()
        if _MARKER.search(said) is None or _ADVISING.match(said) is not None:
            continue  # (no marker, or advice in the imperative: "Suggest repeat film in six weeks.")
        found = _concluded(text, sentences[index], question, firm_only)
        if found is None:
            if advises(said) or disclaims(said, ""):
                continue  # "A dermatologist should confirm this.", "I'm not a doctor; this is no diagnosis."
            return None  # the last sentence concluding names no answer ("This is a benign finding.")
        start, end = found
        clause = max((i + 1 for i in (text.rfind(",", 0, start), text.rfind(";", 0, start)) if i >= 0),
                     default=sentences[index].start())
        if _LOWERED.search(text, max(clause, sentences[index].start()), start) is not None \
                and _LOWERED.search(question) is None:
            return None  # "The least likely diagnosis is pneumothorax.": set aside, unless the least likely is asked
        phrase = text[start:end]
        opening = OPENING_LABEL.match(text)
        if opening is not None and names_something(opening.group("label")) \
                and normalize_answer(opening.group("label")) != normalize_answer(phrase):
            return None  # "Right lower lobe pneumonia: likely aspiration.": the lead label is an answer too
        if any(_WEIGHS.search(s.group()) is not None and not (advises(s.group()) or rejects_others(s.group(), phrase)
                                                              or disclaims(s.group(), phrase))
               for s in sentences[:index]):
            return None  # "The opacity could be consolidation. This is most likely pneumonia.": a candidate held open
        stated = _STATED.search(said) is not None
        offset = whole.find(text)
        later = [s.group() for s in _SENTENCE.finditer(whole, offset + sentences[index].end()) if s.group().strip()]
        if any(not _leaves(s, phrase, stated) for s in later) or named_later(whole, offset + end, phrase) \
                or _listed_elsewhere(whole, phrase):
            return None
        return phrase
    return None


def _concluded(text: str, sentence: re.Match[str], question: str, firm_only: bool) -> tuple[int, int] | None:
    """The span of the label the first marker of ``sentence`` introduces, when the sentence concludes (module
    docstring); ``None`` otherwise."""
    found = _MARKER.search(text, sentence.start(), sentence.end())
    if found is None:
        return None
    # The sentence but the marker's own words ("I would call this X": its "would" holds nothing open), from the last
    # turn before the marker on ("I can't diagnose this. That said, this appears to be X": the turn leaves the
    # disclaimer). A correction inside it still concludes ("... rapid sodium correction → X"; revisions are read
    # before this reader, ``extract/open_revision.py``); one in a later sentence takes the phrase back (``_leaves``).
    said = text[sentence.start():found.start()] + " " * (found.end() - found.start()) + text[found.end():sentence.end()]
    said = after_turn(said, found.start() - sentence.start()) or said
    if _holds_open(said):
        return None
    if _FIRST_VIEW.search(text, sentence.start(), found.start()) is not None:
        return None  # "At first glance this looks like pneumonia, ...": the first view, taken back
    if denied_before(text, found.start() + 1):
        return None  # "The findings are not consistent with X", "no features to suggest X"
    if _DENYING_SUBJECT.search(text, sentence.start(), found.start()) is not None:
        return None  # "Nothing here is suggestive of malignancy": the subject denies the marker
    if _ALSO.search(text[max(sentence.start(), found.start() - 12):found.start()]) is not None:
        return None  # "Findings are also consistent with mesenteric adenitis": a second conclusion beside an earlier one
    if _PARTICIPLE.fullmatch(found.group()) is not None and text[:found.start()].rstrip()[-1:] not in _CLAUSE_MARKS:
        return None  # "... a large hiatal hernia, with an air-fluid level representing the stomach": a sign's gloss
    label = _label_start(text, found, sentence.end())
    if label is None:
        return None
    start, hedged, named = label
    if firm_only and hedged:
        return None  # "This is suspicious for lung cancer" to "What abnormality is seen?": the nodule is as much the answer
    window = text[:min(sentence.end(), start + 200)]
    span = phrase_span(window, start)
    if span is None:
        return None
    cut = LABEL_END.search(text[:span[1] + _SETTING_REACH], span[0])  # "gastritis associated with H. pylori"
    phrase = text[span[0]:cut.start() if cut is not None and cut.start() < span[1] else span[1]].rstrip(" .!?")
    end = span[0] + len(phrase)
    if _INNER_PAREN.match(text, end) is not None:
        return None  # "a superior sulcus (Pancoast) tumor": the label is cut inside its name
    kind = _KIND_OF.search(question)
    if kind is not None and not any(w.lower().startswith(kind.group(1).lower()[:_STEM]) for w in phrase.split()):
        return None  # "Myeloblasts. ..., suggesting acute myeloid leukemia" to "What kind of cells ...?"
    if not phrase or contentless(phrase.split()[-1]):
        return None  # "This is a benign finding.": a class, no answer
    if not short_label(phrase) or len(phrase.split()) > _LABEL_WORDS or listed(text, end) \
            or describes_image(phrase, question) or undecided(phrase, question) is not None \
            or not (names_finding(phrase) or names_entity(phrase)
                    or (not firm_only and (names_something(phrase) or (named and not contentless(phrase))))):
        return None
    return span[0], end


def _label_start(text: str, found: re.Match[str], stop: int) -> tuple[int, bool, bool] | None:
    """Where the label after the marker ``found`` opens: past blanks, emphasis, an article, a wrapper ("a case of",
    "the classic triad of") and a second marker ("This is most consistent with X", "This is suspicious for X");
    with whether any marker on the way was hedged (then the whole is) and whether the label is named a diagnosis
    (a stated diagnosis, "a case of": any label but a generic word may follow). ``None`` when what follows is no label
    ("this is important", "most likely to be", "suggests that ...")."""
    pos = found.end()
    hedged = found.group("hedged") is not None
    named = _STATED.search(found.group()) is not None or _NAMING.fullmatch(found.group()) is not None
    for _ in range(4):
        while pos < stop and text[pos] in _SPACES:
            pos += 1
        moved = False
        for skip in (ARTICLE, _CASE_OF, TYPICAL_OF):
            wrapper = skip.match(text, pos, stop)
            if wrapper is not None and wrapper.end() > pos:
                pos, moved = wrapper.end(), True
                named = named or skip is not ARTICLE
        again = _MARKER.match(text, pos, stop)
        if again is not None:
            pos, moved = again.end(), True
            hedged = hedged or again.group("hedged") is not None
        if not moved:
            break
    while pos < stop and text[pos] in _SPACES:
        pos += 1
    if pos >= stop or NOT_COMPLEMENT.match(text, pos) is not None or text[pos:pos + 5].lower() == "that ":
        return None
    return pos, hedged, named


def _holds_open(sentence: str) -> bool:
    """Whether ``sentence`` holds the answer open: a word of ``open_phrase.HELD_OPEN`` or a concession."""
    return HELD_OPEN.search(sentence) is not None or CONCESSION.search(sentence) is not None


def _leaves(sentence: str, phrase: str, stated: bool) -> bool:
    """Whether a sentence after the concluding one leaves its phrase the answer: it holds nothing open and corrects
    nothing, or it only advises, disclaims, turns from other candidates, or glosses the phrase itself; after a stated
    pick ("The most likely diagnosis is X."), a differential listed for the record ("Differential diagnoses include A
    and B.") leaves the pick standing, as a pick after the list does (``extract/open_pick.py``)."""
    if not _holds_open(sentence) and CORRECTION_CUE.search(sentence) is None:
        return True
    if stated and _RECORDED_DIFFERENTIAL.search(sentence) is not None and _POSSIBLE.search(sentence) is None \
            and normalize_answer(phrase) not in normalize_answer(sentence):
        return True
    return advises(sentence) or disclaims(sentence, phrase) or rejects_others(sentence, phrase) \
        or _glosses(sentence, phrase)


def _glosses(sentence: str, phrase: str) -> bool:
    """Whether ``sentence`` opens with ``phrase`` (its head words) as its subject and says what it is: "Impetigo is a
    contagious bacterial infection, usually caused by S. aureus or S. pyogenes." A gloss of the answer weighs no
    other answer; a sentence naming a candidate beside it ("Impetigo or eczema could ...") holds it open."""
    said = normalize_answer(sentence)
    own = normalize_answer(phrase).split()
    # the subject: the phrase, or its head noun ("... consistent with left lower lobe pneumonia. Pneumonia is an
    # infection ..."): the words the phrase ends with, a name of five letters at least
    subject = next((n for n in range(len(own), 0, -1) if said.startswith(" ".join(own[-n:]) + " ")
                    and len(" ".join(own[-n:])) >= _STEM), 0)
    if not subject:
        return False
    rest = _ARTICLE_OPENING.sub("", sentence.strip()).split(None, subject)[-1]
    # what a relative clause says of the kind glossed ("an infection that inflames the air sacs, which may fill with
    # fluid") is the textbook's, not a doubt about this reply's answer
    own_clause = _RELATIVE.split(rest, maxsplit=1)[0]
    return _GLOSS.match(rest) is not None and _POSSIBLE.search(own_clause) is None and _WEIGHED.search(rest) is None


def _listed_elsewhere(text: str, phrase: str) -> bool:
    """Whether the reply is laid out as a list whose items conclude differently: each item states its own verdict,
    which no single concluding sentence sums up."""
    lines = [line for line in text.splitlines() if LIST_ITEM.match(line)]
    if len(lines) < 2:
        return False
    return any(_MARKER.search(line) is not None and phrase.lower() not in line.lower() for line in lines)


def _foreign(text: str, question: str) -> str | None:
    """The phrase a French, Spanish, German, Italian or Portuguese verdict lead or link introduces in the reply's
    last sentence holding one ("Todo ello es compatible con un bocio intratorácico."), to a question asking the
    diagnosis or the abnormality; ``None`` when anything holds the reply open (``langwords.FOREIGN_HELD_OPEN``)."""
    if FOREIGN_HELD_OPEN.search(text) is not None or re.search(r"(?i)diagn|anomal|l[ée]si|befund|alteraç|alteraci",
                                                               question) is None:
        return None
    found = None
    phrases = set()  # what each undenied marker introduces: two different ones are two conclusions, no answer
    for marker in _FOREIGN_MARKER.finditer(text):
        found = marker
        if not denied_before(text, marker.start() + 1):
            phrases.add(normalize_answer(_foreign_label(text, marker)))
    if found is None or denied_before(text, found.start() + 1) or len(phrases) > 1:
        return None  # "Es compatible con neumonía. ... el seguimiento es compatible con el protocolo habitual."
    phrase = _foreign_label(text, found)
    if not phrase or len(phrase.split()) > _FOREIGN_LABEL_WORDS:
        return None
    return phrase


def _foreign_label(text: str, found: re.Match[str]) -> str:
    """The label a foreign marker introduces, cut at its clause end."""
    start = found.end()
    while start < len(text) and text[start] in _SPACES:
        start += 1
    end = _FOREIGN_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    return text[start:stop].strip(" *_\"'")


def _zh_place(text: str, question: str) -> str | None:
    """The place a Chinese reply puts the lesion in (位于 X, cut at the clause's comma), to a question asking a
    place; ``None`` when the reply names two places that way, or holds the answer open."""
    if _ZH_ASKS_PLACE.search(question) is None or _ZH_ASKS_ORGAN.search(question) is not None:
        return None
    if _ZH_SEVERAL.search(text) is not None:
        return None
    places = {m.group(1).strip() for m in _ZH_PLACED.finditer(text)}
    if len(places) != 1:
        return None
    place = places.pop()
    if ZH_HEDGE.search(place) is not None or any(ZH_HEDGE.search(m.group()) for m in _SENTENCE.finditer(text)
                                                 if "位于" in m.group()):
        return None
    return place


__all__ = ["concluding_phrase"]
