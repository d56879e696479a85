"""A measurement is compared only with a report sentence about the same side and about this study: a sentence that
names the other side, or that tells what an earlier study showed ("Previously, ...", "On the comparison study ...",
"In 2019 ..."), measures another thing, however many words it shares with the chain's clause (verify/aligned, issue
#8, verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.prior_state import earlier_sentence


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


_KIDNEYS = ("Renal ultrasound. The right kidney measures 11 cm in length. The left kidney is small, 4.5 cm in length, "
            "with a thinned cortex.")
_KNEE = ("Radiographs of the left knee. The articular surface of the lateral tibial plateau is depressed by 9 mm. On the "
         "comparison study the weight-bearing articular surface was depressed by 3 mm.")
_HIPS = ("Radiograph of both hips. The right femoral neck-shaft angle is 134 degrees. The left femoral neck is in varus "
         "with a neck-shaft angle of 100 degrees and a healed fracture line.")


def test_a_sentence_about_the_other_side_measures_another_thing():
    faithful = "The left kidney is shrunken. The right kidney measures 11 cm in length with a normal cortex."
    assert "aligned-size-conflict" not in _rules(faithful, _KIDNEYS)
    wrong = "The left kidney is shrunken. The right kidney measures 4 cm in length with a normal cortex."
    assert "aligned-size-conflict" in _rules(wrong, _KIDNEYS)


def test_a_side_said_before_holds_for_the_clause_that_goes_on_about_it():
    faithful = "The right femoral neck shows no varus; its neck-shaft angle is 134 degrees."
    assert "aligned-angle-conflict" not in _rules(faithful, _HIPS)
    wrong = "The right femoral neck shows no varus; its neck-shaft angle is 100 degrees."
    assert "aligned-angle-conflict" in _rules(wrong, _HIPS)


def test_an_earlier_studys_measurement_is_no_measurement_of_now():
    faithful = "The weight-bearing articular surface of the lateral tibial plateau is depressed by 9 mm."
    assert "aligned-size-conflict" not in _rules(faithful, _KNEE)
    wrong = "The weight-bearing articular surface of the lateral tibial plateau is depressed by 30 mm."
    assert "aligned-size-conflict" in _rules(wrong, _KNEE)


def test_a_whole_sentence_of_the_past():
    for said in ("Previously, the nodule measured 6 mm.", "On the comparison study the kidney was 9 cm long.",
                 "In 2019 the nodule measured 6 mm.", "On the CT of 3 March the angle was 20 degrees."):
        assert earlier_sentence(said), said
    for said in ("The nodule measured 6 mm.", "Previously, the nodule measured 6 mm and now measures 15 mm.",
                 "Compared with the previous study, the nodule is 15 mm.", "The 2019 guideline was followed."):
        assert not earlier_sentence(said), said
