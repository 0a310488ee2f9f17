"""Reads an .ics file with the `icalendar` package (PyPI) and prints its events as JSON.

Usage: python3 read_ics.py FILE
"""

import json
import sys

from icalendar import Calendar

raw = open(sys.argv[1], "rb").read()
calendar = Calendar.from_ical(raw)
events = []
for event in calendar.walk("VEVENT"):
    events.append(
        {
            "uid": str(event["UID"]),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
            "start": event.decoded("DTSTART").isoformat(),
            "start_is_date": type(event.decoded("DTSTART")).__name__ == "date",
            "end": event.decoded("DTEND").isoformat(),
            "stamp": event.decoded("DTSTAMP").isoformat(),
            "alarms": [
                {
                    "action": str(alarm["ACTION"]),
                    "trigger_seconds": alarm.decoded("TRIGGER").total_seconds(),
                }
                for alarm in event.walk("VALARM")
            ],
        }
    )
lines = raw.split(b"\r\n")
print(
    json.dumps(
        {
            "version": str(calendar["VERSION"]),
            "prodid": str(calendar["PRODID"]),
            "events": events,
            "longest_line": max(len(line) for line in lines),
            "bare_newlines": raw.replace(b"\r\n", b"").count(b"\n"),
        },
        ensure_ascii=False,
    )
)
