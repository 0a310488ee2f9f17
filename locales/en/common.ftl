### What every message shares.

# Text that is not ours (a template engine, the operating system), unchanged.
verbatim = { $text }

# What was written: the line that ends a command that succeeded, in this small file so that
# the command need not read the whole catalogue.
wrote = wrote { $path }

## How a problem or advice begins: `error: …`, `warning[code]: …`, `= why: …`, `= hint: …`.
label-error = error
label-warning = warning
label-why = why
label-hint = hint

# A choice from more than two: "`a`, `b` or `c`".
list-or = { $rest } or { $last }

## Counts; the form depends on the number.
count-problems = { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }
count-advice = { $count ->
        [one] 1 piece of advice
       *[other] { $count } pieces of advice
    }
