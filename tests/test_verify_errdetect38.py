"""One-error chains of retired blind 37 the verifier did not see on the erroneous claim (issue #8, lane errdetect38).
Each error is found; the faithful wording is not contradicted. Sentences of our own.

* A report's change said in a last piece after a finding's "with" dependent ("consolidation of the left lower lobe
  with air bronchograms, increased since ...") went only to the dependent, so a chain calling the consolidation
  unchanged, or less dense than before, was compared with no change of it (``change_heads``).
* "less dense than <an earlier time>" is a change of the finding (``triggers.tsv``, only with an earlier time).
* A step that opens with its measurement and names no subject ("Size 3.9 cm.", "About 30 mm now vs 9 mm 2 years
  ago.") gives the size of the last step's first finding (``anaphora.carry_sizes``).
"""

import time

import pytest

from medstep.verify import verify
from medstep.verify.anaphora import _bare_size, _current_size
from support.timing import grows_linearly

_CONSOLIDATION = (
    "FINDINGS: There is dense consolidation of the left lower lobe with air bronchograms, increased in "
    "extent and density since 3 days ago. No pleural effusion."
)
_LESION = (
    "FINDINGS: In the medial left tibial plateau there is a well-defined lesion with a sclerotic rim, measuring "
    "1.8 cm, with a fluid level on T2 images. No fracture."
)


def _contradicted(chain: str, report: str) -> list[tuple[str, str]]:
    return [
        (v.finding.concept, v.rule)
        for s in verify(chain, report=report).steps
        for v in s.verdicts
        if v.verdict.value == "contradicted"
    ]


@pytest.mark.parametrize(
    "chain",
    [
        "Dense consolidation fills the left lower lobe, unchanged from 3 days ago.",
        "Dense consolidation with air bronchograms fills the left lower lobe. It is less dense than 3 days ago.",
        "Dense consolidation fills the left lower lobe. It has improved since 3 days ago.",
    ],
)
def test_a_change_after_a_with_dependent_is_the_head_findings(chain: str) -> None:
    assert ("consolidation", "change-conflict") in _contradicted(chain, _CONSOLIDATION)


@pytest.mark.parametrize(
    "chain",
    [
        "Dense consolidation fills the left lower lobe, increased since 3 days ago.",
        "Dense consolidation with air bronchograms fills the left lower lobe. It is denser than 3 days ago.",
        "Dense consolidation fills the left lower lobe. It has progressed since 3 days ago.",
    ],
)
def test_the_faithful_change_stands(chain: str) -> None:
    assert _contradicted(chain, _CONSOLIDATION) == []


def test_a_change_of_the_dependent_alone_is_not_the_heads() -> None:
    """A change of the dependent said in its own words ("with new air bronchograms") stays the dependent's."""
    report = "There is consolidation of the left lower lobe with new air bronchograms. No effusion."
    assert _contradicted("Consolidation of the left lower lobe, unchanged from 3 days ago.", report) == []


def test_less_dense_than_a_reference_is_no_change() -> None:
    report = "There is consolidation of the left lower lobe, unchanged since 3 days ago."
    assert _contradicted("Consolidation of the left lower lobe, less dense than the liver.", report) == []


@pytest.mark.parametrize(
    "chain",
    [
        "Key lesion: medial left tibial plateau, well-defined with a sclerotic rim and a fluid level. Size 3.9 cm.",
        "Key lesion: medial left tibial plateau, well-defined with a sclerotic rim and a fluid level. About 39 mm now vs "
        "9 mm 2 years ago.",
    ],
)
def test_a_bare_size_step_is_the_size_of_the_step_befores_finding(chain: str) -> None:
    assert ("lesion", "size-conflict") in _contradicted(chain, _LESION)


@pytest.mark.parametrize(
    "chain",
    [
        "Key lesion: medial left tibial plateau, well-defined with a sclerotic rim and a fluid level. Size 1.8 cm.",
        "Key lesion: medial left tibial plateau, well-defined with a sclerotic rim and a fluid level. About 18 mm now vs "
        "9 mm 2 years ago.",
        "Key lesion: medial left tibial plateau, well-defined with a sclerotic rim and a fluid level. Previously 9 mm, now "
        "18 mm.",
    ],
)
def test_the_faithful_bare_size_stands(chain: str) -> None:
    assert _contradicted(chain, _LESION) == []


@pytest.mark.parametrize(
    "text, size",
    [
        ("Size 4.8 cm.", 48.0),
        ("About 25 mm now vs 8 mm 3 years ago.", 25.0),
        ("12 mm, previously 8 mm.", 12.0),
        ("Previously 8 mm, now 12 mm.", None),
        ("It was 8 mm 3 years ago.", None),
    ],
)
def test_the_current_size(text: str, size: float | None) -> None:
    got = _current_size(text)
    assert (got[0] if got else None) == size


def test_a_list_number_opens_no_bare_size() -> None:
    assert not _bare_size("3. Tube 5 cm above the carina.")
    assert _bare_size("Measures 2.6 x 1.2 cm.")


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        " " * 20000 + "size" + " " * 20000,
        "size:" + " " * 20000 + "1",
        "5 mm" + " " * 20000 + "now" + " " * 20000 + "3 mm last year",
        "5 mm " + "now " * 5000 + "vs 3 mm yesterday",
    ],
)
def test_the_size_patterns_are_linear(text: str) -> None:
    start = time.perf_counter()
    _bare_size(text)
    _current_size(text)
    assert time.perf_counter() - start < 1.0


def test_head_changes_is_linear_on_a_long_report() -> None:
    """A hostile report of thousands of "with" pairs each with a trailing change is read in linear time."""
    sentence = "Consolidation of the left lower lobe with air bronchograms, increased since yesterday. "
    grows_linearly(lambda n: verify("Consolidation of the left lower lobe, unchanged from yesterday.",
                                    report=sentence * n), 100, 1000)


_NODULES = (
    "FINDINGS: There are numerous small calcified nodules throughout both lungs, measuring 2-3 mm. The number and "
    "size of the nodules are unchanged from 6 years ago."
)


def test_a_change_the_step_opens_with_is_the_antecedents() -> None:
    """'Increased in number ..., though the nodules are similar in size': the opening change is a claim of its own."""
    chain = "Numerous small calcified nodules, 2-3 mm.\nIncreased in number compared with 6 years ago, though the nodules are similar in size."
    assert any(rule == "change-conflict" for _c, rule in _contradicted(chain, _NODULES))


def test_the_faithful_opening_change_stands() -> None:
    chain = "Numerous small calcified nodules, 2-3 mm.\nUnchanged in number compared with 6 years ago, though the nodules are tiny."
    assert _contradicted(chain, _NODULES) == []


_LESION_GREW = _LESION.replace(
    "No fracture.", "It has enlarged since 8 months ago, when it measured 1.1 cm. No fracture."
)


def test_a_headed_bare_change_is_read() -> None:
    """'Comparison: unchanged ...' opens with its change after a heading: the change of the whole study."""
    chain = "Key lesion: medial left tibial plateau, sclerotic rim.\nComparison: unchanged in size from 8 months ago."
    assert any(rule == "change-conflict" for _c, rule in _contradicted(chain, _LESION_GREW))
    faithful = "Key lesion: medial left tibial plateau, sclerotic rim.\nComparison: enlarged since 8 months ago."
    assert _contradicted(faithful, _LESION_GREW) == []


def test_the_heading_pattern_is_linear() -> None:
    from medstep.verify.opening_change import label_end as _label_end

    for text in ("1." * 10000 + "a", "a" + " " * 20000 + ":", "-" * 20000 + "comparison" + " " * 20000):
        start = time.perf_counter()
        _label_end(text, len(text))
        assert time.perf_counter() - start < 1.0


# ---- review_errdetect38: faithful steps the first version contradicted (F1-F4), and the quadratic size pattern ----


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        ("Stable cardiomegaly.", "Cardiomegaly with interstitial pulmonary edema, improved since yesterday."),
        (
            "The heart is enlarged, unchanged since yesterday.",
            "Cardiomegaly with interstitial pulmonary edema, improved since yesterday.",
        ),
        (
            "The left lower lobe mass is unchanged from the prior study.",
            "A 3 cm left lower lobe mass with a small left pleural effusion, new since the prior study.",
        ),
        (
            "Cardiomegaly, stable since yesterday.",
            "Enlarged heart with bilateral pleural effusions, increased since yesterday.",
        ),
    ],
)
def test_a_finding_of_its_own_after_with_keeps_its_change(chain: str, report: str) -> None:
    """F1: an effusion or oedema after "with" is a finding of its own: its change is not the head's."""
    assert _contradicted(chain, report) == []


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        (
            "There is a right pleural effusion.\nIncreased compared with 3 days ago, the left basal consolidation is denser.",
            "Right pleural effusion, unchanged since 3 days ago. Left basal consolidation, increased since 3 days ago.",
        ),
        (
            "Cardiomegaly is present.\nImproved since yesterday, the pulmonary edema is now mild.",
            "Cardiomegaly, stable. Pulmonary edema, improved since yesterday.",
        ),
    ],
)
def test_an_opening_change_is_the_subject_named_after_the_comma(chain: str, report: str) -> None:
    """F2: no concession after the opening change: it is the change of the finding the step goes on to name."""
    assert _contradicted(chain, report) == []


def test_an_opening_change_before_a_concession_naming_nothing_present_is_the_antecedents() -> None:
    report = (
        "FINDINGS: There is a left pleural effusion, increased since the study of 3 months ago. No other abnormality."
    )
    wrong = (
        "There is a left pleural effusion.\nDecreased compared with 3 months ago, though otherwise the lungs are clear."
    )
    assert any(rule == "change-conflict" for _c, rule in _contradicted(wrong, report))
    right = wrong.replace("Decreased", "Increased")
    assert _contradicted(right, report) == []


@pytest.mark.parametrize(
    ("chain", "report"),
    [
        (
            "Small right upper lobe nodule.\nThe endotracheal tube is in place.\n4 cm above the carina.",
            "Small 6 mm right upper lobe nodule. Endotracheal tube tip 4 cm above the carina.",
        ),
        (
            "There is a mass in the left lower lobe.\n1.5 cm left hilar lymph node.",
            "A 3.2 cm mass in the left lower lobe. A 1.5 cm left hilar lymph node.",
        ),
        (
            "A small nodule is seen in the left upper lobe.\n1.25 mm axial images were reviewed.",
            "A 6 mm nodule in the left upper lobe.",
        ),
        (
            "A polyp is seen in the sigmoid colon.\n25 cm from the anal verge.",
            "A 9 mm sigmoid polyp, 25 cm from the anal verge.",
        ),
    ],
)
def test_a_size_of_something_else_is_not_the_findings(chain: str, report: str) -> None:
    """F3: a bare size followed by another noun, a distance word or after a device step measures something else."""
    assert _contradicted(chain, report) == []


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Size 4.8 cm.", True),
        ("About 25 mm now vs 8 mm 3 years ago.", True),
        ("3.1 x 2.2 cm (previously 2.0 cm on the prior).", True),
        ("4 cm above the carina.", False),
        ("1.5 cm, the left hilar node.", False),
        ("17 cm transverse cardiac diameter, enlarged.", False),
        ("15 mm short axis for the hilar node on the left.", False),
    ],
)
def test_a_bare_size_says_nothing_but_its_size(text: str, bare: bool) -> None:
    assert _bare_size(text) is bare


def test_up_from_without_a_time_word_gives_the_current_size() -> None:
    """F4: "2.8 cm, up from 1.6 cm": the first size is the current one."""
    assert _current_size("2.8 cm, up from 1.6 cm.") == (28.0, 0, 6)
    report = "There is a mass in the pancreatic head, which measures 2.8 cm, previously 1.6 cm."
    assert _contradicted("There is a mass in the pancreatic head.\n2.8 cm, up from 1.6 cm.", report) == []


def test_the_size_pattern_is_linear_on_hostile_dimensions() -> None:
    for text in ("1 x " * 5000 + "q", "Size 5 mm " + "1 x " * 5000 + "q", "It " + "1 x " * 4400 + "q 3 years ago."):
        start = time.perf_counter()
        _bare_size(text)
        _current_size(text)
        assert time.perf_counter() - start < 0.5
    start = time.perf_counter()
    verify("There is a mass.\nIt " + "1 x " * 4400 + "q 3 years ago.", report="A 2 cm mass.")
    assert time.perf_counter() - start < 2.0
