"""Lay chest wording (vlay14): a lay word anchored to the organ its clause names (fluid around the gallbladder is no
pleural effusion, kidneys that drain name no drain), a word with no organ read from the case's context ("No fluid."),
lay organ names and lay size, position, colour and normal words. One sentence per mechanism."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT
CHEST = "PA chest radiograph. Small right pleural effusion. Heart size normal. The lungs are otherwise clear."
OPTIONS = {"A": "Right pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Normal chest"}
RUQ = "Right upper quadrant ultrasound. Gallstones with a thickened gallbladder wall and pericholecystic fluid."


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def claims(chain: str, report: str) -> set[tuple[str, Polarity]]:
    v = verify(chain, report=report)
    return {(x.finding.concept, x.finding.polarity) for s in v.steps for x in s.verdicts}


def test_a_lay_word_is_read_by_the_organ_its_clause_names() -> None:
    for text in ("There is a little fluid around the gallbladder.", "The gallbladder has a little fluid around it."):
        assert "pleural_effusion" not in {c for c, _ in read(text)}, text
    assert ("pleural_effusion", PRESENT) in read("A little fluid at the right base.")
    assert "catheter" not in {c for c, _ in read("The kidneys drain normally.")}
    assert ("catheter", PRESENT) in read("A drain is in the right pleural space.")
    assert ("hydropneumothorax", PRESENT) in read("Air-fluid level in the left pleural space.")


def test_a_word_with_no_organ_is_a_claim_where_the_case_names_its_finding() -> None:
    assert ("pleural_effusion", ABSENT) in claims("There's no fluid and the heart is a normal size.", CHEST)
    assert "pleural_effusion" not in {c for c, _ in claims("The wall is thick, with a little fluid around it.", RUQ)}
    assert "pleural_effusion" not in {c for c, _ in read("Lymphatic drainage removes filtered fluid.")}


def test_lay_organ_size_position_colour_and_normal_words() -> None:
    assert ("mediastinal_widening", PRESENT) in read("The middle part of the chest is wider than it should be.")
    assert ("tracheal_deviation", PRESENT) in read("Trachea off to the right.")
    assert ("lung_opacity", PRESENT) in read("Left side completely white.")
    assert ("left_atrial_enlargement", PRESENT) in read("The upper left chamber of the heart is big.")
    assert ("left_ventricular_enlargement", ABSENT) in read("The main pumping chamber is a normal size.")
    assert ("cardiomegaly", ABSENT) in read("Heart size ok.")
    assert ("fracture", ABSENT) in read("The bones look fine.")


def test_a_faithful_lay_chain_in_everyday_words_earns_credit() -> None:
    chain = ("There's some fluid at the bottom of the right side of the chest. The heart size is ok and the windpipe "
             "is in the middle. No collapsed lung. So it's fluid on the right: A.")
    v = verify(chain, report=CHEST, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    s = ReasoningScore.from_verification(v)
    assert v.committed and s.clinical is not None and s.clinical > 0.8 and s.radrscore > 0.8


def test_lay_degrees_of_size_organ_names_and_air_words() -> None:
    assert ("cardiomegaly", PRESENT) in read("The heart is a little big, same as before.")
    assert ("hilar_enlargement", PRESENT) in read("The lymph glands at the right lung root look bigger.")
    assert ("lung_opacity", PRESENT) in read("The whole left lung is white.")
    assert ("elevated_hemidiaphragm", PRESENT) in read("The muscle under the right lung sits high.")
    assert ("pneumomediastinum", PRESENT) in read("So air has leaked into the middle of the chest.")
    assert "bulla" not in {c for c, _ in read("The gastric air bubble lies under the left hemidiaphragm.")}
