"""A change a chain says inside a step of several sentences, after a heading, after a semicolon of a member of the
findings before it, or in a later clause linked to its finding is compared with the report's change of that finding
(verify/change_sentences; issue #8, change41). Sentences of our own, not the corpus's."""

from medstep.verify import verify

_REPORT = ("COMPARISON: Ultrasound 8 weeks ago.\nFINDINGS: The right ovarian cyst has decreased since the ultrasound "
           "8 weeks ago. The left pleural effusion is unchanged.\nIMPRESSION: Regressing right ovarian cyst.")


def _conflicts(chain: str, report: str = _REPORT) -> int:
    return sum(v.rule == "change-conflict" and v.verdict.name == "CONTRADICTED"
               for s in verify(chain, report=report).steps for v in s.verdicts)


def test_a_pronoun_sentence_inside_a_step_is_about_the_finding_before_it():
    assert _conflicts("A right ovarian cyst is present. Its size has increased since the ultrasound 8 weeks ago.")
    assert not _conflicts("A right ovarian cyst is present. Its size has decreased since the ultrasound 8 weeks ago.")


def test_a_pronoun_after_a_heading():
    report = ("COMPARISON: Ultrasound 1 year ago.\nFINDINGS: The right thyroid nodule is unchanged since the "
              "ultrasound 1 year ago.")
    assert _conflicts("A right thyroid nodule is seen.\n**Course:** it has enlarged since the ultrasound a year ago.",
                      report)
    assert not _conflicts("A right thyroid nodule is seen.\n**Course:** it is stable since the ultrasound a year ago.",
                          report)


def test_a_member_after_a_semicolon_but_not_another_subject():
    report = "COMPARISON: CT 2021.\nFINDINGS: The dominant pulmonary nodule has grown since 2021."
    assert _conflicts("There are scattered pulmonary nodules; the dominant one is 8 mm and unchanged since 2021.",
                      report)
    report = "COMPARISON: Radiograph 3 days ago.\nFINDINGS: The right lower lobe consolidation has improved."
    assert not _conflicts("There is right lower lobe consolidation; the fever has worsened since yesterday.", report)


def test_a_later_clause_linked_to_its_finding():
    report = "COMPARISON: Previous CT.\nFINDINGS: The right renal calculus has increased in size since the previous CT."
    assert _conflicts("A right renal calculus measures 7 mm, which is unchanged from the previous CT.", report)
    assert not _conflicts("A right renal calculus measures 7 mm, which is larger than on the previous CT.", report)


def test_a_sentence_stating_two_changes_gains_nothing():
    report = "COMPARISON: Radiograph last week.\nFINDINGS: The right pleural effusion has increased since last week."
    assert not _conflicts("There is a right pleural effusion; it has increased or is unchanged since last week.",
                          report)


def test_the_report_s_coordinated_subject_shares_its_change():
    report = "FINDINGS: The pulmonary nodules and the pleural effusion have increased since the prior CT."
    assert _conflicts("The pulmonary nodules are unchanged since the prior CT.", report)
    assert not _conflicts("The pulmonary nodules have grown since the prior CT.", report)


def test_a_pronoun_after_a_short_phrase_of_place():
    report = ("COMPARISON: CT last year.\nFINDINGS: The abdominal aortic aneurysm has enlarged from 4.9 cm to 5.5 cm "
              "since the CT last year.")
    assert _conflicts("There is an abdominal aortic aneurysm. On the sagittal images it measures 5.5 cm, unchanged "
                      "from the CT last year.", report)
    assert not _conflicts("There is an abdominal aortic aneurysm. On the sagittal images it measures 5.5 cm, larger "
                          "than on the CT last year.", report)
    assert not _conflicts("There is an abdominal aortic aneurysm. On the sagittal images the kidneys are unchanged "
                          "from the CT last year.", report)


def test_no_change_read_where_none_is_stated_or_of_another_subject():
    report = ("COMPARISON: CT 3 months ago.\nFINDINGS: The right lower lobe nodule has grown since the CT 3 months ago. "
              "Stable 5 mm left lower lobe nodule. New left pleural effusion.")
    # a plan, a dummy "it", a finding with a verb of its own before the changed one
    assert not _conflicts("There is a right lower lobe nodule.\nPlan: it should be followed up in 3 months to confirm "
                          "that it is stable.", report)
    assert not _conflicts("There is a right lower lobe nodule. In this patient it is important to compare with the "
                          "CT, when the lines were unchanged.", report)
    assert not _conflicts("The left lower lobe nodule is 5 mm and the left pleural effusion is new since the CT.", report)
