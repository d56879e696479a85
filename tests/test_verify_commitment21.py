"""A chain that hedges nearly everything observes nothing; a finding stated with hedged readings of it still
observes (vscope21, issue #8)."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = ("Chest radiograph after a right intercostal drain. The drain lies in the subcutaneous tissues of the right "
          "chest wall outside the pleural space. The right pneumothorax is unchanged. The left lung is clear.")


def test_a_chain_hedging_nearly_everything_observes_nothing() -> None:
    chain = ("Possibly there is a pneumothorax. An effusion is also possible. There may be some consolidation. "
             "The drain is in the chest. Maybe D.")
    v = verify(chain, report=REPORT)
    assert not v.observes
    s = ReasoningScore.from_verification(v)
    assert s.factuality is None and s.clinical == 0.0


def test_a_finding_with_two_hedged_readings_still_observes() -> None:
    chain = "There is a pneumothorax on the right. There may be a small effusion. Possible rib fracture."
    assert verify(chain, report=REPORT).observes
    chain = "There is an opacity in the left lower lobe, which may represent pneumonia or atelectasis."
    assert verify(chain, report=REPORT).observes


def test_a_chain_naming_only_studies_observes_nothing() -> None:
    chain = "This is a chest radiograph. A CT scan and a biopsy would be the next step. Answer: D."
    v = verify(chain, report=REPORT)
    assert not v.observes
    assert ReasoningScore.from_verification(v).clinical == 0.0
    assert verify("This chest radiograph shows a right pneumothorax. Answer: D.", report=REPORT).observes


def test_a_chain_that_cannot_see_the_image_observes_nothing() -> None:
    for chain in ("I can't see the attached image, but there is a right pneumothorax. Answer: D.",
                  "Without the actual radiograph, I would say there is a right pneumothorax.",
                  "I cannot view the images; however, a right pneumothorax is present."):
        v = verify(chain, report=REPORT)
        assert not v.observes, chain
        assert ReasoningScore.from_verification(v).clinical == 0.0
    # near misses: the image seen poorly, a finding not seen
    assert verify("I can't see the image clearly, but there is a right pneumothorax.", report=REPORT).observes
    assert verify("I cannot see any effusion. There is a right pneumothorax.", report=REPORT).observes
