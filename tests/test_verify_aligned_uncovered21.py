"""A clause holding no word of the lexicon gets no sentence of its own; it goes on in the voice of the sentence before
it, so its score or measurement is compared as that sentence's ("...; ASPECTS is 3.": verify/aligned._asserted, issue
#8, verr21). Sentences of our own."""

from medstep.verify import verify

_HEAD = ("Non-contrast CT of the head. The right middle cerebral artery is hyperdense. There is early loss of the insular "
         "ribbon on the right with swelling of the frontal operculum. The ASPECTS is 8. No haemorrhage.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_HEAD).steps for v in s.verdicts]


def test_a_score_after_a_semicolon_is_compared():
    wrong = "The right insular ribbon is lost and the frontal operculum is swollen; ASPECTS is 4."
    assert "aligned-score-conflict" in _rules(wrong)
    faithful = "The right insular ribbon is lost and the frontal operculum is swollen; ASPECTS is 8."
    assert "aligned-score-conflict" not in _rules(faithful)


def test_a_score_after_a_conditional_stays_unasserted():
    supposed = "If the right insular ribbon were lost and the operculum swollen; ASPECTS 4."
    assert "aligned-score-conflict" not in _rules(supposed)
