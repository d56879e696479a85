"""The commitment test of an unmarked open reply read whole: does it assert anything of THIS case?

An open reply with no marker of its answer ("Final answer:", "Impression:", "most likely ...") is kept whole by the
open reader (``extract/open_reader.py``) and graded as text. That is honest for a description that decides, but a
reply may be text without a decision, and then an answer is read where the corpus labels none (issue #7, false
decisions). The frame readers each catch one wording; this test reads the reply's *structure* instead, so that the
next wording of the same shape falls under it too. Two structures commit to nothing:

* **candidates listed and left standing**: two candidates or more are listed as such -- the items under a label of
  the differential or of possibilities ("**Differential Diagnosis:**\\n1. A\\n2. B", "Possible diagnoses: ..."), or
  "the differential includes A and B" -- and no sentence outside the list singles one out (names one candidate and
  no other, or a word of commitment with at most one of them; an aside in parentheses is a general rule, not a pick:
  "(central restricted diffusion favors abscess)"; a commitment before a concession picks: "I favour gout, although
  septic arthritis cannot be excluded."; so does a short label opening the reply and naming a concept: "Pneumonia. The differential remains
  broad, ..."). "Differential considered: A, B. Final diagnosis: A." and "Most
  likely pneumonia; the differential includes atelectasis." commit (the pick names one; the list has one item). Only
  to a question asking the diagnosis: to "What is the abnormal finding?" or "How many ...?" the finding stated before
  a differential answers, and the list is an aside.
* **nothing said of this case**: once the sentences that say nothing of THIS case are set aside -- general knowledge
  (``open_generic.general_statement``: "Mammograms are used to screen for breast cancer.", "Chest X-rays use a very small
  dose of ionizing radiation."), a plan or an advice (``advice.advises``), a question, a referral or a courtesy --
  what stays only names the image or tours it (``open_decision.describes_image``, ``open_tour.tour_only``,
  ``open_described.described_only``), or nothing stays where a plan was set aside ("Next steps: CT, biopsy.": a
  plan label's head is a subject of what to do next, ``answers/other_subjects``). A reply of lessons alone is
  ``open_generic.says_nothing``'s, not read here. A sentence that states a finding of the image stays, and
  keeps the reply an answer: nothing is set aside unless the whole reply is otherwise silent.

Session 53 (lane commit53) made the test hold in every frame, as blind 52's false decisions asked: candidates left
standing are ambiguous to any question when nothing but them, their work-up and the words telling them apart ("further
evaluation is needed to distinguish them", "cannot differentiate between A and B") is said (``only_candidates``; to a
question asking the diagnosis as before, whatever else is said), and a commitment word denied in its clause ("no
visible fat to favor the latter") picks none; a Chinese reply counting its candidates and holding the choice open
("需要考虑转移瘤与真菌感染两种可能，单凭影像难以鉴别") is ambiguous (``zh_left_standing``); a reply naming the image,
then touring it or telling how it was taken, is silent whether or not a sentence was set aside; a courtesy beside
lessons says nothing; and degenerate text (special tokens beside a few words, ``degenerate``) is unparsed.

Session 54 (lane opendec54) asks the reading to answer the asked slot about THIS case (``open_commitment_slots``):
a reply declining the asked thing and committing to nothing after is refused whatever it goes on to describe; a side question answered with both sides placed plainly is
ambiguous; what is called least likely is never the answer; a description naming no organ answers no "Which organ?";
an assent ("Sure!") or a request echoed ("Please answer the question.") is a courtesy (``open_generic.courtesy``).

``uncommitted`` gives the status the reply earns (``ambiguous`` for candidates left standing, ``unparsed`` for a
reply silent about the case or degenerate), or ``None`` when it commits or the test does not apply (a long report, Chinese
text but for its candidates held open).
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.concepts import normalize, vocabulary
from medstep.answers.other_subjects import OTHER_SUBJECTS
from medstep.answers.image_words import MAKING_WORDS, PLACE_WORDS
from medstep.answers.text import HAN, NUMBER_WORDS, normalize_answer
from medstep.extract import advice, langwords, open_decision, open_described, open_generic, open_textbook, open_tour
from medstep.extract.open_commitment_slots import commits as _commits
from medstep.extract.open_commitment_slots import declines_asked, lowered_only, names_nothing, refused_choice, sides_disagree
from medstep.extract.open_commitment_slots import PARENS as _PARENS
from medstep.extract.open_commitment_slots import SENTENCE_GAP as _SENTENCES
from medstep.extract.open_commitment_slots import holds as _holds
from medstep.extract.open_commitment_slots import LOWERED as _LOWERED
from medstep.extract.open_unanswered import COMMITS
from medstep.lazyre import lazy_compile
from medstep.types import Status

_MAX = 1500
_LINES = lazy_compile(r"\n+")
# A list item line: "1. ...", "2) ...", "- ...", "* ...", "• ...".
_ITEM = lazy_compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+(?P<body>\S.*)$")
# A label line announcing candidates: "**Differential Diagnosis:**", "Possible diagnoses:", "### Differential".
_CANDIDATE_LABEL = lazy_compile(r"(?i)^[\s#>*_]*(?:[\w-]+\s+){0,3}?"
                                + hedges.words(hedges.DIFFERENTIAL, hedges.CANDIDATES, hedges.CAUSES)
                                + r"(?:\s+diagnos[ie]s)?[\s*_]*[:：]?[\s*_]*$")
# "The differential includes A and B", "Differential: A, B or C" inside a sentence.
# ("The differential here is really between A and B": the list after "between", not the word itself)
_INLINE_LIST = lazy_compile(r"(?i)" + hedges.words(hedges.DIFFERENTIAL, hedges.CANDIDATES)
                            + r"(?:\s+diagnos[ie]s)?(?:\s+here)?\s*(?:(?:includes?|including|is|are|remains?)\s+"
                            + r"(?:(?:really|mainly|mostly|largely|essentially)\s+)?(?:between\s+)?|[:：]\s*)"
                            + r"(?P<list>[^.;!?\n]+)")
_JOIN = lazy_compile(r"(?i)\s*(?:,|;|\band\b|\bor\b|\bversus\b|\bvs\.?)\s*")
# What a list item names as its candidate: the text before its gloss ("**Papilledema:** The optic disc ...",
# "Septic emboli — peripheral ...", "Optic neuritis (papillitis)").
_GLOSS = lazy_compile(r"\s*(?:[:：—–(]|\s-\s).*$")
_MARKUP = lazy_compile(r"[*_`#>]+")
_QUESTION_END = lazy_compile(r"\?[\s*_)\"']*$")
_CANDIDATES_MIN = 2
# Where a concession follows the pick: "I favour gout, although septic arthritis cannot be excluded."
_CONCEDED = lazy_compile(r"(?i),?\s*" + hedges.words(hedges.CONCESSION))
# A clause weighing a candidate under a condition ("Sarcoid would be favored if there are perilymphatic nodules,
# lymphoma if there is anterior mediastinal involvement"): what would decide, no pick of this case.
_CONDITIONED = lazy_compile(r"(?i)" + hedges.words(hedges.IF))
_CLAUSES = lazy_compile(r"[,;]")
# A short opening sentence that names a concept is the answer stated (not a findings line later on): "Pneumonia. The differential remains broad, ...",
# "Pneumonia (differential includes atelectasis and aspiration)."
_LABEL_WORDS = 4
# A list item marked as the pick: "1. Osteosarcoma (most likely)", "- Abscess -- probably"; a lowered likelihood
# ("2. Ewing sarcoma (less likely)") marks none.
_MARKED = lazy_compile("(?i)" + hedges.words(hedges.COMMITTED_ADVERBS))
# A question asking the diagnosis: only then are listed diagnoses alternatives of the answer ("There is a
# ring-enhancing lesion. The differential includes abscess and glioblastoma." answers "What is the abnormal
# finding?" with the finding; ``open_phrase`` reads the same word).
_ASKS_DIAGNOSIS = lazy_compile(r"(?i)\bdiagnos")
# A question asking the list itself ("What are the differential diagnoses?"): the list answers it.
_ASKS_LIST = lazy_compile("(?i)" + hedges.words(hedges.DIFFERENTIAL, hedges.CANDIDATES, hedges.CAUSES))
# A label opening a plan: "Next steps:", "**Plan:**", "Management -" (its head a subject of what to do next,
# ``answers/other_subjects.OTHER_SUBJECTS``).
_LABEL = lazy_compile(r"^[\s*_#>-]*(?P<head>[A-Za-z-]+)(?:\s+[A-Za-z-]+){0,2}[\s*_]*(?::|\s[—–-]\s)")
# Where a sentence joins two statements: "..., and further imaging may be needed", "...; ...", "..., but ...".
_CLAUSES = lazy_compile(r"(?i)\s*(?:;|,\s*(?:and|but|so|while|whereas)\b|\s(?:and|but)\s+(?=(?:further|a|an|the|this|"
                        r"it|there|clinical|correlation|follow)\b))\s*")

# "cannot distinguish between A and B", "difficult to differentiate between A or B": the candidates the reply cannot
# tell apart; a sentence telling them apart ("Further evaluation is needed to distinguish them.") picks none.
_TELLS_APART = lazy_compile("(?i)" + hedges.words(hedges.TELL_APART))
_BETWEEN = lazy_compile("(?i)" + hedges.words(hedges.TELL_APART) + r"\s+between\s+(?P<list>[^.;:!?\n,]+"
                        r"(?:,(?!\s*(?:the|this|these|it|there|but|however|which|so|here|its)\b)[^.;:!?\n,]+)*)")
# The clause around a telling-apart word, its list of candidates included: what stays of the sentence may still pick
# ("Although it can be hard to differentiate between cyst and abscess, the thick wall indicates an abscess.").
_CLAUSE_EDGE = lazy_compile(r"[,;:]")
# A commitment word denied in its clause: "there is no visible fat or calcification to favor the latter".
# The examples a class is given before its verb: "Different modalities such as X-ray, CT, MRI and ultrasound are used".
_EXAMPLES = lazy_compile(r"(?i),?\s+such\s+as\s+[^.;!?]{1,120}?(?=,?\s+(?:is|are|can|may|help|helps)\b)")
# Where a sentence joins two clauses of one subject: "... is in black and white and was taken from the front".
_AND = lazy_compile(r"(?i)\s+and\s+(?=(?:was|were|is|are|has|have|shows?)\b)")
# Degenerate text: a model's special tokens beside a few words that name nothing ("<unk> <unk> <unk> image image").
_SPECIAL = lazy_compile("(?i)" + open_decision.GARBAGE_TOKEN)
_WORDS = lazy_compile(r"[^\W_]+")
_DIGIT = lazy_compile(r"\d")
_FEW_WORDS = 3
# Chinese candidates held side by side: a count of them ("两种可能") and a word holding the choice open ("难以鉴别"),
# with no lead that picks ("考虑为", "诊断为", "最可能", "倾向", "可能性大").
_ZH_COUNTED = lazy_compile(hedges.ZH_ALTERNATIVES)
_ZH_HELD = lazy_compile("|".join(hedges.ZH_OPEN + hedges.ZH_TELL_APART))
_ZH_PICKS = lazy_compile("|".join((*langwords.ZH_DIAGNOSIS_LEADS, "最可能", "倾向", hedges.ZH_LEAN)))


def uncommitted(reply: str, question: str, reading: str) -> Status | None:
    """The status of an unmarked open ``reply`` that commits to nothing about this case (module docstring), else
    ``None``. Only a ``reading`` (the normalised answer read) drawn from what is set aside is withdrawn: a list of
    candidates concerns a reading that names one of them ("**Location:** Right upper lobe. ... **Differential:** A,
    B." to "Where ...?" keeps its place), a lesson a reading that holds it."""
    text = reply.strip()
    if not text:
        return None
    if degenerate(text):
        return Status.UNPARSED
    if len(text) > _MAX:
        return None
    if HAN.search(text) is not None:
        return Status.AMBIGUOUS if zh_left_standing(text) else None
    if HAN.search(question) is not None:
        return None
    if declines_asked(text, question):
        return Status.REFUSED
    if sides_disagree(text, question) or refused_choice(text):
        return Status.AMBIGUOUS
    if _ASKS_LIST.search(question) is None and left_standing(text, reading) \
            and (_ASKS_DIAGNOSIS.search(question) is not None or only_candidates(text, question)):
        return Status.AMBIGUOUS
    if silent_about_case(text, question, reading) or lowered_only(text, question) or names_nothing(text, question) \
            or open_described.nothing_found(text, question):
        return Status.UNPARSED
    return None


def degenerate(text: str) -> bool:
    """Whether ``text`` is decoding garbage: a model's tokens for what it could not decode (``<unk>``, ``<pad>``,
    ``[MASK]``) beside as few other words or fewer (three at most, counted once each), naming nothing of the
    vocabulary ("<unk> <unk> <unk> image image"). A label looped without them ("pneumonia pneumonia pneumonia",
    "right right right") is ``open_span.looped``'s answer, and a sequence's markers may wrap one ("<s>Left</s>")."""
    special = len(_SPECIAL.findall(text))
    words = [w.lower() for w in _WORDS.findall(_SPECIAL.sub(" ", text))]
    return special > 0 and len(set(words)) <= min(special, _FEW_WORDS) \
        and not vocabulary().mentions(normalize(" ".join(words))) and not any(_answers_alone(w) for w in words)


def _answers_alone(word: str) -> bool:
    """Whether ``word`` may answer by itself beside a stray token: a count, a side or place, how the image was made
    ("Left<unk>", "2 <unk>", "Axial<unk>")."""
    return _DIGIT.search(word) is not None or word in NUMBER_WORDS or word in PLACE_WORDS or word in MAKING_WORDS


def zh_left_standing(text: str) -> bool:
    """Whether a Chinese reply holds candidates side by side ("需要考虑转移瘤与真菌感染两种可能，单凭影像难以鉴别"): it
    counts them, holds the choice open, and no lead picks one."""
    return (_ZH_COUNTED.search(text) is not None and _ZH_HELD.search(text) is not None
            and _ZH_PICKS.search(text) is None)


def only_candidates(text: str, question: str) -> bool:
    """Whether, besides its list of candidates, ``text`` says nothing of this case: each other sentence is set aside
    (``_set_aside``) or tells the candidates apart, and what opens a sentence holding an inline list names nothing of
    the vocabulary. To a question not asking the diagnosis, a finding stated beside the list answers ("There is a
    ring-enhancing lesion. The differential includes abscess and glioblastoma." to "What is the abnormal finding?")."""
    _, held = _listed(text)
    for i, line in enumerate(_LINES.split(text)):
        if i in held or not line.strip(" *_#>-"):
            continue
        for sentence in _SENTENCES.split(_MARKUP.sub("", line)):
            inline = _INLINE_LIST.search(sentence) or _BETWEEN.search(sentence)
            if inline is not None:
                if vocabulary().mentions(normalize(sentence[:inline.start()])):
                    return False
                continue
            if _TELLS_APART.search(sentence) is None and not _set_aside(sentence, question):
                return False
    return True


def _past_telling(sentence: str) -> str:
    """``sentence`` without the clause telling candidates apart, its "between" list included: "Although it is hard to
    differentiate between cyst and abscess, the thick wall indicates an abscess." keeps its pick."""
    listed = _BETWEEN.search(sentence)
    found = listed or _TELLS_APART.search(sentence)
    if found is None:
        return sentence
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, found.start())), default=0)
    after = _CLAUSE_EDGE.search(sentence, found.end())
    end = found.end() if listed is not None or after is None else after.start()
    return sentence[:start] + " " + sentence[end:]


def _candidate(body: str) -> str:
    return normalize_answer(_GLOSS.sub("", _MARKUP.sub("", body)).strip(" .:"))


def _listed(text: str) -> tuple[list[str], set[int]]:
    """The candidates ``text`` lists as such, and the indexes of its lines holding them."""
    lines = _LINES.split(text)
    for i, line in enumerate(lines):
        if _CANDIDATE_LABEL.match(line) is None:
            continue
        found: list[str] = []
        held: set[int] = set()
        for j in range(i + 1, len(lines)):
            item = _ITEM.match(lines[j])
            if item is None:
                break
            found.append(_candidate(item.group("body")))
            held.add(j)
        if len(found) >= _CANDIDATES_MIN:
            return found, held | {i}
    for i, line in enumerate(lines):
        inline = _INLINE_LIST.search(_MARKUP.sub("", line)) or _BETWEEN.search(_MARKUP.sub("", line))
        if inline is None:
            continue
        found = [normalize_answer(p) for p in _JOIN.split(inline.group("list")) if p.strip()]
        if len(found) >= _CANDIDATES_MIN:
            return found, set()
    return [], set()


def left_standing(text: str, reading: str) -> bool:
    """Whether ``text`` lists two candidates or more as such, ``reading`` names one of them, and no sentence outside
    the list singles one out."""
    candidates, held = _listed(text)
    candidates = [c for c in candidates if c]
    if len(candidates) < _CANDIDATES_MIN or not any(_holds(reading, c) for c in candidates):
        return False
    lines = _LINES.split(text)
    if sum(1 for i in held if _ITEM.match(lines[i]) and _MARKED.search(_LOWERED.sub(" ", lines[i]))) == 1:
        return False  # one item marked as the pick: "1. Osteosarcoma (most likely)"
    for i, line in enumerate(_LINES.split(text)):
        if i in held:
            continue
        for k, sentence in enumerate(_SENTENCES.split(_PARENS.sub(" ", _MARKUP.sub("", line)))):
            told = _TELLS_APART.search(sentence) is not None
            if told:  # what stays of it is no opening label ("..., which requires biopsy.")
                sentence = _past_telling(sentence)
                if not sentence.strip(" ,;:.*_-"):
                    continue  # "Further evaluation is needed to distinguish them.": the choice held open, no pick
            clauses = _CLAUSES.split(sentence)
            weighed = [c for c in clauses if _CONDITIONED.search(c) is None]
            if len(weighed) < len(clauses):
                if not any(c.strip(" .*_") for c in weighed):
                    continue  # "Sarcoid would be favored if ..., lymphoma if ...": each candidate under its condition
                sentence = ",".join(weighed)  # "X would be favoured if ..., but ... make Y most likely": Y picked
            said = normalize_answer(sentence)
            inline = _INLINE_LIST.search(sentence)
            if inline is not None:  # the inline list itself names them all; what is around it may still pick
                said = normalize_answer(sentence[:inline.start()])
            named = sum(1 for c in candidates if _holds(said, c))
            if named == 1 or (named == 0 and any(_commits(p) for p in sentence.split(";"))) \
                    or (i == k == 0 and not told and (_label_named(said) or (named == 0 and _headed(sentence, said, candidates)))):
                return False
            for clause in _CONCEDED.split(sentence)[:1]:  # "I favour gout, although septic arthritis ...": the pick
                picked = sum(1 for c in candidates if _holds(normalize_answer(clause), c))
                if picked == 1 and COMMITS.search(clause) is not None:
                    return False
    return True


def _label_named(said: str) -> bool:
    """Whether the normalised sentence ``said`` is a short label naming a concept of the vocabulary."""
    return 0 < len(said.split()) <= _LABEL_WORDS and bool(vocabulary().mentions(normalize(said)))


def _headed(sentence: str, said: str, candidates: list[str]) -> bool:
    """Whether the opening ``sentence`` (normalised ``said``) is headed by the name of a finding of the vocabulary, is
    not a lesson, and the ``candidates`` are not kinds of it: the answer stated with its qualifiers ("Ischemic stroke
    in the left MCA territory.", "Intussusception, with the classic target sign."), where "There is an opacity."
    only describes and "Mass in the right upper lobe." is the finding the differential (lung cancer, ...) explains."""
    concepts = vocabulary().concepts
    first = min((m for m in vocabulary().mentions(normalize(said)) if m.concept in concepts), key=lambda m: m.start,
                default=None)
    if first is None or first.start != 0 or concepts[first.concept].category != "finding" \
            or open_generic.general_statement(sentence):
        return False
    kinds = concepts[first.concept].descendants
    return not any(m.concept in kinds for c in candidates for m in vocabulary().mentions(normalize(c)))


def _set_aside(sentence: str, question: str) -> bool:
    """Whether ``sentence`` says nothing of this case: general knowledge, a plan, a question, a referral, a courtesy."""
    if _QUESTION_END.search(sentence) is not None or open_generic.refers_on(sentence) or open_generic.courtesy(sentence):
        return True
    if plan(sentence, question):
        return True
    # each clause general or advice: "There is a large mass, and a biopsy is recommended." states a finding; the
    # examples of a class are no part of its subject ("Different modalities such as X-ray, CT and MRI are used ...")
    return all(open_generic.general_statement(c, question) or open_textbook.general_remark(c) or advice.advises(c)
               for c in _CLAUSES.split(_EXAMPLES.sub("", sentence)) if c.strip(" *_-.,"))


def plan(sentence: str, question: str) -> bool:
    """Whether ``sentence`` opens with the label of a plan ("Next steps: CT, biopsy.") to a ``question`` that does not
    ask what to do (a question naming the subject asks it)."""
    label = _LABEL.match(sentence)
    head = label.group("head").lower() if label is not None else ""
    return head in OTHER_SUBJECTS and head not in question.lower()


def silent_about_case(text: str, question: str, reading: str) -> bool:
    """Whether, with the sentences that say nothing of this case set aside, what stays only names the image and then
    tours it or tells how it looks (the ``reading`` drawn from one of the reply's sentences: holding one or held in
    one), or what stays is described only with the reading drawn from what was set aside, or nothing stays where a
    plan or a courtesy was set aside."""
    if "\n" in text.strip():
        return False  # a structured reply (findings, headings, lists) is left to the frame readers
    sentences = [s.strip() for s in _SENTENCES.split(text) if s.strip(" *_-")]
    aside = [s for s in sentences if _set_aside(s, question)]
    kept = [s for s in sentences if s not in aside]
    if not kept:  # a plan alone ("Next steps: CT, biopsy."), or a courtesy beside lessons ("Thank you for your
        # question! Medical imaging is a valuable tool ..."); lessons alone may answer a question of knowledge ("A
        # renal lesion with macroscopic fat is almost always an angiomyolipoma."): ``open_generic.says_nothing``'s
        return any(plan(s, question) or not _lesson(s, question) for s in aside)
    rest = " ".join(kept)
    drawn = any(_holds(reading, normalize_answer(s)) or _holds(normalize_answer(s), reading) for s in sentences)
    if drawn and (all(_image_only(s, question, i == 0) for i, s in enumerate(kept))
                  or open_tour.tour_only(rest, question) is not None):
        return True  # what stays names or tours the image, whichever of the reply's sentences the reading was drawn from
    if not aside or not any(_holds(reading, normalize_answer(s)) or _holds(normalize_answer(s), reading) for s in aside):
        return False  # nothing set aside, or the reading drawn from elsewhere
    return open_described.described_only(rest, question)


def _lesson(sentence: str, question: str) -> bool:
    """Whether ``sentence`` is set aside as general knowledge only (not a courtesy, a question, a referral)."""
    return _QUESTION_END.search(sentence) is None and not open_generic.refers_on(sentence) \
        and not open_generic.courtesy(sentence) and not plan(sentence, question)


def _image_only(sentence: str, question: str, opening: bool) -> bool:
    """Whether ``sentence`` only names the image (the ``opening`` one of what stays), or, after it, tells how it looks
    or was taken, each of its clauses ("The X-ray is in black and white and was taken from the front of the
    patient."), or which structures it takes in ("It includes the cerebral hemispheres, the ventricles, and the
    skull."): it states nothing of the case. Only after the image is named is an inventory a tour ("The abnormality is
    on the left." alone answers "Which side?"), and never to a question asking an amount ("Two kidneys are visible.")."""
    if open_decision.describes_image(sentence, question):
        return True
    if opening:
        return open_described.described_only(sentence, question)
    clauses = [c for c in _AND.split(sentence) if c.strip(" *_-.,")]
    if len(clauses) > 1 and all(open_decision.describes_image(c, question) for c in clauses):
        return True
    return open_tour.inventory(sentence, placing=True) and not open_described.asks_amount(question) \
        and _DIGIT.search(sentence) is None

__all__ = ["degenerate", "left_standing", "only_candidates", "plan", "silent_about_case", "uncommitted", "zh_left_standing"]
