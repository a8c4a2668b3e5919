"""The database schema (SQLAlchemy 2 typed declarative). No sessions, no Qt, no pandas here."""

from app.models.base import Base
from app.models.contact import Contact, ContactOutcome
from app.models.customer import Channel, Customer
from app.models.customer_merge import CustomerIdentity, CustomerMerge, DuplicateDismissal
from app.models.feedback import Complaint, ComplaintStatus, Score, ScoreSource
from app.models.import_batch import ImportBatch
from app.models.level import CustomerLevel
from app.models.points import PointsEntry
from app.models.prediction import CustomerPrediction
from app.models.purchase import Purchase
from app.models.referral import ReferralReward
from app.models.segment import CustomerStats, SegmentSnapshot
from app.models.setting import Setting
from app.models.task import Task, TaskStatus
from app.models.template import Template

__all__ = [
    "Base",
    "Channel",
    "Complaint",
    "ComplaintStatus",
    "Contact",
    "ContactOutcome",
    "Customer",
    "CustomerIdentity",
    "CustomerLevel",
    "CustomerMerge",
    "CustomerPrediction",
    "CustomerStats",
    "DuplicateDismissal",
    "ImportBatch",
    "PointsEntry",
    "Purchase",
    "ReferralReward",
    "Score",
    "ScoreSource",
    "SegmentSnapshot",
    "Setting",
    "Task",
    "TaskStatus",
    "Template",
]
