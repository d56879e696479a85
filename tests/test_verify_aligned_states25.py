"""One subject, opposite states (verify/aligned_states; issue #8, vdistr25): a chain calling a part normal that the
report calls abnormal in the same words, the reverse, or stating a word the report denies of it. Sentences of our own."""

from medstep.verify import verify

_PELVIS = ("MRI of the pelvis. There is a 4 cm mass in the upper rectum. The fat plane between the mass and the "
           "seminal vesicles is preserved. The mesorectal fascia is thickened. The right ovary is not hypervascular.")
_HUMERUS = ("Radiograph of the left humerus. A lucent lesion lies in the diaphysis. The medial cortex is thinned. The "
            "lateral cortex is intact. The second cerclage wire is fractured.")
_KIDNEYS = "Ultrasound of the kidneys. The kidneys are normal in size. The collecting systems are not dilated."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_normal_part_called_abnormal_and_the_reverse():
    assert "aligned-state-conflict" in _rules(
        "The fat plane between the mass and the seminal vesicles is effaced.", _PELVIS)
    assert "aligned-state-conflict" in _rules("The mesorectal fascia appears normal.", _PELVIS)
    assert "aligned-state-conflict" in _rules("The medial cortex is intact.", _HUMERUS)


def test_a_word_the_report_denies_of_the_subject():
    assert "aligned-state-conflict" in _rules("The right ovary is enlarged and hypervascular.", _PELVIS)


def test_the_same_state_or_another_subject():
    assert "aligned-state-conflict" not in _rules(
        "The fat plane between the mass and the seminal vesicles is preserved.", _PELVIS)
    assert "aligned-state-conflict" not in _rules("The medial cortex is thinned over the lesion.", _HUMERUS)
    # another place of the cortex, a part of a group, a size-only normal word
    assert "aligned-state-conflict" not in _rules("The posterior cortex is eroded.", _HUMERUS)
    assert "aligned-state-conflict" not in _rules("The other cerclage wires are intact.", _HUMERUS)
    assert "aligned-state-conflict" not in _rules("The kidneys are echogenic.", _KIDNEYS)


def test_a_hedged_or_alternative_state_claims_nothing():
    assert "aligned-state-conflict" not in _rules(
        "The fat plane between the mass and the seminal vesicles may be effaced.", _PELVIS)
    assert "aligned-state-conflict" not in _rules("The medial cortex is intact or thinned.", _HUMERUS)


def test_the_same_subject_words_in_another_order():
    report = "MRI of the lumbar spine. The adjacent endplates of L2 and L3 are eroded. The posterior elements are normal."
    assert "aligned-state-conflict" in _rules("The L2 and L3 endplates remain intact.", report)
    assert "aligned-state-conflict" not in _rules("The L2 endplate is intact.", report)  # a part of the subject


def test_a_size_normal_against_a_size_word_and_an_organ_s_generic_normal_left_to_the_lexicon():
    veins = ("CT of the chest. A 6 mm nodule lies in the right upper lobe, and the brachiocephalic veins are normal in "
             "calibre. The lungs are clear.")
    assert "aligned-state-conflict" in _rules("The brachiocephalic veins are prominent.", veins)
    assert "aligned-state-conflict" not in _rules("The brachiocephalic veins are opacified.", veins)
    # "clear" lungs deny opacities (the lexicon's reading), not a hyperinflation
    assert "aligned-state-conflict" not in _rules("The lungs are hyperinflated.", veins)
