"""The mechanisms fact family: trigger lexicon in data/triggers.yaml, rules in rules.py."""

from pactwatch.extract.mechanisms.rules import NAME, find

__all__ = ["NAME", "find"]
