"""An angle, a percentage, a ratio or a named score is compared with the report (verify/quantities.py through
verify/aligned.py; issue #8, verr19). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.quantities import quantities_conflict, read_quantities


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_reading_the_quantities():
    assert read_quantities("a left thoracolumbar curve of 28\u00b0") == {"angle": {("28", 30, 33)}}
    assert read_quantities("a 60 per cent stenosis of the left internal carotid artery")["percent"] == {("60", 2, 13)}
    assert read_quantities("the rv/lv ratio is 1.3") == {"ratio": {("lv ratio=1.3", 19, 22)}}
    assert read_quantities("gcs 14/15 on arrival") == {"score": {("gcs=14", 4, 6)}}
    assert read_quantities("a gleason score 3 + 4 tumour") == {}  # (a sum, not one score)
    assert read_quantities("the ratio of the two lesions is 12 mm to 8 mm") == {}  # (a size, not a ratio)


def test_tolerances_allow_rounding():
    assert not quantities_conflict("angle", "38", "42")
    assert quantities_conflict("angle", "20", "42")
    assert not quantities_conflict("percent", "70", "75")
    assert quantities_conflict("percent", "30", "75")
    assert not quantities_conflict("ratio", "cardiothoracic ratio=0.55", "cardiothoracic ratio=0.52")
    assert quantities_conflict("ratio", "lv ratio=0.9", "lv ratio=1.5")
    assert not quantities_conflict("score", "gcs=14", "gcs=13")
    assert quantities_conflict("score", "gcs=14", "gcs=8")
    assert not quantities_conflict("score", "gcs=14", "aspects=8")  # (another score)


def test_an_angle_is_compared_with_the_aligned_sentence():
    report = "Lateral knee radiograph. A tibial plateau fracture with a posterior slope of 18 degrees. No effusion."
    assert "aligned-angle-conflict" in _rules("The tibial plateau fracture has a posterior slope of 5 degrees.", report)
    assert "aligned-angle-conflict" not in _rules("The tibial plateau fracture has a posterior slope of about 20\u00b0.",
                                                  report)


def test_a_percentage_is_compared_with_the_aligned_sentence():
    report = "Carotid duplex. Plaque at the origin of the right internal carotid artery narrows it by 80%. Left normal."
    assert "aligned-percent-conflict" in _rules("Plaque at the right internal carotid origin narrows it by about 30%.",
                                                report)
    assert "aligned-percent-conflict" not in _rules("Plaque at the right internal carotid origin narrows it by 75%.",
                                                    report)


def test_a_named_score_is_compared_wherever_the_report_names_it():
    report = "CT head. Loss of grey-white differentiation in the left insula. The ASPECTS is 7. No haemorrhage."
    assert "aligned-score-conflict" in _rules("Grey-white differentiation is lost in the left insula, ASPECTS 3.", report)
    assert "aligned-score-conflict" not in _rules("Grey-white differentiation is lost in the left insula (ASPECTS 7).",
                                                  report)
    # a report naming two values of it (now and before) gives none to compare with
    report2 = "CT head. The ASPECTS is 7 today. The ASPECTS was 9 on admission."
    assert "aligned-score-conflict" not in _rules("The ASPECTS is 3.", report2)


def test_a_ratio_the_chain_gives_as_normal_is_compared():
    report = ("CT pulmonary angiogram. Filling defects in both lower lobe pulmonary arteries. The right ventricle is "
              "enlarged with an RV/LV ratio of 1.5.")
    assert "aligned-ratio-conflict" in _rules("The RV/LV ratio is 0.9, so the right heart is not strained.", report)
    assert "aligned-ratio-conflict" not in _rules("The RV/LV ratio is 1.5.", report)
