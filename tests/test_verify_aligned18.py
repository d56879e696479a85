"""A grade, a change or a place of a thing the concept table does not name, compared with the report sentence about
the same thing (verify/aligned.py; issue #8, verr18). Sentences of our own."""

from medstep.verify import verify

_SPINE = "Lateral lumbar spine. Mild anterolisthesis of L4 on L5 with bilateral pars defects. Disc heights preserved."
_LUNGS = ("CT chest. Mosaic attenuation with air trapping in both lower lobes, more extensive than on the CT of June. "
          "Stable 5 mm nodule in the left upper lobe.")


def _aligned(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [x.rule for s in v.steps for x in s.verdicts if x.rule.startswith("aligned")]


def test_a_grade_of_an_unnamed_thing_is_compared_with_the_sentence_sharing_its_words():
    report = "Lateral lumbar spine. Mild scalloping of the posterior vertebral body of L3. Disc heights preserved."
    assert _aligned("Marked scalloping of the posterior vertebral body of L3 is seen.", report) == \
        ["aligned-severity-conflict"]
    assert _aligned("Mild scalloping of the posterior vertebral body of L3 is seen.", report) == []


def test_a_slip_the_concept_table_names_is_compared_by_its_concept():
    # "forward slip" is spondylolisthesis since vread18's rows: the ordinary severity compare contradicts it
    v = verify("A marked forward slip of L4 on L5 is seen, with pars defects.", report=_SPINE)
    assert v.steps[0].verdict.value == "contradicted"
    assert verify("A mild forward slip of L4 on L5 is seen, with pars defects.", report=_SPINE).steps[0].verdict.value \
        != "contradicted"


def test_a_change_of_an_unnamed_thing_is_compared_too():
    # air trapping is a concept since vread18's rows, so the ordinary change compare (or the aligned one) contradicts
    wrong = verify("The air trapping and mosaic attenuation in the lower lobes have improved since June.", report=_LUNGS)
    assert [s.verdict.value for s in wrong.steps] == ["contradicted"]
    assert _aligned("The air trapping with mosaic attenuation is worse than in June.", _LUNGS) == []


def test_a_place_of_an_unnamed_thing_is_compared_too():
    report = "Thoracic spine radiograph. A butterfly vertebral body at T9 with a central cleft. Normal alignment."
    assert _aligned("There is a butterfly vertebral body with a central cleft at T9.", report) == []
    assert _aligned("There is a butterfly vertebral body with a central cleft at T4.", report) == \
        ["aligned-location-conflict"]


def test_nothing_is_compared_without_a_clear_alignment():
    # two report sentences share the step's words equally: no alignment, no contradiction
    report = "Mild scarring at the left apex. Severe scarring at the right apex."
    assert _aligned("There is moderate apical scarring.", report) == []
    # a step listing options states nothing ("We are asked to choose between ...")
    assert _aligned("We are asked to choose between a severe forward slip of L4 on L5 and a pars defect.", _SPINE) == []
    # a hedge states nothing either
    assert _aligned("Perhaps there is a severe forward slip of L4 on L5 with pars defects.", _SPINE) == []


def test_a_step_listing_several_things_is_aligned_thing_by_thing():
    report = ("Chest radiograph. A new pleural-based wedge-shaped opacity in the right lower zone. The right "
              "interlobar artery is prominent and the vessels beyond it in the right mid zone are sparse.")
    assert _aligned("New pleural-based wedge in the right lower zone, prominent right interlobar artery, sparse "
                    "vessels beyond it: infarct.", report) == []


def test_a_measurement_of_an_unnamed_thing_is_compared_too():
    report = "Infant abdominal ultrasound. The pyloric muscle is thickened to 5 mm. The pyloric channel is 19 mm long."
    assert _aligned("The pyloric muscle is only 1.5 mm thick.", report) == ["aligned-size-conflict"]
    assert _aligned("The pyloric muscle measures 0.5 cm.", report) == []  # the same size in other units
    # an earlier study's measurement is no measurement of the thing now
    report = "The air-fluid level in the cavity now spans 3 cm."
    assert _aligned("The air-fluid level in the cavity spans 3 cm, up from 1 cm before.", report) == []


def test_a_comparison_said_of_the_earlier_study_is_the_reverse_change():
    # "two years ago it was less extensive" is "more extensive now", as the verifier reads it for named findings
    report = "Lateral chest radiograph. Compared with the films of two years ago, the pericardial rim calcification " \
             "is more extensive."
    assert _aligned("Two years ago the pericardial rim calcification was less extensive.", report) == []


def test_a_word_of_seeing_or_a_number_word_is_no_thing_word():
    # "present" and "seen" say the same: neither may count toward the shared thing words that align a step
    report = "Lateral lumbar spine. Mild scalloping is present at L3, eleven millimetres deep. Disc heights preserved."
    assert _aligned("Marked scalloping is present.", report) == _aligned("Marked scalloping is seen.", report) == []
