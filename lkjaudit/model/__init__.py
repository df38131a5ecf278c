"""The report model: pydantic models only, no I/O, nothing from the CLI."""
