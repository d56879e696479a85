"""QA regression: `medstep report` must not pay for scipy (about 1 s) when it compares nothing."""

import subprocess
import sys


def test_report_package_import_does_not_load_scipy_stats():
    code = "import sys, medstep.report, medstep.score.paired; print('scipy.stats' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_mcnemar_still_exact():
    from medstep.score.paired import mcnemar_exact

    assert mcnemar_exact(0, 0) == 1.0
    assert abs(mcnemar_exact(2, 0) - 0.5) < 1e-12
    assert abs(mcnemar_exact(0, 6) - 2 / 64) < 1e-12
