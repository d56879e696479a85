"""vlay27 (issue #8): lay size words of any organ ("the spleen is big")."""

from medstep.verify import verify


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


def test_lay_big_names_any_organs_enlargement():
    assert ("splenomegaly", "present", "supported") in [g for g in _verdicts("The spleen is big.", "CT. Splenomegaly.")]
    assert ("splenomegaly", "present", "contradicted") in [
        g for g in _verdicts("The spleen is big.", "CT. The spleen is normal in size.")]
    assert ("prostatomegaly", "present", "supported") in [
        g for g in _verdicts("The prostate looks big.", "US. Enlarged prostate.")]


def test_a_big_lump_in_an_organ_is_no_enlarged_organ():
    got = _verdicts("There is a big lump in the liver.", "CT. A large mass in the liver; normal liver size.")
    assert "hepatomegaly" not in [g[0] for g in got]
    got = _verdicts("There is a big stone in the left kidney.", "CT. A large left renal calculus.")
    assert "hydronephrosis" not in [g[0] for g in got]
