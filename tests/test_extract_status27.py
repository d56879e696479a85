"""No-answer statuses of session 27 (issue #7), in sentences of our own.

* an open answer read out of the sentence the output never finished is ``truncated`` (``extract/unfinished.py``); a
  finished answer without its full stop, a terse answer, or an answer stated before the cut is kept;
* a few-shot continuation (an invented "Question: ... Answer: ..." turn) is cut; the answer before it stands
  (``extract/invented_turn.py``);
* a refusal after an open answer that declines another question is a caveat (``extract/other_question.py``);
* an open reply that weighs candidates and ends by deferring the choice is ``ambiguous`` (``extract/open_deferred.py``).
"""

from __future__ import annotations

import pytest

from support.readings import closed_word, open_pair

from medstep.extract import extract
from medstep.extract.unfinished import answer_in_cut, headless
from medstep.types import AnswerType, Sample, Status

_DX = "What is the most likely diagnosis?"


def _choice(text: str) -> str:
    options = {"A": "Sarcoidosis", "B": "Tuberculosis", "C": "Lymphoma", "D": "Silicosis"}
    got = extract(text, Sample(id="c", question="Which diagnosis fits best?", answer="A",
                               answer_type=AnswerType.CHOICE, options=options))
    return got.answer if got.answer is not None else got.status.value


# --- unfinished sentences -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The radiograph shows a lucent lesion in the distal femur with a wide zone of transition. There are also",
    "### Step 1: The sequence\nThis is an axial FLAIR image of the brain.\n\n### Step 2: The lesion\nThere is a "
    "periventricular",
    "Reviewing the film: the heart is not enlarged, the costophrenic angles are sharp, and along the left "
    "paratracheal stripe there is a lobulated",
    "There are bilateral",
    "The optic disc is swollen with blurred margins, and there are numerous",
    "The film shows hyperinflated lungs. There is an irregular",
])
def test_cut_inside_a_noun_phrase_is_truncated(text: str) -> None:
    assert open_pair(text, _DX) == (None, Status.TRUNCATED)


@pytest.mark.parametrize("text, question, answer", [
    ("Left kidney", "Which organ is abnormal?", "left kidney"),
    ("Bilateral", "Is the effusion on one side or both?", "bilateral"),
    ("It is bilateral", "Is the effusion on one side or both?", "bilateral"),
    ("Consistent with pneumonia", _DX, "pneumonia"),
    ("The liver. It measures 19 cm and its echotexture is coarse, and there are no focal", "Which organ is enlarged?",
     "liver"),
    ("Spiculated mass in the upper outer quadrant", "What is the abnormality?",
     "spiculated mass in upper outer quadrant"),
])
def test_finished_or_earlier_answer_is_kept(text: str, question: str, answer: str) -> None:
    got, status = open_pair(text, question)
    assert status is Status.SCORED and got is not None and answer in got


@pytest.mark.parametrize("text", [
    "Left kidney", "Bilateral", "B", "Yes", "It is cystic", "The lesion is malignant", "Findings are typical",
    "Carcinoma of sigmoid", "A) Axial", "**A — Reticular**", "Fracture of the clavicle with a displaced fragment",
    "The mass lies in the pituitary", "There is a pneumothorax", "There are no effusions", "Placed within the canal",
])
def test_finished_phrases_are_not_headless(text: str) -> None:
    assert not headless(text)


@pytest.mark.parametrize("text", [
    "There are also", "There is an intramedullary", "with associated fine pleomorphic", "There is a subtle",
    "The scan shows the", "The lesion is seen in the",
])
def test_unfinished_phrases(text: str) -> None:
    assert headless(text) or answer_in_cut(text, text)


def test_answer_from_earlier_sentence_is_not_in_the_cut() -> None:
    assert not answer_in_cut("The spleen. There are no focal", "spleen")


@pytest.mark.parametrize("text", [
    "B. The halo sign is typical, and the nodules are associated with",
    "Yes. The wall enhances poorly, and there is a large",
])
def test_a_stated_verdict_then_a_cut_keeps_choice_and_closed(text: str) -> None:
    if text.startswith("B"):
        assert _choice(text) == "B"
    else:
        assert closed_word("Is there bowel ischaemia?", text) == "yes"


def test_open_think_cut_mid_sentence_is_truncated() -> None:
    text = "<think>The opacity is in the right lower zone and the heart border is"
    assert open_pair(text, _DX) == (None, Status.TRUNCATED)


# --- invented follow-up turns ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, answer", [
    ("no\nQuestion: is the liver enlarged? Answer: yes", "no"),
    ("No. Question: is there a fracture? Answer: yes\nQuestion: is the aorta dilated? Answer: ", "no"),
    ("No, the lung is fully expanded.\nQ: Is the heart enlarged?\nA: Yes", "no"),
])
def test_invented_turn_after_a_closed_answer_is_cut(text: str, answer: str) -> None:
    assert closed_word("Is there a pneumothorax?", text) == answer


def test_invented_turn_after_an_open_answer_is_cut() -> None:
    got, status = open_pair("Ultrasound. Question: which organ is shown? Answer: kidney",
                            "Which imaging modality is this?")
    assert status is Status.SCORED and got == "ultrasound"


@pytest.mark.parametrize("text", [
    # the reply opens with the pair: its own answer format
    "Question: Is there a pneumothorax? Answer: yes",
    # a question posed in reasoning with no "Answer:" label after it is left alone
    "The pleural line is visible. Question: is there lung beyond it? No markings are seen, so yes.",
])
def test_own_format_and_rhetorical_questions_are_not_cut(text: str) -> None:
    assert closed_word("Is there a pneumothorax?", text) == "yes"


def test_invented_turn_re_asking_the_same_question_is_not_cut() -> None:
    from medstep.extract.invented_turn import invented_turn
    q = "Is there a pneumothorax?"
    assert invented_turn("yes\nQuestion: Is there a pneumothorax? Answer: no", q) is None
    assert invented_turn("yes\nQuestion: Is there an effusion? Answer: no", q) == 4


def test_invented_turn_inside_an_answer_tag_is_not_cut() -> None:
    text = "<answer>yes</answer>"
    assert closed_word("Is there a pneumothorax?", text) == "yes"


# --- refusal of another question after an open answer ---------------------------------------------------------------

@pytest.mark.parametrize("text, question, answer", [
    ("Cholelithiasis, with several shadowing stones in the gallbladder. The common duct is not shown, so I can't "
     "comment on the management of any obstruction.", "What is the finding in the gallbladder?", "cholelithiasis"),
    ("A displaced fracture of the distal radius. I cannot comment on treatment without an orthopaedic opinion.",
     "What is the abnormality?", "displaced fracture of distal radius"),
])
def test_refusal_of_another_question_is_a_caveat(text: str, question: str, answer: str) -> None:
    got, status = open_pair(text, question)
    assert status is Status.SCORED and got is not None and got.startswith(answer)


@pytest.mark.parametrize("text, question", [
    # the refusal declines the asked thing itself
    ("There is a rounded opacity in the right lower zone. I can't comment on the diagnosis from one view.", _DX),
    ("A mass in the kidney. I cannot determine the nature of the mass.", "What is the nature of the renal mass?"),
    ("This is an ultrasound of the abdomen. I can't comment on the liver texture.", "What is the abnormality?"),
    ("Cannot say. I can't comment on the margins.", _DX),
    ("Some opacity in the lung. I cannot say what it is.", _DX),
    ("A lesion in the liver. I can't comment on the lesion without contrast.", "What is the liver lesion?"),
])
def test_refusal_of_the_asked_question_stays_no_answer(text: str, question: str) -> None:
    got, status = open_pair(text, question)
    assert got is None, (got, status)


# --- candidates weighed, the choice put off -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The nodule sits behind the heart. It could be in the left lower lobe or the lingula. A lateral film is needed to "
    "say which.",
    "There is a lytic lesion in the iliac wing. It might be a plasmacytoma or a metastasis; tissue sampling would be "
    "required to distinguish between them.",
    "Arterial enhancement only. Without later phases the differential remains adenoma, FNH and a small HCC.",
    "The differential diagnosis remains between a meningioma and a schwannoma, given the dural contact and the canal "
    "widening.",
])
def test_choice_put_off_is_ambiguous(text: str) -> None:
    assert open_pair(text, _DX) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, answer", [
    # a committed lean outside the pair: the deferral is a recommendation after the answer
    ("Most likely a schwannoma. It could be a schwannoma or a meningioma, and an MRI is needed to say which for "
     "certain.", "schwannoma"),
    # a deferral with no candidates offered before it decides nothing either way about an answer already given
    ("Osteoid osteoma. A CT would be needed to localise the nidus.", "osteoid osteoma"),
    # "remains" with no list
    ("Pneumothorax. The differential remains small.", "pneumothorax"),
])
def test_committed_answer_with_deferral_is_kept(text: str, answer: str) -> None:
    got, status = open_pair(text, _DX)
    assert status is Status.SCORED and got is not None and answer in got


@pytest.mark.parametrize("text", [
    "Difficult case. I can't comment on the margins.",
    "Hard to be sure here. I cannot assess the enhancement pattern.",
    "The image is of poor quality. I can't comment on the lungs.",
])
def test_refusal_after_no_finding_stays_no_answer(text: str) -> None:
    got, status = open_pair(text, _DX)
    assert got is None, (got, status)


# --- a caveat on another question after a yes/no or choice verdict -------------------------------------------------

@pytest.mark.parametrize("text, answer", [
    ("No fracture is seen. I can't comment on management.", "no"),
    ("Yes, the angle is blunted by fluid. I cannot assess the cause of the fluid from one film.", "yes"),
    ("Yes.\nI can't comment on treatment options here.", "yes"),
])
def test_closed_verdict_then_caveat_on_other_question(text: str, answer: str) -> None:
    assert closed_word("Is there a fracture?" if "fracture" in text else "Is there a pleural effusion?", text) == answer


@pytest.mark.parametrize("text", [
    "I can't comment on management. There may be a fracture.",  # the refusal opens the reply
    "No obvious break. I can't exclude a fracture on this view.",  # it declines the asked finding
])
def test_closed_refusal_of_the_asked_question_stays(text: str) -> None:
    assert closed_word("Is there a fracture?", text) in ("refused", "ambiguous", "unparsed")


@pytest.mark.parametrize("text, asked", [
    ("Probably not. I can't say whether it is there.", "Is there a fracture?"),  # it points at the asked answer
    ("B looks right. I can't comment on lymphoma without a biopsy.", "Which fits? Sarcoidosis Lymphoma"),  # an option
    ("A mass. I can't comment on the mass.", "What is the mass?"),
    ("A mass. I can't comment.", _DX),  # nothing named after the verb
    ("A mass. I won't guess further.", _DX),  # no declining verb with an object
])
def test_refusal_not_set_aside(text: str, asked: str) -> None:
    from medstep.extract.other_question import without_other_refusals
    assert without_other_refusals(text, asked, open_answer=False) is None


def test_choice_verdict_then_caveat_keeps_layout() -> None:
    text = "B\nExplanation: the cavity has an air-fluid level.\n\nI can't comment on management."
    assert _choice(text) == "B"



@pytest.mark.parametrize("text, asked", [
    ("Let me look closely. It may be a flap or a pulsation artefact. I can't reliably say either way.",
     "Is there a dissection?"),
    ("The shape fits a cardiomyopathy (B). Without an echo I can't separate it, so I'd say either A or B.",
     "Which explains the enlarged heart? effusion cardiomyopathy"),
    ("A or B. I cannot tell them apart.", "Which fits?"),
    ("Probably a cyst. I can't tell the difference on one image.", _DX),
])
def test_refusal_of_the_choice_itself_is_not_set_aside(text: str, asked: str) -> None:
    from medstep.extract.other_question import without_other_refusals
    assert without_other_refusals(text, asked, open_answer=False) is None


@pytest.mark.parametrize("text", [
    "The cavity has a thick wall. Answer: B I can't comment on management.",
    "Answer: B — I am unable to assess the treatment here.",
])
def test_verdict_in_the_refusing_sentence_is_kept(text: str) -> None:
    assert _choice(text) == "B"


def test_refusing_clause_only_is_left_out() -> None:
    from medstep.extract.other_question import without_other_refusals
    got = without_other_refusals("Gallstones. The duct is hidden, so I can't comment on the surgical plan.",
                                 "What is the finding?", open_answer=True)
    assert got == "Gallstones. The duct is hidden."


@pytest.mark.parametrize("text, asked, open_answer, kept", [
    ("Present I can't comment on management.", "Is there a fracture?", False, "Present."),
    ("心影增大。 I can't comment on management.", "Is the heart enlarged?", False, "心影增大。"),
    ("Oblique fracture of the femur I can't comment on treatment.", _DX, True, "Oblique fracture of the femur."),
])
def test_refusing_clause_in_a_one_sentence_reply(text: str, asked: str, open_answer: bool, kept: str) -> None:
    from medstep.extract.other_question import without_other_refusals
    assert without_other_refusals(text, asked, open_answer) == kept


@pytest.mark.parametrize("text", [
    "Difficult case I can't comment on management.",  # nothing of the vocabulary before the refusal
    "I can't comment on management.",  # nothing before it
    "Possibly I can't comment on the fracture.",  # it names the asked finding
])
def test_one_sentence_refusal_not_set_aside(text: str) -> None:
    from medstep.extract.other_question import without_other_refusals
    assert without_other_refusals(text, "Is there a fracture?", open_answer=True) is None
