"""Closed answers given only as a description (session 25, issue #7): a displacement asked in one direction, a rib
count against the level of a full inspiration, the extent a wall is measured along, the pulmonary arteries asked in
the plural, and "look" as a seeming verb of a plural subject."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.direction import asked_direction, directions
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is the heart shifted to the right?", "The mediastinum, including the heart, is displaced towards the right side "
     "because the right lung has lost volume.", "yes"),
    ("Is the trachea deviated to the right?", "Trachea pushed over towards the right by the large left-sided effusion.",
     "yes"),
    ("Is the trachea deviated to the right?", "The tracheal air column is displaced 1.5 cm to the right.", "yes"),
    ("Is the heart displaced to the left?", "Heart and trachea are both shifted to the left.", "yes"),
    ("Is the trachea deviated to the right?", "Rightward tracheal deviation.", "yes"),
    ("Is the trachea deviated to the left?", "The trachea is deviated to the right.", "no"),
    ("Is the mediastinum shifted to the left?", "There is rightward mediastinal shift.", "no"),
    ("Is there mediastinal shift to the left?", "The mediastinum is shifted away from the large left effusion.", "no"),
    ("Is the trachea deviated to the left?", "Trachea central.", "no"),
    ("Is the trachea deviated to the right?", "The trachea is midline.", "no"),
    # near misses: no direction, both, a denial naming a side, a hedge, a direction denied, no displacement named
    ("Is the trachea deviated to the right?", "The trachea is deviated, though I cannot tell which way.", None),
    ("Is the trachea deviated to the right?", "The trachea is deviated to the right and the heart is pushed to the "
     "left.", None),
    ("Is the trachea deviated to the right?", "No tracheal deviation to the left.", None),
    ("Is the heart shifted to the right?", "The heart may be shifted to the right.", None),
    ("Is the trachea deviated to the right?", "The trachea is deviated, but not to the right.", None),
    ("Is the heart shifted to the right?", "Dextrocardia.", None),
    ("Is the trachea deviated to the right?", "The trachea is deviated to the right or to the left.", None),
])
def test_direction(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_direction_parts() -> None:
    assert asked_direction("Is the heart shifted to the right?") == ("Is the heart shifted?", "right")
    assert asked_direction("Is the right hemidiaphragm pushed to the left?") is None  # a side before the direction
    assert asked_direction("Is there a pleural effusion on the right?") is None
    assert directions("shifted away from the left effusion") == {"right"}
    assert directions("deviated, but not to the right") is None
    assert directions("deviated to the right or to the left") == {"left", "right"}


@pytest.mark.parametrize("question, text, expected", [
    ("Are the lungs hyperinflated?", "Eleven posterior ribs are visible above the diaphragm.", "yes"),
    ("Are the lungs hyperinflated?", "Twelve posterior ribs project above the diaphragm.", "yes"),
    ("Is there hyperinflation?", "The right hemidiaphragm sits at the level of the 11th posterior rib.", "yes"),
    ("Are the lungs hyperinflated?", "Nine posterior ribs are seen above the right hemidiaphragm.", "no"),
    ("Are the lung volumes low?", "Only 7 posterior ribs are visible above the diaphragm.", "yes"),
    ("Are the lung volumes low?", "The diaphragm is at the 7th posterior rib.", "yes"),
    ("Are the lung volumes low?", "10 posterior ribs are visible above the right hemidiaphragm.", "no"),
    # near misses: the count at the cut-off, a rib's lesion, a hedge, anterior ribs
    ("Are the lung volumes low?", "8 posterior ribs are visible.", None),
    ("Are the lungs hyperinflated?", "There is a healing fracture of the 11th posterior rib.", None),
    ("Are the lungs hyperinflated?", "Perhaps 11 posterior ribs are visible.", None),
    ("Are the lung volumes low?", "Six anterior ribs are visible.", None),
])
def test_rib_count(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there bowel wall thickening?", "The sigmoid colon wall measures 8 mm over a 10 cm segment.", "yes"),
    ("Is there bowel wall thickening?", "The terminal ileum wall measures 9 mm over a 12 cm length.", "yes"),
    ("Is the colonic wall thickened?", "Colonic wall 2 mm along a 20 cm stretch of distended colon.", "no"),
    # near misses: another thing's size beside it, a value in the gap
    ("Is there bowel wall thickening?", "The colon wall measures 8 mm and there is a 3 cm mass.", None),
    ("Is there bowel wall thickening?", "The ileal wall measures 4 mm over a 10 cm segment.", None),
])
def test_extent_is_no_second_value(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Are the pulmonary arteries enlarged?", "The main pulmonary artery measures 36 mm, larger than the ascending "
     "aorta at the same level.", "yes"),
    ("Are the pulmonary arteries dilated?", "Main pulmonary artery 38 mm.", "yes"),
    ("Are the pulmonary arteries enlarged?", "The pulmonary trunk measures 24 mm.", "no"),
    ("Are the pulmonary arteries enlarged?", "The pulmonary trunk measures 30 mm.", None),  # the gap
])
def test_pulmonary_arteries_plural(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Are the lungs hyperinflated?", "The lungs look hyperinflated.", "yes"),
    ("Are the lungs clear?", "The lungs look clear.", "yes"),
    ("Are the ventricles enlarged?", "The ventricles look normal in size.", "no"),
    ("Are the lungs hyperinflated?", "I can count 11 posterior ribs above the right hemidiaphragm, and the "
     "hemidiaphragms look flat.", "yes"),
    # near misses: a modal before it, a search, a person looking
    ("Are the lungs clear?", "The lungs could look clear on this view, but a lateral is needed.", None),
    ("Are the lungs clear?", "I would look at a lateral view before calling the lungs clear.", None),
    ("Is there evidence of pneumonia?", "Ground-glass opacities; other infections can look identical.", None),
    ("Are the kidneys enlarged?", "I would look for hydronephrosis.", None),
])
def test_look_seeming(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a left lower lobe opacity?", "Retrocardiac opacity obscuring the medial left hemidiaphragm.", "yes"),
    ("Is there right middle lobe consolidation?", "Consolidation obscuring the right heart border.", "yes"),
    ("Is there consolidation in the left upper lobe?", "Dense lingular consolidation with air bronchograms.", "yes"),
    ("Is there a right lower lobe opacity?", "Opacity effacing the right hemidiaphragm.", "yes"),
    ("Is there a left lower lobe opacity?", "Left lower lobe opacity obscuring the hemidiaphragm.", "yes"),
    # near misses: the part denied, another lobe asked, a hernia behind the heart, a border kept, a hedge
    ("Is there a left lower lobe opacity?", "No retrocardiac opacity.", None),
    ("Is there a right lower lobe opacity?", "Retrocardiac opacity.", None),
    ("Is there a left lower lobe opacity?", "Retrocardiac air-fluid level from a hiatus hernia.", None),
    ("Is there right middle lobe consolidation?", "The right heart border is sharp.", None),
    ("Is there a left lower lobe opacity?", "Possible retrocardiac opacity.", None),
])
def test_lobe_part(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pneumothorax?", "Pneumothorax causing mediastinal shift.", "yes"),
    ("Is there an effusion?", "Effusion causing no deviation.", None),  # a negation after it still unclear
    # ("shift" is a state word of the mediastinum, states.tsv, errdetect37: "no shift" denies the shift, as "no
    # elevation" denies an elevation, and leaves the effusion stated)
    ("Is there an effusion?", "Effusion causing no shift.", "yes"),
    ("Is there a mass?", "Mass effect on the ventricle.", None),  # a compound noun still
])
def test_participle_after_term(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion on the left?", "There is blunting of the right costophrenic angle; the left angle is "
     "sharp.", "no"),
    ("Is there a left pleural effusion?", "Meniscus at the right costophrenic angle, while the left is clear.", "no"),
    ("Is the right kidney normal?", "The left kidney is atrophic. The right one appears normal.", "yes"),
    # near misses: two structures named on the other side, the structure named in full, a hedge
    ("Is there a left pleural effusion?", "Right costophrenic angle blunted and right hilum enlarged; the left is "
     "clear.", None),
    ("Is the left kidney normal?", "The right kidney is small; the left kidney is not seen.", None),
    ("Is there a left pleural effusion?", "The right costophrenic angle is blunted; the left may be too.", None),
])
def test_side_ellipsis(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_side_ellipsis_written_out() -> None:
    from medstep.extract.side_ellipsis import expand
    assert expand("Blunted right costophrenic angle; the left angle is sharp.") == (
        "Blunted right costophrenic angle; the left costophrenic angle is sharp.")
    assert expand("The right kidney and right ureter are dilated; the left is normal.") == (
        "The right kidney and right ureter are dilated; the left is normal.")
    assert expand("The left lung is clear.") == "The left lung is clear."


@pytest.mark.parametrize("question, text, expected", [
    ("Is the left hemidiaphragm elevated?", "Left hemidiaphragm 4 cm higher than right.", "yes"),
    ("Is the left hemidiaphragm raised?", "The left dome of the diaphragm sits 3 cm above the right.", "yes"),
    ("Is the left hemidiaphragm elevated?", "The left hemidiaphragm lies 2 cm lower than the right.", "no"),
    ("Is the right hemidiaphragm elevated?", "The right hemidiaphragm projects 6 cm higher than the left.", "yes"),
    ("Is the right hemidiaphragm elevated?", "The right hemidiaphragm is 2 cm higher than the left, as usual.", "no"),
    # near misses: in the gap, the other side measured, a hedge
    ("Is the right hemidiaphragm elevated?", "Right hemidiaphragm 3 cm higher than the left.", None),
    ("Is the left hemidiaphragm elevated?", "The right hemidiaphragm is 4 cm higher than the left.", None),
    ("Is the left hemidiaphragm elevated?", "The left hemidiaphragm may be 3 cm above the right.", None),
])
def test_hemidiaphragm_height(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the right testis perfused?", "Colour Doppler shows normal, symmetric intratesticular arterial and venous flow "
     "in the right testis.", "yes"),
    ("Is the left ovary perfused?", "No flow is detected in the left ovary on colour Doppler.", "no"),
    ("Is the transplant kidney perfused?", "Normal arterial flow throughout the transplant kidney.", "yes"),
    # near misses: reduced flow, the other organ, a hedge
    ("Is the transplant kidney perfused?", "Arterial flow in the transplant kidney is reduced.", None),
    ("Is the right testis perfused?", "Normal flow in the left testis.", None),
    ("Is the right testis perfused?", "Colour flow may be present in the right testis.", None),
])
def test_perfused_by_flow(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there osteopenia?", "Bone density appears reduced with thinned cortices and accentuated trabeculae.", "yes"),
    ("Is there osteopenia?", "Diffusely decreased bone mineralisation.", "yes"),
    ("Is there osteopenia?", "Bone mineral density is preserved.", "no"),
    ("Is there coarctation of the aorta?", "Figure 3 sign at the aortic knob with bilateral inferior rib notching.",
     "yes"),
    ("Is this transposition of the great arteries?", "Egg-on-a-string cardiac silhouette.", "yes"),
    ("Is the colonic lesion malignant?", "Apple-core stricture of the descending colon.", "yes"),
    ("Is there evidence of chronic ulcerative colitis?", "Featureless lead-pipe colon without haustra.", "yes"),
    ("Is there a pulmonary embolism?", "Westermark sign in the right lower zone.", "yes"),
    ("Is there a pericardial effusion?", "Globular water-bottle heart.", "yes"),
    ("Is there hyperparathyroidism?", "Subperiosteal resorption along the radial aspect of the middle phalanges.",
     "yes"),
    ("Is this psoriatic arthritis?", "Pencil-in-cup deformities at the DIP joints.", "yes"),
    ("Is there scapholunate dissociation?", "Positive Terry Thomas sign.", "yes"),
    ("Is this a simple bone cyst?", "Central lucent lesion with a fallen fragment sign.", "yes"),
    ("Is there small bowel obstruction?", "String of pearls sign in the mid abdomen.", "yes"),
    ("Is there an epidural hematoma?", "Biconvex hyperdense extra-axial collection over the right temporal lobe.",
     "yes"),
    ("Is this Paget disease?", "Picture-frame vertebral body at L3.", "yes"),
    ("Is there an aspergilloma?", "Air crescent sign within a right upper lobe cavity.", "yes"),
    # near misses: a hedge, a sign denied, a single notched rib, the subdural crescent
    ("Is there osteopenia?", "Bone density may be slightly reduced.", None),
    ("Is there coarctation of the aorta?", "Rib notching of a single rib from a neurofibroma.", None),
    ("Is the colonic lesion malignant?", "No apple-core stricture; smooth tapering.", None),
    ("Is there a pulmonary embolism?", "No Westermark sign.", None),
    ("Is there an epidural hematoma?", "Crescentic hyperdense extra-axial collection over the right convexity.", None),
    ("Is there an aspergilloma?", "Possible air crescent sign.", None),
])
def test_textbook_signs(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the nasogastric tube in the stomach?", "The tube follows the left main bronchus and its tip projects over the "
     "left lower zone.", "no"),
    ("Is the feeding tube in the stomach?", "It follows the right main bronchus and its tip projects over the right "
     "lower lobe.", "no"),
    ("Is the Dobhoff tube in the stomach?", "The tube passes below the diaphragm and its tip lies in the gastric "
     "fundus.", "yes"),
    ("Is the PICC in the superior vena cava?", "Its tip projects over the right ventricle.", "no"),
    # near misses: another right place than the one asked, a hedge
    ("Is the PICC in the superior vena cava?", "Tip at the cavoatrial junction.", None),
    ("Is the nasogastric tube in the stomach?", "The tip may be in the left main bronchus.", None),
])
def test_device_in_its_place(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a right-sided aortic arch?", "Aortic knob on the left. Trachea indented from the left.", "no"),
    ("Is there a right-sided aortic arch?", "Left-sided aortic arch, normal calibre.", "no"),
    ("Is the aortic arch on the right?", "The aortic knob is on the right side, indenting the trachea.", "yes"),
    ("Is the heart on the left?", "The heart lies on the left side.", "yes"),
    ("Is the liver on the left?", "The liver is right-sided as usual.", "no"),
    ("Is the aortic arch left-sided?", "Right aortic arch.", "no"),
    ("Is the heart on the left side?", "Situs inversus totalis.", "no"),
    ("Is the heart on the left?", "No dextrocardia.", None),
    # the finding denied in fewer words ("arch" of "aortic arch"): a plain no (extract/implicit._broader_denied)
    ("Is there a right-sided aortic arch?", "No right-sided arch.", "no"),
    # near misses: a hedge, a paired organ, a side of a neighbour, a side "of" another thing
    ("Is there a right-sided aortic arch?", "The aortic arch is probably on the left.", None),
    ("Is there a right kidney?", "The kidney is on the left.", None),
    ("Is the stomach on the left?", "Gastric bubble under the left hemidiaphragm.", None),
    ("Is there a right-sided aortic arch?", "The arch of the aorta lies to the left of the trachea.", None),
    ("Is the aortic arch on the right?", "The aortic arch is on the left or right.", None),
])
def test_sided_structure(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is the colon dilated?", "The transverse colon measures 8.5 cm in diameter.", "yes"),
    ("Is the colon dilated?", "The transverse colon measures 4 cm.", "no"),
    ("Is the ascending aorta dilated?", "The ascending aorta measures 4.6 cm.", "yes"),
    ("Is the ascending aorta dilated?", "Ascending aorta 3.2 cm.", "no"),
    ("Is the pancreatic duct dilated?", "The main pancreatic duct measures 6 mm.", "yes"),
    ("Is the IVC dilated?", "The IVC measures 2.8 cm with less than 50% collapse.", "yes"),
    ("Is the IVC dilated?", "IVC 1.6 cm, collapsing more than 50% with sniff.", "no"),
    ("Is the left atrium enlarged?", "The left atrium measures 5.1 cm.", "yes"),
    ("Is the left atrium enlarged?", "LA diameter 35 mm.", "no"),
    ("Is the left atrium dilated?", "Left atrial diameter 4.2 cm.", None),  # the gap
    ("Is the left atrium enlarged?", "LA volume index 48 mL/m2.", None),  # a volume: no row
    # near misses: the caecum's own limit, a value in the gap, a colon's wall or mass, a hedge
    ("Is the colon dilated?", "The caecum measures 8 cm.", None),
    ("Is the ascending aorta dilated?", "The ascending aorta measures 3.9 cm.", None),
    ("Is the colon dilated?", "A 7 cm mass in the sigmoid colon.", None),
    ("Is the pancreatic duct dilated?", "The pancreatic duct probably measures 5 mm.", None),
])
def test_more_limits(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
