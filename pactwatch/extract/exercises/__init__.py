"""The exercises fact family: trigger lexicon in data/triggers.yaml, rules in rules.py."""

from pactwatch.extract.exercises.rules import NAME, find

__all__ = ["NAME", "find"]
