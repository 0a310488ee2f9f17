### Advice about a valid case: warnings, the letter is still produced.
###
### One message per advice code, `advice-<code>`: the value is the message, `.why` says why
### it matters (with the article of law or the practice behind it), `.hint` what to do, and
### `.summary` is the one line that documents the code. The order follows the parts of the
### case, as in `src/advice/rules.rs`.
###
### Values that choose a wording:
###   $n, $entry, $breach    the number of a shortcoming or of an entry in `history`
###   $days                  a number of working days (0, 1 or more)
###   $what                  `call` or `meeting`

## Sender and supplier.

advice-signatory-without-role = the signatory, { $name }, has no role
    .why = only someone who may represent the organisation (a director, or someone with a power of attorney) can validly send the notice (art. 2:130 and 2:240 BW); the role shows it
    .hint = add `role:` under `sender.signatory`, e.g. `role: Directeur Bedrijfsvoering`
    .summary = the signatory has no role

advice-mandate = { $organisation } is a public body, and the letter does not say on whose behalf { $name } signs
    .why = a notice of default is a private-law act: for a municipality the college decides on it and the mayor represents the municipality (art. 160 lid 1 sub e and art. 171 Gemeentewet), usually through an official under the mandate decree (art. 10:12 Awb with art. 3:60 BW); a supplier may reject a declaration made under a power of attorney if it asks at once for proof of that power and does not get it promptly (art. 3:71 lid 1 BW)
    .hint = add `mandate:` under `sender.signatory` in the form your mandate decree prescribes, e.g. `Burgemeester en wethouders van Tiel, namens dezen,` or `De burgemeester van Tiel, namens deze,`
    .summary = a public body signs without `signatory.mandate`

advice-state-party = { $organisation } is not a legal person: the party to the contract is de Staat der Nederlanden
    .why = a ministry has no legal personality of its own; the State has (art. 2:1 lid 1 BW), so the notice is sent in the State's name
    .hint = write `organisation: Staat der Nederlanden ({ $organisation })` with `article: de`, as the party is named in the contract
    .summary = the sender is a ministry, which is not a legal person

# $party: the key, `sender` or `supplier`.
advice-article = the name { $organisation } takes an article in a sentence, and `article` is not given
    .why = in running text the letter says "de gemeente Tiel" or "het waterschap"; without the article it reads "Gemeente Tiel heeft u gewezen op …", which a careful reader notices
    .hint = add `article: de` (or `het`) under `{ $party }`
    .summary = a name such as "Gemeente …" without `article`

advice-attention-not-authorised = the letter is addressed to { $name } ({ $role }), who may not be authorised to receive it for { $supplier }
    .why = the notice works only once it reaches the supplier itself (art. 3:37 lid 3 BW); a project or account manager is not always the one who receives for the company, and many contracts name an address for notices
    .hint = check the contract's notice clause; address the letter to the directie at that address or the registered office (remove `attention`), and put { $name } in `cc`
    .summary = the addressee's role is not one that can receive for the supplier

advice-email-without-address = the letter is sent by e-mail, but the supplier has no e-mail address
    .why = the letter names the address it was e-mailed to, so that you can show where it went; an address used before in your contacts is the safest (art. 3:37 lid 3 BW)
    .hint = add `email:` under `supplier`, or remove `email` from `letter.sent_by`
    .summary = the letter is sent by e-mail but the supplier has no `email`

## The contract.

# $country: the country's Dutch name, as in the address.
advice-governing-law = the supplier is established in { $country }, and the case does not say which law governs the contract
    .why = without a choice of law, the law of the country where the supplier has its habitual residence usually applies (art. 4 lid 1 sub a and b and lid 2 Rome I, with art. 19), and that law governs the consequences of a breach (art. 12 lid 1 sub c Rome I); this letter is built on Dutch law
    .hint = find the choice of law in the contract and add `governing_law: Nederlands recht` with `governing_law_source: artikel … van de overeenkomst` under `contract`; if the contract has none, have a lawyer look at this first
    .summary = the supplier is outside the Netherlands and `governing_law` is not given

# $terms: the general terms as the case names them; $lapsed: `yes` when the date has passed.
advice-terms-expiry = { $lapsed ->
        [yes] under { $terms } a claim for damages may already have lapsed on { $date }
       *[no] under { $terms } a claim for damages may lapse on { $date }
    }
    .why = sets such as NLdigital's let a claim for damages lapse a fixed time after it arose (the date above assumes 24 months; read the period in your version of the terms); interrupting prescription (as this letter does) does not stop that, only legal action in time does. Likewise, a written notice such as this letter interrupts prescription of the claim to dissolve only when legal action follows within six months (art. 3:317 lid 2 BW)
    .hint = check the period in the text of { $terms }; if it ends soon, see a lawyer about starting proceedings in time
    .summary = a claim for damages may soon lapse under the supplier's general terms

advice-payments-suspended = payments to the supplier are suspended, and { $terms } exclude that
    .why = the NLdigital terms exclude suspension and set-off by the customer; if they apply and the suspension is not justified, you are in default of payment yourself, and stopping payment usually makes the supplier stop delivering (art. 6:262 BW)
    .hint = consider paying under protest with a reservation of rights, or have a lawyer check whether the exclusion holds before you keep the payments back
    .summary = the sender has stopped paying under NLdigital terms

advice-suspended-payments = payments to the supplier are suspended, but the letter does not say which
    .why = an unexplained suspension looks like a breach of your own; it is lawful only in proportion to the shortcoming (art. 6:262 lid 2 BW), and it usually makes the supplier stop delivering
    .hint = add `suspended_payments:` with the invoices or the amount, e.g. `de facturen 2026-118 en 2026-131, samen € 9.600,00`: the letter then suspends them on the ground of art. 6:262 BW; or pay under protest with a reservation of rights
    .summary = the sender has stopped paying, and the letter does not say which payments

## The shortcomings.

advice-breach-without-clause = shortcoming { $n } does not say where the obligation is written
    .why = the notice must name the obligation precisely so the supplier knows what to perform (art. 6:82 BW); the clause makes it undeniable
    .hint = add `clause:`, e.g. `Bijlage 2 (SLA), artikel 4.1`
    .summary = a shortcoming does not say where the obligation is written

# $reason: `no-number`, `few-words` or `both`; $words: the number of words in the facts.
advice-thin-facts = the facts of shortcoming { $n } are thin: { $reason ->
        [no-number] no date or number
        [few-words] only { $words } { $words ->
            [one] word
           *[other] words
        }
       *[both] no date or number, and only { $words } { $words ->
            [one] word
           *[other] words
        }
    }
    .why = a vague notice may not put the supplier in default: it must describe the shortcoming specifically (art. 6:82 BW), and ICT terms often ask for as much detail as possible
    .hint = say what happened and since when, with dates, measured values and ticket numbers
    .summary = the facts of a shortcoming hold no date or number, or fewer than 15 words

# $missing: `clause`, `since` or `both`.
advice-nldigital-detail = NLdigital terms apply and shortcoming { $n } has no { $missing ->
        [clause] `clause`
        [since] `since`
       *[both] `clause` and `since`
    }
    .why = the NLdigital terms only make the supplier liable after a notice that describes the shortcoming as completely and in as much detail as possible
    .hint = add { $missing ->
        [clause] `clause`
        [since] `since`
       *[both] `clause` and `since`
    } to shortcoming { $n }
    .summary = NLdigital terms apply and a shortcoming lacks `clause` or `since`

# $source: `history` (the first contact in `history`) or `letter` (this letter).
advice-late-complaint = shortcoming { $n } began on { $since }, but the first complaint ({ $source ->
        [letter] this letter
       *[history] the first contact in `history`
    }, { $date }) came more than two months later
    .why = for a defective performance you can lose the right to rely on the defect if you do not complain within a reasonable time after you discovered it or reasonably should have (art. 6:89 BW); when the shortcoming is not a defect but a performance that did not come (nothing or late delivered), this duty to complain does not apply (HR 23 maart 2007, ECLI:NL:HR:2007:AZ3531)
    .hint = if you complained earlier, add that contact to `history`; if not, have a lawyer look at this before you send the letter
    .summary = the first complaint came more than two months after the shortcoming began

advice-cisg = shortcoming { $n } concerns the delivery of goods by a supplier in { $country }
    .why = the Vienna Sales Convention (CISG) applies to a sale of goods between parties in different states when both are contracting states, or when the law of a contracting state applies, such as Dutch law (art. 1 lid 1 CISG); a choice of Dutch law therefore does not exclude it, only an exclusion in the contract itself does (art. 6 CISG); it has its own rules on notice of a lack of conformity (art. 39), an additional period for performance (art. 47) and avoidance (art. 49)
    .hint = check whether the contract excludes the CISG; if not, have a lawyer check the notice against art. 39, 47 and 49 CISG
    .summary = a shortcoming concerns the delivery of goods by a supplier abroad

advice-service-credits = shortcoming { $n } mentions service credits or a penalty
    .why = service credits and penalties are usually a penalty clause (art. 6:91 BW), and what is owed under one replaces the damages for the same shortcoming unless the contract says otherwise (art. 6:92 lid 2 BW)
    .hint = check the contract: if the credits replace damages, a claim for damages as well may fail; have a lawyer look at the clause
    .summary = a shortcoming mentions service credits or a penalty

## The contacts so far.

advice-unconfirmed-contact = the { $what ->
        [meeting] meeting
       *[call] phone call
    } of { $date } is not confirmed in writing
    .why = a confirmation by e-mail fixes what was agreed, gives you evidence (who relies on something must prove it, art. 150 Rv) and lets the supplier correct a misunderstanding at once
    .hint = confirm the { $what ->
        [meeting] meeting
       *[call] phone call
    } by e-mail (`render --document confirmation --entry { $entry }` writes the text), then add `confirmed_in_writing: YYYY-MM-DD` to history[{ $entry }]
    .summary = a phone call or meeting in `history` is not confirmed in writing

advice-history-order = the history is not in date order: this contact is older than the one before it
    .why = the letter lists the contacts in file order, and a reader expects them oldest first
    .hint = put the entries of `history` in date order, oldest first
    .summary = the history is not in date order

advice-contact-without-about = it is not known whether the { $what ->
        [meeting] meeting
       *[call] phone call
    } of { $date } concerned shortcoming { $breach }
    .why = shortcoming { $breach } has no `since`, so the tool cannot tell whether this contact was about it; a confirmation must not list what came up only later
    .hint = add `about:` with the numbers of the shortcomings to history[{ $entry }], e.g. `about: [1]`, or `since` to shortcoming { $breach }
    .summary = a call or meeting does not say which shortcomings it concerned

advice-no-announcement-call = the notice has not been announced by phone
    .why = a call before the letter keeps the relationship intact: the notice does not come as the last straw, and you can explain that it secures your rights (the practice this tool follows)
    .hint = call the supplier before you send the letter (`render --document call-notes` writes a script for the call), then add `announced_by_phone: YYYY-MM-DD` under `letter`
    .summary = the notice is not announced by phone (`letter.announced_by_phone`)

## The term, and how the letter is sent.

advice-short-term = the term is only { $days ->
        [0] not a single working day
        [one] 1 working day
       *[other] { $days } working days
    } (until { $deadline })
    .why = the term must be reasonable (art. 6:82 BW); a term that is too short invites a dispute about whether the supplier is in default at all (HR 11 oktober 2019, Fraanje/Alukon)
    .hint = give at least 5 working days, more when the repair takes work; earlier reminders can justify a shorter term
    .summary = the term is shorter than 5 working days

# $receipt: the day the letter is expected to arrive; $warned: `yes` when earlier deadlines or
# promises are on record in `history`.
advice-short-term-for-work = the term leaves { $days ->
        [0] not a single working day
        [one] 1 working day
       *[other] { $days } working days
    } after the letter is expected to arrive ({ $receipt }) for the delivery, implementation or migration of shortcoming { $n }
    .why = the term must be reasonable for what is asked (art. 6:82 BW), and such work takes time; a term that is too short invites a dispute about whether the supplier is in default at all
    .hint = { $warned ->
        [yes] earlier deadlines and promises in `history` can justify a shorter term (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon): make sure the letter shows them, or give at least 10 working days from receipt
       *[no] give at least 10 working days, counted from the day the letter arrives; more for a migration
    }
    .summary = under 10 working days from receipt for delivery, implementation or migration

# $day: `saturday`, `sunday`, `holiday` (its Dutch name in $holiday) or `decree`.
advice-deadline-not-working-day = the deadline { $deadline } falls on { $day ->
        [saturday] a Saturday
        [sunday] a Sunday
        [holiday] { $holiday }
       *[decree] a day declared equal to a public holiday by decree
    }
    .why = the Algemene termijnenwet extends a statutory term that ends on such a day to the next working day (art. 1 lid 1); it does not apply to the term in a notice as such, but a term that ends on such a day invites a dispute about the last day
    .hint = choose { $next } instead, or give the term as `working_days`
    .summary = a fixed deadline falls on a weekend or public holiday

advice-confirmation-after-deadline = the supplier is asked to confirm by { $confirm }, not before the deadline ({ $deadline })
    .why = the request to confirm is meant to show early whether the supplier will perform within the term (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); after the deadline it adds nothing
    .hint = give fewer working days to confirm, or a longer term
    .summary = the confirmation date is not before the deadline

# $suggest: the working days to confirm advised, counted from the letter date.
advice-short-confirmation-term = the supplier has { $days ->
        [0] not a single working day
        [one] 1 working day
       *[other] { $days } working days
    } after the letter is expected to arrive ({ $receipt }) to confirm
    .why = a request to commit to performance must leave a reasonable time to answer (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); a letter by post arrives about two working days after its date
    .hint = give at least { $suggest } working days to confirm (`confirm_within_working_days: { $suggest }`); and do not dissolve before the main deadline on an unanswered request alone without legal advice
    .summary = fewer than 3 working days to confirm after the letter is expected to arrive

advice-calendar-not-covered = the days declared equal to public holidays in { $year } are not known to this tool
    .why = such days are set by decree for a few years at a time (art. 3 lid 3 Algemene termijnenwet); a term in that year could end on one
    .hint = check wetten.overheid.nl for a decree that covers { $year }, or choose a fixed `date` you have checked
    .summary = a year of the term is not in the table of decree days

# $today: the day the letter is made (its date now); $iso: the same, as written in the case
# file; $reason: `announced` (announced by phone) or `sent` (there is a letter after the
# term, so the notice was sent).
advice-letter-date-open = the letter has no fixed date: the term is counted from the day the letter is made (today: { $today }, deadline { $deadline }) and moves every day
    .why = { $reason ->
        [sent] the notice has already been sent: the letter after the term refers to its date and deadline, and those must be the ones the supplier received, not ones counted from the day you make a letter
       *[announced] the date and deadline you announced by phone must be the ones in the letter; made a day later, the letter gives a later deadline than the one you announced
    }
    .hint = { $reason ->
        [sent] add under `letter` the date of the notice as you sent it (`date: YYYY-MM-DD`)
       *[announced] add `date: { $iso }` under `letter` (or the date you announced)
    }
    .summary = the letter has no `letter.date`, and the notice is announced by phone or already sent

advice-no-proof-of-receipt = the letter is not sent by registered mail, courier or bailiff
    .why = the notice only works once it reaches the supplier, and you must be able to prove that it did (art. 3:37 lid 3 BW); e-mail or ordinary mail alone is hard to prove
    .hint = send it by registered mail as well: `sent_by: [registered_mail, email]`
    .summary = the letter is not sent by registered mail, courier or bailiff

advice-registered-to-po-box = the letter goes by registered mail to a PO box ({ $street })
    .why = a registered letter is not handed over at a PO box: the supplier gets a notice to collect it, and may not collect it in time; the notice works only once it arrives (art. 3:37 lid 3 BW)
    .hint = send it by ordinary mail and e-mail as well: `sent_by: [registered_mail, mail, email]`, or to the street address
    .summary = a registered letter to a PO box without ordinary mail and e-mail beside it

# $method: `courier` or `bailiff`.
advice-courier-to-po-box = the letter goes { $method ->
        [bailiff] by bailiff
       *[courier] by courier
    } to a PO box ({ $street })
    .why = a courier or bailiff delivers at a street address, not at a PO box, so the letter would not arrive that way
    .hint = give the supplier's visiting or registered address as `street` (see the KVK register), or send it by registered mail
    .summary = a courier or bailiff is to deliver at a PO box

## The letter after the term.

advice-dissolution-by-email = the letter after the term dissolves the contract and goes by e-mail only
    .why = a dissolution is a written declaration; by e-mail it holds only when the contract was concluded electronically (art. 6:267 lid 1 BW)
    .hint = send it by registered mail or bailiff as well: `sent_by: [registered_mail, email]`
    .summary = the letter after the term dissolves the contract by e-mail only

# $count: how many shortcomings were performed in part; $list: their numbers.
advice-partly-performed = the letter after the term dissolves the contract, but { $count ->
        [one] shortcoming { $list } was
       *[other] shortcomings { $list } were
    } performed in part, and nothing was left unperformed
    .why = a dissolution needs a shortcoming that justifies it by its weight (art. 6:265 lid 1 BW); after partial performance that is open to debate
    .hint = have a lawyer weigh whether what is left justifies a dissolution, or dissolve only the part concerned
    .summary = a dissolution rests only on shortcomings that were performed in part

advice-termination-part-in-past = the part to dissolve starts on { $start }, before the date of the letter ({ $date })
    .why = a dissolution does not work back in time (art. 6:269 BW): it takes effect when the declaration arrives, so a part that starts earlier invites a dispute; what was already performed under the obligations it affects must be undone or paid for at its value (art. 6:271 and 6:272 BW)
    .hint = let the part start on or after the date of the letter; if you also want money back for defective performance in the past, describe that part by value, e.g. a proportional part of the fee for those months (art. 6:270 BW), and have a lawyer look at it
    .summary = the part to dissolve starts before the letter after the term

## Parts of the messages above.

# The numbers of shortcomings: "2 and 3", "1, 2 and 3".
advice-list-and = { $rest } and { $last }
