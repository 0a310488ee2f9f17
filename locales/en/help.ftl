### --help, the man pages and the shell completions.

## How the help is laid out.
help-usage = Usage:
help-heading = { $which ->
        [arguments] Arguments
        [options] Options
        [general] General options
        [commands] Commands
       *[examples] Examples
    }
help-command-value = COMMAND
help-options-value = OPTIONS
help-values = possible values: { $values }
help-values-heading = Possible values
help-default = default: { $value }
help-help = Print help
help-version = Print version

## The names of values in the usage line.
help-value-name-case = CASE
help-value-name-path = PATH
help-value-name-dir = DIR
help-value-name-file = FILE
help-value-name-n = N
help-value-name-yyyy-mm-dd = YYYY-MM-DD
help-value-name-lang = LANG
help-value-name-shell = SHELL
help-value-name-format = FORMAT
help-value-name-document = DOCUMENT
help-value-name-message_format = FORMAT
help-value-name-pdf_standard = STANDARD

## The program.
help-root = Checks a dispute with an ICT supplier, described in a YAML case file, and writes the notice of default (ingebrekestelling) and the documents around it.
help-root-examples =
    ingebrekestelling new zaak.yaml
    ingebrekestelling check zaak.yaml
    ingebrekestelling preview zaak.yaml --document call-notes | less
    ingebrekestelling render zaak.yaml
    ingebrekestelling render zaak.yaml --document confirmation --entry 1
    ingebrekestelling render zaak.yaml --document follow-up --format all
    ingebrekestelling batch zaken/ --out brieven/

## Options every command takes.
help-arg-today = The date to use where the case has no `letter.date` (YYYY-MM-DD); default: today
help-arg-quiet = Print only problems, no advice or progress
help-arg-message-format = How problems and advice are printed on standard error: for people, or one JSON object per line for editors and scripts
help-value-message-format-human = readable text: the source line with a caret, a hint
help-value-message-format-json = one JSON object per problem, per line
help-arg-lang = The language of messages and help; default Dutch, or English when LC_ALL, LC_MESSAGES or LANG starts with `en`
help-value-lang-nl = Dutch
help-value-lang-en = English

## Options of several commands.
help-arg-case = The case file
help-arg-document = The document to make
help-value-document-notice = the notice of default (ingebrekestelling)
help-value-document-confirmation = the e-mail that confirms a phone call or meeting in `history` (with --entry)
help-value-document-call-notes = the script for the call that announces the notice (belnotitie)
help-value-document-follow-up = the letter after the term (verzuim, schadevergoeding, ontbinding)
help-arg-entry = For `--document confirmation`: the number of the call or meeting in `history` (1 = the first entry)
help-arg-format = What to write
help-value-format-md = Markdown text
help-value-format-pdf = a print-ready PDF (A4, window envelope)
help-value-format-docx = a Word file to edit, with the same layout as the PDF
help-value-format-eml = an e-mail draft: the letter attached, or the confirmation as its text (Outlook opens it as a draft)
help-value-format-ics = the notice's dates for the agenda (reminder, last day to promise performance, last day of the term)
help-value-format-all = every format this document comes in
help-arg-pdf-standard = The standard the PDF is written to
help-value-pdf-standard-a-2b = PDF/A-2b only, for the archive, without the structure screen readers use
help-value-pdf-standard-ua-1 = the default: PDF/A-2a for the archive and PDF/UA-1, accessible (also chosen as `a-2a`)
help-value-pdf-standard-none = a plain PDF
help-arg-force = Overwrite existing files
help-arg-templates = A folder whose templates replace the built-in ones of the same name
help-arg-deny-warnings = Treat advice as failure (exit status 1)

## check
help-check = Check case files: every problem and all advice; nothing is written
help-check-examples =
    ingebrekestelling check zaak.yaml
    ingebrekestelling check zaken/ --deny-warnings
    ingebrekestelling check zaak.yaml --document follow-up
help-check-cases = The case files to check, and folders to search (with their subfolders) for them
help-check-document = Check only this document; default: every document the case has the data for
help-check-entry = With `--document confirmation`: only the call or meeting with this number in `history`

## preview
help-preview = Show the letter's text for reading; advice goes apart, to standard error
help-preview-examples =
    ingebrekestelling preview zaak.yaml | less
    ingebrekestelling preview zaak.yaml --document call-notes
help-preview-deny-warnings = Treat advice as failure: print nothing and exit with status 1

## render
help-render = Write the letter, by default as PDF beside the case file
help-render-examples =
    ingebrekestelling render zaak.yaml
    ingebrekestelling render zaak.yaml --format md --out brieven/
    ingebrekestelling render zaak.yaml --document confirmation --entry 1
    ingebrekestelling render zaak.yaml --document follow-up --out brief-na-termijn.pdf
help-render-out = Where to write: a folder (when it exists or the name ends in `/`), or the file itself; default: beside the case file
help-render-deny-warnings = Treat advice as failure: write nothing and exit with status 1

## batch
help-batch = Write letters for many case files (files and folders) into one folder
help-batch-examples =
    ingebrekestelling batch zaken/ --out brieven/
    ingebrekestelling batch zaken/ --out bevestigingen/ --document confirmation
help-batch-paths = Case files, and folders to search (with their subfolders) for `*.yaml` and `*.yml`
help-batch-out = The folder to write into; each case's output mirrors its path below its input folder
help-batch-document = The document to make (a confirmation without --entry: one per call or meeting not yet confirmed)
help-batch-jobs = How many cases to work on at once; default: one per processor core
help-batch-deny-warnings = Treat advice as failure: a case with advice is not written

## new
help-new = Write a starter case file, with a comment on every key (in Dutch)
help-new-examples =
    ingebrekestelling new zaak.yaml
    ingebrekestelling new zaken/leverancier-x.yaml
help-new-file = The case file to write; it must not exist yet

## schema
help-schema = Print the JSON Schema of the case file, for editors
help-schema-examples =
    ingebrekestelling schema > ingebrekestelling.schema.json

## templates
help-templates = Work with the built-in templates
help-templates-examples =
    ingebrekestelling templates export my-templates/
help-templates-export = Write the built-in templates into a folder, to edit them and use with --templates
help-templates-export-examples =
    ingebrekestelling templates export my-templates/
    ingebrekestelling render zaak.yaml --templates my-templates/
help-templates-export-dir = The folder (created when missing)

## completions
help-completions = Print shell completions (bash, zsh, fish, powershell, elvish)
help-completions-examples =
    mkdir -p ~/.local/share/bash-completion/completions
    ingebrekestelling completions bash > ~/.local/share/bash-completion/completions/ingebrekestelling
    mkdir -p ~/.zfunc && ingebrekestelling completions zsh > ~/.zfunc/_ingebrekestelling
    ingebrekestelling completions fish > ~/.config/fish/completions/ingebrekestelling.fish
    ingebrekestelling completions powershell >> $PROFILE
help-completions-shell = The shell

## Mistakes in the command itself.
help-error-did-you-mean = did you mean { $what }?
help-error-more = more: `{ $command } --help`
help-error-no-command = give a command, such as `check`, `render` or `new`
help-error-unknown-argument = unknown option `{ $arg }`
help-error-unknown-command = unknown command `{ $command }`
help-error-value-missing = `{ $arg }` needs a value
help-error-invalid-value = `{ $value }` is not a possible value for `{ $arg }`
help-error-valid-values = choose from { $values }
help-error-date = `{ $value }` is not a date for `{ $arg }`
help-error-date-hint = write the date as YYYY-MM-DD, for example 2026-12-01
help-error-number = `{ $value }` is not a valid number for `{ $arg }`
help-error-number-hint = give a whole number from 1
help-error-missing = { $count ->
        [one] { $args } is missing
       *[other] { $args } are missing
    }
help-error-conflict = `{ $arg }` cannot be used with `{ $other }`
help-error-twice = `{ $arg }` is given more than once; give it once
help-error-values = `{ $arg }` needs another number of values
