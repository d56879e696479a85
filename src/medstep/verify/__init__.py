"""Deterministic clinical verifier: sentence roles, findings, verdicts, clinical errors.

The default judge for reasoning quality: no API calls, well under a millisecond
per chain, so it can score every sample of a benchmark and serve as an RL reward.

Library use::

    from medstep.verify import verify, extract_findings
    v = verify(chain, report="Small left effusion. No pneumothorax.",
               options={"A": "Pneumothorax", "B": "Left pleural effusion"}, chosen="B")
    v.steps[0].verdict, v.steps[0].role, v.clinical.score, v.to_json()

Extend the lexicon with ``Verifier(extra_lexicon=Path("my_terms.tsv"))`` (same
columns as the packaged ``lexicon.tsv``).
"""

from medstep.verify.clinical import (
    ClinicalError,
    ClinicalErrors,
    ErrorKind,
    PatientContext,
    Significance,
)
from medstep.verify.extract import Extractor, SpanStatus
from medstep.verify.findings import Finding, Polarity
from medstep.verify.labels import LABEL_SETS
from medstep.verify.lexicon import Concept, Lexicon
from medstep.verify.results import (
    CONTRADICTION_FACTOR,
    ERROR_FLOOR,
    SILENT_FACTOR,
    DecisionVerdict,
    ReferenceUnit,
    StepVerdict,
    Verification,
    error_factor,
)
from medstep.verify.roles import COUNTED_ROLES, Sentence, SentenceRole
from medstep.verify.steps import Step, split_steps
from medstep.verify.verdicts import EvidenceRef, FindingVerdict, Verdict
from medstep.verify.verifier import Verifier, default_verifier, extract_findings, verify

__all__ = [
    "CONTRADICTION_FACTOR", "COUNTED_ROLES", "ERROR_FLOOR", "SILENT_FACTOR", "error_factor", "LABEL_SETS", "ClinicalError", "ClinicalErrors", "Concept", "DecisionVerdict", "ErrorKind", "EvidenceRef",
    "Extractor", "Finding", "FindingVerdict", "Lexicon", "PatientContext", "Polarity", "ReferenceUnit", "Sentence",
    "SentenceRole", "Significance", "SpanStatus", "Step", "StepVerdict", "Verdict", "Verification", "Verifier",
    "default_verifier", "extract_findings", "split_steps", "verify",
]
