"""A finding grown plainer or fainter since an earlier study ("more conspicuous", "has become more flattened") is a
change, and a comparative after an ordinal ("a second, larger mass") tells one finding from another (verify/
triggers.tsv, change_level; issue #8, vdistr25). Sentences of our own."""

from medstep.verify import verify

_SHOULDER = ("MRI of the left shoulder. The greater tuberosity shows a small cyst. Compared with the MRI of last year, "
             "the bursal fluid is more conspicuous.")
_BRAIN = ("MRI of the brain. There is confluent periventricular T2 hyperintensity, more marked on the left. "
          "The ventricles are normal in size.")
_SPLEEN = ("Ultrasound of the abdomen. The spleen holds a 30 mm echogenic mass. A second, larger echogenic mass lies "
           "at the lower pole. The liver is normal.")


def _contradicted(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_finding_grown_plainer_since_an_earlier_study():
    assert _contradicted("Compared with last year, the bursal fluid has improved.", _SHOULDER)
    assert not _contradicted("The bursal fluid has worsened since last year.", _SHOULDER)


def test_more_marked_on_one_side_is_no_change():
    assert not _contradicted("The periventricular T2 hyperintensity has decreased.", _BRAIN)


def test_a_comparative_after_an_ordinal_compares_no_studies():
    # "a second, larger echogenic mass" tells one mass from the other: no worsening a stable chain would contradict
    assert not _contradicted("The echogenic masses of the spleen are unchanged.", _SPLEEN)


def test_more_or_less_of_an_abnormal_state_than_on_an_earlier_study():
    report = ("Chest radiograph after oesophagectomy. The gastric conduit lies in the right chest. The conduit is less "
              "distended than on the study of three months ago.")
    assert _contradicted("The conduit is more distended than on the previous study.", report)
    assert not _contradicted("The conduit is less distended than before.", report)


def test_more_of_a_state_than_the_other_side_is_no_change():
    report = "CT of the abdomen. The left renal pelvis is more dilated than the right. The bladder is normal."
    assert not _contradicted("The left renal pelvis is unchanged.", report)
