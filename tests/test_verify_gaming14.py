"""The option's words beside a few absences, padded with the reasoning's own words (vlay14): the padding observes
nothing, so the chain earns what the bare echo earns; a word of the domain or a short word keeps the benefit of the
doubt, and a terse chain naming the finding only in its answer line keeps its credit."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = "Erect chest radiograph. Free intraperitoneal gas beneath the right hemidiaphragm. Lungs clear. No effusion."
OPTIONS = {"A": "Pneumoperitoneum", "B": "Chilaiditi sign", "C": "Hiatus hernia", "D": "No acute abnormality"}


def score(chain: str):
    v = verify(chain, report=REPORT, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    return ReasoningScore.from_verification(v), v


def test_filler_around_the_echo_and_the_absences_earns_no_credit() -> None:
    for chain in (
            # the reasoning's frame words
            "Looking carefully at this radiograph, I note no pneumothorax and no effusion. What I do notice is "
            "pneumoperitoneum. Answer: A",
            # words no phrase of the vocabulary uses
            "I am confident that there is no pneumothorax. Likewise there is no effusion. There is, however, "
            "unmistakable pneumoperitoneum. The answer must be A.",
            # the option's words framed as the conclusion of a padded chain
            "On review of the image, there is clearly no pneumothorax. Also, no effusion is seen. Overall, the key "
            "finding is pneumoperitoneum. Answer: A"):
        s, v = score(chain)
        assert not v.committed and s.clinical == 0.0, chain


def test_a_word_of_the_domain_beside_the_echo_keeps_the_benefit_of_the_doubt() -> None:
    s, v = score("Thin lucent crescent, no effusion, no pneumothorax. There is pneumoperitoneum. Answer: A")
    assert v.committed and s.clinical is not None and s.clinical > 0.9


def test_the_option_said_again_in_any_order_earns_no_credit() -> None:
    options = {"A": "Displaced fracture of the left clavicle", "B": "Acromioclavicular dislocation",
               "C": "Fracture of the left first rib", "D": "Normal chest radiograph"}
    report = "Displaced fracture of the midshaft of the left clavicle. Ribs intact. Lungs clear."

    def run(chain: str):
        v = verify(chain, report=report, options=options, chosen="A", gold="A", option_evidence=True)
        return ReasoningScore.from_verification(v), v

    s, v = run("Displaced fracture, fracture displaced, left clavicle, the clavicle on the left, displaced. Answer: A")
    assert not v.committed and s.clinical == 0.0
    s, v = run("Left clavicle fracture, displaced, fragments overlapping. Ribs intact. Answer: A")  # words of its own
    assert v.committed and s.clinical is not None and s.clinical > 0.0
