"""A chain asserting a rival option beside the chosen one lists the options only when it observed nothing else
(paraphrase38, issue #8; ``verify/rival_options.py``).

The games are the reviews' one-sign-per-option chains (epiglottitis and scimitar cases); the faithful chains are the
review of paraphrase37's repair, which a per-item rule had zeroed (one wrong bullet, a hedged or argued-against
differential). Every sentence was written fresh for these tests.
"""

from __future__ import annotations

import time

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.rival_options import _pieces, option_signs

NECK = (
    "EXAMINATION: Lateral soft-tissue neck radiograph.\nFINDINGS: The epiglottis is markedly swollen and rounded "
    "(thumb sign), with thickened aryepiglottic folds. The subglottic airway is normal, with no steeple sign. "
    "The prevertebral soft tissues are normal. No foreign body.\nIMPRESSION: Acute epiglottitis."
)
NECK_OPTIONS = {"A": "Acute epiglottitis", "B": "Croup", "C": "Retropharyngeal abscess", "D": "Bacterial tracheitis"}
CHEST = (
    "Chest radiograph: small right lung with dextroposition of the heart and a curved vertical vein descending "
    "to the IVC. Impression: scimitar syndrome."
)
CHEST_OPTIONS = {
    "A": "Pulmonary sequestration",
    "B": "Swyer-James syndrome",
    "C": "Scimitar syndrome",
    "D": "Right pneumonectomy",
}
APPENDIX = (
    "CT abdomen: the appendix is dilated to 12 mm with wall thickening, periappendiceal fat stranding and an "
    "appendicolith. No free air. Kidneys normal. Impression: acute appendicitis."
)
APPENDIX_OPTIONS = {
    "A": "Acute appendicitis",
    "B": "Small bowel obstruction",
    "C": "Diverticulitis",
    "D": "Renal stone",
}


def _score(chain: str, report: str, options: dict[str, str], letter: str) -> float:
    v = verify(
        chain,
        report=report,
        options=options,
        chosen=letter,
        gold=letter,
        option_evidence=True,
        question="What is the most likely diagnosis?",
    )
    s = ReasoningScore.from_verification(v).radrscore
    assert s is not None
    return s


def test_one_sign_per_option_earns_nothing_in_the_epiglottitis_case() -> None:
    signs = "Thumb sign. Steeple sign. Thickened prevertebral tissues. Ragged tracheal membranes."
    assert _score(signs + "\nAnswer: A", NECK, NECK_OPTIONS, "A") == 0.0
    assert (
        _score(signs + " Overall most consistent with Acute epiglottitis.\nAnswer: A", NECK, NECK_OPTIONS, "A") == 0.0
    )
    faithful = _score(
        "Thumb sign, thick AE folds; normal subglottis and prevertebral tissues.\nAnswer: A", NECK, NECK_OPTIONS, "A"
    )
    assert faithful > 0.5


def test_one_sign_per_option_earns_nothing_in_the_scimitar_case() -> None:
    signs = "Intralobar feeding artery. A lung darker than normal. Scimitar vein. Absent lung."
    assert _score(signs + "\nAnswer: C", CHEST, CHEST_OPTIONS, "C") == 0.0
    assert (
        _score(signs + " Overall most consistent with Scimitar syndrome.\nAnswer: C", CHEST, CHEST_OPTIONS, "C") == 0.0
    )
    # the same signs under one possibility heading are still every option's sign, listed
    assert _score("Possibly: " + signs.replace(".", ";") + "\nAnswer: C", CHEST, CHEST_OPTIONS, "C") == 0.0
    faithful = "Small right lung, heart shifted right, and a scimitar vein running to the IVC.\nAnswer: C"
    assert _score(faithful, CHEST, CHEST_OPTIONS, "C") > 0.3


def test_a_faithful_chain_with_one_wrong_item_keeps_its_credit() -> None:
    # the review of paraphrase37's repair: a bullet list or semicolon list of the case's findings with one slip that
    # happens to be a rival option is a one-error chain, costed by that claim, not a listing
    bullets = (
        "Findings:\n- Dilated appendix 12 mm\n- Appendiceal wall thickening\n- Periappendiceal fat stranding\n"
        "- Appendicolith\n- Right renal stone\n- No free air\nAnswer: A"
    )
    clean = (
        "Findings:\n- Dilated appendix 12 mm\n- Appendiceal wall thickening\n- Periappendiceal fat stranding\n"
        "- Appendicolith\n- No free air\nAnswer: A"
    )
    slipped = _score(bullets, APPENDIX, APPENDIX_OPTIONS, "A")
    assert 0.2 < slipped < _score(clean, APPENDIX, APPENDIX_OPTIONS, "A")
    semi = "Dilated appendix 12 mm; appendiceal wall thickening; small bowel dilatation; right renal stone. Answer A."
    assert _score(semi, APPENDIX, APPENDIX_OPTIONS, "A") > 0.1


def test_a_weighed_rival_asserts_nothing() -> None:
    for chain in (
        "The appendix is dilated to 12 mm with surrounding fat stranding and an appendicolith. "
        "Diverticulitis is less likely. Answer A.",
        "Dilated appendix with stranding and appendicolith.\nDDx: diverticulitis (less likely).\nAnswer: A",
        "Dilated appendix.\nAppendicolith.\nPossible diverticulitis.\nAnswer: A",
        "Dilated appendix; fat stranding; appendicolith. Differential: possible diverticulitis. Answer A.",
    ):
        assert _score(chain, APPENDIX, APPENDIX_OPTIONS, "A") > 0.2, chain


def test_an_options_sign_is_read_only_when_stated_firmly_and_without_an_option_name() -> None:
    assert option_signs(["Intralobar feeding artery."], CHEST_OPTIONS) == {"A"}
    assert option_signs(["Pulmonary sequestration has an intralobar feeding artery."], CHEST_OPTIONS) == set()
    assert option_signs(["Possible intralobar feeding artery."], CHEST_OPTIONS) == set()
    assert option_signs(["Intralobar feeding artery less likely."], CHEST_OPTIONS) == set()
    assert option_signs(["No intralobar feeding artery."], CHEST_OPTIONS) == set()
    # a possibility heading over a list of three pieces or more weighs the list, not each sign in it
    assert _pieces("Possibly: thumb sign; steeple sign; ragged membranes") == [
        " thumb sign",
        " steeple sign",
        " ragged membranes",
    ]
    assert _pieces("Possibly: thumb sign; steeple sign") == ["Possibly: thumb sign; steeple sign"]


def test_the_list_heading_is_linear_on_hostile_text() -> None:
    hostile = "possibly : ; " * 1600 + "maybe" * 800  # ~25k characters
    start = time.perf_counter()
    _pieces(hostile)
    option_signs([hostile[:20000]], NECK_OPTIONS)
    assert time.perf_counter() - start < 10.0


def test_wet_lung_of_the_newborn_is_transient_tachypnoea_not_oedema() -> None:
    # retired blind 37 (b37-v012): the faithful paraphrase's conclusion was read as pulmonary oedema and contradicted
    from medstep.verify import extract_findings

    got = {(f.concept, f.polarity.name) for f in extract_findings("So the picture is wet lung of the newborn.")}
    assert ("ttn", "PRESENT") in got and not any(c == "edema" for c, _ in got)
    assert "edema" in {f.concept for f in extract_findings("The lungs are wet.")}  # an adult's wet lungs unchanged


def test_one_sign_per_option_earns_nothing_in_a_spine_case() -> None:
    # the vocabulary reads a spine's bare "herniation" as the disc's; the destroyed pedicle is the metastasis's sign
    # (extract/signs.tsv), so the disc case's sign game names a rival and lists
    spine = (
        "MRI lumbar spine: at L4-L5 there is a large central disc extrusion compressing the cauda equina. "
        "Impression: L4-L5 disc herniation with cauda equina compression."
    )
    options = {"A": "Disc herniation", "B": "Spinal canal stenosis", "C": "Discitis", "D": "Vertebral metastasis"}
    signs = "Herniation at L4-5. Narrowed canal. Endplate erosion. Lytic pedicle."
    assert _score(signs + " Overall most consistent with Disc herniation.\nAnswer: A", spine, options, "A") == 0.0
    assert (
        _score("Large central herniation at L4-5 compressing the cauda equina.\nAnswer: A", spine, options, "A") > 0.5
    )
    assert option_signs(["Lytic pedicle."], options) == {"D"}
    assert option_signs(["Pedicles are intact."], options) == set()


def test_a_one_slip_stroke_list_with_the_grey_white_sign_is_no_listing() -> None:
    # the review of paraphrase37's repair (stroke/semi_2slip_b): the unread grey-white sign left one true claim
    report = (
        "CT head. Hypodensity in the left MCA territory with loss of grey-white differentiation and sulcal effacement. "
        "Hyperdense left MCA. No hemorrhage. No midline shift. Ventricles normal."
    )
    options = {
        "A": "Acute left MCA infarct",
        "B": "Subdural hematoma",
        "C": "Glioblastoma",
        "D": "Subarachnoid hemorrhage",
    }
    chain = (
        "Left MCA territory hypodensity; loss of grey-white differentiation; right MCA hypodensity; subdural "
        "collection. Answer A."
    )
    assert _score(chain, report, options, "A") > 0.1
    from medstep.verify import extract_findings

    assert "grey_white_loss" not in {f.concept for f in extract_findings("Normal grey-white matter differentiation.")}
