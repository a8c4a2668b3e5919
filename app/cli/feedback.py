"""`feedback import FILE`: add satisfaction scores from a survey export (a Google Forms CSV).

Responses are matched to existing customers by e-mail or phone; the ones matching nobody are
listed (line, contact, why) and never become customers. Separate from `import`, which reads
sales.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import SubParsers, add_db_options, open_db_for, subparser


def register_feedback(commands: SubParsers) -> None:
    sub = subparser(commands, "feedback", "satisfaction scores (import FILE: a Google Forms "
                    "responses CSV)", cmd_feedback)
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    survey = actions.add_parser("import", help="add scores from a survey export, matched to "
                                "customers by e-mail or phone")
    survey.add_argument("file", type=Path, metavar="FILE")
    add_db_options(survey, default=argparse.SUPPRESS)


def cmd_feedback(args: argparse.Namespace) -> int:
    from app.services.feedback.figures import nps_from_scores
    from app.services.feedback.survey import import_survey
    from app.services.settings import Settings

    db = open_db_for(args, writing=True)
    result = import_survey(db, Settings(db), args.file)
    figures = nps_from_scores(result.scores)
    print(f"added: {result.added}")
    print(f"already stored: {result.already}")
    print(f"complaints opened: {result.complaints}")
    print(f"not matched: {len(result.not_matched)}")
    print(f"rejected: {len(result.rejected)}")
    if figures.nps is not None and figures.csi is not None:
        print(f"NPS of the added answers: {figures.nps:+.0f} ({figures.answers} answers:"
              f" {figures.promoters} promoters, {figures.passives} passives,"
              f" {figures.detractors} detractors)")
        print(f"CSI of the added answers: {figures.csi:.1f}")
    for item in [*result.not_matched, *result.rejected]:
        print(f"line {item.line}\t{item.contact}\t{item.reason}")
    return 0
