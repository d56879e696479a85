"""HTML reports of runs and paired comparisons between runs.

Public API (called by the ``medstep report`` / ``medstep compare`` commands):

* :func:`render_report` -- one self-contained HTML file for a run.
* :func:`compare_runs` -> :class:`Comparison`, :func:`print_comparison` (rich
  tables) and :func:`render_compare_html`.

matplotlib and PIL are imported only while rendering, so importing this
package is cheap.
"""

from medstep.report.compare import Comparison, compare_runs
from medstep.report.compare_out import print_comparison, render_compare_html
from medstep.report.render import render_report

__all__ = ["Comparison", "compare_runs", "print_comparison", "render_compare_html", "render_report"]
