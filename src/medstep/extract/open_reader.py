"""The open answer's reader (answer type ``open``, and a closed question's text answer): the committed text.

Moved out of ``extract/core.py`` (which dispatches to it) so the open path has room of its own: where the
answer is (a final-answer phrase, a "## Final Response" section, an "Impression:" field), whether it decides
anything at all (``extract/open_decision.py``), and which words of it are the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from medstep.answers import hedges, normalize_text
from medstep.answers.yesno import COMMITTED_LEANS
from medstep.answers.text import normalize_answer
from medstep.extract import (
    cut, open_between, open_commitment, open_concluding, open_conclusion, open_count, open_decision, open_definition, open_echo, open_field, open_frames, open_generic,
    open_asked, open_described, open_headings, open_json, open_kind, open_look, open_measure, open_named, open_naming, open_negated, open_observed, open_phrase, open_pick, open_place, open_revision,
    open_refusal, open_span, open_subject, open_technique, open_template, open_tour, open_unanswered, open_verdict,
    open_weighed, open_whole, scoped_refusal,
)
from medstep.extract.choice import AMBIGUOUS, REFUSED, UNPARSED, Reading
from medstep.extract.concept_question import category_of
from medstep.extract.split import ends_mid_sentence
from medstep.extract.letters import clean
from medstep.extract.open_candidates import listed_then_weighed, offered_below
from medstep.extract.refusal import offers_alternatives
from medstep.extract.replywords import FIELD_RULE
from medstep.extract.split import FINAL_ANSWER_PHRASE, Located, first_line, last_phrase
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample, Status
from medstep.answers.concepts import normalize, vocabulary

_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
# A one-sentence open reply that wraps its answer: "Liver is the answer.", "It is the liver.", "Teratoma is most likely."
TRUNCATED = Reading(None, "", Status.TRUNCATED)
# A short label opening a one-line answer: "Answer:", "**Impression:**", "Location -".
_LABEL = lazy_compile(r"^[\s#>*_]*[A-Za-z][A-Za-z ]{0,24}?[*_]*\s*[:：][*_]*\s*(?=\S)")
_IS_THE_ANSWER = lazy_compile(r"(?is)^(.+?)\s+is\s+(?:the|my)\s+(?:final\s+|correct\s+)?answer\W*$|"
                              r"^((?:\w[\w-]*\s+){0,5}\w[\w-]*)\s+is\s+(?:the\s+)?most\s+likely(?:\s+diagnosis)?\W*$")
_IT_IS = lazy_compile(r"(?is)^(?:it\s+is|it's|this\s+is|that\s+is|that's)\s+(.+)$")
_LABEL_WORDS = 8
# A grade, stage, type or class with its number opening the answer, before what defines it ("Stage 2: partial-thickness
# loss of dermis.", "Grade 4 — large osteophytes ...", after a scale's initials: "KL grade 3: moderate narrowing ..."): to a
# question asking that kind, the answer. The initials must be the question's own (``_scale_initials``): "NO grade 3: ..."
# denies the grade.
_GRADED_LABEL = lazy_compile(r"(?i)^[\s*_]*(?:(?P<initials>(?-i:[A-Z]{2,5}))\s+)?(?P<label>(?P<kind>stage|grade|type|class|"
                             r"category|level)\s+(?:[0-9]{1,2}|[ivx]{1,4})[a-c]?)[\s*_]*(?::|\s[—–-]\s|—)\s*(?=\S)")
# The capitalised words of a question, a hyphenated name split ("Kellgren-Lawrence", "Gleason", "Salter–Harris").
_CAPITALISED = lazy_compile(r"[A-Z][^\W\d_]*")
_LETTER_RUN = lazy_compile(r"[^\W\d_]+")


def _scale_initials(initials: str, question: str) -> bool:
    """Whether ``initials`` before a grade are a scale's the question names: written in it ("What is the KL grade?") or
    the initials of consecutive capitalised words of it ("Kellgren-Lawrence" for "KL"); not "NO", "NOT"."""
    if initials in _LETTER_RUN.findall(question):
        return True
    words = _CAPITALISED.findall(question)
    return any("".join(w[0] for w in words[i:i + len(initials)]) == initials for i in range(len(words)))


# A committed lean opening a one-sentence answer ("Most likely ...", "Probably ...", "I'd say ..."; ``answers/yesno``'s
# COMMITTED_LEANS, as a verdict's): the answer is what it leans to. A doubt ("possibly", "maybe") is no such lean.
_LEAN = lazy_compile(r"(?i)^[\s*_]*(?:" + hedges.alternation(COMMITTED_LEANS) + r")\b[\s*_]*[:,—–-]?\s*(?=\w)")
_LEAN_MAX = 120
# What keeps the lean part of a held-open answer: a doubt, a concession, a turn ("Most likely a schwannoma, although I am
# not sure.").
_LEAN_HELD = lazy_compile("(?i)" + hedges.words(hedges.DOUBT, hedges.CONCESSION, hedges.TURN, hedges.POSSIBILITY))
_QUALIFIER = lazy_compile(r"(?i),\s*(?:specifically|mainly|mostly|probably|most\s+likely|likely|i\s+think|i\s+believe)\W*$")

# A markdown heading that opens the final answer's section ("## Final Response", "### Final answer", "## Answer"). Its
# blank and star runs are read possessively (each is followed by another kind of character, so giving one back never
# helps): "#" + 32,000 blanks took 9 s (each split of the run between the two blank runs tried).
_FINAL_HEADING = lazy_compile(r"(?im)^[ \t]*+#{1,6}[ \t]*+\**+[ \t]*+(?:final[ \t]+(?:response|answer|assessment)|answer)"
                              r"[ \t]*+\**+[ \t]*+:?[ \t]*+$")


# The end of a finished sentence inside a reply, before its last (cut) one: a stop, a Chinese full stop.
_LAST_STOP = lazy_compile(r"[.!?](?=\s)|[。！？]")


def _cut_alone(region: str, question: str) -> bool:
    """Whether nothing before the last, unfinished sentence of ``region`` decides anything: then the reply stopping
    where no sentence can stop (``cut.unfinished``) was cut before its answer ("The most likely diagnosis is", "This
    is an axial CT of the abdomen. The liver shows lesions which are most"). A finished earlier sentence that decides
    ("Pneumothorax. The lung edge is visible, which is very", "最可能的诊断为肺炎。……提示") keeps its answer: the cut
    took only what came after it (review of the status34 lane)."""
    stops = list(_LAST_STOP.finditer(region))
    if not stops:
        return True
    earlier = region[:stops[-1].end()].strip()
    return (open_decision.undecided(earlier, question) is not None
            or open_tour.tour_only(earlier, question) is not None)


def final_section(text: str) -> str:
    """The text after the last heading that opens the answer's section, or "" when there is none: the sections
    before it (a "## Thinking" section, options weighed and set aside) are the reasoning, not the decision."""
    pos = text.rfind("#")
    while pos >= 0:  # the heading is one line opening with "#": lines holding one are tried, the last first
        start = text.rfind("\n", 0, pos) + 1
        found = _FINAL_HEADING.match(text, start)
        if found is not None:
            return text[found.end():].strip()
        pos = text.rfind("#", 0, start)
    return ""


@dataclass(frozen=True)
class _ReadOn:
    """The rest of an answer, read again as an unmarked open answer after a correction or an exclusion, and what the
    reading of that rest becomes at the level that found it (``_finish``). ``read_open`` walks such a chain in a loop:
    read by recursion, a looping rollout of exclusions ("It is not pneumonia. " x 1,800) was 1,800 nested reads and
    raised RecursionError (lane slow40b)."""

    rest: str
    rule: str | None  # the marker the exclusion was found under, given to an answer read after it
    revision: bool  # after a correction: no answer in a rest that stops mid-sentence (or is empty) is a truncation

    def finish(self, again: Reading) -> Reading:
        if self.revision:
            return TRUNCATED if again.answer is None and (not self.rest or ends_mid_sentence(self.rest)) else again
        return again._replace(rule=self.rule) if self.rule is not None and again.answer is not None else again


def read_open(loc: Located, sample: Sample) -> Reading:
    """Normalised answer text: a marked answer is cut to its first sentence.

    Unmarked output is kept whole: its exact match will usually fail and its
    token recall be generous (precision and F1 say how much else it said),
    which is the honest reading of a model that did not state a short answer.
    An answer that decides nothing (the question echoed, a template, a list of
    candidates, a third-person deferral) has no text to grade: ``extract/open_decision.py``.
    A correction or an exclusion leaves its rest to read again (``_ReadOn``): the chain is walked in a loop, then
    each level's finish is applied, the deepest first. An unmarked reading must then pass the commitment test
    (``extract/open_commitment.py``): not drawn from candidates left standing, a lesson or a plan.
    """
    chain: list[_ReadOn] = []
    step = _read_level(loc, sample)
    while isinstance(step, _ReadOn):
        chain.append(step)
        step = _read_level(replace(loc, answer=step.rest, marker=None), sample)
    reading = step
    for level in reversed(chain):
        reading = level.finish(reading)
    if sample.answer_type is AnswerType.OPEN and loc.marker is None and reading.answer is not None \
            and reading.rule == "open_text":  # the commitment test: asserted of this case, not listed, not taught
        status = open_commitment.uncommitted(loc.answer, sample.question, reading.answer)
        if status is not None:
            return Reading(None, "", status)
    return reading


def _names_anatomy(label: str) -> bool:
    """Whether a frame's label names a structure ("the heart and the lungs"): only such a label can be the image's
    anatomy where its sentence names more; a side or a place word alone ("The lesion is on the right") is the frame's
    answer as before (suite of session 48, test_extract_precise23)."""
    return any(category_of(m) == "anatomy" for m in vocabulary().mentions(normalize(label)))

def _read_level(loc: Located, sample: Sample) -> Reading | _ReadOn:
    """One level of ``read_open``: the reading of ``loc``, or the rest a correction or an exclusion leaves to read."""
    region, rule = loc.answer, loc.marker
    if rule is None and open_template.unfilled_form(region, sample.question):
        return UNPARSED  # "**Location:** [insert location]\n**Size:** [insert measurements]": the template returned
    if rule is None and open_template.instructs(region, sample.question):
        return UNPARSED  # 'Format your reply like "Diagnosis: pneumonia".': the prompt's instructions echoed
    if rule is None and open_technique.names_study_only(region, sample.question):
        return UNPARSED  # "axial ct abdomen with contrast . . ." to "What organ is enlarged?": the study, no answer
    fielded = open_json.json_answer(region, sample.question)  # '{"diagnosis": "Colles fracture", "confidence": ...}'
    if fielded is not None:
        if not fielded:
            return UNPARSED  # an object none of whose fields answers
        if open_json.prose_disagrees(region, fielded):
            return AMBIGUOUS  # "The answer is pneumothorax.\n```json\n{"finding": "pleural effusion"}\n```"
        region, rule = fielded, rule or FIELD_RULE
    rest = open_revision.after_revision(region)
    if rest is not None:  # "Osteosarcoma. Actually, wait — ... Ewing sarcoma.": the correction is the answer
        return _revised(rest)
    if rule is None:
        phrase = last_phrase(region)
        if phrase is not None:
            region, rule = first_line(region[phrase[1]:]), FINAL_ANSWER_PHRASE
    if sample.answer_type is AnswerType.OPEN and rule is None and listed_then_weighed(region, sample.question):
        return AMBIGUOUS  # "**Differential diagnosis:**\n1. Schwannoma\n2. Meningioma\n...": none chosen
    if rule is None and open_headings.empty_conclusion(region):
        return UNPARSED  # "FINDINGS: ...\nIMPRESSION:\nRECOMMENDATION: ...": the conclusion was never written
    if rule is None and ("#" in region or "**" in region):
        section: str | None = final_section(region) if "#" in region else ""  # "## Thinking ... ## Final Response
        if not section:  # ...": the last section answers; "## Analysis ... ## Diagnosis\nAortic dissection" too
            section = open_headings.conclusion_section(region)
            if section == "":  # "## Thinking ... ## Final Response" and nothing under it
                return TRUNCATED if open_headings.wrote_before(region) else UNPARSED
        region = (section or open_headings.heading_label(region, sample.question)  # "## Tension pneumothorax\n\nThe"
                  or open_headings.after_title(region, sample.question) or region)  # "## Chest radiograph\n\nThere is"
    unanswered = open_unanswered.unanswered(region, sample.question) \
        if rule is None and sample.answer_type is AnswerType.OPEN else None
    if unanswered is not None:  # "Differential: A vs B.", "... demonstrates a well-defined" (extract/open_unanswered.py)
        return Reading(None, "", unanswered)
    place = open_field.place_field(region, sample.question) \
        if rule is None and sample.answer_type is AnswerType.OPEN else None  # "**Location:** ..." to "Where is ...?"
    asked = open_field.asked_field(region, sample.question) \
        if place is None and rule is None and sample.answer_type is AnswerType.OPEN else None  # "**Abnormality:** ..."
    concluded_field = open_field.answer_field(region) if rule is None else None
    if asked is not None and concluded_field is not None and concluded_field != asked:
        asked = None  # "Abnormality: none. Impression: pneumothorax.": the conclusion field is read, as before
    field = place or asked or concluded_field
    if place is None and field is not None and open_field.assessment_field(region) and open_verdict.advises(field):
        field = None  # "**Assessment:** Urgent decompression recommended.": a plan, no verdict; the reply read whole
    if place is None and field is not None and sample.answer_type is AnswerType.OPEN and open_field.denied_field(region):
        return UNPARSED  # "Beurteilung: Kein Anhalt für Malignität.": the conclusion denies, it names no diagnosis
    if open_template.placeholder(field if field is not None else region, sample.question):
        return UNPARSED  # "Diagnosis: <diagnosis>", "Final answer: {diagnosis}": a template's slot echoed
    seen = open_observed.observed(region, field, sample.question) \
        if rule is None and sample.answer_type is AnswerType.OPEN else None
    if seen is not None:  # "There's a 2 cm nodule in the right upper lobe. Hard to say more - could be ..."
        region, field = seen, None
    if sample.answer_type is AnswerType.OPEN:
        rest = open_negated.reads_excluded(clean(field if field is not None else region))
        if rest is not None:  # "Not pneumonia.", "It is not pneumonia; it is atelectasis.": the exclusion set aside
            return _after_exclusion(rest, rule)
    if sample.answer_type is AnswerType.OPEN:  # "Pneumonia? Or simply atelectasis?", "A, B or C could all give this."
        said = clean(field if field is not None else region)
        if open_weighed.asked_candidates(said) or open_weighed.held_together(said):
            return AMBIGUOUS
        if open_weighed.denies_asked(said, sample.question):
            return UNPARSED  # "The right sits higher, but that's normal; I wouldn't call it truly elevated."
    if rule is not None or field is not None:  # "Findings: ... Impression: left pneumothorax.": the conclusion's field
        region = _SENTENCE_END.split(clean(field if field is not None else region), maxsplit=1)[0]
    if sample.answer_type is AnswerType.OPEN:
        if open_span.code_loop(region):
            return UNPARSED  # "setValue setValue setValue": a decoding loop of a code token, no answer in it
        region = open_span.looped(region) or open_span.closing_field(region) or region  # "candida, candida, candida"
    pick = open_pick.picked(region, sample.question) if sample.answer_type is AnswerType.OPEN and \
        not (cut.dangling(region, open_decision.OPEN_DANGLING) or cut.hedge_cut(region, sample.question)) else None
    if pick:  # "Differential: A, B, C. Leading diagnosis is acute appendicitis.": the pick answers
        pick = open_span.committed(pick)  # "Most likely: **basal cell carcinoma** (nodular type)."
        status = open_decision.undecided(pick, sample.question)  # "The most likely diagnosis is a disease."
        return Reading(None, "", status) if status is not None else Reading(normalize_answer(pick), rule or "open_text")
    if pick is not None:
        return AMBIGUOUS  # after a list, the commitment held open
    declined = open_refusal.declines_request(region)
    if declined is not None and not scoped_refusal.answer_follows(region, declined, sample):
        return REFUSED  # "I can't estimate an HbA1c from a fundus photograph. It is a blood test.": no answer after it
    if open_decision.declines(region):  # two candidates named, then declined: weighed, not refused
        return AMBIGUOUS if open_decision.weighs_two(region) else REFUSED
    if sample.answer_type is AnswerType.OPEN and open_weighed.asked_only(clean(region)):
        return UNPARSED  # "Left pneumothorax?": the answer only asked back, never stated
    parts = _SENTENCE_END.split(clean(region).strip(), maxsplit=1)
    if len(parts) > 1 and parts[0].endswith("?") and parts[1].strip() and offers_alternatives(parts[0]):
        region = parts[1]  # "Right or left? Right.": the alternatives asked, then the answer given
    elif offers_alternatives(parts[0]):
        return AMBIGUOUS  # "CT or MRI", "It could be in the liver or the right kidney."
    if rule in (None, FINAL_ANSWER_PHRASE) and cut.hedge_cut(region, sample.question):
        return TRUNCATED if ends_mid_sentence(region) else UNPARSED  # "The diagnosis is likely": the answer never came
    if rule in (None, FINAL_ANSWER_PHRASE) and (cut.dangling(region, open_decision.OPEN_DANGLING) or (
            sample.answer_type is AnswerType.OPEN and cut.unfinished(region) and _cut_alone(region, sample.question))):
        looped = open_decision.repeated_sentence(region)  # a sentence stated in a loop, its last copy cut
        if (looped is None or sample.answer_type is not AnswerType.OPEN  # not a closed question's text answer
                or open_decision.undecided(looped, sample.question) is not None):
            return TRUNCATED  # "The lesion is located in the", "The most likely diagnosis is", "... which could"
        region = looped
    defined = open_definition.defined_technique(region) if sample.answer_type is AnswerType.OPEN else None
    if defined is not None:  # "Ultrasound is an imaging technique that uses sound waves."
        if not open_definition.asks_technique(sample.question):
            return UNPARSED
        region = defined
    status = open_decision.undecided(region, sample.question)
    if status is None and rule is None and sample.answer_type is AnswerType.OPEN:
        status = open_tour.tour_only(region, sample.question)  # "This is an MRI of the brain. The pons is visualized."
    if status is None and rule is None and sample.answer_type is AnswerType.OPEN \
            and (open_look.caption_only(region, sample.question) or open_look.legend_only(region, sample.question)
                 or open_look.frame_only(region, sample.question)):
        status = Status.UNPARSED  # "It shows a grayscale pattern ... The image has a rectangular shape.": no conclusion
    if status is None and rule is None and sample.answer_type is AnswerType.OPEN \
            and open_described.described_only(region, sample.question):
        status = Status.UNPARSED  # "The scan includes the pelvis and the bladder.", "Heart: normal. Lungs: clear."
    if status is not None:
        return Reading(None, "", status)  # the question echoed, a template, a list of candidates
    count = open_count.counted(region, sample.question) if sample.answer_type is AnswerType.OPEN else None
    if count is not None:  # "There are three nodules: two in the right lower lobe and one in the left upper lobe."
        return Reading(normalize_answer(count), rule or "open_text")
    value = open_measure.measured(region, sample.question) if sample.answer_type is AnswerType.OPEN else None
    if value is not None:  # "About 60% of nucleated cells are blasts." to "What percentage ...?"
        return Reading(normalize_answer(value), rule or "open_text")
    measuring = open_measure.asked_kind(sample.question) is not None
    value = open_asked.asked_value(region, sample.question) \
        if sample.answer_type is AnswerType.OPEN and rule is None and measuring else None
    if value is not None:  # "... with a maximal diameter of about 5.6 cm and ..." to "What is the size ...?"
        return Reading(normalize_answer(value), "open_text")
    if sample.answer_type is AnswerType.OPEN and rule is None and open_asked.method_only(region, sample.question):
        return UNPARSED  # "The Cobb angle is measured by drawing lines ...": how it is measured, no value of it
    if sample.answer_type is AnswerType.OPEN and open_between.weighs_two(region, sample.question):
        return AMBIGUOUS  # "I'd guess 9 mm, maybe 12 mm.", "It could be 3, but it could equally be 2."
    value = open_technique.asked_value(region, sample.question) if sample.answer_type is AnswerType.OPEN else None
    if value is not None:  # "This is a sagittal T1-weighted image through the midline ..." to "What plane ...?"
        return Reading(normalize_answer(value), rule or "open_text")
    value = open_place.placed(clean(region), sample.question) if sample.answer_type is AnswerType.OPEN else None
    if value is not None:  # "The lesion is located in the right upper lobe, in the posterior segment, ..." to "Where ...?"
        return _concluded(loc, sample, rule, value) or Reading(normalize_answer(value), rule or PLACE_RULE)
    subject = open_subject.reply_subject(clean(region), sample.question) if sample.answer_type is AnswerType.OPEN \
        else None
    if subject is not None:  # "The spleen appears to be enlarged, ..." to "Which organ is enlarged?"
        return _concluded(loc, sample, rule, subject) or Reading(normalize_answer(subject), rule or "open_text")
    term = open_named.named_term(clean(region), sample.question) \
        if sample.answer_type is AnswerType.OPEN and rule is None else None
    if term is not None:  # "... blood within the ventricles, which is called intraventricular hemorrhage."
        return Reading(normalize_answer(term), NAMED_RULE)
    label = _LABEL.match(region) if rule is None and "\n" not in region.strip() else None
    graded = _GRADED_LABEL.match(region) if rule is None and sample.answer_type is AnswerType.OPEN else None
    if graded is not None and graded.group("kind").lower() in sample.question.lower() \
            and (graded.group("initials") is None or _scale_initials(graded.group("initials"), sample.question)) \
            and open_span.droppable(region[graded.end():], graded.group("label")):
        region = graded.group("label")  # "Stage 2: partial-thickness loss ..." to "What is the stage ...?"
    elif label is not None and not open_decision.label_answers(label.group(), region[label.end():], sample.question) \
            and not open_named.kind_label(label.group(), region[label.end():], sample.question):
        # "**Impression:** Large left pneumothorax.": the label is not part of the answer ("Varices: ..." is).
        region = region[label.end():]
    elif label is not None and sample.answer_type is AnswerType.OPEN and _SENTENCE_END.search(region.strip()) is None \
            and open_span.droppable(region[label.end():], label.group()):
        region = label.group()  # "Pneumoperitoneum: free gas under both hemidiaphragms.": the label, then its signs
    if sample.answer_type is AnswerType.OPEN:
        region = open_negated.label_before_exclusion(region) or region  # "Atelectasis, not pneumonia."
        parts = _SENTENCE_END.split(region.strip(), maxsplit=1)
        if rule is None and len(parts) == 2 and (open_decision.describes_image(parts[0], sample.question)
                                                 or open_generic.says_nothing(parts[0])):
            region = parts[1]  # "This is an ultrasound of the abdomen. Gallstones ...": the image named, then the answer
    one = sample.answer_type is AnswerType.OPEN and _SENTENCE_END.search(region.strip()) is None \
        and "\n" not in region.strip()
    if one:  # "It is what is called a bezoar.", "A fracture of the fifth metacarpal neck, also called a boxer's fracture."
        region = open_naming.unnamed(region)
        region = open_naming.renamed(region) or region
    restated = open_span.restated_last(region) if sample.answer_type is AnswerType.OPEN and rule is None else None
    if restated is not None:  # "Looks like a Colles fracture — dorsally angulated ... . Colles fracture."
        region, one = restated, True
    conclusion = open_conclusion.concluded(region, sample.question) if one else None  # "Ring-enhancing lesions, consistent with metastases."
    region = conclusion or open_span.committed(region)  # "Heart. Specifically, ...", "Coarctation — rib notching."
    if sample.answer_type is AnswerType.OPEN and rule is None:
        region = _framed_first(region, sample.question) or region  # "The diagnosis is X. The appendix is ..."
    if sample.answer_type is AnswerType.OPEN and _SENTENCE_END.search(region.strip()) is None \
            and "\n" not in region.strip():
        framed = open_frames.unframed(region, sample.question)  # "The abnormality is in the left upper lobe."
        if framed == region or not _names_anatomy(framed) or not open_decision.describes_image(framed, sample.question) \
                or open_decision.describes_image(region, sample.question):
            region = framed  # a frame's label that only names the image's anatomy, where the sentence names more, is
            # no answer ("The radiograph shows the heart and the lungs, with a fracture of the left clavicle.")
    if rule is None and len(region) <= 80 and _SENTENCE_END.search(region.strip()) is None:
        wrapped = _IS_THE_ANSWER.match(region.strip()) or _IT_IS.match(region.strip())
        if wrapped is not None:
            region = wrapped.group(wrapped.lastindex or 1)
        region = _QUALIFIER.sub("", region.strip())
    if sample.answer_type is AnswerType.OPEN and len(region) <= _LEAN_MAX and _SENTENCE_END.search(region.strip()) is None \
            and _LEAN_HELD.search(region) is None:
        region = _LEAN.sub("", region.strip())  # "Most likely eventration of the diaphragm.": the lean is no part of it
        for _ in range(2):  # "I think this is probably a lipoma.": the lean, the wrapper after it, and a lean after that
            wrapped = _IT_IS.match(region.strip()) if rule is None else None
            if wrapped is None:
                break
            region = _LEAN.sub("", wrapped.group(1).strip())
    if sample.answer_type is AnswerType.OPEN and _SENTENCE_END.search(region.strip()) is None \
            and offers_alternatives(_FIXED_OR.sub(" ", region.strip())):
        return AMBIGUOUS  # "The most likely diagnosis is tuberculosis or lung cancer.": the frame off, two answers
    if sample.answer_type is AnswerType.OPEN and rule is None and (open_whole.held_open(region, sample.question)
                                                                   or open_whole.puts_off(loc.answer)):
        return AMBIGUOUS  # "... enlarged. That could be an effusion or cardiomegaly; ..." (extract/open_whole.py)
    marked = open_phrase.answer_phrase(region, sample.question, loc.answer) \
        if sample.answer_type is AnswerType.OPEN and rule is None else None
    if marked is not None:  # "... This is left testicular torsion — a surgical emergency.": the marked phrase
        region, rule = marked, PHRASE_RULE
    elif sample.answer_type is AnswerType.OPEN and rule is None:
        concluded = open_verdict.verdict(region, sample.question, loc.answer)
        if concluded is not None:  # "... The findings are consistent with X. Biopsy is advised.": the last verdict
            region, rule = concluded, VERDICT_RULE
        elif (closing := open_concluding.concluding_phrase(region, sample.question, loc.answer)) is not None:
            region, rule = closing, CONCLUDING_RULE  # "..., consistent with COPD." to "What is wrong with the lungs?"
        elif not measuring:  # "..., so the largest organ is the lung." (extract/open_asked.py; a measure is read above)
            region = open_asked.asked_value(region, sample.question) or region
    if sample.answer_type is AnswerType.OPEN and open_decision.colours_only(region, sample.question):
        return UNPARSED  # "I see an image with gray and white areas. ...": the answer narrowed to the image's look
    if sample.answer_type is AnswerType.OPEN and rule is None and open_generic.off_topic(loc.answer, sample.question):
        return UNPARSED  # "A beautiful abstract painting with swirls of blue and gold light.": nothing medical, no answer
    if sample.answer_type is AnswerType.OPEN and rule is None and not measuring:
        region = open_echo.echoed_value(region, sample.question) or region  # "..., the collapsed lobe is the left upper lobe."
        if _SENTENCE_END.search(region.strip()):
            region = open_echo.opening_value(region, sample.question) or region  # "This is X — ... . ...": X
    text = normalize_answer(region) if sample.answer_type is AnswerType.OPEN else normalize_text(region)
    return (_concluded(loc, sample, rule, text) or Reading(text, rule or "open_text")) if text else UNPARSED


def _concluded(loc: Located, sample: Sample, rule: str | None, reading: str) -> Reading | None:
    """The one value of the asked kind an unmarked reply affirms where it concludes (``extract/open_kind.py``), when the
    reading reached names another value (an earlier sentence's: "The image shows the heart. The main organ here is the
    lungs.") or none (the reply whole, a description); ``None`` keeps the reading."""
    if sample.answer_type is not AnswerType.OPEN or rule is not None:
        return None
    value = open_kind.kind_value(loc.answer, sample.question, reading)
    return Reading(normalize_answer(value), KIND_RULE) if value is not None else None


# The rule name of an answer narrowed to the phrase the reply marks (``extract/open_phrase.py``), so it is counted.
PHRASE_RULE = "open_phrase"
# The rule name of an answer narrowed to the one place the reply puts its finding in (``extract/open_place.py``).
PLACE_RULE = "open_place"
# The rule name of an answer narrowed to the reply's last verdict (``extract/open_verdict.py``).
VERDICT_RULE = "open_verdict"
# The rule name of an answer narrowed to the phrase the concluding sentence's marker introduces
# (``extract/open_concluding.py``), the verdict readers' fallback.
CONCLUDING_RULE = "open_concluding"
# The rule name of the one value of the asked kind a reply affirms, read without a frame (``extract/open_kind.py``).
KIND_RULE = "open_kind"
# The rule name of an answer narrowed to the term a reply names after its description (``extract/open_named.py``).
NAMED_RULE = "open_named"


# An "or" inside one fixed phrase, no alternative: "with or without", "one or more", "more or less", "and/or".
_FIXED_OR = lazy_compile(r"(?i)\b(?:with\s+or\s+without|one\s+or\s+more|more\s+or\s+less|and\s*/\s*or)\b")


def _framed_first(region: str, question: str) -> str | None:
    """The first sentence of ``region`` when it frames a short label ("Based on the image, the most likely diagnosis
    is acute appendicitis.") and the sentences after it only explain it (``open_span.droppable``: nothing in them
    turns, doubts, concludes otherwise or renames it); a first sentence that only echoes the question ("What is the
    name of this bone? The name of this bone is the femur.") is passed over. ``None`` otherwise."""
    parts = _SENTENCE_END.split(region.strip(), maxsplit=1)
    if len(parts) < 2 or "\n" in parts[0]:
        return None
    if normalize_text(parts[0]) == normalize_text(question):
        return _framed_first(parts[1], question) or (parts[1] if _SENTENCE_END.search(parts[1]) is None else None)
    label = open_frames.frame_label(parts[0], question)
    if label is None or len(label.split()) > _LABEL_WORDS or not (open_span.droppable(parts[1], label)
                                                                   or offered_below(parts[0], parts[1])):
        return None
    return parts[0]


def _revised(rest: str) -> Reading | _ReadOn:
    """The answer after a correction (``extract/open_revision.py``): the text after the cue read as an open answer,
    unless it weighs candidates or doubts (then no answer: the withdrawn one is not put back), or stops inside the
    correction (truncated)."""
    status = open_revision.unsettled(rest)
    if status is not None:
        return Reading(None, "", Status(status))
    return _ReadOn(rest, None, revision=True)


def _after_exclusion(rest: str, rule: str | None) -> Reading | _ReadOn:
    """The answer after an excluded candidate (``extract/open_negated.py``): none when nothing follows the exclusion
    but its reason or what an earlier study showed (it commits to nothing), else the rest read as an open answer,
    under the marker that found it."""
    if not rest or open_revision.reports_earlier(_SENTENCE_END.split(rest, maxsplit=1)[0]):
        return UNPARSED  # "It isn't pneumonia. The prior CT showed atelectasis.": nothing said of this image
    return _ReadOn(rest, rule, revision=False)
