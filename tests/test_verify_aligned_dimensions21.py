"""A measurement of several dimensions ("4.2 x 2.5 cm") is compared too, as the span of its smallest to its largest
dimension: before, a sentence stating one was read as measuring nothing (verify/aligned._mm, issue #8, verr21).
Sentences of our own."""

from medstep.verify import verify

_TESTES = ("Ultrasound of both testes. The right testis measures 4.2 x 2.5 cm with normal echotexture. The left testis "
           "is small and heterogeneous, measuring 2.1 x 1.2 cm, with reduced flow.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_TESTES).steps for v in s.verdicts]


def test_a_measurement_against_one_of_several_dimensions():
    assert "aligned-size-conflict" in _rules("The right testis has a normal echotexture and measures 1.1 cm.")
    for chain in ("The right testis has a normal echotexture and measures 4 cm.",
                  "The right testis has a normal echotexture and measures 4.2 x 2.5 cm.",
                  "The right testis has a normal echotexture and measures 2.5 cm across."):
        assert "aligned-size-conflict" not in _rules(chain), chain


def test_two_measurements_of_several_dimensions():
    assert "aligned-size-conflict" in _rules("The right testis has a normal echotexture and measures 1.5 x 1.1 cm.")
