"""Attribute errors of one-error chains the verifier did not see (issue #8, lane errs42). Each wrong attribute is
contradicted; the same attribute in other words, units or rounding is not. Sentences of our own.

* A claim's measurement matched with a mention of its concept that states no size ("A calcified nodule is seen")
  while the report measures the thing in a sentence naming no concept ("The largest measures 8 mm"): the size was
  compared with nothing. It is now compared as an unnamed thing's (``aligned._carries``), and a report sentence whose
  subject is a bare superlative takes the words of the sentence before (``aligned_words.SUPERLATIVE_SUBJECT``).
* The number and arc of an abnormal rib other than a fractured one (destruction, a lytic or sclerotic lesion,
  notching, hypoplasia, resection): read for fractures only (``rib_sites.RIB_KINDS``).
* A change told by two measurements of several dimensions ("6.1 x 5.0 cm, previously 4.0 x 3.6 cm"): only the last
  dimension of each was read (``measured_change``).
* The part of a hollow organ along its length (the base or tip of the appendix, the neck or fundus of the
  gallbladder, the dome or base of the bladder, the fundus or cervix of the uterus): read as the organ
  (``answers/sites.tsv``).
"""

import time

import pytest

from medstep.verify import verify
from medstep.verify.aligned_words import SUPERLATIVE_SUBJECT
from medstep.verify.measured_change import measured_change
from medstep.verify.rib_sites import read_rib_sites


def _contradicted(chain: str, report: str) -> bool:
    return any(
        v.verdict.value == "contradicted" and v.consistent is False
        for s in verify(chain, report=report).steps
        for v in s.verdicts
    )


_NODULES = (
    "Findings: There are multiple pulmonary nodules. The largest measures 8 mm in the right lower lobe. "
    "A calcified nodule is seen in the left upper lobe."
)
_CYSTS = (
    "Findings: Multiple hepatic cysts are present. The dominant one is 22 mm across, in segment 6. "
    "Another cyst lies in segment 2."
)
_THYROID = (
    "Findings: Several thyroid nodules. The dominant one measures 12 mm in the right lobe. "
    "A tiny colloid nodule is seen on the left."
)
_SPLEEN = (
    "Findings: Multiple splenic lesions are present. The largest measures 25 mm in the lower pole. "
    "A further lesion lies at the hilum."
)
_NODES = (
    "Findings: Enlarged mesenteric lymph nodes. The largest is 16 mm in short axis. "
    "A node is also noted near the root of the mesentery."
)


@pytest.mark.parametrize(
    "report, wrong, faithful",
    [
        (
            _NODULES,
            "The largest nodule measures 19 mm in the right lower lobe.",
            "The largest nodule measures 0.8 cm in the right lower lobe.",
        ),
        (
            _CYSTS,
            "The dominant hepatic cyst measures 55 mm across, in segment 6.",
            "The dominant hepatic cyst measures 2.2 cm across, in segment 6.",
        ),
        (
            _THYROID,
            "The dominant thyroid nodule measures 30 mm in the right lobe.",
            "The dominant thyroid nodule measures 1.2 cm in the right lobe.",
        ),
        (
            _SPLEEN,
            "The largest splenic lesion measures 60 mm in the lower pole.",
            "The largest splenic lesion is 2.5 cm, in the lower pole.",
        ),
        (
            _NODES,
            "The largest lymph node measures 40 mm in short axis.",
            "The largest lymph node measures 1.6 cm in short axis.",
        ),
    ],
)
def test_a_size_the_report_gives_a_bare_superlative_is_compared(report: str, wrong: str, faithful: str) -> None:
    assert _contradicted(wrong, report)
    assert not _contradicted(faithful, report)


def test_a_superlative_with_a_noun_of_its_own_is_no_bare_subject() -> None:
    assert SUPERLATIVE_SUBJECT.match("The largest measures 8 mm.") is not None
    assert SUPERLATIVE_SUBJECT.match("The dominant one, in the right lobe, is 12 mm.") is not None
    assert SUPERLATIVE_SUBJECT.match("The largest nodule measures 8 mm.") is None
    assert SUPERLATIVE_SUBJECT.match("The largest of them lies anteriorly.") is None


@pytest.mark.parametrize(
    "report, wrong, faithful",
    [
        (
            "Findings: There is an expansile lytic lesion of the left 7th rib posteriorly.",
            "An expansile lytic lesion involves the left 3rd rib posteriorly.",
            "There is an expansile lytic lesion in the posterior left seventh rib.",
        ),
        (
            "Findings: Sclerotic metastases involve the right second and third ribs anteriorly.",
            "Sclerotic metastases involve the right eighth and ninth ribs anteriorly.",
            "Sclerotic deposits are seen in the anterior right 2nd-3rd ribs.",
        ),
        (
            "Findings: Inferior notching of the posterior 4th to 8th ribs bilaterally.",
            "Notching of the anterior ribs is present bilaterally.",
            "There is notching of the posterior fifth to seventh ribs on both sides.",
        ),
        (
            "Findings: The right 5th and 6th ribs have been resected laterally.",
            "The right 9th and 10th ribs have been resected laterally.",
            "Resection of the lateral right fifth and sixth ribs.",
        ),
        (
            "Findings: A destructive lesion involves the posterior left 10th rib.",
            "A destructive lesion involves the anterior left tenth rib.",
            "There is destruction of the left tenth rib posteriorly.",
        ),
        (
            "Findings: The right 1st and 2nd ribs are hypoplastic.",
            "The right 6th and 7th ribs are hypoplastic.",
            "The first and second ribs on the right are hypoplastic.",
        ),
        (
            "Findings: There is cortical erosion of the left 5th rib laterally.",
            "There is cortical erosion of the left 5th rib posteriorly.",
            "Cortical erosion of the lateral left fifth rib.",
        ),
    ],
)
def test_the_site_of_an_abnormal_rib_is_compared(report: str, wrong: str, faithful: str) -> None:
    assert _contradicted(wrong, report)
    assert not _contradicted(faithful, report)


@pytest.mark.parametrize(
    "chain",
    [
        "There are old healed fractures of the left eighth and ninth ribs.",
        "There is a lytic lesion destroying the right second rib.",
    ],
)
def test_a_rib_is_compared_with_the_evidence_of_its_kind_only(chain: str) -> None:
    report = "Findings: Healed fractures of the left 8th and 9th ribs. A lytic lesion destroys the right 2nd rib."
    assert not _contradicted(chain, report)


def test_a_rib_named_as_a_level_is_no_abnormal_rib() -> None:
    assert read_rib_sites("The effusion reaches the level of the 7th posterior rib.") == []
    assert [r.kinds for r in read_rib_sites("A lytic lesion destroys the right 2nd rib.")] == [frozenset({"lesion"})]


@pytest.mark.parametrize(
    "report, wrong, faithful",
    [
        (
            "Findings: The renal mass measures 6.1 x 5.0 cm, previously 4.0 x 3.6 cm.",
            "The renal mass is stable in size.",
            "The renal mass has enlarged.",
        ),
        (
            "Findings: The cyst now measures 2.1 x 1.8 cm, compared with 3.9 x 3.0 cm on the prior scan.",
            "The cyst has grown since the prior scan.",
            "The cyst has become smaller since the prior scan.",
        ),
        (
            "Findings: The node measures 30 x 22 mm, up from 15 x 11 mm.",
            "The node has not changed in size.",
            "The node has roughly doubled in size.",
        ),
        (
            "Findings: The liver lesion measures 5.5 x 4.1 cm, previously 3.2 x 2.9 cm.",
            "The liver lesion is unchanged from the prior examination.",
            "The liver lesion has increased in size since the prior examination.",
        ),
    ],
)
def test_a_change_told_by_two_measurements_of_several_dimensions(report: str, wrong: str, faithful: str) -> None:
    assert _contradicted(wrong, report)
    assert not _contradicted(faithful, report)


def test_a_measurement_is_its_largest_dimension() -> None:
    assert measured_change("6.0 x 4.2 cm, previously 4.0 x 3.8 cm") == ("worsened", 0, 12)
    assert measured_change("2.0 x 1.6 cm, previously 2.0 x 1.5 cm")[0] == "stable"  # type: ignore[index]
    assert measured_change("41 mm (previously 33 mm)") == ("worsened", 0, 5)
    assert not _contradicted(
        "The adrenal nodule is unchanged in size.",
        "Findings: The adrenal nodule measures 2.0 x 1.6 cm, previously 2.0 x 1.5 cm.",
    )


@pytest.mark.parametrize(
    "report, wrong, faithful",
    [
        (
            "Findings: A 9 mm calculus is impacted at the base of the appendix, which is dilated.",
            "A 9 mm calculus sits at the appendix tip.",
            "A 9 mm calculus is impacted at the appendiceal origin.",
        ),
        (
            "Findings: An 18 mm gallstone is impacted in the neck of the gallbladder.",
            "An 18 mm gallstone lies in the gallbladder fundus.",
            "An 18 mm gallstone is impacted in the gallbladder.",
        ),
        (
            "Findings: Adenomyomatosis thickens the fundus of the gallbladder.",
            "Adenomyomatosis thickens the neck of the gallbladder.",
            "Adenomyomatosis thickens the gallbladder fundus.",
        ),
        (
            "Findings: A 2 cm sessile tumour arises from the dome of the bladder.",
            "A 2 cm sessile tumour arises from the trigone.",
            "A 2 cm sessile tumour arises from the bladder dome.",
        ),
        (
            "Findings: A 3 cm submucosal fibroid lies in the fundus of the uterus.",
            "A 3 cm submucosal fibroid lies in the uterine cervix.",
            "A 3 cm submucosal fibroid lies in the uterine fundus.",
        ),
    ],
)
def test_the_part_of_a_hollow_organ_is_a_place(report: str, wrong: str, faithful: str) -> None:
    assert _contradicted(wrong, report)
    assert not _contradicted(faithful, report)


@pytest.mark.parametrize(
    "hostile",
    [
        "the largest" + " one" * 5000,
        "the largest   " * 2000 + "is",
        "1 x " * 6000 + "cm",
        "2 x 3 x " * 3000 + "mm previously 4 mm",
        "rib " * 3000 + "fracture " + "lytic " * 2000,
    ],
)
def test_the_new_patterns_are_linear_on_hostile_text(hostile: str) -> None:
    start = time.perf_counter()
    SUPERLATIVE_SUBJECT.match(hostile)
    measured_change(hostile)
    read_rib_sites(hostile)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "chain",
    [
        "A faint pulmonary lesion is superimposed on the right seventh rib laterally.",
        "There is a calcified deposit in the right lung overlying the anterior third rib.",
        "A small lesion projects over the right anterior first rib, likely a healed granuloma.",
    ],
)
def test_a_rib_named_as_the_landmark_of_a_lung_finding_is_no_rib_lesion(chain: str) -> None:
    # the rib places a lung finding; it is not a bone lesion of that rib to compare with the report's rib lesion
    report = "Expansile lytic lesion of the right posterior sixth rib. Calcified granuloma over the right anterior rib."
    assert not _contradicted(chain, report)


def test_a_lesion_of_the_rib_itself_is_still_compared() -> None:
    report = "Expansile lytic lesion of the right posterior sixth rib."
    assert _contradicted("Expansile lytic lesion of the right posterior ninth rib.", report)
