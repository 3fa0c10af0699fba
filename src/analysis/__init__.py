"""Analysis of Dutch subnational governments' ties with China: data package in, findings out."""

from analysis.package import DEFAULT_PATH, InvalidPackage, Package, Problem, check, load, validate

__all__ = ["DEFAULT_PATH", "InvalidPackage", "Package", "Problem", "check", "load", "validate"]
