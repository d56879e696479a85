"""Infectious organisms as concepts of their own (``answers/concepts.tsv``): a feature several organisms share
("hyphae": Aspergillus, Mucor and Candida's pseudohyphae) confirms none of them over another, and one organism is no
other ("Candida" is not "Aspergillus", "bacteria" not "fungal hyphae")."""

from __future__ import annotations

import pytest

from medstep.answers.concepts import vocabulary
from medstep.extract import extract
from medstep.judges.verifier import score_reasoning
from medstep.types import AnswerType, Sample

MOULDS = {"A": "Aspergillus", "B": "Histoplasma", "C": "Cryptococcus", "D": "Pneumocystis"}
YEASTS = {"A": "Candida", "B": "Escherichia coli", "C": "Herpes simplex virus", "D": "Giardia"}


def test_each_organism_is_its_own_concept_under_the_shared_one() -> None:
    concepts = vocabulary().concepts
    for organism in ("candida", "aspergillus", "mucor"):
        assert "fungal_organisms" in concepts[organism].ancestors
    assert "infection_organisms" in concepts["fungal_organisms"].ancestors
    assert "infection_organisms" in concepts["bacteria"].ancestors
    assert "fungal_organisms" not in concepts["bacteria"].ancestors


@pytest.mark.parametrize("text", ["Hyphae.", "Fungal elements are seen.", "Viral inclusions.", "Parasites."])
@pytest.mark.parametrize("options", [MOULDS, YEASTS])
def test_a_shared_or_another_kind_of_organism_chooses_no_organism_option(text: str, options: dict[str, str]) -> None:
    sample = Sample(id="o", question="Which organism is most likely?", answer="A", answer_type=AnswerType.CHOICE,
                    options=options)
    assert extract(text, sample).answer is None


def _score(reference: str, chain: str) -> tuple[float | None, float | None]:
    sample = Sample(id="v", question="What organism is seen?", answer="x", answer_type=AnswerType.OPEN,
                    reference_steps=[reference])
    got = score_reasoning(sample, chain)
    assert got is not None
    return got.effectiveness, got.completeness


MOULD_REF = "Narrow septate hyphae branch at acute angles, typical of Aspergillus."
YEAST_REF = "Budding yeasts with pseudohyphae are seen, consistent with Candida."


@pytest.mark.parametrize(("reference", "right", "wrong"), [
    (MOULD_REF, "The organism is Aspergillus.", "The organism is Candida."),
    (YEAST_REF, "The organism is Candida.", "The organism is Aspergillus."),
    (MOULD_REF, "The organism is Aspergillus.", "Bacterial colonies are present."),
])
def test_the_named_organism_outscores_another_organism(reference: str, right: str, wrong: str) -> None:
    assert _score(reference, right) > _score(reference, wrong)


@pytest.mark.parametrize("chain", ["Hyphae are present in the tissue.", "Fungal hyphae invade the vessel walls."])
def test_hyphae_alone_is_supported_alike_whichever_mould_the_reference_names(chain: str) -> None:
    scores = {_score(f"Hyphae invade the tissue, typical of {name}.", chain) for name in ("Aspergillus", "Mucor", "Candida")}
    assert len(scores) == 1
