"""Texts and lines cut into sentence pieces (``verify/pieces.py``) give the analysis of the whole.

Why: in a batch the extractor analyses a line or text of several sentences as the join of its
pieces, each memoised on its own text; the argument that this cannot change a finding, clause or
unit is in ``pieces.py``, and these tests hold it to account on sentences built to cross a cut
(a side, number or "than the" before a sentence mark, "vs.", an option label's "A.", a bare "ICD").
"""

from __future__ import annotations

import random

from medstep.verify import Verifier
from medstep.verify.pieces import PiecesPay, piece_starts
from medstep.verify.steps import split_steps

_SENTENCES = ["No pleural effusion.", "There is a small left pleural effusion.", "Pneumonia vs. atelectasis.",
              "Likely pneumonia.", "The heart is enlarged.", "Indication: cough.", "Findings: the lungs are clear.",
              "A. Pneumothorax.", "B) Cardiomegaly.", "It measures 2.", "Cm nodule in the right lung.",
              "It is larger than the.", "Right lung is clear.", "On the left.", "Lung is clear.",
              "Effusion: none.", "No pneumothorax, consolidation, or effusion.", "Is there a pneumothorax?",
              "The ICD is in place.", "Drain in the pleural space.", "The lungs are otherwise clear.",
              "Mild cardiomegaly!", "e.g. edema.", "Possibly no effusion.", "The heart is on the right.",
              "No acute cardiopulmonary process.", "Impression: no acute process.", "Right.", "R lung clear.",
              "The trachea is midline.", "Left lower lobe opacity, likely atelectasis.", "History: no prior surgery."]
_JOINS = [" ", " ", " ", "\n", "\n", "  ", "\n- "]


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_SENTENCES) + rng.choice(_JOINS) for _ in range(rng.randint(1, 6))).strip()
            for _ in range(n)]


def test_pieces_answer_as_the_whole_text() -> None:
    rng = random.Random(12)
    plain, batched = Verifier(), Verifier()
    with batched.batch(lines_only=True):
        batched.extractor._pays.pays = lambda: True  # type: ignore[method-assign]  # (cut whatever it costs)
        for text in _texts(rng, 500):
            starts = [s.start for s in split_steps(text)] or [0]
            quoted = ("pleural effusion", "cardiomegaly") if rng.random() < 0.5 else ()
            for at in ([0], starts):
                want = plain.extractor.analyse(text, at, claims_only=True, quoted=quoted)
                for _twice in range(2):  # the second time from the memo
                    assert batched.extractor.analyse(text, at, claims_only=True, quoted=quoted) == want, text
        cut = batched.extractor._pays.looks
    assert cut > 400


def test_a_sentence_mark_inside_a_phrase_or_label_is_no_cut() -> None:
    dot_keys = Verifier().extractor.scanner.dot_keys
    assert "vs." in dot_keys

    def starts(text: str) -> list[int]:
        return piece_starts(text, text.lower(), 0, len(text), dot_keys)

    assert starts("No effusion. The heart is enlarged.") == [12]
    assert starts("Pneumonia vs. atelectasis.") == []  # "vs." is a phrase: no sentence ends there
    assert starts("A. Pneumothorax. B. Effusion.") == [16]  # after an option label's "A." the clause goes on
    assert starts("Is it clear? Yes!\nNo effusion.") == [12, 18]
    assert starts("1.5 cm nodule.  Clear.") == []  # (no cut before a second space)


def test_pieces_stop_when_they_do_not_pay() -> None:
    pays = PiecesPay()
    assert pays.pays()
    pays.looks, pays.hits = 5_000, 500  # one piece in ten found: cutting costs more than it saves
    assert sum(pays.pays() for _ in range(64)) == 4  # one text in 16 still cut, to notice a change
    pays.hits = 3_000
    assert pays.pays()


def test_a_bare_icd_is_read_by_the_whole_text_in_a_batch() -> None:
    # "ICD" is a drain here because of a later line ("the drain site"); a line memoised alone lost it
    chain = "1. R ICD in situ.\n2. Surgical emphysema around the drain site."
    want = Verifier().verify(chain, report="Right intercostal drain.").steps[0].findings
    assert [f.concept for f in want] == ["chest_tube"]
    for lines_only in (True, False):
        batched = Verifier()
        with batched.batch(lines_only=lines_only):
            for _twice in range(2):
                assert batched.verify(chain, report="Right intercostal drain.").steps[0].findings == want


# retired blind 25 and 35 (extraction corpora): a step opening "A. <option>: <gloss>." whose later sentences
# describe the option; the batch cut them into pieces that forgot the gloss and read them as observations
_GLOSSES = [
    ("Let's analyze each option:\n\nA. Pneumocystis jirovecii pneumonia: Common in HIV patients with CD4 < 200. "
     "Typical CT findings are bilateral ground-glass opacities, often perihilar, and pneumatoceles (thin-walled "
     "cysts) in up to a third of cases.\n\nB. Cytomegalovirus pneumonia: More common with CD4 < 50; can cause "
     "ground-glass opacities and small nodules, but cysts are unusual.\n\nC. Kaposi sarcoma: Typically presents with",
     {"A": "Pneumocystis jirovecii pneumonia", "B": "Cytomegalovirus pneumonia", "C": "Kaposi sarcoma",
      "D": "Pulmonary tuberculosis"},
     "Chest CT in a 34-year-old man with HIV and a CD4 count of 80 cells/\u00b5L shows bilateral perihilar "
     "ground-glass opacities with some thin-walled cysts. What is the most likely diagnosis?"),
    ("Let me go through each option systematically.\n\nA) Right upper lobe collapse: There is a triangular opacity "
     "in the right upper zone with elevation of the horizontal fissure and upward displacement of the right hilum. "
     "The trachea appears slightly deviated to the right. These are classic signs of right upper lobe volume loss."
     "\n\nB) Left upper lobe collapse: This usually produces a veil-like haziness over the left hemithorax with loss "
     "of the left heart border. The left side looks unremarkable here.\n\nC) Right middle lobe pneumonia: This would "
     "obscure the right heart border. The right heart border is preserved.\n\nD) Aspiration in the right lower lobe: "
     "The right lower zone appears clear.\n\nTherefore, A is the best answer.",
     {"A": "Right upper lobe collapse", "B": "Left upper lobe collapse", "C": "Right middle lobe pneumonia",
      "D": "Aspiration in the right lower lobe"},
     "Based on the chest radiograph, what is the most likely diagnosis?"),
]


def _graded(ver: Verifier, chain: str, options: dict[str, str], question: str) -> tuple:
    v = ver.verify(chain, report=None, reference=[question], options=options, option_evidence=True,
                   question=question)
    return v.to_json(), [(s.findings, s.clauses) for s in v.steps]


def test_an_option_gloss_reads_the_same_in_a_batch() -> None:
    """The sentences after "A. <option>: ..." stay the option's gloss when the batch cuts the step into pieces."""
    for chain, options, question in _GLOSSES:
        want = _graded(Verifier(), chain, options, question)
        for lines_only in (False, True):
            batched = Verifier()
            with batched.batch(lines_only=lines_only):
                batched.extractor._pays.pays = lambda: True  # type: ignore[method-assign]  # (always cut)
                for _twice in range(2):  # the second time from the memo
                    assert _graded(batched, chain, options, question) == want, (lines_only, chain[:40])
    # the right reading: the gloss's general knowledge ("Typical CT findings are ...") claims nothing
    steps = _graded(Verifier(), *_GLOSSES[0])[0]["steps"]
    assert steps[1]["role"] == "option_listing" and steps[1]["verdicts"] == []
    assert [s["role"] for s in steps[1]["sentences"]] == ["option_listing"] * 3


def test_a_step_title_reads_the_same_in_a_batch() -> None:
    """A chain step's section-like title ("1. Comparison: ...", "**Lesion:** ...") hides as much in a batch as
    without one: the memoised segment is cut with ``step_titles`` too, which is in its key (retired blind 30)."""
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus" / "retired_blind30_verify.jsonl"
    items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    items = [it for it in items if it["chain"].startswith(("1. Comparison:", "**Lesion:**"))]
    assert items
    for it in items:
        kw = {"report": it.get("report"), "reference": it.get("reference_steps"), "options": it.get("options"),
              "chosen": it.get("chosen"), "gold": it.get("gold")}
        v = Verifier().verify(it["chain"], **kw)
        want = (v.to_json(), [(s.findings, s.clauses) for s in v.steps])
        for lines_only in (False, True):
            batched = Verifier()
            with batched.batch(lines_only=lines_only):
                for _twice in range(2):
                    got = batched.verify(it["chain"], **kw)
                    assert (got.to_json(), [(s.findings, s.clauses) for s in got.steps]) == want, it["id"]
