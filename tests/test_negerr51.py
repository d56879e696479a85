"""A report sentence that states one thing and denies another shields from the polarity-flip check only the things its
denials reach (issue #8, negerr51; ``aligned_flips._denied_reach``).

Retired blind 50 (b50-v094): the impression's "... and focal cortical superficial siderosis over the right frontal
convexity, with no deep microbleeds: probable cerebral amyloid angiopathy" holds every word of a chain's "no cortical
superficial siderosis is seen", and being a sentence that denies something, it shielded the chain's denial from the
findings' plain "There is focal cortical superficial siderosis ...". The denial ("with no") reaches only what follows
it. Reports and chains here are written for this test."""

from __future__ import annotations

import pytest

from medstep.verify import default_verifier, verify
from medstep.verify.aligned_flips import _sentence_side, thing_reader
from medstep.verify.aligned_words import _not_thing, _things

_OPTIONS = {"A": "Cerebral amyloid angiopathy", "B": "Hypertensive haemorrhage"}
_CAA = ("MRI brain. There is a lobar haematoma in the left parietal lobe. There is focal cortical superficial siderosis "
        "along the right frontal convexity. No microbleeds are seen in the basal ganglia.\n"
        "IMPRESSION: Lobar haemorrhage and focal cortical superficial siderosis over the right frontal convexity, with "
        "no deep microbleeds: probable cerebral amyloid angiopathy.")
# the same report whose impression denies the siderosis itself: the report may deny it there, left alone
_CAA_DENIED = ("MRI brain. There is a lobar haematoma in the left parietal lobe. There is focal cortical superficial "
               "siderosis along the right frontal convexity.\n"
               "IMPRESSION: Lobar haemorrhage with no cortical superficial siderosis elsewhere.")
_CAA_AFTER = ("MRI brain. There is a lobar haematoma in the left parietal lobe. There is focal cortical superficial "
              "siderosis along the right frontal convexity.\n"
              "IMPRESSION: Lobar haemorrhage; cortical superficial siderosis is not seen over the left hemisphere.")
_CAA_LOOSE = ("MRI brain. There is a lobar haematoma in the left parietal lobe. There is focal cortical superficial "
              "siderosis along the right frontal convexity.\n"
              "IMPRESSION: Cortical superficial siderosis over the right convexity, none over the left.")


def flips(report: str, chain: str) -> list[str]:
    v = verify(chain, report=report, options=_OPTIONS, chosen="A")
    return [fv.rule for st in v.steps for fv in st.verdicts if fv.rule and fv.rule.startswith("aligned-polarity")]


def side(sentence: str) -> tuple[frozenset[str], bool]:
    scanner = default_verifier().extractor.scanner
    words, denies, _after, _plain = _sentence_side(scanner, sentence, thing_reader(_not_thing(scanner.attr_words),
                                                                                   _things))
    return words, denies


def test_a_denial_of_what_the_report_states_beside_another_denial_is_contradicted() -> None:
    chain = ("1. Haemorrhage: a lobar haematoma in the left parietal lobe.\n"
             "2. Siderosis: no cortical superficial siderosis is seen.\n"
             "3. No deep microbleeds. Answer: A")
    assert flips(_CAA, chain) == ["aligned-polarity-flip"]


@pytest.mark.parametrize("chain", [
    # the faithful chain: states the siderosis, denies the deep microbleeds
    "1. A lobar haematoma in the left parietal lobe.\n2. Focal cortical superficial siderosis over the right frontal "
    "convexity.\n3. No deep microbleeds. Answer: A",
    # the deep microbleeds denied as the report denies them: no flip
    "1. A lobar haematoma in the left parietal lobe.\n2. There are no deep microbleeds in the basal ganglia. Answer: A",
])
def test_a_faithful_chain_is_not_flipped(chain: str) -> None:
    assert flips(_CAA, chain) == []


@pytest.mark.parametrize("report", [_CAA_DENIED, _CAA_AFTER, _CAA_LOOSE])
def test_a_report_sentence_that_may_deny_the_item_still_shields_it(report: str) -> None:
    # "with no cortical superficial siderosis elsewhere" (after the denial), "... siderosis is not seen over the left
    # hemisphere" (before a post-denial), "none over the left" (a denial standing for the thing said before it: the
    # whole sentence): the report may deny the siderosis there, so the chain's denial is left alone
    chain = "1. A lobar haematoma in the left parietal lobe.\n2. No cortical superficial siderosis is seen. Answer: A"
    assert flips(report, chain) == []


def test_the_reach_of_a_denial_that_governs_what_follows() -> None:
    words, denies = side("Lobar haemorrhage and focal cortical superficial siderosis over the right frontal convexity, "
                         "with no deep microbleeds: probable cerebral amyloid angiopathy.")
    assert denies
    assert {"siderosi", "superficial", "cortical"}.isdisjoint(words)
    assert {"deep", "microbleed"} <= words


def test_the_reach_of_a_denial_that_governs_what_precedes() -> None:
    words, denies = side("Cortical superficial siderosis is not seen over the left hemisphere.")
    assert denies and {"siderosi", "superficial", "cortical"} <= words


def test_a_loose_denying_word_keeps_the_whole_sentence() -> None:
    words, denies = side("Cortical superficial siderosis over the right convexity; none in the brainstem.")
    assert denies and {"siderosi", "superficial", "cortical", "brainstem"} <= words


def test_a_sentence_that_denies_nothing_is_unchanged() -> None:
    words, denies = side("There is focal cortical superficial siderosis along the right frontal convexity.")
    assert not denies and {"siderosi", "superficial", "cortical", "convexity"} <= words


# A word of a finding's own name is no attribute of the denied item ("small" of "small bowel"), and a normal word
# ("midline") speaks only of its own part of a report sentence (retired blind 31, b31-v125).
_SBO = ("CT abdomen and pelvis with contrast. Small bowel: Dilated fluid-filled jejunal loops up to 4 cm, with a small "
        "bowel faeces sign immediately proximal to an abrupt transition point, where the ileum is tethered deep to the "
        "midline laparotomy scar. The distal ileum is collapsed.")
_SBO_NONE = ("CT abdomen and pelvis with contrast. Small bowel: Dilated fluid-filled jejunal loops up to 4 cm with an "
             "abrupt transition point deep to the midline laparotomy scar. No small bowel faeces sign. The distal ileum "
             "is collapsed.")
_EFFUSION = ("Chest radiograph. There is a small left pleural effusion with a meniscus, and the hilar vessels are of normal "
             "calibre.")


def test_a_denied_item_named_with_a_size_word_is_compared() -> None:
    chain = "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."
    assert flips(_SBO, chain) == ["aligned-polarity-flip"]


@pytest.mark.parametrize(("report", "chain"), [
    # the faithful chain states the sign
    (_SBO, "1. Dilated jejunal loops with a small bowel faeces sign at an abrupt transition point. A."),
    # the report denies the sign: the chain's denial is faithful
    (_SBO_NONE, "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. "
                "A."),
    # a graded denial ("no small effusion": "small" grades the effusion) is still no flip of the report's statement
    (_EFFUSION, "1. There is no small pleural effusion with a meniscus. A."),
    # the part with the normal word states no thing a chain may not deny ("the hilar vessels are of normal calibre")
    (_EFFUSION, "1. A small left pleural effusion with a meniscus. No hilar vessels are seen on the left. A."),
])
def test_near_misses_of_named_and_normal_words_are_not_flipped(report: str, chain: str) -> None:
    assert flips(report, chain) == []


# Device names the table lacked (issue #8, negerr51): a chain's "dual-chamber generator" and "port reservoir" were read
# as nothing, so a generator or port put on the wrong side went unseen (b38-v016, b49-v017, b49-v046).
_PACER = ("Chest radiograph. A left pectoral dual-chamber pacemaker generator is present, with leads via the left "
          "subclavian vein to the right atrium and right ventricle. No pneumothorax.")
_PORT = ("Chest radiograph. A port reservoir lies in the left infraclavicular subcutaneous tissues, with the catheter tip "
         "at the cavoatrial junction. No pneumothorax.")


def contradicted(report: str, chain: str) -> list[tuple[str, str]]:
    v = verify(chain, report=report, options=_OPTIONS, chosen="A")
    return [(fv.finding.concept, fv.rule or "") for st in v.steps for fv in st.verdicts
            if fv.verdict.value == "contradicted" and fv.consistent is False]


@pytest.mark.parametrize(("text", "concept"), [
    ("There is a left pectoral dual-chamber generator.", "pacemaker"),
    ("A single chamber generator in the right pectoral pocket.", "pacemaker"),
    ("The port reservoir lies in the left infraclavicular region.", "port"),
])
def test_device_names_are_read(text: str, concept: str) -> None:
    assert concept in {f.concept for f in default_verifier().extract_findings(text)}


@pytest.mark.parametrize(("report", "chain", "concept"), [
    (_PACER, "Right pectoral dual-chamber generator with two leads. No pneumothorax. A.", "pacemaker"),
    (_PORT, "The port reservoir lies in the right infraclavicular region. No pneumothorax. A.", "port"),
])
def test_a_device_on_the_wrong_side_is_contradicted(report: str, chain: str, concept: str) -> None:
    assert [c for c, _rule in contradicted(report, chain)] == [concept]


@pytest.mark.parametrize(("report", "chain"), [
    (_PACER, "Left pectoral dual-chamber generator with two leads. No pneumothorax. A."),
    (_PORT, "The port reservoir lies in the left infraclavicular region. No pneumothorax. A."),
    # a reservoir of another kind is no port ("an Ommaya reservoir"): not read as one, nothing to contradict
    (_PORT, "An Ommaya reservoir is noted. The port reservoir is on the left. A."),
])
def test_a_device_on_its_side_is_not_contradicted(report: str, chain: str) -> None:
    assert contradicted(report, chain) == []


# Review of negerr51: a size word of a finding's own name must be said by the report sentence too, and a report
# sentence that holds its finding open (a hedge, a hypothesis, a comparison, the past) states no part apart.
_SBO_BARE = _SBO_NONE.replace(" No small bowel faeces sign.", "")


@pytest.mark.parametrize(("report", "chain"), [
    ("CT abdomen. Large bowel obstruction due to a sigmoid mass, with caecal dilatation to 10 cm.",
     "1. Large bowel obstruction from a sigmoid mass.\n2. No small bowel obstruction due to the sigmoid mass. A."),
    (_SBO_BARE + " Colon normal; small bowel faeces sign, if present, would favour obstruction.",
     "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."),
    (_SBO_BARE + " Normal colon; comparison: small bowel faeces sign in 2019.",
     "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."),
    (_SBO_BARE + " Normal colon, small bowel faeces sign on the prior CT.",
     "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."),
    (_SBO_BARE + " Normal colon, possibly a small bowel faeces sign.",
     "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."),
])
def test_a_sign_held_open_or_of_another_size_is_not_flipped(report: str, chain: str) -> None:
    assert flips(report, chain) == []


def test_a_sign_stated_beside_a_normal_part_is_still_flipped() -> None:
    report = _SBO_BARE + (
        " The colon is normal in calibre, with a small bowel faeces sign in the distal ileum.")
    chain = "1. Dilated jejunal loops with an abrupt transition point.\n2. No small bowel faeces sign is present. A."
    assert flips(report, chain) == ["aligned-polarity-flip"]
