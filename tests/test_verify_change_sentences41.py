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


# review of change41: the 8 probes the lane made worse than main, then the same shapes in other words
_NODULE = ("COMPARISON: CT chest 6 months ago.\nFINDINGS: The right upper lobe nodule has increased in size, now 12 mm, "
           "previously 8 mm.")
_CYST = ("COMPARISON: Pelvic ultrasound 8 weeks ago.\nFINDINGS: The right ovarian cyst has decreased in size, now 3 cm, "
         "previously 5 cm.")
_MASS = ("COMPARISON: MRI brain 3 months ago.\nFINDINGS: The left frontal enhancing mass has decreased in size, now "
         "2.1 cm, previously 3.4 cm.")


def test_a_place_phrase_naming_the_earlier_study_gives_the_earlier_state_not_a_change():
    assert not _conflicts("A right upper lobe nodule is seen. On the prior CT it was smaller.", _NODULE)
    assert not _conflicts("A right ovarian cyst is seen. At that time it was larger.", _CYST)
    assert not _conflicts("A right ovarian cyst is seen. On the earlier scan it was bigger, 5 cm.", _CYST)
    assert not _conflicts("There is an enhancing left frontal mass. At baseline it was larger, 3.4 cm.", _MASS)
    assert not _conflicts("There is an enhancing left frontal mass. In March it was bigger.", _MASS)
    # other words: a year, an older study, the time of an earlier event
    assert not _conflicts("A right ovarian cyst is seen. In 2021 it was larger.", _CYST)
    assert not _conflicts("A right ovarian cyst is seen. On the older ultrasound it was bigger.", _CYST)
    assert not _conflicts("A right ovarian cyst is seen. At the time of admission it was larger.", _CYST)
    # a place of the current study is still a place: the change since is read
    assert _conflicts("A right upper lobe nodule is seen. On the axial images it has decreased.", _NODULE)
    assert _conflicts("A right ovarian cyst is seen. On the current scan it has enlarged.", _CYST)


def test_a_finding_with_a_singular_verb_of_its_own_ends_a_coordinated_subject():
    chain = "Cardiomegaly is stable since 2 days ago."
    assert not _conflicts(chain, "COMPARISON: Radiograph 2 days ago.\nFINDINGS: The heart is enlarged, and the "
                                 "pulmonary edema has improved.")
    assert not _conflicts(chain, "COMPARISON: Radiograph 2 days ago.\nFINDINGS: There is cardiomegaly and the pleural "
                                 "effusion has increased.")
    report = ("COMPARISON: Radiograph 2 days ago.\nFINDINGS: Cardiomegaly, unchanged. The pleural effusion has "
              "increased.")
    assert not _conflicts("There is cardiomegaly and the pleural effusion has increased since 2 days ago.", report)
    assert _conflicts("There is cardiomegaly and the pleural effusion has decreased since 2 days ago.", report)
    # other words, the verb opening the change ("has grown"); a plural verb still shares the change
    assert not _conflicts("Splenomegaly is unchanged since the CT 3 months ago.", "COMPARISON: CT 3 months ago.\n"
                          "FINDINGS: The spleen is enlarged, and the liver lesion has grown since the prior CT.")
    report = "COMPARISON: CT 2 months ago.\nFINDINGS: The right hilar mass and the mediastinal nodes are new."
    assert _conflicts("A right hilar mass and the mediastinal nodes were already visible on the prior CT.", report)


def test_every_opening_comparison_reads_in_both_homes():
    # ``changes._COMPARED``: a pronoun subject after it (``SUBJECT``) and the whole film's subject (``_OPENING``)
    assert _conflicts("There is a right ovarian cyst. When compared with the earlier scan, its size is unchanged.",
                      _CYST)
    assert _conflicts("There is a right ovarian cyst. As compared with the earlier scan, it has grown.", _CYST)
    assert not _conflicts("There is a right ovarian cyst. As compared with the earlier scan, it has decreased.", _CYST)
    report = ("COMPARISON: Echocardiogram 2 weeks ago.\nFINDINGS: The pericardial effusion has increased since 2 weeks "
              "ago.")
    assert _conflicts("In comparison with the prior echo, the appearances are unchanged.", report)
    assert not _conflicts("When compared with the prior echo, the appearances have changed.", report)


def test_the_new_patterns_are_linear_on_hostile_input():
    import time

    from medstep.verify import change_sentences, changes

    hostile = "on " + "the prior " * 2000 + "it"
    for search, text in ((change_sentences._EARLIER_PLACE.search, hostile),
                         (change_sentences._SINGULAR_VERB.search, "hass " * 4000),
                         (changes.SUBJECT.match, "when compared with " + "a " * 10000),
                         (changes._OPENING.match, "as compared with " + "x " * 10000)):
        started = time.perf_counter()
        search(text)
        assert time.perf_counter() - started < 0.5
