"""False decisions fixed in session 23 (precise23): an output that states an answer and then closes by saying it
cannot settle between readings ("I can't settle it.", "Hard to be sure either way.", "I'm torn.") ends undecided:
ambiguous, not the answer it stated first. Near misses keep their answer: "either way" meaning regardless, a torn
ligament, "I can't call that a pneumothorax", a doubt turned back ("Hard to call, but ..."). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.undecided import closing_undecided
from medstep.types import AnswerType, Sample

LOBES = {"A": "Right upper lobe", "B": "Right middle lobe", "C": "Left upper lobe", "D": "Left lower lobe"}
COLLAPSE = "Which lobe is collapsed?"


def _choice(text: str) -> str | None:
    return extract(text, Sample(id="p23", question=COLLAPSE, answer="A", answer_type=AnswerType.CHOICE,
                                options=LOBES)).answer


def _closed(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="p23", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("text", [
    "Final answer: C. The veil-like haze fits, but the sail behind the heart argues for D, and I really can't choose.",
    "The answer is D. Honestly I keep going back and forth between C and D.",
    "The answer is C. That said, I could just as easily argue for D; I honestly cannot decide between them.",
    "Answer: C\n\nActually, scrap that. I am not confident in any of the four.",
])
def test_a_stated_option_then_a_closing_indecision_is_ambiguous(text: str) -> None:
    assert _choice(text) is None


@pytest.mark.parametrize("text, letter", [
    ("The answer is D. The follow-up is a CT either way.", "D"),
    ("I was going back and forth between C and D, but the sail sign behind the heart settles it: D.", "D"),
    ("Answer: D. Hard to call at first glance, but the sail sign decides it.", "D"),
])
def test_regardless_or_a_doubt_turned_back_keeps_the_option(text: str, letter: str) -> None:
    assert _choice(text) == letter


@pytest.mark.parametrize("text, question", [
    ("Yes, the angle is blunted. No, actually that's pleural thickening. Hard to be sure either way.",
     "Is there a pleural effusion?"),
    ("Yes, it measures 9 mm. Although the wall may just be thick from peristalsis, so maybe not. I cannot call it.",
     "Is the appendix dilated?"),
    ("No free air under the diaphragm. Then again, that lucency over the liver might be a small pocket. Could go "
     "either way.", "Is there free air?"),
    ("Yes, a cortical step at the radial neck. Or that is just a nutrient canal. I'm torn.", "Is there a fracture?"),
])
def test_a_verdict_then_a_closing_indecision_is_ambiguous(text: str, question: str) -> None:
    assert _closed(text, question) == (None, "ambiguous")


@pytest.mark.parametrize("text, question, verdict", [
    ("Yes, the ligament is torn.", "Is the anterior cruciate ligament torn?", "yes"),
    ("Yes, the posterior horn of the medial meniscus is torn.", "Is the meniscus torn?", "yes"),
    ("Yes, there is a fracture of the fifth metatarsal. Either way, a boot is the treatment.", "Is there a fracture?",
     "yes"),
    ("Yes. I was torn at first, but the cortical break is clear.", "Is there a fracture?", "yes"),
    ("No. The pleural line I first suspected is a skin fold; I can't call that a pneumothorax.",
     "Is there a pneumothorax?", "no"),
])
def test_near_misses_keep_the_verdict(text: str, question: str, verdict: str) -> None:
    assert _closed(text, question)[0] == verdict


@pytest.mark.parametrize("text, undecided", [
    ("Yes. Hard to be sure either way.", True),
    ("B. It could go either way.", True),
    ("B. I remain torn between B and C.", True),
    ("B. Without the prior films it could be any of these.", True),
    ("B. The cause might well be one of the three.", True),
    ("B. All three can do this, so any of the above.", False),
    ("B. The treatment is the same either way.", False),
    ("B. Either way, the management is the same.", False),
    ("C. I cannot be certain without a CT.", False),
    ("B. I'm torn, so B.", False),
])
def test_closing_undecided_reads_the_last_sentence(text: str, undecided: bool) -> None:
    assert closing_undecided(text) is undecided


WRIST = {"A": "Scaphoid", "B": "Lunate", "C": "Hamate", "D": "Capitate"}


def _wrist(text: str) -> str | None:
    return extract(text, Sample(id="p23", question="Which carpal bone is fractured?", answer="A",
                                answer_type=AnswerType.CHOICE, options=WRIST)).answer


@pytest.mark.parametrize("text", [
    "Respond in the format 'The answer is (A)'.",
    "Respond in the format: The answer is (A).",
    "For example, the answer is B.",
    "My reply will follow this template: the answer is C.",
    "Template: Final answer: D",
])
def test_an_answer_set_as_the_format_or_an_example_is_no_answer(text: str) -> None:
    assert _wrist(text) is None


@pytest.mark.parametrize("text, letter", [
    ("The lucent line crosses the waist of the scaphoid. The answer is A.", "A"),
    ("The fracture is through the scaphoid waist, for example on the ulnar-deviated view. The answer is A.", "A"),
])
def test_an_answer_after_an_example_sentence_is_read(text: str, letter: str) -> None:
    assert _wrist(text) == letter


def _open(text: str, question: str) -> str | None:
    return extract(text, Sample(id="p23", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize("text, question", [
    ("Diagnosis: <diagnosis>", "What is the most likely diagnosis?"),
    ("Final diagnosis: {diagnosis}", "What is the most likely diagnosis?"),
    ("Diagnosis: <insert diagnosis>", "What is the most likely diagnosis?"),
    ("Answer format: Diagnosis: <name of disease>", "What is the most likely diagnosis?"),
    ("Findings: consolidation in the left lower lobe. Diagnosis: [diagnosis]", "What is the most likely diagnosis?"),
    ("Organ: [organ]", "Which organ is shown?"),
    ("The organ is <organ name>.", "Which organ is shown?"),
])
def test_a_template_slot_echoed_is_no_answer(text: str, question: str) -> None:
    assert _open(text, question) is None


@pytest.mark.parametrize("text, question, answer", [
    ("Diagnosis: [Community-acquired pneumonia]", "What is the most likely diagnosis?", "community acquired pneumonia"),
    ("Diagnosis: <pneumonia>", "What is the most likely diagnosis?", "pneumonia"),
    ("Organ: [liver]", "Which organ is shown?", "liver"),
])
def test_a_filled_slot_keeps_its_answer(text: str, question: str, answer: str) -> None:
    assert _open(text, question) == answer


KNEE = "Is there an effusion in the knee?"


@pytest.mark.parametrize("text, expected", [
    ("There is a normal amount of joint fluid.", (None, "unparsed")),
    ("Only a normal small volume of fluid in the suprapatellar recess.", (None, "unparsed")),
    ("Yes, fluid distends the suprapatellar recess. No, wait, that's the normal amount of joint fluid. Hmm.",
     (None, "ambiguous")),
    ("Yes, fluid distends the suprapatellar recess. No, wait, that's the normal amount of joint fluid.",
     ("no", "yes_no_lead")),
])
def test_a_normal_amount_of_fluid_states_no_effusion(text: str, expected: tuple[str | None, str]) -> None:
    assert _closed(text, KNEE) == expected


@pytest.mark.parametrize("text", [
    "There is more than the normal amount of joint fluid.",
    "There is a large amount of joint fluid.",
])
def test_more_than_a_normal_amount_is_still_the_effusion(text: str) -> None:
    assert _closed(text, KNEE)[0] == "yes"


NECK = {"A": "Epiglottitis", "B": "Croup", "C": "Retropharyngeal abscess", "D": "Foreign body aspiration"}


def _neck(text: str) -> str | None:
    return extract(text, Sample(id="p23", question="What is the most likely diagnosis?", answer="A",
                                answer_type=AnswerType.CHOICE, options=NECK)).answer


@pytest.mark.parametrize("text", [
    "The correct answer is retropharyngeal abscess. The airway narrowing below the cords fits croup too, so I'd go "
    "with B.",
    "Swollen prevertebral tissue. The answer is retropharyngeal abscess. Still, a radiopaque coin would mean foreign "
    "body aspiration, so I will pick D.",
])
def test_an_answer_stated_by_its_text_then_another_picked_is_ambiguous(text: str) -> None:
    assert _neck(text) is None


@pytest.mark.parametrize("text, letter", [
    ("The answer is croup. The subglottic narrowing settles it: B.", "B"),
    ("Epiglottitis is unlikely. The steeple sign suggests croup, so I would say B.", "B"),
    ("The answer is B. Wait, on reflection the prevertebral swelling makes it an abscess, so C.", "C"),
])
def test_one_answer_or_a_revised_one_is_read(text: str, letter: str) -> None:
    assert _neck(text) == letter


PELVIS = {"A": "Uterine fibroid", "B": "Adenomyosis", "C": "Endometrial polyp", "D": "Ovarian dermoid"}


@pytest.mark.parametrize("text, walks", [
    ("The image shows the pelvis. Uterine fibroids are benign tumours that appear as round dark masses on T2. "
     "Adenomyosis shows a widened junctional zone. Endometrial polyps arise from the lining and may prolapse. Ovarian "
     "dermoids contain fat and teeth.", True),
    ("Adenomyosis shows a widened junctional zone. Endometrial polyps arise from the lining. Ovarian dermoids contain "
     "fat and teeth.", True),
    # near misses: a conclusion after the walk, an option described in this image, a verdict line, two options named
    ("Adenomyosis shows a widened junctional zone. Endometrial polyps arise from the lining. Ovarian dermoids contain "
     "fat and teeth. The mass holds fat.", False),
    ("Adenomyosis shows a widened junctional zone. Endometrial polyps arise from the lining. Ovarian dermoids contain "
     "fat, as in this image.", False),
    ("Uterine fibroid (A): not present.\nAdenomyosis (B): present.\nEndometrial polyp (C): not present.", False),
    ("Adenomyosis shows a widened junctional zone. Endometrial polyps arise from the lining. Ovarian dermoids and "
     "adenomyosis can coexist.", False),
    ("Endometrial polyps arise from the lining. Ovarian dermoids contain fat and teeth.", False),
])
def test_options_described_in_turn_as_classes(text: str, walks: bool) -> None:
    from medstep.extract.mentions import option_index
    from medstep.extract.options_walk import walks_options
    assert walks_options(text, option_index(PELVIS)) is walks


RENAL = {"A": "Kidney stone", "B": "Renal cyst", "C": "Hydronephrosis", "D": "Normal"}


@pytest.mark.parametrize("text, letter", [
    ("The kidney looks normal. A stone is present in the kidney.", None),  # normal, and a finding stated
    ("The kidney is normal. No stone or cyst.", "D"),
    ("Normal.", "D"),
])
def test_the_normal_option_beside_a_stated_finding_is_ambiguous(text: str, letter: str | None) -> None:
    assert extract(text, Sample(id="p23", question="What is the abnormality?", answer="A",
                                answer_type=AnswerType.CHOICE, options=RENAL)).answer == letter


@pytest.mark.parametrize("text, answer", [
    ("The most likely diagnosis is a renal cell carcinoma or an oncocytoma.", None),
    ("The abnormality is an abscess or a necrotic tumour.", None),
    ("The most likely diagnosis is a renal cell carcinoma.", "renal cell carcinoma"),
    ("Answer: hydronephrosis with or without a stone.", "hydronephrosis with or without stone"),
])
def test_a_framed_answer_offering_two_is_ambiguous(text: str, answer: str | None) -> None:
    assert _open(text, "What is the most likely diagnosis?") == answer


@pytest.mark.parametrize("text, question, read", [
    ("The bowel is a long tubular organ of the digestive system. It is responsible for absorbing fluid.",
     "What is the abnormality in the bowel?", False),
    ("The lungs are paired organs of the chest. They are responsible for gas exchange.",
     "What is the abnormality in the lungs?", False),
    ("The bowel is a long tubular organ of the digestive system. It contains fluid.",
     "What is the abnormality in the bowel?", True),  # a finding's word, not a role: read as before
    ("The lungs are paired organs of the chest. They are responsible for the pneumothorax seen here.",
     "What is the abnormality in the lungs?", True),
])
def test_an_organ_defined_then_its_role_says_nothing(text: str, question: str, read: bool) -> None:
    assert (_open(text, question) is not None) is read


CAVITY = {"A": "Tuberculosis", "B": "Squamous cell carcinoma", "C": "Lung abscess", "D": "Any of the above"}


@pytest.mark.parametrize("text, letter", [
    ("A cavity with a thick wall can come from squamous cell carcinoma, tuberculosis or an abscess. Without sputum "
     "results it could be any of these.", None),
    ("Each of the three can cavitate, so any of the above.", "D"),
])
def test_could_be_any_of_these_keeps_all_open(text: str, letter: str | None) -> None:
    assert extract(text, Sample(id="p23", question="What is the most likely cause of the cavity?", answer="A",
                                answer_type=AnswerType.CHOICE, options=CAVITY)).answer == letter


@pytest.mark.parametrize("text, answer", [
    ('Format your reply like "Diagnosis: pneumonia".', None),
    ("Please answer with a single diagnosis.", None),
    ("Use the format: Diagnosis: X.", None),
    ("Pneumonia. Answer with caution, as the image is limited.", "pneumonia"),
    ("Answer: pneumonia", "pneumonia"),
])
def test_instructions_echoed_are_no_answer(text: str, answer: str | None) -> None:
    assert _open(text, "What is the most likely diagnosis?") == answer


@pytest.mark.parametrize("text, expected", [
    ("There is a large", (None, "truncated")),
    ("The bladder shows a moderate", (None, "truncated")),
    ("The abnormality is mild.", ("mild", "open_text")),
    ("The lesion is on the right", ("right", "open_text")),
])
def test_an_output_ending_on_an_article_and_a_degree_word_was_cut(text: str, expected: tuple[str | None, str]) -> None:
    got = extract(text, Sample(id="p23", question="What is the abnormality in the bladder?", answer="none",
                               answer_type=AnswerType.OPEN))
    assert (got.answer, got.rule) == expected
