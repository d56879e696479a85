"""A thing the report calls normal ("Lung volumes are preserved.") against a moderate or severe grade of it in the chain
("Lung volumes are severely reduced."), or the reverse, is a grade conflict; a size word ("the large vein") or a mild
grade is not (verify/aligned._grades_conflict, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_CHEST = ("CT of the chest. Lung volumes are preserved. The airways are of normal calibre. A 6 mm nodule lies in the "
          "right upper lobe.")
_SPINE = "Radiographs of the lumbar spine. The L4-L5 disc space is markedly narrowed. No fracture."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_a_severe_grade_of_a_thing_called_normal():
    assert "aligned-severity-conflict" in _rules("Lung volumes are severely reduced.", _CHEST)
    # narrowed airways read airway stenosis (vvocab24), which the report's normal airways deny: contradicted as a finding
    assert "polarity-conflict" in _rules("The airways are markedly narrowed in calibre.", _CHEST)


def test_normal_said_of_a_thing_graded_severe():
    assert "aligned-severity-conflict" in _rules("The L4-L5 disc space is preserved.", _SPINE)


def test_what_is_no_grade_conflict():
    for chain in ("Lung volumes are normal.", "Lung volumes are mildly reduced.",
                  "The large airways are open and lung volumes are preserved."):
        assert "aligned-severity-conflict" not in _rules(chain, _CHEST), chain
    assert "aligned-severity-conflict" not in _rules("The L4-L5 disc space is severely narrowed.", _SPINE)
