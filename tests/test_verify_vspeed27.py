"""The per-step gate of ``aligned_errors`` (verify/aligned_gate, issue #12 speed, vspeed27): a step whose clauses hold
nothing a check needs skips that check. Every chain here is verified with the gate and with a gate that lets every
step through (the code before it), and the two must agree verdict for verdict: chains where each aligned check fires
(a side, a site, a normal place, a landmark, a flipped denial, a subject's state, a grade, a change), and chains where
the thing it needs sits in a clause the step does not assert, after a hedge, in another step, or in a word that only
looks like it. Sentences of our own."""

from __future__ import annotations

import pytest

from medstep.verify import aligned, default_verifier, verify
from medstep.verify.aligned_gate import may_place, may_state, step_marks
from medstep.verify.aligned_words import _not_thing

_KNEE = ("MRI of the left knee. There is a complex tear of the posterior horn of the medial meniscus. The lateral "
         "meniscus is intact. The anterior cruciate ligament is intact. A small joint effusion is present.")
_ABDO = ("CT of the abdomen. The liver is normal in size. A 2 cm cyst lies in the upper pole of the right kidney. The "
         "left kidney is unremarkable. The spleen measures 11 cm. The appendix is normal.")
_CHEST = ("Chest radiograph. The heart size is normal. There is a moderate right pleural effusion with basal "
          "atelectasis. The endotracheal tube tip lies 4 cm above the carina. No pneumothorax.")
_NECK = ("CT of the neck. The right submandibular gland is enlarged and oedematous. The left submandibular gland is "
         "normal. The airway is patent and the epiglottis is normal.")
_SPINE = ("MRI of the lumbar spine. There is a mild disc bulge at L4/5 with mild narrowing of the left lateral recess. "
          "The conus ends at L1. The facet joints are unremarkable. The bone marrow signal is normal.")
_BOWEL = ("CT of the abdomen. The small bowel loops are dilated up to 4 cm with a transition point in the right lower "
          "quadrant. The large bowel is collapsed. The mesenteric vessels are patent.")
_COLON = ("CT of the abdomen. A 3 cm lobulated enhancing mass arises from the wall of the descending colon. The pancreas "
          "and kidneys are unremarkable.")
_TENDON = ("MRI of both knees. The right patellar tendon is thickened with intrasubstance signal at its proximal "
           "insertion. The left patellar tendon is normal.")
_SCROTUM = ("Ultrasound of the scrotum. The right testicular vein plexus is dilated with reflux on Valsalva. The left "
            "epididymal head contains a 4 mm cyst.")
_ORBIT = ("CT of the orbits. The left medial rectus muscle belly is thickened, sparing the tendon. The optic nerves are "
          "normal.")
_LINE = ("Chest radiograph. A right internal jugular central line ends in the superior vena cava, 2 cm above the "
         "cavoatrial junction. The lungs are clear.")

# (chain, report): steps that fire each aligned check, steps that only look as if they could, and steps with the
# needed word where the step does not assert it
_PROBES: list[tuple[str, str]] = [
    # sides given the other way
    ("1. There is a complex tear of the posterior horn of the lateral meniscus.\n2. The left knee shows an effusion.", _KNEE),
    ("1. The left submandibular gland is enlarged and oedematous.\n2. The airway is patent.", _NECK),
    ("1. A cyst sits in the upper pole of the left kidney.\n2. The spleen is normal.", _ABDO),
    ("1. There is mild narrowing of the right lateral recess at L4/5.", _SPINE),
    ("1. The right submandibular gland is enlarged, and the left one is normal.", _NECK),
    ("1. Could the left submandibular gland be enlarged?\n2. The right submandibular gland is swollen.", _NECK),
    ("1. The leftover fluid is small.\n2. The rightward tilt is normal.", _KNEE),
    ("1. Bright signal in the meniscus.\n2. Leftward shift is absent.", _KNEE),
    # sites
    ("1. A 3 cm lobulated enhancing mass arises from the wall of the sigmoid colon.", _COLON),
    ("1. The kidneys are normal.\n2. A lobulated enhancing mass lies in the pancreas.", _COLON),
    ("1. A 3 cm lobulated enhancing mass might arise from the wall of the sigmoid colon.", _COLON),
    ("1. There is no lobulated enhancing mass in the wall of the sigmoid colon.", _COLON),
    ("1. A 2 cm cyst lies in the lower pole of the right kidney.", _ABDO),
    ("1. The tear lies in the anterior horn of the medial meniscus.", _KNEE),
    ("1. The transition point is in the left upper quadrant.", _BOWEL),
    ("1. There is no cyst in the lower pole of the right kidney.", _ABDO),
    ("1. If the cyst were in the lower pole, it would matter.", _ABDO),
    ("1. The left testicular vein plexus is dilated with reflux on Valsalva.", _SCROTUM),
    ("1. The right medial rectus muscle belly is thickened, sparing the tendon.", _ORBIT),
    ("1. Is the right medial rectus muscle belly thickened, sparing the tendon?", _ORBIT),
    ("1. The right medial rectus muscle belly is not thickened, and the tendon is spared.", _ORBIT),
    # normal places and landmarks
    ("1. The left patellar tendon is thickened with intrasubstance signal at its proximal insertion.", _TENDON),
    ("1. The left patellar tendon, thickened with intrasubstance signal, is the finding.", _TENDON),
    ("1. The line tip lies 6 cm above the cavoatrial junction.", _LINE),
    ("1. There is a mass in the left submandibular gland.", _NECK),
    ("1. An abscess sits in the appendix.", _ABDO),
    ("1. The endotracheal tube tip lies at the carina.", _CHEST),
    ("1. The tube tip is 1 cm above the carina.", _CHEST),
    ("1. A mass abuts the lateral meniscus.", _KNEE),
    ("1. The lateral meniscus is torn.", _KNEE),
    ("1. Abnormal signal fills the conus.", _SPINE),
    # denials flipped, and denials of what the report also denies
    ("1. There is no tear of the medial meniscus.\n2. No effusion.", _KNEE),
    ("1. No cyst is seen in the right kidney.", _ABDO),
    ("1. The small bowel loops are not dilated.", _BOWEL),
    ("1. There is no pneumothorax.\n2. No pleural effusion is present.", _CHEST),
    ("1. There is no disc bulge at L4/5.", _SPINE),
    ("1. The mesenteric vessels are not patent.", _BOWEL),
    # states and grades
    ("1. The anterior cruciate ligament is torn.", _KNEE),
    ("1. The lateral meniscus is torn and displaced.", _KNEE),
    ("1. There is a severe disc bulge at L4/5 with severe narrowing of the left lateral recess.", _SPINE),
    ("1. A large right pleural effusion is present with basal atelectasis.", _CHEST),
    ("1. The airway is narrowed.", _NECK),
    ("1. The facet joints are arthritic.", _SPINE),
    # measurements and changes (the clause loop, past the gate)
    ("1. The spleen measures 19 cm.", _ABDO),
    ("1. The small bowel loops are dilated up to 9 cm.", _BOWEL),
    ("1. The pleural effusion has increased since the prior film.", _CHEST),
    # steps that meet the report by too few words for a side, a site or a subject (vfast41b: the gate holds them back)
    ("1. The left gland is enlarged.\n2. The left one is swollen and the right one is normal.", _NECK),
    ("1. A mass lies in the l5sigmoid and descending colon wall.", _COLON),
    ("1. A lobulated mass, 3 cm, arises in the sigmoid colon.", _COLON),
    ("1. The cruciate ligament is torn.\n2. The meniscus is torn.", _KNEE),
    ("1. The ligament anterior to the cruciate is torn.", _KNEE),
    # steps that hold nothing: the gate's common case
    ("1. The heart size is normal.\n2. The trachea is central.\n3. The bones are unremarkable.", _CHEST),
    ("1. Overall the study is reassuring.\n2. Nothing further.", _KNEE),
    ("1. Options: A) left, B) right.\n2. I choose the right one.", _NECK),
    ("", _KNEE),
]


def _verdicts(chain: str, report: str) -> list[list[tuple[str, str, str | None]]]:
    return [[(v.verdict.name, v.rule, v.finding.concept) for v in s.verdicts] for s in verify(chain, report=report).steps]


@pytest.mark.parametrize(("chain", "report"), _PROBES)
def test_the_gate_changes_no_verdict(chain: str, report: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _verdicts(chain, report)
    for gate in ("may_place", "may_flip", "may_state"):  # (a gate that holds nothing back)
        monkeypatch.setattr(aligned, gate, lambda *a: True)
    assert _verdicts(chain, report) == gated


def test_some_probes_fire_an_aligned_check() -> None:
    """(the comparison above is only worth something if the gate is asked on steps the checks act on)"""
    rules = {v[1] for chain, report in _PROBES for step in _verdicts(chain, report) for v in step if v[0] == "CONTRADICTED"}
    assert {"aligned-site-conflict", "aligned-side-conflict", "aligned-place-normal", "aligned-state-conflict",
            "aligned-size-conflict"} <= rules, rules


def test_marks_read_each_clause() -> None:
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    plain = step_marks(scanner, "The heart size is normal.", not_thing)
    assert not any(c.sided for c in plain.clauses)
    sided = step_marks(scanner, "The trachea is central, and the left lung is clear.", not_thing)
    assert any(c.sided for c in sided.clauses)
    # (the gate may let through more than a check acts on, never less: "leftover" holds "left")
    assert step_marks(scanner, "The leftover contrast is gone.", not_thing).clauses[0].sided


def test_may_place_needs_a_report_structure_for_each_mark() -> None:
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    step = next(s for s in verify("The left lung is clear.", report=_CHEST).steps if "left" in s.text)
    marks = step_marks(scanner, step.text, not_thing)
    sides = ((frozenset({"lung", "clear"}), frozenset(), 0, 10),)
    assert may_place(scanner, step, marks, (), (), sides)
    assert not may_place(scanner, step, marks, (), (), ())
    # (a side counts only where the step shares ``MIN_SHARED`` thing words with a sentence of the report's sides)
    assert not may_place(scanner, step, marks, (), (), ((frozenset({"lung", "effusion"}), frozenset(), 0, 10),))
    # (a normal place or landmark of the report must be in a clause that holds an abnormal word or a present finding)
    abnormal = next(s for s in verify("The left lung base is opacified.", report=_CHEST).steps if "left" in s.text)
    marks = step_marks(scanner, abnormal.text, not_thing)
    assert not may_place(scanner, abnormal, marks, ("carina",), (), ())
    thick = next(s for s in verify("The left lung base is thickened.", report=_CHEST).steps if "left" in s.text)
    assert may_place(scanner, thick, step_marks(scanner, thick.text, not_thing), ("lung base",), (), ())


def test_sites_count_unaligned_words_after_a_digit() -> None:
    """(a site name's shared first word blanked right after a digit may leave a word piece: the sites count then)"""
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    step = next(iter(verify("A mass lies in the l5sigmoid and descending colon.", report=_COLON).steps))
    sites = ((frozenset({"wall", "mass"}), frozenset(), 0, 10),)
    assert not step_marks(scanner, step.text, not_thing).whole
    assert may_place(scanner, step, step_marks(scanner, step.text, not_thing), (), sites, ())


def test_a_state_counts_only_for_a_report_subject_of_the_steps_words() -> None:
    scanner = default_verifier().extractor.scanner
    not_thing = _not_thing(scanner.attr_words)
    marks = step_marks(scanner, "The lateral meniscus, and the ACL are torn.", not_thing)
    assert may_state(scanner, marks, {frozenset({"acl"}): None})
    assert not may_state(scanner, marks, {frozenset({"medial", "meniscu"}): None})
    assert not may_state(scanner, marks, {})
