//! What makes the PDF an archival PDF (PDF/A-2b, ISO 19005-2, level b): an XMP metadata
//! packet that says the same as the document information dictionary and names the
//! conformance, and an output intent with an embedded sRGB colour profile, so that the
//! colours the pages use (DeviceRGB, DeviceGray) are defined. The rest PDF/A asks of a file
//! the writer does anyway: fonts embedded with a ToUnicode map, no transparency, no
//! encryption or external content, the file identifier in the trailer, a binary second line.

use super::writer::{self, Writer};
use crate::documents::letter::Metadata;
use crate::formats::xml_text;

/// The colour profile of the output intent: sRGB IEC 61966-2-1, made by `assets/icc/make.py`.
const SRGB: &[u8] = include_bytes!("../../../assets/icc/sRGB.icc");

/// Which standard the PDF is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Standard {
    /// A plain PDF 1.7.
    Plain,
    /// PDF/A-2b: archival.
    A2b,
    /// Tagged: PDF/UA-1 (accessible) and PDF/A-2a (archival and accessible).
    #[default]
    Ua1,
}

impl Standard {
    /// Whether the PDF carries a structure tree.
    pub fn tagged(self) -> bool {
        self == Standard::Ua1
    }
}

/// The document's properties, as the information dictionary and the XMP packet both say
/// them.
pub(super) struct Properties<'a> {
    /// Title, author, subject and keywords.
    pub(super) metadata: &'a Metadata,
    /// The program, for Creator and Producer.
    pub(super) creator: &'a str,
    /// The document's date, `YYYY-MM-DD`.
    pub(super) date: &'a str,
}

/// For PDF/A, writes the metadata stream and the output intent's profile, and returns what
/// the catalogue adds: `/Metadata` and `/OutputIntents`. Nothing for a plain PDF.
pub(super) fn catalog_entries(standard: Standard, w: &mut Writer, p: &Properties<'_>) -> Vec<u8> {
    if standard == Standard::Plain {
        return Vec::new();
    }
    let tagged = standard.tagged();
    let metadata = w.reserve();
    let profile = w.reserve();
    // PDF/A: the metadata stream is not filtered, so that any tool can read it.
    w.stream(metadata, b" /Type /Metadata /Subtype /XML", xmp(p, tagged).as_bytes(), false);
    // Stored as it is: 588 bytes, not worth a compressor per letter.
    w.stream(profile, b" /N 3", SRGB, false);
    let mut entries = b" /Metadata ".to_vec();
    metadata.write(&mut entries);
    entries.extend_from_slice(
        b" /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 \
          /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) \
          /DestOutputProfile ",
    );
    profile.write(&mut entries);
    entries.extend_from_slice(b" >>]");
    entries
}

/// The information dictionary's entries: the same values as the XMP packet.
pub(super) fn info(p: &Properties<'_>) -> Vec<u8> {
    let date = pdf_date(p.date);
    let keywords = p.metadata.keywords.join(", ");
    let mut dict = b"<<".to_vec();
    for (key, value) in [
        ("Title", p.metadata.title.as_str()),
        ("Author", p.metadata.author.as_str()),
        ("Subject", p.metadata.subject.as_str()),
        ("Keywords", keywords.as_str()),
        ("Creator", p.creator),
        ("Producer", p.creator),
        ("CreationDate", date.as_str()),
        ("ModDate", date.as_str()),
    ] {
        if value.is_empty() {
            continue;
        }
        dict.extend_from_slice(b" /");
        dict.extend_from_slice(key.as_bytes());
        dict.push(b' ');
        writer::text_string(&mut dict, value);
    }
    dict.extend_from_slice(b" >>");
    dict
}

/// The XMP packet (ISO 16684-1) of the document: Dublin Core title, author and subject, the
/// PDF keywords and producer, the dates, and the PDF/A identification; for a tagged PDF the
/// PDF/UA identification too, with the extension schema PDF/A asks for a property it does not
/// know.
fn xmp(p: &Properties<'_>, tagged: bool) -> String {
    let m = p.metadata;
    let date = xmp_date(p.date);
    let alt = |value: &str| {
        format!("<rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>", xml_text(value))
    };
    let mut dc = String::new();
    if !m.title.is_empty() {
        dc.push_str(&format!("<dc:title>{}</dc:title>", alt(&m.title)));
    }
    if !m.author.is_empty() {
        dc.push_str(&format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            xml_text(&m.author)
        ));
    }
    if !m.subject.is_empty() {
        dc.push_str(&format!("<dc:description>{}</dc:description>", alt(&m.subject)));
    }
    let keywords = m.keywords.join(", ");
    let keywords = if keywords.is_empty() {
        String::new()
    } else {
        format!("<pdf:Keywords>{}</pdf:Keywords>", xml_text(&keywords))
    };
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
         xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n\
         <dc:format>application/pdf</dc:format>{dc}{keywords}\
         <pdf:Producer>{creator}</pdf:Producer>\
         <xmp:CreatorTool>{creator}</xmp:CreatorTool>\
         <xmp:CreateDate>{date}</xmp:CreateDate>\
         <xmp:ModifyDate>{date}</xmp:ModifyDate>\
         <xmp:MetadataDate>{date}</xmp:MetadataDate>\
         <pdfaid:part>2</pdfaid:part><pdfaid:conformance>{level}</pdfaid:conformance>\n\
         </rdf:Description>\n{ua}</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        creator = xml_text(p.creator),
        level = if tagged { "A" } else { "B" },
        ua = if tagged { UA } else { "" },
    )
}

/// The PDF/UA identification, and the extension schema that declares it for PDF/A.
const UA: &str = "<rdf:Description rdf:about=\"\" \
    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part>\
    </rdf:Description>\n\
    <rdf:Description rdf:about=\"\" \
    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" \
    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\
    <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\
    <pdfaProperty:name>part</pdfaProperty:name>\
    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
    <pdfaProperty:category>internal</pdfaProperty:category>\
    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed\
    </pdfaProperty:description></rdf:li></rdf:Seq></pdfaSchema:property>\
    </rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";

/// A date as the information dictionary writes it: `D:20261201000000Z`.
fn pdf_date(iso: &str) -> String {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 8 { format!("D:{digits}000000Z") } else { "D:19700101000000Z".to_owned() }
}

/// The same date as XMP writes it: `2026-12-01T00:00:00Z`.
fn xmp_date(iso: &str) -> String {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    match (digits.get(0..4), digits.get(4..6), digits.get(6..8)) {
        (Some(y), Some(m), Some(d)) if digits.len() == 8 => format!("{y}-{m}-{d}T00:00:00Z"),
        _ => "1970-01-01T00:00:00Z".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_agree_between_the_information_dictionary_and_xmp() {
        assert_eq!(pdf_date("2026-12-01"), "D:20261201000000Z");
        assert_eq!(xmp_date("2026-12-01"), "2026-12-01T00:00:00Z");
    }

    #[test]
    fn the_profile_is_srgb_of_icc_version_4_2() {
        assert_eq!(SRGB.get(36..40), Some(&b"acsp"[..]));
        assert_eq!(SRGB.get(16..20), Some(&b"RGB "[..]));
        assert_eq!(SRGB.get(8..10), Some(&[4u8, 0x20][..]));
    }
}
