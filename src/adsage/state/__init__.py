"""Shared state for sessions, Slack threads and batch checkpoints, behind one small interface."""

from adsage.state.store import StateStore, open_state

__all__ = ["StateStore", "open_state"]
