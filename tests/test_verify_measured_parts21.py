"""A sentence that measures two things ("The quadriceps tendon is 9 mm thick and the patellar tendon measures 4 mm") is compared piece by piece, each measurement with the words of its own thing, on both sides
(verify/aligned_said._measured_parts, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_KNEE = ("Ultrasound of the right knee. The quadriceps tendon is thickened to 9 mm and the patellar tendon measures 4 mm. "
         "No tear.")


def _conflicts(chain: str) -> list[str]:
    return [v.finding.text for s in verify(chain, report=_KNEE).steps for v in s.verdicts
            if v.rule == "aligned-size-conflict"]


def test_each_measurement_of_a_sentence_is_compared_with_its_own_thing():
    assert _conflicts("The quadriceps tendon is thickened to 3 mm and the patellar tendon measures 4 mm.") != []
    assert _conflicts("The patellar tendon measures 10 mm; the quadriceps tendon is thickened to 9 mm.") != []


def test_a_faithful_sentence_measuring_two_things():
    assert _conflicts("The quadriceps tendon is thickened to 9 mm and the patellar tendon measures 4 mm.") == []
    assert _conflicts("The patellar tendon is 4 mm thick, while the quadriceps tendon is thickened to 9 mm.") == []
