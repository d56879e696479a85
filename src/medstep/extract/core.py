"""``extract``: one raw output + its sample -> an :class:`Extraction`.

Dispatch is by answer type through a table of readers (choices: ``extract/choice_reader.py``; yes/no:
``extract/closed_reader.py``, with the finding stated in words, ``extract/stated.py``; open answers:
``extract/open_reader.py``; boxes: ``extract/box.py``). Each reader sees the
located region (:func:`medstep.extract.split.locate`) and reports the rule
that fired: the wrapper's name when one delimited the answer (``answer_tag``,
``boxed``), else the content rule (``letter_only``, ``option_text``,
``final_answer_phrase``, ``conclusion_phrase``, ``letter_judgement``,
``linking_verb``, ``choice_verb``, ``conclusion_adverb``, ``lead_in_line``,
``option_verdicts``, ``letter_final``, ``letter_lead``, ``yes_no_final``,
``yes_no_lead``, ``yes_no_lean`` (a verdict under a committed lean, ``extract/closed.py``), ``yes_other_finding``
(an opening yes given to another finding, the asked one stated absent after it, ``extract/leads.py``), ``negated_frame``
("It is not true that ..."), ``implicit_yes_no``, ``concluding_statement`` (``extract/conclusion.py``),
``implicit_resolved`` (``extract/resolved.py``), ``implicit_measure`` (``extract/measured.py``), ``measure_judged``, ``measure_compared`` (``extract/measured_words.py``), ``implicit_sign`` (``extract/implications.py``), ``implicit_antonym`` (``extract/antonyms.py``), ``implicit_unlikely`` (the asked finding called unlikely, ``extract/leans.py``), ``implicit_finding``, ``answer_word``, ``answer_field``, ``technique``,
``implicit_normality``, ``implicit_side``, ``implicit_direction`` (``extract/direction.py``),
``implicit_sided_structure`` (``extract/sided_structure.py``), ``implicit_placement``, ``implicit_place`` (``extract/place_question.py``), ``implicit_concept_zh``, ``implicit_size``, ``negated_question``
(``extract/statements.py``), ``option_heading``, ``option_concept``, ``option_normal`` (``extract/normal_choice.py``),
``option_measure`` (``extract/option_measure.py``), ``option_placed`` (``extract/placed_choice.py``), ``option_side`` (``extract/side_choice.py``),
``last_mention``, ``option_words``, ``option_initials``, ``option_alias`` (``extract/option_alias.py``), ``option_equivalent`` (``extract/option_equivalent.py``), ``option_soft_pick`` (``extract/soft_pick.py``), ``option_number``, ``option_sign``, ``restated_label``
(``extract/restated.py``), ``open_text``); box answers name their unit reading
(``box_pixels``, ``box_unit1``, ``box_unit1000``, see ``extract/box.py``).
An output without a usable answer gets
``answer=None`` and the rule naming why: ``unparsed``, ``ambiguous``,
``refused`` or ``truncated`` (see :class:`medstep.types.Status`; a cut output: ``extract/cut.py``; an open answer
read from the sentence the output never finished: ``extract/unfinished.py``). Nothing is guessed. Before a reader
runs, an invented follow-up turn is cut (``extract/invented_turn.py``), a refusal declining another question
than the one asked is set aside (``extract/other_question.py``), and so is a view the reply held first and then
revised ("I initially thought A, but on reflection it is B.", ``extract/earlier_view.py``); after it, a reply read
refused for words that refuse nothing asked ("I can't see any pneumothorax.", "Pneumothorax. I can't determine its
size.") is read again without them (``extract/scoped_refusal.py``), and so is a reply left without an answer by a
disclaimer beside it ("I can't provide a definitive diagnosis, but ...", "No pneumothorax. I cannot comment further.",
``extract/disclaimers.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import same_verdict
from medstep.arguments import check_sample, check_text
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import (asked_refusal, box, choice_reader, closed_reader, conclusion, cut, disclaimers,
                             earlier_view, findings, headline, held_open, invented_turn, lesson, open_no_finding,
                             open_reader, open_span, other_question, retracted, scoped_refusal, stopped_clause,
                             unfinished)
from medstep.extract.choice import AMBIGUOUS, REFUSED, UNPARSED, Reading
from medstep.extract.concept_question import Ask, parse_asked
from medstep.extract.implicit import read_implicit
from medstep.extract.implicit_terms import WHOLE_STATE, parse_question
from medstep.extract.open_reader import TRUNCATED
from medstep.extract.split import FINAL_ANSWER_PHRASE, Located, last_phrase, locate, reasoning_of
from medstep.types import AnswerType, Extraction, Sample, Status

Reader = Callable[[Located, Sample], Reading]

# The most words dropped at a cut before the asked finding's stance is read again (``_cut_verdict_stands``): a cut
# phrase is a few linking words ("... on this view of the"); a bound keeps hostile runs of them linear.
_CUT_WORDS = 8


def _box(loc: Located, sample: Sample) -> Reading:
    """One box in pixels of the sample's image; the rule names the unit reading (see ``extract/box.py``)."""
    answer, rule = box.parse_box(loc.answer, sample.grounding)
    return Reading(answer, rule) if answer is not None else UNPARSED


def _cut_verdict_stands(answer: str, region: str, question: str) -> bool:
    """Whether a closed verdict inferred from a reply cut mid-sentence stands (issue #7: the finding a cut stops on
    may be the answer). A finding stated stands, whatever follows it cut ("There is a large pneumothorax. The
    mediastinum is shifted to the"); so does the asked finding itself denied before the cut ("No pneumothorax. Lungs
    are clear and the", "No fracture is seen on this view of the"): the cut cannot change a committed answer. An
    absence or a normal organ inferred from other sentences does not ("The ventricles are normal in size. In the left
    parietal region there is a small focus of"), nor an organ called normal to "Is the liver normal?": the finding cut
    off may lie in it, nor its mirror to "Is the liver abnormal?"."""
    q = parse_question(question)
    asks_whole = q is not None and q.prop in WHOLE_STATE  # "Is the liver normal?": its yes is the organ free of findings
    if (answer in ("no", "否")) == asks_whole:
        return True
    if q is None or asks_whole or q.prop == "abnormal":
        return False  # "Is the liver abnormal?" to "The liver is normal. At the hilum there is an": the organ's state
    kept, dropped = region, 0
    # (the words a cut stops on are those of either check that found it cut: "The heart measures", "... is")
    while dropped < _CUT_WORDS and _stops_cut(kept) and len(parts := kept.rstrip().rsplit(None, 1)) == 2:
        kept, dropped = parts[0], dropped + 1  # "... on this view of the" to "... on this view"
    if dropped == 0 or _stops_cut(kept):
        return False
    if read_implicit(kept, question) == answer:  # the question's own words denied
        return True
    asked = parse_asked(question)  # the asked concept named in other words and denied ("no free intraperitoneal air")
    return asked is not None and asked.ask is Ask.PRESENCE and findings.read_finding(kept, question) == answer \
        and any(m.concept == asked.key for m in vocabulary().mentions(normalize(kept)))


def _stops_cut(region: str) -> bool:
    """Whether ``region`` stops on a cut word: the closed cut check reads both (``cut.dangling``, ``cut.unfinished``)."""
    return cut.dangling(region) or cut.unfinished(region) and not cut.cut_in_loop(region)


def _rivals(answer: str, sample: Sample) -> tuple[str, ...] | None:
    """The other options' texts of a choice (``retracted``: a second candidate must be one of them); ``None`` else."""
    if sample.answer_type is not AnswerType.CHOICE:
        return None
    return tuple(text for letter, text in (sample.options or {}).items() if letter != answer)


def _disagree(answer: str, loc: Located, sample: Sample, reader: Reader) -> bool:
    """Whether an earlier answer tag or box of the output reads as another answer ("<answer>A</answer><answer>C</answer>")."""
    for other in dict.fromkeys(loc.others):  # each text once: a repeated tag reads the same (thousands of them: 2 s)
        got = reader(replace(loc, answer=other, others=()), sample).answer
        if got is not None and got != answer and not same_verdict(got, answer):
            return True
    return False


def _withdrawn(answer: str, loc: Located, sample: Sample, reader: Reader) -> bool:
    """Whether a closing refusal of the asked question withdraws ``answer``: one after the wrapper the answer was read
    from, or one whose text before it states an answer (``extract/asked_refusal.py``; an open answer read whole holds
    the refusal too, so not the same one)."""
    if loc.marker is not None and loc.after.strip():  # "<answer>C</answer> However, I can't answer the question."
        return asked_refusal.withdrawn_at(loc.after, sample.question, sample.answer_type, answer) is not None
    at = asked_refusal.withdrawn_at(loc.answer, sample.question, sample.answer_type, answer)
    return bool(at) and reader(replace(loc, answer=loc.answer[:at].rstrip(), others=()), sample).answer is not None


_READERS: dict[AnswerType, Reader] = {
    AnswerType.CHOICE: choice_reader.read_choice_answer,
    AnswerType.CLOSED: closed_reader.read_closed,
    AnswerType.OPEN: open_reader.read_open,
    AnswerType.BOX: _box,
}


def extract(text: str, sample: Sample, server_reasoning: str | None = None,
            finish_reason: str | None = None) -> Extraction:
    """Answer, rule and reasoning of ``text`` for ``sample`` (see module docstring).

    ``server_reasoning`` is a server's separate ``reasoning_content``; it is
    merged into ``Extraction.reasoning`` ahead of any ``<think>`` text.
    ``finish_reason`` is the backend's; ``"length"`` (stopped at the token
    limit) makes the output ``truncated``, since its conclusion may be the
    part that was cut, unless the answer stands in a closed answer tag
    ("<answer>B</answer>" and then the cut): the model finished that answer.

    An argument of the wrong type (``text=None``, a dict for ``sample``, a sample whose options are a list) is an
    :class:`~medstep.arguments.InvalidArgument` naming it.
    """
    check_text("extract", "text", text)
    check_sample("extract", sample)
    check_text("extract", "server_reasoning", server_reasoning, optional=True)
    check_text("extract", "finish_reason", finish_reason, optional=True)
    loc = locate(text, server_reasoning)
    reasoning = reasoning_of(loc)
    if (finish_reason == "length" and not (loc.closed and loc.answer)) or (loc.open_think and loc.cut):
        return Extraction(answer=None, rule=Status.TRUNCATED.value, reasoning=reasoning)
    if loc.unfilled:  # "</think>\n<answer>" and nothing more: the output stopped before its answer
        return Extraction(answer=None, rule=Status.TRUNCATED.value, reasoning=reasoning)
    if loc.thought and not loc.answer:
        loc = replace(loc, answer=loc.thought)  # the decision stated only inside a closed <think>
    if loc.open_think or not loc.answer:
        return Extraction(answer=None, rule=Status.UNPARSED.value, reasoning=reasoning)
    turn = invented_turn.invented_turn(loc.answer, sample.question) if loc.marker is None else None
    if turn is not None:  # "yes\nQuestion: is the heart enlarged? Answer: no": the reply before the invented turn
        before = replace(loc, answer=loc.answer[:turn].rstrip())
        if _READERS[sample.answer_type](before, sample).answer is not None:
            loc = before  # only a committed answer before the turn is read from it; else the whole output, as written
    written = loc.answer  # as written, before a caveat or an earlier view is set aside: where the reply stops
    if sample.answer_type is not AnswerType.BOX:
        asked = " ".join((sample.question, *sample.options.values()))
        kept = other_question.without_other_refusals(loc.answer, asked, sample.answer_type is AnswerType.OPEN)
        if kept is not None:  # "No fracture. I can't comment on management.": a caveat on another question set aside
            loc = replace(loc, answer=kept)
        revised = earlier_view.set_aside(loc.answer)
        if revised is not None and not revised.strip():  # "I initially thought A, but that does not hold.": no answer
            return Extraction(answer=None, rule=Status.UNPARSED.value, reasoning=reasoning)
        if revised is not None:  # "I initially thought A, but on reflection it is B.": the revised view is read
            loc = replace(loc, answer=revised)
    reader = _READERS[sample.answer_type]
    reading = reader(loc, sample)
    if reading.status is Status.REFUSED and sample.answer_type is not AnswerType.BOX \
            and (again := scoped_refusal.reread(loc, sample, reader)) is not None:
        loc, reading = again  # "I cannot see any pneumothorax.", "Pneumothorax. I can't determine its size."
    if reading.answer is None and (again := disclaimers.reread(loc, sample, reading, reader)) is not None:
        loc, reading = again  # "I can't provide a definitive diagnosis, but there is a small pneumothorax."
    if reading.answer is not None and sample.answer_type is AnswerType.CLOSED \
            and scoped_refusal.blind_denial(loc.answer, reading.answer):
        reading = REFUSED  # "I don't see any pneumothorax - I don't have the ability to view images."
    if reading.answer is not None and loc.others and _disagree(reading.answer, loc, sample, reader):
        reading = AMBIGUOUS
    if (reading.answer is not None and reading.rule == FINAL_ANSWER_PHRASE
            and sample.answer_type is not AnswerType.BOX and headline.disagrees(reading.answer, loc, sample, reader)):
        reading = AMBIGUOUS  # "**Answer: A** ... Therefore, the correct answer is **D**." (extract/headline.py)
    if (reading.answer is not None and sample.answer_type in (AnswerType.CHOICE, AnswerType.CLOSED)
            and loc.marker is None and not loc.thought and not loc.others
            and retracted.retracted(loc.answer, reading.answer,
                                    lambda s: reader(replace(loc, answer=s, others=()), sample).answer,
                                    _rivals(reading.answer, sample))):
        reading = AMBIGUOUS  # "The answer is B ... so A. ... it's really hard to say." (extract/retracted.py)
    if reading.answer is not None and sample.answer_type is not AnswerType.BOX and _withdrawn(reading.answer, loc, sample, reader):
        reading = REFUSED  # "Pleural effusion. I can't determine its aetiology or nature from this image alone."
    if (reading.answer is not None and sample.answer_type is AnswerType.OPEN and loc.marker is None
            and reading.rule == "open_text" and not loc.thought
            and (unfinished.answer_in_cut(loc.answer, reading.answer)
                 or unfinished.whole_cut(written, reading.answer, sample))):
        # "... cotton-wool spots. There are also": the answer read from a sentence never finished; "... coarse
        # calcification that looks": a description read whole, cut before its conclusion
        reading = TRUNCATED
    if (reading.answer is not None and sample.answer_type is AnswerType.OPEN and loc.marker is None
            and reading.rule == "open_text" and open_no_finding.names_no_finding(loc.answer, sample.question)):
        reading = UNPARSED  # "Optic disc, macula and vessels are shown. Image quality: adequate.": no finding named
    if (reading.answer is not None and loc.marker is None and not loc.thought
            and (sample.answer_type is AnswerType.OPEN and reading.rule == "open_text"
                 or sample.answer_type is AnswerType.CLOSED
                 and (reading.rule.startswith("implicit_") or reading.rule == conclusion.RULE))
            and lesson.lesson_only(loc.answer, sample.question)):
        reading = UNPARSED  # "The left lung is one of the two lungs in the human body. ...": a lesson, no answer
    if (reading.answer is not None and sample.answer_type is AnswerType.CLOSED and loc.marker is None
            and not loc.thought and reading.rule.startswith("implicit_")
            and (cut.dangling(loc.answer) or cut.unfinished(loc.answer) and not cut.cut_in_loop(loc.answer))
            and not _cut_verdict_stands(reading.answer, loc.answer, sample.question)):
        reading = TRUNCATED  # "... normal in size. In the left parietal region there is a small focus of": a verdict
        # inferred from a description cut before its finding (``_cut_verdict_stands``)
    if (reading.status is Status.UNPARSED and loc.marker is None and not loc.thought
            and not open_span.code_loop(loc.answer)  # "addCriterion addCriterion ...": decoding garbage, not a cut
            and not open_span.stuttered(loc.answer)  # "the image image of the the chest": garbage, not a cut
            and (cut.looks_cut(loc.answer, sample) or cut.dangling(loc.answer) or cut.verbless_subject(loc.answer)
                 or cut.mid_word(loc.answer) or stopped_clause.stopped_mid_clause(loc.answer, sample.question)
                 or cut.unfinished(loc.answer) and not cut.echo_only(loc.answer, sample))):
        reading = TRUNCATED  # "... so the most appropriate next step would be", "La diagnosi più probabile è", "病灶位于"
    elif (reading.status is Status.AMBIGUOUS and sample.answer_type is AnswerType.CHOICE and loc.marker is None
          and not loc.thought and loc.answer.rstrip()[-1:].isalnum() and last_phrase(loc.answer) is None
          and cut.looks_cut(loc.answer, sample)):
        # "1. **Central location**: Both squamous cell and small cell carcinoma arise centrally. 2. **Cavitation**: The
        # mass shows a thick-walled cavity, which is": options weighed, then cut before any decision (issue #7); not
        # answer lines that disagree before the cut ("Answer: B … Answer: C … The lesion is a large"): those were given;
        # nor a closed structure (a JSON object in a fence giving "choice" twice ends on ``` and was given whole)
        reading = TRUNCATED
    if (reading.status in (Status.UNPARSED, Status.AMBIGUOUS) and loc.marker is None and not loc.thought
            and cut.mid_word(loc.answer)):
        reading = TRUNCATED  # "... A glioblastoma shows a thick rim with central necro": cut inside a word, undecided
    if reading.status is Status.TRUNCATED and loc.marker is None and open_span.stuttered(loc.answer):
        reading = UNPARSED  # "the image image of the the chest chest of of the": decoding garbage, no sentence cut
    if reading.answer is None and loc.marker is None:  # "It could be X or Y; I can't say which.": ambiguous, not refused
        reading = held_open.settle(reading, loc.answer, sample.answer_type)
    if reading.answer is None:
        return Extraction(answer=None, rule=reading.status.value, reasoning=reasoning)
    return Extraction(answer=reading.answer, rule=reading.rule, reasoning=reasoning)
