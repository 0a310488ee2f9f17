### The rules of a valid case: what is wrong, at a key (`sender.kvk: …`), and what to do.
### Each message follows `path: `, so it starts in lower case; its hint is `.hint`.

## Parts that many rules share.

# A part of the case that is not there; `what` is one of the `rule-what-…` below.
rule-missing = { $what } is missing
# `place` is `rule-place-top` or `rule-place-under`; `example` a value or a `rule-example-…`.
rule-missing-key-hint = add `{ $key }: { $example }` { $place }
rule-missing-section-hint = add `{ $key }:` { $place }, with its keys indented below it (see `examples/`)
rule-place-top = at the top level
rule-place-under = under `{ $parent }`

rule-empty = is empty
    .hint = write the text, or remove the key if it does not apply

# `what` is one of the `rule-what-…` below, `date` and `letter` are dates.
rule-after-letter = { $what } ({ $date }) lies after the letter date ({ $letter })
    .hint = the letter can only speak of what happened before it; check this date and `letter.date`

rule-listed-twice = is listed twice
    .hint = remove the second one
# An empty item in a list of choices (`sent_by`, `consequences`).
rule-empty-choice = is an empty entry
    .hint = remove the empty `-` line or the extra comma
# An empty item in another list (`cc`, `about`).
rule-empty-entry = is an empty entry
    .hint = remove the empty entry

# All of more than one: "`a`, `b` and `c`".
rule-list-and = { $rest } and { $last }

rule-no-such-breach = there is no shortcoming { $number }
rule-breach-numbers = { $count ->
        [one] there is one shortcoming, number 1
       *[other] the shortcomings are numbered 1 to { $count } in the order of `breaches`
    }

# A value whose form is checked (KVK number, postcode, IBAN, e-mail address, country code)
# between quotes as Word types them. `inner` is the value without them.
rule-curly-quotes = `{ $value }` is between typographic (curly) quotes, as a word processor types them
    .hint = use straight quotes, or none: `{ $key }: "{ $inner }"`

# `code` is the character's number, such as U+001B.
rule-control-character = holds a control character ({ $code }) that cannot be part of a letter
    .hint = remove it; such characters come in unseen when text is copied from another program

## The letter's own details, consequences, copies.

rule-version = format version { $version } is not known; this tool reads version 1
    .hint = write `version: 1`, or leave the key out
rule-suspended-payments-false = names suspended payments, but `payments_suspended` is `false`
    .hint = remove `suspended_payments`, or write `payments_suspended: true`
# A list of choices with nothing in it; `what` is a `rule-what-…`.
rule-lists-none = lists no { $what }
    .hint = write for example `{ $key }: { $example }`
rule-what-way-of-sending = way of sending
rule-what-consequence = consequence
rule-what-announcement-call = the announcement call

## Sender and supplier.

rule-what-sender = the sender (your organisation)
rule-what-sender-organisation = the sender's organisation name
rule-what-sender-address = the sender's address
rule-what-signatory = the signatory (who signs the letter)
rule-what-signatory-name = the signatory's name
rule-what-supplier = the supplier
rule-what-supplier-organisation = the supplier's organisation name
rule-what-supplier-address = the supplier's address
rule-what-addressee-name = the addressee's name
rule-what-street = the street
rule-what-city = the city
rule-what-postcode = the postcode
rule-example-legal-name = <legal name, e.g. Zorggroep Oost B.V.>
rule-example-name = <name, e.g. { $name }>
rule-example-street = <street and number, or Postbus 1200>
rule-example-city = <city>

rule-kvk = `{ $value }` is not a KVK number: it must be exactly 8 digits
    .hint = write the 8 digits without spaces, in quotes: `kvk: "12345678"`; for a company outside the Netherlands use `registration`
# `reason` is one of the `rule-iban-…` below.
rule-iban = `{ $value }` is not a valid IBAN: { $reason }
    .hint = copy the IBAN from a bank statement, e.g. `NL91 ABNA 0417 1643 00`; spaces are allowed
rule-iban-length = an IBAN has 15 to 34 letters and digits
rule-iban-start = it must start with a country code and two check digits, e.g. NL91
rule-iban-dutch-length = a Dutch IBAN has 18 characters
rule-iban-check-digits = its check digits do not match (a typing error?)
# `.hint-bare` when the value holds a name, quotes or angle brackets.
rule-email = `{ $value }` is not an e-mail address
    .hint = an e-mail address has one `@` and a domain with a dot, e.g. ict@zorggroep-oost.nl
    .hint-bare = write only the address, without a name, quotes or `<` and `>`, e.g. ict@zorggroep-oost.nl
rule-country = `{ $value }` is not a known country code
    .hint = use the two-letter ISO 3166 code, e.g. `NL`, `BE`, `DE`
    .hint-nl = the Netherlands is `NL`
    .hint-be = Belgium is `BE`
    .hint-de = Germany is `DE`
rule-postcode = `{ $value }` is not a Dutch postcode
    .hint = a Dutch postcode is 4 digits and 2 letters, e.g. 3511 AB (not starting with 0; not SA, SD or SS); for an address abroad add `country:`

## The contract and its law.

rule-what-contract = the contract
rule-what-contract-title = the contract's title
rule-example-contract-title = <title, e.g. Overeenkomst SaaS-dienstverlening EPD>
rule-what-contract-date = the contract date
# `law` as the case file names it.
rule-foreign-law = the contract is governed by { $law }, but this letter is built on Dutch law
    .hint = the notice cites the Dutch Civil Code (BW) throughout; under another law other rules decide when a supplier is in default. Have a lawyer of that law write the letter, or remove the key if Dutch law applies after all
rule-law-source-alone = says where the choice of law is made, but not which law
    .hint = add `governing_law: Nederlands recht` (or the law the contract names) under `contract`

## The shortcomings, their evidence and the enclosures.

rule-what-enclosure-id = the enclosure's id
rule-example-enclosure-id = <short name, e.g. storingsoverzicht>
rule-what-enclosure-title = the enclosure's title
rule-example-enclosure-title = <title as listed under Bijlagen>
rule-enclosure-id-twice = the id `{ $id }` is used twice
    .hint = give each enclosure its own id
rule-breaches-missing = the list of shortcomings is missing
    .hint = add `breaches:` with at least one shortcoming below it: `- obligation:`, `facts:` and `required_action:` (see `examples/`)
# Also for `about` in `history`, with `.hint-about`.
rule-no-breaches = lists no shortcomings
    .hint = a notice needs at least one specific shortcoming under `breaches:`
    .hint-about = write the numbers of the shortcomings this contact was about, e.g. `about: [1]`, or remove the key
rule-too-many-breaches = lists { $count } shortcomings; one notice holds at most { $max }
    .hint = split the shortcomings over several notices, one per contract or per part of the work, or group shortcomings of the same kind into one
rule-what-obligation = the obligation
rule-example-obligation = <what the supplier promised>
rule-what-facts = the description of the facts
rule-example-facts = <what happened, since when, measured values>
rule-what-required-action = the required action
rule-example-required-action = <what the supplier must do>
rule-what-breach-start = the start of the shortcoming
# Evidence that names no enclosure; the hint is `.did-you-mean` for a close id, `.known` with
# the ids there are, or `.hint` when there are none.
rule-unknown-evidence = no enclosure has the id `{ $id }`
    .hint = add the document under `enclosures:` with this id and a title
    .did-you-mean = did you mean `{ $close }`?
    .known = { $count ->
        [one] the only enclosure has the id { $ids }
       *[other] the enclosure ids are { $ids }
    }

## The earlier contacts.

rule-what-contact-date = the date of the contact
rule-what-channel = the channel
rule-what-summary = the summary
rule-example-summary = <what was said or promised>
rule-what-this-contact = this contact
rule-what-confirmation = the written confirmation
rule-confirmation-before-contact = the confirmation ({ $confirmation }) is older than the contact it confirms ({ $contact })
    .hint = give the date of the e-mail or letter that confirmed this contact

## The term and the request to confirm.

rule-days-zero = must be at least 1
    .hint = give a number of days of 1 or more
rule-days-too-many = { $count } is more than the maximum of { $max }
    .hint = so long a term does not fit a notice of default, which gives the supplier a last chance; check the number
rule-deadline-missing = the deadline is missing
    .hint = add for example `deadline:` with `working_days: 10` indented below it (or `days: 14`, or `date: 2026-12-15`)
rule-deadline-none = gives no term
    .hint = give one of `working_days: 10`, `days: 14` or `date: 2026-12-15`
# `keys` is a `rule-list-and` of the keys given.
rule-deadline-several = gives { $keys }; give exactly one
    .hint = keep the one you mean and remove the others
rule-deadline-not-after-letter = the deadline ({ $date }) must fall after the letter date ({ $letter })
    .hint = choose a later date, or give the term as `working_days: 10`
rule-deadline-below-minimum = the contract requires a term of at least { $minimum ->
        [one] 1 day
       *[other] { $minimum } days
    }, but the deadline ({ $date }) is { $days ->
        [one] 1 day
       *[other] { $days } days
    } after the letter date
    .hint = choose a deadline on or after { $earliest } (`contract.minimum_term_days`)

## The letter after the term (`follow_up`), checked when that letter is made.

rule-follow-up-missing = the letter after the term needs `follow_up` in the case file
    .hint = add `follow_up:` with the letter's `date` (after the deadline, { $deadline }) and `actions: [damages, termination]`
rule-follow-up-date-missing = the date of the letter after the term is missing
    .hint = add `date:` under `follow_up`, on or after { $default_from }
rule-follow-up-too-early = the letter after the term is dated { $date }, but the deadline of the notice is { $deadline }: the supplier is not in default before { $default_from }
    .hint = date the letter on or after { $default_from }; a dissolution or a claim for replacement damages before the supplier is in default has no effect
rule-follow-up-no-actions = the letter after the term has no `actions`
    .hint = say what it does: `actions: [damages]`, `[damages, termination]` or `[replacement_damages]`
rule-follow-up-scope-missing = the letter dissolves the contract, but does not say how much of it
    .hint = add `termination_scope: full` (the whole contract) or `partial` (with `termination_part`: the part, in words)
rule-follow-up-part-missing = a partial dissolution must name the part it covers
    .hint = add `termination_part:` with the part in words, by quantity ("de module Roosterplanning vanaf 1 februari 2027") or by value ("een evenredig deel van de vergoeding over oktober tot en met december 2026"); a partial dissolution reduces both parties' performance in proportion (art. 6:270 BW), so the letter must say unambiguously which part it covers
rule-follow-up-part-not-partial = names a part to dissolve, but the letter does not dissolve the contract in part
    .hint = add `termination` to `actions` with `termination_scope: partial`, or remove `termination_part`
rule-follow-up-full-and-replacement = the letter dissolves the whole contract and also claims replacement damages
    .hint = for one and the same obligation these exclude each other (art. 6:87 and 6:265 BW); after a dissolution the damage is claimed under art. 6:277 BW: keep `termination` with `damages`, or dissolve in part
rule-outcome-breach-missing = the outcome does not say which shortcoming it is about
    .hint = add `breach: N`, the number of the shortcoming (1 = the first)
rule-outcome-status-missing = the outcome of shortcoming { $number } has no `status`
    .hint = add `status:` with `performed`, `not_performed`, `partly` or `late`
rule-outcome-accepted-missing = shortcoming { $number } was performed late, but the outcome does not say whether that was accepted
    .hint = add `accepted: true` (the late performance was accepted) or `accepted: false`
rule-outcome-accepted-not-late = `accepted` only goes with `status: late`
    .hint = remove `accepted`, or write `status: late`
rule-outcome-twice = shortcoming { $number } has two outcomes
    .hint = give each shortcoming one outcome
# `numbers` is a `rule-list-and` of shortcoming numbers, `count` how many.
rule-outcome-missing = the letter dissolves the contract or claims replacement damages, but does not state the outcome of { $count ->
        [one] shortcoming
       *[other] shortcomings
    } { $numbers }
    .hint = add under `follow_up` an `outcome:` entry for every shortcoming, e.g. `- {"{"}breach: 1, status: not_performed{"}"}`; a letter that dissolves must never state a shortcoming that was repaired
rule-outcome-no-ground = every shortcoming was performed, or performed late and accepted: there is nothing left to dissolve or to claim replacement damages for
    .hint = remove `termination` and `replacement_damages` from `actions`; damages for the delay can still be claimed with `damages`
rule-outcome-all-performed = every shortcoming was performed within the term: the supplier is not in default
    .hint = no letter after the term is needed; damage the shortcoming had already caused and that later performance cannot undo (such as the effects of an outage) may still be claimable: have a lawyer assess it
rule-received-date-missing = the date the notice arrived is missing
    .hint = add `date:` with the day of delivery, from the delivery record
rule-received-proof-missing = the proof that the notice arrived is missing
    .hint = add `proof:` with the delivery record, e.g. `Track & Trace 3SABCD1234567`; a proof of posting does not show that it arrived
rule-received-after-deadline = the notice arrived on { $date }, after its own deadline ({ $deadline })
    .hint = a notice that arrives after its deadline gives no term at all: the supplier is not in default on it. Send a new notice with a new term
rule-received-before-notice = the notice arrived on { $date }, before the date on the notice ({ $notice_date })
    .hint = check this date and `follow_up.notice_date`
rule-claim-amount-missing = the demand for payment has no amount
    .hint = add `amount:` in euros, e.g. `amount: 12500.00`
rule-claim-basis-missing = the demand for payment does not say what it claims
    .hint = add `basis: damages` (schadevergoeding), `repayment` (terugbetaling na ontbinding) or `penalty` (een contractuele boete)
rule-claim-repayment-without-termination = repayment is claimed, but the letter does not dissolve the contract
    .hint = what was paid must be repaid only after a dissolution (art. 6:271 BW): add `termination` to `actions`, or claim `damages`
rule-claim-pay-within = { $days } days is not a term to pay
    .hint = give a number of days from 1 to 365; 14 is usual
rule-claim-iban-missing = the demand for payment needs the account to pay to
    .hint = add `iban:` under `sender`, e.g. `iban: NL91 ABNA 0417 1643 00`
rule-line-break = `{ $key }` belongs on one line, but it has a line break
    .hint = write the value on one line, without `|` or `>` before it and without `\n` in it
