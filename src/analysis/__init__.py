"""Analysis of Dutch subnational governments' ties with China: data package in, findings out."""

from analysis.package import DEFAULT_PATH, Package, load
from analysis.validate import InvalidPackage, Problem

__all__ = ["DEFAULT_PATH", "InvalidPackage", "Package", "Problem", "load"]
