"""The web page: views (every page has a JSON twin in `claimgraph.api`), templates, static files.

`render` marks up an article from escaped text segments, `graph` draws the source graph as SVG,
`security` holds the headers and size-limit middleware, `schemas` the OpenAPI fragments.
"""
