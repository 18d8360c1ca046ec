"""The 'en' language pack: lexicons in this folder, rules in rules.py."""

from pathlib import Path

from ..base import LanguagePack
from . import rules

PACK = LanguagePack(code="en", folder=Path(__file__).parent, find=rules.find)
