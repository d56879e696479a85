"""Closed answers (closedp13): precision of yes/no readings. A verdict or a finding that belongs to another
subject, side, time or sense of a word is no answer to the question asked."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(("question", "text", "expected"), [
    # an opening yes agreeing with a clause that denies, calls normal or gone another finding: no reading
    ("Is there a pneumothorax?", "Yes, the effusion has resolved.", None),
    ("Is there a pneumothorax?", "Yes, the pleural effusion has cleared.", None),
    ("Is the spleen enlarged?", "Yes, the liver is normal in size.", None),
    ("Is there an intracranial hemorrhage?", "Yes, there is no midline shift.", None),
    # ... or placing the yes on the side not asked
    ("Is there a right pleural effusion?", "Yes, on the left.", None),
    ("Is the left kidney enlarged?", "Yes, the right kidney is enlarged.", None),
    # the asked finding named, a negative question, or the asked side: still read
    ("Is there a pneumothorax?", "Yes, there is a right pneumothorax; the effusion has resolved.", "yes"),
    ("Is the chest X-ray normal?", "Yes, there is no effusion or pneumothorax.", "yes"),
    ("Is the cardiac silhouette normal?", "Yes, the heart is not enlarged.", "yes"),
    ("Is there a right pleural effusion?", "Yes, on the right, larger than the left.", "yes"),
    ("Is there a right pleural effusion?", "No, on the left.", "no"),
])
def test_an_opening_yes_given_to_another_subject(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # "clear" of discourse, or "clear of X" (a denial of X only), calls no organ normal
    ("Is the liver normal?", "It is clear that the liver is abnormal.", "no"),
    ("Is the bowel normal?", "What is clear is that the bowel is abnormal.", "no"),
    ("Is the lung normal?", "The lung is clear of nodules but shows fibrosis.", None),
    ("Is the colon clear?", "The colon is clear of stool but a mass is seen in the sigmoid.", None),
    ("Is there a nodule?", "The lungs are clear of nodules.", "no"),
    # the lungs called clear still are
    ("Are the lungs clear?", "The lungs are clear.", "yes"),
    ("Is the lung normal?", "The lungs are clear.", "yes"),
])
def test_clear_of_discourse_or_of_one_finding(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # an abnormal word before another noun is that noun's
    ("Is the aorta dilated?", "The aorta measures 3 cm, with a dilated left common iliac artery.", None),
    ("Is the heart enlarged?", "The heart lies beside an enlarged, tortuous aorta.", None),
    ("Is the liver enlarged?", "The liver abuts an enlarged gallbladder.", None),
    # ... and the asked organ's when it is that noun
    ("Is the heart enlarged?", "There is an enlarged heart.", "yes"),
    ("Is the spleen enlarged?", "There is a massively enlarged spleen.", "yes"),
    ("Is the aorta dilated?", "The aorta, dilated to 5 cm, is tortuous.", "yes"),
])
def test_an_abnormal_word_before_another_noun(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # an opening yes given to another finding, the asked one stated after it: the statement answers
    ("Is there cardiomegaly?", "Yes, there is a right pleural effusion. The heart is normal in size.", "no"),
    ("Is there a pneumothorax?", "Yes, a nasogastric tube is present. The lungs are fully expanded without a pneumothorax.",
     "no"),
    ("Is the spleen enlarged?", "Yes, the liver is enlarged. The spleen is normal in size.", "no"),
    # ... named without a readable statement: whose yes it is, no one can tell
    ("Is the liver enlarged?", "Yes, splenomegaly. The liver spans 15 cm.", None),
    # a yes that names a device only, to a question about a finding
    ("Is there cardiomegaly?", "Yes, the patient has a pacemaker.", None),
    ("Is there free air?", "Yes, surgical clips are noted.", None),
    # kept: the device asked, or a finding that is the asked one's sign
    ("Is there a chest tube?", "Yes, a chest tube is in place.", "yes"),
    ("Is there pneumonia?", "Yes, there is right lower lobe consolidation.", "yes"),
    ("Is there a pleural effusion?", "Yes, there is a pneumothorax; a small effusion is also seen.", "yes"),
])
def test_an_opening_yes_given_to_another_finding_then_the_asked_one(question: str, text: str,
                                                                    expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # almost none, said as a degree: how much is there?
    ("Is there a pleural effusion?", "There is hardly any effusion.", None),
    ("Is the heart enlarged?", "The heart is barely enlarged.", None),
    ("Is there free air?", "There is little to no free air.", None),
    # a finding at a named earlier time
    ("Is there a pneumothorax?", "A pneumothorax was seen on the study from last week.", None),
    ("Is the heart enlarged?", "Cardiomegaly was noted on the 2019 film.", None),
    ("Is there a fracture?", "A fracture was reported on the outside study.", None),
    # ... or compared with now, kept
    ("Is there a pleural effusion?", "There is a pleural effusion, new since yesterday.", "yes"),
    ("Is there ascites?", "There is a small amount of ascites.", "yes"),
])
def test_near_none_and_an_earlier_time(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # one thing set in place of another denies the other
    ("Is there a fracture?", "On balance I favour a nutrient canal rather than a fracture.", "no"),
    ("Is there a fracture?", "It is a nutrient canal instead of a fracture.", "no"),
    ("Is there a fracture?", "I favour a fracture rather than a nutrient canal.", "yes"),
    # a final answer revised after its phrase
    ("Is the mass enhancing?", "Answer: no enhancement? Actually yes; the mass enhances avidly after contrast.", "yes"),
    ("Is there a pneumothorax?", "Answer: yes. Wait — that line is a skin fold. No pneumothorax.", "no"),
    ("Is there a pneumothorax?", "Answer: yes. Wait — that line is a skin fold.", None),
    ("Is there a pneumothorax?", "Final answer: yes.", "yes"),
    # a negated question answered by "it" saying the property
    ("Is the heart not enlarged?", "No, it is not enlarged.", "yes"),
    ("Is the heart not enlarged?", "Yes, it is enlarged.", "no"),
    ("Is the liver not enlarged?", "No, it isn't enlarged.", None),
    ("Is the heart not enlarged?", "Yes, it is not enlarged.", "yes"),
])
def test_instead_of_a_revised_final_answer_and_a_pronoun_to_a_negated_question(question: str, text: str,
                                                                                expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # an age's "old" is no past finding
    ("Is the common bile duct dilated?", "CBD measures 4 mm in this 85-year-old.", "no"),
    ("Is the QT interval prolonged?", "QTc 520 ms in this 70-year-old man.", "yes"),
    ("Is there a fracture?", "Old healed fracture in this 40-year-old.", None),
    # the largest of many after a comma
    ("Are the lymph nodes pathologically enlarged?", "All nodes are subcentimetric, the largest 6 mm in short axis.",
     "no"),
    ("Are the lymph nodes pathologically enlarged?", "Multiple enlarged nodes, the largest 25 mm in short axis.", "yes"),
    ("Are the lymph nodes pathologically enlarged?", "Nodes, the largest 6 mm in long axis.", None),
])
def test_an_age_and_the_largest_of_many_measured(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # numeric fields of a JSON reply are measurements; a field saying otherwise leaves it open
    ("Is the QT interval prolonged?", '{"qtc_ms": 515}', "yes"),
    ("Is the common bile duct dilated?", '{"cbd_mm": 4}', "no"),
    ("Is the QT interval prolonged?", '{"qtc_ms": 515, "prolonged": false}', None),
    ("Is the QT interval prolonged?", '{"qtc": 515}', None),
    # a structure's adjective before a word of its size names it
    ("Is the mediastinum widened?", "Mediastinal width is 6 cm — normal.", "no"),
    ("Is the pancreas normal in size?", "The pancreatic duct measures 2 mm, normal.", None),
])
def test_json_measurements_and_a_structure_named_by_its_adjective(question: str, text: str,
                                                                  expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    # a concession that only changes the finding's size keeps it
    ("Is there a pneumothorax?", "The pneumothorax is still present, although smaller than before.", "yes"),
    ("Is there a pleural effusion?", "The left effusion persists but is smaller than previously.", "yes"),
    ("Is there a pneumothorax?", "No pneumothorax, although the effusion is smaller.", None),
])
def test_a_finding_still_there_though_smaller(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
