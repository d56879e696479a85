"""The evidence readers memoise each sentence's reading (a new report is mostly sentences seen before): a text reads
the same with the sentence memos as without them, a sentence read in another context (the device or finding carried
in, an earlier-study clause, the findings inside it, the mark before it) is not answered from a stale entry, and the
memos are bounded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from medstep.verify import Verifier, airway_depth, descriptors, device_changes, dominance, measured_organs, rib_sites

_MEMOS = [(airway_depth, "_sentence_depths"), (device_changes, "_sentence_changes"), (rib_sites, "_sentence_site"),
          (descriptors, "_sentence_values"), (measured_organs, "_sentence_measures"), (dominance, "_piece")]

# each sentence appears in several texts, in other contexts
_TEXTS = [
    "Endotracheal tube terminates 1.5 cm above the carina. Recommend withdrawal by 2 cm.",
    "Recommend withdrawal by 2 cm.",
    "A right PICC line ends in the SVC. Recommend withdrawal by 2 cm. The feeding tube has been removed.",
    "The feeding tube has been removed. The nasogastric tube is new since yesterday.",
    "Six months ago the gallbladder wall measured 2 mm. Gallbladder wall measures 6 mm.",
    "Gallbladder wall measures 6 mm.",
    "Gallbladder wall measures 6 mm and the common bile duct is not dilated.",
    "Displaced fractures of the right 5th and 6th ribs. It is not displaced.",
    "There is a calcified nodule in the left upper lobe. It is not displaced.",
    "It is not displaced.",
    "Bilateral pleural effusions, R>L. Small left pneumothorax.",
    "Small left pneumothorax.R>L",
    "Pleural effusions.\nLarger on the right.",
    "Larger on the right. Loculated left effusion.",
    "Healing fracture of the left posterior 7th rib.\nHealing fracture of the left posterior 7th rib.",
]


@contextmanager
def _unmemoised() -> Iterator[None]:
    """Each sentence reader called through to its plain function (no memo)."""
    saved = [(mod, name, getattr(mod, name)) for mod, name in _MEMOS]
    try:
        for mod, name, fn in saved:
            setattr(mod, name, fn.__wrapped__)
        yield
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)


def _readings(v: Verifier, text: str) -> list[Any]:
    claims = v._claims(text)
    last = v._claims("Small left pleural effusion.")[0]
    return [airway_depth.read_depths.__wrapped__(text, None), airway_depth.read_depths.__wrapped__(text, "enteric"),
            device_changes.read_changes(text, None, claims), device_changes.read_changes(text, ("enteric", None), claims),
            rib_sites.read_rib_sites(text), measured_organs.read_measures(text),
            descriptors.read_descriptors(text, claims, {}),
            descriptors.read_descriptors(text, claims, {"displacement": "rib_fracture"}),
            dominance.read_dominance(text, claims), dominance.read_dominance(text, claims, last)]


def test_texts_read_the_same_with_and_without_the_sentence_memos() -> None:
    v = Verifier()
    for mod, name in _MEMOS:
        getattr(mod, name).cache_clear()
    warm = [_readings(v, t) for t in _TEXTS]  # sentences shared across texts are answered from the memos here
    assert all(getattr(mod, name).cache_info().hits for mod, name in _MEMOS)
    with _unmemoised():
        plain = [_readings(v, t) for t in _TEXTS]
    assert warm == plain


def test_a_sentence_reads_in_its_context() -> None:
    after_tube, alone = _TEXTS[0], _TEXTS[1]  # "Recommend withdrawal": of the tube before it, of nothing alone
    assert [d.family for d in airway_depth.read_depths(after_tube)[0]][-1:] == ["airway"]
    assert airway_depth.read_depths(alone)[0] == ()
    then, now = _TEXTS[4], _TEXTS[5]  # the 2 mm is an earlier study's; the 6 mm is this one's in both
    assert [m.mm for m in measured_organs.read_measures(then)] == [6.0] == [m.mm for m in measured_organs.read_measures(now)]
    # one sentence, "when the CBD measured 9 mm": of the earlier study right after a clause naming one, else of this one
    assert measured_organs.read_measures("Two years ago the aorta was large;when the CBD measured 9 mm.") == []
    assert [m.mm for m in measured_organs.read_measures("The aorta is large;when the CBD measured 9 mm.")] == [9.0]
    v = Verifier()
    rib, nodule = _TEXTS[7], _TEXTS[8]  # "It is not displaced." speaks of the rib fracture only
    assert [d.value for d in descriptors.read_descriptors(rib, v._claims(rib))[0]][-1:] == ["undisplaced"]
    assert all(d.axis != "displacement" for d in descriptors.read_descriptors(nodule, v._claims(nodule))[0])
    glued = _TEXTS[11]  # "R>L" right after a full stop is no comparison (the mark before it is read)
    assert dominance.read_dominance(glued, v._claims(glued))[0] == []
    assert [d.side for d in dominance.read_dominance(_TEXTS[10], v._claims(_TEXTS[10]))[0]] == ["right"]


@pytest.mark.parametrize(("mod", "name"), _MEMOS)
def test_the_sentence_memos_are_bounded(mod: Any, name: str) -> None:
    fn: Callable[..., Any] = getattr(mod, name)
    assert fn.cache_info().maxsize is not None
