"""The agreements fact family: trigger lexicon in data/triggers.yaml, rules in rules.py."""

from pactwatch.extract.agreements.rules import NAME, find

__all__ = ["NAME", "find"]
