"""A vertebral level a chain sentence places a thing at, against every level the report's sentence about the thing
names (verify/aligned_levels.py), and a graded predicate whose subject the sentence before names
(verify/aligned_grades.py; issue #8, session 55 lane misses55). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.aligned_levels import levels
from medstep.verify.lexicon import spine_position

_FRACTURE = ("Chest radiograph. The left paraspinal line is displaced by a soft-tissue density from T6 to T8. There is "
             "loss of height of the T7 vertebral body, about 30% compared with T6 and T8. No pneumothorax.")
_BATTERY = ("Chest radiograph. A round radio-opaque disc measuring 18 mm projects over the upper thorax at the level "
            "of T2-T3, left of the midline. The lungs are clear.")
_SACRUM = ("MRI pelvis. Vertical bands of low T1 and high STIR oedema in both sacral alae, joined by a horizontal band "
           "across the S2 vertebral body. No mass.")


def _rules(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [x.rule for s in v.steps for x in s.verdicts if x.verdict.value == "contradicted"]


def test_levels_read_ranges_and_lists_and_not_sequences():
    t7 = spine_position("t7")
    assert t7 is not None and spine_position("S2") == 26 and spine_position("x7") is None
    assert levels("loss of height of the t7 vertebral body, compared with t6 and t8") == {t7 - 1, t7, t7 + 1}
    assert levels("at the level of t2-t3") == {9, 10}
    # a sequence's signal is no place: "T2 hyperintensity", "low T1 / high STIR", "on T2"
    assert levels("central t2 hyperintensity in the cord") == frozenset()
    assert levels("bands of low t1 / high stir oedema") == frozenset()
    assert levels("bright on t2-weighted images") == frozenset()
    # a bare level with nothing placing it is no place either ("T4 shows ...")
    assert levels("t4 shows nothing") == frozenset()


def test_a_level_far_from_the_reports_levels_is_contradicted():
    assert _rules("There is new loss of height of the T10 vertebral body, about 30%.", _FRACTURE) == \
        ["aligned-location-conflict"]
    assert _rules("The round radio-opaque disc projects at T6, at the level of the carina.", _BATTERY) == \
        ["aligned-location-conflict"]
    assert _rules("Vertical bands of oedema in the sacral alae are joined by a horizontal band across the S4 segment.", _SACRUM) == \
        ["aligned-location-conflict"]


def test_a_level_the_report_names_or_its_neighbour_agrees():
    assert _rules("There is new loss of height of the T7 vertebral body, about 30%.", _FRACTURE) == []
    # a neighbour of a level the sentence names (T8, named beside T7) is within the rounding of writers
    assert _rules("There is new loss of height of the T9 vertebral body, about 30%.", _FRACTURE) == []
    assert _rules("The round radio-opaque disc projects at T3.", _BATTERY) == []
    assert _rules("The radio-opaque disc projects at the level of T2-T3 in the upper thorax.", _BATTERY) == []
    assert _rules("Vertical bands of oedema in the sacral alae are joined by a horizontal band across the S2 segment.", _SACRUM) == []


def test_a_level_the_report_names_elsewhere_agrees():
    report = ("Chest radiograph. The catheter crosses the midline at the level of the aortic arch (T4). Its tip projects "
              "over the proximal descending thoracic aorta at T6.")
    assert levels("the level of the aortic arch (t4)") == {11}
    assert _rules("Step 1: The catheter crosses the midline at T4 and the catheter tip lies over the descending "
                  "thoracic aorta.", report) == []
    # a level of a sentence about another thing is no agreement: the marker's T12 for the disc's L1
    marks = ("Radiograph. A round radio-opaque marker projects over the liver at the level of T12, right of the "
             "midline. A radio-opaque disc lies along the left side of the spine at T8, in the oesophagus.")
    assert _rules("Step 1: The radio-opaque disc lies along the left side of the spine at L1, in the oesophagus.",
                  marks) == ["aligned-location-conflict"]
    assert _rules("Step 1: The radio-opaque disc lies along the left side of the spine at T8, in the oesophagus.",
                  marks) == []
    # a level in a list of MRI sequences is no place ("and T2 cord signal")
    assert levels("severe stenosis and t2 cord signal") == frozenset()


def test_near_misses_compare_nothing():
    # a sequence's name is no level: "T2" of the MRI against the report's S2
    assert _rules("Vertical bands of high T2 signal oedema in both sacral alae, no mass.", _SACRUM) == []
    # an earlier study's level is not compared ("yesterday it was at T6")
    assert _rules("Yesterday the round radio-opaque disc was at T6 in the upper thorax.", _BATTERY) == []
    # a hedge states no level
    assert _rules("Perhaps the round radio-opaque disc projects at T6.", _BATTERY) == []
    # a sentence sharing too few words with the report's sentence is about another thing
    assert _rules("The endotracheal tube tip lies at T6.", _BATTERY) == []
    # a report naming no level gives nothing to compare
    assert _rules("The round radio-opaque disc projects at T6.",
                  "Chest radiograph. A round radio-opaque disc projects over the upper thorax.") == []


_RIBS = ("Chest radiograph. Acute, minimally displaced fractures of the left 5th, 6th and 7th ribs in the mid-axillary "
         "line, with sharp margins. No pneumothorax.")


def test_a_graded_predicate_after_a_denial_of_the_sentence_before_is_read():
    # the grade's clause starts at the sentence's start, not at the "and no callus" of the sentence before, and the
    # sentence before names the fractures the "fragments" are of
    chain = ("Step 1: Fracture lines through the left 5th, 6th and 7th ribs with sharp margins and no callus. The "
             "fragments are markedly displaced.\nStep 2: No pneumothorax.")
    assert _rules(chain, _RIBS) == ["aligned-severity-conflict"]
    faithful = chain.replace("markedly", "minimally")
    assert _rules(faithful, _RIBS) == []
    # the sentence before names another thing: one shared word is no proof of one thing
    other = ("Step 1: The clavicle is intact with sharp margins and no callus. The fragments are markedly displaced."
             "\nStep 2: No pneumothorax.")
    assert _rules(other, _RIBS) == []


def test_review_sequences_stages_denials_and_unleveled_sentences_compare_nothing():
    # a list of sequences, a sequence's property, a stage, heart sounds: no levels
    assert levels("the lesion is bright on t1 and t2 images") == frozenset()
    assert levels("areas of t2 prolongation in the cord") == frozenset()
    assert levels("high signal with t2 and stir") == frozenset()
    assert levels("compared to t1, the lesion is brighter on t2") == frozenset()
    assert levels("consistent with t3 disease") == frozenset()
    assert levels("the stage changes from t2 to t3b") == frozenset()
    assert levels("normal s1 and s2 heart sounds") == frozenset()
    # an appositive level closing its clause is a place
    assert levels("the fracture is the seventh thoracic body, t7.") == {14}
    # a denied level places nothing; a sentence about a thing the report places at no level compares nothing
    assert _rules("There is no wedge fracture at the thoracolumbar junction (T12-L1).", _FRACTURE) == []
    ett = ("Chest radiograph. The endotracheal tube tip lies 4 cm above the carina, which is at the level of T4-T5. The "
           "nasogastric tube passes below the diaphragm, its tip in the stomach.")
    assert _rules("The nasogastric tube passes below the diaphragm with its tip in the stomach at L1.", ett) == []


def test_a_staged_sentence_keeps_its_thoracic_levels_past_t4():
    # a stage's T is T1 to T4 only: "T12" in a staged sentence is still the twelfth thoracic level (a substring test
    # of "1234" once took "12" for a stage)
    assert levels("a stage t3 tumour with a fracture at t12.") == {spine_position("t12")}
    assert levels("the stage changes from t2 to t3b") == frozenset()


def test_a_long_run_of_blanks_after_a_level_is_read_in_linear_time():
    # two runs of blanks before a stage's "n" ("\s*,?\s*n0") made a match after a level quadratic
    assert levels("at t6" + " " * 30000 + "x") == {spine_position("t6")}
