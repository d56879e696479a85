"""One structure, opposite heights (verify/aligned_vertical; issue #8, lane errloc59): a chain placing a thing higher
or lower than the report does is contradicted; the same height, another subject, a denied, hedged or earlier height,
and "high"/"low" of signal or density are not. Sentences of our own."""

import pytest

from medstep.verify import verify

_RULE = "aligned-height-conflict"


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


@pytest.mark.parametrize("report, chain", [
    ("The right hilum is depressed and the horizontal fissure is displaced inferiorly.",
     "The right hilum is elevated, and the right upper zone is hyperlucent."),
    ("The left hilum is abnormally high, with the left pulmonary artery arising at the level of the arch.",
     "The aortic arch is right-sided and the left hilum is low-lying, below its usual level."),
    ("The left hilum is elevated, with upward retraction of the oblique fissure.",
     "Step 2: The left hilum is pulled down and the fissure is displaced."),
    ("The humeral head is high-riding, with the acromiohumeral interval reduced to 4 mm.",
     "The humeral head is inferiorly displaced relative to the glenoid."),
    ("The right hilum is elevated due to upper lobe fibrosis.",
     "**Hila:** the right hilum is depressed; the left is normal."),
    ("There is elevation of the right hilum, with a raised horizontal fissure.",
     "The right hilum is depressed, with crowding of the vessels."),
    ("The right hemidiaphragm is abnormally low and flat.",
     "Findings: the right hemidiaphragm is raised, with the stomach bubble beneath."),
    ("The left kidney is low-lying, in the left iliac fossa.", "The left kidney lies high in the renal fossa."),
    ("The left hemidiaphragm is elevated, with the gastric bubble beneath it.",
     "Step 3: Depression of the left hemidiaphragm with the gastric bubble below it."),
    ("The right hilum is pulled up by the fibrotic upper lobe.",
     "<think>\nRight hilum is pulled down, RLL collapse.\n</think>\nAnswer: B"),
])
def test_the_other_height_is_contradicted(report: str, chain: str) -> None:
    assert _RULE in _rules(chain, report)


@pytest.mark.parametrize("report, chain", [
    ("The right hilum is depressed.", "The right hilum is low."),
    ("The right hilum is depressed and the left hilum is elevated.", "The left hilum is elevated."),
    ("The right hilum is depressed.", "The left hilum is elevated."),
    ("The right hilum is depressed.", "The right hilum is not elevated; it is depressed."),
    ("The right hilum is elevated.", "The right hilum is not depressed."),
    ("The right hilum may be elevated.", "The right hilum is depressed."),
    ("The right hilum is depressed.", "On the prior film the right hilum is elevated; now it is depressed."),
    ("The lesion is low in signal on T1.", "The lesion is high on T2 and low on T1."),
    ("The liver is low in attenuation.", "The liver is high in attenuation relative to the spleen."),
    ("The ST segments are elevated in V1-V3.", "There is depression of the ST segments."),
    ("The fracture fragment is depressed 8 mm below the inner table.",
     "The depressed fragment should be elevated surgically."),
    ("The left kidney lies low in the pelvis; the right kidney is high in its fossa.",
     "The right kidney is high and the left kidney is low-lying."),
    ("The right hemidiaphragm is elevated.", "The right hemidiaphragm is higher than the left and the left is low."),
    # an alternative's expected height and a listed option claim nothing of this image
    ("The right hilum is depressed.", "Right upper lobe collapse typically gives an elevated right hilum."),
    ("The right hilum is depressed.", "Option A: The right hilum is elevated.\nOption B: The right hilum is depressed."),
    # review repair: a side named outside the subject, both heights weighed in the chain, a value read in an image or a
    # specimen, an ECG deflection, a bare adverb placing a thing, a report subject given the other height more narrowly
    ("The hemidiaphragm is elevated on the right.", "The hemidiaphragm is depressed on the left."),
    ("The right hilum is depressed.", "In right upper lobe collapse, the right hilum is elevated; here the right hilum is "
     "depressed."),
    ("The right hilum is depressed.", "Choice A: the right hilum is elevated.\nChoice B: the right hilum is depressed."),
    ("The mass is high in the T2-weighted images.", "The mass is low in the T1-weighted images."),
    ("The lesion is high at b1000.", "The lesion is low at ADC, confirming restricted diffusion."),
    ("Sodium is low.", "Sodium is high in the urine, pointing to SIADH."),
    ("The ST is elevated in V1 to V4.", "There is reciprocal depression of ST in II, III and aVF."),
    ("The lesion lies superiorly in the right lobe.", "The lesion lies inferiorly to the portal vein."),
    ("The right hemidiaphragm is elevated. Laterally the right hemidiaphragm is depressed by the effusion.",
     "The right hemidiaphragm is depressed."),
])
def test_the_same_height_or_no_height_is_left_alone(report: str, chain: str) -> None:
    assert _RULE not in _rules(chain, report)
