"""Report-level labels in public label sets (ChestX-ray14, CheXpert) from the verifier's findings.

Why: report labellers are judged on these label sets (a report is positive,
negative, uncertain or silent for each label), and a user comparing the
verifier with one needs the same mapping every time rather than their own.
A label covers its concepts and every narrower concept of the lexicon
("tension pneumothorax" is a Pneumothorax, "loculated effusion" an Effusion).
"""

from __future__ import annotations

from collections.abc import Mapping

from medstep.types import MedstepError
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Lexicon

LABEL_SETS: dict[str, dict[str, tuple[str, ...]]] = {
    "chestxray14": {
        "Atelectasis": ("atelectasis",), "Cardiomegaly": ("cardiomegaly",), "Effusion": ("pleural_effusion",),
        "Infiltration": ("infiltrate",), "Mass": ("mass",), "Nodule": ("pulmonary_nodule",),
        "Pneumonia": ("pneumonia",), "Pneumothorax": ("pneumothorax",), "Consolidation": ("consolidation",),
        "Edema": ("edema",), "Emphysema": ("emphysema",), "Fibrosis": ("pulmonary_fibrosis",),
        "Pleural_Thickening": ("pleural_thickening",), "Hernia": ("hernia",),
    },
    "chexpert": {
        "Enlarged Cardiomediastinum": ("enlarged_cardiomediastinum",), "Cardiomegaly": ("cardiomegaly",),
        "Lung Opacity": ("lung_opacity",), "Lung Lesion": ("lung_lesion",), "Edema": ("edema",),
        "Consolidation": ("consolidation",), "Pneumonia": ("pneumonia",), "Atelectasis": ("atelectasis",),
        "Pneumothorax": ("pneumothorax",), "Pleural Effusion": ("pleural_effusion",),
        "Pleural Other": ("pleural_other",), "Fracture": ("fracture",), "Support Devices": ("support_devices",),
    },
}
NO_FINDING = "No Finding"  # CheXpert: positive when no other label but Support Devices is positive or uncertain


def _rank(p: Polarity) -> int:
    return {Polarity.PRESENT: 3, Polarity.UNCERTAIN: 2, Polarity.ABSENT: 1}[p]


def report_labels(findings: list[Finding], lexicon: Lexicon, label_set: str = "chestxray14"
                  ) -> dict[str, Polarity | None]:
    """Each label's value in a report: present beats uncertain beats absent; None when not mentioned."""
    labels = _labels(label_set)
    concepts = lexicon.concepts
    owner: dict[str, list[str]] = {}
    for name, roots in labels.items():
        for root in roots:
            for cid in (root, *concepts[root].descendants):
                owner.setdefault(cid, []).append(name)
    out: dict[str, Polarity | None] = dict.fromkeys(labels)
    for f in findings:
        for name in owner.get(f.concept, ()):
            old = out[name]
            if old is None or _rank(f.polarity) > _rank(old):
                out[name] = f.polarity
    if label_set == "chexpert":
        pathology = [v for k, v in out.items() if k != "Support Devices"]
        out[NO_FINDING] = Polarity.ABSENT if any(v in (Polarity.PRESENT, Polarity.UNCERTAIN) for v in pathology) \
            else Polarity.PRESENT
    return out


def _labels(label_set: str) -> Mapping[str, tuple[str, ...]]:
    try:
        return LABEL_SETS[label_set]
    except KeyError:
        raise MedstepError(f"unknown label set {label_set!r}; known: {sorted(LABEL_SETS)}") from None
