//! The structure tree of a tagged PDF (PDF/UA-1, ISO 14289-1; PDF/A-2a): the letter's parts
//! as elements in reading order (paragraphs, headings, lists with their labels and bodies),
//! each holding the marked content the pages draw for it. Running headers, page numbers and
//! rules are artifacts, outside the tree.

use super::canvas::integer;
use super::writer::{Ref, Writer};
use crate::formats::blocks::{Block, Kind};

/// One element of the tree.
struct Element {
    /// Its structure type: `Document`, `P`, `H1`, `H2`, `L`, `LI`, `Lbl`, `LBody`.
    tag: &'static str,
    /// Its parent; `None` for the root.
    parent: Option<usize>,
    /// Its children, in reading order.
    kids: Vec<Kid>,
}

/// A child of an element.
enum Kid {
    /// Another element.
    Element(usize),
    /// Marked content: on page `.0` (from 0), with MCID `.1`.
    Content(usize, usize),
}

/// The tree, built while the document is laid out.
pub(crate) struct Structure {
    elements: Vec<Element>,
}

/// Where the text of each body block goes.
pub(crate) struct BodyTags {
    /// Per block, the element of its text.
    pub(crate) text: Vec<usize>,
    /// Per block, the element of its list label, for the first block of a list item.
    pub(crate) label: Vec<Option<usize>>,
}

impl Structure {
    /// A tree with its root, the `Document` element (number 0).
    pub(crate) fn new() -> Structure {
        Structure { elements: vec![Element { tag: "Document", parent: None, kids: Vec::new() }] }
    }

    /// Adds an element of type `tag` as the last child of `parent`; returns its number.
    pub(crate) fn add(&mut self, tag: &'static str, parent: usize) -> usize {
        let id = self.elements.len();
        self.elements.push(Element { tag, parent: Some(parent), kids: Vec::new() });
        if let Some(p) = self.elements.get_mut(parent) {
            p.kids.push(Kid::Element(id));
        }
        id
    }

    /// The type of element `id`.
    pub(crate) fn tag(&self, id: usize) -> &'static str {
        self.elements.get(id).map_or("P", |e| e.tag)
    }

    /// Elements for the body blocks, under the root: `heading` is the type of a `##` heading
    /// (`H2` below a letter's subject, which is the `H1`), a title (`#`) is `H1`. List items
    /// become `L` > `LI` > (`Lbl`, `LBody`), with the item's paragraphs as `P` in its body and
    /// a deeper list inside it.
    pub(crate) fn body(&mut self, blocks: &[Block], heading: &'static str) -> BodyTags {
        let mut text = Vec::with_capacity(blocks.len());
        let mut label = Vec::with_capacity(blocks.len());
        // Per list depth: the list, and the body of its current item.
        let mut lists: Vec<(usize, Option<usize>)> = Vec::new();
        for block in blocks {
            lists.truncate(block.depth);
            if block.depth == 0 {
                let tag = match block.kind {
                    Kind::Title => "H1",
                    Kind::Heading => heading,
                    Kind::Paragraph => "P",
                };
                text.push(self.add(tag, 0));
                label.push(None);
                continue;
            }
            // Lists down to this depth, each inside the body of the item above it.
            while lists.len() < block.depth {
                let parent = lists.last().and_then(|(_, body)| *body).unwrap_or(0);
                lists.push((self.add("L", parent), None));
            }
            let Some((list, body)) = lists.last_mut() else {
                text.push(self.add("P", 0));
                label.push(None);
                continue;
            };
            let list = *list;
            let marker = if block.marker.is_some() {
                let item = self.add("LI", list);
                let lbl = self.add("Lbl", item);
                *body = Some(self.add("LBody", item));
                Some(lbl)
            } else {
                None
            };
            let parent = match body {
                Some(body) => *body,
                None => {
                    // Text in a list before its first item: an item of its own.
                    let item = self.add("LI", list);
                    let new = self.add("LBody", item);
                    *body = Some(new);
                    new
                }
            };
            text.push(self.add("P", parent));
            label.push(marker);
        }
        BodyTags { text, label }
    }

    /// Records the marked content of page `page`: MCID `n` belongs to `marked[n]`.
    pub(crate) fn content(&mut self, page: usize, marked: &[usize]) {
        for (mcid, element) in marked.iter().enumerate() {
            if let Some(e) = self.elements.get_mut(*element) {
                e.kids.push(Kid::Content(page, mcid));
            }
        }
    }

    /// Writes the tree: the elements, the parent tree, and the root, whose reference the
    /// catalogue's `/StructTreeRoot` takes. `pages` are the page objects, `marked` per page
    /// the element of each MCID.
    pub(crate) fn write(self, w: &mut Writer, pages: &[Ref], marked: &[Vec<usize>]) -> Ref {
        let root = w.reserve();
        let refs: Vec<Ref> = self.elements.iter().map(|_| w.reserve()).collect();
        let parent_tree = w.reserve();
        let mut dict = Vec::with_capacity(256);
        for (id, element) in self.elements.iter().enumerate() {
            // /Type /StructElem and /Type /MCR are optional: left out, the tree is half
            // the size. An element whose content is all on one page names the page once
            // (/Pg) and its content by MCID alone.
            dict.clear();
            dict.extend_from_slice(b"<< /S /");
            dict.extend_from_slice(element.tag.as_bytes());
            dict.extend_from_slice(b" /P ");
            let parent = element.parent.and_then(|p| refs.get(p)).unwrap_or(&root);
            parent.write(&mut dict);
            let mut content_pages = element.kids.iter().filter_map(|k| match k {
                Kid::Content(page, _) => Some(*page),
                Kid::Element(_) => None,
            });
            let one_page = match content_pages.next() {
                Some(first) if content_pages.all(|p| p == first) => pages.get(first),
                _ => None,
            };
            if let Some(page) = one_page {
                dict.extend_from_slice(b" /Pg ");
                page.write(&mut dict);
            }
            dict.extend_from_slice(b" /K [");
            for kid in &element.kids {
                dict.push(b' ');
                match kid {
                    Kid::Element(e) => {
                        if let Some(r) = refs.get(*e) {
                            r.write(&mut dict);
                        }
                    }
                    Kid::Content(_, mcid) if one_page.is_some() => {
                        integer(&mut dict, *mcid as u64);
                    }
                    Kid::Content(page, mcid) => {
                        dict.extend_from_slice(b"<< /Pg ");
                        if let Some(p) = pages.get(*page) {
                            p.write(&mut dict);
                        }
                        dict.extend_from_slice(b" /MCID ");
                        integer(&mut dict, *mcid as u64);
                        dict.extend_from_slice(b" >>");
                    }
                }
            }
            dict.extend_from_slice(b" ] >>");
            if let Some(r) = refs.get(id) {
                w.object(*r, &dict);
            }
        }
        // The parent tree: per page (its /StructParents), the element of each MCID.
        let mut tree = b"<< /Nums [".to_vec();
        for (page, elements) in marked.iter().enumerate() {
            tree.push(b' ');
            integer(&mut tree, page as u64);
            tree.extend_from_slice(b" [");
            for element in elements {
                tree.push(b' ');
                if let Some(r) = refs.get(*element) {
                    r.write(&mut tree);
                }
            }
            tree.extend_from_slice(b" ]");
        }
        tree.extend_from_slice(b" ] >>");
        w.object(parent_tree, &tree);
        let mut dict = b"<< /Type /StructTreeRoot /K [".to_vec();
        if let Some(document) = refs.first() {
            document.write(&mut dict);
        }
        dict.extend_from_slice(b"] /ParentTree ");
        parent_tree.write(&mut dict);
        dict.extend_from_slice(format!(" /ParentTreeNextKey {} >>", marked.len()).as_bytes());
        w.object(root, &dict);
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::blocks;

    fn shape(s: &Structure, id: usize) -> String {
        let e = &s.elements[id];
        let kids: Vec<String> = e
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Element(k) => Some(shape(s, *k)),
                Kid::Content(..) => None,
            })
            .collect();
        if kids.is_empty() { e.tag.to_owned() } else { format!("{}({})", e.tag, kids.join(" ")) }
    }

    #[test]
    fn blocks_become_paragraphs_headings_and_nested_lists() {
        let md = "Geachte heer,\n\n## Kop\n\n1.   Een\n\n     Meer.\n\n     - a\n     - b\n\n\
                  2.   Twee\n\nGroet,";
        let parsed = blocks::parse(md).unwrap();
        let mut s = Structure::new();
        let tags = s.body(&parsed, "H2");
        assert_eq!(
            shape(&s, 0),
            "Document(P H2 L(LI(Lbl LBody(P P L(LI(Lbl LBody(P)) LI(Lbl LBody(P))))) \
             LI(Lbl LBody(P))) P)"
        );
        assert_eq!(tags.text.len(), parsed.len());
        assert!(tags.label[2].is_some() && tags.label[3].is_none());
    }
}
