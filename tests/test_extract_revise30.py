"""A reply that states an earlier view and then a revised one reads the revised one (issue #7,
``extract/earlier_view.py``): "I initially thought A, but on reflection it is B." -> B. A revision that gives nothing
new reads no answer (never the earlier view), one that goes back reads the view it goes back to, one that only hedges
reads no single letter; replies without such a turn read as before."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.earlier_view import set_aside
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

_OPTIONS = {"A": "Pneumonia", "B": "Pneumothorax", "C": "Pleural effusion", "D": "Normal"}
_QUESTION = "What is the main finding on this chest X-ray?"


def _choice(text: str, question: str = _QUESTION) -> str | None:
    sample = Sample(id="r30", question=question, answer="B", answer_type=AnswerType.CHOICE, options=_OPTIONS)
    return extract(text, sample).answer


# (id, reply, the letter it must read; None: no answer)
_REVISED = [
    ("issue_reflection", "I initially thought A, but on reflection it is B.", "B"),
    ("issue_text_first", "I initially thought pneumonia, but on reflection the answer is B.", "B"),
    ("issue_semicolon", "My first impression was A; on closer inspection, however, B fits better.", "B"),
    ("issue_leaned", "At first I leaned towards A, but the sharp pleural line makes B the answer.", "B"),
    ("issue_revise_to", "Initially A seemed plausible. Re-examining the image, I would revise my answer to C.", "C"),
    ("issue_going_to_say", "I was going to say A, but actually it's B.", "B"),
    ("issue_question_no", "A? No - looking again, B.", "B"),
    ("issue_r1_think",
     "<think>\nOkay, the image shows an opacity at the right base. That suggests pneumonia, so A. Wait, I need to "
     "reconsider. There is a visible pleural line and no lung markings beyond it. That's a pneumothorax. So the answer "
     "is B.\n</think>\n\nThe answer is B.", "B"),
    ("issue_r1_only_think",
     "<think>So A. Wait, I need to reconsider. The pleural line is sharp, with no markings beyond it. So the answer is "
     "B.</think>", "B"),
    ("issue_strikethrough", "~~A~~ **B**", "B"),
    ("strikethrough_text", "~~A. Pneumonia~~ **B. Pneumothorax**", "B"),
    ("next_sentence_however", "At first, I thought the answer was A. However, on closer inspection, it is B.", "B"),
    ("reflection_contracted", "I initially thought A, but on reflection it's B.", "B"),
    ("reflection_semicolon", "I initially thought A; on reflection it is B.", "B"),
    ("reflection_next_sentence", "I initially thought A. On reflection, it is B.", "B"),
    ("hmm_question_no", "Hmm, A? No, looking again, it's B.", "B"),
    ("first_thought_it_was", "I first thought it was A, but it is actually B.", "B"),
    ("originally_picked", "Originally I picked A. On reflection, I'd go with B.", "B"),
    ("leaning_make_it", "I was leaning towards A, but the absent lung markings make it B.", "B"),
    ("initially_seemed_right", "Initially A seemed right, but on reflection it is C.", "C"),
    ("gemini_labels", "**Initial impression:** Pneumonia (A)\n**Revised answer:** B", "B"),
    ("claude_instinct",
     "My first instinct was A, given the opacity at the base. But the sharp pleural line and absent markings beyond it "
     "change that: on reflection it is B.", "B"),
    ("initially_considered_option",
     "Initially I considered option A given the opacity; however, on closer look it is B.", "B"),
    ("inclined_to_choose", "I was initially inclined to choose A. Looking again, the answer is B.", "B"),
    ("first_impression_label", "First impression: A. On closer inspection: B.", "B"),
    ("came_to_mind", "Option A came to mind first, but on second thought it is C.", "C"),
    ("gpt4o_answer_first",
     "**Answer: B. Pneumothorax**\n\nInitially, the opacity at the right base might suggest pneumonia (A), but the "
     "visceral pleural line at the apex with no lung markings beyond it confirms a pneumothorax.", "B"),
    ("claude_looking_again",
     "I'll work through this. My first impression was pneumonia (A) given the right basal opacity. However, looking "
     "again at the apex, there's a sharp visceral pleural line with absent markings beyond it - this is a "
     "pneumothorax.\n\n**Answer: B**", "B"),
    ("gemini_bullets",
     "**Analysis:**\n* At first glance, the increased density suggests consolidation (A).\n* On closer inspection, a "
     "pleural line is visible.\n\n**Conclusion:** The correct answer is **B**.", "B"),
    ("qwen_makes_it", "At first I thought it was A, but the pleural line makes it B.", "B"),
    ("llava_text_only", "Initially the image may look like pneumonia, but it is actually a pneumothorax.", "B"),
    ("medgemma_re_review",
     "Initial impression: right lower lobe pneumonia (A).\nOn re-review: visceral pleural line, no markings beyond - "
     "pneumothorax (B).\nFinal answer: B", "B"),
    ("r1_hmm_wait",
     "<think>\nLet me look at this. The opacity is basal. I initially think A. Hmm, wait. The pleural line is sharp "
     "and there are no markings beyond it. That means B.\n</think>\n\n**B. Pneumothorax**", "B"),
    ("r1_id_pick", "<think>Initially I'd pick A. Wait, I need to reconsider. The lung markings stop at a sharp line. So "
     "the answer is B.</think>", "B"),
    ("several_views", "At first I thought A. Then I thought C. But on reflection it is B.", "B"),
    ("denied_then_answer", "I initially thought A; on reflection, that is wrong. The answer is C.", "C"),
    ("i_was_wrong", "My initial answer was A, but I was wrong: it is B.", "B"),
    ("originally_chose", "Originally I chose C. Actually, B is correct.", "B"),
    ("dash_second_thought", "I was going to say C — on second thought, B.", "B"),
    ("first_sight", "At first sight this is A; looking again, it is D.", "D"),
    ("glance_text_actually", "At first glance, it looks like a pleural effusion, but it is actually pneumonia.", "A"),
    ("no_comma_then_answer", "I initially thought A, but no, it is B.", "B"),
]

# Revisions that give nothing new: no answer, never the earlier view.
_NOTHING_NEW = [
    ("issue_does_not_hold", "I initially thought A, but on reflection that does not hold.", None),
    ("not_sure_now", "At first I leaned towards A, but now I am not sure.", None),
    ("cannot_tell", "I initially thought A, but on reflection I cannot tell from this image.", None),
    ("not_sure_anymore", "I was going to say A, but I'm not sure anymore.", None),
    ("not_right_either", "My first impression was A, but on closer inspection that is not right either.", None),
    ("view_only", "I initially thought A.", None),
]

# Revisions that go back to the first view: they read it.
_GOES_BACK = [
    ("issue_stay_with", "I considered B, but I'll stay with A.", "A"),
    ("then_considered", "I initially thought A, then considered B, but on reflection A is correct.", "A"),
    ("crossed_mind", "B crossed my mind, but on reflection it is A.", "A"),
    ("stick_with", "I was tempted by B, but I'll stick with A.", "A"),
    ("indeed_same", "I initially thought A and, on closer inspection, it is indeed A.", "A"),
    ("could_it_be", "My first impression was A. Wait, could it be B? No - the opacity is lobar with air bronchograms, "
     "so it is A.", "A"),
    ("tempted_to_say", "I was tempted to say B, but on reflection A is right.", "A"),
    ("at_first_considered", "At first I considered B, but I'll stay with A.", "A"),
]

# Hedged revisions: ambiguous or unparsed, never a single letter.
_HEDGED = [
    ("issue_might_also", "Initially A, but it might also be B.", None),
    ("thought_might_also", "I initially thought A, but it might also be B.", None),
    ("could_be_b_or_c", "My first impression was A, but on reflection it could be B or C.", None),
    ("also_possible", "At first I thought A, but B is also possible.", None),
    ("possibly_b", "I initially thought A, but on reflection it is possibly B.", None),
    ("honestly_a_or_b", "My first thought was A, but honestly it could be A or B.", None),
    ("torn", "I initially thought A, but now I'm torn between A and B.", None),
]

# Replies without an earlier view revised: read as before.
_UNCHANGED = [
    ("plain_answer", "The answer is B.", "B"),
    ("glance_then_answer", "At first glance the film looks normal, but there is a thin pleural line at the apex. "
     "Answer: B", "B"),
    ("first_impression_present", "My first impression is A.", "A"),
    ("initial_impression_label", "Initial impression: pneumothorax (B).", "B"),
    ("answer_then_revision", "The answer is B. Wait, actually, looking again at the angle, it is C.", None),
    ("answer_then_bare_revision", "The answer is B. Wait, C.", None),
    ("tempting", "A is tempting, but the answer is B.", "B"),
    ("answer_then_glance", "Pneumothorax (B). At first glance the film might look normal, but the apical pleural "
     "line is clear.", "B"),
    ("answer_then_denied_view", "The answer is C. I originally considered A, but that is not supported by the image.",
     "C"),
    ("explanation_glance", "Answer: B\nExplanation: At first glance, the opacity could be pneumonia; however, the "
     "pleural line indicates a pneumothorax.", "B"),
    ("first_impression_remains", "My first impression is A, and it remains my answer.", "A"),
    ("initially_no_view", "Initially, the lungs are clear. The answer is D.", "D"),
    ("restated_word", "B, no wait, C.", "C"),
]


@pytest.mark.parametrize(("cid", "text", "want"), _REVISED + _NOTHING_NEW + _GOES_BACK + _HEDGED + _UNCHANGED,
                         ids=[c[0] for c in _REVISED + _NOTHING_NEW + _GOES_BACK + _HEDGED + _UNCHANGED])
def test_choice_reads_the_revised_view(cid: str, text: str, want: str | None) -> None:
    assert _choice(text) == want, cid


def test_exception_question_reads_the_revised_view() -> None:
    question = "Which of the following is NOT seen on this chest X-ray?"
    assert _choice("I initially thought A was absent, but on reflection it is C.", question) == "C"


# (id, question, reply, the verdict it must read; None: no answer)
_CLOSED = [
    ("issue_closed", "Is there a pneumothorax?",
     "At first I thought there was a pneumothorax, but on closer inspection there isn't.", "no"),
    ("closed_no_then_named", "Is there a pneumothorax?",
     "At first I thought there was no pneumothorax, but on closer inspection there is a small apical pneumothorax.",
     "yes"),
    ("closed_no_then_sign", "Is there a pneumothorax?",
     "At first I thought there was no pneumothorax, but on closer inspection there is a thin apical pleural line.", None),
    ("closed_verdicts", "Is there a pneumothorax?", "Initially I thought yes, but on reflection, no.", "no"),
    ("closed_does_not_hold", "Is there a pneumothorax?",
     "I initially thought there was a pneumothorax, but on reflection that does not hold.", None),
    ("closed_glance_final", "Is there a pneumothorax?",
     "At first glance I'd say no, but on closer inspection there is a small apical pneumothorax. Yes.", "yes"),
    ("closed_looking_again", "Is there a pneumothorax?",
     "My first impression was no pneumothorax; looking again, there is a thin apical pneumothorax.", "yes"),
    ("closed_going_to_say", "Is there a pneumothorax?",
     "I was going to say yes, but actually there is no pneumothorax.", "no"),
    ("closed_skin_fold", "Is there a pneumothorax?",
     "No pneumothorax. At first glance the apex looked suspicious, but it is a skin fold.", "no"),
    ("closed_unsure_then_sure", "Is there a pneumothorax?",
     "Yes. Initially I was unsure, but the pleural line is clear.", "yes"),
    ("closed_glance_then_sign", "Is there a pneumothorax?",
     "At first glance there's no pneumothorax, but a subtle pleural line runs along the right apex.", None),
    ("closed_suspected_then_denied", "Is there a pneumothorax?",
     "At first glance I suspected a pneumothorax, but no pneumothorax is present.", "no"),
    ("closed_skin_fold_only", "Is there a pneumothorax?",
     "Initially I thought there was a small pneumothorax, but it is just a skin fold.", None),
    ("closed_plain_yes", "Is there a pneumothorax?", "Yes, there is a pneumothorax.", "yes"),
    ("closed_glance_no", "Is there a pneumothorax?", "At first glance there is no pneumothorax.", "no"),
]


@pytest.mark.parametrize(("cid", "question", "text", "want"), _CLOSED, ids=[c[0] for c in _CLOSED])
def test_closed_reads_the_revised_view(cid: str, question: str, text: str, want: str | None) -> None:
    sample = Sample(id="r30", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    assert extract(text, sample).answer == want, cid


# (id, reply, the answer it must read)
_OPEN = [
    ("issue_open", "My initial impression was pneumonia; on reflection, this is more likely a pulmonary infarct.",
     "pulmonary infarct"),
    ("open_but", "I initially thought pneumonia, but on reflection it is a pulmonary infarct.", "pulmonary infarct"),
    ("open_next_sentence", "At first I considered pneumonia. On closer inspection, this is a pulmonary infarct.",
     "pulmonary infarct"),
    ("open_cue_sentence", "Pneumonia. Actually, wait - on reflection this is a pulmonary infarct.", "pulmonary infarct"),
    ("open_glance", "At first glance it looks like a pneumothorax, but it is a skin fold.", "skin fold"),
    ("open_actually", "My first thought was the left lower lobe, but actually it is the lingula.", "lingula"),
    ("open_plain", "Pulmonary infarct.", "pulmonary infarct"),
]


@pytest.mark.parametrize(("cid", "text", "want"), _OPEN, ids=[c[0] for c in _OPEN])
def test_open_reads_the_revised_view(cid: str, text: str, want: str) -> None:
    sample = Sample(id="r30", question="What is the diagnosis?", answer=want, answer_type=AnswerType.OPEN)
    assert extract(text, sample).answer == want, cid


# What the reader is given: the view and the turn's words taken out, the rest as written.
_SET_ASIDE = [
    ("I initially thought A, but on reflection it is B.", "It is B."),
    ("x. My first impression was A; on closer inspection, however, B fits better.", "x. B fits better."),
    ("It is a feature of IBD, so at first glance A comes to mind. However, A spares the serosa.",
     "It is a feature of IBD. A spares the serosa."),
    ("The answer is D. I initially thought A, but on reflection that does not hold.", "The answer is D. "),
    ("I initially thought A, but that is not right: it is B.", "That is not right: it is B."),
    ("**Initial impression:** A\n**Revised answer:** B", "**Revised answer:** B"),
    ("At first glance I suspected a pneumothorax, but no pneumothorax is present.", "No pneumothorax is present."),
    ("Tuberculosis — that was my initial impression, but the wall is thin.", "The wall is thin."),
    ("My first impression is A.", None),
    ("Initially the effusion was small, but it has grown.", None),
    ("At first glance there is no pneumothorax, though the apex is obscured.", None),
    ("At first glance the left lung is clear, whereas the right lung shows consolidation.", None),
    ("My first impression was A, and on closer inspection this is confirmed.", None),
    ("I initially thought A, but on reflection.", None),
    ("The nodule was originally described as benign.", None),
]


@pytest.mark.parametrize(("text", "want"), _SET_ASIDE)
def test_set_aside(text: str, want: str | None) -> None:
    assert set_aside(text) == want


@pytest.mark.parametrize("text", [rep("initially ", 20000), rep("I initially thought A, but ", 5000),
                                  rep(", , ,", 20000, "My first impression was A", " but wait"),
                                  rep(" wait,", 20000, "I initially thought A, but", " B"),
                                  rep(".", 50000, "Initially ")])
def test_degenerate_input_stays_fast(text: Grown[str]) -> None:
    reads_linearly(set_aside, text)
