"""Checks on real image and video files: read (probe), judge (checks), show (sheet)."""
