"""An organless word said of another organ than the one the lexicon reads it as (issue #8, vorgan26).

The lexicon reads a few generic words as one organ's finding: "nodule" a lung nodule, "tear" a ligament's,
"swollen glands" the hila's, "pus pocket" a lung abscess, "filling defect" a vessel's clot. In a clause that names
another organ ("a solid nodule in the lower pole of the right thyroid lobe", "the tear in the wall of the aorta", "a
filling defect in the common bile duct") that reading is a finding the text does not speak of: a chain's faithful
"lump in the thyroid" or "dissection" matched nothing in the report, or a report's bile-duct stone was a clot. Here the
word takes the organ's own kind of finding (a thyroid nodule, an aortic dissection), or the broader concept (a
lesion, lymphadenopathy, an abscess), or nothing where the table says so ("*=-"). A row with no generic keeps the
lexicon's reading where the organ has no kind (dropped, a denial was lost on both sides: review_verify26), and a
denied generic word keeps the organ it is named in (``named_generic``), so it denies no other organ's finding.

Which organs a reading belongs to, and the words that are organless, is data (``answers/organ_homes.tsv``); the
organ's own kinds come from its ``expands`` in ``concepts.tsv``. A chunk naming any home organ keeps the reading
("nodules in the lungs and the thyroid"), as does a chunk naming no organ (the chest's reading, as the lexicon
says; a case-wide region is ``regions.py``'s). Only the organs of the word's own chunk decide, the place a
seen-verb after it names ("... is seen in the bile duct"), or a place fronted before "there is" (``_fronted``); the
clause's reached too far: "the parenchyma between the cysts is normal and there are no nodules".

A fronted place ("In the brain there is a pocket of pus", "Beside the right tonsil there is now a pocket of pus") is
read as the same words put after the verb ("there is a pocket of pus in the brain"): the organ's own kind, the generic
concept with its organ, or nothing, with the side named before the organ. A containing preposition (``CONTAINING``)
always places the word; a neighbour one ("at", "behind", "lateral to") only where the organ lies apart from the chest
(``regions.OFF_CHEST``): "at the aortic knob / behind the heart there is a nodule" is a lung nodule, and so is one
"above the liver" on a chest film (the organs under the diaphragm border the lung bases).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import negation
from medstep.answers.concepts import LIKE, Concept, packaged_text, states_text
from medstep.lazyre import lazy_compile
from medstep.types import MedstepError
from medstep.verify.findings import Finding
from medstep.verify.mentions import Mention

HOMES_FILE = "organ_homes.tsv"
# a seen-verb between the word and the place it is seen in: the verb ends the word's chunk, the place is still the
# word's ("a filling defect is seen in the common bile duct")
# the prepositions that place a word inside an organ, after a seen-verb or fronted before "there is"; "at" is beside
# ("at the aortic knob there is a nodule" is a lung nodule, review_sense38 G1), as any other preposition is
CONTAINING = ("in", "within", "inside", "along")
_SEEN_IN = lazy_compile(r"\s+(?:is|are|was|were)\s+(?:" + "|".join(negation.SEEN) + r")\s+"
                        r"(?:" + "|".join(CONTAINING) + r")\s+(?:the\s+|a\s+|an\s+)?")
_PLACE_REACH = 40  # characters from the preposition to the organ's mention, no punctuation between
# a place fronted before "there is": a preposition opening its clause, then the organ (its side between), then the
# existential and at most two plain words before the word
_FRONT_PLACE = lazy_compile(
    r"(?:^|[,;:.(\n*#])\s*(?P<prep>[a-z]+(?:\s+to)?)\s+(?:the\s+)?(?:(?P<side>left|right)\s+)?$"
)
_THERE_IS = lazy_compile(r"\s+there\s+(?:is|are|was|were)(?:\s+now)?\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}")
ANY_ORGAN = "*"  # a kinds key: what the words name in an organ with no kind of its own ("-": nothing)
# anatomy rows of the vocabulary that name no organ: a tissue's density, a tissue or specimen, a tracer's uptake ("the
# rest of the gland" as the uptake it shows): a word beside them lies in whatever organ the text speaks of
_NOT_ORGANS = frozenset({"tissue_density", "tissue", "tracer_uptake"})


@dataclass(frozen=True, slots=True)
class OrganHome:
    """One row of ``organ_homes.tsv``: the organs ``concept`` belongs to, what its words name elsewhere."""

    concept: str
    homes: frozenset[str]
    generic: str | None
    kinds: tuple[tuple[str, str], ...]


def _split(cell: str) -> list[str]:
    return [] if cell.strip() in ("", "-") else [x.strip() for x in cell.split("|") if x.strip()]


def _state_kinds(word: str) -> list[str]:
    """The organ=concept pairs of ``states.tsv``'s abnormal row ``word``: a kinds cell ``like=WORD`` reads an organ's
    own kind of a finding from the state word that names it there, so the map has one home (the organs whose wall
    "thickened" names their own wall finding are the organs whose "wall thickening" does; review of vocab41)."""
    for line in states_text().splitlines():
        cols = [c.strip() for c in line.split("\t")]
        if not line.startswith("#") and len(cols) > 2 and cols[0] == word and cols[1] == "abnormal":
            return [p.strip() for p in cols[2].split(";") if "=" in p and p.split("=")[0].strip() != "any"]
    raise MedstepError(f"{HOMES_FILE}: like={word!r} names no abnormal row of states.tsv")


def read_homes(text: str) -> dict[tuple[str, str], OrganHome]:
    """The rows of ``text`` keyed by (concept, word), each word with its regular plural too."""
    out: dict[tuple[str, str], OrganHome] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise MedstepError(f"{HOMES_FILE}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        concept, homes, generic, kinds, words = cols
        pairs = []
        for pair in _state_kinds(kinds[len(LIKE) + 1:]) if kinds.startswith(f"{LIKE}=") else _split(kinds):
            organ, _, kind = pair.partition("=")
            if not kind:
                raise MedstepError(f"{HOMES_FILE}:{n}: kind {pair!r} is not organ=concept")
            pairs.append((organ, kind))
        row = OrganHome(concept, frozenset(_split(homes)), generic if generic not in ("", "-") else None, tuple(pairs))
        for word in _split(words):
            for form in (word, word + "s", word + "es"):
                out[(concept, form)] = row
    return out


@lru_cache(maxsize=1)
def organ_homes() -> dict[tuple[str, str], OrganHome]:
    """The packaged table (read once)."""
    return read_homes(packaged_text(HOMES_FILE))


def check_homes(concepts: Mapping[str, Concept]) -> list[str]:
    """The ids of the table that the vocabulary ``concepts`` lacks or files under the wrong category."""
    bad = []
    for row in set(organ_homes().values()):
        ids = [(row.concept, "finding"), *((h, "anatomy") for h in row.homes),
               *(((row.generic, "finding"),) if row.generic else ()),
               *(x for o, k in row.kinds for x in ((o, "anatomy"), (k, "finding")))]
        bad += [f"{cid} ({cat})" for cid, cat in ids
                if cid not in (ANY_ORGAN, "-") and (cid not in concepts or concepts[cid].category != cat)]
    return sorted(set(bad))


def _reading(concepts: Mapping[str, Concept], row: OrganHome, organ: str) -> str | None:
    """What the row's words name in ``organ`` (not a home): its listed kind, the one concept of its expands narrower
    than the generic one, the generic one, or None."""
    listed = dict(row.kinds)
    if organ in listed:
        return listed[organ] if listed[organ] != "-" else None
    if row.generic is None:
        return None
    o = concepts.get(organ)
    below = concepts[row.generic].descendants if row.generic in concepts else frozenset()
    own = [x for x in o.expands if x in below] if o is not None else []
    if len(own) == 1:
        return own[0]
    other = listed.get(ANY_ORGAN, row.generic)
    return None if other == "-" else other


@lru_cache(maxsize=1)
def _generics() -> frozenset[str]:
    return frozenset(row.generic for row in organ_homes().values() if row.generic)


def named_generic(f: Finding) -> bool:
    """Whether ``f`` is an organless word re-read as its generic finding in the organ it is named in (``organ_words``):
    its denial reaches only a claim named in that organ."""
    return f.narrow is None and f.organ is not None and f.concept in _generics()


def organless_word(cid: str, word: str) -> bool:
    """Whether ``word`` (lower case, read as ``cid``) is one of the table's organless words: a bare "nodule" makes no
    case the chest's (``regions``), as a bare "effusion" does not."""
    return (cid, word) in organ_homes()


def case_reading(concepts: Mapping[str, Concept], cid: str, word: str, organs: frozenset[str]) -> str:
    """What an organless ``word`` (read as ``cid``) names in a case whose texts name ``organs`` and nothing of the chest
    (``regions.case_region``): the one organ's own kind of it where the case names no home organ of it ("On ultrasound
    the nodule is well defined" in a thyroid case: its thyroid nodule, as the sentence naming the lobe read it), else
    ``cid``. Only an organ's own kind: a generic reading or none is a sentence's to give, naming its organ."""
    row = organ_homes().get((cid, word)) if organs else None
    if row is None or organs & row.homes:
        return cid
    kinds = {k for o in organs if (k := _reading(concepts, row, o)) is not None and k != row.generic}
    return kinds.pop() if len(kinds) == 1 else cid


def _seen_in(organs: list[Mention], m: Mention, low: str) -> set[str]:
    """The organ a seen-verb right after ``m`` places it in ("... is seen in the distal common bile duct"), or none."""
    got = _SEEN_IN.match(low, m.end)
    if got is None:
        return set()
    n = next((n for n in organs if n.start >= got.end()), None)
    if n is None or n.start - got.end() > _PLACE_REACH or any(p in low[got.end():n.start] for p in ",;:.("):
        return set()
    return {n.cid}


@dataclass(frozen=True, slots=True)
class _Fronted:
    """The organ of a place fronted before "there is" and the word, with the side named before the organ."""

    organ: str
    side: str | None


def _fronted(organs: list[Mention], m: Mention, low: str) -> _Fronted | None:
    """The place fronted before "there is" and ``m`` ("Beside the right tonsil there is now a pocket of pus"): a
    containing organ (``CONTAINING``), or a neighbour apart from the chest (``regions.OFF_CHEST``); else None."""
    from medstep.verify.regions import OFF_CHEST  # (here: regions reads this module at import time)

    n = next((n for n in reversed(organs) if n.end <= m.start), None)
    if n is None or _THERE_IS.fullmatch(low, n.end, m.start) is None:
        return None
    got = _FRONT_PLACE.search(low, max(0, n.start - _PLACE_REACH), n.start)
    if got is None or (got["prep"] not in CONTAINING and n.cid not in OFF_CHEST):
        return None
    return _Fronted(n.cid, got["side"])


def organ_words(concepts: Mapping[str, Concept], mentions: list[Mention], first: int, low: str) -> None:
    """Re-read each organless word of ``mentions[first:]`` (one clause) whose clause names only organs its reading
    does not belong to: the organs' own kind, the generic concept (with its organ), or no finding (dropped)."""
    table = organ_homes()
    organs = [n for n in mentions[first:] if (c := concepts.get(n.cid)) is not None and c.category == "anatomy"
              and n.cid not in _NOT_ORGANS]
    if not organs:
        return
    for k in range(first, len(mentions)):
        m = mentions[k]
        row = table.get((m.cid, low[m.start:m.end]))
        if row is None or m.dropped:
            continue
        near = {n.cid for n in organs if n.chunk == m.chunk} or _seen_in(organs, m, low)
        front = _fronted(organs, m, low) if not near else None
        if front is not None:  # (read as the same words put after the verb: "there is a pocket of pus in the brain")
            near = {front.organ}
        if not near or near & row.homes:
            continue
        readings = {_reading(concepts, row, o) for o in near}
        new = readings.pop() if len(readings) == 1 else None  # (organs of two kinds: which is the word's is unknown)
        if new is None or new not in concepts:
            if row.generic is not None:
                m.dropped = True  # ("a small nodule in the neck": the table says the word names nothing there)
            continue  # (a row with no generic: the lexicon's reading stays, or the denial it states is lost on both
            # sides, review_verify26: "no filling defect in the bladder" against "a filling defect in the bladder")
        m.cid, m.narrow = new, None
        if front is not None and front.side is not None:
            m.set_attr("laterality", front.side)  # (the side named before the organ: "beside the right tonsil")
        if new == row.generic and len(near) == 1:
            # "no nodules in the liver" denies a lesion of the liver, no lung lesion: the organ it is named in keeps
            # the denial from a claim named in no organ or another (``evidence_relation.relation``, ``named_generic``)
            m.organ = next(iter(near))
