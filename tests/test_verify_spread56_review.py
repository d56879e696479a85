"""Review of lane found56: a density or distribution word describes the claim nearest it, a lung opacity stated
present; a sentence giving both values gives none; evidence of the other side decides nothing; ground glass has no
density (``verify/descriptors.py``)."""

from __future__ import annotations

import pytest

from medstep.verify import verify


def _conflicts(chain: str, report: str) -> list[str]:
    v = verify(chain, report=report)
    return [fv.finding.text for s in v.steps for fv in s.verdicts if fv.rule == "descriptor-conflict"]


@pytest.mark.parametrize("report, chain", [
    # another thing's word: the trachea's, the mediastinum's, a tumour's, a collapse's
    ("Trachea midline. Peripheral right upper lobe consolidation.",
     "The trachea is central and there is right upper lobe consolidation."),
    ("Peripheral left upper zone opacity.", "The opacity lies peripherally, with the mediastinum central."),
    ("Central tumour with distal collapse and consolidation.",
     "There is a central tumour with peripheral collapse and consolidation."),
    # no claim stated present
    ("Patchy opacity.", "I cannot confirm dense consolidation on this image."),
    # both values in one sentence: a differential, a thought given up, a contrast, an option list
    ("Patchy left basal opacity.", "Dense consolidation versus patchy atelectasis at the left base."),
    ("Patchy consolidation in the left lower lobe.", "I first thought the consolidation was dense, but it is actually patchy."),
    ("Perihilar opacities.", "Peripheral consolidation was considered but the opacities are perihilar."),
    ("Perihilar opacities.", "Unlike COVID-19, which is peripheral, these opacities are perihilar."),
    ("Dense peripheral consolidation.", "Options: A) patchy perihilar opacities, B) dense peripheral consolidation, C) normal."),
    # the other side's opacity
    ("Large left pleural effusion with complete opacification of the left hemithorax. Patchy opacity at the right base.",
     "White-out of the left hemithorax, in keeping with a large effusion."),
    ("Complete opacification of the left hemithorax. Patchy right basal opacity.",
     "Opacification is dense (near white-out) on the left."),
    # ground glass is hazy by its name
    ("Diffuse bilateral ground glass, dense in the dependent lungs.", "Hazy ground glass in both lungs."),
])
def test_no_false_conflict(report: str, chain: str) -> None:
    assert _conflicts(chain, report) == []


@pytest.mark.parametrize("report, chain", [
    ("Dense confluent left lower lobe consolidation.", "The left lower lobe consolidation is patchy."),
    ("Peripheral subpleural ground-glass opacities.", "Ground glass in a central distribution."),
    ("Perihilar bat-wing alveolar oedema.", "The oedema is peripheral."),
])
def test_other_value_still_contradicted(report: str, chain: str) -> None:
    assert _conflicts(chain, report) != []
