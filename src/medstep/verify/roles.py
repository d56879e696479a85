"""What a sentence of a chain, report or reference step *does*: the role that decides whether it claims.

Why roles come before findings: a reasoning chain names far more findings than
it observes. "Option A: small pneumothorax", "a pneumothorax would appear as a
thin pleural line", "if there were an effusion the angle would be blunted",
"I checked for a left effusion" and "is there consolidation?" all mention a
finding without saying the image shows (or lacks) it. Counting them as claims
made any chain that restates the answer options look as factual as a real one.
Only observations (positive, negated or hedged) and the conclusion's committed
claims are graded; every other role is shown but not counted. A conclusion that
only frames an answer option's text as the answer ("the diagnosis that best
accounts for the appearance is <option>") is the decision restated: shown as a
conclusion, it claims nothing, since the decision itself is graded once.

The role of a clause is decided in ``scope.py`` from the same automaton events
as negation (cue phrases are rows of ``triggers.tsv`` with kind ``role``, or a
``role=`` value on a ``hypo`` row), so it costs no extra pass over the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medstep.textenum import TextEnum


class SentenceRole(TextEnum):
    OBSERVATION = "observation"
    NEGATED = "negated_observation"
    HEDGED = "hedged_observation"
    OPTION_LISTING = "option_listing"  # an answer option or the task text restated, not asserted
    DEFINITION = "definition"  # textbook knowledge: "a pneumothorax typically appears as ..."
    CONDITIONAL = "conditional"  # "if there were an effusion ...", "whether ..."
    INSTRUCTION = "instruction"  # process or plan: "let me check for ...", "I looked for ..."
    QUESTION = "question"
    CONCLUSION = "conclusion"  # "therefore ...", "the answer is ...": its claims count

    @property
    def counted(self) -> bool:
        """True when the findings of a sentence with this role are graded as claims."""
        return self in COUNTED_ROLES


COUNTED_ROLES = frozenset({SentenceRole.OBSERVATION, SentenceRole.NEGATED, SentenceRole.HEDGED,
                           SentenceRole.CONCLUSION})

# Cue names usable in triggers.tsv (kind "role", or "role=<name>" on a hypo row).
# "process" and "for" are not roles themselves: a process cue ("let me", "I will") makes a clause an
# instruction unless it also observes something; "for" after a process cue introduces what is looked for.
# "advice" (what should be done next: "follow-up CT advised", "please correlate clinically") covers what
# follows its clause's last observation, like a definition, and shows as an instruction. "refusal" (the writer
# declines to read the image: "as an AI", "I can't provide a diagnosis", "without the image") claims nothing in
# its whole clause, before it too, up to a turn ("..., but there is an effusion"): an instruction.
# "rejection" (an option weighed as the explanation and turned down: "X does not fit the picture") claims
# nothing of what its part of the clause names, even where the clause concludes ("X therefore does not fit"):
# an option listing when nothing else is left. "rejected_subject" ("X is not the explanation/cause [of Y]", "X does
# not explain Y") claims nothing of an indefinite or generic subject X only (``clause_roles.reject_subject``): Y stands.
# "watch" ("watch for X", "remain alert to X") is an instruction about what may come, unless a definite X follows:
# "be alert to the large pneumothorax" points at one there (``scope.py``).
# "proposal" (a test or treatment put forward as the next step: "angiography is the next step") makes advice of a
# clause that names nothing else; what its clause goes on to name is still said ("fixation is the next step for this
# displaced fracture", "ultrasound is the next step to confirm the effusion at the left base"), where advice covers
# what follows it; only the test named before it is no study of this image ("CT is the next step to characterise the
# nodule" against a radiograph: no modality conflict).
# "agent" (who should do a task: "staging X should be done by a radiologist", "a specialist should review X",
# "decisions must be made by the Y team") and "agent_need" (what a task requires: "evaluating X requires a qualified
# radiologist") read their subject (``clause_roles.agent_cue``): a task ("Diagnosing and staging X", "treatment
# decisions") makes the clause a process statement that claims nothing, the task's object X included; any other subject
# ("free gas requires a surgeon", "the effusion should be drained by the respiratory team") is said, and the cue is
# advice from where it stands ("agent_need") or from the clause's last observation ("agent", as "should be assessed").
# "generic" (a present verb of what a disease does in general: "miliary TB gives tiny nodules", "mitral stenosis needs
# left atrial enlargement") is a definition only when its subject is a bare generic name, with no pointer to this
# image (``clause_roles.generic_subject``): "The effusion causes blunting", "a right effusion, which causes ..." observe.
ROLE_CUES = frozenset({"definition", "conditional", "instruction", "question", "conclusion", "option",
                       "process", "for", "advice", "refusal", "rejection", "rejected_subject", "watch", "proposal",
                       "generic", "agent", "agent_need"})
# cues marked by their own start, not by the separator before them: what precedes them in their clause is theirs
AT_CUE = frozenset({"proposal"})
CUE_ROLE = {"definition": SentenceRole.DEFINITION, "conditional": SentenceRole.CONDITIONAL,
            "instruction": SentenceRole.INSTRUCTION, "question": SentenceRole.QUESTION,
            "conclusion": SentenceRole.CONCLUSION, "option": SentenceRole.OPTION_LISTING,
            "process": SentenceRole.INSTRUCTION, "advice": SentenceRole.INSTRUCTION,
            "proposal": SentenceRole.INSTRUCTION, "refusal": SentenceRole.INSTRUCTION,
            "rejection": SentenceRole.OPTION_LISTING, "watch": SentenceRole.INSTRUCTION,
            "agent": SentenceRole.INSTRUCTION}
TURN = "turn"  # (not a cue of the table) where a contrast word after a refusal cue turns to what is seen


@dataclass(slots=True)
class Sentence:
    """One clause of a text with its role; ``start``/``end`` index the analysed segment.

    A clause ends at ``. ; ? !``, a new line, or the colon of an option heading, so a
    step usually holds several sentences; the step's own role is its most telling one
    (see ``step_role``). Not frozen, like ``Finding``: built for every clause of every chain.
    """

    start: int
    end: int
    role: SentenceRole
    claims: int = 0  # counted findings the sentence produced
    mentions: int = 0  # findings it names in any role (an option listing names some, claims none)

    def to_json(self) -> dict[str, Any]:
        return {"span": [self.start, self.end], "role": self.role.value}


_STEP_PRIORITY = (SentenceRole.CONCLUSION, SentenceRole.OBSERVATION, SentenceRole.NEGATED, SentenceRole.HEDGED)


def step_role(clauses: list | tuple) -> SentenceRole:
    """The role a step is shown with, from its ``(start, end, role, claims, mentions)`` clauses: a
    conclusion or observation that claims something wins; else the first other role (an option
    listing, a definition, a conclusion without findings, ...); else observation. (One clause, the usual
    step of a chain written a sentence per line, is its own role whichever rule applies.)"""
    if len(clauses) == 1:
        return clauses[0][2]
    claiming = {c[2] for c in clauses if c[3]}
    for role in _STEP_PRIORITY:
        if role in claiming:
            return role
    for c in clauses:
        if c[2] is not SentenceRole.OBSERVATION:
            return c[2]
    return SentenceRole.OBSERVATION
