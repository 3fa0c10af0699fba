"""Altair chart builders: findings in, accessible charts out."""
