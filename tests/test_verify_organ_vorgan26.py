"""An organless word said of another organ than its lexicon reading's takes that organ's finding (vorgan26):
``medstep.verify.organ_words`` with the data of ``answers/organ_homes.tsv``."""

import pytest

from medstep.verify import default_verifier
from medstep.verify.organ_words import check_homes, read_homes
from medstep.types import MedstepError
from support.verify_claims import claims, verdicts


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("A firm 2 cm nodule sits in the upper pole of the left thyroid lobe.", "thyroid_nodule", "present"),
    ("Three small nodules are scattered through the liver.", "liver_lesion", "present"),
    ("There is an entry tear in the proximal descending aorta.", "aortic_dissection", "present"),
    ("Swollen glands are felt in the neck.", "lymphadenopathy", "present"),
    ("A pus pocket lies beside the liver.", "abscess", "present"),
])
def test_word_takes_the_named_organs_finding(text: str, concept: str, polarity: str) -> None:
    got = claims(text)
    assert got.get(concept) == polarity
    assert not {"pulmonary_nodule", "ligament_tear", "hilar_lymphadenopathy", "lung_abscess"} & set(got)


@pytest.mark.parametrize(("text", "concept"), [
    ("A small nodule in the right lung.", "pulmonary_nodule"),  # its own organ
    ("A small nodule.", "pulmonary_nodule"),  # no organ: the lexicon's reading
    ("There is a tear of the medial collateral ligament.", "ligament_tear"),
    ("A filling defect in the right pulmonary artery.", "thrombus"),
    ("Swollen glands.", "hilar_lymphadenopathy"),
    ("A pleural-based nodule along the right hemidiaphragm.", "pulmonary_nodule"),
])
def test_home_organ_or_no_organ_keeps_the_reading(text: str, concept: str) -> None:
    assert concept in claims(text)


def test_no_organs_kind_keeps_the_lexicons_reading() -> None:
    # review_verify26: read as nothing, the word left a denied claim unjudged on both sides ("no filling defect in
    # the bladder" against "a filling defect in the bladder"); the lexicon's reading stays until the organ has a kind
    assert "pulmonary_nodule" not in claims("A small nodule in the neck.")
    report = "Cystogram. There is no filling defect within the urinary bladder."
    assert verdicts("A filling defect sits in the urinary bladder.", report).get("thrombus") == "contradicted"


def test_denied_generic_denies_only_its_organ() -> None:
    # "no swollen glands in the neck" must not deny the hila's nodes, yet denies the neck's
    assert claims("There are no swollen glands in the neck.").get("lymphadenopathy") == "absent"
    report = "Neck ultrasound. There are no swollen glands in the neck."
    assert verdicts("Bilateral hilar lymphadenopathy is present.", report).get("hilar_lymphadenopathy") \
        != "contradicted"
    assert verdicts("Swollen glands are present in the neck.", report).get("lymphadenopathy") == "contradicted"


def test_other_chunk_organ_does_not_decide() -> None:
    # the organ of another chunk of the clause is not where the word lies
    assert claims("The lung tissue around the cavity looks fine and there are no nodules.").get(
        "pulmonary_nodule") == "absent"


def test_thyroid_lump_matches_thyroid_nodule() -> None:
    report = "Ultrasound shows a solid 3 cm nodule in the right lobe of the thyroid gland."
    assert verdicts("There is a thyroid nodule on the right.", report).get("thyroid_nodule") == "supported"


def test_table_ids_are_in_the_vocabulary() -> None:
    assert check_homes(default_verifier().lexicon.concepts) == []


def test_table_rows_are_checked() -> None:
    with pytest.raises(MedstepError):
        read_homes("pulmonary_nodule\tlungs\tlesion\n")
    with pytest.raises(MedstepError):
        read_homes("pulmonary_nodule\tlungs\tlesion\tthyroid\tnodule\n")
    rows = read_homes("pulmonary_nodule\tlungs\tlesion\tthyroid=thyroid_nodule\tnodule\n")
    assert rows[("pulmonary_nodule", "nodules")].kinds == (("thyroid", "thyroid_nodule"),)


def test_seen_verb_names_the_place() -> None:
    # "is seen in" ends the word's chunk, yet the organ after it is where the word lies
    assert claims("A tiny nodule is seen in the right thyroid lobe.").get("thyroid_nodule") == "present"
    assert claims("A tiny nodule is seen in the left lower lobe.").get("pulmonary_nodule") == "present"
    # punctuation between: the organ is another statement's
    assert claims("A tiny nodule is seen in the image; the thyroid is normal.").get("pulmonary_nodule") == "present"


def test_lump_matches_a_thyroid_nodule() -> None:
    # a thyroid nodule is a mass of the thyroid ("thyroid mass" names it): a lay "lump" in the gland is supported
    report = "A solid 3 cm nodule lies in the lower pole of the right thyroid lobe."
    assert verdicts("There is one lump low down on the right side of the gland.", report).get("mass") == "supported"


def test_case_of_one_organ_reads_an_organless_nodule_as_its_own() -> None:
    # a case naming the thyroid and nothing of the chest: "the nodule" of any sentence is the thyroid's
    report = "Neck ultrasound of the thyroid. An oval 2 cm nodule sits in the right lobe. The left lobe is normal."
    got = verdicts("The nodule is about 2 cm across.", report)
    assert got.get("thyroid_nodule") == "supported"
    # a chest case keeps the lung's reading
    chest = "Chest radiograph. A 1 cm nodule projects over the right upper zone; the lungs are otherwise clear."
    assert verdicts("A small nodule is present.", chest).get("pulmonary_nodule") == "supported"
