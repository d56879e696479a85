"""Step verdicts: every verdict kind, the silence rule, evidence spans, lexicon extension."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medstep.types import MedstepError
from medstep.verify import Verdict, Verifier, verify


def one(chain: str, report: str | None = None, reference=None):
    """The single judged claim of a one-claim chain."""
    v = verify(chain, report=report, reference=reference)
    verdicts = [x for s in v.steps for x in s.verdicts]
    assert len(verdicts) == 1, [x.to_json() for x in verdicts]
    return verdicts[0]


@pytest.mark.parametrize(("chain", "report", "verdict", "consistent", "rule"), [
    ("There is a small left pleural effusion.", "Small left pleural effusion.", "supported", True, "same-finding"),
    ("No pneumothorax.", "No pneumothorax is seen.", "supported", True, "both-absent"),
    ("Opacity in the right lung.", "Right lower lobe consolidation.", "supported", True, "narrower-evidence"),
    ("Possible pneumonia.", "Right lower lobe pneumonia.", "supported", True, "same-finding"),
    ("Pneumonia.", "Findings may represent pneumonia.", "supported", True, "same-finding"),
    ("No consolidation.", "No focal opacity.", "supported", True, "both-absent"),
    ("There is a pneumothorax.", "No pneumothorax.", "contradicted", False, "polarity-conflict"),
    ("No pleural effusion.", "Small right pleural effusion.", "contradicted", False, "polarity-conflict"),
    ("Possible pneumonia.", "No pneumonia.", "contradicted", False, "polarity-conflict"),
    ("Left pleural effusion.", "Right pleural effusion.", "contradicted", False, "laterality-conflict"),
    ("A large effusion.", "A small effusion.", "contradicted", False, "severity-conflict"),
    ("Worsening pulmonary edema.", "Improved pulmonary edema.", "contradicted", False, "change-conflict"),
    ("Focal consolidation.", "No focal opacity.", "contradicted", False, "polarity-conflict"),
    ("No opacity.", "Right lower lobe consolidation.", "contradicted", False, "polarity-conflict"),
    ("Pneumonia.", "Patchy opacity at the right base.", "unverifiable", True, "broader-evidence"),
    ("No pneumothorax.", "Cardiomegaly.", "unverifiable", True, "silent-absent"),
    ("There is a nodule.", "Cardiomegaly.", "unverifiable", False, "silent-present"),
    ("Possible nodule.", "Cardiomegaly.", "unverifiable", False, "silent-present"),
    ("No left pneumothorax.", "Small right pneumothorax.", "unverifiable", True, "silent-absent"),
    ("Moderate effusion.", "Small effusion.", "contradicted", False, "severity-conflict"),
    ("Small to moderate effusion.", "Small effusion.", "supported", True, "same-finding"),
    ("No new consolidation.", "Stable right lower lobe consolidation.", "unverifiable", True, "silent-absent"),
    ("No new consolidation.", "New right lower lobe consolidation.", "contradicted", False, "polarity-conflict"),
    ("Consolidation is present.", "No new consolidation.", "unverifiable", False, "silent-present"),
    ("Pleural effusion.", "No left effusion. Small right effusion.", "supported", True, "same-finding"),
])
def test_finding_verdicts(chain, report, verdict, consistent, rule) -> None:
    v = one(chain, report)
    assert (v.verdict.value, v.consistent, v.rule) == (verdict, consistent, rule)
    if verdict in ("supported", "contradicted") or rule == "broader-evidence":
        assert v.evidence and all(e.source == "report" for e in v.evidence)
        for e in v.evidence:
            assert report[e.start:e.end] == e.text and e.text in e.context


def test_bilateral_is_compatible_with_one_side() -> None:
    # one side of a bilateral finding is true as far as it goes when the chain names the other side too;
    # a chain that only ever names one side misstates the distribution (judge 34, ``sides.py``)
    v = verify("Left pleural effusion. Right pleural effusion.", report="Bilateral pleural effusions.")
    assert [x.verdict for s in v.steps for x in s.verdicts] == [Verdict.SUPPORTED, Verdict.SUPPORTED]
    alone = one("Left pleural effusion.", "Bilateral pleural effusions.")
    assert (alone.verdict, alone.rule) == (Verdict.CONTRADICTED, "laterality-partial")
    assert one("No left pleural effusion.", "Bilateral effusions.").verdict is Verdict.CONTRADICTED


def test_modalities_compare_only_with_modalities() -> None:
    v = one("This is a CT image.", "Frontal chest radiograph. Cardiomegaly.")
    assert (v.verdict, v.consistent, v.rule) == (Verdict.CONTRADICTED, False, "modality-conflict")
    v = one("This is a chest X-ray.", "PA chest radiograph.")
    assert (v.verdict, v.rule) == (Verdict.SUPPORTED, "same-modality")
    v = one("The study is a radiograph.", "Chest radiograph shows cardiomegaly.")
    assert v.verdict is Verdict.SUPPORTED  # x-ray is the parent of chest x-ray
    v = one("This is an MRI.", "Cardiomegaly.")
    assert (v.verdict, v.consistent) == (Verdict.UNVERIFIABLE, None)


def test_without_evidence_nothing_is_counted() -> None:
    v = one("Small left effusion.")
    assert (v.verdict, v.consistent, v.rule) == (Verdict.UNVERIFIABLE, None, "no-evidence")


def test_step_levels() -> None:
    chain = ("Step 1: Let me look at the image carefully.\n"
             "Step 2: There is a right pleural effusion.\n"
             "Step 3: No pneumothorax, but there is a left effusion.\n"
             "Step 4: There is a nodule.")
    v = verify(chain, report="Small right pleural effusion. No pneumothorax.")
    assert [s.verdict for s in v.steps] == [Verdict.NEUTRAL, Verdict.SUPPORTED, Verdict.CONTRADICTED,
                                           Verdict.UNVERIFIABLE]
    assert [s.makes_claim for s in v.steps] == [False, True, True, True]
    assert [s.effective for s in v.steps] == [False, True, False, False]
    assert [s.text for s in v.steps][1] == "There is a right pleural effusion."
    assert v.steps[2].findings[1].laterality == "left"
    spans = [(f.start, f.end, f.text) for s in v.steps for f in s.findings]
    for (a, b, text), step in zip(spans, [v.steps[1]]):
        assert step.text[a:b] == text


def test_reference_steps_are_evidence_with_their_index() -> None:
    v = verify("1. Right lower lobe consolidation.\n2. No effusion.",
               reference=["The heart is normal.", "There is consolidation in the right lower lobe."])
    first = v.steps[0].verdicts[0]
    assert first.verdict is Verdict.SUPPORTED and first.evidence[0].source == "reference[1]"
    assert v.steps[1].verdicts[0].rule == "silent-absent"
    # a reference given as one string is split into steps
    v2 = verify("Consolidation.", reference="Step 1: Heart normal. Step 2: Consolidation on the right.")
    assert v2.steps[0].verdicts[0].evidence[0].source == "reference[1]"


def test_report_support_counts_for_effectiveness() -> None:
    # the report is evidence too: a step it supports is effective even when the reference steps are silent
    v = verify("Cardiomegaly.", report="Cardiomegaly.", reference=["No pneumothorax."])
    s = v.steps[0]
    assert s.verdict is Verdict.SUPPORTED and not s.supported_by_reference and s.supported and s.effective


def test_normal_statement_contradicted_by_one_finding() -> None:
    v = verify("The lungs are clear.", report="Right lower lobe consolidation.")
    bad = [x for x in v.steps[0].verdicts if x.verdict is Verdict.CONTRADICTED]
    # "no opacity" is contradicted too: consolidation is a kind of opacity
    assert sorted(x.finding.concept for x in bad) == ["consolidation", "lung_opacity"]
    assert v.factuality_counts() == (0, 1)  # the whole statement is one claim unit


def test_json_is_serialisable_and_explains() -> None:
    v = verify("Step 1: Small left effusion.\nStep 2: Thinking.", report="Small left pleural effusion.")
    d = json.loads(json.dumps(v.to_json()))
    step = d["steps"][0]
    assert step["verdict"] == "supported" and step["findings"][0]["concept"] == "pleural_effusion"
    ev = step["verdicts"][0]["evidence"][0]
    assert ev["source"] == "report" and ev["context"] == "Small left pleural effusion."
    assert step["verdicts"][0]["rule"] == "same-finding"
    assert d["steps"][1]["verdict"] == "neutral" and d["steps"][1]["verdicts"] == []
    assert d["reference"][0]["recalled"] is True


def test_extra_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text("# my additions\n"
                     "bronchiolitis\tBronchiolitis\tfinding\tlung_opacity\t\tbronchiolitis|small airway inflammation\n"
                     "pleural_effusion\t\t\t\t\tfluid in the costophrenic recess\n", encoding="utf-8")
    ver = Verifier(extra_lexicon=extra)
    found = ver.extract_findings("No small airway inflammation. Fluid in the costophrenic recess.")
    assert [(f.concept, f.polarity.value) for f in found] == [("bronchiolitis", "absent"),
                                                              ("pleural_effusion", "present")]
    assert "bronchiolitis" in ver.lexicon.concepts["lung_opacity"].descendants


@pytest.mark.parametrize(("content", "message"), [
    ("only\ttwo\n", "expected 6 tab-separated columns"),
    ("x\tX\tnonsense\t\t\tx\n", "unknown category"),
    ("x\tX\tfinding\tno_such_parent\t\tx\n", "unknown concept 'no_such_parent'"),
    ("x\t\t\t\t\tx\n", "needs a name and a category"),
    ("x\tX\tfinding\t\t\tpneumothorax\n", "already a synonym of concept 'pneumothorax'"),
    ("x\tX\tfinding\t\t\tfoo{sev=huge}\n", "severity must be one of"),
])
def test_bad_lexicon_files_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\n" + content, encoding="utf-8")
    with pytest.raises(MedstepError) as err:
        Verifier(extra_lexicon=bad)
    assert f"{bad}:2" in str(err.value) and message in str(err.value)


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(MedstepError, match="cannot read"):
        Verifier(extra_lexicon=tmp_path / "nope.tsv")


@pytest.mark.parametrize(("line", "message"), [
    ("foo\tmystery", "expected 'phrase<TAB>kind"),
    ("huge\tattr\tsev=huge", "severity must be one of"),
    ("swollen\tabnormal\tnot_an_organ=cardiomegaly", "is not an anatomy or device concept"),
    ("swollen\tabnormal\theart=no_such_finding", "expected organ=finding pairs"),
    ("swollen\tabnormal", "needs organ=finding pairs"),
    ("fine\tnormal\tpleural_effusion", "is not an anatomy or device concept"),
])
def test_bad_trigger_file(tmp_path: Path, line: str, message: str) -> None:
    bad = tmp_path / "triggers.tsv"
    bad.write_text("no\tneg_pre\n" + line + "\n", encoding="utf-8")
    with pytest.raises(MedstepError) as err:
        Verifier(triggers=bad)
    assert f"{bad}:2" in str(err.value) and message in str(err.value)


def test_evidence_cache_gives_same_result() -> None:
    ver = Verifier()
    a = ver.verify("Left effusion.", report="Right effusion.").to_json()
    b = ver.verify("Left effusion.", report="Right effusion.").to_json()
    assert a == b and a["steps"][0]["verdict"] == "contradicted"
