"""Reads an .eml file with Python's own e-mail parser and prints what it found as JSON.

Usage: python3 read_eml.py FILE
"""

import email
import email.policy
import hashlib
import json
import sys

raw = open(sys.argv[1], "rb").read()
message = email.message_from_bytes(raw, policy=email.policy.default)


def mailboxes(header):
    value = message[header]
    if value is None:
        return []
    return [[a.display_name, a.addr_spec] for a in value.addresses]


def body(kind):
    part = message.get_body(preferencelist=(kind,))
    return None if part is None else part.get_content()


attachments = []
for part in message.iter_attachments():
    content = part.get_content()
    attachments.append(
        {
            "name": part.get_filename(),
            "type": part.get_content_type(),
            "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
        }
    )

defects = [type(d).__name__ for d in message.defects]
for part in message.walk():
    defects += [type(d).__name__ for d in part.defects]

print(
    json.dumps(
        {
            "from": mailboxes("From"),
            "to": mailboxes("To"),
            "cc": mailboxes("Cc"),
            "subject": str(message["Subject"]),
            "date": message["Date"].datetime.isoformat(),
            "message_id": str(message["Message-ID"]),
            "x_unsent": str(message["X-Unsent"]),
            "content_type": message.get_content_type(),
            "plain": body("plain"),
            "html": body("html"),
            "attachments": attachments,
            "defects": defects,
            "longest_line": max(len(line) for line in raw.split(b"\r\n")),
            "bare_newlines": raw.replace(b"\r\n", b"").count(b"\n"),
        },
        ensure_ascii=False,
    )
)
