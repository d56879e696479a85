"""Multiple-choice answers, session 25 (issue #7): shapes of held-out misses, in sentences of our own.

* an answer stated, then another option opening a sentence that tells what it does as a kind (a contrast word
  further on: "Y gives punched-out lesions instead"; a word of habit: "Y is more often bilateral", "Y shows up
  later"), with an option joined to it by ", and": the foils are set aside, not second answers
  (``extract/foils.py``).

Each reading is checked beside a near miss that must stay unread, ambiguous or read as before.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_KID = {"A": "Angiomyolipoma", "B": "Renal cell carcinoma", "C": "Oncocytoma", "D": "Simple cyst"}
_LIV = {"A": "Focal nodular hyperplasia", "B": "Hepatic adenoma", "C": "Haemangioma", "D": "Hepatocellular carcinoma"}
_BRN = {"A": "Glioblastoma", "B": "Metastasis", "C": "Lymphoma", "D": "Abscess"}
_SGN = {"A": "Double bubble sign", "B": "Target sign", "C": "Coffee bean sign", "D": "Whirlpool sign"}
_JNT = {"A": "Gout", "B": "Rheumatoid arthritis", "C": "Psoriatic arthritis", "D": "Osteoarthritis"}


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?") -> str | None:
    got = extract(text, Sample(id="c25", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("text, options, want", [
    ("Angiomyolipoma (A), because of the macroscopic fat. Renal cell carcinoma rarely contains fat, and oncocytoma "
     "usually shows a central scar.", _KID, "A"),
    ("Whirlpool sign — the mesentery twists around the SMA. The coffee bean sign belongs to sigmoid volvulus instead.",
     _SGN, "D"),
    ("Oncocytoma (C). Renal cell carcinoma more commonly shows heterogeneous enhancement with necrosis.", _KID, "C"),
    ("The target sign, given the layered bowel within bowel. The double bubble sign is typically a neonatal finding.",
     _SGN, "B"),
    ("Metastasis — multiple lesions at the grey-white junction. Lymphoma tends to hug the ependyma.", _BRN, "B"),
    ("Hepatic adenoma. Focal nodular hyperplasia usually has a central scar; haemangioma instead fills in from the "
     "periphery.", _LIV, "B"),
])
def test_foil_told_as_a_kind_is_set_aside(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


@pytest.mark.parametrize("text, options, want", [
    # a textbook roll: every option opens a sentence of its own, none stated of this case
    ("Renal cell carcinoma usually enhances avidly. Oncocytoma usually has a central scar.", _KID, "ambiguous"),
    ("Angiomyolipoma contains fat. Renal cell carcinoma typically enhances and washes out.", _KID, "ambiguous"),
    # the foil's sentence says it looks like this case after all
    ("Oncocytoma (C). Renal cell carcinoma more commonly looks like this, though.", _KID, "ambiguous"),
    # the answer's sentence keeps two open
    ("Metastasis — or lymphoma. Glioblastoma tends to cross the corpus callosum.", _BRN, "ambiguous"),
    # "instead" closing the sentence replaces; a denial before makes it the answer
    ("Gout. Rheumatoid arthritis, instead.", _JNT, "ambiguous"),
    ("Not gout. Rheumatoid arthritis instead gives these marginal erosions.", _JNT, "B"),
    # a conclusion in the foil's sentence
    ("Glioblastoma? Lymphoma typically enhances homogeneously, so lymphoma.", _BRN, "C"),
])
def test_foil_near_misses(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


_ABD = {"A": "Appendicitis", "B": "Diverticulitis", "C": "Crohn disease", "D": "Mesenteric adenitis"}
_PTX = {"A": "Tension pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Atelectasis"}


@pytest.mark.parametrize("text, options, want", [
    ("Fat stranding around a thick-walled outpouching. Therefore acute sigmoid diverticulitis. Crohn disease involves "
     "the terminal ileum.", _ABD, "B"),
    ("Hyperlucent hemithorax with shift. So left tension pneumothorax. Atelectasis pulls the mediastinum the other way.",
     _PTX, "A"),
    ("In summary: perforated retrocaecal appendicitis. Mesenteric adenitis gives enlarged nodes only.", _ABD, "A"),
])
def test_adverb_concludes_on_a_described_option(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


@pytest.mark.parametrize("text, options, want", [
    ("So the differential is appendicitis. Diverticulitis involves the sigmoid.", _ABD, "ambiguous"),
    ("So pain from appendicitis. Diverticulitis involves the sigmoid.", _ABD, "ambiguous"),
    ("Thus early or late appendicitis. Crohn disease involves the ileum.", _ABD, "ambiguous"),
    ("So either acute appendicitis or diverticulitis.", _ABD, "ambiguous"),
    ("So no acute appendicitis. Mesenteric adenitis is more likely given the nodes.", _ABD, "D"),
])
def test_adverb_before_more_than_a_description(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


_CH = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle"}
_BN = {"A": "Scaphoid", "B": "Lunate", "C": "Trapezium", "D": "Hamate"}


@pytest.mark.parametrize("text, options, question, want", [
    ("Scaphoid – both the waist lucency and the loss of the fat stripe point there.", _BN, "Which bone is fractured?",
     "A"),
    ("**Right ventricle** — both the uplifted apex and the filled retrosternal space fit right ventricular "
     "enlargement.", _CH, "Which chamber is enlarged?", "D"),
    # near misses: a doubt or a second option after the dash
    ("Left atrium — possibly, both the double density and the carinal angle are soft signs.", _CH,
     "Which chamber is enlarged?", "unparsed"),
    ("Left atrium — or the right atrium, both can give a double density.", _CH, "Which chamber is enlarged?",
     "ambiguous"),
])
def test_option_heading_its_reason_after_a_dash(text: str, options: dict[str, str], question: str, want: str) -> None:
    assert _read(text, options, question) == want


_BR = {"A": "BI-RADS 2", "B": "BI-RADS 3", "C": "BI-RADS 4", "D": "BI-RADS 5"}
_BRQ = "Which BI-RADS category is most appropriate?"


@pytest.mark.parametrize("text, want", [
    # (main read "BI-RADS 4": the denial reached past the comma and the later sentence was the one stated)
    ("For a first-time finding with no prior imaging, BI-RADS 3 fits best. BI-RADS 4 is for suspicious features.", "B"),
    ("In the absence of any calcification, BI-RADS 3 is most likely correct. BI-RADS 2 is for cysts.", "B"),
    # near misses: a list of denied findings goes on after the mention; the mention is inside the circumstance
    ("With no effusion, pneumothorax or consolidation, BI-RADS 2.", "A"),
    ("Without BI-RADS 3 features, I cannot say.", "refused"),
])
def test_denial_of_a_circumstance_closed_by_its_comma(text: str, want: str) -> None:
    assert _read(text, _BR, _BRQ) == want


_NX = {"A": "Repeat radiograph in 2 weeks", "B": "MRI of the wrist", "C": "Cast and discharge", "D": "Bone scan"}
_NXQ = "What is the most appropriate next step?"


@pytest.mark.parametrize("text, options, question, want", [
    ("For a first-time finding with no prior imaging, **BI-RADS 3** (short-interval follow-up at 6 months) is "
     "appropriate. If it had been stable it could be downgraded to BI-RADS 2; if it were growing, biopsy (BI-RADS 4) "
     "would be considered.", _BR, _BRQ, "B"),
    ("With no suspicious features at all, BI-RADS 2 is suitable; BI-RADS 3 would apply to a new solid mass.", _BR, _BRQ,
     "A"),
    ("Snuffbox tenderness with a normal film: MRI of the wrist is indicated. A bone scan would only be used if MRI "
     "were unavailable.", _NX, _NXQ, "B"),
    # near misses: the judgement supposed, denied, or shared
    ("BI-RADS 3 is appropriate only if this is a first-time finding; with growth it should be BI-RADS 4.", _BR, _BRQ,
     "C"),
    ("BI-RADS 3 would be appropriate if there were no prior imaging, but there is.", _BR, _BRQ, "unparsed"),
    ("BI-RADS 3 is not appropriate; BI-RADS 4 is.", _BR, _BRQ, "C"),
    ("Both BI-RADS 3 and BI-RADS 4 are appropriate depending on growth.", _BR, _BRQ, "ambiguous"),
])
def test_option_judged_appropriate(text: str, options: dict[str, str], question: str, want: str) -> None:
    assert _read(text, options, question) == want


_PN = {"A": "Klebsiella pneumonia", "B": "Streptococcus pneumoniae", "C": "Mycoplasma", "D": "Pneumocystis"}
_MM = {"A": "Multiple myeloma", "B": "Metastatic prostate carcinoma", "C": "Paget disease", "D": "Hyperparathyroidism"}


@pytest.mark.parametrize("text, options, want", [
    ("The bulging fissure classically suggests Klebsiella, although pneumococcus is more frequent and can produce it "
     "too. If I have to pick the textbook answer, it's Klebsiella.", _PN, "A"),
    ("Hard to be sure on a single view. If pressed, I'd say Paget.", _MM, "C"),
    # near misses: two kept open, the pick denied, a question, a supposed case
    ("If I had to pick, either myeloma or Paget.", _MM, "ambiguous"),
    ("If forced, I would not pick myeloma.", _MM, "unparsed"),
    ("If I have to pick the textbook answer? Maybe Klebsiella.", _PN, "unparsed"),
    ("If the fissure bulges, Klebsiella; otherwise pneumococcus.", _PN, "unparsed"),
])
def test_forced_choice_lead_in_names_the_option_in_other_words(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


_CE = {"A": "Cardiomegaly", "B": "Pleural effusion", "C": "Both", "D": "Neither"}
_PR = {"A": "Pneumothorax", "B": "Rib fracture", "C": "Both A and B", "D": "None of the above"}
_CP = {"A": "Consolidation", "B": "Pneumothorax", "C": "Both", "D": "Neither"}


@pytest.mark.parametrize("text, options, want", [
    ("Heart size within normal limits. No pleural effusion.", _CE, "D"),
    ("The lungs are fully expanded with no pneumothorax. Ribs intact, no fracture.", _PR, "D"),
    ("Clear lungs without consolidation; no pneumothorax is seen.", _CP, "D"),
    ("Right-sided pneumothorax with an associated fracture of the sixth rib.", _PR, "C"),
    # near misses: one part stated, one part unread, a part hedged or left open
    ("Heart size within normal limits. Small left pleural effusion.", _CE, "B"),
    ("Heart size is probably normal. No pleural effusion.", _CE, "unparsed"),
    ("No consolidation. A pneumothorax cannot be excluded.", _CP, "unparsed"),
    ("Heart size within normal limits. Pleural effusion possible.", _CE, "unparsed"),
])
def test_both_or_neither_by_a_verdict_on_each_finding(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options, "Which finding is present?") == want


_LR = {"A": "Left", "B": "Right", "C": "Both", "D": "Neither"}
_KD = {"A": "Left kidney", "B": "Right kidney", "C": "Both kidneys", "D": "Neither kidney"}


@pytest.mark.parametrize("text, options, question, want", [
    ("Bilateral perihilar airspace shadowing.", _LR, "Which lung is abnormal?", "C"),
    ("Both lungs: scattered cavitating nodules.", _LR, "Is the abnormality on the left or right?", "C"),
    ("The left lung is abnormal and the right lung is abnormal too.", _LR, "Which lung is abnormal?", "C"),
    ("Moderate pelvicalyceal dilatation in both kidneys.", _KD, "Which kidney is hydronephrotic?", "C"),
    # near misses: normal, denied, one side compared with the other, hedged, the normal one asked
    ("Both lungs are clear.", _LR, "Which lung is abnormal?", "unparsed"),
    ("No bilateral abnormality.", _LR, "Which lung is abnormal?", "unparsed"),
    ("The left hemidiaphragm sits higher than the right.", _LR, "On which side is the diaphragm elevated?", "A"),
    ("The left lung may be abnormal and the right lung is abnormal.", _LR, "Which lung is abnormal?", "ambiguous"),
    ("Both lungs: diffuse opacities.", _LR, "Which lung is normal?", "unparsed"),
    ("Right pneumothorax. Both lungs show emphysema.", _LR, "Is the abnormality on the left or right?", "B"),
])
def test_both_sides_stated(text: str, options: dict[str, str], question: str, want: str) -> None:
    assert _read(text, options, question) == want


_CV = {"A": "Right upper lobe cavity", "B": "Left upper lobe cavity", "C": "Right lower lobe cavity", "D": "No cavity"}


@pytest.mark.parametrize("text, want", [
    ("Thick-walled cavity, right upper lobe, 3 cm.", "A"),
    ("Cavity, left upper lobe, measuring 2.5 x 3 cm.", "B"),
    # near misses: a hedge, a denial
    ("Possible cavity, right upper lobe, 3 cm.", "unparsed"),
    ("No cavity; right upper lobe nodule, 3 cm.", "D"),
])
def test_short_reply_with_a_size_names_its_option(text: str, want: str) -> None:
    assert _read(text, _CV, "Which of the following is present?") == want


_OV = {"A": "Endometrioma", "B": "Mature cystic teratoma", "C": "Haemorrhagic cyst", "D": "Serous cystadenoma"}
_LG = {"A": "Lymphangioleiomyomatosis", "B": "Langerhans cell histiocytosis", "C": "Emphysema", "D": "Bronchiectasis"}


@pytest.mark.parametrize("text, options, want", [
    ("The presence of fat and a Rokitansky nodule is diagnostic of a dermoid.", _OV, "B"),
    ("The fat-fluid level is diagnostic of a dermoid.", _OV, "B"),
    # near misses: the link denied, two names after it
    ("The fat-fluid level is not diagnostic of a dermoid.", _OV, "unparsed"),
    ("The cysts do not point to LAM.", _LG, "unparsed"),
    ("Nodules and cysts are typical of LAM or LCH.", _LG, "ambiguous"),
])
def test_other_name_after_a_link_from_the_evidence(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want


_HI = {"A": "Left lower lobe consolidation", "B": "Right middle lobe collapse", "C": "Hyperinflation", "D": "Normal"}


@pytest.mark.parametrize("text, want", [
    ("Lungs are hyperexpanded with flattened hemidiaphragms and increased retrosternal air space. No consolidation.",
     "C"),
    ("The lungs are overinflated, with flat diaphragms.", "C"),
    # near misses: the unmapped option's own word stated, a hedge, a cut reply
    ("Lungs are hyperexpanded; the left lower lobe is consolidated.", "unparsed"),
    ("Lungs may be hyperexpanded.", "unparsed"),
    ("Lungs are hyperexpanded with flattened hemidiaphragms and", "truncated"),
])
def test_concept_stated_beside_options_the_vocabulary_does_not_map(text: str, want: str) -> None:
    assert _read(text, _HI, "What is the abnormality?") == want
