"""Closed answers given only by description (session 30, issue #7): the structural classes of the missed closed
replies that a general rule covers, each with the replies that must stay unanswered beside it.

* a reply written one sentence per side, read in the asked side's sentences (``extract/side_sections.py``), and a
  sided subject's property asked as that side's finding (``extract/concept_question.py``, ``side_ellipsis.py``);
* a property word that names its organ's finding ("cirrhotic", "aneurysmal"; ``extract/concept_question.py``);
* a measurement judged by a later sentence ("This is within normal limits."; ``extract/measured_gates.py``);
* enhancement said of a part of the lesion (``extract/antonym_pairs.py``, ``pole_context.py``), and a normal ECG after
  a sentence about its aspects (``extract/antonyms.py``);
* the patient a question is asked for as frame ("for this postmenopausal woman without bleeding";
  ``extract/implicit_words.py``), and a pronoun after a subject the vocabulary does not know (``extract/anaphor.py``).

The replies imitate GPT-4o, Claude, Gemini, Qwen-VL, LLaVA-Med, MedGemma and DeepSeek-R1 (``<think>``); all invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.concept_question import Ask, parse_asked
from medstep.extract.side_sections import asked_section
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


SIDES = [
    # the asked side's sentence answers; the other side's finding is another side's
    ("Is there a right pneumothorax?", "Small left apical pneumothorax; the right lung is fully expanded.", "no"),
    ("Is the left hemidiaphragm elevated?",
     "The right hemidiaphragm is elevated by about three rib spaces; the left is at normal height.", "no"),
    ("Is the right hemidiaphragm elevated?",
     "**Findings:** The left hemidiaphragm is elevated; the right is in normal position.", "no"),
    ("Is there an abnormality in the right lung?",
     "The right lung is clear. There is a consolidation in the left lower lobe.", "no"),
    ("Is the left ovary enlarged?",
     "The right ovary is enlarged (6 cm) with a haemorrhagic cyst; the left ovary measures 3 x 2 x 2 cm, normal.", "no"),
    ("Is there a left apical pneumothorax?", "No left pneumothorax. Small right apical pneumothorax.", "no"),
    ("Is there a right-sided pleural effusion?",
     "Blunting of the left costophrenic angle is seen. The right costophrenic angle is sharp.", "no"),
    ("Is the right hemidiaphragm elevated?",
     "<think>\nLeft dome sits high, right dome looks normal.\n</think>\n"
     "The left hemidiaphragm is elevated; the right is in normal position.", "no"),
    ("Is the right hemidiaphragm elevated?", "The right hemidiaphragm is elevated.", "yes"),
    ("Is the right kidney enlarged?", "Left kidney: 14 cm, enlarged.\nRight kidney: 10.5 cm, normal.", "no"),
    # must not answer: another finding on the asked side, a hedge, a question, a condition, a direction, the other
    # side only (a reader may not know: labelled sets split on it)
    ("Is there a left pneumothorax?", "Large right pneumothorax. Left chest drain in situ.", None),
    ("Is there a left pleural effusion?", "Right pleural effusion. A small left effusion may be present.", None),
    ("Is there a left pleural effusion?", "Right pleural effusion. A left effusion cannot be excluded.", None),
    ("Is there a left pleural effusion?",
     "Right pleural effusion. If there were a left effusion, the angle would be blunted.", None),
    ("Is there a right pneumothorax?", "Left pneumothorax; is the right lung fully expanded?", None),
    ("Is there a right pneumothorax?",
     "The right lung is fully expanded. The left pneumothorax has now extended to the right.", None),
    ("Is the left hemidiaphragm elevated?", "The right hemidiaphragm is elevated. The left kidney is normal.", None),
    ("Is the right hemidiaphragm elevated?", "The left hemidiaphragm is elevated.", None),
    ("Is there a left pleural effusion?", "Right pleural effusion. The left hemithorax shows a pneumothorax.", None),
    ("Is the right kidney hydronephrotic?",
     "Moderate left hydronephrosis. The right kidney may be mildly dilated too.", None),
    ("Is there a right pneumothorax?", "Right, let me look. There is a left pneumothorax.", None),
]


@pytest.mark.parametrize("question, text, expected", SIDES)
def test_one_sentence_per_side(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_side_part_is_the_asked_sides_sentences() -> None:
    assert asked_section("Left apical pneumothorax; the right lung is fully expanded.",
                         "Is there a right pneumothorax?") == "the right lung is fully expanded."
    # "the right" names the structure the other side's sentence named before it stands alone
    assert asked_section("The left hemidiaphragm is elevated; the right is in normal position.",
                         "Is the right hemidiaphragm elevated?") == "the right hemidiaphragm is in normal position."
    # which side a thing is on is the antonym reader's side pair: there the other side's sentence is the answer
    assert asked_section("The lesion is in the left breast. The right breast is dense.",
                         "Is the lesion in the right breast?") is None
    assert asked_section("Shift of the mediastinum to the right. Left pneumothorax.",
                         "Is there a left pneumothorax?") is None


FINDING_WORDS = [
    # the property word names the organ's own finding, the reply names the organ
    ("Is the liver cirrhotic?",
     "The liver has a shrunken right lobe and a nodular surface. These findings indicate cirrhosis.", "yes"),
    ("Is the liver cirrhotic on this MRI?",
     "The liver shows a nodular contour and caudate hypertrophy; the appearances are consistent with cirrhosis.", "yes"),
    ("Is the liver cirrhotic?",
     "Looking at the liver, the surface is nodular and the caudate lobe is enlarged relative to the right lobe. "
     "These findings indicate cirrhosis.", "yes"),
    ("Is the aorta aneurysmal?", "Appearances in keeping with aortic aneurysm.", "yes"),
    ("Is the liver cirrhotic?", "The liver is smooth in outline with no features of cirrhosis.", "no"),
    # must not answer: another organ, another device, another vessel, a hedge, a condition
    ("Is the liver cirrhotic?", "The spleen is cirrhotic.", None),
    ("Is the hip dislocated?", "The knee is dislocated.", None),
    ("Is the hip dislocated?", "The elbow joint is dislocated.", None),
    ("Is the endotracheal tube malpositioned?", "The nasogastric tube is malpositioned.", None),
    ("Is the aorta aneurysmal?", "There is an aneurysm of the splenic artery.", None),
    ("Is the liver cirrhotic?", "The liver has a nodular contour, suggesting cirrhosis.", None),
    ("Is the liver cirrhotic?", "Cirrhosis cannot be excluded on this study.", None),
    ("Is the liver cirrhotic?", "If the liver were cirrhotic, the contour would be nodular.", None),
]


@pytest.mark.parametrize("question, text, expected", FINDING_WORDS)
def test_property_word_naming_a_finding(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_property_word_asks_the_organs_finding() -> None:
    cirrhotic = parse_asked("Is the liver cirrhotic?")
    assert cirrhotic is not None and (cirrhotic.ask, cirrhotic.key, cirrhotic.organ) == (Ask.PRESENCE, "cirrhosis", "liver")
    aneurysmal = parse_asked("Is the aorta aneurysmal?")  # the aorta's own kind names its organ: no subject check
    assert aneurysmal is not None and (aneurysmal.key, aneurysmal.organ) == ("aortic_aneurysm", None)
    sided = parse_asked("Is the right hemidiaphragm elevated?")
    assert sided is not None and (sided.key, sided.side) == ("elevated_hemidiaphragm", "right")
    assert parse_asked("Is the endotracheal tube malpositioned?") is None  # a device: the antonym reader's


JUDGED = [
    # a measurement judged by a sentence of its own
    ("Is the cardiac silhouette enlarged?", "Cardiothoracic ratio ≈ 0.44.\n\nThis is within normal limits.", "no"),
    ("Is the QT interval prolonged?", "QTc 430 ms. This is within normal limits.", "no"),
    ("Is the QT interval prolonged?", "QTc 440 ms, within the normal range of up to 450 ms.", "no"),
    # must not answer: the words and the value disagree, a question, a hedge
    ("Is the cardiac silhouette enlarged?", "CTR 0.58. This is within normal limits.", None),
    ("Is the QT interval prolonged?", "QTc 470 ms. Is this within normal limits?", None),
    ("Is the QT interval prolonged?", "QTc 440 ms. This may be within normal limits.", None),
]


@pytest.mark.parametrize("question, text, expected", JUDGED)
def test_measurement_judged_after(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


POLES = [
    # enhancement said of a part is the lesion's
    ("Is the lesion enhancing?",
     "After gadolinium, the lesion shows thick irregular rim enhancement with a non-enhancing central component.", "yes"),
    ("Is the mass enhancing?",
     "The mass shows avid heterogeneous enhancement after contrast with a central non-enhancing necrotic core.", "yes"),
    # a normal ECG after a sentence of its aspects
    ("Is this a normal ECG?",
     "Sinus rhythm at 68 bpm, normal axis, normal intervals, no ST or T-wave changes. Normal ECG.", "yes"),
    ("Is this a normal ECG?",
     "## Thinking\nRate 80, sinus rhythm, normal axis, PR 150 ms, no ST changes.\n## Final Response\n"
     "This ECG is within normal limits.", "yes"),
    ("Is this a normal ECG?", "Normal axis, but the QT is not normal. Abnormal ECG.", "no"),
    # must not answer: the other pole asked (left as it was), a hedge, a condition, the past, another lesion, a
    # structure beside the lesion, a sentence on the subject taken back
    ("Is the lesion non-enhancing?", "The lesion shows rim enhancement with a non-enhancing centre.", None),
    ("Is the lesion enhancing?", "The lesion may show faint rim enhancement.", None),
    ("Is the lesion enhancing?", "If the lesion showed rim enhancement, an abscess would be likely.", None),
    ("Is the lesion enhancing?", "The lesion previously showed rim enhancement.", None),
    ("Is the lesion enhancing?", "The liver lesion shows rim enhancement; the renal lesion is non-enhancing.", None),
    ("Is the lesion enhancing?", "The lesion shows enhancement of the adjacent dura.", None),
    ("Is the lesion enhancing?", "Does the lesion show rim enhancement?", None),
    ("Is this a normal ECG?", "Rate 72, sinus rhythm, normal axis. The ECG may be normal.", None),
    ("Is this a normal ECG?", "There is ST elevation in V1-V4, which is not normal. Normal ECG otherwise.", None),
]


@pytest.mark.parametrize("question, text, expected", POLES)
def test_pole_of_a_part_and_of_an_aspect(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


FRAMES = [
    # the patient the question is asked for is no part of its term
    ("Is the endometrial thickness abnormal for this postmenopausal woman without bleeding?",
     "Endometrial stripe 3 mm. Normal.", "no"),
    ("Is the endometrium thickened in this 58-year-old postmenopausal woman with vaginal bleeding?",
     "The endometrial stripe measures 11 mm. For a postmenopausal woman with bleeding, a thickness above 4 mm is "
     "considered abnormal.", "yes"),
    # a pronoun after a subject of its own (known to the vocabulary or not) is not the asked subject's
    ("Is the heart enlarged?", "The transverse width is 17 cm on a PA film, so it is enlarged.", "yes"),
    ("Is the thyroid enlarged?", "The lobes measure 4.5 cm and the isthmus 3 mm, so it is not enlarged.", "no"),
    ("Is the spleen enlarged?", "The spleen length is 15 cm, so it is enlarged.", "yes"),
    ("Is the endometrium thickened?", "The fetal growth measures 20 cm. It is thickened.", None),
    ("Is the cardiothoracic ratio increased?", "The endometrial thickness measures 20 mm. It is increased.", None),
    ("Is the spleen enlarged?", "The liver span is 19 cm. It is enlarged.", None),
    ("Is the endometrial thickness abnormal for this postmenopausal woman?", "Stripe 3 mm. Normal? Hard to say.", None),
]


@pytest.mark.parametrize("question, text, expected", FRAMES)
def test_patient_frame_and_pronoun(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_table_size() -> None:
    tables = (SIDES, FINDING_WORDS, JUDGED, POLES, FRAMES)
    assert sum(len(t) for t in tables) >= 60
    assert sum(expected is None for t in tables for _q, _t, expected in t) >= 30
