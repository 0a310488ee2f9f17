"""Checks a PDF against PDF/A-2b with pikepdf's validator (the veraPDF rules, in a second,
independent implementation) and reads its XMP packet; prints both as JSON.

Usage: python3 read_pdfa.py FILE
"""

import json
import sys

import pikepdf
import pikepdf.pdfa

report = pikepdf.pdfa.validate_written(sys.argv[1], "2b")
with pikepdf.open(sys.argv[1]) as pdf:
    meta = pdf.open_metadata()
    xmp = {key: str(meta.get(key)) for key in [
        "dc:title", "dc:creator", "dc:description", "pdf:Keywords", "pdf:Producer",
        "xmp:CreatorTool", "xmp:CreateDate", "xmp:ModifyDate", "pdfaid:part",
        "pdfaid:conformance",
    ]}
    info = {str(k)[1:]: str(v) for k, v in pdf.docinfo.items()}
    intents = [str(i.get("/S")) for i in pdf.Root.get("/OutputIntents", [])]
    lang = str(pdf.Root.get("/Lang", ""))

print(
    json.dumps(
        {
            "verdict": str(report.verdict),
            "findings": sorted({str(f).split(" at ")[0] for f in report.findings}),
            "xmp": xmp,
            "info": info,
            "output_intents": intents,
            "lang": lang,
        },
        ensure_ascii=False,
    )
)
