"""Closed round closed17 (issue #7): a yes/no question answered by a technical synonym, a sign or a finding that is
the asked condition, not by the question's own words.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
The links live in the shared vocabulary (``answers/concepts.tsv``, ``answers/states.tsv``), which the verifier reads
too: fluid in the suprapatellar recess is a knee joint effusion, bone marrow oedema a bone bruise, fine pleomorphic,
fine linear or punctate calcifications are microcalcifications (a kind of calcification: "Coarse popcorn
calcification." is no microcalcification), blood in the Sylvian fissure, the cisterns or the ventricles is an
intracranial haemorrhage, the retina detached a retinal detachment; the ACL, PCL, menisci, cruciates and appendix are
organs of their own, so "Menisci and cruciates intact." denies an ACL tear, while "Patellar tendon intact." does not.
A broad finding said of an organ is that organ's kind of it (``organ_lists.narrowed_by_organ``): "Complete rupture of
the anterior cruciate ligament." is an ACL tear, "a lesion in segment VI of the liver" a liver lesion; only an organ
it is said of ("of", "in", "within", "involving", or a label before it) narrows it, never "adjacent to the liver",
and a question asking the broad finding reads the broad one ("No hemorrhage in the brain." to "Is there
hemorrhage?"). Physiological fluid is no effusion (``findings_words.PHYSIOLOGIC``), a state under "non-" no statement
(``NON_PREFIX``); a denial after the organ denies the finding said of it ("Thrombus in the popliteal vein has
resolved.", ``organ_lists.linked_after``), and a denial placed in the organ that narrowed the finding answers the
narrower question ("No thrombus in the popliteal vein." to "Is there a DVT?", not "... a thrombus?"). A question
naming one kind of a concept that files kinds under one id ("labral tear") is not answered by a narrower concept of
another kind ("Supraspinatus tear.", ``findings_words.names_a_kind``). Signs that define a grade live in
``extract/signs.tsv`` (a taller-than-wide thyroid nodule or one with microcalcifications is suspicious).

Links are made only where the sign is the condition wherever it is written. A sign that merely suggests one stays
unread: consolidation for pneumonia, Kerley B lines for pulmonary oedema, disc swelling for papilloedema, a crescentic
extra-axial collection for a subdural haematoma, an appendicolith for appendicitis.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES: list[tuple[str, str, str | None]] = [
    # the asked condition by another name, or its organ's kind of a broad finding
    ("Is there a joint effusion?", "Moderate suprapatellar fluid.", "yes"),
    ("Is there a knee effusion?", "**Findings:** small amount of fluid in the suprapatellar recess.", "yes"),
    ("Is there a joint effusion?", "<think>Look at the pouch.</think>Fluid distends the suprapatellar pouch.", "yes"),
    ("Is there a bone bruise?", "Bone marrow oedema in the lateral femoral condyle.", "yes"),
    ("Are there microcalcifications?", "Fine pleomorphic calcifications in the upper outer quadrant.", "yes"),
    ("Are there microcalcifications?", "Clustered fine linear branching calcifications at 2 o'clock.", "yes"),
    ("Is there haemorrhage?", "Hyperdense blood in the left Sylvian fissure.", "yes"),
    ("Is there intracranial haemorrhage?", "Blood in the occipital horns of the lateral ventricles.", "yes"),
    ("Is there an ACL tear?", "Complete rupture of the anterior cruciate ligament.", "yes"),
    ("Is there an ACL tear?", "ACL fibres discontinuous.", "yes"),
    ("Is there an ACL tear?", "The anterior cruciate ligament is torn.", "yes"),
    ("Is there retinal detachment?", "The retina is detached inferiorly.", "yes"),
    ("Is there a liver lesion?", "A 2 cm hypodense lesion in segment VI of the liver.", "yes"),
    ("Is there appendicitis?", "The appendix is dilated and inflamed.", "yes"),
    ("Is the appendix inflamed?", "Appendix 11 mm, non-compressible, with periappendiceal fat stranding.", "yes"),
    # denied by the organ called intact or normal
    ("Is there an ACL tear?", "Menisci and cruciates intact.", "no"),
    ("Is there an ACL tear?", "ACL: intact. PCL: torn.", "no"),
    ("Is there a meniscal tear?", "Menisci intact.", "no"),
    ("Is there appendicitis?", "Normal appendix.", "no"),
    ("Is there retinal detachment?", "The retina is flat and attached.", "no"),
    ("Are there microcalcifications?", "No calcifications.", "no"),
    ("Is there a joint effusion?", "No suprapatellar fluid.", "no"),
    ("Is there hemorrhage?", "No hemorrhage in the brain.", "no"),
    # another kind, another organ, another place, or only a suggestive sign: no answer
    ("Are there microcalcifications?", "Coarse popcorn calcification in a fibroadenoma.", None),
    ("Is there a PCL tear?", "Complete rupture of the anterior cruciate ligament.", None),
    ("Is there an ACL tear?", "Patellar tendon intact.", None),
    ("Is there an ACL tear?", "Partial tear of the MCL.", None),
    ("Is there a liver lesion?", "There is a lesion adjacent to the liver.", None),
    ("Is there a subdural haematoma?", "Blood in the left sylvian fissure.", None),
    ("Is there a joint effusion?", "Physiological amount of fluid in the suprapatellar recess.", None),
    ("Is there a pleural effusion?", "Moderate suprapatellar effusion.", None),
    ("Is there haemorrhage?", "No intracranial blood.", None),
    ("Is there pneumonia?", "Consolidation with air bronchograms in the right lower lobe.", None),
    ("Is there pulmonary oedema?", "Kerley B lines and upper lobe diversion.", None),
    ("Is there appendicitis?", "An appendicolith in a 5 mm appendix.", None),
    # batch 2: more links by name or organ, a denial after the organ, another kind of one concept, a "non-" state
    ("Is there hydronephrosis?", "Renal pelvis 18 mm AP with calyceal dilatation.", "yes"),
    ("Is there portal hypertension?", "Splenomegaly and recanalised umbilical vein.", "yes"),
    ("Is there intussusception?", "Bowel-within-bowel appearance in the right upper quadrant.", "yes"),
    ("Is there intussusception?", "Pseudokidney sign on ultrasound.", None),
    ("Is there a fracture?", "Cortical step-off at the distal radius.", "yes"),
    ("Is the bowel obstructed?", "Dilated small bowel loops to 4 cm with air-fluid levels.", "yes"),
    ("Is the small bowel obstructed?", "Dilated small bowel loops to a transition point in the right lower quadrant.",
     "yes"),  # infer14's sign case, read by the concept reader since 'obstructed' is a state of the bowel
    ("Is the thyroid nodule suspicious?", "Taller-than-wide with microcalcifications.", "yes"),
    ("Is the thyroid nodule suspicious?", "Spongiform, wider-than-tall, no calcifications.", "no"),
    ("Is there a pericardial effusion?", "Fluid in the pericardial sac, 1.5 cm.", "yes"),
    ("Is there a hemothorax?", "Blood in the right pleural space.", "yes"),
    ("Is there a DVT?", "Occlusive thrombus in the left popliteal vein.", "yes"),
    ("Is there a DVT?", "Thrombus in the great saphenous vein.", None),
    ("Is there a DVT?", "No thrombus in the popliteal vein.", "no"),
    ("Is there a DVT?", "Thrombus in the popliteal vein has resolved.", "no"),
    ("Is there a thrombus?", "No thrombus in the popliteal vein.", None),
    ("Is there a rotator cuff tear?", "Full-thickness tear of the supraspinatus tendon.", "yes"),
    ("Is there a labral tear?", "Supraspinatus tear.", None),
    ("Is there a labral tear?", "Complete rupture of the anterior cruciate ligament.", None),
    ("Is there a ligament tear?", "Complete rupture of the anterior cruciate ligament.", "yes"),
    ("Is there an aortic aneurysm?", "Aneurysmal dilatation of the infrarenal aorta.", "yes"),
    ("Is there a skull fracture?", "Fracture of the left parietal bone.", "yes"),
    ("Is there a fracture?", "No fracture of the skull.", None),
    ("Is there a pancreatic mass?", "Hypoenhancing mass in the pancreatic head.", "yes"),
    ("Is there a bowel obstruction?", "Gas and stool throughout a non-dilated colon.", None),
    ("Is the bowel obstructed?", "Non-dilated small bowel loops.", None),
    ("Is there an ACL tear?", "Findings: the anterior cruciate ligament shows complete discontinuity of its fibres.", "yes"),
    # batch 3: signs that define the finding (extract/signs.tsv)
    ("Is the ACL intact?", "Continuous low-signal fibres from femur to tibia, normal orientation.", "yes"),
    ("Is there an ACL tear?", "ACL fibres are continuous.", "no"),
    ("Is there a meniscal tear?", "Continuous low-signal fibres from femur to tibia.", None),
    ("Is there choledocholithiasis?", "A 9 mm shadowing echogenic focus in the distal common bile duct.", "yes"),
    ("Is there choledocholithiasis?", "Shadowing echogenic foci in the gallbladder; the CBD is 4 mm.", None),
    ("Is there a cerebral aneurysm?", "A 7 mm saccular outpouching arises from the anterior communicating artery.", "yes"),
    ("Is there an aortic aneurysm?", "A 7 mm saccular outpouching arises from the anterior communicating artery.", None),
    ("Is there an aneurysm?", "Saccular outpouching of the sigmoid colon wall.", None),
    ("Is there a hernia?", "A loop of small bowel protrudes through a defect in the abdominal wall.", "yes"),
    ("Is there an inguinal hernia?", "Part of the stomach passes through the oesophageal hiatus.", None),
    ("Is there an atrial septal defect?", "Left-to-right flow across a defect in the mid interatrial septum.", "yes"),
    ("Is there an atrial septal defect?", "The interatrial septum is intact.", "no"),
    ("Is there ascites?", "Anechoic fluid in the pouch of Douglas.", "yes"),
    # batch 4: a term word called normal after "with" is no statement of the term; an organ a finding lies in,
    # called normal, is the finding's place, not a denial of it
    ("Is there an ACL tear?", "Rupture of the MCL with an intact ACL.", "no"),  # the ACL is said intact
    ("Is there a liver lesion?", "A 2 cm lesion in a normal liver.", "yes"),
    ("Is there a liver lesion?", "No lesion in a normal liver.", "no"),
    # a state before an operation is an earlier time (hedges.EARLIER_TIME), not this study
    ("Is there retinal detachment?", "The retina was detached before surgery; now flat.", None),
]


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_closed17_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="c17", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule
