### The command line: what check, render, preview, batch, new and templates say.

## What follows the problems of a case file: "zaak.yaml: 2 problems found; …".
cli-problems-found = { $file }: { $count ->
        [one] 1 problem found
       *[other] { $count } problems found
    }; { $nothing }
cli-nothing-made = { $count ->
        [one] no letter can be made until it is fixed
       *[other] no letter can be made until they are fixed
    }
cli-nothing-written = nothing was written
cli-nothing-shown = nothing was shown
cli-nothing-document = { $count ->
        [one] { $document } cannot be made until it is fixed
       *[other] { $document } cannot be made until they are fixed
    }
# Under --deny-warnings, advice counts as a problem.
cli-denied = advice given and --deny-warnings is set; { $nothing }

## The documents, as they stand in a sentence.
cli-document-notice = the notice of default
cli-document-call-notes = the call notes
cli-document-follow-up = the letter after the term
cli-document-confirmation = the confirmation
cli-document-confirmation-n = confirmation { $entry }

## check
cli-check-valid = { $file }: { $advice ->
        [0] valid
        [one] valid, with 1 piece of advice
       *[other] valid, with { $advice } pieces of advice
    }; deadline { $deadline }
cli-check-no-cases = `{ $path }` holds no case file: looked for files ending in `.yaml` or `.yml` (in subfolders too), without base files (a name that starts with `_`)

## Reading and writing files.
cli-cannot-read-case = cannot read the case file `{ $path }`: { $reason }
cli-cannot-read = cannot read `{ $path }`: { $reason }
cli-cannot-read-folder = cannot read the folder `{ $path }`: { $reason }
cli-cannot-read-templates = cannot read the templates folder `{ $path }`: { $reason }
cli-cannot-read-template = cannot read the template `{ $path }`: { $reason }
cli-cannot-create-folder = cannot create the folder `{ $path }`: { $reason }
cli-cannot-write = cannot write `{ $path }`: { $reason }
cli-stdout = cannot write to standard output: { $reason }
cli-temporary-file = cannot write a temporary file: { $reason }
cli-exists = { $count ->
        [one] { $paths } already exists
       *[other] { $paths } already exist
    }; nothing was written (use --force to overwrite)
cli-no-folder = the folder `{ $path }` does not exist; nothing was written
cli-replace-folder = it is a folder
cli-replace-link = it is a symbolic link; --force replaces only regular files, so remove the link first
cli-replace-special = it is not a regular file (a device, FIFO or socket); --force replaces only regular files

## render --out
cli-out-no-folder = --out `{ $path }`: the folder `{ $folder }` does not exist. Create it first, or write `{ $path }/` if you mean a new folder: it is then created
cli-out-wrong-extension = --out `{ $path }` ends in .{ $given }, but --format { $format } writes a .{ $extension } file; name it `{ $suggestion }`, or choose the format you want with --format
cli-out-all-extension = --out `{ $path }` ends in .{ $given }, but --format all writes { $extensions }; give a name without extension, such as `{ $suggestion }`, or a folder ending in `/`
cli-out-extension-added = the name had no extension; .{ $extension } was added

## The confirmation of a call: --entry.
cli-entry-missing = `--document confirmation` needs `--entry N`: the number of the call or meeting in `history` to confirm
cli-entry-none = the case has no `history` entry { $entry }
cli-entry-not-a-call = `history` entry { $entry } is not a phone call or a meeting, so there is nothing to confirm
cli-entry-no-choices = { $error }; this case has no phone call or meeting in `history` to confirm
cli-entry-choices = { $error }. The calls and meetings that can be confirmed:
    { $choices }

## The call notes without a fixed letter date.
cli-call-notes-date = note: the case has no `letter.date`, so these call notes count from a letter made today ({ $date }, deadline { $deadline }). Add `date: { $iso }` under `letter`, so that the letter names the term you announce in the call

## new
cli-new-bad-name = `{ $path }` is not a name for a case file: use a name that ends in .yaml, such as zaak.yaml
cli-new-exists = `{ $path }` already exists; `new` never overwrites a file. Give another name, such as `ingebrekestelling new zaak-2.yaml`
cli-new-wrote = wrote { $path }: fill in everything between < and >
cli-new-wrote-schema = wrote { $path }: lets your editor complete and explain the keys
cli-new-then = then run: ingebrekestelling check { $path }

## templates export
cli-templates-wrote = wrote { $path } ({ $about })
cli-templates-then = edit them, then use them with --templates { $path }

## batch
cli-batch-no-cases = no case files found in { $paths }: looked for `*.yaml` and `*.yml` files (in folders and their subfolders), skipping base files (a name that starts with `_`, or a file another case extends)
cli-batch-locked = another batch is writing into `{ $path }`; wait until it is done, or choose another --out
cli-cannot-lock = cannot lock `{ $path }` for this run: { $reason }
cli-lock-not-a-file = `{ $path }` is not a regular file; remove it
cli-batch-extended = another case in this run extends it, so it is taken as a base file and no letter is made for it; give a base file a name that starts with `_`
cli-batch-name-taken = its output name `{ $name }` is already used by `{ $owner }`; rename one of the files
cli-batch-link = `{ $path }` is a symbolic link; letters are written only into real folders below --out, so that none lands outside it
cli-batch-denied = advice given and --deny-warnings is set
cli-batch-kept-not-a-file = it exists and is not a regular file
cli-batch-kept-differs = `{ $path }` already exists and differs from what the case makes now; it was kept (--force replaces it)
cli-batch-nothing-to-confirm-none = nothing to confirm: `history` has no phone call or meeting
cli-batch-nothing-to-confirm-all = nothing to confirm: every phone call and meeting in `history` is already confirmed
cli-batch-and-more = { $first } (and { $count } more)
cli-cannot-write-manifest = cannot write the manifest in `{ $path }`: { $reason }
cli-file-name-not-text = `{ $path }`: the file name is not text; rename the file
cli-too-many-cases = more case files than one run can take
cli-folder-too-deep = the folder `{ $path }` lies more than { $depth } folders deep; its cases were skipped
cli-folder-skipped = cannot read the folder `{ $path }`: { $reason }; its cases were skipped
cli-batch-progress-cases = cases
cli-batch-progress-eta = eta

## The summary after a batch: "3 cases: 1 written, 2 kept; manifest in out/manifest.json".
cli-batch-summary = { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }: { $parts }; manifest in { $manifest }
cli-batch-written = { $count } written
cli-batch-kept = { $count } kept
cli-batch-nothing = { $count } with nothing to confirm
cli-batch-invalid = { $count } rejected
cli-batch-failed = { $count } failed
cli-batch-skipped = { $count } skipped
cli-batch-with-advice = { $count } with advice
cli-format-not-for = `--format { $format }` does not fit `--document { $document }`; this document comes as: { $formats }
cli-eml-skipped = no e-mail draft made: fill in { $fields } in the case file to make one as well
