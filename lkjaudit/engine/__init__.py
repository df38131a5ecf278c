"""The rule engine: registered primitives, declarative rule packs, the runner."""
