"""Findings: pure functions from package tables to DataFrames or numbers."""
