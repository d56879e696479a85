"""The records the fact extractor produces: polarity and one finding per clinical statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medstep.textenum import TextEnum
from medstep.verify.roles import SentenceRole


class Polarity(TextEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"


# the sources of a claim a sentence names: its own words ("mention"), or a general noun subject standing for the finding
# named before ("subject": "The changes predominate centrally.", ``subject_nouns.py``)
NAMED = frozenset({"mention", "subject"})


@dataclass(slots=True)
class Finding:
    """One clinical statement about one concept (treat as read-only).

    Not frozen on purpose: a chain yields dozens of findings and frozen
    dataclass construction is several times slower, which the RL-reward use
    of the verifier cannot afford.

    ``start``/``end`` index the analysed text (for ``source="normal"`` they
    span the whole normal statement, whose wording is in ``text``).
    ``trigger`` is the negation/hedge phrase that set the polarity, if any.
    ``unit`` groups the findings that one statement produced: all absences
    implied by "lungs are clear" share a unit, so scores count them as one claim.
    ``role`` is the role of the sentence the finding comes from; only counted roles
    (observations and conclusions) yield findings, see ``roles.py``.
    """

    concept: str
    name: str
    category: str
    polarity: Polarity
    text: str
    start: int
    end: int
    laterality: str | None = None
    location: str | None = None
    severity: str | None = None
    change: str | None = None
    trigger: str | None = None
    source: str = "mention"
    unit: int = 0
    role: SentenceRole = SentenceRole.OBSERVATION  # the role of the sentence that made the claim
    size: float | None = None  # a measurement written with the finding, in mm ("3.2 cm" -> 32.0)
    temporality: str | None = None  # "historical": the patient's past ("history of", "status post"); reported only
    # an uncertain claim that leans absent ("possibly no X", "it is possible that there is no X", "X cannot be
    # confirmed"): it commits to nothing (still uncertain), and an absence in the evidence never contradicts it
    hedged_absence: bool = False
    size_min: float | None = None  # the smallest of several dimensions ("4 x 6 cm" -> 40.0, ``size`` 60.0)
    # read from a word naming its finding with no organ that names other organs' findings too ("No fluid.", "a little
    # fluid": ``mentions.bare_finding``): a claim only where the case's evidence names that finding
    # (``Verifier._steps``), as the word alone cannot tell which organ it means
    bare: bool = False
    # a broad finding named with the organ it lies in: that organ's kind of it ("a fracture through the midshaft of
    # the left clavicle": clavicle_fracture; ``scope_passes.organ_specific``), which a claim of that kind agrees with
    narrow: str | None = None
    # a second place on another axis than ``location`` ("upper outer quadrant ... at 10 o'clock", "the posterior horn
    # of the lateral meniscus"): compared with the other's place of its own axis (``lexicon.place_axis``)
    location2: str | None = None
    # a narrower concept this finding is not, as the report denies what defines it ("a metaphyseal fracture that does
    # not reach the physis" is no Salter-Harris fracture; ``defined.defined_children``): a claim of that kind is contradicted
    unlike: str | None = None
    # an absence of any further one ("no other lesion", ``other_absence``): the one described is the only one, so it
    # does not deny that one (or a kind of it), only one stated as a further one ("a second lesion", marked too)
    other: bool = False
    # the organ the finding is named in ("a cyst in the liver", "no focal lesion in the liver"; ``scope_passes.
    # organ_specific``): an organ's denial reaches a broad claim named in that same organ (``evidence_relation.relation``)
    organ: str | None = None
    # the subtype words of the kind it is named as ("no saddle embolus": {"saddle"}; a present one's: those said with
    # it, "a large saddle embolus"): a denied kind denies that kind only (``subtypes``, ``evidence_relation``)
    kind: frozenset[str] = frozenset()
    # the words of ``answers.qualifiers.DENIAL_APART`` it is said with ("no acute fracture": {"acute"}; "old healed
    # rib fractures": {"old", "healed"}): a denial of one alternative leaves another standing (``qualified``)
    qualified: frozenset[str] = frozenset()
    # ``organ`` (and ``narrow``) is the first of a list of organs it is named in ("no fracture of the ribs or
    # clavicles", "fractures of the left clavicle and the third rib"): not its one site (``relation.kind_apart``)
    listed: bool = False
    # the degree of its change, a grade on ``SEVERITY_RANK`` ("slightly larger": mild; "markedly increased": severe;
    # ``mentions.grades_change``): how much it changed, compared only with another change of the same direction
    # (``attr_conflicts.change_degrees_conflict``), never with the finding's own grade
    change_grade: str | None = None
    # the kind words of an identity denial ("Y, not a simple haematoma": {"simple"}; ``label_denials``): the kind set
    # aside, so a present finding not said with them stands
    set_aside: tuple[str, ...] = ()  # (sorted: a frozenset's order, shown in reprs, follows the hash seed)
    # a present finding's words of its own phrase (its text and up to four words before it in its clause;
    # ``label_denials.phrase_words``), against which an identity denial's kind words are read
    said: tuple[str, ...] = ()

    @property
    def is_claim(self) -> bool:
        return self.category in ("finding", "device", "modality")

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"concept": self.concept, "name": self.name, "category": self.category,
                             "polarity": self.polarity.value, "text": self.text, "span": [self.start, self.end]}
        for key in ("laterality", "location", "severity", "change", "trigger", "size", "temporality"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        if self.source != "mention":
            d["source"] = self.source
        if self.role is not SentenceRole.OBSERVATION:
            d["role"] = self.role.value
        return d
