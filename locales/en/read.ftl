### Reading the case file: the file itself, the YAML syntax, `extends`, keys and kinds of value.

## Why a file cannot be read. This follows "cannot read the case file `…`: ".

read-io-not-found = the file does not exist
read-io-permission-denied = permission denied
read-io-folder = it is a folder, not a file
read-io-not-regular = it is not a regular file (a FIFO, a device or a socket cannot be a case file)
read-io-not-yaml = it is not a .yaml or .yml file
# A symbolic link that leads to another file.
read-io-not-yaml-link = it is not a .yaml or .yml file (it leads to `{ $target }`)

## A file that is not text, or not in the right encoding.

# $what: one of the read-what-… below.
read-document = this is { $what }, not a case file; a case file is plain text (see `ingebrekestelling new`)
    .hint = write the case file in a text editor such as Notepad (Windows), TextEdit (Mac, as plain text) or Visual Studio Code, and save it as .yaml; `ingebrekestelling new zaak.yaml` writes a starter file to fill in
read-what-word = a Word document
read-what-odt = an OpenDocument text (LibreOffice Writer)
read-what-opendocument = an OpenDocument file (LibreOffice)
read-what-excel = an Excel workbook
read-what-powerpoint = a PowerPoint presentation
read-what-zip = a ZIP archive (compressed folder)
read-what-pdf = a PDF document
read-what-rtf = an RTF document (formatted text from WordPad or Word)
read-what-old-office = an Office document in the old format (.doc or .xls)
read-what-image = a picture
read-base-document = the base file `{ $path }` is { $what }; a base file is plain text, like a case file
read-base-binary = the base file `{ $path }` holds no text; a base file is plain text, like a case file
read-binary = this file holds no text; a case file is plain text (see `ingebrekestelling new`)
read-utf16 = the file is saved as UTF-16 (Notepad calls it ‘Unicode’); a case file must be saved as UTF-8
read-not-utf8 = the file is not saved as UTF-8 text: the character at line { $line }, column { $column } is in another encoding (such as ‘ANSI’ or Windows-1252)
    .hint = open the file in your editor, choose ‘Save As’ and pick the encoding UTF-8 (in Notepad it is at the bottom of the dialog)
read-too-large = the file is larger than 1 MiB; a case file may be at most 1 MiB ({ $bytes } bytes)
    .hint = a case file is a few pages of text; leave the enclosures out of it and list them under `enclosures`

## The YAML syntax.

read-syntax = this is not valid YAML: { $detail }
    .hint = check the punctuation around this place: a missing space after `:`, an unclosed quote or bracket, or text that needs quotes because it starts with a special character
read-colon-in-text = the text of `{ $key }` holds a colon followed by a space (`: `), which YAML reads as the start of another key
    .hint = put the text between straight quotes, as in `{ $example }`; or write `>-` after `{ $key }:` and the text indented on the lines below
# Word turns "…" into typographic quotes “…”, which YAML does not know as quotes.
read-colon-in-curly-quotes = the text of `{ $key }` is between typographic quotes (“…”), as Word types them; YAML knows only straight quotes (") and reads the colon and space inside as the start of another key
read-indentation = this line is indented differently from the keys around it
    .hint = start the line in the same column as the other keys of its group, with as many spaces before it; only what belongs under a key is indented further
read-missing-space = a space is missing after the colon on this line, so YAML does not read it as `key: value`
    .hint = write a space after the colon: `{ $example }`
read-tab = this line has a tab where YAML allows only spaces
    .hint = indent with spaces, not tabs
read-unclosed-quote = this quote is opened but never closed
    .hint = end the text with the same quote: `"…"` or `'…'`
read-text-after-quote = there is more text after the closing quote
    .hint = put the whole text between the quotes, or leave the quotes out
read-unclosed-bracket = the bracket `{ $bracket }` on this line is never closed
    .hint = close the list or group on the same line with `{ $close }`, as in `evidence: [overzicht, logboek]`
read-duplicate-key = the key `{ $key }` appears twice in the same group
    .hint = each key may appear only once in the same group; remove or rename one of them
read-duplicate-key-unnamed = a key appears twice in the same group
read-multiple-documents = the file holds more than one YAML document (a `---` line starts another)
    .hint = a case file holds one case: remove the `---` line, or split the cases into separate files
read-key-not-text = a key must be a word such as `sender` or `breaches`
    .hint = write `key: value`, with the key as plain text

## Limits that a real case file never reaches; they stop hostile files.

read-too-deep = the file nests keys and lists more than { $levels } levels deep
read-too-deep-brackets = the file nests keys and lists far too deeply
read-too-many-aliases = the file repeats values through aliases (`*name`) far more than a case needs
read-too-many-anchors = the file defines too many anchors (`&name`)
read-too-many-values = the file holds far more values than a case needs
read-too-complex = the file is too large or too complex for a case file
read-budget-hint = a case file is a few screens of keys and text; this file nests or repeats far more than that

## `extends`: a base file with what case files share.

read-extends-not-a-name = `extends` must name one base file
    .hint = write `extends: _afzender.yaml`, a path relative to this file
read-extends-empty = `extends` is empty
    .hint = name a base file, such as `extends: _afzender.yaml`, or remove the key
# $chain: the files, with → between them.
read-extends-loop = `extends` goes round in a loop: { $chain }
    .hint = a base file must not extend a file that (indirectly) extends it
read-extends-too-long = `extends` chains more than { $max } base files: { $chain }
    .hint = let the case extend one base file that holds what the cases share
# $reason: one of the read-io-… above.
read-extends-unreadable = cannot read the base file `{ $path }`: { $reason } (chain: { $chain })
    .hint = the path is relative to the file that names it; check that `{ $name }` exists next to `{ $from }`
read-base-not-a-group = the base file `{ $path }` must be a group of keys, like a case file
    .hint = a base file holds the keys cases share, usually `sender:` and `letter:`

## Values of the wrong kind: "expected { $wanted }, found { $found }".

read-expected = expected { $wanted }, found { $found }
read-want-text = text
read-want-list = a list
read-want-group = a group of keys
read-want-whole-number = a whole number
read-want-number = a number
read-want-bool = `true` or `false`
read-want-word = one word
read-want-date = a date written as YYYY-MM-DD, for example 2026-12-01
read-want-real-date = a date that exists in the calendar
read-want-amount = an amount in euros such as 12500.00
# What was found, when it is not text.
read-found-nothing = nothing
read-found-list = a list
read-found-group = a group of keys
read-text-hint = write the text after the colon on the same line, or as a block with `>-` or `|`
read-list-hint = write a list as `[a, b]`, or as lines that start with `- `
read-group-hint = put the keys on the lines below, indented
# $keys: the keys that belong in the group.
read-struct-hint = put its keys on the lines below, indented: { $keys }
read-top-level-hint = a case file is a group of keys such as `sender:`, `supplier:`, `contract:`, `breaches:` and `deadline:`; see `examples/`
read-whole-number-hint = write digits only, for example 10
read-number-hint = write a number with a decimal point, such as 12.5
read-bool-hint = write `true` or `false`
read-date-hint = dates are year-month-day with dashes and two-digit month and day
read-amount-hint = write euros with a decimal point and no thousands separator: 12500.00
# Typographic quotes “…” (from Word) around a date, a number or a choice.
read-curly-quotes = `{ $value }` is written between typographic (curly) quotes, as Word types them; YAML knows only straight quotes (") and reads curly ones as part of the value
    .hint = use straight quotes `"…"`, or none: `{ $fixed }`

## Choices, unknown keys and placeholders.

read-not-a-choice = `{ $value }` is not one of the choices
# $choices: "`a`, `b` or `c`".
read-choice-hint = write one of { $choices }
read-choices-hint = the choices are { $choices }
read-choice-close-hint = did you mean `{ $close }`? The choices are { $choices }
read-unknown-key = unknown key `{ $key }`
read-did-you-mean-hint = did you mean `{ $close }`?
read-keys-top-level-hint = the keys allowed at the top level are { $keys }
read-keys-in-hint = the keys allowed in `{ $path }` are { $keys }
# A placeholder of the starter file, such as `<naam van de leverancier>`, not filled in.
read-placeholder = still holds the placeholder `{ $placeholder }`
    .hint = write { $wanted } in its place; a key that is optional may also be removed
read-want-real-text = the real text
read-want-date-short = a date written as YYYY-MM-DD
read-empty = the case file is empty
    .hint = start from an example in `examples/`

## Errors in the program itself; a user should never see them.

read-internal = internal error while reading the case file
    .hint = report this as a bug, with the case file
read-internal-not-stored = internal error: file not stored
