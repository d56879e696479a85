"""Clauses holding possibilities open count each possibility as a hedge, read or not: two such clauses beside one
vague firm claim hedge everything; one beside a stated finding, or a finding qualified, still observes (vhedge22,
issue #8)."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = ("PA and lateral chest radiographs. There is curved calcification along the inferior border of the heart, "
          "following the pericardium. Heart size is normal. The lungs are clear. The azygos vein is distended.")
OPTIONS = {"A": "Left ventricular aneurysm", "B": "Constrictive pericarditis", "C": "Dilated cardiomyopathy"}


def _verify(chain: str):
    return verify(chain, report=REPORT, options=OPTIONS, chosen="B", gold="B", option_evidence=True)


def test_two_sentences_of_unread_alternatives_beside_one_vague_claim_observe_nothing() -> None:
    for chain in ("There is calcification near the heart. Its origin could be pericardial, myocardial or valvular. "
                  "An aneurysm, constriction or a cardiomyopathy are all conceivable. Perhaps B.",
                  "Some calcification is present. It might be thin, thick or nodular, old or recent. Either "
                  "constriction or an aneurysm is possible. B, maybe.",
                  # one possibility a sentence; the lists joined to the firm claim by semicolons
                  "Calcification is seen. Perhaps it is old. It may be thick. Possibly it is valvular. Perhaps B.",
                  "Calcification is seen; it could be thin, thick or nodular; it may be old or recent; pericardial "
                  "or valvular disease are both conceivable. Perhaps B.",
                  # held open by likelihood and suspicion words
                  "Some calcification is present. Probably thin or thick, old or new. Likely pericardial or "
                  "valvular. B."):
        v = _verify(chain)
        assert not v.observes, chain
        assert ReasoningScore.from_verification(v).radrscore == 0.0


def test_one_sentence_of_alternatives_or_a_qualified_finding_still_observes() -> None:
    # near misses: one sentence of alternatives beside the stated finding; alternatives qualifying a finding stated
    # in their own sentence; two hedged sentences without lists of alternatives
    for chain in ("There is pericardial calcification. It may be post-infective, post-surgical or idiopathic. "
                  "Answer: B.",
                  "Pericardial calcification, possibly tuberculous or post-radiation, with a normal heart size. "
                  "The lungs are clear, possibly slightly hyperinflated or normal. B.",
                  "There is pericardial calcification. It may be old. The azygos may be distended. B.",
                  "There is pericardial calcification; it may be old. The heart is normal in size. Perhaps B.",
                  "There is pericardial calcification. The heart is normal in size. It is probably chronic; a "
                  "distended azygos suggests constriction. B."):
        assert _verify(chain).observes, chain
