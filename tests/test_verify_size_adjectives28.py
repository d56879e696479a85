"""A size that opens a noun phrase whose adjectives a comma separates ("a 4 cm lobulated, partly solid mass") measures
the phrase's head noun, though the comma starts a new chunk (verify/mentions.attach, issue #8, verrS28). Before, the
size went to no one and a wrong size in a chain was never compared. Sentences of our own."""

from medstep.verify import extract_findings, verify

_KIDNEY = "There is a 6 cm irregular, thick-walled mass in the right kidney. The left kidney is normal."


def _sizes(text: str, concept: str) -> list[float | None]:
    return [f.size for f in extract_findings(text) if f.concept == concept]


def _size_conflict(chain: str, report: str) -> bool:
    return "size-conflict" in [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_a_size_before_comma_separated_adjectives_is_the_nouns():
    assert _sizes("There is a 4 cm lobulated, partly solid mass in the right ovary.", "mass") == [40.0]
    assert _sizes("An 8 x 6 mm smooth, round nodule sits in the right lower lobe.", "pulmonary_nodule") == [8.0]


def test_the_head_noun_takes_the_size_not_an_adjective_finding_before_it():
    text = "A 3 cm heterogeneously enhancing, partly necrotic lesion is present in the liver."
    assert _sizes(text, "lesion") == [30.0]
    assert _sizes(text, "necrosis") == [None]


def test_a_size_after_a_verb_does_not_jump_to_a_later_claim():
    # near miss: the organ's measurement, then a new item; the mass is not 16 cm
    assert _sizes("The spleen measures 16 cm, and a mass is seen.", "mass") == [None]
    # near miss: a denial between the size and the noun
    assert _sizes("A 5 cm smooth, no mass.", "mass") == [None]


def test_a_wrong_size_in_the_adjective_run_conflicts_and_a_rounded_one_does_not():
    assert _size_conflict("A 15 cm irregular, thick-walled mass is present in the right kidney.", _KIDNEY)
    assert not _size_conflict("A 6 cm thick-walled, irregular mass is present in the right kidney.", _KIDNEY)
    assert not _size_conflict("There is a roughly 6 cm irregular, thick-walled mass in the right kidney.", _KIDNEY)


def test_an_adjective_run_with_and_or_ending_in_the_claims_own_adjective_keeps_the_size():
    assert _sizes("There is a 4 cm lobulated and partly cystic mass.", "cyst") == [40.0]
    assert _sizes("A 2 cm ill-defined, hypodense lesion in segment 6.", "hypodense_lesion") == [20.0]
    # near miss: "and" before an article starts another noun phrase with its own size
    assert _sizes("There is a 4 cm cyst and a 2 cm mass.", "mass") == [20.0]


def test_a_decimal_point_is_no_clause_start():
    # near miss: "11.8 cm" after a verb is the kidney's length, not a size opening the next noun phrase
    assert _sizes("The right kidney measures 11.8 cm and shows moderate hydronephrosis.", "hydronephrosis") == [None]
    assert _sizes("There is a 4.5 cm lobulated, partly solid mass.", "mass") == [45.0]
