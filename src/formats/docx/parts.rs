//! The parts of the package that hardly depend on the document: styles, numbering, settings,
//! fonts, content types, relationships and properties. Child elements follow the order the
//! ECMA-376 schema asks for; Word refuses some files whose elements are out of order.

use super::{Properties, esc, twips};
use crate::formats::pdf::geometry::{A4, MM_PER_PT};

/// The letter's typeface, embedded in the package.
pub(super) const FONT: &str = "Noto Serif";
/// The document's language: Word's spelling check follows it.
pub(super) const LANG: &str = "nl-NL";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";
pub(super) const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// The keys of the embedded fonts: fixed, so that the same document gives the same bytes (a
/// font key is a GUID; it only scrambles the font's first bytes, as the format asks).
pub(super) const REGULAR_KEY: &str = "{4E6F746F-5365-7269-6600-526567756C61}";
/// The key of the bold weight.
pub(super) const BOLD_KEY: &str = "{4E6F746F-5365-7269-6600-000000426F6C}";

/// Half-points, the unit of type sizes.
fn half_points(pt: f32) -> i64 {
    (pt * 2.0).round() as i64
}

/// Twips from points.
fn pt(pt: f32) -> i64 {
    (pt * 20.0).round() as i64
}

/// The styles: every paragraph of the document has one, so the whole letter is restyled in
/// one place. Built-in names (`heading 1`, `List Number`) show in Word under their Dutch
/// names (Kop 1, Lijstnummering); the letter's own parts have Dutch names.
pub(super) fn styles() -> String {
    let g = &A4;
    let body = half_points(g.body_size);
    let small = half_points(g.small_size);
    let line = pt(g.leading);
    let gap = pt(g.paragraph_gap);
    let heading_gap = pt(g.heading_gap + g.paragraph_gap);
    let address = half_points(g.address_sizes[0].0);
    let address_line = pt(g.address_sizes[0].1);
    let ret = half_points(g.return_size);
    let letterhead = half_points(g.letterhead_size);
    let indent = twips(g.list_indent);
    let para = |id: &str, name: &str, based: &str, custom: bool, ppr: &str, rpr: &str| {
        let custom = if custom { " w:customStyle=\"1\"" } else { "" };
        let ppr = if ppr.is_empty() { String::new() } else { format!("<w:pPr>{ppr}</w:pPr>") };
        let rpr = if rpr.is_empty() { String::new() } else { format!("<w:rPr>{rpr}</w:rPr>") };
        format!(
            "<w:style w:type=\"paragraph\"{custom} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"{based}\"/><w:qFormat/>{ppr}{rpr}</w:style>"
        )
    };
    let grey = "<w:color w:val=\"555555\"/>";
    let mut out = format!(
        "{XML_DECL}<w:styles xmlns:w=\"{W_NS}\"><w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/>\
         <w:sz w:val=\"{body}\"/><w:szCs w:val=\"{body}\"/>\
         <w:lang w:val=\"{LANG}\" w:eastAsia=\"{LANG}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>"
    );
    let styles = [
        para(
            "BodyText",
            "Body Text",
            "Normal",
            false,
            &format!("<w:spacing w:after=\"{gap}\"/>"),
            "",
        ),
        para(
            "Title",
            "Title",
            "Normal",
            false,
            &format!("<w:keepNext/><w:spacing w:after=\"{gap}\"/><w:outlineLvl w:val=\"0\"/>"),
            &format!("<w:b/><w:bCs/><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", body + 4),
        ),
        para(
            "Heading1",
            "heading 1",
            "Normal",
            false,
            &format!(
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"{heading_gap}\" \
                 w:after=\"{gap}\"/><w:outlineLvl w:val=\"0\"/>"
            ),
            "<w:b/><w:bCs/>",
        ),
        list_style("ListNumber", "List Number", 1, 0),
        list_style("ListNumber2", "List Number 2", 1, 1),
        list_style("ListBullet", "List Bullet", 2, 0),
        list_style("ListBullet2", "List Bullet 2", 2, 1),
        para(
            "ListContinue",
            "List Continue",
            "BodyText",
            false,
            &format!("<w:ind w:left=\"{indent}\"/>"),
            "",
        ),
        para(
            "ListContinue2",
            "List Continue 2",
            "BodyText",
            false,
            &format!("<w:ind w:left=\"{}\"/>", 2 * indent),
            "",
        ),
        para(
            "Briefhoofd",
            "Briefhoofd",
            "Normal",
            true,
            &format!("<w:spacing w:line=\"{}\" w:lineRule=\"atLeast\"/>", pt(g.small_size * 1.45)),
            "",
        ),
        para(
            "Verzendwijze",
            "Verzendwijze",
            "Normal",
            true,
            "",
            &format!("<w:b/><w:bCs/><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", small + 1),
        ),
        para(
            "Retouradres",
            "Retouradres",
            "Normal",
            true,
            &format!(
                "<w:spacing w:after=\"{}\" w:line=\"{}\" w:lineRule=\"exact\"/>",
                pt(2.0),
                pt(g.return_size * 1.3)
            ),
            &format!(
                "{grey}<w:sz w:val=\"{ret}\"/><w:szCs w:val=\"{ret}\"/><w:u w:val=\"single\"/>"
            ),
        ),
        para(
            "Adres",
            "Adres",
            "Normal",
            true,
            &format!("<w:spacing w:line=\"{address_line}\" w:lineRule=\"exact\"/>"),
            &format!("<w:sz w:val=\"{address}\"/><w:szCs w:val=\"{address}\"/>"),
        ),
        para("Datum", "Datum", "Normal", true, "", ""),
        para(
            "Kenmerk",
            "Kenmerk",
            "Normal",
            true,
            "",
            &format!("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", small + 2),
        ),
        para(
            "Onderwerp",
            "Onderwerp",
            "Normal",
            true,
            &format!("<w:spacing w:before=\"{}\" w:after=\"{}\"/>", pt(10.0), pt(14.0)),
            "<w:b/><w:bCs/>",
        ),
        para(
            "Header",
            "header",
            "Normal",
            false,
            &format!("<w:spacing w:line=\"{}\" w:lineRule=\"exact\"/>", pt(g.small_size * 1.45)),
            &format!("{grey}<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
        para(
            "Footer",
            "footer",
            "Normal",
            false,
            "<w:jc w:val=\"right\"/>",
            &format!("{grey}<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
    ];
    for style in styles {
        out.push_str(&style);
    }
    // The two parts of the letterhead.
    for (id, rpr) in [
        (
            "Briefhoofdnaam",
            format!("<w:b/><w:bCs/><w:sz w:val=\"{letterhead}\"/><w:szCs w:val=\"{letterhead}\"/>"),
        ),
        (
            "Briefhoofdgegevens",
            format!("{grey}<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
    ] {
        out.push_str(&format!(
            "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"{id}\">\
             <w:name w:val=\"{id}\"/><w:qFormat/><w:rPr>{rpr}</w:rPr></w:style>"
        ));
    }
    out.push_str("</w:styles>");
    out
}

/// A list paragraph style: numbering `num` at `level`, with the paragraph gap.
fn list_style(id: &str, name: &str, num: u32, level: u32) -> String {
    let gap = pt(A4.paragraph_gap);
    format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
         <w:basedOn w:val=\"BodyText\"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/>\
         <w:numId w:val=\"{num}\"/></w:numPr><w:spacing w:after=\"{gap}\"/></w:pPr></w:style>"
    )
}

/// The numbering: numbers ("1.") and dashes ("–") hanging in front of the text, as in the
/// PDF; one instance per numbered list after the first, starting at its first number.
pub(super) fn numbering(starts: &[u64]) -> String {
    let indent = twips(A4.list_indent);
    let level = |ilvl: u32, format: &str, text: &str, style: &str| {
        let left = indent * (i64::from(ilvl) + 1);
        format!(
            "<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/>\
             <w:pStyle w:val=\"{style}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
             <w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"{left}\"/></w:tabs>\
             <w:ind w:left=\"{left}\" w:hanging=\"{indent}\"/></w:pPr></w:lvl>"
        )
    };
    let mut out = format!("{XML_DECL}<w:numbering xmlns:w=\"{W_NS}\">");
    out.push_str("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>");
    out.push_str(&level(0, "decimal", "%1.", "ListNumber"));
    out.push_str(&level(1, "decimal", "%2.", "ListNumber2"));
    out.push_str("</w:abstractNum>");
    out.push_str("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>");
    out.push_str(&level(0, "bullet", "\u{2013}", "ListBullet"));
    out.push_str(&level(1, "bullet", "\u{2013}", "ListBullet2"));
    out.push_str("</w:abstractNum>");
    out.push_str("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    out.push_str("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
    for (i, start) in starts.iter().enumerate() {
        out.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"0\"/>\
             <w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>\
             <w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
            super::FIRST_LIST_NUM + i
        ));
    }
    out.push_str("</w:numbering>");
    out
}

/// The settings: the language of the spelling check, Dutch number separators, the embedded
/// fonts.
pub(super) fn settings() -> String {
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/>\
         <w:embedTrueTypeFonts/><w:defaultTabStop w:val=\"709\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{LANG}\"/><w:decimalSymbol w:val=\",\"/>\
         <w:listSeparator w:val=\";\"/></w:settings>"
    )
}

/// The font table: the embedded typeface, with a serif to fall back on.
pub(super) fn font_table() -> String {
    format!(
        "{XML_DECL}<w:fonts xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:font w:name=\"{FONT}\">\
         <w:altName w:val=\"Georgia\"/><w:panose1 w:val=\"02020600060500020200\"/>\
         <w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>\
         <w:embedRegular r:id=\"rIdFontRegular\" w:fontKey=\"{REGULAR_KEY}\"/>\
         <w:embedBold r:id=\"rIdFontBold\" w:fontKey=\"{BOLD_KEY}\"/></w:font></w:fonts>"
    )
}

/// An embedded font, scrambled as ECMA-376 Part 1, 17.8.1 asks: its first 32 bytes XORed with
/// the key's 16 bytes in reverse order.
pub(super) fn embedded_font(font: &[u8], key: &str) -> Vec<u8> {
    let hex: Vec<u8> = key
        .bytes()
        .filter(u8::is_ascii_hexdigit)
        .map(|b| match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => b - b'A' + 10,
        })
        .collect();
    let mut key = [0u8; 16];
    for (i, pair) in hex.chunks(2).enumerate().take(16) {
        if let (Some(slot), [high, low]) = (key.get_mut(15 - i), pair) {
            *slot = high << 4 | low;
        }
    }
    let mut out = font.to_vec();
    for (byte, k) in out.iter_mut().take(32).zip(key.iter().cycle()) {
        *byte ^= k;
    }
    out
}

/// A relationships part.
pub(super) fn relationships(items: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        "{XML_DECL}<Relationships \
         xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in items {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{R_NS}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// The package's relationships: the document and its properties.
pub(super) fn package_relationships() -> String {
    format!(
        "{XML_DECL}<Relationships \
         xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{R_NS}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" \
         Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" \
         Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{R_NS}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

/// The content types of every part.
pub(super) fn content_types() -> String {
    let part = |name: &str, kind: &str| {
        format!("<Override PartName=\"/word/{name}.xml\" ContentType=\"{CT}.{kind}+xml\"/>")
    };
    let mut out = format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" \
         ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Default Extension=\"odttf\" \
         ContentType=\"application/vnd.openxmlformats-officedocument.obfuscatedFont\"/>"
    );
    for (name, kind) in [
        ("document", "document.main"),
        ("styles", "styles"),
        ("settings", "settings"),
        ("numbering", "numbering"),
        ("fontTable", "fontTable"),
        ("header1", "header"),
        ("header2", "header"),
        ("footer1", "footer"),
        ("footer2", "footer"),
    ] {
        out.push_str(&part(name, kind));
    }
    out.push_str(
        "<Override PartName=\"/docProps/core.xml\" \
         ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" \
         ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>",
    );
    out
}

/// The document's properties: title, subject, author, keywords, language, and the document's
/// own date as both created and modified (never the clock).
pub(super) fn core(p: &Properties<'_>) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:keywords>{}</cp:keywords><dc:language>{LANG}</dc:language>\
         <cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}T00:00:00Z</dcterms:modified>\
         </cp:coreProperties>",
        esc(&p.metadata.title),
        esc(&p.metadata.subject),
        esc(&p.metadata.author),
        esc(&p.metadata.keywords.join(", ")),
        esc(&p.metadata.author),
        esc(p.date),
        esc(p.date),
    )
}

/// The program that made the file.
pub(super) fn app() -> String {
    format!(
        "{XML_DECL}<Properties \
         xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>ingebrekestelling {}</Application><DocSecurity>0</DocSecurity></Properties>",
        env!("CARGO_PKG_VERSION")
    )
}

/// A header or footer part around `body`.
pub(super) fn header_footer(tag: &str, body: &str) -> String {
    format!("{XML_DECL}<w:{tag} xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">{body}</w:{tag}>")
}

/// The document part around `body` (paragraphs and the section properties).
pub(super) fn document(body: &str) -> String {
    format!(
        "{XML_DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>{body}</w:body>\
         </w:document>"
    )
}

/// Millimetres from points, for the letterhead's steps.
pub(super) fn mm_from_pt(points: f32) -> f32 {
    points * MM_PER_PT
}
