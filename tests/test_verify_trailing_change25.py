"""A change said in a sentence's last piece of its own ("..., improved since yesterday.") is the change of the
findings named before it, not only of the last one (verify/changes; issue #8, vdistr25). Sentences of our own."""

from medstep.verify import verify

_CHEST = ("Portable chest radiograph compared with yesterday. The right lower lobe consolidation has increased. There "
          "is dense right lower lobe consolidation with air bronchograms. No pleural effusion.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_CHEST).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_trailing_change_of_the_findings_before_it():
    assert "change-conflict" in _rules("There is right lower lobe consolidation with air bronchograms, improved since "
                                       "yesterday.")


def test_the_same_change_or_a_piece_that_names_something():
    assert "change-conflict" not in _rules("There is right lower lobe consolidation with air bronchograms, worse since "
                                           "yesterday.")
    assert not _rules("There is right lower lobe consolidation with air bronchograms, and no effusion.")
