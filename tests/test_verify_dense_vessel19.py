"""A hyperdense vessel or venous sinus on CT is the clot's sign (issue #8, vopt19).

Why: "hyperdense right transverse sinus", "a dense basilar artery sign", "hyperdense left MCA" were unread, so a
faithful CT-head chain naming them recalled nothing of the report's key finding, and its conclusion "venous sinus
thrombosis" stood on no evidence but the option (lead probe terse-neuro: 0.32). They are a child of thrombus, with
the side they name. Sentences are our own.
"""

from medstep.verify import Verdict, verify


def test_a_dense_sinus_or_artery_reads_as_a_sided_clot_sign() -> None:
    for text, side in (("CT head: hyperdense left sigmoid sinus.", "left"),
                       ("The right transverse sinus is hyperdense.", "right"),
                       ("There is a dense basilar artery sign.", None),
                       ("A hyperdense right MCA sign is present.", "right")):
        found = [f for f in verify(text, report="CT head.").findings if f.concept == "dense_vessel_sign"]
        assert found and found[0].laterality == side, text


def test_the_sign_supports_the_thrombosis_it_shows_and_contradicts_the_other_side() -> None:
    report = "Non-contrast CT head. Hyperdense left transverse sinus. Small left temporal haemorrhage."
    assert verify("There is venous sinus thrombosis.", report=report).steps[0].verdict is Verdict.SUPPORTED
    assert verify("The right transverse sinus is hyperdense.", report=report).steps[0].verdict is Verdict.CONTRADICTED
