"""Property-based API tests: schemathesis generates requests from our OpenAPI schema and checks
that no request makes the server fail (5xx), that status codes, content types and bodies match
what the schema declares. A small example budget keeps the run short; `derandomize` makes CI
runs repeatable.
"""

from __future__ import annotations

import json
import warnings

import pytest

pytest.importorskip("fastapi", reason="needs the [web] extra")
schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (dev extra)")

from hypothesis import HealthCheck, settings  # noqa: E402

from schemathesis.checks import positive_data_acceptance  # noqa: E402

from claimgraph.api import create_app  # noqa: E402

TOKEN = "schema-test-token"
# a store in memory, opened once for the module (on the app's store thread)
APP = create_app(":memory:", token=TOKEN, max_bytes=200_000)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def _quiet_starlette():
    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        yield


@schemathesis.serializer("application/x-ndjson")
def _json_lines(ctx, value):
    """The schema describes a JSON-lines body as the array of its lines."""
    items = value if isinstance(value, list) else [value]
    return "\n".join(json.dumps(item) for item in items).encode("utf-8")


@schema.auth()
class BearerToken:
    """The write token, sent the way a client sends it (schemathesis also tries without)."""

    def get(self, case, context):
        return TOKEN

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    # Not checked: "schema-valid data is accepted". A body can be a valid string and still be
    # refused for what it says (no German or English text -> 422, only whitespace -> 400),
    # which JSON Schema cannot express; every other default check runs.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
