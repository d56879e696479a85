"""Review probes of lane opentrim50: organ questions and measurements the lane's cut read worse than the base (a
finding question taken as an organ question, a finding of another organ in the conclusion, two findings hiding the
organ, a question asking the reference value itself)."""

import pytest

from medstep.extract import extract
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

CASES = [
    ('od01', 'Which organ is enlarged?', 'The spleen measures 17 cm in length.\nImpression: Cirrhosis with portal hypertension.', 'spleen'),
    ('od02', 'Which organ is abnormal?', 'The right kidney shows a 5 cm enhancing solid mass.\nImpression: Renal cell carcinoma. Incidental cholelithiasis.', 'kidney'),
    ('od03', 'Which organ is enlarged?', 'The liver is markedly enlarged, spanning 22 cm.\nImpression: Hepatomegaly; also cholelithiasis.', 'liver'),
    ('od06', 'Which organ is abnormal?', 'The liver contains multiple hypodense lesions.\nImpression: Metastatic disease, primary likely pancreatic cancer.', 'liver'),
    ('on02', 'Which organ is abnormal?', 'The liver is enlarged. Impression: hepatomegaly; no cholecystitis.', 'liver'),
    ('nq01', 'What is the abnormality in this organ?', 'Impression: Acute pancreatitis.', 'acute pancreatitis'),
    ('nq02', 'What disease affects the organ shown?', 'Impression: cholecystitis.', 'cholecystitis'),
    ('nq03', 'What pathology is seen in the organ?', 'Conclusion: splenomegaly.', 'splenomegaly'),
    ('nq04', 'What is wrong with this organ?', 'The organ shows hepatic steatosis.', 'hepatic steatosis'),
    ('nq09', 'What type of lesion is seen in the organ?', 'Final impression: pancreatic pseudocyst.', 'pseudocyst'),
    ('nq10', 'What condition of the organ is shown?', 'Summary: cirrhosis.', 'cirrhosis'),
    ('ms01', 'What is the upper limit of normal for the common bile duct diameter?', 'Here the duct measures 9 mm; the upper limit of normal is 6 mm.', '6 mm'),
    ('r204', 'What is the diagnosis of the organ shown?', 'Impression: acute appendicitis.', 'acute appendicitis'),
    ('r205', 'What finding is seen in this organ?', 'Overall: splenomegaly.', 'splenomegaly'),
    ('r207', 'Which organ is abnormal?', 'The liver shows a 4 cm hypodense mass.\nImpression: hemangioma; incidental cholelithiasis.', 'liver'),
    ('r208', 'Which organ is enlarged?', 'The spleen is enlarged.\nImpression: consistent with cirrhosis.', 'spleen'),
    ('z302', '该器官有什么病变？', '诊断：急性胰腺炎。', '!pancreas'),
]


@pytest.mark.parametrize(("probe", "question", "reply", "label"), CASES)
def test_open_reading_kept(probe: str, question: str, reply: str, label: str) -> None:
    negated = label.startswith("!")
    sample = Sample(id=probe, question=question, answer=label.lstrip("!"), answer_type=AnswerType.OPEN, options={})
    result = extract(reply, sample)
    if negated:
        assert result.answer is None or not grade(sample, result, Generation(text=reply)).correct, result.answer
    else:
        assert result.answer is not None and grade(sample, result, Generation(text=reply)).correct, result.answer
