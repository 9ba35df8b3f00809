"""The pure domain core: model, target grammar, money. No I/O, no framework."""
