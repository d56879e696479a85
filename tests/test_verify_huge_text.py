"""A huge output reads as the plain, slow readings read it, in time linear in its length.

The phrase scan resumed after a recovered phrase reads windows of the text (``Scanner._iter_from``) and a recovery
reads a slice, because the automaton copies the whole string it is given on every call (one output of 100k unknown
words took 26 s); an attribute finds its claim among a clause's claims by bisection (``ClaimIndex``); the
alternatives of a clause are read in one pass; a bare abnormal word reads the clause's next events in place and asks
``ChunkOrgans`` whether its chunk names an organ (a copy and a scan of the clause per word: "no fluid, " x 20k took
47 s)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from medstep.verify import Verifier, scan
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import K_ATTR, K_COMMA, K_CONCEPT, K_CONJ, K_TERM
from medstep.verify.mentions import ChunkOrgans, ClaimIndex, Mention
from medstep.verify.scope_passes import alternatives

# phrases that run into a longer word and hide others ("midlung nodule", "there is nodal"), so the scan resumes
_TEXTS = [
    "There is a midlung nodule and there is nodal enlargement; acute infarction noted. Midlung nodule again.",
    "no pneumothoraces. Midlung nodule, midlung nodule, and a leftlung effusion; there is nodal disease.",
    "Findings: acute infarctions; midlung nodules x3; there is nodularity at the bases, no effusion.",
    "The heart is enlarged. There is no pleural effusion. Right midlung nodule measuring 2cm.",
]


@pytest.fixture(scope="module")
def scanner() -> scan.Scanner:
    return Verifier().extractor.scanner


@pytest.mark.parametrize("width", [1, 64, 66, 80, 100, 150, 300])
def test_windowed_resume_reports_what_the_automaton_reports_from_that_position(
        scanner: scan.Scanner, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_WINDOW", width)
    padded = f" {scan.lower_text(' '.join(_TEXTS * 2))} "  # (longer than the longest phrase, 63 characters)
    for pos in range(1, len(padded)):
        assert list(scanner._iter_from(padded, pos)) == list(scanner._iter(padded, pos)), pos


def test_events_are_the_same_whatever_the_window(scanner: scan.Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = [scanner.events(t) for t in _TEXTS]
    assert all(any(e[3] == "nodule" or "nodule" in str(e[3]) for e in ev) for ev in wide[:2])
    monkeypatch.setattr(scan, "_WINDOW", 70)
    assert [scanner.events(t) for t in _TEXTS] == wide


def test_a_huge_output_of_unknown_words_is_scanned_as_its_short_tail(scanner: scan.Scanner) -> None:
    """200k words no phrase knows, each a rejected match inside a word, then a finding: the events are the tail's,
    shifted (this took minutes when each recovery and resume copied the whole text)."""
    tail = "There is a midlung nodule and there is nodal enlargement."
    head = "word " * 200_000
    shifted = [(a + len(head), b + len(head), *rest) for a, b, *rest in scanner.events(tail)]
    assert shifted and scanner.events(head + tail) == shifted


def _near_by_scan(claims: list[Mention], pos: int, chunk: int) -> tuple[Mention | None, Mention | None]:
    """The plain reading ``ClaimIndex.near`` answers by bisection: a scan of the claims in order."""
    target = last_same = before = None
    for m in claims:
        if m.chunk == chunk:
            if m.start >= pos:
                target = m
                break
            last_same = m
        elif m.chunk < chunk:
            before = m
    return target or last_same, before


def test_the_claim_index_finds_what_a_scan_of_the_claims_finds() -> None:
    rng = random.Random(7)
    for _ in range(300):
        claims, chunk, at = [], 0, 0
        for _ in range(rng.randrange(0, 12)):
            chunk += rng.random() < 0.3
            at += rng.randrange(1, 9)
            start = at - rng.randrange(0, 12) if rng.random() < 0.2 else at  # an organ's pending word starts earlier
            claims.append(Mention("x", start, at + 3, chunk, ()))
        index = ClaimIndex(claims)
        for pos in range(-2, at + 12):
            for c in range(chunk + 2):
                assert index.near(pos, c) == _near_by_scan(claims, pos, c)


@pytest.mark.parametrize("piece, repeats", [
    ("left midlung nodule ", 20_000),  # ~35 s at 32k while each attribute scanned every claim of the clause
    ("possible pneumonia ", 5_000),  # each broad finding copied the rest of the clause's mentions (organ_specific)
    ("the left lung is clear and ", 5_000),  # each normal word copied the rest of the clause (normals)
])
def test_a_repetition_loop_of_findings_reads_as_one_of_them(piece: str, repeats: int) -> None:
    """A model stuck repeating one statement with no stop: each repeat is read as the first."""
    v = Verifier()
    one = {(f.concept, f.polarity, f.laterality) for f in v.verify(piece.strip()).steps[0].findings}
    many = v.verify(piece * repeats).steps
    assert one and {(f.concept, f.polarity, f.laterality) for s in many for f in s.findings} == one


def _alternatives_by_walk(concepts: dict, seq: list) -> None:
    """The plain reading ``scope_passes.alternatives`` gives in one pass: from each "or", the claim after it and a
    walk back over the claims, commas and "or"s before it; an "or" after alternatives already hedged hedges the claim
    after it."""
    for k, item in enumerate(seq):
        if item[0] != K_CONJ or item[3] != "or":
            continue
        after = next((x[3] for x in seq[k + 1:] if x[0] == K_CONCEPT and concepts[x[3].cid].category != "anatomy"
                      or x[0] != K_CONCEPT and x[0] != K_ATTR), None)
        if not isinstance(after, Mention):
            continue
        group = [after]
        for x in reversed(seq[:k]):
            if x[0] == K_CONCEPT:
                if concepts[x[3].cid].category != "anatomy":
                    group.append(x[3])
            elif not ((x[0] == K_COMMA and x[3] == ",") or (x[0] == K_CONJ and x[3] == "or")):
                break
        if len(group) > 1 and len({m.cid for m in group}) > 1 \
                and all(m.pol is Polarity.PRESENT and not m.dropped for m in group):
            for m in group:
                m.pol, m.trigger = Polarity.UNCERTAIN, "or"
        elif after.pol is Polarity.PRESENT and not after.dropped and any(m.trigger == "or" for m in group[1:]):
            after.pol, after.trigger = Polarity.UNCERTAIN, "or"  # "A or B or C": the alternatives go on


def test_alternatives_in_one_pass_hedge_what_the_walk_back_from_each_or_hedges() -> None:
    concepts = {c: SimpleNamespace(category="anatomy" if c == "lung" else "finding") for c in ("a", "b", "c", "lung")}
    items = [(K_CONJ, "or"), (K_CONJ, "or"), (K_CONJ, "and"), (K_COMMA, ","), (K_COMMA, ";"), (K_ATTR, ()),
             (K_TERM, "is")] + [(K_CONCEPT, c) for c in concepts] * 2
    rng = random.Random(3)
    for _ in range(2000):
        picks = [rng.choice(items) for _ in range(rng.randrange(1, 14))]
        sides = []
        for _ in range(2):
            seq = []
            for i, (kind, payload) in enumerate(picks):
                if kind == K_CONCEPT:
                    m = Mention(payload, i, i + 1, 0, ())
                    m.pol = Polarity.ABSENT if (i * 7 + len(picks)) % 9 == 0 else Polarity.PRESENT
                    m.dropped = (i * 5 + len(picks)) % 11 == 0
                    payload = m
                seq.append((kind, i, i + 1, payload))
            sides.append(seq)
        alternatives(concepts, sides[0])
        _alternatives_by_walk(concepts, sides[1])
        assert [(x[3].pol, x[3].trigger) for x in sides[0] if x[0] == K_CONCEPT] == \
               [(x[3].pol, x[3].trigger) for x in sides[1] if x[0] == K_CONCEPT], picks


def test_chunk_organs_tell_what_a_scan_of_the_clause_for_an_organ_of_the_chunk_tells() -> None:
    anatomy = frozenset({"lung", "heart"})
    rng = random.Random(5)
    for _ in range(500):
        seq: list = []
        organs = ChunkOrgans(anatomy)
        chunk = 0
        for i in range(rng.randrange(1, 30)):
            chunk += rng.random() < 0.3
            if rng.random() < 0.5:
                seq.append((K_CONCEPT, i, i + 1, Mention(rng.choice(("lung", "heart", "a", "b")), i, i + 1, chunk, ())))
            else:
                seq.append((rng.choice((K_COMMA, K_TERM, K_ATTR)), i, i + 1, ","))
            if rng.random() < 0.6:  # asked now and then, as bare words come
                assert organs.named(seq, chunk) == any(
                    x[0] == K_CONCEPT and x[3].chunk == chunk and x[3].cid in anatomy for x in seq), seq


def test_a_repeated_bare_word_reads_as_one() -> None:
    """Each bare word copied the rest of the clause and scanned all of it for an organ: 47 s at 20k repeats."""
    v = Verifier()
    one = {(f.concept, f.polarity) for f in v.extract_findings("no fluid,")}
    assert one == {("pleural_effusion", Polarity.ABSENT)}
    assert {(f.concept, f.polarity) for f in v.extract_findings("no fluid, " * 20_000)} == one


@pytest.mark.parametrize("text, bare", [
    ("No fluid.", True),
    ("The kidney is normal, no fluid.", True),  # the organ is another chunk's
    ("The gallbladder has a little fluid around it.", False),  # named earlier in the chunk
    ("Fluid around the gallbladder.", False),  # named right after
])
def test_a_bare_word_is_a_finding_of_its_own_only_with_no_organ_in_its_chunk(text: str, bare: bool) -> None:
    found = Verifier().extract_findings(text)
    assert any(f.concept == "pleural_effusion" for f in found) == bare, found
