### De regels van een geldig dossier: wat er mis is bij een sleutel (`sender.kvk: …`) en wat u
### eraan doet. Elke melding volgt op `pad: `, dus begint met een kleine letter; de tip is `.hint`.

## Delen die veel regels gebruiken.

# Een deel van het dossier dat er niet is; `what` is een van de `rule-what-…` hieronder.
rule-missing = { $what } ontbreekt
# `place` is `rule-place-top` of `rule-place-under`; `example` een waarde of een `rule-example-…`.
rule-missing-key-hint = voeg `{ $key }: { $example }` toe { $place }
rule-missing-section-hint = voeg `{ $key }:` toe { $place }, met de sleutels die erbij horen ingesprongen op de regels eronder (zie `examples/`)
rule-place-top = op het bovenste niveau
rule-place-under = onder `{ $parent }`

rule-empty = is leeg
    .hint = vul de tekst in, of haal de sleutel weg als die niet van toepassing is

# `what` is een van de `rule-what-…` hieronder, `date` en `letter` zijn datums.
rule-after-letter = { $what } ({ $date }) ligt na de datum van de brief ({ $letter })
    .hint = de brief kan alleen gaan over wat er vóór de brief gebeurde; controleer deze datum en `letter.date`

rule-listed-twice = staat twee keer in de lijst
    .hint = haal de tweede weg
# Een leeg onderdeel in een lijst met keuzes (`sent_by`, `consequences`).
rule-empty-choice = is een leeg onderdeel van de lijst
    .hint = haal de lege regel met `-` weg, of de overbodige komma
# Een leeg onderdeel in een andere lijst (`cc`, `about`).
rule-empty-entry = is een leeg onderdeel van de lijst
    .hint = haal het lege onderdeel weg

# Alle van meer dan één: "`a`, `b` en `c`".
rule-list-and = { $rest } en { $last }

rule-no-such-breach = er is geen tekortkoming { $number }
rule-breach-numbers = { $count ->
        [one] er is één tekortkoming, nummer 1
       *[other] de tekortkomingen zijn genummerd van 1 tot en met { $count }, in de volgorde van `breaches`
    }

# Een waarde waarvan de vorm wordt gecontroleerd (KVK-nummer, postcode, IBAN, e-mailadres,
# landcode) tussen aanhalingstekens zoals Word ze zet. `inner` is de waarde zonder die tekens.
rule-curly-quotes = `{ $value }` staat tussen typografische (gekrulde) aanhalingstekens, zoals een tekstverwerker als Word ze zet
    .hint = gebruik gewone, rechte aanhalingstekens, of helemaal geen: `{ $key }: "{ $inner }"`

# `code` is het nummer van het teken, zoals U+001B.
rule-control-character = bevat een onzichtbaar stuurteken ({ $code }) dat niet in een brief kan staan
    .hint = haal het weg; zulke tekens komen ongemerkt mee als u tekst uit een ander programma kopieert

## De gegevens van de brief zelf, de gevolgen, de kopieën.

rule-version = versie { $version } van het formaat is onbekend; dit programma leest versie 1
    .hint = schrijf `version: 1`, of laat de sleutel weg
rule-suspended-payments-false = noemt opgeschorte betalingen, maar `payments_suspended` is `false`
    .hint = haal `suspended_payments` weg, of schrijf `payments_suspended: true`
# Een lijst met keuzes waar niets in staat; `what` is een `rule-what-…`.
rule-lists-none = noemt geen { $what }
    .hint = schrijf bijvoorbeeld `{ $key }: { $example }`
rule-what-way-of-sending = manier van versturen
rule-what-consequence = gevolg
rule-what-announcement-call = het telefoongesprek waarin u de brief aankondigde

## Afzender en leverancier.

rule-what-sender = de afzender (uw organisatie)
rule-what-sender-organisation = de naam van uw organisatie
rule-what-sender-address = het adres van uw organisatie
rule-what-signatory = de ondertekenaar (wie de brief ondertekent)
rule-what-signatory-name = de naam van de ondertekenaar
rule-what-supplier = de leverancier
rule-what-supplier-organisation = de naam van de leverancier
rule-what-supplier-address = het adres van de leverancier
rule-what-addressee-name = de naam van de geadresseerde
rule-what-street = de straat met huisnummer
rule-what-city = de plaats
rule-what-postcode = de postcode
rule-example-legal-name = <juridische naam, bijvoorbeeld Zorggroep Oost B.V.>
rule-example-name = <voorletters en achternaam, bijvoorbeeld { $name }>
rule-example-street = <straat en huisnummer, of Postbus 1200>
rule-example-city = <plaats>

rule-kvk = `{ $value }` is geen KVK-nummer: dat bestaat uit precies 8 cijfers
    .hint = schrijf de 8 cijfers zonder spaties, tussen aanhalingstekens: `kvk: "12345678"`; gebruik voor een bedrijf buiten Nederland `registration`
# `reason` is een van de `rule-iban-…` hieronder.
rule-iban = `{ $value }` is geen geldig IBAN: { $reason }
    .hint = neem het IBAN over van een bankafschrift, bijvoorbeeld `NL91 ABNA 0417 1643 00`; spaties mogen
rule-iban-length = een IBAN heeft 15 tot en met 34 letters en cijfers
rule-iban-start = het moet beginnen met een landcode en twee controlecijfers, zoals NL91
rule-iban-dutch-length = een Nederlands IBAN heeft 18 tekens
rule-iban-check-digits = de controlecijfers kloppen niet (een tikfout?)
# `.hint-bare` als de waarde een naam, aanhalingstekens of punthaken bevat.
rule-email = `{ $value }` is geen e-mailadres
    .hint = een e-mailadres heeft één `@` en daarna een domein met een punt, bijvoorbeeld ict@zorggroep-oost.nl
    .hint-bare = schrijf alleen het adres, zonder naam, aanhalingstekens of `<` en `>`, bijvoorbeeld ict@zorggroep-oost.nl
rule-country = `{ $value }` is geen bekende landcode
    .hint = gebruik de landcode van twee letters (ISO 3166), bijvoorbeeld `NL`, `BE` of `DE`
    .hint-nl = de landcode van Nederland is `NL`
    .hint-be = de landcode van België is `BE`
    .hint-de = de landcode van Duitsland is `DE`
rule-postcode = `{ $value }` is geen Nederlandse postcode
    .hint = een Nederlandse postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 3511 AB (niet beginnend met 0; niet SA, SD of SS); voeg bij een adres in het buitenland `country:` toe

## De overeenkomst en het recht dat erop van toepassing is.

rule-what-contract = de overeenkomst
rule-what-contract-title = de titel van de overeenkomst
rule-example-contract-title = <titel, bijvoorbeeld Overeenkomst SaaS-dienstverlening EPD>
rule-what-contract-date = de datum van de overeenkomst
# `law` zoals het dossier het noemt.
rule-foreign-law = op de overeenkomst is { $law } van toepassing, maar deze brief is gebouwd op Nederlands recht
    .hint = de ingebrekestelling verwijst overal naar het Burgerlijk Wetboek (BW); onder een ander recht bepalen andere regels wanneer een leverancier in verzuim is. Laat de brief schrijven door een advocaat die dat recht kent, of haal de sleutel weg als toch Nederlands recht geldt
rule-law-source-alone = zegt waar de rechtskeuze staat, maar niet welk recht geldt
    .hint = voeg onder `contract` de regel `governing_law: Nederlands recht` toe (of het recht dat de overeenkomst noemt)

## De tekortkomingen, het bewijs en de bijlagen.

rule-what-enclosure-id = de id (korte naam) van de bijlage
rule-example-enclosure-id = <korte naam, bijvoorbeeld storingsoverzicht>
rule-what-enclosure-title = de titel van de bijlage
rule-example-enclosure-title = <titel zoals onder Bijlagen in de brief>
rule-enclosure-id-twice = de id `{ $id }` komt twee keer voor
    .hint = geef elke bijlage een eigen id
rule-breaches-missing = de lijst met tekortkomingen ontbreekt
    .hint = voeg `breaches:` toe met daaronder minstens één tekortkoming: `- obligation:`, `facts:` en `required_action:` (zie `examples/`)
# Ook voor `about` in `history`, met `.hint-about`.
rule-no-breaches = noemt geen tekortkomingen
    .hint = een ingebrekestelling heeft minstens één concrete tekortkoming nodig onder `breaches:`
    .hint-about = schrijf de nummers van de tekortkomingen waarover dit contactmoment ging, bijvoorbeeld `about: [1]`, of haal de sleutel weg
rule-too-many-breaches = noemt { $count } tekortkomingen; één ingebrekestelling bevat er hoogstens { $max }
    .hint = verdeel de tekortkomingen over meer ingebrekestellingen, één per overeenkomst of per deel van het werk, of voeg tekortkomingen van dezelfde soort samen tot één
rule-what-obligation = de verplichting
rule-example-obligation = <wat de leverancier heeft beloofd>
rule-what-facts = de beschrijving van de feiten
rule-example-facts = <wat er gebeurde, sinds wanneer, gemeten waarden>
rule-what-required-action = de gevraagde herstelactie
rule-example-required-action = <wat de leverancier moet doen>
rule-what-breach-start = het begin van de tekortkoming
# Bewijs dat geen bijlage noemt; de tip is `.did-you-mean` bij een id die erop lijkt, `.known`
# met de id's die er zijn, of `.hint` als er geen zijn.
rule-unknown-evidence = geen bijlage heeft de id `{ $id }`
    .hint = voeg het document toe onder `enclosures:`, met deze id en een titel
    .did-you-mean = bedoelt u `{ $close }`?
    .known = { $count ->
        [one] de enige bijlage heeft de id { $ids }
       *[other] de id's van de bijlagen zijn { $ids }
    }

## De eerdere contactmomenten.

rule-what-contact-date = de datum van het contactmoment
rule-what-channel = de soort contact
rule-what-summary = de samenvatting
rule-example-summary = <wat er is gezegd of toegezegd>
rule-what-this-contact = dit contactmoment
rule-what-confirmation = de schriftelijke bevestiging
rule-confirmation-before-contact = de bevestiging ({ $confirmation }) ligt vóór het contactmoment dat ze bevestigt ({ $contact })
    .hint = geef de datum van de e-mail of brief waarin u dit contactmoment bevestigde

## De termijn en het verzoek om te bevestigen.

rule-days-zero = moet minstens 1 zijn
    .hint = geef een aantal dagen van 1 of meer
rule-days-too-many = { $count } is meer dan het maximum van { $max }
    .hint = zo'n lange termijn past niet bij een ingebrekestelling, die de leverancier een laatste kans geeft; controleer het getal
rule-deadline-missing = de termijn ontbreekt
    .hint = voeg bijvoorbeeld `deadline:` toe met daaronder, ingesprongen, `working_days: 10` (of `days: 14`, of `date: 2026-12-15`)
rule-deadline-none = geeft geen termijn
    .hint = geef één van `working_days: 10`, `days: 14` of `date: 2026-12-15`
# `keys` is een `rule-list-and` van de gegeven sleutels.
rule-deadline-several = geeft { $keys }; geef er precies één
    .hint = houd de termijn die u bedoelt en haal de andere weg
rule-deadline-not-after-letter = de uiterste datum ({ $date }) moet na de datum van de brief ({ $letter }) liggen
    .hint = kies een latere datum, of geef de termijn als `working_days: 10`
rule-deadline-below-minimum = de overeenkomst eist een termijn van minstens { $minimum ->
        [one] 1 dag
       *[other] { $minimum } dagen
    }, maar de uiterste datum ({ $date }) ligt { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } na de datum van de brief
    .hint = kies een uiterste datum op of na { $earliest } (`contract.minimum_term_days`)

## De brief na de termijn (`follow_up`), gecontroleerd als die brief wordt gemaakt.

rule-follow-up-missing = de brief na de termijn heeft `follow_up` in het dossier nodig
    .hint = voeg `follow_up:` toe met de `date` van de brief (na de uiterste datum, { $deadline }) en `actions: [damages, termination]`
rule-follow-up-date-missing = de datum van de brief na de termijn ontbreekt
    .hint = voeg onder `follow_up` de regel `date:` toe, met een datum op of na { $default_from }
rule-follow-up-too-early = de brief na de termijn heeft de datum { $date }, maar de uiterste datum van de ingebrekestelling is { $deadline }: de leverancier is pas vanaf { $default_from } in verzuim
    .hint = dateer de brief op of na { $default_from }; een ontbinding of een vordering tot vervangende schadevergoeding voordat de leverancier in verzuim is, heeft geen gevolg
rule-follow-up-no-actions = de brief na de termijn heeft geen `actions`
    .hint = zeg wat de brief doet: `actions: [damages]`, `[damages, termination]` of `[replacement_damages]`
rule-follow-up-scope-missing = de brief ontbindt de overeenkomst, maar zegt niet of dat geheel of gedeeltelijk is
    .hint = voeg `termination_scope: full` toe (de hele overeenkomst) of `partial` (met `termination_part`: het deel, in woorden)
rule-follow-up-part-missing = een gedeeltelijke ontbinding moet noemen welk deel ze betreft
    .hint = voeg `termination_part:` toe met het deel in woorden, naar omvang ("de module Roosterplanning vanaf 1 februari 2027") of naar waarde ("een evenredig deel van de vergoeding over oktober tot en met december 2026"); een gedeeltelijke ontbinding vermindert de prestaties van beide partijen evenredig (art. 6:270 BW), dus de brief moet ondubbelzinnig zeggen welk deel ze betreft
rule-follow-up-part-not-partial = noemt een deel om te ontbinden, maar de brief ontbindt de overeenkomst niet gedeeltelijk
    .hint = zet `termination` bij `actions`, met `termination_scope: partial`, of haal `termination_part` weg
rule-follow-up-full-and-replacement = de brief ontbindt de hele overeenkomst en vordert ook vervangende schadevergoeding
    .hint = voor één en dezelfde verplichting sluiten die twee elkaar uit (art. 6:87 en 6:265 BW); na een ontbinding vordert u de schade op grond van art. 6:277 BW: houd `termination` met `damages`, of ontbind gedeeltelijk
rule-outcome-breach-missing = de uitkomst zegt niet over welke tekortkoming ze gaat
    .hint = voeg `breach: N` toe, met N het nummer van de tekortkoming (1 = de eerste)
rule-outcome-status-missing = de uitkomst van tekortkoming { $number } heeft geen `status`
    .hint = voeg `status:` toe met `performed` (nagekomen), `not_performed` (niet nagekomen), `partly` (gedeeltelijk nagekomen) of `late` (te laat nagekomen)
rule-outcome-accepted-missing = tekortkoming { $number } is te laat nagekomen, maar de uitkomst zegt niet of u dat hebt aanvaard
    .hint = voeg `accepted: true` toe (u hebt de late nakoming aanvaard) of `accepted: false`
rule-outcome-accepted-not-late = `accepted` hoort alleen bij `status: late`
    .hint = haal `accepted` weg, of schrijf `status: late`
rule-outcome-twice = tekortkoming { $number } heeft twee uitkomsten
    .hint = geef elke tekortkoming één uitkomst
# `numbers` is een `rule-list-and` van nummers van tekortkomingen, `count` hoeveel.
rule-outcome-missing = de brief ontbindt de overeenkomst of vordert vervangende schadevergoeding, maar noemt niet de uitkomst van { $count ->
        [one] tekortkoming
       *[other] de tekortkomingen
    } { $numbers }
    .hint = voeg onder `follow_up` bij `outcome:` voor elke tekortkoming een regel toe, bijvoorbeeld `- {"{"}breach: 1, status: not_performed{"}"}`; een brief die ontbindt, mag nooit een tekortkoming aanvoeren die al is hersteld
rule-outcome-no-ground = elke tekortkoming is nagekomen, of te laat nagekomen en aanvaard: er valt niets meer te ontbinden en geen vervangende schadevergoeding te vorderen
    .hint = haal `termination` en `replacement_damages` weg uit `actions`; schadevergoeding voor de vertraging kunt u nog vorderen met `damages`
rule-outcome-all-performed = elke tekortkoming is binnen de termijn nagekomen: de leverancier is niet in verzuim
    .hint = een brief na de termijn is niet nodig; schade die de tekortkoming al had veroorzaakt en die latere nakoming niet ongedaan maakt (zoals de gevolgen van een storing), kunt u mogelijk nog vorderen: laat dat een advocaat beoordelen
rule-received-date-missing = de datum waarop de ingebrekestelling aankwam, ontbreekt
    .hint = voeg `date:` toe met de dag van bezorging, zoals die in het bewijs van bezorging staat
rule-received-proof-missing = het bewijs dat de ingebrekestelling is aangekomen, ontbreekt
    .hint = voeg `proof:` toe met het bewijs van bezorging, bijvoorbeeld `Track & Trace 3SABCD1234567`; een bewijs van verzending laat niet zien dat de brief is aangekomen
rule-received-after-deadline = de ingebrekestelling kwam aan op { $date }, na haar eigen uiterste datum ({ $deadline })
    .hint = een ingebrekestelling die na haar uiterste datum aankomt, geeft helemaal geen termijn: de leverancier komt daardoor niet in verzuim. Stuur een nieuwe ingebrekestelling met een nieuwe termijn
rule-received-before-notice = de ingebrekestelling kwam aan op { $date }, vóór de datum die erop staat ({ $notice_date })
    .hint = controleer deze datum en `follow_up.notice_date`
rule-claim-amount-missing = de sommatie tot betaling noemt geen bedrag
    .hint = voeg `amount:` toe, in euro, bijvoorbeeld `amount: 12500.00`
rule-claim-basis-missing = de sommatie tot betaling zegt niet wat ze vordert
    .hint = voeg `basis: damages` (schadevergoeding), `repayment` (terugbetaling na ontbinding) of `penalty` (een contractuele boete) toe
rule-claim-repayment-without-termination = de sommatie vordert terugbetaling, maar de brief ontbindt de overeenkomst niet
    .hint = de plicht om terug te betalen wat is betaald, ontstaat pas door een ontbinding (art. 6:271 BW): zet `termination` bij `actions`, of vorder `damages`
rule-claim-pay-within = { $days } dagen is geen termijn om te betalen
    .hint = geef een aantal dagen van 1 tot en met 365; 14 is gebruikelijk
rule-claim-iban-missing = de sommatie tot betaling heeft het rekeningnummer nodig waarop de leverancier moet betalen
    .hint = voeg onder `sender` de regel `iban:` toe, bijvoorbeeld `iban: NL91 ABNA 0417 1643 00`
rule-line-break = `{ $key }` hoort op één regel te staan, maar er staat een regeleinde in
    .hint = zet de waarde op één regel, zonder `|` of `>` ervoor en zonder `\n` erin
