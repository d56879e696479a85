"""Review probes of lane change50: chains the lane's "seen before" and comparison readings got wrong (a sighting made
now read as one on the earlier study, every finding of a sentence marked not new, an earlier thing that is no study,
clinical history read as a study, a comparison's broad denial applied to an old finding, device absence misread)."""

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

CASES = [
    (16, "Compared with yesterday's film, consolidation is now seen in the right lower lobe.",
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (17, 'In comparison with the previous study, right lower lobe consolidation is now visible.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (18, "Right lower lobe consolidation is present, and the left basal atelectasis seen on yesterday's film is unchanged.",
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (19, 'The left basal atelectasis noted previously persists, with consolidation in the right lower lobe.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (20, 'A small left apical pneumothorax is seen following the earlier biopsy.',
     'Chest radiograph after CT-guided biopsy of the left upper lobe nodule. There is a new small left apical pneumothorax. The biopsied nodule is unchanged.', False),
    (21, 'The biopsied nodule is again seen as on the previous film, and there is a small left apical pneumothorax.',
     'Chest radiograph after CT-guided biopsy of the left upper lobe nodule. There is a new small left apical pneumothorax. The biopsied nodule is unchanged.', False),
    (22, 'A fracture of the femoral shaft is seen at the tip of the previous fixation plate.',
     'Left femur radiographs. There is a new fracture of the femoral shaft at the tip of the previous fixation plate, not present on the radiograph of 6 months ago.', False),
    (23, 'Nodular enhancement is seen at the margin of the prior resection cavity, in keeping with recurrence.',
     'MRI brain with contrast. There is new nodular enhancement at the margin of the previous resection cavity, consistent with tumour recurrence. No hydrocephalus.', False),
    (29, 'The adrenal adenoma seen two years ago is stable, and there is a small amount of ascites.',
     'CT abdomen. A 2 cm left adrenal adenoma is unchanged since the CT of two years ago. New small volume ascites.', False),
    (32, 'Following the fall reported yesterday, a displaced right femoral neck fracture is present.',
     'Right hip radiograph. There is a new displaced fracture of the right femoral neck compared with the radiograph of last month. No dislocation.', False),
    (39, 'On the prior radiograph the lungs were clear and a left effusion is now evident.',
     'Chest radiograph. New moderate left pleural effusion since the radiograph of last week. Stable right upper lobe scarring. No pneumothorax.', False),
    (44, 'The scarring seen in the right upper lobe on the previous film is stable, and a left effusion is present.',
     'Chest radiograph. New moderate left pleural effusion since the radiograph of last week. Stable right upper lobe scarring. No pneumothorax.', False),
    (46, 'The displaced femoral neck fracture is best seen on the last image of the series.',
     'Right hip radiograph. There is a new displaced fracture of the right femoral neck compared with the radiograph of last month. No dislocation.', False),
    (47, 'Right lower lobe consolidation is seen with cough starting 3 days ago.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (48, 'Consolidation is seen in the previously normal right lower lobe.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (49, 'Consolidation is now visible in the previously clear right lower lobe.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (50, 'A left pleural effusion is identified which previously was not present.',
     'Chest radiograph. New moderate left pleural effusion since the radiograph of last week. Stable right upper lobe scarring. No pneumothorax.', False),
    (51, 'A left pleural effusion is seen where previously there was none.',
     'Chest radiograph. New moderate left pleural effusion since the radiograph of last week. Stable right upper lobe scarring. No pneumothorax.', False),
    (60, 'Enhancement at the cavity margin is observed after the earlier resection, consistent with recurrence.',
     'MRI brain with contrast. There is new nodular enhancement at the margin of the previous resection cavity, consistent with tumour recurrence. No hydrocephalus.', False),
    (61, 'The pneumothorax is visible at the left apex after the biopsy performed earlier today.',
     'Chest radiograph after CT-guided biopsy of the left upper lobe nodule. There is a new small left apical pneumothorax. The biopsied nodule is unchanged.', False),
    (64, 'Right lower lobe consolidation is observed at admission this morning.',
     'Portable chest radiograph. There is new consolidation in the right lower lobe compared with yesterday. The left basal atelectasis seen previously is unchanged. Heart size normal.', False),
    (72, 'Old healed left rib fractures, unchanged from 2021.',
     'COMPARISON: Chest radiograph 2021, no acute fracture. FINDINGS: Healed fractures of the left sixth and seventh ribs. Lungs clear.', False),
    (88, 'The right chest tube is in unchanged position from 6 hours earlier.',
     'COMPARISON: Chest radiograph 6 hours earlier, no pneumothorax with right chest tube in situ. FINDINGS: Right chest tube in place. Small right apical pneumothorax.', False),
    (89, 'The right internal jugular line is in the same position as on the previous film.',
     'COMPARISON: Chest radiograph before left PICC line placement. FINDINGS: Left PICC tip at the cavoatrial junction. Right internal jugular line tip in the SVC.', False),
]


@pytest.mark.parametrize(("probe", "chain", "report", "contradicted"), CASES)
def test_change_reading(probe: int, chain: str, report: str, contradicted: bool) -> None:
    result = verify(chain, report=report)
    assert any(s.verdict is Verdict.CONTRADICTED for s in result.steps) is contradicted, probe
