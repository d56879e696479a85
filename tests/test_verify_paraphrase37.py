"""A faithful chain in textbook signs or terse forms scores as a faithful chain (paraphrase37, issue #8).

Terse and paraphrase chains of retired blind 36 stated the report's findings by the sign a radiologist names them
by, and the vocabulary lacked it: the thumb sign of epiglottitis, the twisted ovarian ("whirlpool") pedicle of an
adnexal torsion, haustrated colon, "distal TOF" beside an oesophageal atresia (read as a tetralogy of Fallot), the
normal prevertebral tissues and subglottis of a lateral neck film, and a bare "herniation" in a spine MRI (read as
the brain's). Such a step claimed nothing, so a terse chain scored 0 while a one-error chain of its case kept 0.3.
The sentences below are written fresh for these tests; the near misses keep other organs' and vague wordings as they
were, and a game chain gains nothing from the new words.
"""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text)}


def test_the_thumb_sign_is_epiglottitis() -> None:
    assert ("epiglottitis", PRESENT) in read("Lateral neck: thumb sign, with thick aryepiglottic folds.")
    assert ("epiglottitis", PRESENT) in read("A thumb-shaped epiglottis at C3.")
    assert "epiglottitis" not in concepts("Thumbprinting of the transverse colon wall.")


def test_a_twisted_adnexal_pedicle_is_the_torsion_and_an_organless_one_is_not() -> None:
    assert ("ovarian_torsion", PRESENT) in read("Left ovary enlarged with a twisted ovarian pedicle.")
    assert ("ovarian_torsion", PRESENT) in read("Twisted adnexal pedicle, no venous flow.")
    assert ("ovarian_torsion", ABSENT) in read("No twisted ovarian pedicle is seen.")
    # a testis, wandering spleen, gallbladder, flap or fibroid twists on a vascular pedicle too (review of
    # paraphrase37), and a bare whirlpool sign is the mesentery's as much as the ovary's
    for text in (
        "The wandering spleen hangs on a whirlpool pedicle.",
        "A DIEP flap with a twisted vascular pedicle.",
        "The whirlpool sign is seen at the root of the mesentery.",
    ):
        assert "ovarian_torsion" not in concepts(text)


def test_haustrated_loops_and_large_bowel_folds_are_haustra() -> None:
    assert ("haustral_folds", PRESENT) in read("Gas-filled haustrated loops above the diaphragm.")
    assert ("haustral_folds", PRESENT) in read("The air is crossed by the folds typical of large bowel.")
    assert "haustral_folds" not in concepts("The aryepiglottic folds are thickened.")


def test_tof_beside_an_atresia_is_the_fistula() -> None:
    got = concepts("Coiled tube in a blind upper pouch and gas in the bowel: atresia with distal TOF.")
    assert "oesophageal_atresia" in got and "tetralogy_of_fallot" not in got
    assert "oesophageal_atresia" in concepts("Classic OA/TOF.")
    assert "tetralogy_of_fallot" in concepts("A child with TOF has a boot-shaped heart.")
    # the cardiac "pulmonary atresia with TOF" and an adult's malignant TEF are no oesophageal atresia
    assert "oesophageal_atresia" not in concepts("This is pulmonary atresia with TOF and collaterals.")
    assert "oesophageal_atresia" not in concepts("The carcinoma has eroded into the bronchus, forming a TEF.")


def test_the_neck_tissues_named_tersely() -> None:
    got = read("Normal prevertebral tissues.")
    assert ("soft_tissue_swelling", ABSENT) in got
    # a normal subglottis denies croup's subglottic narrowing (review: it was supported against a steeple sign)
    assert ("airway_stenosis", ABSENT) in read("Normal subglottis.")
    assert ("airway_stenosis", PRESENT) in read("The subglottic trachea is narrowed.")
    # the abnormal statement is read too, not only the normal one
    assert ("soft_tissue_swelling", PRESENT) in read("The prevertebral soft tissues are widened to 14 mm.")
    assert ("soft_tissue_swelling", PRESENT) in read("Thickened prevertebral tissues.")
    # a thickened paratracheal soft tissue is the stripe's nodes, not a swelling (retired blind 32 b32-v052)
    assert "soft_tissue_swelling" not in concepts("The soft tissue along the right side of the trachea is thickened.")


def test_a_lung_darker_than_usual_is_hyperlucent() -> None:
    got = read("The left upper lobe has ballooned up: it is much darker than usual.")
    assert ("lung_hyperlucency", PRESENT) in got and not any(p is ABSENT for _, p in got)
    assert ("lung_hyperlucency", PRESENT) in read("The right lung is more lucent than normal.")
    assert ("lung_opacity", ABSENT) in read("The lungs are normal.")
    # "darker than normal" compares a density as often ("than normal soft tissue"), or is an overexposed film or a
    # pneumothorax's black hemithorax (review of paraphrase37): not read as hyperlucency
    for text in (
        "The consolidation in the right lower lobe is darker than normal soft tissue on the lung window.",
        "The lungs look darker than normal because the film is overexposed.",
    ):
        assert "lung_hyperlucency" not in concepts(text)


def test_the_scimitar_vein_names_the_syndrome_and_near_misses_do_not() -> None:
    assert ("scimitar", PRESENT) in read("A scimitar vein runs down beside the right heart border.")
    assert ("scimitar", PRESENT) in read("Appearances of scimitar (hypogenetic lung) syndrome.")
    assert "scimitar" not in concepts("A curved vein runs down beside the right heart border.")
    # a hypogenetic lung alone is a hypoplastic lung; Currarino's scimitar sign is the sacrum's
    assert "scimitar" not in concepts("The right lung is a small hypogenetic lung.")
    assert "scimitar" not in concepts("The sacrum shows a scimitar sign (Currarino triad).")


def test_loss_of_the_colonic_folds_is_the_lead_pipe_not_haustra() -> None:
    got = read("Loss of the colonic folds in the descending colon (lead pipe).")
    assert ("lead_pipe_colon", PRESENT) in got and ("haustral_folds", PRESENT) not in got


SPINE = (
    "EXAMINATION: MRI lumbar spine.\nFINDINGS: At L4-L5 there is a large central disc extrusion compressing the "
    "cauda equina. Alignment is normal. The conus ends at L1.\nIMPRESSION: L4-L5 disc extrusion."
)
HEAD = (
    "EXAMINATION: CT head.\nFINDINGS: Large right subdural haematoma with 9 mm midline shift and uncal "
    "herniation.\nIMPRESSION: Subdural haematoma with herniation."
)


def _claims(chain: str, report: str) -> list[tuple[str, bool | None]]:
    v = verify(chain, report=report)
    return [(fv.finding.concept, fv.consistent) for s in v.steps for fv in s.verdicts]


def test_a_bare_herniation_in_a_spine_is_the_disc() -> None:
    got = _claims("Two years ago the disc only bulged, so this herniation is new.", SPINE)
    assert ("disc_herniation", True) in got and not any(c == "herniation" for c, _ in got)


def test_the_cords_own_herniation_is_no_disc_herniation() -> None:
    cord = (
        "MRI thoracic spine: the spinal cord is displaced anteriorly through a ventral dural defect at T6, with a "
        "widened dorsal CSF space. Impression: ventral spinal cord herniation."
    )
    got = _claims("The cord shows herniation through the ventral dural defect at T6.", cord)
    assert got and not any(c == "disc_herniation" for c, _ in got)


def test_a_bare_herniation_in_a_head_stays_the_brain() -> None:
    assert ("herniation", True) in _claims("The midline is shifted and there is herniation.", HEAD)


NECK = (
    "EXAMINATION: Lateral soft-tissue neck radiograph.\nFINDINGS: The epiglottis is markedly swollen and rounded "
    "(thumb sign), with thickened aryepiglottic folds. The subglottic airway is normal, with no steeple sign. "
    "The prevertebral soft tissues are normal. No foreign body.\nIMPRESSION: Acute epiglottitis."
)
OPTIONS = {"A": "Acute epiglottitis", "B": "Croup", "C": "Retropharyngeal abscess", "D": "Bacterial tracheitis"}


def _score(chain: str) -> float:
    v = verify(chain, report=NECK, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    s = ReasoningScore.from_verification(v).radrscore
    assert s is not None
    return s


def test_a_terse_faithful_chain_scores_and_games_do_not_gain() -> None:
    terse = _score("Thumb sign, thick AE folds; normal subglottis and prevertebral tissues.\nAnswer: A")
    echo = _score("The answer is acute epiglottitis.\nAnswer: A - Acute epiglottitis")
    options = _score("Epiglottitis, croup, retropharyngeal abscess or bacterial tracheitis.\nAnswer: A")
    everything = _score(
        "Thumb sign, steeple sign, widened prevertebral tissues, a twisted vascular pedicle, "
        "haustrated loops and distal TOF.\nAnswer: A"
    )
    assert terse > 0.5
    assert terse > max(echo, options, everything)
    assert everything < 0.15  # the invented findings (a torsion, a fistula in a neck) are errors, not support


def test_normal_as_the_standard_of_a_comparison_calls_nothing_normal() -> None:
    # "darker than normal" had been the lungs called normal, every lung absence supported for free (a spray of signs
    # ending "... and a lung darker than normal" rose with it); "than the normal left lung" still calls that lung normal
    for text in (
        "A lung darker than normal.",
        "Heart size compared with normal is small.",
        "Denser relative to normal.",
    ):
        assert not any(p is ABSENT for _, p in read(text)), text
    assert ("lung_opacity", ABSENT) in read("The right lung is darker than the normal left lung.")
    assert ("lung_opacity", ABSENT) in read("The lungs are normal.")
