from tests.services.autopilot.helpers import smtp  # noqa: F401
