"""`python -m claimgraph` runs the CLI."""

from .cli import main

main()
