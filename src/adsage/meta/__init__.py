"""The Meta Marketing API: publish plans and A/B sets as paused drafts, read insights back."""
