"""Two views of the verifier that many lexicon tests assert on: the claims a text makes (concept -> polarity) and
each chain claim's verdict against a report (concept -> verdict). One home, so a test file states only its sentences."""

from medstep.verify import SentenceRole, default_verifier, extract_findings, verify


def claims(text: str) -> dict[str, str]:
    """The concepts ``text`` claims, with their polarity ("present", "absent", ...)."""
    return {f.concept: f.polarity.value for f in extract_findings(text) if f.is_claim}


def verdicts(chain: str, report: str) -> dict[str, str]:
    """Each finding of ``chain`` with its verdict against ``report`` ("supported", "contradicted", ...)."""
    return {f.concept: v.verdict.value for s in verify(chain, report=report).steps
            for f, v in zip(s.findings, s.verdicts)}


def roles(text: str) -> list[SentenceRole]:
    """The role of each sentence of ``text`` (observation, definition, instruction, ...)."""
    return [s.role for s in default_verifier().extractor.sentences(text)]


def claim_pairs(text: str) -> list[tuple[str, str]]:
    """The findings and devices ``text`` claims, in order, with their polarity (a modality named is a mention whatever
    the role, so it is left out)."""
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"]
