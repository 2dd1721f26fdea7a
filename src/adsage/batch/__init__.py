"""Variant generation over many briefs: bounded concurrency, checkpoints, resume."""

from adsage.batch.runner import BatchResult, JobResult, job_key, run_batch

__all__ = ["BatchResult", "JobResult", "job_key", "run_batch"]
