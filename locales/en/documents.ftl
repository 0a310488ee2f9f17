### What can go wrong while making a document: templates and the PDF.

## The built-in templates (`templates export`).
template-about-header = letterhead, delivery line, addressee, place and date, references, subject
template-about-notice = the notice of default, from the salutation to the enclosures
template-about-confirmation = the e-mail that confirms a phone call or meeting
template-about-call-notes = the script for the call that announces the notice
template-about-follow-up = the letter after the term, from the salutation to the copies
template-about-cover-email = the text of the e-mail that carries a letter as an attachment

## A template that does not work.
template-error = template `{ $template }`: { $reason }
template-unknown = there is no template by this name
template-no-thread = no thread could be started to render it
template-too-slow = it takes longer than { $seconds } seconds to render; a loop in it may never end (for example `range` with a large `end`)

## The PDF.
pdf-font = font or PDF: { $detail }
pdf-missing-glyph = the character `{ $ch }` (U+{ $code }) cannot be printed in the PDF: the letter's font has no glyph for it (in "{ $context }")
pdf-unprintable = the character `{ $ch }` (U+{ $code }) cannot be printed in the PDF: the letter's font has no glyph for it
    .hint = replace it with a letter the font has (Latin letters with accents, € and the usual punctuation are all there), or write the letter as Markdown with --format md
markdown-unsupported = the document's Markdown uses { $what }, which the PDF and the Word file cannot show; templates may use paragraphs, `##` headings, `**bold**`, lists and line breaks
markdown-unsupported-quote = a block quote (`>`)
markdown-unsupported-code-block = a code block
markdown-unsupported-code = inline code (`` ` ``)
markdown-unsupported-link = a link
markdown-unsupported-image = an image
markdown-unsupported-rule = a horizontal rule (`---`)
markdown-unsupported-html = HTML
pdf-return-address-too-long = the return address above the window is too long
pdf-address-line-too-long = the address does not fit the window of the envelope: `{ $line }` takes more than one line; shorten `{ $field }`
pdf-address-too-many-lines = the address does not fit the window of the envelope: it has too many lines; shorten `{ $field }` or a line above it
pdf-letterhead-too-tall = the letterhead takes too much room above the address window
pdf-delivery-line-too-long = the delivery line (how the letter is sent) is too long
pdf-does-not-fit-hint = use a shorter form: an abbreviation, or a detail left out (the window of an envelope shows about five lines of 40 characters)
eml-no-address = the e-mail draft needs `{ $field }`, which the case file does not have
    .hint = fill in `{ $field }` with the e-mail address, or make the letter without e-mail (--format pdf)
