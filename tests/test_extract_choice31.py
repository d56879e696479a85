"""Options committed without a letter (session 31, lane choice, issue #7): a subject restating the question ("So the
chamber in question is the left atrium", the question's pole in other words: "the tube that's misplaced"), "X is what
this is", "make X the clear choice", "Of the four choices only X ...", a decision heading over the option's sentence,
"X: description without Y", a denied link ("no lucency across the cortex to suggest X"), "C (its text, a comment)",
an option whose own text holds a letter ("Grade C", "Type A"), "the first" of the listed options; and the near misses
that must keep their reading: the other pole, negation, a supposed case, a doubt after the cue, a refusal to commit.
Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.restated import _RESTATED_SUBJECT
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

DEV = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Right internal jugular catheter", "D": "None of the devices is malpositioned"}
QDEV = "Which device is malpositioned on this chest radiograph?"
CH = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle"}
QCH = "Which cardiac chamber is enlarged?"
PTX = {"A": "Skin fold", "B": "Bullous emphysema", "C": "Pneumomediastinum", "D": "Primary spontaneous pneumothorax"}
QDX = "What is the most likely diagnosis?"
BONE = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Osteoblastoma"}
ILD = {"A": "Idiopathic pulmonary fibrosis", "B": "Asbestosis", "C": "Sarcoidosis", "D": "Silicosis"}
BOW = {"A": "Ulcerative colitis", "B": "Small bowel lymphoma", "C": "Crohn's disease", "D": "Yersinia ileitis"}
SKIN = {"A": "Tinea versicolor", "B": "Pityriasis alba", "C": "Psoriasis", "D": "Vitiligo"}
MEL = {"A": "Spitz nevus", "B": "Superficial spreading melanoma", "C": "Dysplastic nevus", "D": "Blue nevus"}
DENS = {"A": "Almost entirely fatty", "B": "Scattered fibroglandular density", "C": "Heterogeneously dense", "D": "Extremely dense"}
GRADE = {"A": "Grade D", "B": "Grade C", "C": "Grade B", "D": "Grade A"}
TYPE = {"A": "Type IV", "B": "Type C", "C": "Type A", "D": "Type B"}
MS = {"A": "Multiple sclerosis", "B": "Small vessel ischemic disease", "C": "Migraine", "D": "ADEM"}

OCC = {"A": "Calcified pleural plaques", "B": "Upper lobe fibrosis", "C": "Eggshell nodal calcification", "D": "Bilateral hilar lymphadenopathy"}
QOCC = "Which finding is most consistent with asbestos exposure?"


def _read(question: str, options: dict[str, str], text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="c31", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer, got.rule


@pytest.mark.parametrize("question, options, text, answer, rule", [
    pytest.param(QDEV, DEV, 'The ETT sits 5 cm above the carina. The jugular line ends in the SVC.\n\nSo the tube that is malpositioned is the nasogastric tube, coiled in the oesophagus.',
                 'B', 'option_text', id='p01'),
    pytest.param(QDEV, DEV, "ETT fine, IJ line fine. Therefore the device that's misplaced is the nasogastric tube.",
                 'B', 'option_text', id='p02'),
    pytest.param(QCH, CH, 'Double density, splayed carina, straight left heart border. Thus the chamber in question is the left atrium.',
                 'A', 'restated_label', id='p03'),
    pytest.param(QCH, CH, 'The apex is displaced down and out with a rounded contour, so the enlarged chamber is the left ventricle.',
                 'C', 'option_text', id='p04'),
    pytest.param(QDX, PTX, 'Sharp visceral pleural line, no markings beyond it, tall young man: primary spontaneous pneumothorax is what this is.',
                 'D', 'option_text', id='p05'),
    pytest.param(QDX, PTX, "No markings lateral to a fine white line. Primary spontaneous pneumothorax is exactly what we're looking at here.",
                 'D', 'option_text', id='p06'),
    pytest.param(QDX, BOW, "Skip lesions, comb sign and a fistula make Crohn's disease the obvious choice.",
                 'C', 'option_text', id='p07'),
    pytest.param(QDX, BOW, "Transmural disease with a fistula makes Crohn's disease the most likely diagnosis.",
                 'C', 'option_text', id='p08'),
    pytest.param(QDX, ILD, 'The fibrosis is upper zone with eggshell nodes. IPF and asbestosis are basal. Of the listed options, only silicosis fits an upper-zone pattern with eggshell calcification.',
                 'D', 'option_text', id='p09'),
    pytest.param(QDX, ILD, 'Upper zones, eggshell nodes, a sandblaster. Among these choices only silicosis behaves like this.',
                 'D', 'option_text', id='p10'),
    pytest.param(QDX, MEL, '## Findings\n- pagetoid spread\n- no maturation\n\n## Diagnosis\nSuperficial spreading melanoma. Report Breslow depth.',
                 'B', 'lead_in_line', id='p11'),
    pytest.param(QDX, MEL, '**Findings**: asymmetric proliferation, pagetoid cells.\n\n**Final diagnosis**\nSuperficial spreading melanoma. Mitoses are present in the dermis.',
                 'B', 'lead_in_line', id='p12'),
    pytest.param(QDX, SKIN, 'Vitiligo: chalk-white macules around the mouth and eyes, without scale or erythema.',
                 'D', 'option_heading', id='p13'),
    pytest.param(QDX, SKIN, 'Vitiligo: depigmented symmetric patches with sharp borders, with no scaling.',
                 'D', 'option_heading', id='p14'),
    pytest.param(QDX, BONE, 'An 8 mm lucent nidus with dense sclerosis, and no lucent line across the cortex to suggest a stress fracture. The picture is classic for osteoid osteoma.',
                 'A', 'option_text', id='p15'),
    pytest.param(QDX, BONE, 'There is no serpiginous tract into the medulla to suggest a Brodie abscess; this is an osteoid osteoma.',
                 'A', 'option_text', id='p16'),
    pytest.param('What is the breast density category?', DENS, 'C (heterogeneously dense, which may hide small masses)',
                 'C', 'letter_lead', id='p17'),
    pytest.param('What is the breast density category?', DENS, 'B (scattered fibroglandular density; sensitivity is good)',
                 'B', 'letter_lead', id='p18'),
    pytest.param('What is the LA grade of this oesophagitis?', GRADE, 'Breaks bridge the fold tops but involve under 75% of the circumference. That corresponds to Grade C.',
                 'B', 'option_text', id='p19'),
    pytest.param('Which type is this fracture?', TYPE, 'The fracture line runs through the lateral malleolus above the syndesmosis, which makes it Type C.',
                 'B', 'option_text', id='p20'),
    pytest.param(QDX, MS, 'Periventricular ovoid lesions favour multiple sclerosis (A) in a young patient, but small vessel disease (B) is just as plausible in an older one. Both A and B remain reasonable and I would not commit to either.',
                 None, 'ambiguous', id='p21'),
    pytest.param(QDX, MS, 'Could be A, could be B. I will not choose one over the other without the age.',
                 None, 'ambiguous', id='p22'),
    pytest.param(QDX, PTX, 'The line is convex to the chest wall and the markings stop at it. Primary spontaneous pneumothorax is what we have here.',
                 'D', 'option_text', id='p23'),
    pytest.param(QCH, CH, 'The right heart border bulges to the right with a normal carina; hence the chamber involved is the right atrium.',
                 'B', 'option_text', id='p24'),
    pytest.param(QDX, ILD, 'Basal honeycombing would mean IPF, plaques asbestosis. Here it is upper zone. Of all the options, only silicosis fits an upper-zone disease.',
                 'D', 'option_text', id='p25'),
    pytest.param(QDX, BOW, "Continuous rectal disease would mean UC; here the ileum is involved with skip lesions, which makes Crohn's disease the clear choice.",
                 'C', 'option_text', id='p26'),
    pytest.param(QDX, MEL, '### Diagnosis\nSpitz nevus. Symmetric, with maturation at depth.',
                 'A', 'lead_in_line', id='p27'),
    pytest.param(QDX, SKIN, 'Pityriasis alba: ill-defined pale patches on the cheeks of a child, without sharp borders.',
                 'B', 'option_heading', id='p28'),
    pytest.param(QDX, BONE, 'No periosteal reaction along the shaft to suggest a stress fracture, and the nidus is small. Osteoid osteoma is what this is.',
                 'A', 'option_text', id='p29'),
    pytest.param('Which type is this fracture?', TYPE, 'Avulsion of the tip below the joint line: that corresponds to Type A.',
                 'C', 'option_text', id='p30'),
    pytest.param(QDEV, DEV, "Tip of the ETT 4 cm above the carina, IJ catheter at the cavoatrial junction. So the tube that's misplaced is the feeding/nasogastric tube.",
                 'B', 'option_text', id='p31'),
    pytest.param(QOCC, OCC, 'Holly-leaf calcified opacities on the diaphragm. Of the listed options, the first is the one that matches.',
                 'A', 'option_number', id='p33'),
    pytest.param(QOCC, OCC, 'Dense plaques along the pleura and diaphragm; among these choices the third one is wrong and the first fits.',
                 None, 'unparsed', id='p34'),
    pytest.param(QOCC, OCC, 'Plaques are seen, the hila are small. Of the given options, the first fits this history.',
                 'A', 'option_number', id='p35'),
    pytest.param(QCH, CH, 'Carinal splaying and a double contour. The chamber in question must be the left atrium.',
                 'A', 'option_text', id='p32'),
])
def test_committed_without_letter(question: str, options: dict[str, str], text: str, answer: str | None,
                                  rule: str) -> None:
    assert _read(question, options, text) == (answer, rule)


@pytest.mark.parametrize("question, options, text, answer, rule", [
    pytest.param(QDEV, DEV, 'So the tube that is well positioned is the endotracheal tube.',
                 None, 'unparsed', id='n01'),
    pytest.param(QDEV, DEV, "Therefore the device that's correctly placed is the right internal jugular catheter.",
                 None, 'unparsed', id='n02'),
    pytest.param(QCH, CH, 'So the chamber in question is not the left atrium.',
                 None, 'unparsed', id='n03'),
    pytest.param(QCH, CH, 'So the chamber that is normal is the left atrium.',
                 None, 'unparsed', id='n04'),
    pytest.param(QDX, PTX, 'A skin fold is not what this is.',
                 None, 'unparsed', id='n06'),
    pytest.param(QDX, BOW, "The findings do not make Crohn's disease the clear choice.",
                 None, 'unparsed', id='n07'),
    pytest.param(QDX, BOW, "A fistula would make Crohn's disease the obvious choice if one were seen.",
                 None, 'unparsed', id='n08'),
    pytest.param(QDX, ILD, 'Of the four options, only silicosis is unlikely here.',
                 None, 'unparsed', id='n09'),
    pytest.param(QDX, ILD, 'Of the options, only asbestosis can be excluded.',
                 None, 'unparsed', id='n10'),
    pytest.param(QDX, MEL, '### Differential diagnosis\nSpitz nevus. Dysplastic nevus.',
                 None, 'ambiguous', id='n11'),
    pytest.param(QDX, SKIN, 'Vitiligo: unlikely, as the patches have scale.',
                 None, 'unparsed', id='n12'),
    pytest.param(QDX, SKIN, 'Vitiligo: no.',
                 None, 'unparsed', id='n13'),
    pytest.param(QDX, BONE, 'There is no linear lucency perpendicular to the cortex to suggest a stress fracture.',
                 None, 'unparsed', id='n14'),
    pytest.param(QDX, BONE, 'No dense sclerosis around the lesion to suggest osteoid osteoma.',
                 None, 'unparsed', id='n15'),
    pytest.param('What is the breast density category?', DENS, 'C (heterogeneously dense) is less likely than D.',
                 None, 'unparsed', id='n16'),
    pytest.param(QDX, MS, 'I would not commit to multiple sclerosis (A) on this slice; the punctate subcortical foci make small vessel ischemic disease (B) the most likely diagnosis.',
                 'B', 'option_text', id='n17'),
    pytest.param(QDX, MS, "In a young patient this would favour A, in an older one B; without the age I can't choose between them.",
                 None, 'ambiguous', id='n18'),
    pytest.param(QDX, PTX, 'If there were a visceral pleural line, primary spontaneous pneumothorax would be what this is.',
                 None, 'unparsed', id='n19'),
    pytest.param(QDX, PTX, 'Not a skin fold. Unlike bullous emphysema, this has a convex line. Primary spontaneous pneumothorax is what this is.',
                 'D', 'option_text', id='n20'),
    pytest.param(QDEV, DEV, 'So the tube in question could be the nasogastric tube, or maybe the endotracheal tube.',
                 None, 'ambiguous', id='n22'),
    pytest.param(QDX, ILD, 'Among the choices, only asbestosis is basal, which does not fit this upper-zone disease.',
                 None, 'unparsed', id='n23'),
    pytest.param(QDX, BOW, 'Ulcerative colitis is what it is not: skip lesions argue against it.',
                 None, 'unparsed', id='n24'),
    pytest.param('What is the LA grade of this oesophagitis?', GRADE, 'It is not Grade C; the breaks are under one fold.',
                 None, 'unparsed', id='n25'),
    pytest.param(QDX, SKIN, 'Vitiligo: would be chalk-white, but these patches are scaly and pink.',
                 None, 'unparsed', id='n26'),
    pytest.param(QDX, MEL, '### Diagnosis\nNot superficial spreading melanoma. The lesion matures.',
                 None, 'unparsed', id='n27'),
    pytest.param(QDX, BONE, "Osteoid osteoma is what this would be in a teenager; in an adult I'd think otherwise.",
                 None, 'unparsed', id='n28'),
    pytest.param(QCH, CH, 'Is the enlarged chamber the left atrium? Hard to say.',
                 None, 'refused', id='n29'),
    pytest.param(QDX, PTX, 'Of the four choices, only a skin fold extends beyond the rib cage, and this line does not.',
                 None, 'unparsed', id='n30'),
    pytest.param(QOCC, OCC, 'Of the listed options, the first is unlikely here; the plaques are not calcified.',
                 None, 'unparsed', id='n32'),
    pytest.param(QOCC, OCC, 'Of these options, the first is the one I would exclude.',
                 None, 'unparsed', id='n33'),
    pytest.param(QOCC, OCC, 'Of the options, the first is tempting, but the second is the answer.',
                 None, 'unparsed', id='n34'),
    # "Of the options only X <property>" is no verdict (review 31): "only silicosis is upper zone" states what it does
    pytest.param(QDX, ILD, 'Basal honeycombing would mean IPF, plaques asbestosis. Here it is upper zone. Of all the options, only silicosis is upper zone.',
                 None, 'unparsed', id='n35'),
    pytest.param(QDX, ILD, 'Scurvy-like. Asbestosis (basal plaques) shows pleural disease instead. Silicosis is the answer.',
                 'D', 'option_text', id='n31'),
])
def test_near_misses_keep_reading(question: str, options: dict[str, str], text: str, answer: str | None,
                                  rule: str) -> None:
    assert _read(question, options, text) == (answer, rule)


@pytest.mark.parametrize("text", [
    "Only a fistula would make Crohn's disease the obvious choice, and none is seen.",
    "Junior readers often make Crohn's disease the clear choice whenever the ileum is thick.",
    "Terminal ileal thickening alone rarely makes Crohn's disease the clear choice.",
    "These findings don't make Crohn's disease the obvious choice.",
    "If the colon were spared, that could make Crohn's disease the likeliest explanation.",
])
def test_made_the_choice_only_by_the_findings(text: str) -> None:
    assert _read(QDX, BOW, text)[0] is None


def test_heading_called_wrong_is_no_answer() -> None:
    # a per-option verdict line ("incorrect"), not an option stated first with its description
    assert _read(QDX, SKIN, "Pityriasis alba: incorrect, no supporting findings.")[0] is None
    assert _read(QDX, SKIN, "Psoriasis: wrong, without any silvery scale.")[0] is None


def _read_long(text: str) -> None:
    _read(QDEV, DEV, text)
    _read(QDX, SKIN, text)
    _RESTATED_SUBJECT.search(text)


@pytest.mark.parametrize("text", [rep("a ", 10000), rep(" ", 10000, tail="x"), rep("a", 20000, "the "),
                                  rep("the a ", 4000, tail="is the"), rep("Of the options ", 1500, tail="only"),
                                  rep("x ", 8000, "no ", "to suggest a"), rep("Abcd. ", 3000, "### Diagnosis\n"),
                                  rep("without scale, ", 1300, "Vitiligo: ")],
                         ids=["words", "blanks", "one-word", "articles", "of-options", "denied-link", "heading", "absent"])
def test_long_inputs_stay_fast(text: Grown[str]) -> None:
    reads_linearly(_read_long, text)
