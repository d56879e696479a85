"""Closed recall round (closedr12): a closed question answered by the property or place of its subject.

The answer states the asked pole of an antonym pair or the other one, said with a comparison, a degree, a sequence, a
description or a count ("It is hypointense relative to muscle.", "Predominantly solid with a small cystic component.",
"There are two lesions: ...", "The abnormality is in the right lower lobe."; ``extract/antonyms.py``,
``extract/pole_context.py``). Beside each mechanism, precision probes that must stay without an answer. Invented
texts, written for these tests.
"""

from __future__ import annotations

from medstep.types import AnswerType, Sample
from support.extract_cases import Case


def _closed(question: str) -> Sample:
    return Sample(id="cr12", question=question, answer="yes", answer_type=AnswerType.CLOSED)


ARE_THE_LUNGS_HYPERINFLATED = _closed('Are the lungs hyperinflated?')
ARE_THE_LUNGS_HYPOINFLATED = _closed('Are the lungs hypoinflated?')
ARE_THERE_MULTIPLE_CYSTS_IN_THE_KIDNEYS = _closed('Are there multiple cysts in the kidneys?')
ARE_THERE_MULTIPLE_LESIONS = _closed('Are there multiple lesions?')
DOES_THIS_IMAGE_SHOW_A_FRACTURE_OF_THE_F = _closed('Does this image show a fracture of the femoral neck?')
IS_THE_ACL_TORN = _closed('Is the ACL torn?')
IS_THE_ABNORMALITY_IN_THE_LEFT_LUNG = _closed('Is the abnormality in the left lung?')
IS_THE_ABNORMALITY_IN_THE_RIGHT_LUNG = _closed('Is the abnormality in the right lung?')
IS_THE_ABNORMALITY_LOCATED_IN_THE_RIGHT = _closed('Is the abnormality located in the right lung?')
IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE = _closed('Is the abnormality on the left side?')
IS_THE_BOWEL_OBSTRUCTED = _closed('Is the bowel obstructed?')
IS_THE_CLAVICLE_FRACTURED = _closed('Is the clavicle fractured?')
IS_THE_KIDNEY_OBSTRUCTED = _closed('Is the kidney obstructed?')
IS_THE_LEFT_KIDNEY_NORMAL = _closed('Is the left kidney normal?')
IS_THE_LEFT_LUNG_NORMAL = _closed('Is the left lung normal?')
IS_THE_LESION_BENIGN = _closed('Is the lesion benign?')
IS_THE_LESION_ENHANCING = _closed('Is the lesion enhancing?')
IS_THE_LESION_HYPERINTENSE_ON_T2 = _closed('Is the lesion hyperintense on T2?')
IS_THE_LESION_HYPERINTENSE = _closed('Is the lesion hyperintense?')
IS_THE_LESION_IN_THE_RIGHT_LOBE_OF_THE_L = _closed('Is the lesion in the right lobe of the liver?')
IS_THE_LESION_NOT_MALIGNANT = _closed('Is the lesion not malignant?')
IS_THE_LESION_ON_THE_LEFT_SIDE = _closed('Is the lesion on the left side?')
IS_THE_LESION_ON_THE_RIGHT_SIDE = _closed('Is the lesion on the right side?')
IS_THE_LESION_SOLITARY = _closed('Is the lesion solitary?')
IS_THE_LIVER_ECHOGENICITY_INCREASED = _closed('Is the liver echogenicity increased?')
IS_THE_LIVER_NORMAL = _closed('Is the liver normal?')
IS_THE_LUNG_VOLUME_REDUCED = _closed('Is the lung volume reduced?')
IS_THE_MASS_HYPERDENSE = _closed('Is the mass hyperdense?')
IS_THE_MASS_HYPODENSE = _closed('Is the mass hypodense?')
IS_THE_MASS_HYPOINTENSE_ON_T1_WEIGHTED_I = _closed('Is the mass hypointense on T1-weighted images?')
IS_THE_MASS_SOLID = _closed('Is the mass solid?')
IS_THE_NODULE_HYPOECHOIC = _closed('Is the nodule hypoechoic?')
IS_THE_PACEMAKER_LEAD_IN_THE_RIGHT_ATRIU = _closed('Is the pacemaker lead in the right atrium?')
IS_THE_PNEUMOTHORAX_ON_THE_RIGHT = _closed('Is the pneumothorax on the right?')
IS_THE_TENDON_RUPTURED = _closed('Is the tendon ruptured?')
IS_THERE_A_FRACTURE_OF_THE_FEMORAL_NECK = _closed('Is there a fracture of the femoral neck?')
IS_THERE_A_FRACTURE_OF_THE_LEFT_FEMUR = _closed('Is there a fracture of the left femur?')
IS_THERE_A_FRACTURE = _closed('Is there a fracture?')
IS_THERE_A_SINGLE_NODULE = _closed('Is there a single nodule?')
IS_THERE_AN_ABNORMALITY_IN_THE_LEFT_LUNG = _closed('Is there an abnormality in the left lung?')
IS_THERE_BOWEL_OBSTRUCTION = _closed('Is there bowel obstruction?')

CLOSEDR12_CASES = [
    Case('count-solitary-seen', ARE_THERE_MULTIPLE_LESIONS, 'A solitary lesion is seen in the left parietal lobe.', 'no', 'implicit_antonym'),
    Case('count-two-named', ARE_THERE_MULTIPLE_LESIONS, 'On this scan there are two lesions: one in the liver and one in the spleen.', 'yes', 'implicit_antonym'),
    Case('count-only-one', ARE_THERE_MULTIPLE_LESIONS, 'Only one lesion is visible.', 'no', 'implicit_antonym'),
    Case('count-think-three', ARE_THERE_MULTIPLE_LESIONS, '<think>One in segment 6, another near the dome, a third in segment 2.</think>\nThere are three lesions.', 'yes', 'implicit_antonym'),
    Case('count-are-multiple', ARE_THERE_MULTIPLE_LESIONS, 'The lesions are multiple.', 'yes', 'implicit_antonym'),
    Case('count-scattered-both', ARE_THERE_MULTIPLE_LESIONS, 'Several lesions are scattered through both hemispheres.', 'yes', 'implicit_antonym'),
    Case('count-single-asked', IS_THERE_A_SINGLE_NODULE, 'Multiple nodules are present in both lungs.', 'no', 'implicit_antonym'),
    Case('count-digit', IS_THE_LESION_SOLITARY, 'There are 3 nodules in the right lung.', 'no', 'implicit_antonym'),
    Case('count-size-is-no-count', ARE_THERE_MULTIPLE_LESIONS, 'A 9 mm nodule is seen in the right upper lobe.', None, 'unparsed'),
    Case('count-one-and-another', ARE_THERE_MULTIPLE_LESIONS, 'A single lesion in the liver and another in the spleen.', None, 'unparsed'),
    Case('count-one-of-them', ARE_THERE_MULTIPLE_LESIONS, 'One of the lesions is cystic.', None, 'unparsed'),
    Case('count-hedged', ARE_THERE_MULTIPLE_LESIONS, 'A single lesion is seen, although additional small lesions cannot be excluded.', None, 'ambiguous'),
    Case('count-views', ARE_THERE_MULTIPLE_LESIONS, 'A single view was obtained.', None, 'unparsed'),
    Case('count-other-organ', ARE_THERE_MULTIPLE_CYSTS_IN_THE_KIDNEYS, 'There are two cysts in the liver.', None, 'unparsed'),
    Case('count-satellites', ARE_THERE_MULTIPLE_LESIONS, 'There is a single lesion in the liver with several satellite nodules.', None, 'unparsed'),
    Case('signal-relative-to', IS_THE_LESION_HYPERINTENSE_ON_T2, 'It is hypointense relative to muscle.', 'no', 'implicit_antonym'),
    Case('signal-similar-to', IS_THE_LESION_HYPERINTENSE_ON_T2, 'Markedly hyperintense, similar to CSF.', 'yes', 'implicit_antonym'),
    Case('signal-bare-pronoun', IS_THE_LESION_HYPERINTENSE_ON_T2, 'It is hypointense.', 'no', 'implicit_antonym'),
    Case('signal-asked-sequence-clause', IS_THE_LESION_HYPERINTENSE_ON_T2, 'The lesion is hypointense on T1 and hyperintense on T2.', 'yes', 'implicit_antonym'),
    Case('signal-asked-sequence-clause-no', IS_THE_LESION_HYPERINTENSE_ON_T2, 'The lesion is hyperintense on T1 and hypointense on T2.', 'no', 'implicit_antonym'),
    Case('signal-weighted-question', IS_THE_MASS_HYPOINTENSE_ON_T1_WEIGHTED_I, 'It is hyperintense on T1.', 'no', 'implicit_antonym'),
    Case('signal-other-sequence-only', IS_THE_LESION_HYPERINTENSE_ON_T2, 'The lesion is hypointense on T1-weighted images.', None, 'unparsed'),
    Case('signal-flair-only', IS_THE_LESION_HYPERINTENSE_ON_T2, 'On FLAIR the lesion is hyperintense.', None, 'unparsed'),
    Case('signal-unasked-sequences', IS_THE_LESION_HYPERINTENSE, 'The lesion is hypointense on T1 and hyperintense on T2.', None, 'unparsed'),
    Case('signal-edema-holds-it', IS_THE_LESION_HYPERINTENSE_ON_T2, 'Edema around the lesion is hyperintense on T2.', None, 'unparsed'),
    Case('signal-edema-attributive', IS_THE_LESION_HYPERINTENSE_ON_T2, 'Hyperintense edema surrounds the lesion.', None, 'unparsed'),
    Case('signal-less-than', IS_THE_LESION_HYPERINTENSE_ON_T2, 'It is less hyperintense than CSF.', None, 'unparsed'),
    Case('signal-other-subject-first', IS_THE_LESION_HYPERINTENSE_ON_T2, 'The surrounding edema is hyperintense.', None, 'unparsed'),
    Case('density-compared', IS_THE_MASS_HYPERDENSE, 'The mass is hypodense relative to the hyperdense hemorrhage.', 'no', 'implicit_antonym'),
    Case('echo-elliptic', IS_THE_NODULE_HYPOECHOIC, 'Markedly hypoechoic, taller than wide.', 'yes', 'implicit_antonym'),
    Case('consistency-predominant', IS_THE_MASS_SOLID, 'Predominantly solid with a small cystic component.', 'yes', 'implicit_antonym'),
    Case('consistency-predominant-other', IS_THE_MASS_SOLID, 'Predominantly cystic with a solid mural nodule.', None, 'unparsed'),
    Case('consistency-described', IS_THE_MASS_SOLID, 'It is a cystic mass with a thin wall and no enhancing components.', 'no', 'implicit_antonym'),
    Case('consistency-denied-part', IS_THE_MASS_SOLID, 'Purely cystic, with no solid component.', 'no', 'implicit_antonym'),
    Case('consistency-part-not-predominant', IS_THE_MASS_SOLID, 'Cystic mass with a solid enhancing nodule.', None, 'unparsed'),
    Case('consistency-mixed', IS_THE_MASS_SOLID, 'The mass is mixed solid and cystic.', None, 'unparsed'),
    Case('side-lobe-for-side', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'The abnormality is in the right lower lobe.', 'no', 'implicit_antonym'),
    Case('side-pronoun-lobe', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'It is in the left upper lobe.', 'yes', 'implicit_antonym'),
    Case('side-finding-names-abnormality', IS_THE_ABNORMALITY_LOCATED_IN_THE_RIGHT, 'The consolidation is located in the right middle lobe, abutting the right heart border.', 'yes', 'implicit_antonym'),
    Case('side-other-lung-lobe', IS_THE_ABNORMALITY_LOCATED_IN_THE_RIGHT, 'The abnormality is in the left lower lobe.', 'no', 'implicit_place'),
    Case('side-zone-in-lung', IS_THE_ABNORMALITY_LOCATED_IN_THE_RIGHT, 'The opacity lies in the right lower zone.', 'yes', 'implicit_antonym'),
    Case('side-earlier-sentence-other', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'The left lung is clear. The abnormality is in the right lower lobe.', 'no', 'implicit_antonym'),
    Case('side-liver-lobe-not-lung', IS_THE_ABNORMALITY_IN_THE_LEFT_LUNG, 'The lesion is in segment 3 of the left lobe.', None, 'unparsed'),
    Case('side-hilum-not-lobe', IS_THE_ABNORMALITY_IN_THE_RIGHT_LUNG, 'The abnormality is in the right hilum.', None, 'unparsed'),
    Case('side-heart-chamber', IS_THE_LESION_ON_THE_LEFT_SIDE, 'The lesion is in the left atrium.', None, 'unparsed'),
    Case('side-image-side', IS_THE_LESION_ON_THE_RIGHT_SIDE, 'The lesion is in the right side of the image.', None, 'unparsed'),
    Case('side-both-sides', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'The abnormality is in the left and right lower lobes.', None, 'unparsed'),
    Case('side-hedged', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'The abnormality may be in the right lower lobe.', None, 'unparsed'),
    Case('side-other-side-part', IS_THE_PNEUMOTHORAX_ON_THE_RIGHT, 'It is on the right, with a small left apical component.', None, 'unparsed'),
    Case('side-lead-contradicted', IS_THE_ABNORMALITY_ON_THE_LEFT_SIDE, 'Yes, there is a pneumothorax on the right.', None, 'ambiguous'),
    Case('integrity-neck-intact-other-bone', DOES_THIS_IMAGE_SHOW_A_FRACTURE_OF_THE_F, 'The femoral neck is intact. There is, however, a fracture of the inferior pubic ramus.', 'no', 'implicit_antonym'),
    Case('integrity-field-style', IS_THERE_A_FRACTURE_OF_THE_FEMORAL_NECK, '**Femoral neck:** intact\n**Pubic rami:** fracture on the right', 'no', 'implicit_antonym'),
    Case('integrity-denied-break', IS_THERE_A_FRACTURE_OF_THE_FEMORAL_NECK, 'The femoral neck appears intact with no cortical break.', 'no', 'implicit_finding'),
    Case('integrity-property', IS_THE_ACL_TORN, 'The ACL is intact.', 'no', 'implicit_finding'),
    Case('integrity-bones', IS_THERE_A_FRACTURE, 'The visualized osseous structures appear intact.', 'no', 'implicit_finding'),
    Case('integrity-not-intact', IS_THE_CLAVICLE_FRACTURED, 'The clavicle is not intact.', 'yes', 'implicit_antonym'),
    Case('integrity-other-part', IS_THERE_A_FRACTURE_OF_THE_FEMORAL_NECK, 'The femoral shaft is intact.', None, 'unparsed'),
    Case('integrity-other-side', IS_THERE_A_FRACTURE_OF_THE_LEFT_FEMUR, 'The right femur is intact.', None, 'unparsed'),
    Case('integrity-partly', IS_THE_TENDON_RUPTURED, 'The tendon appears intact proximally.', None, 'unparsed'),
    Case('integrity-soft-tissue', IS_THERE_A_FRACTURE, 'The soft tissues are intact.', None, 'unparsed'),
    Case('integrity-past', IS_THE_TENDON_RUPTURED, 'The tendon was intact on the prior study.', None, 'unparsed'),
    Case('integrity-lead-contradicted', IS_THERE_A_FRACTURE_OF_THE_FEMORAL_NECK, 'Yes. The femoral neck is intact.', None, 'ambiguous'),
    Case('inflation-low-volumes', ARE_THE_LUNGS_HYPERINFLATED, 'Lung volumes are low, with crowding of the vessels at the bases.', 'no', 'implicit_antonym'),
    Case('inflation-low-on-film', ARE_THE_LUNGS_HYPERINFLATED, 'Low lung volumes on this AP film.', 'no', 'implicit_antonym'),
    Case('inflation-hyper-for-hypo', ARE_THE_LUNGS_HYPOINFLATED, 'The lungs are hyperinflated with flattened diaphragms.', 'no', 'implicit_antonym'),
    Case('inflation-hedged', ARE_THE_LUNGS_HYPERINFLATED, 'Lung volumes may be low due to poor inspiration.', None, 'unparsed'),
    Case('inflation-heart', ARE_THE_LUNGS_HYPERINFLATED, 'Heart volume is low.', None, 'unparsed'),
    Case('obstruction-pattern', IS_THE_BOWEL_OBSTRUCTED, 'The bowel gas pattern is non-obstructive.', 'no', 'implicit_antonym'),
    Case('obstruction-presence', IS_THERE_BOWEL_OBSTRUCTION, 'Nonobstructive bowel gas pattern.', 'no', 'implicit_antonym'),
    Case('obstruction-other-organ', IS_THERE_BOWEL_OBSTRUCTION, 'The ureter is obstructed.', None, 'unparsed'),
    Case('obstruction-stone', IS_THE_KIDNEY_OBSTRUCTED, 'A non-obstructing stone in the left kidney.', None, 'unparsed'),
    Case('obstruction-caveat', IS_THE_BOWEL_OBSTRUCTED, 'Non-obstructive pattern, although early obstruction cannot be excluded.', None, 'unparsed'),
    Case('negated-abnormality-in-lung', IS_THERE_AN_ABNORMALITY_IN_THE_LEFT_LUNG, 'The left lung is clear.', 'no', 'implicit_organ_normal'),
    Case('negated-abnormality-other-lung', IS_THERE_AN_ABNORMALITY_IN_THE_LEFT_LUNG, 'The right lung is clear.', None, 'unparsed'),
    Case('health-other-side', IS_THE_LEFT_LUNG_NORMAL, 'The right lung is normal.', None, 'unparsed'),
    Case('health-other-kidney-abnormal', IS_THE_LEFT_KIDNEY_NORMAL, 'The right kidney is abnormal.', None, 'unparsed'),
    Case('negated-property', IS_THE_LESION_NOT_MALIGNANT, 'It is benign.', 'yes', 'implicit_antonym'),
    Case('features-of-subject', IS_THE_LESION_BENIGN, 'The lesion has malignant features.', 'no', 'implicit_antonym'),
    Case('features-other-subject', IS_THE_LESION_BENIGN, 'The lymph node has malignant features.', None, 'unparsed'),
    Case('part-of-sided-lobe', IS_THE_LESION_IN_THE_RIGHT_LOBE_OF_THE_L, 'The lesion is located in segment II, which is part of the left lobe.', 'no', 'implicit_antonym'),
    Case('contrast-qualifier', IS_THE_LESION_ENHANCING, 'No enhancement after gadolinium.', 'no', 'implicit_antonym'),
    Case('contrast-other-subject', IS_THE_LESION_ENHANCING, 'No enhancement of the adjacent dura after gadolinium.', None, 'unparsed'),
    Case('enhances-adverb', IS_THE_LESION_ENHANCING, 'It enhances avidly after contrast.', 'yes', 'implicit_antonym'),
    Case('echogenicity-in-words', IS_THE_LIVER_ECHOGENICITY_INCREASED, 'The liver is diffusely hyperechoic relative to the spleen, consistent with fatty infiltration.', 'yes', 'implicit_antonym'),
    Case('echogenicity-other-organ', IS_THE_LIVER_ECHOGENICITY_INCREASED, 'The kidney is hyperechoic relative to the liver.', None, 'unparsed'),
    Case('signal-in-words', IS_THE_LESION_HYPERINTENSE_ON_T2, 'The lesion shows high T2 signal.', 'yes', 'implicit_antonym'),
    Case('density-in-words', IS_THE_MASS_HYPODENSE, 'It is a low-density mass.', 'yes', 'implicit_antonym'),
    Case('volume-asked-in-words', IS_THE_LUNG_VOLUME_REDUCED, 'The lungs are hyperinflated with flattened hemidiaphragms.', 'no', 'implicit_antonym'),
    Case('volume-other-organ', IS_THE_LUNG_VOLUME_REDUCED, 'The heart is hyperinflated.', None, 'unparsed'),
    Case('health-other-organ-named', IS_THE_LIVER_NORMAL, 'This is a normal kidney.', None, 'unparsed'),
    Case('health-side-word-no-subject', IS_THE_LEFT_LUNG_NORMAL, 'The left kidney appears normal.', None, 'unparsed'),
    Case('health-qualifies-arch', IS_THE_LEFT_LUNG_NORMAL, 'The arch is on the left. So this is a normal left-sided arch.', None, 'unparsed'),
    Case('compartment-rv-apex', IS_THE_PACEMAKER_LEAD_IN_THE_RIGHT_ATRIU, 'The pacemaker lead tip projects over the right ventricular apex.', 'no', 'implicit_antonym'),
]
