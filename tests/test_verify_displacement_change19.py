"""A fracture displaced or angulated further since an earlier film is a change (verify/triggers.tsv rows, and "the
displacement" / "the angulation" as the subject of a change sentence, verify/changes.py; issue #8, verr19).
Sentences of our own."""

from medstep.verify import verify


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


_NO_PRIOR = "Elbow radiographs. A fracture of the radial head. No earlier imaging is available for comparison."
_SAME = ("Wrist radiographs compared with the films of last week. A fracture of the distal radius. The displacement is "
         "unchanged since last week.")


def test_displaced_further_is_a_change_that_needs_an_earlier_film():
    for chain in ("There is a radial head fracture, which has displaced further since the previous film.",
                  "A radial head fracture is more displaced than on the earlier radiograph.",
                  "The radial head fracture is more angulated than on the previous study."):
        assert "change-without-prior" in _rules(chain, _NO_PRIOR), chain
    assert "change-without-prior" not in _rules("There is a displaced radial head fracture.", _NO_PRIOR)


def test_the_displacement_of_the_fracture_before_has_the_change_of_its_sentence():
    assert "change-conflict" in _rules("There is a distal radius fracture. The displacement has increased since last "
                                       "week.", _SAME)
    assert "change-conflict" not in _rules("There is a distal radius fracture. The displacement is the same as last "
                                           "week.", _SAME)
    assert "change-conflict" in _rules("There is a distal radius fracture, further displaced than last week.", _SAME)


def test_the_displacement_said_against_no_earlier_film_is_an_invented_change():
    # "the displacement" is a general noun for the fracture before it (``subject_nouns``): its change since a film the
    # report says does not exist is made up
    chain = "There is a radial head fracture. Compared with the previous film, the displacement has increased."
    assert "change-without-prior" in _rules(chain, _NO_PRIOR)
    assert "change-without-prior" not in _rules("There is a radial head fracture. The displacement is minimal.",
                                                _NO_PRIOR)
