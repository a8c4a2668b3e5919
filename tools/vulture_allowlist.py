"""Names vulture reports as unused that are used in ways it cannot see (CI: `vulture`, see
pyproject's [tool.vulture]). Each line says why; keep it short. Never run: vulture only reads it."""
# ruff: noqa: B018, F821

# SQLAlchemy: the declarative base reads these; columns are read and written by raw SQL
# (sqlite3 fast paths), and the schema is fixed by the migrations.
metadata
type_annotation_map
referred_by_id
created_by_batch_id
updated_at
dedup_key
first_order_on
last_order_on
computed_as_of
value_json
occasion_key
snoozed_until
reason_params
completed_at
snapshot_json  # customer_merges, duplicate_dismissals: written and read by raw SQL
low_id
high_id
dismissed_at
first_purchase_id  # referral_rewards: written by raw SQL (the line of the first order)
_.snoozed_until  # ORM attribute assignments, flushed by the session
_.completed_at

# Stored vocabulary: databases written by earlier versions may hold these outcomes and reasons.
CALLED
MET
BEFORE_UNDO

# Library hooks: sqlite3 and numpy attributes, Jinja's sandbox overrides, Qt event overrides.
_.row_factory
_.isolation_level
_.writeable
intercepted_binops
_.call_binop
_.visit_For
_.visit_Concat
__self
# Called by name from compiled scripts (the sandbox's parse step puts them there).
_.counted_loop
_.bounded_concat
_.dragEnterEvent
_.dropEvent

# Looked up by name: pages in main_window.PAGE_CLASSES, JSON editors in setting_editors,
# translatable error texts collected by tools/update_translations.py, a lazy module __getattr__.
CustomersPage
DashboardPage
MessagesPage
SegmentsPage
ProductsPage
TodayPage
ReminderRulesEditor
ERROR_TEXTS
__getattr__

# Result records: fields that say what happened; tests read them.
dropped_totals_row
_.dropped_totals_row
restored_from
rows_deleted
references_cleared

# Observers that let tests and benchmarks watch or drive the UI as a person would (no other
# behaviour): the test clock's controls, the job runner's idle check, an error label, a chart cell.
_.on
_.advance
_.is_busy
_.error_text
_.cell_centre


# compute_dashboard's twelve-month figures: the period cards (dashboard/figures.py) replaced them
# on the page; tests/services/dashboard/test_metrics.py still pins them until the monthly report
# decides whether to reuse or drop them.
_.average_clv_minor
_.average_order_minor
_.median_days_between_orders
_.came_back_within_90d
_.returning_revenue_share

# Loyalty: `below_since` is an ORM column written and read through SQL (levels.recalculate);
# the recalculation's counts are the result the day's refresh returns (tests read them, the log
# could); the ladder editor keeps its last preview for whoever asks (the tests do).
_.below_since
_.moved_up
_.moved_down
_.pending_down
_.last_preview

# Autopilot: `send-due` prints RunResult's counts by name (getattr).
_.planned

# Team mode: psycopg's connection attribute, set to mirror sqlite3's isolation_level = None.
_.autocommit
# Dashboard pictures from hand-made lines: the charts tests and benchmark build them so.
_.charts_from_lines
# Team mode's copy: psycopg's server-side cursor reads this many rows per round trip.
_.itersize
# Team mode: fields of value objects compared whole (a change Mark) or read by tests (a Claim).
_.last_id
_.expires_at
