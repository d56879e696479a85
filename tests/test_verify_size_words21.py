"""A size written in words ("nine centimetres", "half a centimetre") is read as its number: before, a chain that wrote
a 3 cm mass as "about nine centimetres" stated no size at all (verify/scope_words.size_attr, issue #8, verr21).
Sentences of our own."""

from medstep.verify import extract_findings, verify

_REPORT = "CT of the chest. A 3 cm spiculated mass lies in the right upper lobe. A 5 mm nodule lies in the left lower lobe."


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_REPORT).steps for v in s.verdicts]


def test_sizes_in_words():
    assert [f.size for f in extract_findings("a spiculated mass of about nine centimetres") if f.concept == "mass"] == [
        90.0]
    assert [f.size for f in extract_findings("a nodule of half a centimetre") if f.concept == "pulmonary_nodule"] == [
        5.0]


def test_a_size_in_words_against_the_report():
    assert "size-conflict" in _rules("A spiculated mass of about nine centimetres lies in the right upper lobe.")
    assert "size-conflict" not in _rules("A spiculated mass of about three centimetres lies in the right upper lobe, and "
                                         "a nodule of half a centimetre lies in the left lower lobe.")
