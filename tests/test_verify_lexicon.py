"""The packaged lexicon: coverage and internal consistency."""

from __future__ import annotations

from medstep.verify import default_verifier, extract_findings

CHEXPERT = {
    "no_finding", "enlarged_cardiomediastinum", "cardiomegaly", "lung_opacity", "lung_lesion", "edema",
    "consolidation", "pneumonia", "atelectasis", "pneumothorax", "pleural_effusion", "pleural_other",
    "fracture", "support_devices",
}


def test_size_and_chexpert_coverage() -> None:
    concepts = default_verifier().lexicon.concepts
    assert CHEXPERT <= set(concepts)
    assert len(concepts) >= 300
    cats = {c.category for c in concepts.values()}
    assert cats == {"finding", "device", "modality", "anatomy", "normal", "group"}


def test_expansions_point_at_claims_and_hierarchy_is_consistent() -> None:
    concepts = default_verifier().lexicon.concepts
    for c in concepts.values():
        for e in c.expands:
            assert concepts[e].is_claim, (c.id, e)
        for a in c.ancestors:
            assert c.id in concepts[a].descendants
    assert "consolidation" in concepts["lung_opacity"].descendants
    assert "lung_opacity" in concepts["pneumonia"].ancestors


def test_every_concept_name_is_found_by_its_first_synonym() -> None:
    """Each concept is reachable from text (no synonym is shadowed by a longer phrase)."""
    ver = default_verifier()
    rows = ver.lexicon._rows
    missed = []
    for cid, row in rows.items():
        if row.category in ("normal", "group"):
            continue
        syn = row.synonyms[0].split("{")[0]
        found = {f.concept for f in extract_findings(f"There is {syn} here.")}
        if cid not in found:
            missed.append((cid, syn))
    assert not missed
