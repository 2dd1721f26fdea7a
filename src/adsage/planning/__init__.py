"""Numbers behind a plan: budget split and schedule, A/B test sizing."""
