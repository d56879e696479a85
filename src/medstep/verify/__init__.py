"""Deterministic clinical verifier: extract findings, judge reasoning steps against evidence.

The default judge for reasoning quality: no API calls, a few hundred microseconds
per chain, so it can score every sample of a benchmark and serve as an RL reward.

Library use::

    from medstep.verify import verify, extract_findings
    v = verify(chain, report="Small left effusion. No pneumothorax.")
    v.steps[0].verdict, v.to_json()

Extend the lexicon with ``Verifier(extra_lexicon=Path("my_terms.tsv"))`` (same
columns as the packaged ``lexicon.tsv``).
"""

from medstep.verify.extract import Extractor, Finding, Polarity
from medstep.verify.judge import EvidenceRef, FindingVerdict, Verdict
from medstep.verify.lexicon import Concept, Lexicon
from medstep.verify.steps import Step, split_steps
from medstep.verify.verifier import (
    ReferenceUnit, StepVerdict, Verification, Verifier, default_verifier, extract_findings, verify,
)

__all__ = [
    "Concept", "EvidenceRef", "Extractor", "Finding", "FindingVerdict", "Lexicon", "Polarity",
    "ReferenceUnit", "Step", "StepVerdict", "Verdict", "Verification", "Verifier", "default_verifier",
    "extract_findings", "split_steps", "verify",
]
