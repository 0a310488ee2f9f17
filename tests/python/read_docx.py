"""Reads a .docx file with python-docx and prints what Word would see as JSON: the styles,
the language, the properties, the page set-up, the frames, the paragraphs with their styles,
and the fields in the footers.

Usage: python3 read_docx.py FILE
"""

import json
import sys

import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
styles = document.styles
defaults = styles.element.find(qn("w:docDefaults"))
lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
section = document.sections[0]
properties = document.core_properties


def frame_of(paragraph):
    ppr = paragraph._p.pPr
    found = None if ppr is None else ppr.find(qn("w:framePr"))
    if found is None:
        return None
    return {key.split("}")[1]: value for key, value in found.attrib.items()}


def fields(part):
    return [t.text.strip() for t in part._element.iter(qn("w:instrText"))]


print(
    json.dumps(
        {
            "styles": sorted(s.name for s in styles),
            "lang": lang.get(qn("w:val")),
            "title": properties.title,
            "author": properties.author,
            "subject": properties.subject,
            "keywords": properties.keywords,
            "language": properties.language,
            "created": properties.created.isoformat(),
            "page_mm": [round(section.page_width.mm, 1), round(section.page_height.mm, 1)],
            "margins_mm": [
                round(section.top_margin.mm, 1),
                round(section.right_margin.mm, 1),
                round(section.bottom_margin.mm, 1),
                round(section.left_margin.mm, 1),
            ],
            "different_first_page": section.different_first_page_header_footer,
            "paragraphs": [
                {
                    "style": p.style.name,
                    "text": p.text,
                    "frame": frame_of(p),
                    "bold": [r.text for r in p.runs if r.bold],
                }
                for p in document.paragraphs
            ],
            "header": [p.text for p in section.header.paragraphs],
            "footer_fields": fields(section.footer),
            "first_footer_fields": fields(section.first_page_footer),
        },
        ensure_ascii=False,
    )
)
