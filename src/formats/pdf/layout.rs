//! Line breaking on glyph widths, and pagination.
//!
//! Lines are filled greedily and set ragged right, as a Dutch business letter is. A line breaks
//! at a space or after a hyphen inside a word; a non-breaking space never breaks (so "€ 12.500"
//! stays together); a word longer than the line is cut. Pages keep a heading with the first two
//! lines after it, never leave a single line of a paragraph at the bottom or top of a page,
//! and keep the closing and the signature together.

use super::fonts::{Faces, Weight};
use super::geometry::{Geometry, MM_PER_PT};
use crate::formats::blocks::{Block, Inline, Kind};

/// Text in one weight at a horizontal offset (points) from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Segment {
    /// Regular or bold.
    pub(crate) weight: Weight,
    /// The text.
    pub(crate) text: String,
}

/// The bytes a line of body text takes at most, in practice.
const LINE_BYTES: usize = 128;

/// One line of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    /// The pieces, left to right.
    pub(crate) segments: Vec<Segment>,
    /// Its width in points.
    pub(crate) width: f32,
}

impl Line {
    fn push(&mut self, weight: Weight, text: &str, width: f32) {
        match self.segments.last_mut() {
            Some(last) if last.weight == weight => last.text.push_str(text),
            _ => {
                // Room for a whole line of text at once: no growing it word by word.
                let mut segment = String::with_capacity(text.len().max(LINE_BYTES));
                segment.push_str(text);
                self.segments.push(Segment { weight, text: segment });
            }
        }
        self.width += width;
    }

    /// The line's text without formatting.
    pub(crate) fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A stretch of one inline's text: `inline`'s bytes `start..end`.
#[derive(Debug, Clone, Copy)]
struct Part {
    inline: usize,
    start: usize,
    end: usize,
}

/// A word: parts of text in possibly different weights, with no break inside (except where it
/// was cut to fit); its parts are `parts[first..first + count]` of the words' shared list.
#[derive(Debug, Clone, Copy)]
struct Word {
    first: usize,
    count: usize,
    width: f32,
    /// A space before it (else it continues the previous word after a hyphen).
    space_before: Option<Weight>,
}

enum Token {
    Word(Word),
    Break,
}

/// The weight and text of an inline (a break has none).
fn text_of(inlines: &[Inline], index: usize) -> (Weight, &str) {
    match inlines.get(index) {
        Some(Inline::Text(weight, text)) => (*weight, text.as_str()),
        _ => (Weight::Regular, ""),
    }
}

/// The bytes of text in `inlines`.
fn text_len(inlines: &[Inline]) -> usize {
    inlines.iter().map(|i| if let Inline::Text(_, text) = i { text.len() } else { 1 }).sum()
}

/// Splits inline text into words and breaks; the words' parts go to `parts`.
fn tokens(inlines: &[Inline], faces: &Faces, size: f32, parts: &mut Vec<Part>) -> Vec<Token> {
    // About one word in six bytes of Dutch text: room for all of them at once.
    let mut out = Vec::with_capacity(text_len(inlines) / 6 + 2);
    let mut word = Word { first: parts.len(), count: 0, width: 0.0, space_before: None };
    let mut pending_space: Option<Weight> = None;
    let flush = |word: &mut Word, out: &mut Vec<Token>, parts: &[Part]| {
        if word.count > 0 {
            out.push(Token::Word(*word));
        }
        *word = Word { first: parts.len(), count: 0, width: 0.0, space_before: None };
    };
    for (index, inline) in inlines.iter().enumerate() {
        let (weight, text) = match inline {
            Inline::Break => {
                flush(&mut word, &mut out, parts);
                pending_space = None;
                out.push(Token::Break);
                continue;
            }
            Inline::Text(weight, text) => (*weight, text.as_str()),
        };
        let face = faces.get(weight);
        // Adds `text[from..to]` to the word, continuing the part it ends if it can.
        let add = |word: &mut Word, parts: &mut Vec<Part>, space: &mut Option<Weight>, from, to| {
            if word.count == 0 {
                word.space_before = space.take();
            }
            match parts.last_mut() {
                Some(part) if word.count > 0 && part.inline == index && part.end == from => {
                    part.end = to;
                }
                _ => {
                    parts.push(Part { inline: index, start: from, end: to });
                    word.count += 1;
                }
            }
            for c in text.get(from..to).unwrap_or_default().chars() {
                word.width += face.advance(c).unwrap_or(0.0) * size;
            }
        };
        let mut at = 0;
        while at < text.len() {
            let rest = text.get(at..).unwrap_or_default();
            // A space between the euro sign and an amount, as people type it ("€ 9.600,00"),
            // holds them together, as a no-break space does.
            let euro_space = rest.starts_with(' ')
                && text.get(..at).is_some_and(|before| before.ends_with('€'))
                && word.count > 0
                && rest.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
            if euro_space {
                add(&mut word, parts, &mut pending_space, at, at + 1);
                at += 1;
                continue;
            }
            if rest.as_bytes().first().copied().is_some_and(is_space) {
                flush(&mut word, &mut out, parts);
                pending_space = Some(weight);
                at += 1;
                continue;
            }
            // A stretch without spaces, added in pieces that end at the hyphens it may break
            // after.
            let end = rest.bytes().position(is_space).map_or(text.len(), |e| at + e);
            let chunk = text.get(at..end).unwrap_or_default().as_bytes();
            let mut from = at;
            if chunk.contains(&b'-') {
                for after in hyphen_breaks(text, at, end) {
                    add(&mut word, parts, &mut pending_space, from, after);
                    flush(&mut word, &mut out, parts);
                    // The next piece continues the word without a space.
                    pending_space = None;
                    from = after;
                }
            }
            if from < end {
                add(&mut word, parts, &mut pending_space, from, end);
            }
            at = end;
        }
    }
    flush(&mut word, &mut out, parts);
    out
}

/// Whether a byte is a space that separates words.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n')
}

/// Where a stretch `text[start..end]` without spaces may break after a hyphen: a hyphen
/// between a letter and a lower-case letter ("SaaS-|dienstverlening"), in a word of letters
/// and hyphens only, so never inside an e-mail address, a web address, a code
/// ("ict@soo-rivierenland.nl", "RO-WP-2024") or a pair such as "en/of". Each as the position
/// after the hyphen.
fn hyphen_breaks(text: &str, start: usize, end: usize) -> Vec<usize> {
    // The chunk between plain spaces around it, as a reader of the sentence sees the word.
    let breakable = {
        let from = text.get(..start).and_then(|t| t.rfind(' ')).map_or(0, |s| s + 1);
        let to = text.get(start..).and_then(|t| t.find(' ')).map_or(text.len(), |e| start + e);
        let core = text
            .get(from..to)
            .unwrap_or_default()
            .trim_matches(|c: char| c.is_ascii_punctuation() && c != '-');
        core.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let mut breaks = Vec::new();
    if !breakable {
        return breaks;
    }
    // The character before, since the start or the last break.
    let mut before: Option<char> = None;
    let mut chars = text.get(start..end).unwrap_or_default().char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '-'
            && before.is_some_and(char::is_alphabetic)
            && chars.peek().is_some_and(|(_, n)| n.is_lowercase())
        {
            breaks.push(start + at + 1);
            before = None;
            continue;
        }
        before = Some(c);
    }
    breaks
}

/// Cuts a word that is wider than `width` into words that fit, adding their parts to `parts`.
fn cut(
    word: Word,
    width: f32,
    inlines: &[Inline],
    faces: &Faces,
    size: f32,
    parts: &mut Vec<Part>,
) -> Vec<Word> {
    let mut pieces = Vec::new();
    let mut piece =
        Word { first: parts.len(), count: 0, width: 0.0, space_before: word.space_before };
    for k in word.first..word.first + word.count {
        let Some(part) = parts.get(k).copied() else { continue };
        let (weight, text) = text_of(inlines, part.inline);
        let face = faces.get(weight);
        for (at, c) in text.get(part.start..part.end).unwrap_or_default().char_indices() {
            let at = part.start + at;
            let w = face.advance(c).unwrap_or(0.0) * size;
            if piece.width + w > width && piece.count > 0 {
                pieces.push(piece);
                piece = Word { first: parts.len(), count: 0, width: 0.0, space_before: None };
            }
            let end = at + c.len_utf8();
            match parts.last_mut() {
                Some(last) if piece.count > 0 && last.inline == part.inline && last.end == at => {
                    last.end = end;
                }
                _ => {
                    parts.push(Part { inline: part.inline, start: at, end });
                    piece.count += 1;
                }
            }
            piece.width += w;
        }
    }
    if piece.count > 0 {
        pieces.push(piece);
    }
    pieces
}

/// Breaks inline text into lines of at most `width` points.
pub(crate) fn break_lines(inlines: &[Inline], width: f32, faces: &Faces, size: f32) -> Vec<Line> {
    let bytes = text_len(inlines);
    let mut parts = Vec::with_capacity(bytes / 6 + 2);
    // A line of body text holds some 90 bytes.
    let mut lines = Vec::with_capacity(bytes / 80 + 1);
    let mut line = Line::default();
    let space_width = |weight: Weight| faces.get(weight).width(" ", size);
    let spaces = (space_width(Weight::Regular), space_width(Weight::Bold));
    let place = |word: Word, line: &mut Line, lines: &mut Vec<Line>, parts: &[Part]| {
        let space = match (word.space_before, line.segments.is_empty()) {
            (Some(Weight::Regular), false) => spaces.0,
            (Some(Weight::Bold), false) => spaces.1,
            _ => 0.0,
        };
        if !line.segments.is_empty() && line.width + space + word.width > width {
            lines.push(std::mem::take(line));
        } else if space > 0.0
            && let Some(weight) = word.space_before
        {
            line.push(weight, " ", space);
        }
        for part in parts.get(word.first..word.first + word.count).unwrap_or_default() {
            let (weight, text) = text_of(inlines, part.inline);
            line.push(weight, text.get(part.start..part.end).unwrap_or_default(), 0.0);
        }
        line.width += word.width;
    };
    for token in tokens(inlines, faces, size, &mut parts) {
        match token {
            Token::Break => lines.push(std::mem::take(&mut line)),
            Token::Word(word) if word.width > width => {
                for piece in cut(word, width, inlines, faces, size, &mut parts) {
                    place(piece, &mut line, &mut lines, &parts);
                }
            }
            Token::Word(word) => place(word, &mut line, &mut lines, &parts),
        }
    }
    if !line.segments.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A line placed on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    /// The block the line belongs to (its position in the body).
    pub(crate) block: usize,
    /// Left edge, mm from the page's left edge.
    pub(crate) x: f32,
    /// Baseline, mm from the page's top edge.
    pub(crate) y: f32,
    /// The list number or bullet, hanging to the left of the text, on an item's first line.
    pub(crate) marker: Option<(f32, String)>,
    /// Type size in points.
    pub(crate) size: f32,
    /// The text.
    pub(crate) line: Line,
}

/// How a block sits in the flow.
struct Laid {
    /// How many lines it has (the lines themselves are kept apart, to be moved onto pages).
    count: usize,
    /// Type size in points.
    size: f32,
    /// Distance between baselines, in mm.
    leading: f32,
    x: f32,
    marker: Option<(f32, String)>,
    /// Space above, in mm (dropped at the top of a page).
    gap: f32,
    /// Keep on the same page as the start of the next block.
    keep_with_next: bool,
    /// Never split across pages.
    whole: bool,
}

/// Lays out the body blocks into pages. `closing` holds the lines that precede the signature
/// ("Met vriendelijke groet,", and a mandate line such as "Burgemeester en wethouders van
/// Tiel, namens dezen,"): they stay with the name, and the room to sign follows the last.
/// `first_top` is where the body starts on page 1; the result holds, per page, the placed
/// lines.
pub(crate) fn paginate(
    blocks: &[Block],
    closing: &[&str],
    g: &Geometry,
    faces: &Faces,
    first_top: f32,
) -> Vec<Vec<Placed>> {
    // The text of each paragraph outside lists, to find the closing lines.
    let closing: Vec<&str> = closing.iter().map(|line| line.trim()).collect();
    let plains: Vec<String> = blocks
        .iter()
        .map(|b| if b.depth == 0 { b.plain().trim().to_owned() } else { String::new() })
        .collect();
    let (laid, mut lines_of): (Vec<Laid>, Vec<Vec<Line>>) = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let indent = g.list_indent * block.depth as f32;
            let x = g.left + indent;
            let width = (g.text_width() - indent) / MM_PER_PT;
            let (size, leading) = match block.kind {
                Kind::Title => (g.letterhead_size, g.letterhead_size * 1.3),
                Kind::Paragraph | Kind::Heading => (g.body_size, g.leading),
            };
            let lines = break_lines(&block.inlines, width, faces, size);
            let is_closing = plains.get(i).is_some_and(|plain| closing.contains(&plain.as_str()));
            let after_closing = i > 0
                && closing.last().is_some_and(|last| {
                    plains.get(i - 1).is_some_and(|plain| plain.as_str() == last.trim())
                });
            let gap = match (block.kind, block.tight && block.depth > 0) {
                (Kind::Heading | Kind::Title, _) => g.heading_gap * MM_PER_PT,
                (_, true) if block.marker.is_some() => 1.5,
                _ if after_closing => g.signature_space,
                _ => g.paragraph_gap * MM_PER_PT,
            };
            // The first item of a list follows its introduction closely.
            let gap = if block.marker.is_some()
                && i > 0
                && blocks.get(i - 1).is_some_and(|p| p.depth < block.depth)
            {
                g.paragraph_gap * MM_PER_PT * 0.6
            } else {
                gap
            };
            let next_is_list = blocks.get(i + 1).is_some_and(|n| n.depth > block.depth);
            let label = block.all_bold() && lines.len() == 1;
            // A label such as "Bijlagen" starts a new part of the letter.
            let gap = if label && block.kind == Kind::Paragraph {
                g.heading_gap * MM_PER_PT
            } else {
                gap
            };
            let heading = matches!(block.kind, Kind::Heading | Kind::Title);
            let laid = Laid {
                marker: block.marker.clone().map(|m| (x - g.list_indent, m)),
                count: lines.len(),
                size,
                leading: leading * MM_PER_PT,
                x,
                gap,
                keep_with_next: heading
                    || is_closing
                    || label
                    || (next_is_list
                        && block.depth == 0
                        && plains.get(i).is_some_and(|p| p.ends_with(':'))),
                whole: heading || after_closing || is_closing,
            };
            (laid, lines)
        })
        .unzip();

    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    // `y` is the top of the next line's box; a line's baseline sits at 78% of the leading.
    let mut y = first_top;
    let body_leading = g.leading * MM_PER_PT;
    let bottom = g.body_bottom + body_leading * 0.22;

    for (i, block) in laid.iter().enumerate() {
        let leading = block.leading;
        let capacity = |y: f32| ((bottom - y) / leading + 1e-3).floor().max(0.0) as usize;
        // Start the block where what must stay together fits, else on a new page.
        loop {
            let empty = pages.last().is_none_or(Vec::is_empty);
            let gap = if empty { 0.0 } else { block.gap };
            if empty || y + gap + needed(&laid, i) <= bottom + 1e-3 {
                y += gap;
                break;
            }
            pages.push(Vec::new());
            y = g.body_top_next;
        }
        // The block's lines, moved onto the pages.
        let mut rest = lines_of.get_mut(i).map(std::mem::take).unwrap_or_default().into_iter();
        let mut first = true;
        while rest.len() > 0 {
            let empty = pages.last().is_none_or(Vec::is_empty);
            let room = capacity(y);
            let n = rest.len();
            let mut take = if room >= n {
                n
            } else if block.whole {
                0
            } else {
                // No single line of a paragraph alone at the bottom or the top of a page.
                let k = if n - room < 2 { n.saturating_sub(2) } else { room };
                if k < 2 { 0 } else { k }
            };
            if take == 0 {
                if empty {
                    // Nothing better is possible on an empty page.
                    take = room.max(1).min(n);
                } else {
                    pages.push(Vec::new());
                    y = g.body_top_next;
                    continue;
                }
            }
            if let Some(page) = pages.last_mut() {
                for line in rest.by_ref().take(take) {
                    page.push(Placed {
                        block: i,
                        x: block.x,
                        y: y + leading * 0.78,
                        marker: if first { block.marker.clone() } else { None },
                        size: block.size,
                        line,
                    });
                    first = false;
                    y += leading;
                }
            }
            if rest.len() > 0 {
                pages.push(Vec::new());
                y = g.body_top_next;
            }
        }
    }
    pages.retain(|p| !p.is_empty());
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    pages
}

/// The height (mm) that must fit where block `i` starts: the lines of the block that cannot be
/// split off, and for a block kept with the next one, all of it and the start of the next
/// (following a chain of such blocks).
fn needed(laid: &[Laid], i: usize) -> f32 {
    let mut height = 0.0;
    let mut j = i;
    while let Some(block) = laid.get(j) {
        if j > i {
            height += block.gap;
        }
        let keep = block.keep_with_next && laid.get(j + 1).is_some();
        if !keep {
            height += min_lines(block) as f32 * block.leading;
            break;
        }
        height += block.count as f32 * block.leading;
        j += 1;
    }
    height
}

/// The lines a block needs at the bottom of a page: all of a block that cannot be split (or
/// of a paragraph of up to three lines, which cannot be split two and two), else two.
fn min_lines(block: &Laid) -> usize {
    let n = block.count;
    if block.whole || n <= 3 { n } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::pdf::fonts::faces;

    fn words(text: &str) -> Vec<Inline> {
        vec![Inline::Text(Weight::Regular, text.to_owned())]
    }

    #[test]
    fn lines_fit_and_keep_every_character() {
        let faces = faces();
        let text = "In oktober 2026 was het EPD 97,1% beschikbaar en in november 2026 tot en met de \
                    27e 96,4%. Op 14 en 21 november was het systeem langer dan vier uur \
                    onbereikbaar, ondanks de SaaS-dienstverleningsovereenkomst.";
        for width in [80.0, 150.0, 300.0] {
            let lines = break_lines(&words(text), width, faces, 10.0);
            for line in &lines {
                assert!(line.width <= width + 0.01, "{} > {width}", line.width);
                let measured = faces.get(Weight::Regular).width(&line.text(), 10.0);
                assert!((measured - line.width).abs() < 0.01);
            }
            let joined: String = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squash(&joined), squash(text));
        }
    }

    #[test]
    fn hyphens_break_compounds_but_not_codes_or_addresses() {
        let at = |text: &str| hyphen_breaks(text, 0, text.len());
        assert_eq!(at("SaaS-dienstverlening"), [5]);
        assert_eq!(at("zorg-ict-beheer"), [5, 9]);
        assert_eq!(at("Noord-Holland"), Vec::<usize>::new());
        assert_eq!(at("en/of"), Vec::<usize>::new());
        assert_eq!(at("prijs–kwaliteit"), Vec::<usize>::new());
        assert_eq!(at("RO-WP-2024"), Vec::<usize>::new());
        assert_eq!(at("ict@soo-rivierenland.nl"), Vec::<usize>::new());
        assert_eq!(at("a--b"), Vec::<usize>::new());

        let faces = faces();
        let lines_of = |text: &str| {
            // One point too narrow for the whole text.
            let width = faces.get(Weight::Regular).width(text, 10.0) - 1.0;
            break_lines(&words(text), width, faces, 10.0).iter().map(Line::text).collect::<Vec<_>>()
        };
        assert_eq!(lines_of("de SaaS-dienstverlening"), ["de SaaS-", "dienstverlening"]);
        assert_eq!(lines_of("code RO-WP-2024"), ["code", "RO-WP-2024"]);
        assert_eq!(lines_of("mail ict@soo-rivierenland.nl"), ["mail", "ict@soo-rivierenland.nl"]);
    }

    #[test]
    fn an_amount_stays_with_its_euro_sign() {
        let faces = faces();
        let text = "de facturen 2026-118 en 2026-131, samen € 9.600,00 (artikel 6:271 BW)";
        let regular = faces.get(Weight::Regular);
        // Every width at which the line could break between the sign and the amount.
        let start = regular.width("de facturen 2026-118 en 2026-131, samen €", 10.0);
        for step in 0..40 {
            let width = start + step as f32 * 0.5;
            let lines = break_lines(&words(text), width, faces, 10.0);
            assert!(lines.iter().all(|l| !l.text().trim_end().ends_with('€')), "{width}");
            assert!(lines.iter().any(|l| l.text().contains("€ 9.600,00")), "{width}");
        }
    }

    #[test]
    fn no_break_at_a_no_break_space_and_long_words_are_cut() {
        let faces = faces();
        let lines =
            break_lines(&words("bedrag € 12.500,00 en €\u{a0}12.500,00"), 60.0, faces, 10.0);
        assert!(lines.iter().any(|l| l.text().contains("€\u{a0}12.500,00")));
        let long = "x".repeat(500);
        let lines = break_lines(&words(&long), 100.0, faces, 10.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| l.width <= 100.01));
        assert_eq!(lines.iter().map(|l| l.text().len()).sum::<usize>(), 500);
    }

    use proptest::prelude::*;

    use crate::formats::pdf::geometry::A4;

    fn paragraph(words: usize) -> Block {
        Block {
            kind: Kind::Paragraph,
            depth: 0,
            marker: None,
            tight: false,
            inlines: words_of(words),
        }
    }

    fn words_of(n: usize) -> Vec<Inline> {
        let text = (0..n).map(|i| format!("woord{i}")).collect::<Vec<_>>().join(" ");
        vec![Inline::Text(Weight::Regular, text)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// No heading ends a page, no paragraph leaves one line alone at the bottom or the top
        /// of a page, every line stays inside the text area, and nothing is lost.
        #[test]
        fn pages_keep_headings_and_paragraphs_together(
            shape in prop::collection::vec((any::<bool>(), 1usize..120), 1..40),
        ) {
            let faces = faces();
            let blocks: Vec<Block> = shape
                .iter()
                .map(|(heading, words)| {
                    if *heading {
                        Block { kind: Kind::Heading, ..paragraph(2) }
                    } else {
                        paragraph(*words)
                    }
                })
                .collect();
            let pages = paginate(&blocks, &["Met vriendelijke groet,"], &A4, faces, 120.0);
            let total: usize = pages.iter().map(Vec::len).sum();
            let expected: usize = blocks
                .iter()
                .map(|b| break_lines(&b.inlines, A4.text_width() / MM_PER_PT, faces, A4.body_size).len())
                .sum();
            prop_assert_eq!(total, expected);
            for (p, page) in pages.iter().enumerate() {
                for placed in page {
                    prop_assert!(placed.y <= A4.body_bottom + 0.01);
                    prop_assert!(placed.x + placed.line.width * MM_PER_PT <= A4.page_w - A4.right + 0.01);
                }
                let last = page.last().unwrap();
                let is_last_page = p + 1 == pages.len();
                if !is_last_page {
                    prop_assert!(blocks[last.block].kind != Kind::Heading, "a heading ends page {}", p + 1);
                }
                // Count the lines of each block on this page.
                let mut counts = std::collections::BTreeMap::new();
                for placed in page {
                    *counts.entry(placed.block).or_insert(0usize) += 1;
                }
                for (block, count) in counts {
                    let lines = pages.iter().flatten().filter(|l| l.block == block).count();
                    if lines > 1 {
                        prop_assert!(count >= 2 || lines == count, "block {block} has one line alone on page {}", p + 1);
                    }
                }
            }
        }
    }

    #[test]
    fn hard_breaks_and_bold_runs() {
        let faces = faces();
        let inlines = vec![
            Inline::Text(Weight::Bold, "Bewijs:".to_owned()),
            Inline::Text(Weight::Regular, " bijlage 1".to_owned()),
            Inline::Break,
            Inline::Text(Weight::Regular, "volgende regel".to_owned()),
        ];
        let lines = break_lines(&inlines, 400.0, faces, 10.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].segments.len(), 2);
        assert_eq!(lines[0].text(), "Bewijs: bijlage 1");
        assert_eq!(lines[1].text(), "volgende regel");
    }
}
