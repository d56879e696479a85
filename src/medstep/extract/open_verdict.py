"""The verdict a long open reply commits to: the complement of its last verdict cue, to a question asking a concept.

A model answering "What is the most likely diagnosis?" in prose describes first and concludes last: "... The
appendix measures 11 mm with periappendiceal stranding. The findings are consistent with acute appendicitis.
Surgical review is advised." Read whole, the reply is a long span the grader rightly refuses; ``extract/open_phrase.py``
narrows it only when every phrase its structure marks is the same and no word anywhere holds the answer open, so a
"would" in the closing advice ("an acid-fast stain would help confirm") or an "or" in a denied list ("no mass,
haemorrhage, or enhancement") keeps the long span. Here the reply's LAST verdict cue names the answer:

* the cues: a stated diagnosis ("the most likely diagnosis is X"), an identity ("consistent with X", "in keeping
  with X", "characteristic of X", "diagnostic of X", "the findings are those of X"), a frame ("this is X", "represents
  X", "these findings indicate X"), a confirmation ("the defect on OCT confirms X"; only the last verdict's: an
  earlier one confirms a sign), an inference ("suggestive of X", "suspicious for X", "most likely X"), and a cause ("is
  caused by X", "is due to X"; only to a question asking the cause, where a cause is the answer and not the
  diagnosis's reason); a wrapper naming the label's signs after a cue is passed over ("this is the classic triad of
  X", "these are the characteristic features of X": ``open_phrase.TYPICAL_OF``), and then names the label a
  diagnosis as a confirmation does;
* the question: it must ask a diagnosis, a cause, a type, the nature or the name of a thing (every cue but the
  cause's), or an abnormality or lesion (only a stated diagnosis or a frame, and only a label naming a finding: to
  "What is the abnormality?" the finding described before an inference is as much an answer, so that reply is left
  as read; so is any reply to a question asking the finding). To a question asking what is seen or which
  abnormality is seen, only a frame, a stated diagnosis or a confirmation summing the description up ("This
  represents sigmoid diverticulosis."). A question asking where, which organ or part, how many, how large or which
  side asks another kind of value: never read here (a place that only locates the thing asked, "the diagnosis of this
  rash on the left side of the chest", asks none);
* the label: the phrase after the cue up to its clause end (``open_phrase.phrase_span``: punctuation, a dash,
  "with", "which", "and" ...; here also "due to", "secondary to", "in this patient"; not a dash inside a name,
  "Creutzfeldt–Jakob"), a short label naming a finding or a disease (by its ending), or any label after a stated
  diagnosis or cause; not the first of a list ("consistent with X and Y"), not renamed ("X, i.e. Y"), not denied
  ("not consistent with X"), not reported ("the prior report said ..."), not the question's own words again.

Safety over reach (a narrowed wrong phrase is worse than a long right one): nothing is read when any sentence but the
closing advice holds the answer open (``open_phrase.HELD_OPEN``: a possibility, a condition, an alternative, "or", a
turn, a differential, a question; a concession), when the reply corrects itself, lists items, or names two different
verdicts unless the last states the diagnosis, refines the one before it in its own sentence ("This suggests a
subepithelial lesion, most likely a GIST"), or only one names the kind asked ("What type of necrosis ...?": "This is
caseous necrosis — ... typical of a tuberculous granuloma"); a short label opening the reply before a colon or a
dash ("Pneumatosis intestinalis — ..., concerning for NEC") is a verdict too. A reply cut mid-sentence is not read
(its verdict may have been still to come). Advice ("Biopsy is recommended.", "EEG can help confirm.") is
passed over unless it weighs candidates ("MRI would help to exclude an abscess", "CT or MRI") or doubts; so are a
sentence rejecting other candidates, a disclaimer, and a candidate list before a turn to a firm verdict in its own
sentence (``extract/verdict_asides.py``: "X was considered, but ...", "I am not a dermatologist, ...", "The
differential includes A, but the defect confirms B"). A later sentence
naming a disease or finding in an identity frame no cue holds ("... consistent with a benign process. It is a
fibroadenoma.", "... suspicious for malignancy. Excision showed Castleman disease.", "Ultimately, it's X", "I think it
is X") leaves the reply as read (``open_phrase.named_later``): the cue named a class, the reply went on to the thing.

Chinese replies (:func:`verdict_langs.zh_verdict`) conclude with a lead (``langwords.ZH_CONCLUSION_LEADS``: 考虑为, 诊断为,
符合, 提示; opening its clause, or after a subject summing the description up: "上述特点符合X") or with the question's own subject ("主要改变为X" to "...主要改变是什么？", which wins over a later 符合 of
the disease behind it); a lead's label must name a disease or finding (the vocabulary, or ``langwords.
ZH_DISEASE_ENDINGS``: "肺癌", "急性胆囊炎"), so "提示需进一步检查", "符合临床表现" are passed over, and a later 提示 or
符合 never outranks a 考虑为 / 诊断为 label ("考虑为肺炎，符合大叶性改变" reads 肺炎); nothing is read when a hedge
(``implicit_langs.ZH_HEDGE``) or a differential stands anywhere.
French, Spanish, German, Italian and Portuguese replies (:func:`verdict_langs.foreign_verdict`) by their verdict frame
(``langwords.FOREIGN_VERDICT_LEAD``: "Il s'agit très probablement d'une X :", "Se trata de X,"; or a stated diagnosis,
``langwords.FOREIGN_IS``: "Die wahrscheinlichste Diagnose ist eine X."), to a question
asking the diagnosis. The phrase returned is always a slice of the reply's own text.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.studies import PICTURE_NOUNS, STUDY_NOUNS
from medstep.answers.text import HAN, normalize_answer
from medstep.extract.open_conclusion import CAUSE_ASKED, DISEASE_ASKED, ENTITY_ASKED, names_entity
from medstep.extract.advice import advises
from medstep.extract.asked_value_kind import asks_other_value
from medstep.extract.open_decision import LIST_ITEM, contentless, describes_image, undecided
from medstep.extract.open_labels import WORD, names_finding
from medstep.extract.open_phrase import (
    ALSO, ARTICLE, CONCESSION, CORRECTION_CUE, ENGLISH_QUESTION, HELD_OPEN, SHORT_READING, TABLE_ROW, NOT_COMPLEMENT, TYPICAL_OF,
    TYPICAL_WORDS, attributed, denied_before, enumerated,
    listed, named_later, names_something, phrase_span,
)
from medstep.extract.open_span import short_label
from medstep.extract.split import ends_mid_sentence
from medstep.extract.verdict_asides import after_turn, disclaims, rejects_others
from medstep.extract.verdict_langs import foreign_verdict, zh_verdict
from medstep.lazyre import lazy_compile

# The cues, by what they may answer (``_allowed``, ``_names_verdict``): a stated diagnosis (any concept question, any
# label), an identity ("named": a diagnosis or cause question, a label naming a finding or disease), a frame (any
# concept question, the same), an inference (a diagnosis or cause question, the same), a cause (a cause question, any
# label).
_CUE = lazy_compile(
    r"(?i)(?:(?P<stated>\b(?:the\s++)?(?:(?:most\s+)?likely|final|leading|working|favou?red|definitive|overall)?\s*+"
    r"diagnosis\s+(?:here\s+|in\s+this\s+case\s+)?is)|(?P<named>\b(?:(?:most|highly|strongly|entirely|fully|best)\s+)?"
    r"(?:consistent|compatible)\s+with|\bin\s+keeping\s+with|\b(?:(?:most|highly|very)\s+)?(?:characteristic|typical|"
    r"diagnostic|pathognomonic)\s+(?:of|for)|\bclassic\s+for|\b(?:is|are)\s+(?:those|that)\s+of)"
    r"|(?P<typical>\b(?:is|are)(?=\s+(?:the\s+|an?\s+)?" + TYPICAL_WORDS + r"))"
    r"|(?P<confirmed>\bconfirms)"
    r"|(?P<firm>\brepresents?|\bthis\s+is|\b(?:findings|features|appearances?|changes|signs|these|this|which|together)\s+"
    r"(?:(?:clearly|strongly)\s+)?indicates?|\bconfirms)"
    r"|(?P<hedged>\b(?:(?:highly|strongly|very)\s+)?(?:suggestive|suspicious|concerning)\s+(?:of|for)|\bsuggests?"
    r"|\bmost\s+likely)"
    r"|(?P<cause>\b(?:is|are)\s+(?:caused\s+by|due\s+to|secondary\s+to|the\s+result\s+of)|\bresults?\s+from))"
    r"(?=\s)")
# Where a verdict's label ends besides ``open_phrase``'s phrase ends: the cause or setting of the label.
_LABEL_END = lazy_compile(r"(?i)(?<!\s)\s+(?:due\s+to|secondary\s+to|caused\s+by|related\s+to|associated\s+with|"
                          r"in\s+the\s+setting\s+of|on\s+a\s+background\s+of|raising|requiring|prompting|"
                          r"(?:in|during)\s+(?:this|these|the\s+current)\s+[\w-]+|"
                          r"(?:in|for)\s+(?:this|a|an|the|such\s+a)\s+(?:[\w-]+\s+){0,2}?(?:patient|child|adult|man|woman|"
                          r"infant|neonate|boy|girl|case|setting|context|age\s+group))\b")
# (Shared with ``extract/open_concluding.py``, which cuts its label the same way.)
LABEL_END = _LABEL_END
# A dash joining two words of one name ("Creutzfeldt–Jakob", "Wolff-Parkinson-White"), which ends no phrase.
_GLUED = lazy_compile(r"(?<=[^\W\d_])[—–-](?=[^\W\d_])")
# What renames the label right after it, or a bracket inside it with the name going on after it: the answer is one of
# two names, or the label is cut inside its name.
_RENAMED = lazy_compile(r"(?i)(?<!\s)\s*(?:[,(;]\s*)?(?:i\.?\s?e\b|aka\b|a\.k\.a\b|also\s+(?:known|called|termed)|otherwise\s+known|"
                        r"formerly|previously\s+(?:known|called))")
_INNER_PAREN = lazy_compile(r"[ \t]{0,3}\([^()\n]{1,40}\)[ \t]+[^\W\d_]")
# Words naming the image or its making (``answers/studies``' nouns, and a smear): a complement holding one names the
# study, not a diagnosis ("This is a frontal chest radiograph of a neonate").
_IMAGE_WORDS = lazy_compile(r"(?i)\b(?:" + STUDY_NOUNS + "|" + PICTURE_NOUNS + r"|smears?)\b")
# A short label opening the reply before a colon or a dash ("Bamboo spine: continuous syndesmophytes ...",
# "Pneumatosis intestinalis — ..., concerning for NEC"), after a wrapper ("This is X —"): the reply's first answer.
_OPENING_LABEL = lazy_compile(r"(?i)^[\s#>*_]*(?:(?:this|it)\s+is\s+|it's\s+|this's\s+)?(?:(?:an?|the)\s+)?"
                              r"(?P<label>[^\s#>*_:;.!?—–()][^\n:;.!?—–()]{0,79}?)[ \t*_]{0,6}(?::|\s[—–-]\s|—)")
# (Shared with ``extract/open_concluding.py``: a lead label before a later conclusion is a second answer.)
OPENING_LABEL = _OPENING_LABEL
# The noun a question asks a kind of ("What type of necrosis ...?"), and the stem length words are compared by.
_KIND_OF = lazy_compile(r"(?i)\b(?:type|kind|form|pattern)\s+of\s+([a-z][a-z-]+)")
_STEM = 5
# Most characters of a verdict's label.
_LABEL_CHARS = 160
_FILLERS = frozenset({"the", "and", "with", "from", "for"})
# The question kinds (beside ``open_conclusion``'s nouns).
_ASKS_CAUSE = lazy_compile(r"(?i)\b(?:cause|causes|caused|causing|" + CAUSE_ASKED + r"|underlying|why)\b")
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\bdiagnos|\b(?:nature|" + DISEASE_ASKED + r"|disorder|name\s+of\s+this|"
                               r"what\s+is\s+this|(?:what|which)\s+(?:type|kind|form)\s+of)\b")
# A question asking the abnormality or lesion; not one asking the finding or what is seen, to which the finding
# described before a verdict is as much the answer ("Multiple soft drusen ... — consistent with AMD" to "What is the
# main abnormal finding?").
_ASKS_ENTITY = lazy_compile(r"(?i)\b(?:" + ENTITY_ASKED + r"|pathology|process)\b")
_ASKS_FINDING = lazy_compile(r"(?i)\b(?:finding|findings|seen|shown|visible|demonstrated)\b")
# A question asking what is seen or which abnormality is seen, not the finding by that word: a firm verdict summing up
# the description ("These findings indicate X", "This represents X") answers it; an inference ("suggestive of X") does
# not (the finding described is as much the answer).
_ASKS_SEEN = lazy_compile(r"(?i)\bwhat\s+(?:(?:" + ENTITY_ASKED + r"|pathology|process)\s+)?(?:is|can\s+be)\s+(?:seen|shown|"
                          r"visible|demonstrated)\b")
_ASKS_FINDING_WORD = lazy_compile(r"(?i)\bfindings?\b")
# A question asking what is abnormal or the (main) finding, by any wording: a sentence summing the description up
# answers it (``_sums_up``).
_ASKS_ABNORMAL = lazy_compile(r"(?i)\b(?:abnormal|abnormality|abnormalities|finding|findings|" + ENTITY_ASKED
                              + r"|pathology|process|seen|shown|visible|demonstrated)\b")
# The subject of a sentence summing the description up, before its verdict cue.
_SUMMING = lazy_compile(r"(?i)\s*(?:(?:overall|together|taken\s+together|in\s+summary|altogether|so|thus|therefore)"
                        r"\s*,?\s*)?(?:(?:these|the|this|such|all\s+(?:of\s+)?these|the\s+above|above)\s+)?"
                        r"(?:(?:[\w-]+\s+)?(?:findings|features|appearances?|changes|signs|picture|pattern|combination|"
                        r"constellation|image|images)\s+)?(?:(?:is|are|would\s+be|appears?|seems?|looks?)\s+)?"
                        r"(?:(?:most|highly|very|strongly|entirely)\s+)?")
# A sentence's end, and the advice a reply may close with: a next step, not a doubt (unless it weighs candidates).
# A confirmed label placing itself or opening with a sign's, a device's or a course's word (``_confirms_diagnosis``).
_PLACED = lazy_compile(r"(?i)\s(?:in|within|behind|at|on|of|into|through|along|from|across|over|under|beneath|between|"
                       r"around|near|inside)\s")
_SIGN_HEAD = lazy_compile(r"(?i)(?:(?:an?|the)\s+)?(?:presence|absence|resolution|restricted|restriction|position|placement|"
                          r"flow|enhancement|signal|level|tip|patency|normal|interval|stable|progression|improvement|air|"
                          r"fluid|findings?|appearance|extent|size|location|course|response|integrity|continuity|no)\b")
# An adverb of habit just before "confirms" ("typically confirms"): a definition's statement.
_HABITUAL = lazy_compile(r"(?i)\b" + hedges.words(hedges.HABIT) + r"\s+$")
# The rest of the label's sentence denying it ("..., such as free air, are absent"). Bounded: 120 characters.
_DENIED_AFTER = lazy_compile(r"(?i)[^.!?\n]{0,120}?\b(?:is|are|was|were)\s+(?:absent|lacking|missing|not\s+(?:"
                             + "|".join(negation.SEEN) + r"))\b")
# A population after a wrapper ("typical findings of chronic smokers"): people, no diagnosis.
_PEOPLE = lazy_compile(r"(?i)\b(?:smokers|patients|children|adults|users|workers|drinkers|alcoholics|athletes|infants|"
                       r"neonates|elderly|women|men|people|individuals|subjects)\b")
# A turn opening a sentence of the description ("However, there's a fracture through the pars"), which turns from
# the normal findings to the abnormal one, not from one answer to another: before a firm verdict's sentence only.
_TURN_OPENING = lazy_compile(r"(?i)^\s*(?:however|but)\b\s*,?")
_SENTENCE = lazy_compile(r"[^.!?\n]+(?:[.!?]+|$)")
# An "or" inside a denied list ("no mass, haemorrhage, or enhancement", "without a fracture or dislocation"): it
# weighs nothing. (Bounded: at most 80 characters from the denial, no sentence end.)
_DENIED_OR = lazy_compile(r"(?i)\b(?:no|without)\s[^.;:!?\n]{0,80}?\b(or)\b")


def _asked(question: str) -> str | None:
    """The kind of concept ``question`` asks ("cause", "diagnosis", "entity", "seen"), or ``None`` when it asks
    anything else (a place, a part, a count, a measure, a side, the image's kind, the finding) or more than one thing.
    A place that only says where the thing asked about is ("the diagnosis of this rash on the left side of the
    chest") asks no place."""
    if asks_other_value(question):
        return None
    if _ASKS_CAUSE.search(question) is not None:
        return "cause"
    if _ASKS_DIAGNOSIS.search(question) is not None:
        return "diagnosis"
    if _ASKS_ENTITY.search(question) is not None and _ASKS_FINDING.search(question) is None:
        return "entity"
    if _ASKS_SEEN.search(question) is not None and _ASKS_FINDING_WORD.search(question) is None:
        return "seen"  # "What abnormality is seen ...?", "What is seen in this OCT?"
    if _ASKS_ABNORMAL.search(question) is not None:
        return "finding"  # "What is abnormal ...?", "What is the main finding?": only a sentence summing it up answers
    return None


def _identifies(found: re.Match[str]) -> bool:
    """Whether the cue ``found`` says what the described thing is (a stated diagnosis, a frame, a confirmation, an
    identity: "consistent with", "typical of"), not what it raises ("suspicious for", "suggests", "most likely"): to a
    question asking the abnormality, a suspicion leaves the finding described the answer."""
    return any(found.group(k) for k in ("stated", "firm", "confirmed", "named", "typical"))


def _sums_up(text: str, found: re.Match[str]) -> bool:
    """Whether the cue ``found`` opens a sentence of its own after the description, with nothing before it but a
    subject summing the description up ("These findings are consistent with X.", "This suggests X.", "Overall, the
    appearances indicate X.", "Consistent with X."): the reply's conclusion, not a sign's gloss inside the description
    (", consistent with X" after a finding in the same sentence)."""
    start = max(text.rfind(stop, 0, found.start()) for stop in (". ", "\n", "! ", "; "))
    if start < 0:
        return False  # the reply's first sentence: no description before it to sum up
    return _SUMMING.fullmatch(text[start + 1:found.start()]) is not None


def _allowed(found: re.Match[str], kind: str, text: str) -> bool:
    """Whether the cue ``found`` may answer a question of ``kind`` (module docstring)."""
    if kind == "finding":
        return _identifies(found) and _sums_up(text, found)
    if found.group("stated") or found.group("firm") or found.group("confirmed"):
        return True  # "The most likely diagnosis is X", "This is X", "This represents X"
    if kind in ("entity", "seen") and _identifies(found) and _sums_up(text, found):
        return True  # "... with air-fluid levels. These findings are consistent with a small bowel obstruction."
    if kind == "seen":
        return False  # "..., consistent with X" to "What is seen?": the finding described is as much the answer
    if found.group("named") or found.group("hedged") or found.group("typical"):
        return kind in ("diagnosis", "cause")  # to "What is the abnormality?", "..., consistent with X" infers
    return kind == "cause"


def _complement(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """The span of the label after the cue ``found``: its article off, cut at its clause end; ``None`` when what
    follows is no label."""
    start = found.end()
    while start < len(text) and text[start] in " \t*_\"'":
        start += 1
    article = ARTICLE.match(text, start)
    if article is not None:
        start = article.end()
        while start < len(text) and text[start] in "*_\"'":
            start += 1  # "the most likely diagnosis is a **meniscal tear**": the emphasis after the article
    wrapped = TYPICAL_OF.match(text, start)
    if wrapped is not None:
        start = wrapped.end()  # "this is the classic triad of retinitis pigmentosa": the label after its wrapper
    if NOT_COMPLEMENT.match(text, start) is not None or _CUE.match(text, start) is not None:
        return None  # "most likely to be", "this is most consistent with X": the next cue holds the label
    window = text[:start + _LABEL_CHARS]  # a label ends within it: a longer run is no label (and stays linear)
    span = phrase_span(window, start)
    while span is not None and _GLUED.match(window, span[1]) is not None:
        rest = phrase_span(window, span[1] + 1)  # "Creutzfeldt–Jakob disease": a dash inside the name
        span = (start, rest[1]) if rest is not None else None
    if span is not None and span[1] >= len(window) and len(window) < len(text):
        return None
    if span is None or _RENAMED.match(text, span[1]) is not None or _INNER_PAREN.match(text, span[1]) is not None:
        return None  # "X, i.e. Y", "X (also called Y)", "Baker's (popliteal) cyst": which name is the answer?
    cut = _LABEL_END.search(text, span[0], span[1])
    end = cut.start() if cut is not None else span[1]
    while end > start and text[end - 1] in " \t*_\"'":
        end -= 1
    return (start, end) if end > start else None


def _holds_open(sentence: str) -> bool:
    """Whether ``sentence`` holds the answer open: a word of ``open_phrase.HELD_OPEN`` (an "or" in a denied list
    apart) or a concession."""
    for found in _DENIED_OR.finditer(sentence):
        sentence = sentence[:found.start(1)] + "  " + sentence[found.end(1):]  # same length: later matches still fit
    return HELD_OPEN.search(sentence) is not None or CONCESSION.search(sentence) is not None


def verdict(region: str, question: str, reply: str | None = None) -> str | None:
    """The label the reply's last verdict cue commits to (module docstring), a slice of ``region`` (the part of the
    reply the reader kept, ``reply`` whole); ``None`` when the question asks no concept, no cue commits, anything
    holds the answer open, or the reply was cut mid-sentence (its verdict may have been still to come)."""
    text = region.strip()
    if ends_mid_sentence(reply if reply is not None else text):
        return None
    if HAN.search(text) is not None:
        return zh_verdict(text, question)
    if len(normalize_answer(text).split()) <= SHORT_READING:
        return None
    if ENGLISH_QUESTION.search(question) is None:
        return foreign_verdict(text, question)
    kind = _asked(question)
    if kind is None or _lays_out(text):
        return None
    spans = _verdicts(text, kind)
    if not spans:
        return None
    chosen = _chosen(text, question, spans)
    if chosen is None:
        return None  # "This is X. ... consistent with Y": two verdicts, neither stated as the diagnosis
    found, (start, end) = chosen
    phrase = text[start:end]
    if not short_label(phrase) or listed(text, end) or describes_image(phrase, question) \
            or undecided(phrase, question) is not None or _echoes(phrase, question) \
            or _IMAGE_WORDS.search(phrase) is not None or (kind in ("entity", "seen") and not names_finding(phrase) and not found.group("confirmed")):
        return None
    opening = _OPENING_LABEL.match(text)
    if opening is not None and short_label(opening.group("label")) and names_something(opening.group("label")) \
            and normalize_answer(opening.group("label")) != normalize_answer(phrase):
        return None  # "Pneumatosis intestinalis — ..., concerning for necrotizing enterocolitis": two answers
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group()
        holds_verdict = sentence.start() <= found.start() < sentence.end()
        if sentence.end() <= found.start() and (found.group("stated") or found.group("firm")):
            said = _TURN_OPENING.sub("", said, count=1)  # "... is normal. However, there's a fracture ... This
            # represents X.": the description turning from what is normal to what is not, before a firm verdict
        if holds_verdict and (found.group("stated") or found.group("firm") or found.group("confirmed")):
            said = after_turn(said, found.start() - sentence.start()) or said  # "The differential includes A, but ..."
        if _holds_open(said) and (holds_verdict or not (advises(said) or rejects_others(said, phrase)
                                                         or disclaims(said, phrase))):
            return None
    if named_later(text, end, phrase):
        return None  # "... consistent with a benign process. It is a fibroadenoma.": the later naming is the answer
    return phrase


def _echoes(phrase: str, question: str) -> bool:
    """Whether every content word of ``phrase`` is one of the question's ("The mediastinal shift is caused by the
    shift of the mediastinum." to "What causes the mediastinal shift?"): the verdict says nothing new."""
    asked = {w.lower()[:_STEM] for w in WORD.findall(question)}
    own = {w.lower()[:_STEM] for w in WORD.findall(phrase) if len(w) > 2 and w.lower() not in _FILLERS}
    return bool(own) and own <= asked


def _lays_out(text: str) -> bool:
    """Whether the reply corrects itself, names a second thing ("also", but not in closing advice: "I'd also want to
    check the fellow eye"), or is laid out as a list or a table: each item or correction states something of its own,
    which no single cue sums up."""
    return (CORRECTION_CUE.search(text) is not None
            or any(ALSO.search(s.group()) is not None and not advises(s.group()) for s in _SENTENCE.finditer(text))
            or enumerated(text)
            or TABLE_ROW.search(text) is not None or any(LIST_ITEM.match(line) for line in text.splitlines()))


def _verdicts(text: str, kind: str) -> list[tuple[re.Match[str], tuple[int, int]]] | None:
    """The cues of ``text`` that may answer a question of ``kind``, each with its label's span; ``None`` when one is
    denied or reported ("The findings are not consistent with X", "The prior report said this is X")."""
    spans: list[tuple[re.Match[str], tuple[int, int]]] = []
    for found in _CUE.finditer(text):
        if not _allowed(found, kind, text):
            continue
        if found.group("confirmed") and _HABITUAL.search(text, max(0, found.start() - 20), found.start()) is not None:
            continue  # "A barium swallow typically confirms achalasia": a definition, no verdict
        span = _complement(text, found)
        if span is None or not _names_verdict(text[span[0]:span[1]], found,
                                               TYPICAL_OF.search(text, found.end(), span[0]) is not None):
            continue  # "This is a surgical emergency", "... is typical of FDG": no diagnosis
        if denied_before(text, found.start() + 1) or attributed(text, found.start(), inferring=True):
            return None
        if _DENIED_AFTER.match(text, span[1]) is not None:
            continue  # "Findings which indicate perforation, such as free air, are absent.": the label is denied
        spans.append((found, span))
    # "The ADC map confirms restricted diffusion ... characteristic of CJD": a confirmation before another verdict
    # confirms a sign of the description, not the answer; only the last verdict's confirmation is one.
    return [s for i, s in enumerate(spans) if not s[0].group("confirmed") or i == len(spans) - 1]


def _confirms_diagnosis(label: str) -> bool:
    """Whether a confirmed ``label`` may name a diagnosis: not a sign, a finding's place or a device's position ("restricted
    diffusion in the cortex", "the catheter tip position in the SVC", "the presence of flow within the lesion",
    "resolution in most cases"). A label placing itself ("... in the cortex") or opening with a sign's word is none."""
    return _PLACED.search(label) is None and _SIGN_HEAD.match(label) is None


def _names_verdict(label: str, found: re.Match[str], wrapped: bool) -> bool:
    """Whether ``label`` names what a verdict names: a finding of the vocabulary or a disease by its ending ("...
    carcinoma", "... cyst"); or, after a stated diagnosis or cause ("the most likely diagnosis is lichen planus",
    "is caused by adhesive bands"), any label that is no generic word. After an identity word alone, a label the
    vocabulary does not know is not read ("The biodistribution ... is typical of FDG"). After a confirmation ("the
    defect confirms a full-thickness macular hole") or a wrapper naming the label's signs ("the classic triad of
    retinitis pigmentosa", ``wrapped``), the label is a diagnosis by those words: any label but a generic word."""
    if found.group("confirmed") and not _confirms_diagnosis(label):
        return False  # "The lateral view confirms an air-fluid level behind the heart": a sign, not the diagnosis
    if wrapped and _PEOPLE.search(label) is not None:
        return False  # "These are typical findings of chronic smokers": a population, no diagnosis
    if names_finding(label) or names_entity(label):
        return True
    return bool(found.group("stated") or found.group("cause") or found.group("confirmed") or wrapped) \
        and not contentless(label)


def _chosen(text: str, question: str, spans: list[tuple[re.Match[str], tuple[int, int]]]) \
        -> tuple[re.Match[str], tuple[int, int]] | None:
    """The verdict that answers: the last, when every verdict names the same label, when the last states the
    diagnosis ("the most likely diagnosis is X"), or when it refines the one before it in its own sentence; else the
    one verdict naming the kind the question asks ("What type of necrosis ...?": "This is caseous necrosis — ... The
    pattern is typical of a tuberculous granuloma"); else ``None``."""
    said = {normalize_answer(text[a:b]) for _, (a, b) in spans}
    last = spans[-1]
    if len(said) == 1 or last[0].group("stated") or _refines(text, spans):
        return last
    noun = _KIND_OF.search(question)
    if noun is None:
        return None
    stem = noun.group(1).lower()[:_STEM]
    typed = [s for s in spans if any(w.lower().startswith(stem) for w in WORD.findall(text[s[1][0]:s[1][1]]))]
    if len({normalize_answer(text[a:b]) for _, (a, b) in typed}) != 1:
        return None
    return typed[-1]


def _refines(text: str, spans: list[tuple[re.Match[str], tuple[int, int]]]) -> bool:
    """Whether the last verdict refines the one before it within one sentence ("This suggests a subepithelial
    lesion, most likely a gastrointestinal stromal tumor."), every earlier verdict naming that one."""
    *before, (last, _) = spans
    said = {normalize_answer(text[a:b]) for _, (a, b) in before}
    previous = before[-1][1][1]
    return len(said) == 1 and last.group("hedged") is not None and re.search(r"[.!?\n]", text[previous:last.start()]) is None


__all__ = ["advises", "verdict"]
