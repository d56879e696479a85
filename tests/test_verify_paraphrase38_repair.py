"""The repair of paraphrase38 after its review: a true rival finding is no listing, the uterus and the ovaries are two
organs, a colon that lost its haustra has none, a chain asserting two false rivals lists, and a finding taken both
ways is credited once (``verify/rival_options.py``, ``verify/said_twice.py``, ``answers/concepts.tsv``).

Every sentence was written fresh for these tests (none is a review probe's text).
"""

from __future__ import annotations

import time

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.findings import Polarity

Q = "What is the most likely diagnosis?"


def _verify(chain: str, report: str, options: dict[str, str], letter: str, gold: str | None = None):  # type: ignore[no-untyped-def]
    return verify(
        chain, report=report, options=options, chosen=letter, gold=gold or letter, option_evidence=True, question=Q
    )


def _score(chain: str, report: str, options: dict[str, str], letter: str) -> float:
    s = ReasoningScore.from_verification(_verify(chain, report, options, letter)).radrscore
    assert s is not None
    return s


def _read(text: str) -> set[tuple[str, Polarity]]:
    v = verify(text, report=text)
    return {(x.finding.concept, x.finding.polarity) for s in v.steps for x in s.verdicts}


CHEST = (
    "Frontal chest radiograph: consolidation of the left lower lobe with air bronchograms and a small left pleural "
    "effusion. Heart size normal. No pneumothorax. Impression: left lower lobe pneumonia with a parapneumonic effusion."
)
CHEST_OPTIONS = {"A": "Pneumonia", "B": "Pleural effusion", "C": "Pneumothorax", "D": "Cardiomegaly"}


def test_a_rival_option_the_report_confirms_is_no_listing() -> None:
    """The answer and its true secondary finding, which a distractor names: committed, and scored."""
    v = _verify("Left lower lobe pneumonia with a small left pleural effusion. Answer: A.", CHEST, CHEST_OPTIONS, "A")
    assert v.committed
    assert (
        _score("Left lower lobe pneumonia with a small left pleural effusion. Answer: A.", CHEST, CHEST_OPTIONS, "A")
        > 0.5
    )


def test_a_rival_option_the_report_denies_still_lists() -> None:
    """Both ways: the answer beside a false rival (no pneumothorax in the report) and nothing else is a listing."""
    v = _verify("Left lower lobe pneumonia with a pneumothorax. Answer: A.", CHEST, CHEST_OPTIONS, "A")
    assert not v.committed


PELVIS = (
    "Transvaginal ultrasound: the left ovary is enlarged to 6 cm with peripheral follicles and absent venous flow, and "
    "a twisted adnexal pedicle lies beside it. The right ovary is normal. The uterus is normal. Trace free fluid."
)
PELVIS_OPTIONS = {
    "A": "Left ovarian torsion",
    "B": "Ruptured ectopic pregnancy",
    "C": "Acute appendicitis",
    "D": "Haemorrhagic ovarian cyst",
}


def test_a_normal_uterus_denies_no_ovarian_finding() -> None:
    assert _read("The uterus is normal.") == {("uterine_lesion", Polarity.ABSENT)}
    assert ("ovarian_lesion", Polarity.ABSENT) in _read("The ovaries are normal.")
    chain = "Enlarged left ovary with peripheral follicles and a twisted adnexal pedicle. Left ovarian torsion. A."
    v = _verify(chain, PELVIS, PELVIS_OPTIONS, "A")
    assert not [x for s in v.steps for x in s.verdicts if x.consistent is False]
    assert _score(chain, PELVIS, PELVIS_OPTIONS, "A") > 0.5


def test_one_sign_per_rival_beside_generic_words_lists() -> None:
    """Two false rivals asserted by their textbook signs list the options, however much else the chain says; one
    wrong sign in a chain that read the case is one error."""
    game = (
        "Trace free fluid. Normal uterus. Twisted adnexal pedicle. Tubal ring sign. Non-compressible blind-ending "
        "tube in the right iliac fossa. Fishnet pattern within an ovarian cyst. Answer: A."
    )
    assert not _verify(game, PELVIS, PELVIS_OPTIONS, "A").committed
    slip = (
        "Twisted adnexal pedicle on the left. Trace free fluid. The uterus is normal. Tubal ring sign. "
        "Left ovarian torsion. Answer: A."
    )
    assert _verify(slip, PELVIS, PELVIS_OPTIONS, "A").committed


def test_a_differential_line_asserts_no_rival() -> None:
    chain = (
        "The left ovary is enlarged with a twisted adnexal pedicle. DDx: ruptured ectopic pregnancy, acute "
        "appendicitis. The uterus is normal. Left ovarian torsion. Answer: A."
    )
    assert _verify(chain, PELVIS, PELVIS_OPTIONS, "A").committed


COLON = (
    "Abdominal radiograph: the transverse colon has lost its haustra and looks narrow and tubular. No dilatation. "
    "No free gas. Impression: long-standing ulcerative colitis."
)
COLON_OPTIONS = {
    "A": "Ulcerative colitis",
    "B": "Toxic megacolon",
    "C": "Sigmoid volvulus",
    "D": "Colonic pseudo-obstruction",
}


def test_a_colon_that_lost_its_haustra_has_none() -> None:
    assert _read("The transverse colon has lost its haustra.") == {("haustral_folds", Polarity.ABSENT)}
    assert _read("An ahaustral sigmoid colon.") == {("haustral_folds", Polarity.ABSENT)}
    assert ("haustral_folds", Polarity.PRESENT) in _read("The transverse colon is haustrated.")
    v = _verify("The transverse colon is haustrated. No free gas. Answer: A.", COLON, COLON_OPTIONS, "A")
    assert any(x.finding.concept == "haustral_folds" and x.consistent is False for s in v.steps for x in s.verdicts)


def test_a_finding_taken_both_ways_is_credited_once() -> None:
    both = "Tubular ahaustral transverse colon. The colon is haustrated. The transverse colon has lost its haustra. A."
    once = "Tubular ahaustral transverse colon. The colon is haustrated. A."
    assert _score(both, COLON, COLON_OPTIONS, "A") <= _score(once, COLON, COLON_OPTIONS, "A") + 1e-9
    # restating a finding never denied keeps every step
    again = "The transverse colon has lost its haustra. It is ahaustral and tubular. No free gas. A."
    v = _verify(again, COLON, COLON_OPTIONS, "A")
    assert all(s.supported for s in v.steps if s.makes_claim)


def test_only_a_word_for_word_denial_withdraws_credit() -> None:
    """ "X. No X. X is present." credits X nowhere (games39: the denial takes the affirmations back, and is the
    chain's contradiction); a denial in other words (another segment of bowel) may be a misreading and costs the
    chain's other steps nothing."""
    sbo = (
        "CT abdomen: dilated small bowel loops with a transition point in the left lower quadrant. Collapsed colon. "
        "No free air."
    )
    opts = {"A": "Small bowel obstruction", "B": "Large bowel obstruction", "C": "Ileus", "D": "Perforation"}
    both = _verify("Dilated small bowel. No dilated small bowel. Dilated small bowel loops. A.", sbo, opts, "A")
    assert not any(s.supported for s in both.steps if s.makes_claim)
    assert any(
        x.finding.polarity.value == "absent" and x.verdict.value == "contradicted"
        for s in both.steps
        for x in s.verdicts
    )
    other = _verify("Dilated small bowel. No dilated large bowel. Dilated small bowel loops. A.", sbo, opts, "A")
    assert [s.supported for s in other.steps if s.makes_claim][-1] is True


def test_hostile_long_chains_stay_linear() -> None:
    for chain in (
        "Likely: " + "tubal ring sign; " * 1500 + "A.",
        "triangular opacity " * 1200 + "obscuring",
        "non-compressible " * 1200 + "blind-ending",
        "lacy " * 4000 + "pattern",
    ):
        t = time.perf_counter()
        _verify(chain, PELVIS, PELVIS_OPTIONS, "A")
        assert time.perf_counter() - t < 20


def test_new_sign_rows_read_their_sign_and_stay_linear() -> None:
    from medstep.answers import YES
    from medstep.extract.implications import read_sign

    cases = {
        "Is there right lower lobe collapse?": (
            "Triangular opacity effacing the right hemidiaphragm.",
            "triangular opacity ",
        ),
        "Is there appendicitis?": ("A non-compressible blind-ending tubular structure.", "non-compressible "),
        "Is there a haemorrhagic ovarian cyst?": ("Lacy reticular echoes within the cyst.", "lacy "),
    }
    for question, (sign, piece) in cases.items():
        assert read_sign(sign, question) == YES
        hostile = piece * (20_000 // len(piece))
        t = time.perf_counter()
        read_sign(hostile, question)
        assert time.perf_counter() - t < 2
