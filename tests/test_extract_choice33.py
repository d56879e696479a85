"""A choice decided mid-reply, then other options named only to explain, contrast, define or reject them (issue #7).

Written fresh for lane choice33, in our own words: a clause of reason after the pick ("..., since a Pancoast tumour
would ...") is its ground, not a second pick; a candidate in a "rather than" noun phrase is set aside at any distance;
"X — option C." and "…: X, option B." label a pick; "i.e. E" apposes the letter to the words before it; an option
tied to something as a kind ("is linked to", "is used for") after an answer is a foil; a subject restating the
question as put to the writer ("the association you're after is …") names the answer. Near misses keep their
readings: a later revision that commits, two committed answers, a hedge between two, a roll with no decision.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Atelectasis"}
BONE = {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Giant cell tumour", "D": "Osteochondroma", "E": "Enchondroma"}
HEAD = {"A": "Epidural haematoma", "B": "Subdural haematoma", "C": "Subarachnoid haemorrhage",
        "D": "Intraparenchymal haemorrhage"}
GOUT = {"A": "Methotrexate", "B": "Infliximab", "C": "Allopurinol", "D": "Colchicine"}
COLON = {"A": "Crohn disease", "B": "Ulcerative colitis", "C": "Ischaemic colitis", "D": "Pseudomembranous colitis"}
LIVER = {"A": "Hepatocellular carcinoma", "B": "Haemangioma", "C": "Focal nodular hyperplasia", "D": "Hepatic adenoma",
         "E": "Metastasis"}
KIDNEY = {"A": "Angiomyolipoma", "B": "Renal cell carcinoma", "C": "Oncocytoma", "D": "Simple cyst",
          "E": "Complex cystic mass (Bosniak IV)"}
GENE = {"A": "BRCA1", "B": "APC", "C": "RET", "D": "VHL", "E": "NF1"}


def _read(text: str, options: dict[str, str], question: str = "What is the most likely diagnosis?") -> str:
    sample = Sample(id="c33", question=question, answer=sorted(options)[0], answer_type=AnswerType.CHOICE,
                    options=options)
    ext = extract(text, sample)
    return ext.answer if ext.answer is not None else ext.status.value


@pytest.mark.parametrize("text,options,question,expected", [
    # a clause of reason after the pick names its ground
    ("The answer is B, because an epidural haematoma would not cross the suture.", HEAD, "Which haemorrhage?", "B"),
    ("I'd settle on D here, since an angiomyolipoma would hold macroscopic fat and an oncocytoma is solid.", KIDNEY,
     "What is this renal lesion?", "D"),
    # a rather-than noun phrase sets its candidate aside at any distance
    ("Ischaemic colitis — option C. The watershed splenic flexure is involved rather than the rectum, which is where "
     "ulcerative colitis starts.", COLON, "Which diagnosis fits?", "C"),
    ("Simple cyst — option D: thin wall, no enhancement, rather than the thick nodular septa of a complex cystic mass.",
     KIDNEY, "What is this renal lesion?", "D"),
    # the pick labelled after a described colon
    ("Peripheral nodular discontinuous enhancement with centripetal fill-in: haemangioma, option B. Focal nodular "
     "hyperplasia would have a central scar and hepatocellular carcinoma would wash out.", LIVER, "Liver lesion?", "B"),
    ("Multiple lesions of varied size in a patient with known colon cancer: metastasis, E. Haemangioma can be multiple "
     "but shows nodular peripheral enhancement, which these lack.", LIVER, "Liver lesion?", "E"),
    # "i.e." apposes the letter to the option's words
    ("The fat-containing cortical mass most likely represents an angiomyolipoma, i.e. A. I would not fully exclude "
     "a renal cell carcinoma (B), but the macroscopic fat favours the hamartoma.", KIDNEY, "Renal lesion?", "A"),
    # an option tied to something as a kind, after the answer, is a foil
    ("Continuous mucosal inflammation from the rectum upwards fits ulcerative colitis (B). Crohn disease is associated "
     "with skip lesions and transmural fistulae.", COLON, "Which diagnosis fits?", "B"),
    # a subject restating the question as it was put to the writer
    ("Bilateral phaeochromocytomas with retinal haemangioblastomas: the gene you're after is VHL (D); RET is linked to "
     "MEN 2 and NF1 to neurofibromatosis.", GENE, "Which gene is most likely mutated?", "D"),
    ("Even with a small tumour, first-line treatment is a dopamine agonist — cabergoline (D) — and surgery is kept for "
     "resistance.", {"A": "Transsphenoidal surgery", "B": "Radiotherapy", "C": "Octreotide", "D": "Cabergoline"},
     "What is the first-line treatment?", "D"),
    # a feature denied as pointing toward an option denies that option
    ("There is a sharp lateral edge behind the heart. I don't see an air-fluid level that would point toward a "
     "pneumothorax. On balance this is probably atelectasis.", CHEST, "What is the main abnormality?", "D"),
])
def test_decision_mid_reply_survives_the_options_discussed_after_it(text, options, question, expected):
    assert _read(text, options, question) == expected


@pytest.mark.parametrize("text,options,wrong", [
    # a ground clause no longer chooses its own option ("as a hepatic adenoma usually ..." read D)
    ("Central scar, homogeneous arterial enhancement, no washout: focal nodular hyperplasia (C) is the best fit, as a "
     "hepatic adenoma usually lacks a scar and may bleed.", LIVER, "D"),
    # a kind said of another option is never the answer ("allopurinol is for ..." read C)
    ("For an acute gout flare in a patient with CKD the choice is colchicine (D) at low dose; allopurinol is for "
     "long-term urate lowering, not the acute attack.", GOUT, "C"),
])
def test_a_foil_is_never_read_as_the_answer(text, options, wrong):
    assert _read(text, options) != wrong


@pytest.mark.parametrize("text,options,expected", [
    ("I'd go with B. On reflection, C is more likely because of the air bronchograms.", CHEST, "C"),
    ("It could be an epidural haematoma (A) or a subdural haematoma (B); I can't tell from this slice.", HEAD,
     "ambiguous"),
    ("The answer is B. The answer is C.", CHEST, "ambiguous"),
    ("Ewing sarcoma (B) is tempting, but giant cell tumour (C) fits better given the epiphyseal location.", BONE, "C"),
    ("A: Osteosarcoma — sunburst periosteal reaction. B: Ewing sarcoma — onion-skin periosteal reaction. C: Giant "
     "cell tumour — epiphyseal, eccentric. D: Osteochondroma — exostosis. E: Enchondroma — rings and arcs.", BONE,
     "unparsed"),
    ("I'd pick B, since a pneumothorax would show a pleural line. Wait, there is a pleural line at the apex — so the "
     "answer is A.", CHEST, "A"),
    ("Colchicine (D) or allopurinol (C) — both could be used; I am not sure which the question wants.", GOUT,
     "ambiguous"),
    ("My answer is C. Final answer: D.", COLON, "ambiguous"),
    ("I would go with E, metastasis, rather than haemangioma (B).", LIVER, "E"),
    ("Crohn disease (A), since there are skip lesions, or ulcerative colitis (B), since the rectum is involved — I "
     "cannot decide.", COLON, "ambiguous"),
    ("The findings fit D. On second thought, A is the better answer.", GOUT, "A"),
])
def test_near_misses_keep_their_reading(text, options, expected):
    assert _read(text, options) == expected


def test_a_reply_weighing_options_then_cut_is_truncated():
    options = {"A": "Adenocarcinoma", "B": "Squamous cell carcinoma", "C": "Small cell carcinoma", "D": "Carcinoid"}
    text = ("Working through the features in turn:\n\n1. **Site**: Both squamous cell carcinoma and small cell carcinoma "
            "usually sit near the hilum.\n2. **Cavity**: There is a thick, irregular wall around the cavity, and this "
            "finding is generally more typical of")
    assert _read(text, options, "Which histological type is most likely?") == "truncated"


PITUITARY = {"A": "Transsphenoidal surgery", "B": "Radiotherapy", "C": "Octreotide", "D": "Cabergoline", "E": "Observation"}
HEART = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle", "E": "No chamber enlargement"}
LUNG = {"A": "Bronchopneumonia", "B": "Atelectasis", "C": "Lobar pneumonia", "D": "Pulmonary oedema"}


@pytest.mark.parametrize("text, options, expected", [
    # review choice33: a 'rather than / instead of / unlike' phrase with no comma ends at the main clause's verb
    ("Instead of surgery first-line care means cabergoline (D).", PITUITARY, "D"),
    ("Rather than operating start with cabergoline (D).", PITUITARY, "D"),
    ("Unlike most pituitary adenomas prolactinomas respond to cabergoline (D).", PITUITARY, "D"),
    ("Rather than left ventricle enlargement the contour suggests left atrium.", HEART, "A"),
    # ... and at "typical of": what it is typical of may be the pick
    ("The image shows a consolidated lobe rather than collapse with air bronchograms typical of lobar pneumonia (C).",
     LUNG, "C"),
    # a label then a revision: the revision decides
    ("Cabergoline — option D. Wait, she is pregnant with visual loss, so surgery — option A.", PITUITARY, "A"),
])
def test_review_set_aside_and_label_regressions(text, options, expected):
    assert _read(text, options) == expected


@pytest.mark.parametrize("text, options, wrong", [
    # two labels and a hedge weigh, nothing is picked
    ("Haemangioma, option B. FNH, option C. Hard to separate without MRI.", LIVER, "B"),
    ("Lobar pneumonia — option C. Bronchopneumonia — option A. Both fit the film.", LUNG, "A"),
    # a first thought turned by 'But': what the correction ties an option to is no foil
    ("My first thought: NF1 (E). But NF1 is linked to neurofibromatosis type 1; RET is linked to MEN 2A (C).", GENE, "E"),
    ("First instinct: cabergoline (D). But cabergoline is used for prolactinoma; octreotide is used for persistent "
     "acromegaly (C).", PITUITARY, "D"),
])
def test_review_weighed_or_turned_never_read_wrongly(text, options, wrong):
    assert _read(text, options) != wrong
