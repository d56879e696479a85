"""The multiple-choice reader: which option an output chooses, by letter, by its text or by other words.

The letter and option-text rules are ``extract/choice.py``'s; what they leave unread is tried, in order, by the
fallbacks here: a numbered list's pick, an option's initials, a restated label, "both" / "neither", the last
sentence naming an option, a tally of marks, other words for an option, a sign, the normal option, the odd one out
of an exception question, a Latin eye side, and to Yes / No options the finding stated in words
(``extract/stated.py``), and last of all the one option the reply's concluding part affirms while every other
option it names is rejected or set aside (``extract/affirmed_option.py``). A reading that a later text letter, a
comparison or the final section contradicts is ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import replace

from medstep.answers import asks_for_exception, hedges, revisions, verdict_meaning
from medstep.answers.eye_sides import eye_sides
from medstep.extract import (
    affirmed_option, both, both_verdicts, closing_choice, closing_verdicts, committed_words, comparatives, cut, device_review, foreign_choice, foreign_frames, initials, lastmention, loops, normal_choice, numbered, oddone, option_count, option_narrowed, placed_choice, side_choice, option_abbrev, option_alias, option_equivalent, option_measure, optionsign,
    optionconcept, options_walk, other_class, other_condition, otherwords, passed_over, polarity, restated, roll_call, soft_pick, tally,
    textletter,
    weighed_option, zh_choice,
)
from medstep.extract.choice import (AMBIGUOUS, UNPARSED, Reading, answered_in_own_words, called_normal_asked,
                                   normal_asked_elsewhere, read_choice, stated_concept)
from medstep.extract.decision import read_decision
from medstep.extract.langwords import foreign_negation
from medstep.extract.lines import CROSSES, TICKS
from medstep.extract.decision_clauses import OPTION_HEADING
from medstep.extract.mentions import CONFLICT, OptionIndex, find_mentions, option_index
from medstep.extract.normality import normal_option, whole_study_called_normal
from medstep.extract.open_reader import TRUNCATED, final_section
from medstep.extract.split import ANSWER_TAG, Located, conclusion_tag
from medstep.extract.stated import read_implicit_finding
from medstep.extract.undecided import any_open, closing_undecided, declines_to_commit, kept_open
from medstep.lazyre import lazy_compile
from medstep.types import MedstepError, Sample, Status

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # the option keys a loader must map options to
_LETTER = lazy_compile(r"\b[A-Z]\b")
# Readings of an option by its words alone, no letter and no answer phrase read as such (``closing_on_rejected``).
_BY_WORDS = frozenset({"option_text", "option_words"})
# ... and by the finding it states (``optionconcept.OPTION_RULE``): what an answer given in other words outranks.
_DESCRIBED = _BY_WORDS | {optionconcept.OPTION_RULE}
# ... and the readings a cut discussion can leave behind: those, and the last sentence naming an option by its letter
# ("Option C — Pulmonary embolism: The presence of a wedge-shaped periph": the heading of the option being weighed).
_CUT_READ = _DESCRIBED | {lastmention.RULE}


def read_choice_answer(loc: Located, sample: Sample) -> Reading:
    """The option ``loc`` chooses (the readers below), kept only when the reply qualifies its finding as the option
    does: every reader's pick by words passes :func:`_qualifier_kept`."""
    reading = _read_choice_answer(loc, sample)
    return _qualifier_kept(loc, sample, reading)


def _qualifier_kept(loc: Located, sample: Sample, reading: Reading) -> Reading:
    """``reading``, or no answer where it maps a statement to an option by words the statement qualifies otherwise:
    "chronic subdural haematoma" is no "Acute subdural hematoma" (unparsed), "in keeping with metastases or Paget
    disease" no "Paget disease" (ambiguous: two candidates named). A letter of the option said in the reply, a
    question asking for an exception or the least likely option, keep the reading (``extract/option_narrowed.py``)."""
    letter = reading.answer
    if letter is None or letter not in sample.options or asks_for_exception(sample.question) \
            or polarity.asked_pole(sample.question) not in (None, polarity.Pole.TOP):
        return reading
    found = find_mentions(loc.answer, option_index(sample.options))
    mentions = [m for m in found if m.letter != CONFLICT]
    # each letter of a joined reference ("B or D", "between A and B") on its own, so that the join is read
    refs = [(m.start, m.end, m.letter == letter) for m in mentions] + [
        (m.start + j.start(), m.start + j.end(), j.group() == letter) for m in found if m.letter == CONFLICT
        for j in _LETTER.finditer(loc.answer[m.start:m.end]) if j.group() in sample.options]
    option = sample.options[letter]
    if option_narrowed.offered_beside(loc.answer, option, refs):
        return AMBIGUOUS
    if any(m.letter == letter and not m.by_text for m in mentions):
        return reading
    others = tuple(text for key, text in sample.options.items() if key != letter)
    if option_narrowed.qualifier_contradicted(loc.answer, option, others):
        return UNPARSED
    return reading


def _read_choice_answer(loc: Located, sample: Sample) -> Reading:
    if not sample.options:
        raise MedstepError(f"{sample.named()}: choice question without options")
    if not _LETTERS.issuperset(sample.options):
        # Letter parsing would silently never fire; loaders must map options to letters.
        raise MedstepError(
            f"{sample.named()}: option keys must be single letters, got {sorted(sample.options)}"
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
    if reading.answer is not None and reading.rule in _CUT_READ \
            and _described_then_cut(loc, sample, idx, exception, reading.answer):
        return TRUNCATED  # "A. Solid — ... parts of it are solid. B. Cystic — ... C. Complex —"
    if reading.answer is not None and loc.marker is None and not exception \
            and textletter.contradicted(loc.answer, idx, reading.answer):
        return AMBIGUOUS  # "The left ventricle is abnormal. The answer is D." (D Right ventricle)
    if reading.answer is not None and comparatives.contradicts(loc.answer, idx, sample.question, reading.answer):
        return AMBIGUOUS  # "The right kidney is smaller. Answer: B" (B Right) to "Which kidney is larger?"
    if reading.answer is not None and other_class.tied_elsewhere(loc.answer, idx, sample.question, reading.answer):
        return AMBIGUOUS  # "Grade 4 shows <D>." to "What defines a grade 3 injury?": D named as another grade's
    if reading.answer is not None and loc.marker is None \
            and other_condition.tied_to_another(loc.answer, idx, sample.question, reading.answer):
        return AMBIGUOUS  # "<A> is seen in duodenal obstruction." to "Which sign suggests volvulus?" (other_condition)
    if reading.answer is not None and loc.marker is None and reading.rule in _DESCRIBED \
            and answered_in_own_words(loc.answer, idx, reading.answer):
        return UNPARSED  # "The best answer is the enlargement of the central arteries ... Kerley B lines reflect ..."
    if reading.answer is not None and not exception and passed_over.rejected_by_letter(loc.answer, idx, reading.answer):
        # "Bronchiectasis is seen. ... suggests ABPA. **A** is less likely.": the letter passed over (to "Which is
        # FALSE?" the letter called wrong is the answer)
        return UNPARSED
    if reading.answer is not None and not exception and restated.subject_turned(loc.answer, idx, sample.question,
                                                                                reading.answer):
        return UNPARSED  # "So the tube that is well positioned is the ETT." to "Which device is malpositioned?"
    if reading.answer is not None and loc.marker is None and not exception and reading.rule in _BY_WORDS \
            and closing_verdicts.closing_on_rejected(loc.answer, idx, reading.answer):
        return UNPARSED  # "B – Consistent. … D – No. // Dermatofibroma is the most common …": a rejected option
    if reading.answer is not None and loc.marker is None and not exception and reading.rule in _BY_WORDS \
            and (devices := device_review.review(loc.answer, idx, sample.options, sample.question)) is not None \
            and devices.well(reading.answer):
        # "ETT: fine. NG tube: needs repositioning. … Chest drain: fine." to "Which tube is malpositioned?": the last
        # device named was judged well placed (``extract/device_review.py``)
        letter = device_review.read_device_review(loc.answer, idx, sample.options, sample.question)
        return Reading(letter, device_review.RULE) if letter is not None else UNPARSED
    if reading.answer is not None and normal_asked_elsewhere(loc.answer, idx, sample.question, reading.answer):
        reading = AMBIGUOUS  # "The right kidney is hydronephrotic; the left kidney is normal." to "Which kidney is normal?"
    if reading.answer is None and loc.marker is None and not exception \
            and (letter := called_normal_asked(loc.answer, idx, sample.question)) is not None:
        return Reading(letter, "option_text")  # ... the option called normal answers it
    section = final_section(loc.answer) if loc.marker is None and "#" in loc.answer else ""
    if section and section != loc.answer.strip():
        # "## Thinking … I considered Congo red but … ## Final Response …": where the final section reads otherwise
        # than the whole output, the options weighed in the sections before it are the reasoning, not the answer.
        again = _choice_read(replace(loc, answer=section), sample, idx, exception)
        if again.answer != reading.answer:
            return again
    return reading


def _described_then_cut(loc: Located, sample: Sample, idx: OptionIndex, exception: bool, letter: str) -> bool:
    """An option read by its words where nothing stronger than a statement on the way commits to it, in an output cut
    before its conclusion (the conclusion may be the part that was cut): cut on an option heading while it walked
    the options ("A. Solid — ... parts of it are solid. B. Cystic — ... C. Complex —"), or, for a normal option, cut
    anywhere ("... The bones have normal density. The soft tissues appear": a normal part is no normal study while
    the rest is cut; a finding stated before the cut stands), or, for any option, stopping mid-clause
    (:func:`_stops_mid_clause`, session 56: "**A. Well-circumscribed** – ... appears to be somewhat", "2.
    Osteophytes:"): the option being discussed when the text stops is no answer, unless a finished sentence before
    the cut, read alone, states it by its words (:func:`_stated_before_cut`)."""
    if loc.marker is not None:
        return False
    if not (_walk_cut_at_heading(loc.answer, idx, letter) or normal_option(sample.options[letter])
            and (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer))
            and not whole_study_called_normal(loc.answer)):
        if not _stops_mid_clause(loc.answer, sample, sample.options[letter]):
            return False
        if _stated_before_cut(loc, sample, idx, exception, letter):
            return False  # "There is a displaced fracture of the patella. ... The suprapatellar recess shows a"  # "The nodule is spiculated. ... **A. Well-circumscribed** – ... the margin here": said first
    decision = read_decision(loc.answer, idx, exception, polarity.asked_pole(sample.question))
    return decision.letter is None or decision.weak


# A finished sentence of the reply, where an option stated stands whatever is cut after it.
# (begun only where a sentence may begin: tried from every character, a reply with no stop was read over and over,
# quadratic: 30,000 characters of "The answer is Cardiomegaly if " took 7 s)
_FINISHED_SENTENCE = lazy_compile(r"(?:\A|(?<=[.!?\n。！？]))[^.!?\n。！？]+[.!?。！？]")
_SENTENCES_READ = 40
# The reply's opening clause, up to its first comma, semicolon, colon, dash or line end, when more follows it.
_OPENING_CLAUSE = lazy_compile(r"(?s)[\s*_]*(?P<clause>[^,;:\n—–]+?)[*_]*(?:\s*[,;:\n—–]|\s+-\s)(?=.*\S)")


def _stated_before_cut(loc: Located, sample: Sample, idx: OptionIndex, exception: bool, letter: str) -> bool:
    """Whether a finished sentence before the cut, read alone, names option ``letter`` by its words ("There is a
    displaced transverse fracture of the patella."): stated, it stands. Not a sentence on a line an option heading
    opens (the walk's discussion of that option: "**A. Well-circumscribed** – A well-circumscribed nodule has a sharp
    interface."), nor a finding that only suggests the option (``option_concept``: "The joint space appears
    narrowed." is evidence weighed, not the diagnosis), nor an option number ("one by one")."""
    text = loc.answer
    opening = _OPENING_CLAUSE.match(text)
    if opening is not None and OPTION_HEADING.match(text) is None and _leads_with(opening, text) \
            and not weighed_option.weighed(opening.group("clause"), idx):
        # the reply's opening clause, the answer it leads with ("Left pleural effusion, given the blunted angle; the")
        again = _choice_read(replace(loc, answer=opening.group("clause")), sample, idx, exception)
        if again.answer == letter and again.rule in _BY_WORDS:
            return True
    for n, m in enumerate(_FINISHED_SENTENCE.finditer(text)):
        if n >= _SENTENCES_READ:
            break
        if OPTION_HEADING.match(text, text.rfind("\n", 0, m.start()) + 1) is not None:
            continue
        if weighed_option.weighed(m.group(), idx):
            continue  # "A bulla is a thin-walled air space.", "... would usually be BI-RADS 3": weighed, not stated
        again = _choice_read(replace(loc, answer=m.group()), sample, idx, exception)
        if again.answer == letter and again.rule in _BY_WORDS:
            return True
    return False


def _leads_with(opening: re.Match[str], text: str) -> bool:
    """Whether the opening clause is the answer the reply leads with: not a view held and given up ("Pulmonary edema
    was considered, but", ``revisions.VIEW_VERBS``), nor one a turn follows ("Pneumothorax, however, ...",
    ``hedges.TURN``)."""
    if any(w in revisions.VIEW_VERBS for w in _CLAUSE_WORDS.findall(opening.group("clause").lower())):
        return False
    rest = text[opening.end():].lstrip(" \t\n*_").lower()
    return not any(rest.startswith(turn) and not rest[len(turn):len(turn) + 1].isalpha() for turn in hedges.TURN)


_CLAUSE_WORDS = lazy_compile(r"[a-z]+")


def _stops_mid_clause(text: str, sample: Sample, option: str) -> bool:
    """Whether the reply stops where no sentence stops (``cut.unfinished``), or stops mid-sentence at a cut's length
    (``cut.looks_cut``), or on a subject without its verb (``cut.verbless_subject``), or inside a word that is not
    ``option``'s own name being written (``cut.mid_word``: "... would typically show tram-track opaci"; "The most
    likely diagnosis is osteoid oste" names the option it reads, session 57): the discussion was cut before its
    conclusion. Not a loop cut inside another copy of its clause (``cut.cut_in_loop``)."""
    return (cut.unfinished(text) or cut.looks_cut(text, sample) or cut.verbless_subject(text)
            or cut.mid_word(text) and not _naming(text, option)) \
        and not cut.cut_in_loop(text)  # "... the lesion is a lipoma, the lesion is a": the looped clause commits


_LAST_LETTERS = lazy_compile(r"([A-Za-z]+)[\s*_]*\Z")


def _naming(text: str, option: str) -> bool:
    """Whether ``text`` stops inside a word of ``option`` ("... diagnosis is osteoid oste" of "Osteoid osteoma")."""
    m = _LAST_LETTERS.search(text[-60:])
    last = m.group(1).lower() if m is not None else ""
    return bool(last) and any(w.startswith(last) for w in option.lower().split())


def _walk_cut_at_heading(text: str, idx: OptionIndex, letter: str) -> bool:
    """Cut on an option heading in a walk through the options: an option heading came on an earlier line (the walk
    had begun), and the closing heading names another option than the one read ("The nodule is hypoechoic.\n\nB.
    Hypoechoic -" restates the pick; "This is complex. The others:\nA. Solid -" begins the walk after the answer)."""
    if not cut.cut_at_heading(text, idx):
        return False
    body = text.rstrip()
    last_start = body.rfind("\n") + 1
    return OPTION_HEADING.search(body, 0, last_start) is not None \
        and all(m.letter != letter for m in find_mentions(body, idx, last_start, len(body)))


def _stated_as_written(text: str, option: str) -> bool:
    """The option's own text in the output, spaces aside ("1-2 cm" in "Answer: 1-2 cm"), not only its words."""
    return "".join(option.lower().split()).rstrip(".") in "".join(text.lower().split())


def _choice_read(loc: Located, sample: Sample, idx: OptionIndex, exception: bool, roll_calls: bool = True) -> Reading:
    pole = polarity.asked_pole(sample.question)
    reading = read_choice(loc, idx, exception=exception, asked=pole)
    if reading.rule == "option_text" and option_measure.bare_quantities(sample.options) \
            and not _stated_as_written(loc.answer, sample.options[reading.answer or ""]):
        # "The lesion measures 1.4 cm." holds the words of "<1 cm": bare quantity options are chosen by value, and
        # an option read by its words stands only when a value the output gives lies in it
        letter = option_measure.read_option_measure(loc.answer, idx, sample.options, sample.question)
        if letter is not None:
            return Reading(letter, option_measure.RULE)
        if not option_measure.holds_value(loc.answer, sample.options, reading.answer or ""):
            return UNPARSED
    if reading.rule == "option_text" and pole is polarity.Pole.TOP \
            and (side := side_choice.bare_side(sample.options[reading.answer or ""])) is not None \
            and side_choice.side_only_normal(loc.answer, side, sample.question):
        # "The left costophrenic angle is sharp." is no "Left" to "On which side is the effusion?"
        letter = side_choice.read_side_option(loc.answer, idx, sample.options, sample.question)
        return Reading(letter, side_choice.RULE) if letter is not None else UNPARSED
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
    if (reading.status in (Status.UNPARSED, Status.AMBIGUOUS) or reading.rule == "option_text") and not exception \
            and (letter := option_count.read_option_count(loc.answer, sample.options, sample.question)) is not None \
            and letter != reading.answer and all(m.by_text for m in find_mentions(loc.answer, idx)):
        # "There are two kidneys." for option "2"; "Fractured: ribs 5, 6 and 7. Three in total." is option "3", not the
        # label's "5" (extract/option_count.py); never beside an option named by its letter
        return Reading(letter, option_count.RULE)
    if reading.status is Status.UNPARSED and (letter := restated.read_restated(loc.answer, idx, sample.question)):
        return Reading(letter, restated.RULE)  # "Neither is abnormal: D." to "Which structure is abnormal?"
    if reading.status is Status.UNPARSED and not exception \
            and (letter := restated.read_restated_statement(loc.answer, idx, sample.question)):
        return Reading(letter, restated.RULE)  # "… so the enlarged chamber is the left atrium." to "Which chamber …?"
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception \
            and (letter := both.read_both(loc.answer, idx) or both.read_neither(loc.answer, idx)
                           or both.read_both_stated(loc.answer, idx) or both_verdicts.read_by_verdicts(loc.answer, idx)
                           or both_verdicts.read_both_sides(loc.answer, idx, sample.question)):
        return Reading(letter, both.RULE)  # "... a fracture with dislocation. Both are present." for option "Both"
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception and pole is polarity.Pole.TOP \
            and (letter := side_choice.read_side_option(loc.answer, idx, sample.options, sample.question)):
        return Reading(letter, side_choice.RULE)  # "The effusion is on the right. The left angle is sharp." for "Right"
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception and pole is polarity.Pole.TOP \
            and (letter := side_choice.read_sided_finding(loc.answer, idx, sample.options, sample.question)):
        return Reading(letter, side_choice.RULE)  # "... a pneumothorax on the right side, ..." for "Right-sided pneumothorax"
    if reading.status is Status.UNPARSED and not exception and not (cut.looks_cut(loc.answer, sample)
                                                                    or cut.dangling(loc.answer)
                                                                    or cut.unfinished(loc.answer)
                                                                    or options_walk.walks_options(loc.answer, idx)):
        # (never from a reply stopping where no sentence stops, "**Option B (...):** The left costophrenic angle
        # is": the last option discussed before a cut is no answer; a committed one before it is read above)
        # "Only B remains.": the last sentence naming an option asserts it (extract/lastmention.py)
        letter = lastmention.read_last_mention(loc.answer, idx, pole)
        if letter is not None and not committed_words.passed_over(loc.answer, idx, letter):
            # (not "B is the classic mimic, but ... points to infarction": named to be argued against)
            return Reading(letter, lastmention.RULE)
        # "C, hamartoma. ... a carcinoma (A) can occasionally engulf calcification": the last reference that commits,
        # with every later one set aside or only supposed (extract/closing_choice.py)
        letter = closing_choice.read_closing_choice(loc.answer, idx, pole)
        if letter is not None:
            return Reading(letter, closing_choice.RULE)
        letter = tally.read_tally(loc.answer, idx)  # "| B | ✓ |", "A ❌ B ✅ C ❌ D ❌": one option left standing
        if letter is not None:
            return Reading(letter, tally.RULE)
        # "A. … Unlikely. B. … Likely. C. … Unlikely.": each option closed on a verdict word, one judged for
        letter = closing_verdicts.read_closing_verdicts(loc.answer, idx) if pole is polarity.Pole.TOP else None
        if letter is not None:
            return Reading(letter, closing_verdicts.RULE)
        # "CTR ≈ 0.44." for "Cardiothoracic ratio below 0.5": a cut-off option settled by the value measured
        letter = option_measure.read_option_measure(loc.answer, idx, sample.options, sample.question)
        if letter is not None:
            return Reading(letter, option_measure.RULE)
        # "考虑胸腔积液可能性大。" for "Pleural effusion": a short Chinese reply stating one option's finding
        letter = zh_choice.read_zh_choice(loc.answer, sample.options) if pole is polarity.Pole.TOP else None
        if letter is not None:
            return Reading(letter, optionconcept.OPTION_RULE)
        letter = foreign_choice.read_foreign_choice(loc.answer, sample.options) if pole is polarity.Pole.TOP else None
        if letter is not None:  # "答案：肝脏" for "Liver": an option named in another language
            return Reading(letter, foreign_choice.RULE)
        # "My pick: the spiral one." (extract/optwords.py); never the last words of a cut output
        found = otherwords.read_other_words(loc.answer, idx, sample, pole)
        if found is not None and not normal_choice.part_called_normal(loc.answer, sample.options.get(found.answer or "", ""),
                                                                      sample.question):
            return found  # (not "Heart size normal." to an option "Normal": a normal part, no normal study)
        letter = optionsign.read_option_sign(loc.answer, idx, sample.options)  # "Target sign." for intussusception
        if letter is not None:
            return Reading(letter, optionsign.RULE)
        letter = normal_choice.read_normal_option(loc.answer, idx, sample.options, sample.question)  # "No acute process."
        if letter is not None:
            return Reading(letter, normal_choice.RULE)
        # "… the tube is in a satisfactory position." for "Appropriately positioned"
        letter = placed_choice.read_placed_option(loc.answer, idx, sample.options, sample.question)
        if letter is not None:
            return Reading(letter, placed_choice.RULE)
        if not exception and loc.marker is None:  # "Lungs are hyperexpanded ..." for "Hyperinflation" beside options
            # the vocabulary does not map
            stated = stated_concept(loc.answer, idx, pole, unmapped_ok=True)
            if stated.answer is not None:
                return stated
    if reading.status is Status.AMBIGUOUS and not exception and roll_calls and (rest := roll_call.without_roll_calls(
            loc.answer, idx, lambda s: _choice_read(replace(loc, answer=s), sample, idx, exception, False).answer)):
        # "The differential is lymphoma, sarcoidosis, tuberculosis and metastases. Sarcoidosis is most likely.": the
        # roll call of every option set aside, the rest read (``extract/roll_call.py``; once: the rest holds none)
        found = _choice_read(replace(loc, answer=rest), sample, idx, exception, False)
        if found.answer is not None:
            return found
    if reading.status is Status.AMBIGUOUS and not exception and not _TALLY_MARKS.isdisjoint(loc.answer):
        # "Pneumothorax: ✗ / Pleural effusion: ✓ / …": each option named by its text reads as a statement, so the
        # decision reader sees them all; the marks leave one standing
        letter = tally.read_tally(loc.answer, idx)
        if letter is not None:
            return Reading(letter, tally.RULE)
    if reading.status in (Status.AMBIGUOUS, Status.UNPARSED, Status.REFUSED) and not exception and loc.marker is None \
            and pole is polarity.Pole.TOP and (letter := closing_verdicts.read_closing_verdicts(loc.answer, idx)) is not None:
        # (a per-option list judging every option, one for, refuses nothing: "B: no — I can't identify glomeruli.")
        # "Pneumothorax — no pleural line, so this does not fit. / Lobar pneumonia — …; the most consistent. / …": each
        # option named by its text reads as a statement, so the decision reader sees them all; the verdicts leave one
        # ("**A. Appendicitis:** Consistent. … / **B. Crohn's ileitis:** Unlikely. …" with no summary line: unparsed)
        return Reading(letter, closing_verdicts.RULE)
    if reading.status is Status.AMBIGUOUS and not exception and loc.marker is None \
            and not (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer)
                     or options_walk.walks_options(loc.answer, idx)):
        # "So this is a lytic rib lesion (A) — the differential includes …" beside other options named by their text:
        # the closing pick labelled by its text and its own letter (``extract/closing_choice.py``)
        letter = closing_choice.read_closing_choice(loc.answer, idx, pole, labelled=True)
        if letter is not None:
            return Reading(letter, closing_choice.RULE)
    if reading.status is Status.UNPARSED and exception and not cut.dangling(loc.answer):
        # "The one that does not belong is a meniscus (…)." (extract/oddone.py)
        odd = oddone.read_odd_one(loc.answer, idx, sample.options, sample.question)
        if odd is not None:
            return Reading(*odd)
    if reading.status is Status.UNPARSED and (latin := eye_sides(loc.answer, sample.question)) != loc.answer:
        return _choice_read(replace(loc, answer=latin), sample, idx, exception)  # "OS." for "Left eye"
    if reading.status is Status.UNPARSED and idx.verdicts:  # Yes / No options: the finding may be stated plainly
        implied = read_implicit_finding(loc.answer, sample)
        letter = idx.verdicts.get(verdict_meaning(implied.answer) or "") if implied.answer is not None else None
        if letter is not None:
            return Reading(letter, implied.rule)
        return implied if implied.status is Status.AMBIGUOUS else reading
    if reading.status is Status.UNPARSED and not (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer)
                                                  or foreign_negation(loc.answer)):
        # "... most consistent with sporadic CJD. HSV encephalitis is mesial temporal ...": an option named by another
        # name (its initials, its bracketed name, its vocabulary entry's names), read only where the reply decides
        # (``extract/option_alias.py``)
        found = option_alias.read_option_alias(loc, sample, idx, exception, pole)
        if found is not None:
            return found
        if not exception and loc.marker is None and pole is polarity.Pole.TOP \
                and (letter := soft_pick.read_soft_pick(loc.answer, idx, sample.options, sample.question)) is not None:
            # "... This may represent a pneumothorax." closing on the one option discussed: a soft modal that commits
            # (``extract/soft_pick.py``)
            return Reading(letter, soft_pick.RULE)
        if not exception and loc.marker is None and not options_walk.walks_options(loc.answer, idx) \
                and (letter := option_equivalent.read_equivalent(loc.answer, idx, sample.options,
                                                                            sample.question)) is not None:
            # "... this is a twisted testis." for "Testicular torsion": the option's content in other words, read in
            # the sentence that decides (``extract/option_equivalent.py``)
            return Reading(letter, option_equivalent.RULE)
    if (reading.status is Status.UNPARSED or reading.status is Status.AMBIGUOUS
            and not any(m.letter != CONFLICT and not m.by_text and lastmention.letter_stands(loc.answer, m)
                        for m in find_mentions(loc.answer, idx))) \
            and not exception and loc.marker is None \
            and not (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer) or foreign_negation(loc.answer)
                     or options_walk.walks_options(loc.answer, idx)):
        # "..., which is subdural. An epidural would be lentiform, so not A.", "A small syrinx is also present, but
        # this is secondary. The primary abnormality is ...": the closing paragraph's pick in its own words, the
        # options it rejects set aside (``extract/committed_words.py``)
        letter = committed_words.read_committed_words(loc.answer, idx, sample.options, sample.question, pole)
        if letter is not None:
            return Reading(letter, committed_words.RULE)
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception and loc.marker is None \
            and not (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer)):
        # "- ETT: tip 5 cm above the carina, fine. - NG tube: coiled in the oesophagus, needs repositioning. ..." to
        # "Which tube is malpositioned?": the one device judged badly placed (``extract/device_review.py``)
        letter = device_review.read_device_review(loc.answer, idx, sample.options, sample.question)
        if letter is not None:
            return Reading(letter, device_review.RULE)
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and not exception and loc.marker is None \
            and pole is polarity.Pole.TOP and not (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer)) \
            and not (reading.status is Status.AMBIGUOUS and undecided_reply(loc.answer, idx)) \
            and (letter := affirmed_option.read_affirmed_option(loc.answer, idx, sample.options,
                                                                sample.question)) is not None:
        # "... points to fluid accumulating within the pericardial sac rather than to a primary myocardial process.",
        # "Not A (...). Not B (...). ... → myeloma": the one option the concluding part affirms while the others are
        # rejected or set aside (``extract/affirmed_option.py``)
        return Reading(letter, affirmed_option.RULE)
    if reading.status in (Status.UNPARSED, Status.AMBIGUOUS) \
            and (rewritten := option_abbrev.rewritten(loc.answer, sample.options, sample.question)) is not None:
        # "Answer: left MCA" for "Left middle cerebral artery", "LA." for "Left atrium": the short forms one option
        # owns written as its text (``extract/option_abbrev.py``), a conclusion's frame of another language in English
        # ("compatível com": ``extract/foreign_frames.py``), read again by every reader; never against another option
        # the reply names by its letter ("... the right MCA fills normally. Option B.")
        # a frame written in English: every other option named by text in a sentence that sets it aside in its own
        # words ("Porém, ... indica atelectasia" may be the reply's turn, and the English reader cannot see it)
        written, rule = rewritten
        framed = rule == foreign_frames.RULE or foreign_frames.in_english(loc.answer) is not None
        again = _choice_read(replace(loc, answer=written), sample, idx, exception, roll_calls)
        if again.answer is not None and all(
                m.letter in (CONFLICT, again.answer)
                or m.by_text and not (framed and not foreign_frames.set_aside(written, m.start, m.end))
                for m in find_mentions(written, idx)):
            return Reading(again.answer, rule)
    return reading


def undecided_reply(text: str, idx: OptionIndex) -> bool:
    """The reply keeps options open or declines to choose ("Both remain possible", "I can't decide between them")."""
    return closing_undecided(text) or kept_open(text, idx) or any_open(text) or declines_to_commit(text)


# What a per-option tally carries (``extract/tally.py``): ticks, crosses, checkboxes, table cells.
_TALLY_MARKS = TICKS | CROSSES | {"|", "["}
