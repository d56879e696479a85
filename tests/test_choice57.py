"""Session 57, multiple choice (issue #7): three wrong readings repaired and two structures read. Invented texts,
written for these tests (the shapes of retired blind 56 replies, and others that resemble no corpus item).

* A word is no form of another it only begins ("trachea" / "tracheostomy", "colon" / "colonoscopy"): a longer word
  that continues it with a procedure's ending is another word ("-itis" is not one: "a swollen epiglottis" is read as
  epiglottitis, as before)
  (``answers/wordforms.OTHER_WORD_ENDINGS``, read by ``wordforms.same_word``, ``letters._same_word``, ``optwords._same``).
* An answer phrase inside a sentence supposing a case contrary to fact ("If the heart were within normal limits, the
  answer would be Normal, but it is enlarged.") gives no answer (``split.counterfactual``, once for every reader).
* An option's text said with another option's technique qualifier in other words ("contrast-enhanced T1-weighted",
  "T1 post contrast" beside "T1-weighted" and "Post-contrast T1-weighted") names that other option
  (``extract/option_qualified.py``, the words from ``answers/technique.tsv``).
* A list of options with its shared head noun, then a denial ("so inguinal, umbilical or femoral hernias are not
  present"), sets every item aside (``clauses.head_rejected``).
* "even if" concedes: "This indicates lipohemarthrosis (B), ... even if the fracture line is not visible." is a pick,
  not a pick under a condition (``decision._CONDITION``).
"""

from __future__ import annotations

import pytest

from medstep.answers.wordforms import another_word_after, same_word
from medstep.extract import extract
from medstep.types import AnswerType, Sample

TUBES = {"A": "Tracheostomy tube", "B": "Endotracheal tube", "C": "Nasogastric tube", "D": "No device"}
CHEST = {"A": "Normal", "B": "Cardiomegaly", "C": "Pneumothorax", "D": "Pleural effusion"}
SEQUENCES = {"A": "T1-weighted", "B": "T2-weighted", "C": "FLAIR", "D": "DWI", "E": "Post-contrast T1-weighted"}
SHORT_SEQUENCES = {"A": "T1", "B": "T2", "C": "Post-contrast T1", "D": "FLAIR"}
HERNIAS = {"A": "Inguinal", "B": "Umbilical", "C": "Hiatal", "D": "Femoral"}
FRACTURES = {"A": "Transverse", "B": "Spiral", "C": "Oblique", "D": "Comminuted"}
KNEE = {"A": "Patellar fracture", "B": "Lipohemarthrosis", "C": "Osgood-Schlatter disease", "D": "Normal study"}
BRAIN = {"A": "Glioblastoma", "B": "Abscess", "C": "Metastasis", "D": "Lymphoma"}


def _read(text: str, options: dict[str, str], question: str = "Which is the answer?") -> tuple[str | None, str]:
    sample = Sample(id="c57", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    ext = extract(text, sample)
    return ext.answer, ext.status.value


@pytest.mark.parametrize("short,long_,other", [
    ("trachea", "tracheostomy", True), ("colon", "colonoscopy", True), ("kidney", "kidneyscope", True),
    ("thyroid", "thyroiditis", False),
    ("effusion", "effusions", False), ("emboli", "embolism", False), ("fracture", "fractured", False),
    ("aneurysm", "aneurysmal", False), ("mammogram", "mammograms", False),
    # the stems the "all but the last two letters" rule compares: one procedure's word ("arthrogram" / "arthrography")
    ("arthrogr", "arthrography", False), ("nephrosto", "nephrostomies", False), ("thorac", "thoracentesis", True),
])
def test_another_word_after(short: str, long_: str, other: bool) -> None:
    assert another_word_after(short, long_) is other
    assert same_word(short, long_) is not other


@pytest.mark.parametrize("text,want", [
    # the organ named, not the device or the procedure made on it
    ("The tube tip lies in the trachea about 4 cm above the carina.", (None, "unparsed")),
    ("A is excluded because the trachea is midline.", (None, "unparsed")),
    ("Die Trachea ist mittelständig.", (None, "unparsed")),
    # near misses: the device named (or only defined, or hedged) reads as before
    ("A tracheostomy tube is in place.", ("A", "scored")),
    ("A tracheostomy tube would appear as a tube entering the anterior neck.", (None, "unparsed")),
    ("Tracheostomy tube or possibly an endotracheal tube.", (None, "ambiguous")),
])
def test_organ_is_no_device(text: str, want: tuple[str | None, str]) -> None:
    assert _read(text, TUBES, "What device is seen?") == want


def test_organ_is_no_procedure() -> None:
    assert _read("The colon is distended.", {"A": "Colonoscopy perforation", "B": "Volvulus", "C": "Ileus",
                                             "D": "Normal"}) == (None, "unparsed")
    assert _read("A simple cyst in the left kidney.", {"A": "Cystitis", "B": "Renal calculus", "C": "Hydronephrosis",
                                                        "D": "Normal"}) == (None, "unparsed")
    assert _read("A nephrostomy tube is in the left renal pelvis.", {"A": "Nephrostomy tube", "B": "Ureteric stent",
                                                                     "C": "Urinary catheter", "D": "None"}) == ("A", "scored")


@pytest.mark.parametrize("text,want", [
    ("If the heart were within normal limits, the answer would be Normal, but it is enlarged.", (None, "unparsed")),
    ("Were there a pleural line, the answer would be C; there is none.", (None, "unparsed")),
    ("If the costophrenic angle were blunted, I'd say the answer is D.", (None, "unparsed")),
    # a later answer is still read; a choice forced ("If I had to choose") is a choice
    ("If the heart were small, the answer would be A. It is enlarged, so the answer is B.", ("B", "scored")),
    ("Were the heart enlarged, the answer would be B; it is not, and the lungs are clear. Final answer: A.",
     ("A", "scored")),
    ("If the lung edge were visible, the answer would be C. The final answer is D.", ("D", "scored")),
    ("If I had to choose, the answer would be B.", ("B", "scored")),
    ("Si hubiera derrame, la respuesta sería D. Respuesta: B.", ("B", "scored")),
])
def test_counterfactual_answer_phrase(text: str, want: tuple[str | None, str]) -> None:
    assert _read(text, CHEST, "What is the finding?") == want


@pytest.mark.parametrize("text,options,want", [
    ("The CSF is dark, fat is bright, and there is avid enhancement of the choroid plexus and the dural venous "
     "sinuses, so this is a contrast-enhanced T1-weighted image.", SEQUENCES, ("E", "scored")),
    ("This is a contrast-enhanced T1-weighted image.", SEQUENCES, ("E", "scored")),
    ("Gadolinium-enhanced T1 image.", SHORT_SEQUENCES, ("C", "scored")),
    ("It is T1 post contrast.", SHORT_SEQUENCES, ("C", "scored")),
    ("This is a post-contrast CT: the aorta is bright.", {"A": "CT", "B": "Contrast-enhanced CT", "C": "MRI",
                                                           "D": "Ultrasound"}, ("B", "scored")),
    ("This is an IV contrast CT abdomen: the kidneys enhance.", {"A": "CT abdomen", "B": "Contrast-enhanced CT abdomen",
                                                                  "C": "MRI abdomen", "D": "Ultrasound"}, ("B", "scored")),
    ("Es una T1 con contraste.", {"A": "T1", "B": "T2", "C": "T1 con contraste", "D": "FLAIR"}, ("C", "scored")),
    # near misses: another qualifier, the plain sequence, the qualified one only supposed, a hedge
    ("This is a non-contrast T1-weighted image.", SEQUENCES, ("A", "scored")),
    ("Fat-suppressed T1 image.", SHORT_SEQUENCES, ("A", "scored")),
    ("Pre-contrast T1 image; no gadolinium given.", SHORT_SEQUENCES, ("A", "scored")),
    ("This is a T1-weighted image; a contrast-enhanced T1-weighted image would show enhancing dura.", SEQUENCES,
     ("A", "scored")),
    ("Contrast-enhanced T1-weighted or possibly FLAIR.", SEQUENCES, (None, "ambiguous")),
])
def test_technique_qualifier_in_other_words(text: str, options: dict[str, str], want: tuple[str | None, str]) -> None:
    assert _read(text, options, "Which sequence or study is this?") == want


@pytest.mark.parametrize("text,options,want", [
    ("The CT shows part of the stomach herniated through the esophageal hiatus into the posterior mediastinum, behind "
     "the heart. This is a **hiatal hernia** (answer C). The abdominal wall is intact, so inguinal, umbilical or "
     "femoral hernias are not present.", HERNIAS, ("C", "scored")),
    ("The fracture line winds around the shaft: a spiral fracture (B), so transverse, oblique or comminuted patterns "
     "are excluded.", FRACTURES, ("B", "scored")),
    # near misses: the list's head kept open, not denied
    ("So transverse or oblique fractures are both possible here.", FRACTURES, (None, "ambiguous")),
    ("So inguinal or femoral hernias are present; not hiatal.", HERNIAS, (None, "ambiguous")),
])
def test_list_with_head_noun_denied(text: str, options: dict[str, str], want: tuple[str | None, str]) -> None:
    assert _read(text, options, "Which type is shown?") == want


@pytest.mark.parametrize("text,options,want", [
    ("There is a horizontal fat-fluid level in the suprapatellar bursa on this cross-table lateral view. This "
     "indicates lipohemarthrosis (B), which implies an intra-articular fracture — most often of the tibial plateau — "
     "even if the fracture line itself is not clearly visible. The patella is intact.", KNEE, ("B", "scored")),
    ("The ring-enhancing lesion with restricted diffusion is an abscess (B), even if the patient is afebrile.", BRAIN,
     ("B", "scored")),
    # near misses: a real condition, a hedge between two, the first choice given up
    ("It is an abscess (B) if the centre restricts on DWI.", BRAIN, (None, "unparsed")),
    ("This indicates lipohemarthrosis (B) if the level is real.", KNEE, (None, "unparsed")),
    ("B or possibly C.", KNEE, (None, "ambiguous")),
    ("I first thought B, but the tuberosity is fragmented, so C.", KNEE, ("C", "scored")),
])
def test_even_if_concedes(text: str, options: dict[str, str], want: tuple[str | None, str]) -> None:
    assert _read(text, options, "What is the most likely diagnosis?") == want


def test_echo_and_other_languages() -> None:
    """A question echoed with all its options picks none; a Chinese denial of the qualified option reads nothing; a
    Chinese reply naming the endotracheal tube beside the trachea reads it."""
    assert _read("Which sequence is this MRI? A) T1-weighted B) T2-weighted C) FLAIR D) DWI E) Post-contrast "
                 "T1-weighted", SEQUENCES, "Which sequence is this MRI?") == (None, "unparsed")
    assert _read("这不是增强T1，是普通T1序列。", {"A": "T1", "B": "T2", "C": "增强T1", "D": "FLAIR"}) == (None, "unparsed")
    assert _read("气管居中，可见气管插管。", TUBES, "What device is seen?") == ("B", "scored")


@pytest.mark.parametrize("text,options,want", [
    # forms of the option's own procedure word still name it (not another word made of its stem)
    ("The best choice: an arthrogram.", {"A": "Arthrography", "B": "Ultrasound", "C": "Bone scan"}, ("A", "scored")),
    ("Bilateral nephrostomies are seen. Answer: nephrostomies",
     {"A": "Nephrostomy tube", "B": "Ureteral stent", "C": "Kidney"}, ("A", "scored")),
    ("This is a venogram showing a filling defect.",
     {"A": "Angiography", "B": "Venography", "C": "Myelography"}, ("B", "scored")),
])
def test_procedure_word_forms(text: str, options: dict[str, str], want: tuple[str | None, str]) -> None:
    assert _read(text, options) == want
