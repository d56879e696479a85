"""A change compared whatever the finding (verify/aligned; issue #8, vdistr25): the report
sentence stating a change when the chain's clause ties between two report sentences naming its thing, a change said
of the whole study against the report's comparisons (a finding grown plainer and a comparative after an
ordinal: ``test_verify_change_words25``). Sentences of our own."""

from medstep.verify import verify

_SHIN = ("CT of the right forearm. The ulnar shaft shows a 9 mm lucent focus within a band of periosteal thickening. "
         "No fracture line is seen. Compared with the radiograph of last spring, the periosteal thickening has "
         "increased.")
_STAGING = ("CT of the abdomen for staging. Several enlarged retroperitoneal lymph nodes are present, the largest "
            "19 mm. Compared with the CT of 2022, the nodes are new.")
_MIXED = ("CT of the abdomen. Compared with the CT of 2022, the retroperitoneal nodes are new, while the liver cyst "
          "is unchanged.")


def _contradicted(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_change_of_a_thing_named_in_two_report_sentences():
    # the clause shares as many words with the description as with the comparison: the comparison decides
    assert "aligned-change-conflict" in _contradicted(
        "The periosteal thickening has decreased since the previous film.", _SHIN)


def test_the_same_change_of_a_thing_named_twice_is_no_conflict():
    assert not _contradicted("The periosteal thickening has increased since last spring.", _SHIN)


def test_the_whole_study_called_unchanged_against_new_findings():
    assert "aligned-change-conflict" in _contradicted("The appearances are unchanged since the 2022 CT.", _STAGING)
    assert "aligned-change-conflict" in _contradicted("Compared with 2022 the findings have improved.", _STAGING)


def test_the_whole_study_near_misses():
    assert not _contradicted("All of these findings are new since the 2022 CT.", _STAGING)  # the same change
    assert not _contradicted("The appearances might be unchanged since the 2022 CT.", _STAGING)  # a hedge
    # a report that compares some things as new and others as unchanged leaves a whole-study change alone
    assert not _contradicted("The appearances are unchanged since the 2022 CT.", _MIXED)


def test_a_change_after_a_denial_in_its_sentence_is_its_clause_s_own():
    # the denied fracture line does not carry the thickening's change
    assert "aligned-change-conflict" in _contradicted(
        "There is no fracture line or enlarged node, and the periosteal thickening is stable since the previous film.",
        _SHIN)
    assert not _contradicted(
        "There is no fracture line or enlarged node, and the periosteal thickening has increased since the previous "
        "film.", _SHIN)


def test_a_hedged_clause_states_no_grade_to_compare():
    report = "CT of the abdomen. There is marked thinning of the anterior abdominal wall muscles. The bowel is normal."
    assert _contradicted("There is mild thinning of the anterior abdominal wall muscles.", report)
    assert not _contradicted("There may be mild thinning of the anterior abdominal wall muscles.", report)


def test_a_thing_changed_against_a_report_that_calls_the_whole_study_unchanged():
    report = ("Radiograph of the left wrist compared with six weeks ago. A healing fracture of the distal radius shows "
              "bridging callus along the dorsal cortex. The appearances are unchanged from the prior radiograph.")
    assert "aligned-change-conflict" in _contradicted("The bridging callus along the dorsal cortex is new.", report)
    assert not _contradicted("The bridging callus along the dorsal cortex is unchanged.", report)
    # a whole-study change with an exception changes not every thing
    other = report.replace("unchanged from the prior radiograph", "unchanged apart from the callus")
    assert "aligned-change-conflict" not in _contradicted("The bridging callus along the dorsal cortex is new.", other)
