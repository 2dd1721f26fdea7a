"""Pure validators: each takes a validated input model and returns ``list[Finding]``."""
