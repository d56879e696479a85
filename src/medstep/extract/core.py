"""``extract``: one raw output + its sample -> an :class:`Extraction`.

Dispatch is by answer type through a table of readers. Each reader sees the
located region (:func:`medstep.extract.split.locate`) and reports the rule
that fired: the wrapper's name when one delimited the answer (``answer_tag``,
``boxed``), else the content rule (``letter_only``, ``option_text``,
``final_answer_phrase``, ``conclusion_phrase``, ``letter_judgement``,
``linking_verb``, ``choice_verb``, ``conclusion_adverb``, ``lead_in_line``,
``option_verdicts``, ``letter_final``, ``letter_lead``, ``yes_no_final``,
``yes_no_lead``, ``yes_no_lean`` (a verdict under a committed lean, ``extract/closed.py``), ``yes_other_finding``
(an opening yes given to another finding, the asked one stated absent after it, ``extract/leads.py``), ``negated_frame``
("It is not true that ..."), ``implicit_yes_no``, ``concluding_statement`` (``extract/conclusion.py``),
``implicit_resolved`` (``extract/resolved.py``), ``implicit_measure`` (``extract/measured.py``), ``measure_judged``, ``measure_compared`` (``extract/measured_words.py``), ``implicit_sign`` (``extract/implications.py``), ``implicit_antonym`` (``extract/antonyms.py``), ``implicit_finding``, ``answer_word``, ``answer_field``, ``technique``,
``implicit_normality``, ``implicit_side``, ``implicit_placement``, ``implicit_concept_zh``, ``implicit_size``, ``negated_question``
(``extract/statements.py``), ``option_heading``, ``option_concept``, ``option_normal`` (``extract/normal_choice.py``),
``last_mention``, ``option_words``, ``option_initials``, ``option_number``, ``option_sign``, ``restated_label``
(``extract/restated.py``), ``open_text``); box answers name their unit reading
(``box_pixels``, ``box_unit1``, ``box_unit1000``, see ``extract/box.py``).
An output without a usable answer gets
``answer=None`` and the rule naming why: ``unparsed``, ``ambiguous``,
``refused`` or ``truncated`` (see :class:`medstep.types.Status`; a cut output: ``extract/cut.py``). Nothing is
guessed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import NO, asks_for_exception, canonical_verdict, same_verdict, verdict_meaning
from medstep.answers.eye_sides import eye_sides
from medstep.extract import (
    antonyms, asked, both, box, caveats, closed, closing, comparatives, conclusion, cut, finding_fields, finding_labels,
    findings, head_noun, implicit, inferred, initials, inline_fields, lastmention, leads, leans, loops, measured,
    normal_choice, numbered, oddone, open_reader, opening_frame, optionsign, other_organ, otherwords, polarity,
    property_nouns, replywords, resolved, restated, set_aside, short_reply, side_sections, statements, subject_lines, subjects, tables, tally,
    textletter, wholepart, zh_leads,
)
from medstep.extract import implied as implied_reader
from medstep.extract.choice import AMBIGUOUS, REFUSED, UNPARSED, Reading, read_choice
from medstep.extract.decision import read_decision
from medstep.extract.letters import clean
from medstep.extract.lines import CROSSES, TICKS
from medstep.extract.mentions import CONFLICT, OptionIndex, option_index
from medstep.extract.open_reader import _FINAL_HEADING, TRUNCATED, final_section  # noqa: F401 (re-exported)
from medstep.extract.refusal import is_refusal
from medstep.extract.split import (
    ANSWER_TAG, FINAL_ANSWER_PHRASE, Located, conclusion_tag, first_line, last_phrase, locate, reasoning_of,
)
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Extraction, MedstepError, Sample, Status
from medstep.answers import hedges

Reader = Callable[[Located, Sample], Reading]
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # the option keys a loader must map options to


def _choice(loc: Located, sample: Sample) -> Reading:
    if not sample.options:
        raise MedstepError(f"sample {sample.id!r} ({sample.benchmark}): choice question without options")
    if not _LETTERS.issuperset(sample.options):
        # Letter parsing would silently never fire; loaders must map options to letters.
        raise MedstepError(
            f"sample {sample.id!r} ({sample.benchmark}): option keys must be single letters, got {sorted(sample.options)}"
        )
    idx = option_index(sample.options)
    exception = asks_for_exception(sample.question)
    staged = conclusion_tag(loc.answer) if loc.marker is None else None
    if staged is not None:  # "<REASONING> … </REASONING> <CONCLUSION> B </CONCLUSION>": the closing stage chooses
        loc = replace(loc, answer=staged, marker=ANSWER_TAG)
    elif loc.marker is None and (line := loops.repeated_line(loc.answer)) is not None:
        loc = replace(loc, answer=line)  # "C\nC\nC\nC": a generation loop states its one line
    reading = _choice_read(loc, sample, idx, exception)
    if reading.answer is not None and loc.marker is None and cut.cut_in_list(loc.answer, idx):
        return TRUNCATED  # "3. Differential: - Mobitz II vs": cut while setting one option against another
    if reading.answer is not None and loc.marker is None and not exception \
            and textletter.contradicted(loc.answer, idx, reading.answer):
        return AMBIGUOUS  # "The left ventricle is abnormal. The answer is D." (D Right ventricle)
    if reading.answer is not None and comparatives.contradicts(loc.answer, idx, sample.question, reading.answer):
        return AMBIGUOUS  # "The right kidney is smaller. Answer: B" (B Right) to "Which kidney is larger?"
    section = final_section(loc.answer) if loc.marker is None and "#" in loc.answer else ""
    if section and section != loc.answer.strip():
        # "## Thinking … I considered Congo red but … ## Final Response …": where the final section reads otherwise
        # than the whole output, the options weighed in the sections before it are the reasoning, not the answer.
        again = _choice_read(replace(loc, answer=section), sample, idx, exception)
        if again.answer != reading.answer:
            return again
    return reading


def _choice_read(loc: Located, sample: Sample, idx: OptionIndex, exception: bool) -> Reading:
    pole = polarity.asked_pole(sample.question)
    reading = read_choice(loc, idx, exception=exception, asked=pole)
    if reading.answer is None and reading.status is not Status.REFUSED \
            and (letter := numbered.read_numbered(loc.answer, idx)) is not None:
        # "1. **Phrenic nerve palsy** … 2. **Subpulmonic effusion** … Final answer: **2**"
        return AMBIGUOUS if letter == CONFLICT else Reading(letter, numbered.RULE)
    if reading.rule == "option_text" and (letter := initials.read_initials(loc.answer, idx, sample.options,
                                                                          sample.question)) not in (None, reading.answer) \
            and read_decision(loc.answer, idx, exception, pole).weak:
        # "Bronchiectasis is seen. … finger-in-glove mucoid impaction, which suggests ABPA.": an option only described
        # on the way, then another named by its initials in the decision sentence
        return Reading(letter, initials.RULE)
    if reading.status is Status.UNPARSED and (letter := restated.read_restated(loc.answer, idx, sample.question)):
        return Reading(letter, restated.RULE)  # "Neither is abnormal: D." to "Which structure is abnormal?"
    if reading.status is Status.UNPARSED and not exception \
            and (letter := restated.read_restated_statement(loc.answer, idx, sample.question)):
        return Reading(letter, restated.RULE)  # "… so the enlarged chamber is the left atrium." to "Which chamber …?"
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception \
            and (letter := both.read_both(loc.answer, idx) or both.read_neither(loc.answer, idx)
                           or both.read_both_stated(loc.answer, idx)):
        return Reading(letter, both.RULE)  # "... a fracture with dislocation. Both are present." for option "Both"
    if reading.status is Status.UNPARSED and not exception and not (cut.looks_cut(loc.answer, sample)
                                                                    or cut.dangling(loc.answer)):
        # "Only B remains.": the last sentence naming an option asserts it (extract/lastmention.py)
        letter = lastmention.read_last_mention(loc.answer, idx, pole)
        if letter is not None:
            return Reading(letter, lastmention.RULE)
        letter = tally.read_tally(loc.answer, idx)  # "| B | ✓ |", "A ❌ B ✅ C ❌ D ❌": one option left standing
        if letter is not None:
            return Reading(letter, tally.RULE)
        # "My pick: the spiral one." (extract/optwords.py); never the last words of a cut output
        found = otherwords.read_other_words(loc.answer, idx, sample, pole)
        if found is not None:
            return found
        letter = optionsign.read_option_sign(loc.answer, idx, sample.options)  # "Target sign." for intussusception
        if letter is not None:
            return Reading(letter, optionsign.RULE)
        letter = normal_choice.read_normal_option(loc.answer, idx, sample.options)  # "No acute process." for "Normal"
        if letter is not None:
            return Reading(letter, normal_choice.RULE)
    if reading.status is Status.AMBIGUOUS and not exception and not _TALLY_MARKS.isdisjoint(loc.answer):
        # "Pneumothorax: ✗ / Pleural effusion: ✓ / …": each option named by its text reads as a statement, so the
        # decision reader sees them all; the marks leave one standing
        letter = tally.read_tally(loc.answer, idx)
        if letter is not None:
            return Reading(letter, tally.RULE)
    if reading.status is Status.UNPARSED and exception and not cut.dangling(loc.answer):
        # "The one that does not belong is a meniscus (…)." (extract/oddone.py)
        odd = oddone.read_odd_one(loc.answer, idx, sample.options, sample.question)
        if odd is not None:
            return Reading(*odd)
    if reading.status is Status.UNPARSED and (latin := eye_sides(loc.answer, sample.question)) != loc.answer:
        return _choice_read(replace(loc, answer=latin), sample, idx, exception)  # "OS." for "Left eye"
    if reading.status is Status.UNPARSED and idx.verdicts:  # Yes / No options: the finding may be stated plainly
        implied = _implicit(loc.answer, sample)
        letter = idx.verdicts.get(verdict_meaning(implied.answer) or "") if implied.answer is not None else None
        if letter is not None:
            return Reading(letter, implied.rule)
        return implied if implied.status is Status.AMBIGUOUS else reading
    return reading


# What a per-option tally carries (``extract/tally.py``): ticks, crosses, checkboxes, table cells.
_TALLY_MARKS = TICKS | CROSSES | {"|", "["}


def _marked_verdict(region: str) -> str | None:
    """A verdict opening an explicitly marked answer, in either language (see ``extract/closed.py``)."""
    return closed.parse_marked(region) or closed.parse_zh(clean(region))


def _verdict(loc: Located, sample: Sample) -> Reading:
    """The yes/no verdict, read the same way whatever the gold's language (grading compares meanings)."""
    region = closed.strip_echo(closed.undecorate(closed.collapse_loop(loc.answer)))  # "Yes Yes Yes" is "Yes."
    region = opening_frame.drop(region)  # "On review of the image: ..." (extract/opening_frame.py)
    region = short_reply.as_verdict(region, sample.question)  # "It isn't: ..." is "No: ..." (extract/short_reply.py)
    region = tables.as_fields(region)  # "| Pleural effusion | No |" is "Pleural effusion: No" (extract/tables.py)
    region = inline_fields.as_lines(region)  # "Effusion - yes; pneumothorax - no." (extract/inline_fields.py)
    if loc.marker is not None:
        verdict = _marked_verdict(region)
        if verdict == CONFLICT:
            return AMBIGUOUS
        if verdict is not None:
            return Reading(verdict, loc.marker)
        return REFUSED if is_refusal(region) else _stated(region, sample)
    if finding_fields.contradicts(region, sample.question) and closed.revision(region) is None:
        return AMBIGUOUS  # "Ascites: none.\nAscites: small." (extract/finding_fields.py)
    field = replywords.negated_field(region, sample.question)  # "Fracture: no." to "Is there no fracture?" (yes)
    if field is not None:
        return Reading(field, replywords.FIELD_RULE)
    phrase = last_phrase(region)
    if phrase is not None and not closed.counterfactual(region, phrase[0]):  # "If it were, the answer would be yes."
        verdict = _marked_verdict(first_line(region[phrase[1]:]))
        if verdict == CONFLICT:
            return AMBIGUOUS
        if verdict is not None:  # "Answer: no enhancement? Actually yes; the mass enhances avidly." (yes)
            return _revised_answer(region[phrase[1]:].lstrip(" \t*_:"), verdict, loc, sample)
    section = final_section(region) if phrase is None and "#" in region else ""
    if section and (verdict := _marked_verdict(first_line(section))) is not None:
        # "### Answer\nYes.\n\n### Reasoning\n...": the answer's heading marks its first line as a final phrase would
        return AMBIGUOUS if verdict == CONFLICT else Reading(verdict, FINAL_ANSWER_PHRASE)
    verdict, rule = closed.parse_label(region), "conclusion_phrase"
    if verdict is None:
        verdict, rule = closed.parse_free(region)
        if rule == "yes_no_final" and (closing.labels_another(region, sample.question)
                                       or set_aside.asks_another(region, sample.question)):
            verdict = None  # "Effusion, yes." / "Is there an effusion? Yes." to "Is there a pneumothorax?"
    if verdict is None:
        verdict, rule = closed.parse_zh(region), "yes_no_lead"
    if verdict is None:
        verdict, rule = closed.parse_mid(region), "conclusion_adverb"
    if verdict == CONFLICT:
        return AMBIGUOUS
    lead = rule in ("yes_no_lead", closed.LEAN_RULE)
    if verdict is not None and len(region) <= implicit.MAX_CHARS and closed.opposite_openings(
            region, lambda sentence: closing.answers_another(sentence, sample.question)):
        return REFUSED if is_refusal(region) else AMBIGUOUS  # "Yes, there is edema. No, there is no edema."
    if verdict is not None and not closed.has_conflict(region[:40] if lead else region[-60:]):
        if lead and closed.contradicts_itself(region, sample.question):
            return AMBIGUOUS
        after = zh_leads.lead_to_another(region, sample.question) if rule == "yes_no_lead" else None
        if after is not None:  # "不，没有肺炎。" to 是否存在肺气肿？: the verdict is the other finding's (extract/zh_leads.py)
            stated = _stated(after, sample).answer if after else None
            return Reading(stated, leads.OTHER_RULE) if stated is not None and stated != CONFLICT else AMBIGUOUS
        start = closed.final_start(region) if rule == "yes_no_final" and len(region) <= implicit.MAX_CHARS else None
        said = region[:start].rstrip(" \t\n*_\"'“”") if start else ""
        # a sentence before it, not the term as its label ("Pneumothorax — no.", "Neumotórax: no.")
        stated = _stated(said, sample).answer if said.endswith((".", "!")) and len(said) > 1 else None
        if stated is not None and (stated == CONFLICT or not same_verdict(stated, verdict)):
            return AMBIGUOUS  # "There is a pneumothorax. No.": the statement and the verdict disagree
        if rule == "yes_no_lead" and other_organ.yes_to_other_organ(region, verdict, sample.question):
            return AMBIGUOUS  # "Yes, splenomegaly." to "Is the liver enlarged?" (extract/other_organ.py)
        other = leads.yes_given_to_another(region, verdict, sample.question, lambda t: _stated(t, sample).answer) \
            if rule == "yes_no_lead" else None
        if other is not None:  # "Yes, the patient has a pacemaker. The cardiac silhouette is normal in size." (no)
            return AMBIGUOUS if other == CONFLICT else Reading(other, leads.OTHER_RULE)
        if rule == "yes_no_lead" and (leads.yes_to_another(region, verdict, sample.question)
                                      or leads.yes_on_other_side(region, verdict, sample.question)):
            return AMBIGUOUS  # "Yes, the effusion has resolved." to "Is there a pneumothorax?"; "Yes, on the left." (right?)
        if rule == "yes_no_lead" and leads.lead_contradicted(region, verdict, sample.question):
            return AMBIGUOUS  # "No, there is a pneumothorax.", "Yes, there are multiple lesions." (solitary?)
        stated = leads.negated_content(region, verdict, sample.question,
                                       lambda t: _implicit(t, sample).answer) if lead else None
        if stated is not None:  # "Yes, there is a pneumothorax on the right." to "Is there no pneumothorax?"
            return AMBIGUOUS if stated == CONFLICT else Reading(stated, statements.NEGATED_RULE)
        if rule == "yes_no_lead" and leads.sentence_states_otherwise(region, verdict, sample.question,
                                                                     lambda t: _stated(t, sample).answer):
            return AMBIGUOUS  # "No. There is a filling defect ... consistent with pulmonary embolism."
        if rule == closed.LEAN_RULE and leads.lean_states_otherwise(region, verdict,
                                                                    lambda t: _implicit(t, sample).answer):
            return AMBIGUOUS  # "No doubt about it — there is no pneumothorax."
        if rule == closed.LEAN_RULE and closed.affirms_in_passing(region):
            # "Indeed, the angles are sharp." / "Indeed, hard to say.": the word affirms its own sentence, which
            # answers nothing here; an elliptical reply ("Indeed, a small one on the left.") is still a yes
            rest = closed.after_lead(region)
            if is_refusal(region):
                return REFUSED
            if _FINITE.search(rest.split(".", 1)[0]) is not None and _implicit(rest, sample).answer is None:
                return UNPARSED
        if rule == closed.LEAN_RULE and _UNDERMINED.search(region) is not None:
            return AMBIGUOUS  # "Probably yes, but it could be a skin fold."
        if rule == "yes_no_lead" and leads.held_open(region):
            return AMBIGUOUS  # "Yes, a pneumothorax cannot be excluded.", "No, but one cannot be excluded."
        past = resolved.lead_past(region, verdict, sample.question) if rule == "yes_no_lead" else None
        if past is not None:  # "Yes, previously; now resolved." (no), "Yes, previously." (the past's yes)
            return AMBIGUOUS if past == CONFLICT else Reading(past, resolved.RULE)
        revised = closed.revised_lead(region) if lead else None
        if revised == CONFLICT:
            # "Yes, on the left. Wait — that line is a skin fold. So no pneumothorax.": read what follows the cue
            cue = closed.revision(region)
            again = _verdict(replace(loc, answer=region[cue[1]:].lstrip(" ,;:—–-")), sample) if cue else None
            if again is not None and again.answer is None and again.status is Status.UNPARSED \
                    and (before := closed.verdict_before(region, cue[0] if cue else 0)) is not None:
                return Reading(before, rule)  # "Yes, ... obstructed. No, wait, these are normal haustra ..."
            return again if again is not None and again.answer is not None else AMBIGUOUS
        if revised is not None:
            return Reading(revised, rule)
        return Reading(verdict, rule)
    if is_refusal(region):
        return REFUSED
    if closed.has_conflict(region):
        return AMBIGUOUS
    found = closing.read_closing(region, sample.question) \
        if verdict is None and not set_aside.asks_another(region, sample.question) else None
    return _closing(region, found, sample) if found is not None else _stated(region, sample)


def _revised_answer(answer: str, verdict: str, loc: Located, sample: Sample) -> Reading:
    """The verdict after a final-answer phrase, unless the model revises it after: "Answer: no enhancement? Actually
    yes; the mass enhances avidly." is a yes. A revision read as nothing ("Answer: yes. Wait — that line is a skin
    fold.") leaves it open (ambiguous); one that says the same keeps it."""
    revised = closed.revised_lead(answer)
    if revised is None:
        return Reading(verdict, FINAL_ANSWER_PHRASE)
    if revised == CONFLICT:
        cue = closed.revision(answer)
        again = _verdict(replace(loc, answer=answer[cue[1]:].lstrip(" ,;:—–-")), sample) if cue else None
        revised = again.answer if again is not None and again.answer is not None else CONFLICT
    return AMBIGUOUS if revised == CONFLICT else Reading(revised, FINAL_ANSWER_PHRASE)


def _closing(region: str, found: closing.Closing, sample: Sample) -> Reading:
    """The verdict set off inside the closing sentence ("..., normal P axis — yes, sinus rhythm.";
    ``extract/closing.py``), unless the answer states the finding the other way or takes it back as a possibility
    ("— yes. However, it may be a skin fold.", "This is a CT image. No, it is an MRI."): which one the model meant
    is not for the reader to guess."""
    verdict, start, end = found.verdict, found.start, found.end
    if _UNDERMINED.search(region, end) is not None:
        return AMBIGUOUS
    for part in (region[end:].lstrip(" ,;:—–-("), region[:start], region):
        stated = _stated(part, sample).answer if part.strip() else None
        if stated is not None and not same_verdict(stated, verdict):
            return AMBIGUOUS
    return Reading(verdict, closing.RULE)


# A finite verb: the words after an opening "Indeed," form a sentence of their own, not an elliptical reply.
_FINITE = lazy_compile(r"(?i)\b(?:is|are|was|were|be|has|have|had|needs?|shows?|seems?|appears?|looks?|can|cannot|"
                       r"could|would|should|will|must|do|does|did|may|might)\b|n't\b|\b(?:hay|es|son|está|están|se)\b")


def _stated(region: str, sample: Sample) -> Reading:
    """The finding stated in words (``_stated_in_words``), else, last, a measurement or a textbook sign that settles
    it ("CTR ≈ 0.42." to "Is the heart enlarged?", "The calyces are distended." to "Is there hydronephrosis?";
    ``extract/measured.py``, ``extract/implications.py``)."""
    section = side_sections.asked_section(region, sample.question)
    if section is not None:  # "Right kidney: no dilatation.\nLeft kidney: hydronephrosis." (extract/side_sections.py)
        return _stated(section, sample)
    if subjects.elsewhere(region, sample.question):
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
    if reading.answer is not None:
        # "The heart is enlarged. CTR 0.45.": the words and the number disagree; which did the model mean?
        return AMBIGUOUS if implied is not None and not same_verdict(implied, reading.answer) else reading
    return Reading(implied, rule) if implied is not None else reading


def _stated_in_words(region: str, sample: Sample) -> Reading:
    """The finding stated in the whole answer (``_implicit``), else in its concluding statement
    (``extract/conclusion.py``): "... Therefore, there is no pneumothorax." A conclusion that a final word marks
    also settles a chain whose thinking mentioned the finding both ways; an unmarked last sentence only speaks
    where the whole answer said nothing readable."""
    denied = closed.denied_statement(region)
    if denied is not None:
        return statements.read_denied(denied[0], denied[1], lambda part: _implicit(part, sample))
    reading = _implicit(region, sample)
    if reading.answer is not None or reading.status not in (Status.UNPARSED, Status.AMBIGUOUS):
        return reading
    found = conclusion.concluding(region)
    if found is None or (reading.status is Status.AMBIGUOUS and not found[1]):
        return reading
    again = _implicit(found[0], sample)
    if again.answer is not None and not found[1] and conclusion.against_first_part(region, found[0], again.answer,
                                                                                    sample.question):
        return AMBIGUOUS  # "There is no fluid in the abdomen. There is fluid in the abdomen."
    return Reading(again.answer, conclusion.RULE) if again.answer is not None else reading


def _implicit(region: str, sample: Sample) -> Reading:
    """Last resort when no verdict word was found: the finding stated in the question's words
    (``extract/implicit.py``) or in other words (``extract/findings.py``). The two must not disagree:
    "The heart is enlarged. The heart size is normal." is ambiguous, not yes. After a self-correction
    ("The heart is enlarged. On second look, the heart size is normal.") only the correction is read; a
    withdrawn statement with nothing readable after it is ambiguous."""
    text = caveats.set_aside(clean(region))  # "..., though small stones may be missed.": the method's limit
    text = inferred.set_aside(text, sample.question)  # "..., suggesting acute sinusitis.": another thing inferred
    text = finding_labels.drop_labels(set_aside.drop_dismissed(text))  # "Forget the pneumothorax; ...", "Hepatomegaly: span 14 cm"
    text = property_nouns.prefix_denied(text, sample.question)  # "Non-displaced fracture." to "... a displaced fracture?"
    cue = closed.revision(text)
    if cue is not None:
        corrected = _implicit(text[cue[1]:].lstrip(" ,;:—–-"), sample)
        if corrected.answer is not None or corrected.status is Status.AMBIGUOUS:
            return corrected
        return AMBIGUOUS if _implicit(text[:cue[0]], sample).answer is not None else corrected
    gone = resolved.read_gone(text, sample.question, lambda rest: _implicit(rest, sample).answer)
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
            said_before = _implicit(prose, sample).answer
            if said_before is not None and not same_verdict(said_before, field):
                return AMBIGUOUS
        return Reading(field, replywords.FIELD_RULE) if field is not None else UNPARSED
    verdict = implicit.read_implicit(text, sample.question)
    by_concept = findings.read_finding(text, sample.question)
    if by_concept == CONFLICT or (verdict is not None and by_concept is not None
                                  and not same_verdict(verdict, by_concept)):
        return AMBIGUOUS
    if (verdict is not None or by_concept is not None) and _UNDERMINED.search(text) is not None:
        return AMBIGUOUS  # "A pneumothorax is present. However, it may also be a skin fold."
    if any(v is not None and same_verdict(v, NO) for v in (verdict, by_concept)) \
            and wholepart.part_affirmed(text, sample.question):
        return AMBIGUOUS  # "The heart is not enlarged, but the left ventricle is slightly enlarged."
    if verdict is not None:
        return Reading(verdict, implicit.RULE)
    if by_concept is not None:
        return Reading(by_concept, findings.RULE)
    if leans.leans(text, sample.question):
        return AMBIGUOUS
    read = statements.read_statement(text, sample.question)
    if read is None and (bare := head_noun.reduced(sample.question, text)) is not None:
        again = _implicit(text, replace(sample, question=bare))  # "A moderate effusion is present." (extract/head_noun.py)
        if again.answer is not None:
            return again
    if read is None and (prop := property_nouns.as_property_question(sample.question, text)) is not None:
        again = _implicit(text, replace(sample, question=prop))  # "The bowel is dilated." (extract/property_nouns.py)
        if again.answer is not None:
            return again
    return Reading(*read) if read is not None else _negated(text, sample)


def _negated(text: str, sample: Sample) -> Reading:
    """A negated question ("Is the heart not enlarged?") read as its positive form, the verdict reversed."""
    pos = asked.positive_form(sample.question)
    if pos is None or pos[0] == sample.question.strip():
        return UNPARSED
    reading = _implicit(text, replace(sample, question=pos[0]))
    if reading.answer is None:
        return reading
    return Reading(asked.flip_verdict(reading.answer) if pos[1] else reading.answer, statements.NEGATED_RULE)


# A later sentence that takes the statement back as a possibility: the reading is not committed.
# (a turn, then a possibility or an alternative not excluded; the words are ``answers/hedges.py``'s)
_UNDERMINED = lazy_compile(
    r"(?i)(?:^|[.!?;]\s+|,\s*)(?:" + hedges.alternation(hedges.TURN) + r")\b[^.!?]*?"
    + hedges.words(hedges.POSSIBILITY, hedges.NOT_EXCLUDED, hedges.MAGNIFICATION)
)


def _closed(loc: Located, sample: Sample) -> Reading:
    """Yes/no verdict when the gold is one (either language); otherwise a short open answer ("left")."""
    if canonical_verdict(sample.answer) is not None:
        return _verdict(loc, sample)
    return open_reader.read_open(loc, sample)


def _box(loc: Located, sample: Sample) -> Reading:
    """One box in pixels of the sample's image; the rule names the unit reading (see ``extract/box.py``)."""
    answer, rule = box.parse_box(loc.answer, sample.grounding)
    return Reading(answer, rule) if answer is not None else UNPARSED


def _disagree(answer: str, loc: Located, sample: Sample, reader: Reader) -> bool:
    """Whether an earlier answer tag or box of the output reads as another answer ("<answer>A</answer><answer>C</answer>")."""
    for other in loc.others:
        got = reader(replace(loc, answer=other, others=()), sample).answer
        if got is not None and got != answer and not same_verdict(got, answer):
            return True
    return False


_READERS: dict[AnswerType, Reader] = {
    AnswerType.CHOICE: _choice,
    AnswerType.CLOSED: _closed,
    AnswerType.OPEN: open_reader.read_open,
    AnswerType.BOX: _box,
}


def extract(text: str, sample: Sample, server_reasoning: str | None = None,
            finish_reason: str | None = None) -> Extraction:
    """Answer, rule and reasoning of ``text`` for ``sample`` (see module docstring).

    ``server_reasoning`` is a server's separate ``reasoning_content``; it is
    merged into ``Extraction.reasoning`` ahead of any ``<think>`` text.
    ``finish_reason`` is the backend's; ``"length"`` (stopped at the token
    limit) makes the output ``truncated`` whatever it holds, since its
    conclusion may be the part that was cut.
    """
    loc = locate(text, server_reasoning)
    reasoning = reasoning_of(loc)
    if finish_reason == "length" or (loc.open_think and loc.cut):
        return Extraction(answer=None, rule=Status.TRUNCATED.value, reasoning=reasoning)
    if loc.unfilled:  # "</think>\n<answer>" and nothing more: the output stopped before its answer
        return Extraction(answer=None, rule=Status.TRUNCATED.value, reasoning=reasoning)
    if loc.thought and not loc.answer:
        loc = replace(loc, answer=loc.thought)  # the decision stated only inside a closed <think>
    if loc.open_think or not loc.answer:
        return Extraction(answer=None, rule=Status.UNPARSED.value, reasoning=reasoning)
    reader = _READERS[sample.answer_type]
    reading = reader(loc, sample)
    if reading.answer is not None and loc.others and _disagree(reading.answer, loc, sample, reader):
        reading = AMBIGUOUS
    if (reading.status is Status.UNPARSED and loc.marker is None and not loc.thought
            and (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer))):
        reading = TRUNCATED
    if reading.answer is None:
        return Extraction(answer=None, rule=reading.status.value, reasoning=reasoning)
    return Extraction(answer=reading.answer, rule=reading.rule, reasoning=reasoning)
