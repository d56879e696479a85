"""False contradictions of faithful chains (issue #8, session 55 lane faithful55). Sentences of our own, in the shapes
of the dev chains that were charged:

* an earlier study as the subject of a verb of showing ("The prior film showed a large right pneumothorax") and a count
  of units "earlier" ("ten days earlier there had only been slight blunting") date their clause to that study
  (``prior_state``): its findings are no claim about today's image;
* after the determiner "no", an item joined by "and" with an article of its own ("no congestion and a unilateral left
  effusion") is outside the denial (``scope_passes.own_item``);
* a lettered heading whose name is written in its option's words ("Metastases (C): no focal lytic lesion" beside "C.
  Multifocal bone metastases") lists that option, though its name reads a broader concept (``option_heads``).

Each with the near misses that keep their reading.
"""

from medstep.verify import extract_findings, verify
from medstep.verify.prior_state import past_spans


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text)]


def _verdicts(chain: str, report: str, **kw) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report, **kw)
    return [(fv.finding.concept, fv.finding.polarity.value, fv.rule) for s in v.steps for fv in s.verdicts]


# --- an earlier study's state -------------------------------------------------------------------------------------

_PTX = ("Chest radiograph after drain insertion. A small residual right apical pneumothorax persists. "
        "The right lung has largely re-expanded.")


def test_an_earlier_study_as_subject_dates_its_clause():
    text = "The prior film showed a large right pneumothorax. Today the lung has re-expanded."
    assert [text[a:b] for a, b in past_spans(text)] == ["The prior film showed a large right pneumothorax"]
    text = "A prior study showed no effusion."
    assert [text[a:b] for a, b in past_spans(text)] == ["A prior study showed no effusion"]
    text = "The previous CT had shown a 6 mm nodule, which now measures 9 mm."
    assert [text[a:b] for a, b in past_spans(text)] == ["The previous CT had shown a 6 mm nodule"]


def test_a_count_of_units_earlier_dates_its_clause():
    text = "ten days earlier there had only been slight blunting at the left base, so it is growing."
    assert [text[a:b] for a, b in past_spans(text)] == ["ten days earlier there had only been slight blunting at the "
                                                        "left base"]
    text = "Two years earlier the nodule measured 6 mm; it now measures 9 mm."
    assert [text[a:b] for a, b in past_spans(text)] == ["Two years earlier the nodule measured 6 mm"]


def test_the_present_and_comparisons_stay_claims_of_now():
    assert past_spans("Compared with the prior film, the effusion is larger.") == ()
    assert past_spans("The prior film shows a large pneumothorax.") == ()  # (a present verb: this study's film)
    assert past_spans("The effusion has grown since ten days earlier.") == ()
    assert past_spans("Earlier I said the effusion was small.") == ()  # no count of units: no earlier study
    assert past_spans("Only mild blunting 3 months ago, left side clear.") == ()  # (no verb: left as it was)


def test_an_earlier_studys_severity_is_not_charged_against_today():
    chain = "The prior film showed a large right pneumothorax. Today there is a small residual right pneumothorax."
    rows = _verdicts(chain, _PTX)
    assert ("pneumothorax", "present", "earlier-study") in rows and not [r for r in rows if r[2].endswith("conflict")]


def test_a_severity_of_now_is_still_contradicted():
    chain = "There is a large right pneumothorax."
    assert ("pneumothorax", "present", "severity-conflict") in _verdicts(chain, _PTX)
    chain = "The prior film showed a small pneumothorax; today there is a large right pneumothorax."
    assert ("pneumothorax", "present", "severity-conflict") in _verdicts(chain, _PTX)


# --- "no X and a Y" -------------------------------------------------------------------------------------------------

def test_an_item_with_its_own_article_is_outside_no():
    assert _read("There is no congestion and a left effusion.") == [("congestion", "absent"),
                                                                     ("pleural_effusion", "present")]
    assert _read("There's no congestion and an effusion.") == [("congestion", "absent"), ("pleural_effusion", "present")]
    assert ("pleural_effusion", "present") in _read(
        "D is unlikely with a normal heart, no congestion and a unilateral left effusion.")


def test_a_list_under_no_stays_denied():
    assert _read("No effusion and pneumothorax.") == [("pleural_effusion", "absent"), ("pneumothorax", "absent")]
    assert _read("There are no effusions and no pneumothorax.") == [("pleural_effusion", "absent"),
                                                                    ("pneumothorax", "absent")]
    assert _read("No evidence of effusion and a pneumothorax.") == [("pleural_effusion", "absent"),
                                                                    ("pneumothorax", "absent")]
    assert ("pneumothorax", "absent") in _read("No effusion or a pneumothorax.")


# --- lettered option headings ---------------------------------------------------------------------------------------

_OPTIONS = {"A": "Rheumatoid arthritis", "B": "Hypertrophic pulmonary osteoarthropathy secondary to the lung mass",
            "C": "Multifocal bone metastases from the lung mass", "D": "Periostitis from chronic venous insufficiency"}
_BONES = ("Smooth periosteal reaction along the radii. There is no focal lytic lesion and no cortical destruction. "
          "No metastases.")


def _heading(chain: str, chosen: str = "B") -> list[tuple[str, str, str]]:
    return _verdicts(chain + "\nAnswer: " + chosen, _BONES, options=_OPTIONS, chosen=chosen, gold="B",
                     option_evidence=True, question="Which diagnosis?")


def test_a_lettered_heading_in_its_options_words_lists_it():
    rows = _heading("Rule out the others. Joint spaces preserved. Metastases (C): no focal lytic lesion.")
    assert not [r for r in rows if r[0] == "metastasis"]
    assert ("lytic_lesion", "absent", "both-absent") in rows


def test_a_lettered_heading_that_affirms_or_is_chosen_or_misfits_keeps_its_claim():
    assert ("metastasis", "present", "polarity-conflict") in _heading("Metastases (C): present, with lytic lesions.")
    assert ("metastasis", "present", "polarity-conflict") in _heading("Metastases (C): no focal lytic lesion.", "C")
    assert ("metastasis", "present", "polarity-conflict") in _heading("Metastases (A): no focal lytic lesion.")


def test_a_denial_after_but_continues_a_clause_of_the_past():
    text = "Two years ago the scan showed the pouches but no inflammation or collection, so this is new."
    assert [text[a:b] for a, b in past_spans(text)] == ["Two years ago the scan showed the pouches ",
                                                        "but no inflammation or collection"]
    text = "Two years ago the scan showed the pouches but no collection is seen now."  # a verb of now: today's denial
    assert [text[a:b] for a, b in past_spans(text)] == ["Two years ago the scan showed the pouches "]
    text = "Two years ago the scan showed the pouches but there is no collection today."
    assert [text[a:b] for a, b in past_spans(text)] == ["Two years ago the scan showed the pouches "]


# --- a change written as "A to B" without "from" --------------------------------------------------------------------

def _sizes(text: str) -> list[tuple[str, float | None]]:
    return [(f.concept, f.size) for f in extract_findings(text)]


def test_a_change_from_a_to_b_is_the_second_size_now():
    assert _sizes("Left upper zone metastasis decreased in size (2.1 cm to 1.4 cm).") == [("metastasis", 14.0)]
    assert _sizes("The nodule has increased (6 mm to 9 mm).") == [("pulmonary_nodule", 9.0)]


def test_a_range_stays_a_span():
    assert _sizes("Nodules ranging from 6 mm to 2.3 cm.") == [("pulmonary_nodule", 23.0)]
    assert _sizes("The nodule measures 6 mm to 9 mm.") == [("pulmonary_nodule", 9.0)]


# --- review of lane faithful55: near misses of the earlier-study readings ------------------------------------------

def _past(text: str, frag: str) -> bool:
    a = text.index(frag)
    return any(s <= a and a + len(frag) <= e for s, e in past_spans(text))


def test_a_denial_of_now_after_but_is_todays():
    for text in ("The prior CT showed a small effusion but no pneumothorax on the current film.",
                 "The prior CT showed a small effusion but no pneumothorax in this study.",
                 "The prior CT showed a small effusion but no pneumothorax here.",
                 "The earlier film showed an effusion. But no pneumothorax on this image."):
        assert _past(text, "small effusion" if "small" in text else "an effusion")
        assert not _past(text, "no pneumothorax")
    assert _past("The previous CT showed a small effusion, but no pneumothorax.", "no pneumothorax")


def test_an_events_earlier_time_does_not_date_the_study_after_and():
    text = "He presented with cough that began five days earlier and the radiograph showed consolidation."
    assert not _past(text, "consolidation")
    assert not _past("Pain began two weeks ago and the CT showed a retroperitoneal haematoma.", "haematoma")
    text = "He had a chest film five days earlier and the film showed a small effusion."  # (that film: a study before)
    assert _past(text, "small effusion")


def test_a_panel_or_the_presenting_study_as_subject_is_of_now():
    assert not _past("Of the three images, the last image showed a healed fracture.", "healed fracture")
    assert _past("The last CT showed a small subdural, now larger.", "small subdural")
