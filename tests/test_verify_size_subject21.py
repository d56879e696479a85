"""A size in a clause that goes on to a subject of its own ("..., and the channel through it is 19 mm long") measures
that subject, not the claim before it (verify/mentions.attach, issue #8, verr21). Sentences of our own."""

from medstep.verify import extract_findings, verify

_PYLORUS = ("Ultrasound of the pylorus. The pyloric muscle wall is thickened to 5 mm and the pyloric channel is elongated "
            "to 19 mm. No free fluid.")


def _sizes(text: str, concept: str) -> list[float | None]:
    return [f.size for f in extract_findings(text) if f.concept == concept]


def test_a_size_of_the_next_subject_is_not_the_claims():
    chain = "The muscle around the pylorus measures 5 mm, thicker than normal, and the channel through it is 19 mm long."
    assert 19.0 not in _sizes(chain, "pyloric_stenosis")
    assert "size-conflict" not in [v.rule for s in verify(chain, report=_PYLORUS).steps for v in s.verdicts]


def test_a_size_after_a_coordinated_place_is_still_the_claims():
    text = ("Patchy consolidation lies in the right lower lobe and the posterior segment of the right upper lobe, the "
            "lower lobe component measuring about 6 cm.")
    assert 60.0 in _sizes(text, "consolidation")
