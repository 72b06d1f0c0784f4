"""The draft of an event that the passes of the ``events`` step read and change.

A :class:`Draft` is one trigger found in the text (:mod:`._triggers`) with its clause,
kind, mode and status; the passes that follow drop drafts that name no event
(:mod:`._event_filters`, :mod:`._event_nouns`), change their kind or absorb one into
another (:mod:`._speech_acts`), give them participants (:func:`._event_roles.find_roles`,
:mod:`._implied_roles`), and finally merge, date and write them as events
(:mod:`._event_building`). The two word sets here are read by passes in more than one
of those modules.
"""

from __future__ import annotations

import attrs

from newsdoc._extract._event_context import Range
from newsdoc._extract._event_lexicon import TriggerEntry
from newsdoc._extract._event_roles import Roles
from newsdoc._models import EventStatus, Quote, Statement, Time

__all__ = ["DIRECT_QUOTES", "NONE_OF", "Draft"]

_NO_ROLES = Roles()


@attrs.define
class Draft:
    """One trigger and what the passes have read of it so far."""

    start: int
    end: int
    form: str
    entry: TriggerEntry
    kind: str
    mode: str | None
    noun: bool
    sentence: Range
    clause: Range
    status: EventStatus
    # every draft still kept when participants are read gets its own (see find_roles);
    # none reads or changes this shared empty one
    roles: Roles = _NO_ROLES
    location: str | None = None
    statement: Statement | None = None
    time: Time | None = None


#: Quantifiers under which an event noun counts no happening: "no arrests were made",
#: "before any new loan", "did not recommend any travel or trade restrictions".
NONE_OF = frozenset({"no", "any"})
#: The statements whose quotation marks hold the speaker's own words.
DIRECT_QUOTES = (Quote.DIRECT, Quote.MIXED)
