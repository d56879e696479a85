"""A stent is a device of its own group: a chain's stent beside a report naming only clips, hardware or coils is an
invented device (verify/results, issue #8, vloc22). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.results import device_group

_CLIPS = "CT abdomen. Cholecystectomy clips are present in the right upper quadrant. The biliary tree is not dilated."


def test_a_stent_is_no_metal_device():
    assert device_group("stent") != device_group("surgical_clips")
    assert device_group("orthopedic_hardware") == device_group("surgical_clips")


def test_a_stent_invented_beside_clips():
    for chain in ("A biliary stent is in place and the ducts are not dilated.",
                  "Cholecystectomy clips and a common bile duct stent are seen."):
        assert verify(chain, report=_CLIPS).errors == (1, 0), chain


def test_the_clips_in_other_words_are_not_counted():
    for chain in ("The gallbladder has been removed and surgical clips remain; the bile ducts are not dilated.",
                  "Metal clips from the gallbladder operation lie in the right upper abdomen."):
        assert verify(chain, report=_CLIPS).errors == (0, 0), chain
    report = "CT abdomen. A biliary stent and cholecystectomy clips are present. The biliary tree is not dilated."
    assert verify("A stent lies in the bile duct beside surgical clips.", report=report).errors == (0, 0)
