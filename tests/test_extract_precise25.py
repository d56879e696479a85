"""Choice wrong parses and false decisions fixed in session 25 (precise25), each shape with probes in new words.

An option denied as what a feature would suggest ("no septation to suggest a cystic hygroma") is no finding stated;
an abbreviation listed beside another option's text ("GPA and metastases can cavitate") picks neither; a pick labelled
with its own letter ("Hemivertebra, D.") outweighs an option named in passing after it; a close on "either A or B is
reasonable" keeps both open. Near misses keep their reading. Invented texts.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _choice(text: str, options: dict[str, str], question: str = "Which finding is present?") -> str | None:
    return extract(text, Sample(id="p25", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


FETAL = {"A": "Thickened nuchal fold", "B": "Normal nuchal fold", "C": "Cystic hygroma", "D": "Holoprosencephaly"}
LIVER = {"A": "Hepatic abscess", "B": "Haemangioma", "C": "Hepatocellular carcinoma", "D": "Simple cyst"}
CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar consolidation", "D": "Pulmonary oedema"}
BONE = {"A": "Osteoid osteoma", "B": "Brodie abscess", "C": "Stress fracture", "D": "Ewing sarcoma"}


@pytest.mark.parametrize("text, options", [
    ("The fold measures 7 mm. There is no septation to suggest a cystic hygroma.", FETAL),
    ("The fold is thick. There are no septa to suggest a cystic hygroma, and the skull is formed.", FETAL),
    ("A 5 cm lesion. There is no rim enhancement that would suggest a hepatic abscess.", LIVER),
    ("Fluid density throughout. There is no arterial washout to indicate hepatocellular carcinoma.", LIVER),
    ("The lung edge is sharp. There is no meniscus to suggest a pleural effusion.", CHEST),
    ("Patchy opacity. There is no air bronchogram to suggest lobar consolidation here.", CHEST),
    ("Dense sclerosis around a lucency. There is no periosteal lamellation to suggest Ewing sarcoma.", BONE),
    ("A thin lucent line. There is no central nidus that would indicate an osteoid osteoma.", BONE),
    ("The cortex is thick. There is no sequestrum to support a Brodie abscess.", BONE),
    ("Well-defined lesion. No calcified rim which might suggest a haemangioma.", LIVER),
    ("The nuchal fold is 7 mm. We see no internal septa to suggest a cystic hygroma.", FETAL),
    ("A wedge of opacity. There is no visceral pleural line to suggest a pneumothorax.", CHEST),
    ("The lesion is anechoic. There is no solid nodule to suggest hepatocellular carcinoma.", LIVER),
    ("The midline is intact. There is no fused ventricle to suggest holoprosencephaly.", FETAL),
    ("No Kerley lines. There is no septal thickening to suggest pulmonary oedema.", CHEST),
    ("Bone scan is hot. There is no lucent line to indicate a stress fracture.", BONE),
    ("There is no debris level that would point to a hepatic abscess.", LIVER),
    ("Round and smooth. There is no peripheral nodular enhancement to suggest a haemangioma.", LIVER),
    ("Normal skull. There is no cystic mass to suggest a cystic hygroma.", FETAL),
    ("The heart is normal. There is no bat-wing haze to suggest pulmonary oedema.", CHEST),
    ("The bone is expanded. There is no onion skin reaction to suggest Ewing sarcoma.", BONE),
])
def test_an_option_denied_as_suggested_is_not_chosen(text: str, options: dict[str, str]) -> None:
    got = _choice(text, options)
    assert got is None or options[got].lower() not in text.lower()


@pytest.mark.parametrize("text, options, want", [
    ("There is no septation. The appearance is that of a cystic hygroma.", FETAL, "C"),
    ("Rim enhancement and gas suggest a hepatic abscess.", LIVER, "A"),
    ("A meniscus at the base; this is a pleural effusion.", CHEST, "B"),
])
def test_an_option_suggested_without_a_denial_is_still_chosen(text: str, options: dict[str, str], want: str) -> None:
    assert _choice(text, options) == want


VASC = {"A": "Septic emboli", "B": "Granulomatosis with polyangiitis", "C": "Metastases", "D": "Rheumatoid nodules"}
MSK = {"A": "Anterior cruciate ligament tear", "B": "Posterior cruciate ligament tear", "C": "Meniscal tear",
       "D": "Bone bruise"}
NEURO = {"A": "Subarachnoid haemorrhage", "B": "Subdural haematoma", "C": "Extradural haematoma",
         "D": "Intracerebral haemorrhage"}
DX = "What is the most likely diagnosis?"


@pytest.mark.parametrize("text, options, listed", [
    ("Peripheral nodules with feeding vessels in a drug user fit emboli. GPA and metastases can cavitate, but the "
     "story decides it.", VASC, "B"),
    ("Nodules at different stages of cavitation in a drug user. GPA and metastases also cavitate, but the setting is "
     "decisive.", VASC, "B"),
    ("Cavitating nodules with feeding vessels. Metastases and GPA may look alike, but the history settles it.", VASC, "B"),
    ("The tibia is translated forwards. ACL and meniscal tear often coexist, but here the story is decisive.", MSK, "A"),
    ("Posterior sag of the tibia. The PCL and bone bruise pattern both fit, but the sag settles it.", MSK, "B"),
    ("Blood in the basal cisterns. SDH and extradural haematoma can both be crescentic, but this is cisternal.", NEURO,
     "B"),
    ("A lentiform collection. SDH and intracerebral haemorrhage were considered, but the shape decides.", NEURO, "B"),
    ("Blood in the sulci. SAH and subdural haematoma can look alike on one slice, but the cisterns decide.", NEURO,
     "A"),
    ("Nodules with feeding vessels. Rheumatoid nodules and GPA can both cavitate, but this patient injects drugs.",
     VASC, "B"),
    ("Posterior tibial sag. Bone bruise and ACL injury often go together, but not here.", MSK, "A"),
    ("A biconvex bleed. SDH and subarachnoid haemorrhage can coexist, but the lens shape decides it.", NEURO, "B"),
    ("Cavities of varying ages. Metastases or GPA would be my second thoughts, but the history is decisive.", VASC,
     "B"),
    ("Bone marrow oedema. Meniscal tear and ACL sprain were weighed, but the pattern fits neither well.", MSK, "A"),
    ("A crescent over the convexity. Extradural haematoma and SDH were weighed, and the sutures decide it.", NEURO,
     "B"),
    ("Multiple cavitating nodules. Septic emboli and GPA both cavitate; the history is what tips it.", VASC, "B"),
    ("The ACL and meniscal tear can coexist, but I would weigh them together.", MSK, "A"),
    ("Basal cistern blood. SAH and intracerebral haemorrhage may coexist after trauma.", NEURO, "A"),
    ("Nodules in a drug user. GPA and rheumatoid nodules may cavitate as well.", VASC, "B"),
    ("Knee effusion. PCL and bone bruise patterns overlap.", MSK, "B"),
    ("Blood over the tentorium. SDH and subarachnoid haemorrhage overlap there.", NEURO, "B"),
])
def test_an_abbreviation_listed_with_another_option_picks_neither(text: str, options: dict[str, str],
                                                                  listed: str) -> None:
    assert _choice(text, options, DX) != listed


@pytest.mark.parametrize("text, options, want", [
    ("Cavitating nodules and renal failure point to GPA.", VASC, "B"),
    ("The tibia is translated forwards: a torn ACL.", MSK, "A"),
])
def test_an_abbreviation_alone_in_its_clause_is_still_read(text: str, options: dict[str, str], want: str) -> None:
    assert _choice(text, options, DX) == want


SPINE = {"A": "Scoliosis", "B": "Kyphosis", "C": "Vertebral collapse", "D": "Hemivertebra"}
LUNG = {"A": "Atelectasis", "B": "Pneumothorax", "C": "Bronchiectasis", "D": "Pulmonary embolism"}
ABD = {"A": "Ascites", "B": "Small bowel obstruction", "C": "Volvulus", "D": "Intussusception"}


@pytest.mark.parametrize("text, options, want", [
    ("A wedge-shaped body at T9 with one pedicle. Hemivertebra, D. It causes a short scoliosis.", SPINE, "D"),
    ("Hemivertebra, D. It leads to scoliosis above it.", SPINE, "D"),
    ("One pedicle only. Hemivertebra, D. Scoliosis follows from it.", SPINE, "D"),
    ("Vertebral collapse, C. A kyphosis results from it.", SPINE, "C"),
    ("Height loss of L1. Vertebral collapse, C. Secondary kyphosis.", SPINE, "C"),
    ("Pulmonary embolism, D. It can cause atelectasis at the base.", LUNG, "D"),
    ("A filling defect in the artery. Pulmonary embolism, D. Some atelectasis beside it.", LUNG, "D"),
    ("Pneumothorax, B. The lung under it shows atelectasis.", LUNG, "B"),
    ("A visceral pleural line. Pneumothorax, B. Passive atelectasis of the lower lobe.", LUNG, "B"),
    ("Bronchiectasis, C. It may follow chronic atelectasis.", LUNG, "C"),
    ("Whirl of mesentery. Volvulus, C. It causes a small bowel obstruction.", ABD, "C"),
    ("Volvulus, C. Ascites is secondary.", ABD, "C"),
    ("Target sign. Intussusception, D. It leads to a small bowel obstruction.", ABD, "D"),
    ("Intussusception, D. Some free fluid (ascites) around it.", ABD, "D"),
    ("Small bowel obstruction, B. Ascites accompanies it.", ABD, "B"),
    ("Hemivertebra, D. The scoliosis is its consequence.", SPINE, "D"),
    ("Kyphosis, B. It follows the vertebral collapse of T12.", SPINE, "B"),
    ("Atelectasis, A. A small pneumothorax was drained before.", LUNG, "A"),
    ("Ascites, A. Bowel loops float centrally, not a volvulus.", ABD, "A"),
    ("Wedge vertebra. Hemivertebra, D. Scoliosis (A) is only its result.", SPINE, "D"),
])
def test_a_labelled_pick_outweighs_an_option_named_in_passing(text: str, options: dict[str, str], want: str) -> None:
    assert _choice(text, options, "What is the abnormality?") == want


@pytest.mark.parametrize("text, options", [
    ("Scoliosis, A. Hemivertebra, D.", SPINE),
    ("Pneumothorax, B. Atelectasis, A.", LUNG),
])
def test_two_labelled_picks_choose_neither(text: str, options: dict[str, str]) -> None:
    assert _choice(text, options, "What is the abnormality?") is None


def test_a_verdict_closing_the_line_before_an_answer_phrase_does_not_void_it() -> None:
    text = "Pneumothorax: yes\nPleural effusion: no\n\nAnswer: Pneumothorax"
    assert _choice(text, LUNG) == "B"


HEART = {"A": "Pericardial effusion", "B": "Dilated cardiomyopathy", "C": "Anterior mediastinal mass",
         "D": "Projection artefact"}


@pytest.mark.parametrize("text", [
    "The contour points toward a dilated cardiomyopathy (B). Without an echo I'd say either A or B is reasonable.",
    "Globular heart, pointing toward pericardial effusion (A). Either A or B is possible on this film.",
    "The left ventricle bulges: dilated cardiomyopathy (B). Honestly, either A or B remains plausible.",
    "I lean to B. Still, either A or B would be defensible without an echo.",
    "It points to B. Either A or B is equally likely.",
    "A fits the shape. Either A or B seems reasonable.",
    "Probably B. On a single film, either A or B is acceptable.",
])
def test_a_choice_closed_on_either_of_two_is_ambiguous(text: str) -> None:
    assert _choice(text, HEART, "What is the most likely explanation?") is None


def test_a_choice_that_turns_back_after_either_keeps_it() -> None:
    text = "Either A or B is possible, but the upper-lobe diversion makes it B."
    assert _choice(text, HEART, "What is the most likely explanation?") == "B"


SIGNS = {"A": "Double bubble", "B": "Football sign", "C": "String of pearls", "D": "Coffee bean sign"}
CHEST_SIGNS = {"A": "Deep sulcus sign", "B": "Golden S sign", "C": "Air crescent sign", "D": "Westermark sign"}
BONE_SIGNS = {"A": "Sunburst periosteal reaction", "B": "Onion skin periosteal reaction", "C": "Fallen fragment sign",
              "D": "Codman triangle"}


@pytest.mark.parametrize("text, options, question", [
    ("The sign is a dilated inverted loop of sigmoid colon. The double bubble is seen in duodenal atresia.", SIGNS,
     "Which sign suggests sigmoid volvulus?"),
    ("A huge bean-shaped loop arises from the pelvis. The double bubble is classically seen in duodenal obstruction.",
     SIGNS, "Which sign on a radiograph suggests sigmoid volvulus?"),
    ("A loop shaped like a bean. The football sign is associated with massive pneumoperitoneum.", SIGNS,
     "Which sign suggests sigmoid volvulus?"),
    ("Beaded gas bubbles in fluid-filled loops. The double bubble is typical of duodenal atresia.", SIGNS,
     "Which sign is typical of small-bowel obstruction?"),
    ("Air outlines both sides of the bowel wall. The string of pearls is seen in small-bowel obstruction.", SIGNS,
     "Which sign suggests pneumoperitoneum?"),
    ("A lucent costophrenic angle on a supine film. The Westermark sign is seen in pulmonary embolism.", CHEST_SIGNS,
     "Which sign suggests a pneumothorax on a supine film?"),
    ("Oligaemia beyond an embolus. The deep sulcus sign is a sign of pneumothorax on a supine film.", CHEST_SIGNS,
     "Which sign suggests pulmonary embolism?"),
    ("A crescent of air around a fungal ball. The Golden S sign is associated with a central obstructing mass.",
     CHEST_SIGNS, "Which sign is typical of an aspergilloma?"),
    ("Right upper lobe collapse around a hilar mass. The air crescent sign is seen in invasive aspergillosis.",
     CHEST_SIGNS, "Which sign suggests a central bronchogenic carcinoma?"),
    ("A fragment sinks to the bottom of a cyst. The Codman triangle is seen with aggressive tumours.", BONE_SIGNS,
     "Which sign is pathognomonic of a simple bone cyst?"),
    ("Spiculated new bone radiates outwards. Onion skin periosteal reaction is typical of Ewing sarcoma.", BONE_SIGNS,
     "Which finding suggests osteosarcoma?"),
    ("Layered periosteum around the shaft. Sunburst periosteal reaction is classically seen in osteosarcoma.",
     BONE_SIGNS, "Which finding is typical of Ewing sarcoma?"),
    ("A loop of sigmoid colon folded on itself. The football sign is seen in infants with free air.", SIGNS,
     "Which sign suggests sigmoid volvulus?"),
    ("Dilated bowel with beads of gas. The football sign is associated with perforation.", SIGNS,
     "Which sign indicates small-bowel obstruction?"),
    ("A wedge-shaped peripheral opacity is typical. The deep sulcus sign is seen in pneumothorax.", CHEST_SIGNS,
     "Which sign is associated with pulmonary infarction?"),
    ("Reverse S at the minor fissure. The air crescent sign is found in aspergilloma.", CHEST_SIGNS,
     "Which sign points to right upper lobe collapse?"),
    ("The lesion lifts the periosteum at its edge. Onion skin periosteal reaction is associated with Ewing sarcoma.",
     BONE_SIGNS, "Which sign indicates an aggressive osteosarcoma?"),
    ("Fragments lie dependent within the cyst. Sunburst periosteal reaction is seen in osteosarcoma.", BONE_SIGNS,
     "Which sign suggests a unicameral bone cyst?"),
    ("A bean-shaped loop. The string of pearls is typical of small-bowel obstruction.", SIGNS,
     "Which sign is characteristic of sigmoid volvulus?"),
    ("Gas on both sides of the wall. The double bubble is seen in duodenal atresia.", SIGNS,
     "Which sign is seen in pneumoperitoneum?"),
])
def test_an_option_tied_to_another_condition_is_not_the_answer(text: str, options: dict[str, str],
                                                               question: str) -> None:
    assert _choice(text, options, question) is None


@pytest.mark.parametrize("text, options, question, want", [
    ("The coffee bean sign is seen in sigmoid volvulus.", SIGNS, "Which sign suggests sigmoid volvulus?", "D"),
    ("The double bubble is associated with duodenal atresia.", SIGNS, "Which sign suggests duodenal atresia?", "A"),
    ("Here the football sign is seen in this infant: free air.", SIGNS, "Which sign is seen in pneumoperitoneum?",
     "B"),
])
def test_an_option_tied_to_the_asked_condition_is_read(text: str, options: dict[str, str], question: str,
                                                       want: str) -> None:
    assert _choice(text, options, question) == want
