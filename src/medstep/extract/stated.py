"""The finding stated in words: a closed question answered without a verdict word.

"No pneumothorax is seen.", "The heart is enlarged.", "CTR 0.42." to "Is the heart enlarged?": after every verdict
word has failed to read (``extract/closed_reader.py``), or to Yes / No options (``extract/choice_reader.py``), the
answer may still state the asked finding. :func:`read_stated` reads it in the question's words or in other words,
then, last, from a measurement or a textbook sign; :func:`read_implicit_finding` is the plain statement alone.
"""

from __future__ import annotations

from dataclasses import replace

from medstep.answers import NO, YES, hedges, same_verdict
from medstep.extract import (
    abbreviated, anaphor, antonyms, asked, asked_value, both_sides, caveats, class_subject, class_verdict, closed, conclusion, direction, elliptic, event_frame, finding_fields,
    finding_labels, findings, first_person, head_noun, implicit, inferred, leans, measured, place_question, property_nouns,
    replywords, resolved, set_aside, side_ellipsis, side_sections, stated_cutoff, statements,
    subject_lines, subjects, wholepart,
)
from medstep.extract import implied as implied_reader
from medstep.extract.abnormal_undercut import normal_beside_finding
from medstep.extract.choice import AMBIGUOUS, UNPARSED, Reading
from medstep.extract.letters import clean
from medstep.extract.lines import BOX_EMPTY, BOX_TICKED, CROSSES, TICKS
from medstep.extract.mentions import CONFLICT
from medstep.extract.taken_back import taken_back
from medstep.lazyre import lazy_compile
from medstep.types import Sample, Status

_CHECK_MARKS = TICKS | CROSSES


def read_stated(region: str, sample: Sample) -> Reading:
    """The finding stated in words (``_stated_in_words``), else, last, a measurement or a textbook sign that settles
    it ("CTR ≈ 0.42." to "Is the heart enlarged?", "The calyces are distended." to "Is there hydronephrosis?";
    ``extract/measured.py``, ``extract/implications.py``); a yes taken back is held open: the thing explained as a
    mimic ("... This is an extrarenal pelvis."), its place called normal too (``extract/taken_back.py``)."""
    reading = _read_stated(region, sample)
    yes = reading.answer is not None and same_verdict(reading.answer, YES)
    return AMBIGUOUS if yes and taken_back(region, sample.question) else reading


def _read_stated(region: str, sample: Sample) -> Reading:
    """:func:`read_stated` before a yes is weighed against what takes it back; a question of a place that reads
    nothing is read again in the adjective of the place (``head_noun.adjectival``: "Is there a fracture of the
    pelvis?" as "Is there a pelvic fracture?" - "The pelvic ring is intact."), and a question asked after an event
    without it where the reply speaks of this image alone (``extract/event_frame.py``)."""
    reading = _read_stated_once(region, sample)
    if reading.answer is None and reading.status is Status.UNPARSED \
            and (adjectival := head_noun.adjectival(sample.question, region)) is not None:
        return _read_stated_once(region, replace(sample, question=adjectival))
    if reading.answer is None and reading.status is Status.UNPARSED \
            and (named := anaphor.device_named(region, sample.question)) is not None:
        return _read_stated_once(named, sample)  # "The tube is appropriately positioned." (extract/anaphor.py)
    if reading.answer is None and reading.status is Status.UNPARSED \
            and (bare := event_frame.without_event(sample.question, region)) is not None:
        # "Is there a pneumothorax after the biopsy?" - "No pneumothorax is seen." (extract/event_frame.py). Only a
        # denial: a finding said present may be one from before the event ("a non-united scaphoid fracture" after the
        # fall, "a lacunar infarct with CSF signal" after surgery) or the event's class in words no list holds
        # ("Iatrogenic pneumothorax is a well-recognised sequela."), which the bare question would read as yes.
        bare_reading = _read_stated(region, replace(sample, question=bare))
        return reading if bare_reading.answer is not None and not same_verdict(bare_reading.answer, NO) \
            else bare_reading
    return reading


def _read_stated_once(region: str, sample: Sample) -> Reading:
    region = abbreviated.expand(region, sample.question)  # "No thrombus in the LAA.", "Lt effusion." (extract/abbreviated.py)
    section = side_sections.asked_section(region, sample.question)
    if section is not None:  # "Right kidney: no dilatation.\nLeft kidney: hydronephrosis." (extract/side_sections.py)
        return read_stated(section, sample)
    if subjects.elsewhere(region, sample.question):
        # ... unless the question asks where its subject is and the reply places it at the other part: "The lesion is in
        # the right lower lobe." to "Is the lesion in the right upper lobe?" (a no only: extract/place_question.py)
        placed = place_question.read_place(region, sample.question)
        if placed is not None and same_verdict(placed, NO):
            return Reading(placed, place_question.RULE)
        return UNPARSED  # "The ascending aorta is dilated." to "Is the descending aorta dilated?" (extract/subjects.py)
    region = subject_lines.as_statement(region, sample.question)  # "CBD: not dilated." (extract/subject_lines.py)
    region = property_nouns.as_property(region, sample.question)  # "No calcification." (extract/property_nouns.py)
    region = finding_fields.as_statements(region, sample.question)  # "Gallstones: none seen.\nCBD: 4 mm." (extract/finding_fields.py)
    reading = _stated_in_words(region, sample)
    if reading.answer is None and reading.status is not Status.UNPARSED:
        return reading
    text = finding_labels.drop_labels(clean(region))  # "Cardiomegaly: CTR 0.48": the label states nothing
    implied, rule = implied_reader.read_implied(text, sample.question)  # also a long chain's marked conclusion
    if implied is None and reading.answer is None:
        # "These features are typical of a benign lesion." to "Is the lesion malignant?" (extract/antonyms.py)
        implied, rule = antonyms.read_antonym(text, sample.question), antonyms.RULE
        if implied == CONFLICT:
            return AMBIGUOUS
    if implied is None and reading.answer is None:
        # "..., which is benign and needs no follow-up." to "Is it malignant?": the class word in its own clause
        implied, rule = class_verdict.read_class(text, sample.question), class_verdict.RULE
    if implied is None and reading.answer is None:
        # "... so the tube is appropriately positioned." to "Is the tube too deep?": the value the concluding sentence
        # gives the asked property (extract/asked_value.py)
        implied, rule = asked_value.read_value(text, sample.question), asked_value.RULE
        if implied == CONFLICT:
            return AMBIGUOUS
    said = reading.answer if reading.answer is not None else implied
    if said is not None and same_verdict(said, YES) and antonyms.other_pole_raised(text, sample.question):
        return AMBIGUOUS  # "The lesion appears benign. ... concerning for malignancy." to "Is it benign?"
    if reading.answer is not None:
        # "The heart is enlarged. CTR 0.45.": the words and the number disagree; which did the model mean?
        return AMBIGUOUS if implied is not None and not same_verdict(implied, reading.answer) else reading
    return Reading(implied, rule) if implied is not None else reading


def _stated_in_words(region: str, sample: Sample) -> Reading:
    """The finding stated in the whole answer (``_implicit``), else in its concluding statement
    (``extract/conclusion.py``): "... Therefore, there is no pneumothorax." A conclusion that a final word marks
    also settles a chain whose thinking mentioned the finding both ways; an unmarked last sentence only speaks
    where the whole answer said nothing readable, or named the finding only under a lean (``_only_leans``)."""
    denied = closed.denied_statement(region)
    if denied is not None:
        return statements.read_denied(denied[0], denied[1], lambda part: read_implicit_finding(part, sample))
    reading = read_implicit_finding(region, sample)
    if reading.answer is not None or reading.status not in (Status.UNPARSED, Status.AMBIGUOUS):
        return reading
    found = conclusion.concluding(region)
    if found is None or (reading.status is Status.AMBIGUOUS and not found[1]
                         and not _only_leans(region, found[0], sample)):
        return reading
    again = read_implicit_finding(found[0], sample)
    if again.rule == leans.RULE and leans.committed_unlikely(clean(region), sample.question) is None:
        return reading  # "Findings: a small pneumothorax may be present. Impression: Pneumothorax is unlikely."
    if again.answer is None and again.status is Status.UNPARSED \
            and (short := _elliptic_conclusion(found[0], sample.question)) is not None:
        again = Reading(short, conclusion.RULE)  # "On balance I'd call this negative."
    if again.answer is not None and (anaphor.taken_up_elsewhere(region, found[0], sample.question)
                                     or anaphor.of_another_organ(found[0], sample.question)):
        return reading  # "The liver measures 20 cm. It is enlarged." to "Is the spleen enlarged?": the liver's size;
        # "The heart is enlarged." to "Is the mediastinum normal?": the heart's state, not the mediastinum's
    if again.answer is not None and found[1] and (findings_part := conclusion.before_label(region)) is not None \
            and _stated_against(findings_part, again.answer, sample):
        return AMBIGUOUS  # "Findings: There is a small left pleural effusion. Impression: 1. No pleural effusion."
    if again.answer is not None and not found[1] and conclusion.against_first_part(region, found[0], again.answer,
                                                                                    sample.question):
        return AMBIGUOUS  # "There is no fluid in the abdomen. There is fluid in the abdomen."
    if again.answer is not None and not found[1] and class_subject.states_class(found[0], sample.question, True):
        return reading  # "... Gallstones appear as echogenic foci with shadowing.": a class's look, no conclusion
    if again.answer is not None and not found[1] and _sentence_against(region, found[0], again.answer, sample):
        return reading  # "... a partial tear of the supraspinatus. The infraspinatus looks intact.": not its conclusion
    return Reading(again.answer, conclusion.RULE) if again.answer is not None else reading


def _sentence_against(region: str, statement: str, verdict: str, sample: Sample) -> bool:
    """Whether a sentence before an unmarked concluding ``statement``, read alone, states the asked finding the other
    way ("There is a partial-thickness tear of the supraspinatus. The infraspinatus and subscapularis look intact."
    to "Is there a rotator cuff tear?"): the last sentence of a long reply then closes a description, and is not the
    verdict of a chain that said nothing readable (``extract/conclusion.py``)."""
    at = region.rfind(statement[:20])
    return at > 0 and _stated_against(region[:at], verdict, sample)


def _stated_against(before: str, verdict: str, sample: Sample) -> bool:
    """Whether a sentence of ``before``, read alone, states the asked finding as the other verdict: an observation,
    present or denied. A sentence that only discusses the finding ("Fractures of the distal radius typically show a
    cortical break.", "Free air would appear as a crescent of lucency.") states nothing of this study, and the
    sentence reader sets it aside (``extract/class_subject.py``, hedges, conditions), so it blocks no conclusion."""
    for sentence in implicit.sentences(clean(before)):
        if _marked(sentence):
            continue  # "- [ ] Fracture line": the box, not the words, says whether it is there (read by tally.py only)
        said = read_implicit_finding(sentence, sample).answer
        if said is not None and said != CONFLICT and not same_verdict(said, verdict):
            return True
    return False


def _marked(sentence: str) -> bool:
    """Whether ``sentence`` is a checklist item, a tick, a cross or a box giving its polarity (``extract/lines.py``)."""
    return not _CHECK_MARKS.isdisjoint(sentence) or BOX_TICKED.search(sentence) is not None \
        or BOX_EMPTY.search(sentence) is not None


def _elliptic_conclusion(statement: str, question: str) -> str | None:
    """A first-person concluding verdict ("I'd call this negative.") read in its plain words ("it is negative.",
    ``extract/first_person.py``) as an elliptic reply (``extract/elliptic.py``)."""
    judged = first_person.judged(statement)
    if judged is None or judged[0].strip(" ,;:*_"):
        return None  # "The band is faint, so I'd call this negative.": a statement of its own before the verdict
    return elliptic.read_elliptic(judged[1], question)


def _only_leans(region: str, statement: str, sample: Sample) -> bool:
    """Whether what comes before the concluding ``statement`` names the asked finding only under a lean ("... most
    likely a Mach band rather than a true fracture."), with nothing committed either way: the plain statement closing
    the reply ("No fracture.") is then its answer, as a marked conclusion would be."""
    at = region.rfind(statement[:20])
    before = caveats.set_aside(clean(region[:at])) if at > 0 else ""
    return bool(before.strip()) and leans.leans(before, sample.question) \
        and implicit.read_implicit(before, sample.question) is None \
        and findings.read_finding(before, sample.question) is None


# Revisions read in a row (each reads the text after its cue again): a real reply revises once or twice, and a run of
# thousands ("actually, " * 2000) would recurse past Python's stack; one past the bound leaves the reply unread.
_MAX_REVISIONS = 8


def read_implicit_finding(region: str, sample: Sample, revisions: int = _MAX_REVISIONS) -> Reading:
    """Last resort when no verdict word was found: the finding stated in the question's words
    (``extract/implicit.py``) or in other words (``extract/findings.py``). The two must not disagree:
    "The heart is enlarged. The heart size is normal." is ambiguous, not yes. After a self-correction
    ("The heart is enlarged. On second look, the heart size is normal.") only the correction is read; a
    withdrawn statement with nothing readable after it is ambiguous."""
    text = caveats.set_aside(clean(abbreviated.expand(region, sample.question)))  # "..., though small stones may be missed.": the method's limit
    text = class_subject.set_aside(text, sample.question)  # "Pneumothorax is air in the pleural space.": no sighting
    referenced = text  # a value's own bracketed range still read below ("13 mm (normal < 10 mm)"; extract/stated_cutoff.py)
    text = measured.without_references(text)  # "9 mm, normal up to 6 mm": the range calls nothing normal
    text = inferred.set_aside(text, sample.question)  # "..., suggesting acute sinusitis.": another thing inferred
    text = finding_labels.drop_labels(set_aside.drop_dismissed(text))  # "Forget the pneumothorax; ...", "Hepatomegaly: span 14 cm"
    text = property_nouns.prefix_denied(text, sample.question)  # "Non-displaced fracture." to "... a displaced fracture?"
    text = side_ellipsis.expand(text)  # "...; the left angle is sharp.": the left costophrenic angle
    cue = closed.revision(text)
    if cue is not None:
        if revisions == 0:
            return UNPARSED  # more revisions in a row than a reply makes (``_MAX_REVISIONS``)
        after = text[cue[1]:].lstrip(" ,;:—–-")
        corrected = read_implicit_finding(after, sample, revisions - 1)
        if corrected.answer is None and corrected.status is Status.UNPARSED \
                and (short := elliptic.read_elliptic(after, sample.question)) is not None:
            corrected = Reading(short, elliptic.RULE)  # "No pneumothorax. Actually, there is a small one." (yes)
        if corrected.answer is None and corrected.status is Status.UNPARSED \
                and (pole := antonyms.read_antonym(closed.without_self_denial(after), sample.question)) in (YES, NO):
            corrected = Reading(pole, antonyms.RULE)  # "The graft is patent. Wait - it is occluded." (a pole: antonyms.py)
        if corrected.answer is not None or corrected.status is Status.AMBIGUOUS:
            return corrected
        return AMBIGUOUS if read_implicit_finding(text[:cue[0]], sample).answer is not None else corrected
    gone = resolved.read_gone(text, sample.question, lambda rest: read_implicit_finding(rest, sample).answer)
    if gone is not None:  # "There used to be an effusion.", "The pneumothorax has resolved." (extract/resolved.py)
        return AMBIGUOUS if gone == CONFLICT else Reading(gone, resolved.RULE)
    if replywords.is_fields(text):  # JSON or "Key: value" lines: the keys name findings without stating them
        field = replywords.read_fields(text, sample.question)
        said = replywords.as_measurements(text)
        implied = measured.read_measured(said, sample.question) if said is not None else None  # '{"qtc_ms": 515}'
        if implied is not None:
            return Reading(implied, measured.RULE) if field is None else AMBIGUOUS if not same_verdict(
                field, implied) else Reading(field, replywords.FIELD_RULE)
        prose = replywords.before_object(text).strip()
        if field is not None and prose:  # "No pneumothorax is seen.\n```json\n{"pneumothorax": true}\n```"
            said_before = read_implicit_finding(prose, sample).answer
            if said_before is not None and not same_verdict(said_before, field):
                return AMBIGUOUS
        return Reading(field, replywords.FIELD_RULE) if field is not None else UNPARSED
    verdict = implicit.read_implicit(text, sample.question)
    by_concept = findings.read_finding(text, sample.question)
    if by_concept == CONFLICT or (verdict is not None and by_concept is not None
                                  and not same_verdict(verdict, by_concept)):
        return AMBIGUOUS
    if verdict is not None and normal_beside_finding(text, sample.question, verdict):
        return AMBIGUOUS  # "Is the liver normal?" - "Normal liver with a small hemangioma.": normal in one respect only
    if (verdict is not None or by_concept is not None) and UNDERMINED.search(text) is not None:
        return AMBIGUOUS  # "A pneumothorax is present. However, it may also be a skin fold."
    if any(v is not None and same_verdict(v, NO) for v in (verdict, by_concept)) \
            and wholepart.part_affirmed(text, sample.question):
        return AMBIGUOUS  # "The heart is not enlarged, but the left ventricle is slightly enlarged."
    if verdict is not None:
        return Reading(verdict, implicit.RULE)
    if by_concept is not None:
        return Reading(by_concept, findings.RULE)
    if (unlikely := leans.committed_unlikely(text, sample.question)) is not None:
        return Reading(unlikely, leans.RULE)  # "Pneumonia seems unlikely." (a lean that commits, extract/leans.py)
    if leans.leans(text, sample.question):
        return AMBIGUOUS
    read = statements.read_statement(text, sample.question)
    if read is None and (bound := stated_cutoff.read_bound(referenced, sample.question)) is not None:
        read = (bound, stated_cutoff.RULE)
    if read is None and (moved := direction.read_direction(
            text, sample.question, lambda bare: read_implicit_finding(text, replace(sample, question=bare)).answer)):
        return Reading(moved, direction.RULE)  # "Is the heart shifted to the right?" (extract/direction.py)
    if read is None and (front := head_noun.fronted(sample.question, text)) is not None:
        again = read_implicit_finding(text, replace(sample, question=front))  # "The calvarium is intact." (extract/head_noun.py)
        if again.answer is not None and same_verdict(again.answer, NO):
            return again  # (a no only: a yes is the head noun's, below, which checks where the finding is)
    if read is None and (bare := head_noun.reduced(sample.question, text)) is not None:
        again = read_implicit_finding(bare[1], replace(sample, question=bare[0]))  # "A moderate effusion is present." (extract/head_noun.py)
        if again.answer is not None:
            return again
    if read is None and (whole := both_sides.desided(sample.question, text)) is not None:
        again = read_implicit_finding(text, replace(sample, question=whole))  # "Sharp angles bilaterally." (extract/both_sides.py)
        if again.answer is not None:
            return again
    if read is None and (prop := property_nouns.as_property_question(sample.question, text)) is not None:
        again = read_implicit_finding(text, replace(sample, question=prop))  # "The bowel is dilated." (extract/property_nouns.py)
        if again.answer is not None:
            return again
    return Reading(*read) if read is not None else _negated(text, sample)


def _negated(text: str, sample: Sample) -> Reading:
    """A negated question ("Is the heart not enlarged?") read as its positive form, the verdict reversed."""
    pos = asked.positive_form(sample.question)
    if pos is None or pos[0] == sample.question.strip():
        return UNPARSED
    if asked.other_respect(text, sample.question):
        return UNPARSED  # "The aorta is normal in position." to "Is the aorta abnormal in calibre?"
    reading = read_implicit_finding(text, replace(sample, question=pos[0]))
    if reading.answer is None:
        return reading
    return Reading(asked.flip_verdict(reading.answer) if pos[1] else reading.answer, statements.NEGATED_RULE)


# A later sentence that takes the statement back as a possibility: the reading is not committed.
# (a turn, then a possibility or an alternative not excluded; the words are ``answers/hedges.py``'s)
UNDERMINED = lazy_compile(
    r"(?i)(?:^|[.!?;]\s+|,\s*)(?:" + hedges.alternation(hedges.TURN) + r")\b[^.!?]*?"
    + hedges.words(hedges.POSSIBILITY, hedges.NOT_EXCLUDED, hedges.MAGNIFICATION)
)
