"""Faithful claims of change and number that were contradicted, and their near misses (issue #8, session 43; probes of
our own wording, /work/coord/probes_change43.py): a side weighed against the other side is no change
(``dominant_side.side_before_comparison``), a threshold is no size (``sizes.is_limit``), the first of a pair of
measurements is the earlier one (``scope_words.earlier_measurement``), "lower" before a part's noun is a place
(``prior_state``), a tissue's property level is no change (``change_level.property_level``), a persisting finding
takes the direction that follows it (``change_level.persisting_yields``), "cystic spaces" name a cyst."""

from medstep.verify import extract_findings, verify

_EFF = ("Chest radiograph. Comparison: radiograph of last week. Findings: The left pleural effusion now measures 15 mm "
        "in depth, previously 30 mm.")
_SHIFT = ("CT head. Comparison: CT of two days ago. Findings: There is 9 mm of rightward midline shift, previously "
          "4 mm.")
_PTX = ("Chest radiograph. Comparison: radiograph of yesterday. Findings: The right apical pneumothorax is smaller, "
        "now 1 cm at the apex.")
_CONS_UP = "Chest radiograph. Compared with the admission film, the left lower lobe consolidation has increased."
_CONS_SAME = "Chest radiograph. Compared with the admission film, the left lower lobe consolidation is unchanged."
_THY = ("Thyroid ultrasound. Comparison: ultrasound of last year. Findings: A solid right thyroid nodule measures "
        "2.1 cm, increased from 1.4 cm.")
_MASS_UP = "CT chest. Comparison: CT of two years ago. Findings: There is a 3.2 cm right lower lobe mass, previously 2.1 cm."
_MASS_DOWN = ("CT chest. Comparison: CT of two years ago. Findings: There is a 3.2 cm right lower lobe mass, previously "
              "4.5 cm.")
_GB = ("Ultrasound of the gallbladder. No prior imaging is available. The gallbladder wall is thickened to 5 mm with "
       "increased mural vascularity, and several gallstones are present.")
_NONE = "Chest radiograph. Comparison: none available. Findings: "


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.consistent is False]


def _change(text: str, concept: str) -> str | None:
    return next(f.change for f in extract_findings(text) if f.concept == concept)


def test_a_side_weighed_against_the_other_side_is_no_change():
    assert _change("Bilateral pleural effusions, the left somewhat larger.", "pleural_effusion") is None
    assert _change("Bronchiectasis in both lower zones, right worse.", "bronchiectasis") is None
    assert not _rules("There are pleural effusions on both sides, the left slightly bigger.",
                      _NONE + "Bilateral pleural effusions, the left somewhat larger.")
    assert not _rules("Consolidation at both bases, the left worse.",
                      _NONE + "Patchy consolidation in both lower lobes, left worse.")


def test_a_side_larger_than_before_is_still_a_change():
    assert _change("Bilateral effusions, the right larger than before.", "pleural_effusion") == "worsened"
    assert _change("The right effusion is larger.", "pleural_effusion") == "worsened"
    assert _rules("Bilateral effusions, the right larger than before.",
                  "Chest radiograph. Comparison: last week. Findings: Bilateral pleural effusions, unchanged since then.")


def test_a_threshold_is_no_measurement():
    assert not _rules("The appendix is 10 mm wide, beyond the 6 mm cut-off for appendicitis.",
                      "Ultrasound. The appendix measures 10 mm in diameter with periappendiceal fat stranding.")
    assert not _rules("It is now 2.1 cm, up from 1.4 cm last year, above the 1 cm cut-off for sampling.", _THY)
    assert "size-conflict" in _rules("The appendix measures 4 mm in diameter.",
                                     "Ultrasound. The appendix measures 10 mm in diameter with periappendiceal fat "
                                     "stranding.")
    assert _rules("The nodule has shrunk to 1.4 cm from 2.1 cm last year.", _THY)


def test_the_first_of_a_pair_of_measurements_is_the_earlier_one():
    for chain in ("The left effusion has decreased (30 mm -> 15 mm).", "The left effusion is smaller (30 mm then, "
                  "15 mm now)."):
        assert not _rules(chain, _EFF), chain
    assert not _rules("The midline shift has progressed (4 mm then, 9 mm now).", _SHIFT)
    assert not _rules("Midline shift 4 mm -> 9 mm since the last CT.", _SHIFT)
    assert _rules("The left effusion has increased (15 mm -> 30 mm).", _EFF)
    sizes = [f.size for f in extract_findings("A 3 mm nodule, then a 5 mm nodule.")]
    assert sizes == [3.0, 5.0]  # "then" between two things is no earlier time


def test_lower_before_a_part_is_a_place_not_a_comparison_of_the_past():
    assert not _rules("A 3.2 cm right lower lobe mass (was 2.1 cm two years ago).", _MASS_UP)
    assert _rules("The right lower lobe mass has grown to 3.2 cm since two years ago.", _MASS_DOWN)


def test_a_tissue_property_level_is_no_change():
    assert not _rules("Thickened gallbladder wall with increased wall vascularity and stones.", _GB)
    assert "change-without-prior" in _rules("The gallstones have increased in number since the last scan.", _GB)


def test_a_persisting_finding_takes_the_direction_that_follows():
    assert not _rules("The right pneumothorax persists and is smaller than yesterday.", _PTX)
    assert not _rules("The left lower lobe consolidation persists and has progressed.", _CONS_UP)
    assert not _rules("The left lower lobe consolidation persists, unchanged.", _CONS_SAME)
    assert "change-conflict" in _rules("The left lower lobe consolidation persists but has improved.", _CONS_SAME)
    assert "change-conflict" in _rules("The right pneumothorax persists and is larger than yesterday.", _PTX)
    found = {f.laterality: f.change for f in extract_findings("Persistent left effusion, the right effusion has "
                                                              "decreased.")}
    assert found == {"left": "stable", "right": "improved"}  # a claim between: each keeps its own


def test_cystic_spaces_name_a_cyst():
    report = ("Chest radiograph. Comparison: admission film. Findings: Within the right lower lobe there are new "
              "thin-walled air-filled cystic spaces, the largest measuring 3.2 cm.")
    assert not _rules("New thin-walled cysts in the right lower lobe, the largest 3.2 cm.", report)
    assert "size-conflict" in _rules("New thin-walled cysts in the right lower lobe, the largest 7 cm.", report)
