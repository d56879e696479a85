"""The answer phrase a long open reply marks (``extract/open_phrase.py``): narrowed only when one phrase is marked,
never to a denied, rejected or alternative candidate. Invented sentences, one per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_phrase import answer_phrase
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="s27", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.rule


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the diagnosis?",
     "The bowel loops are dilated to 5 cm with air-fluid levels and no gas in the rectum. This is a small bowel "
     "obstruction — surgical review is advised.", "small bowel obstruction"),
    ("What is the abnormality in the liver?",
     "A 4 cm lesion with peripheral nodular enhancement filling in on delayed phases. I'd call this a hemangioma "
     "and no follow-up is needed.", "hemangioma"),
    ("What is the diagnosis?",
     "Both hila are enlarged by lobulated nodes. The lung parenchyma is clear. Appearances consistent with sarcoidosis "
     "in a young adult.",
     "sarcoidosis"),
    ("What sign is shown on this radiograph?",
     "The \"double bubble\" sign — the stomach and the duodenal bulb are distended by gas, with little distal gas.",
     "double bubble sign"),
    ("How does the signal of the lesion compare with muscle?",
     "Brighter — the mass returns a higher signal than the adjacent muscle on this sequence.", "brighter"),
    ("Which lobe holds the consolidation?",
     "Dense airspace opacity is present, and the silhouette sign confirms it is in the **right middle lobe** "
     "against the heart border.", "right middle lobe"),
    ("Where is the cyst?",
     "The cyst is located in the left ovary, measuring 3 cm, with thin walls.", "left ovary"),
    ("What is the diagnosis?",
     "The heart is large and the upper lobe veins are distended with septal lines. This is heart failure in my view.",
     "heart failure"),
    ("Which sequence is this?",
     "This appears to be a FLAIR image: the fluid in the ventricles is dark and the white matter lesions are bright.",
     "flair"),
])
def test_the_marked_phrase_is_the_answer(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


# A careless narrowing reads these wrongly: the first marked phrase denied, rejected, one of two, or a finding
# beside the diagnosis it suggests.
_HELD = [
    ("What is the diagnosis?", "Not a pneumothorax — this is a skin fold projecting over the apex."),
    ("What is the diagnosis?", "This is not osteomyelitis; the periosteal reaction is from a healing fracture."),
    ("What is the diagnosis?", "Lymphoma was considered, but this is sarcoidosis given the symmetric nodes."),
    ("What is the diagnosis?", "Abscess or necrotic tumour — I can't say which from this study alone."),
    ("What is the diagnosis?", "This is either a meningioma or a schwannoma, both extra-axial masses."),
    ("What is the diagnosis?", "This could be a pleural effusion — the costophrenic angle is blunted."),
    ("What is the diagnosis?", "This is a pleural effusion, although consolidation can look the same here."),
    ("What is the diagnosis?", "I'd call this pneumonia if the patient is febrile; otherwise atelectasis."),
    ("What is the diagnosis?", "This is a lipoma. This is not a liposarcoma, which would show septa."),
    ("What is the diagnosis?", "This is a colloid cyst, consistent with a third ventricle lesion of that kind."),
    ("What is the abnormality?",
     "There is an irregular spiculated mass in the upper outer quadrant, suggestive of malignancy."),
    ("What is the finding?", "Calcified granulomas in the hilum, consistent with prior histoplasmosis."),
    ("What is the diagnosis?", "Bronchiectasis — the airways are wider than the arteries, consistent with cystic fibrosis."),
    ("What is the diagnosis?", "The differential is a hamartoma; this is most in keeping with a granuloma."),
    ("What is the diagnosis?", "This is a **not** entirely typical appearance of a hamartoma."),
    ("What is the diagnosis?", "This is a renal cyst versus a solid mass; ultrasound would separate them."),
    ("What is the diagnosis?", "Is this a stroke? The hypodensity fits a subacute infarct."),
    ("What is the diagnosis?", "This is a fibroadenoma. Phyllodes tumour cannot be excluded on imaging."),
    ("What is the diagnosis?", "It isn't **cholecystitis**: the wall is thin and there is no fluid."),
    ("What is the diagnosis?", "Rather than a fracture, this is a nutrient canal crossing the cortex."),
    ("What is the diagnosis?", "This is a hernia, perhaps containing bowel, in the right groin."),
    ("What is the diagnosis?", "**Pneumonia** in the left base and **atelectasis** at the right base."),
    ("What is the diagnosis?", "I'd call this a simple cyst. This is a septated cyst on the other side."),
    ("Where is the lesion?", "The lesion is located in the liver or possibly the adrenal gland above it."),
    ("Where is the tip of the catheter?", "The catheter with tip at the right atrium; a second line lies in the SVC."),
    ("At what level is the fracture?", "It looks like T11, but it's hard to count; it's actually T12 or L1."),
    ("How many nodules are there?", "At first I counted three, so there are maybe two or three nodules."),
    ("What is the abnormality?", "The lung is hyperinflated, consistent with emphysema, and there is a bulla."),
    ("What is the diagnosis?", "Neither a cyst nor a mass — this is a prominent vessel seen end-on."),
    # a list after the frame: its first item is no answer
    ("What lines are present?", "This is an endotracheal tube, a gastric tube and a jugular line on a supine film."),
    ("Where is the lesion?", "The lesion is located in the liver, the spleen and the left kidney on this study."),
    # a second finding said to be there too
    ("What is the abnormality?", "This is a pneumothorax. A small effusion is also present at the base."),
    # a lead whose dash names a second label, or denies
    ("What type of stone is it?", "Staghorn — a magnesium phosphate stone filling the pelvis."),
    ("What is the finding?", "Effusion — no, the angle is sharp and the fluid is above the diaphragm."),
    ("What is the diagnosis?", "Based on the findings — a target on the transverse view — intussusception is it."),
    # two stressed phrases
    ("Which organism is suggested?", "These are **pneumatoceles**, classically after *Klebsiella* infection."),
    # a finding and the diagnosis it suggests, to a question that is not about the diagnosis
    ("What is the finding?", "A **double bubble** is present, which points to duodenal atresia in a neonate."),
    ("What is the diagnosis?", "A **double bubble** is present, which points to duodenal atresia in a neonate."),
    # the image named, not the answer
    ("What is the abnormality?", "This is a CT of the abdomen. The gallbladder wall looks thick and oedematous."),
    # a self-correction is no mark (lane fixopen27: "so it's X" after an early cue is as often a consequence)
    ("At what level is the burst fracture?", "At first I took it for L2, but counting up from the sacrum the collapsed "
     "body is one higher, so it's actually L1. The bodies below are intact."),
    # a self-correction still held open
    ("At what level is the fracture?", "At first L3, so it's actually L2 or L3 on this film."),
    ("How many nodules are present?", "Initially five; on second look, so there are no nodules at all."),
    ("At what level is the fracture?", "At first L3, so it is actually L2. Hmm, no, L3 after all."),
    # a lean naming a refinement: a second phrase
    ("Which sequence is this?", "Fat is dark and fluid bright, so this is a fat-suppressed T2 image, most likely STIR."),
    # a lean alone marks no answer: the finding before it is as much one
    ("What is the abnormality?", "Dilated bile ducts with an abrupt cut-off at the pancreatic head, most likely a "
                                 "periampullary carcinoma."),
    ("What is the abnormality?", "A large round mass in the left upper quadrant, most likely arising from the spleen."),
    # the writer disowns the phrase
    ("What is the diagnosis?", "I'd call this a lipoma, which is wrong; the septa make it a liposarcoma."),
    ("What is the diagnosis?", "My guess: this is a hamartoma from the popcorn calcification."),
    # a frame inside a condition or a question
    ("What is the diagnosis?", "If this is a fracture, the cortex should be broken; it isn't clear here."),
    ("What is the diagnosis?", "No findings consistent with a fracture are identified in the scaphoid."),
    ("What is the diagnosis?", "Findings consistent with appendicitis are absent; the appendix measures 4 mm."),
    # a concession naming another thing
    ("What is the diagnosis?", "This is a hemangioma, though a hypervascular metastasis can look identical."),
    ("What is the diagnosis?", "I'd call this gout, even though pseudogout would fit the age."),
]


@pytest.mark.parametrize(("question", "text"), [
    ("Quel est le diagnostic ?", "**Fracture du radius** au niveau distal, sans déplacement."),
    ("Welche Diagnose ist am wahrscheinlichsten?", "**Lungenembolie** der rechten Unterlappenarterie."),
])
def test_other_languages_are_left_to_their_readers(question: str, text: str) -> None:
    assert answer_phrase(text, question) is None


def test_a_concession_of_the_study_keeps_the_phrase() -> None:
    text = "Cortical breach with periosteal new bone. I'd call this osteomyelitis, though image quality is limited."
    assert answer_phrase(text, "What is the diagnosis?") == "osteomyelitis"


@pytest.mark.parametrize(("question", "text"), _HELD)
def test_no_phrase_is_singled_out(question: str, text: str) -> None:
    assert answer_phrase(text, question) is None
    assert _read(text, question)[1] != "open_phrase"


@pytest.mark.parametrize(("text", "rejected"), [
    ("No fracture — this is a normal growth plate in a child.", "fracture"),
    ("This isn't a tumour; I'd call this an abscess with a thick rim.", "tumour"),
    ("Not a pneumothorax — this is a skin fold projecting over the apex.", "pneumothorax"),
    ("Lymphoma was considered, but this is sarcoidosis given the symmetric nodes.", "lymphoma"),
])
def test_the_rejected_phrase_is_never_read(text: str, rejected: str) -> None:
    phrase = answer_phrase(text, "What is the diagnosis?")
    assert phrase is None or rejected not in phrase.lower()
    answer, rule = _read(text, "What is the diagnosis?")
    assert rule != "open_phrase" or rejected not in (answer or "")


def test_a_short_reading_is_left_as_it_is() -> None:
    assert answer_phrase("This is a **chest radiograph** (PA).", "What modality is this?") is None


@pytest.mark.parametrize("text", [
    "This is a skin fold, not pneumonia.",  # already short: the reading stays the reader's
    "肺部可见实变，符合肺炎表现。这是肺炎。",  # Chinese answers have readers of their own
    "This is important: the lung is clear.",  # the complement names nothing
])
def test_other_readers_keep_these(text: str) -> None:
    assert answer_phrase(text, "What is the diagnosis?") is None


def test_phrase_is_a_slice_of_the_reply() -> None:
    text = "Cortical thinning is seen. This is a stress fracture — rest is advised."
    phrase = answer_phrase(text, "What is the diagnosis?")
    assert phrase is not None and phrase in text
