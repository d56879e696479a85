"""How far a tear, a clot, an obstruction or a collapse goes is a descriptor of it: "a partial-thickness tear" against
"a full-thickness tear", "an occlusive thrombus" against "a partially occlusive thrombus" (verify/descriptors extent
axis, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_SHOULDER = ("MRI of the right shoulder. There is a full-thickness tear of the supraspinatus tendon with 1 cm of "
             "retraction. No muscle atrophy.")
_PORTAL = "CT of the abdomen. A partially occlusive thrombus lies in the main portal vein. The liver is cirrhotic."


def _conflicts(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.rule == "descriptor-conflict"]


def test_the_other_extent():
    assert _conflicts("There is a partial-thickness tear of the supraspinatus tendon without retraction.", _SHOULDER)
    assert _conflicts("An occlusive thrombus fills the main portal vein.", _PORTAL)


def test_the_same_extent_in_other_words():
    for chain, report in (("There is a full thickness supraspinatus tear with 1 cm of retraction.", _SHOULDER),
                          ("The supraspinatus is torn through its full thickness and retracted by 1 cm.", _SHOULDER),
                          ("A non-occlusive thrombus lies in the main portal vein.", _PORTAL),
                          ("The main portal vein contains a partially occlusive clot.", _PORTAL)):
        assert not _conflicts(chain, report), chain
