"""Open answers a careful grader calls the gold written otherwise (session 25): a count carried by a word ("twins"),
a study and its technique ("angiogram" / "angiography"), an abbreviation by the first letters of three words or more
("SFA"), "magnetic resonance" for MRI, a part of the organ or bone the gold names ("neck of the femur" to "Which bone
is fractured?"), a lobe within the side the question names, and word-form rows ("dilated" / "dilatation"). Each with
the cases that must stay apart: another side, another lobe, another count, another letter, a two-letter abbreviation
(score/open_grade.py, score/open_counts.py, score/open_forms.py, score/open_narrow.py)."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import MatchStep, grade_open, match_step


@pytest.mark.parametrize("answer, gold, question", [
    ("Twins.", "2", "How many fetuses are present?"),
    ("triplets", "3", "How many gestational sacs can be counted?"),
    ("A single smooth round calculus", "1", "How many stones are visible in the kidney?"),
    ("solitary nodule", "1", "How many nodules are there?"),
    ("twin pregnancy", "2", "How many embryos are seen?"),
])
def test_a_word_carrying_a_count_is_that_count(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("twins", "3", "How many fetuses are present?"),  # another count
    ("single", "2", "How many stones are visible?"),
    ("twins, possibly triplets", "2", "How many fetuses are present?"),  # the count held open
    ("twins", "2", "What is seen in the uterus?"),  # no count asked
    ("single chamber pacemaker and 2 leads", "1", "How many leads are seen?"),  # a second count
])
def test_a_count_word_never_stands_for_another_count(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


def test_a_lone_count_word_is_the_number_and_a_described_one_is_contained() -> None:
    assert match_step("twins", "2", "How many fetuses are present?") is MatchStep.NUMBER
    assert match_step("single large stone", "1", "How many stones?") is MatchStep.CONTAINED


@pytest.mark.parametrize("answer, gold", [
    ("angiogram", "angiography"), ("Sonography", "sonogram"), ("cholangiographic", "cholangiogram"),
    ("mammograms", "mammography"), ("radiograph", "radiography"),
])
def test_a_study_and_its_technique_are_one_word(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "Which imaging study is this?") is MatchStep.FORMS


@pytest.mark.parametrize("answer, gold", [
    ("electrocardiogram", "echocardiography"), ("angiogram", "venography"), ("program", "programming"),
])
def test_another_study_is_no_form(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, "Which imaging study is this?").matched


@pytest.mark.parametrize("answer, gold, question", [
    ("SFA", "superficial femoral artery", "Which artery is narrowed?"),
    ("the common bile duct", "CBD", "Which duct is dilated?"),
    ("right ICA", "right internal carotid artery", "Which vessel is stenosed?"),
    ("magnetic resonance", "MRI", "Which modality was used?"),
])
def test_an_abbreviation_by_first_letters_or_the_imaging_left_unsaid(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.SYNONYM


@pytest.mark.parametrize("answer, gold, question", [
    ("left ICA", "right internal carotid artery", "Which vessel is stenosed?"),  # another side
    ("SMA", "superficial femoral artery", "Which artery is narrowed?"),  # another letter
    ("ms", "mitral stenosis", "What is the diagnosis?"),  # two letters: no reading of its own
    ("PE", "pleural effusion", "What is the finding?"),
    ("magnetic resonance angiography", "MRI", "Which modality was used?"),  # the full name of another
])
def test_another_abbreviation_or_side_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("neck of the femur", "femur", "Which bone is broken?"),
    ("third metacarpal shaft", "third metacarpal", "Which bone is fractured?"),
    ("the tail of the pancreas", "pancreas", "Which organ holds the cyst?"),
    ("fracture at the base of the second metatarsal", "second metatarsal", "Which bone is fractured?"),
])
def test_a_part_of_the_gold_organ_or_bone_narrows_it(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.NARROWER


@pytest.mark.parametrize("answer, gold, question", [
    ("base of the fourth metatarsal", "fifth metatarsal", "Which bone is fractured?"),  # another bone
    ("neck of the femur", "tibia", "Which bone is broken?"),
    ("head", "pancreas", "Which organ holds the cyst?"),  # the part alone
    ("pneumothorax base", "pneumothorax", "What is the finding?"),  # no organ or bone
])
def test_a_part_of_another_bone_or_a_part_alone_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("nodule in the left lower lobe", "nodule", "What lesion is present in the left lung?"),
    ("right upper lobe consolidation", "consolidation", "What is seen in the right lung?"),
])
def test_a_lobe_within_the_side_the_question_names_narrows(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.NARROWER


@pytest.mark.parametrize("answer, gold, question", [
    ("right upper lobe nodule", "nodule", "What lesion is present in the left lung?"),  # the other side
    ("upper lobe nodule", "nodule", "What lesion is present in the left lower lobe?"),  # another lobe
    ("lung", "right upper lobe", "Where is the nodule?"),  # broader than the gold
])
def test_another_side_another_lobe_or_a_broader_place_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("dilation", "dilatation", "What is wrong with the duct?"),
    ("left adnexal", "left adnexa", "Where is the mass?"),
])
def test_word_form_rows(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold", [
    ("No abnormality is seen; the chest appears normal.", "normal"),
    ("No acute intrathoracic process.", "normal"),
    ("Unremarkable study", "normal"),
    ("clear", "normal"),
])
def test_a_normal_study_in_other_words_is_normal(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "What is the main finding?") is MatchStep.SYNONYM


@pytest.mark.parametrize("answer, gold", [
    ("no pneumothorax", "normal"),  # a denial of one finding
    ("probably normal", "normal"),  # a doubt
    ("normal heart, small pleural effusion", "normal"),  # a finding beside it
    ("clear cell carcinoma", "normal"),
    ("normal", "pneumothorax"),
    ("no acute cardiopulmonary process", "no pneumothorax"),  # the gold is no normal statement
])
def test_a_finding_a_doubt_or_a_single_denial_is_not_normal(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, "What is the main finding?").matched


@pytest.mark.parametrize("answer, gold", [
    ("Whirlpool sign indicating midgut volvulus", "whirlpool sign"),
    ("the string sign of Crohn disease", "string sign"),
    ("bird's beak sign seen in achalasia", "bird's beak sign"),
])
def test_a_sign_with_what_it_shows_is_that_sign(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "Which sign is shown?") is MatchStep.CONTAINED


@pytest.mark.parametrize("answer, gold", [
    ("whirlpool sign or target sign", "whirlpool sign"),  # a second sign offered
    ("target sign of intussusception", "whirlpool sign"),  # another sign
    ("whirlpool sign not seen", "whirlpool sign"),  # a denial
    ("whirlpool sign possibly from volvulus", "whirlpool sign"),  # a doubt
    ("whirlpool sign of a volvulus of the midgut with the mesenteric vessels twisted round", "whirlpool sign"),  # long
])
def test_another_sign_a_denial_or_a_long_reply_is_no_match(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, "Which sign is shown?").matched


@pytest.mark.parametrize("answer, gold, question", [
    ("ETT tip 5 cm above the carina", "5 cm above the carina", "Where is the tip of the endotracheal tube?"),
    ("left hemidiaphragm is raised", "left", "Which side of the diaphragm is raised?"),
    ("the spleen contains several infarcts", "infarcts", "What is seen in the spleen?"),
])
def test_the_question_repeated_in_short_or_by_its_half(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("ETT tip 7 cm above the carina", "5 cm above the carina", "Where is the tip of the endotracheal tube?"),
    ("NGT tip 5 cm above the carina", "5 cm above the carina", "Where is the tip of the endotracheal tube?"),
    ("right hemidiaphragm is raised", "left", "Which side of the diaphragm is raised?"),
    ("left hemithorax is raised", "left", "Which side of the diaphragm is raised?"),  # another half
    ("the spleen contains a cyst", "infarcts", "What is seen in the spleen?"),
])
def test_another_number_device_side_or_finding_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("病变位于右侧", "右", "该病变位于哪一侧？"),  # the question opens with a pointer
    ("异常位于脾脏", "脾脏", "图中的异常位于哪个器官？"),
    ("病灶位于右侧", "右侧", "图中异常位于哪一侧？"),  # the subject in other words
    ("箭头所指为胆总管", "胆总管", "图中箭头所指的结构是什么？"),
    ("导管尖端位于上腔静脉内", "上腔静脉", "导管的尖端位于哪里？"),
])
def test_a_chinese_answer_after_the_questions_subject_is_its_label(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.CONTAINED


@pytest.mark.parametrize("answer, gold, question", [
    ("病变位于左侧", "右", "该病变位于哪一侧？"),  # the other side
    ("病变位于左侧或右侧", "左", "该病变位于哪一侧？"),  # or
    ("考虑病变位于左侧", "左", "该病变位于哪一侧？"),  # a doubt before the frame
    ("病变不位于左侧", "左", "该病变位于哪一侧？"),  # a denial
    ("异常位于脾脏 可能为梗死", "脾脏", "图中的异常位于哪个器官？"),  # a second clause
    ("肝脏位于右侧", "右", "该病变位于哪一侧？"),  # another subject
])
def test_another_label_a_doubt_or_a_second_clause_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("both sides", "bilateral", "Which side is affected?"),
    ("right and left", "bilateral", "Which side is affected?"),
    ("bilaterally", "both", "Which lung is involved?"),
    ("unchanged", "stable", "How has the nodule changed since the prior study?"),
])
def test_a_side_or_no_change_in_other_words(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.SYNONYM


@pytest.mark.parametrize("answer, gold, question", [
    ("left", "bilateral", "Which side is affected?"),  # one side of the two
    ("right and left", "right", "Which side is affected?"),
    ("larger", "increased", "How has the nodule changed?"),  # a change the verifier groups, no one answer
    ("small", "mild", "How large is the effusion?"),  # a severity row's value, no one answer
    ("new", "stable", "How has the nodule changed?"),
])
def test_another_side_change_or_size_stays_apart(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("超声图像", "超声", "这是什么成像方式？"),
    ("MRI画像", "MRI", "この画像の撮影方法は何ですか？"),
])
def test_a_cjk_image_noun_after_the_modality_is_the_kind_of_value(answer: str, gold: str, question: str) -> None:
    assert match_step(answer, gold, question) is MatchStep.CONTAINED


@pytest.mark.parametrize("answer, gold", [("CT画像", "MRI"), ("图像", "超声"), ("超声 ct图像", "超声")])
def test_another_modality_or_an_image_noun_alone_is_no_match(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, "这是什么成像方式？").matched


@pytest.mark.parametrize("answer, gold, question", [
    ("plain radiograph", "x-ray", "What imaging modality is this?"),
    ("CXR", "chest radiograph", "What imaging modality is this?"),
    ("hepatomegaly", "enlarged liver", "What is the abnormality?"),
    ("enlarged heart", "cardiomegaly", "What is the abnormality?"),
    ("PICC line", "peripherally inserted central catheter", "What device is present?"),
    ("T1-weighted", "T1", "Which MRI sequence is shown?"),
    ("pulmonary emboli", "pulmonary embolism", "What is the diagnosis?"),
    ("bilateral pneumothoraces", "bilateral pneumothorax", "What is the diagnosis?"),
])
def test_a_term_the_tables_give_in_other_words(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("AP chest radiograph", "PA chest radiograph", "Which projection is this?"),  # another view of one concept
    ("CT", "x-ray", "What imaging modality is this?"),
    ("DWI", "FLAIR", "Which MRI sequence is shown?"),  # one broad concept, two answers
    ("splenomegaly", "enlarged liver", "What is the abnormality?"),  # another organ
    ("T1-weighted", "T2", "Which MRI sequence is shown?"),
    ("fat embolism", "pulmonary embolism", "What is the diagnosis?"),
])
def test_another_view_modality_sequence_or_organ_stays_apart(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


def test_a_vertebral_level_with_its_vertebra_is_the_level() -> None:
    assert grade_open("T12 vertebral body", "T12", "Which vertebra is fractured?").matched
    assert not grade_open("T11 vertebral body", "T12", "Which vertebra is fractured?").matched


@pytest.mark.parametrize("answer, gold, question, step", [
    ("none", "0", "How many calcified nodes are there?", MatchStep.NUMBER),
    ("No calcified nodes.", "0", "How many calcified nodes are there?", MatchStep.CONTAINED),
    ("2", "twins", "How many fetuses are present?", MatchStep.NUMBER),
    ("choledocholithiasis", "common bile duct stone", "What is the finding?", MatchStep.SYNONYM),
    ("nephrolithiasis", "renal calculi", "What is the finding?", MatchStep.SYNONYM),
])
def test_none_a_count_word_gold_and_stones_in_one_word(answer: str, gold: str, question: str, step: MatchStep) -> None:
    assert match_step(answer, gold, question) is step


@pytest.mark.parametrize("answer, gold, question", [
    ("No calcified nodes.", "2", "How many calcified nodes are there?"),
    ("no, there are three", "0", "How many calcified nodes are there?"),
    ("3", "twins", "How many fetuses are present?"),
    ("cholelithiasis", "renal calculi", "What is the finding?"),  # stones of another organ
])
def test_none_or_stones_never_match_another_count_or_organ(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, matched", [
    ("hypoechoic relative to the surrounding thyroid", "hypoechoic", True),
    ("hyperdense compared with adjacent brain parenchyma", "hyperdense", True),
    ("hypoechoic relative to the surrounding thyroid", "hyperechoic", False),  # the other echo
    ("hypoechoic relative to the surrounding thyroid and a cyst", "hypoechoic", False),  # more than a reference
])
def test_a_density_word_with_the_tissue_it_is_compared_with(answer: str, gold: str, matched: bool) -> None:
    assert grade_open(answer, gold, "What is the echogenicity or density of the lesion?").matched is matched
