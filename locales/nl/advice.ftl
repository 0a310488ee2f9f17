### Adviezen bij een geldig dossier: waarschuwingen, de brief wordt toch gemaakt.
###
### Per adviescode één bericht, `advice-<code>`: de waarde is de melding, `.why` zegt waarom
### het ertoe doet (met het wetsartikel of de werkwijze erachter), `.hint` wat de gebruiker
### kan doen, en `.summary` is de regel die de code in de documentatie beschrijft. De volgorde
### volgt de delen van het dossier, zoals in `src/advice/rules.rs`.
###
### Waarden die een formulering kiezen:
###   $n, $entry, $breach    het nummer van een tekortkoming of van een onderdeel van `history`
###   $days                  een aantal werkdagen (0, 1 of meer)
###   $what                  `call` (telefoongesprek) of `meeting` (overleg)

## Afzender en leverancier.

advice-signatory-without-role = bij de ondertekenaar, { $name }, staat geen functie
    .why = alleen wie de organisatie mag vertegenwoordigen (een bestuurder, of iemand met een volmacht), kan de ingebrekestelling geldig versturen (bij een nv of bv: art. 2:130 en 2:240 BW); de functie laat zien dat dat zo is
    .hint = voeg `role:` toe onder `sender.signatory`, bijvoorbeeld `role: Directeur Bedrijfsvoering`
    .summary = bij de ondertekenaar staat geen functie

advice-mandate = { $organisation } is een publiekrechtelijk lichaam, en de brief zegt niet namens wie { $name } tekent
    .why = een ingebrekestelling is een privaatrechtelijke rechtshandeling: bij een gemeente beslist het college erover en vertegenwoordigt de burgemeester de gemeente (art. 160 lid 1 sub e en art. 171 Gemeentewet), meestal via een ambtenaar op grond van het mandaatbesluit (art. 10:12 Awb in samenhang met art. 3:60 BW); een leverancier mag een verklaring van een gevolmachtigde als ongeldig afwijzen als hij meteen om bewijs van de volmacht vraagt en dat niet onverwijld krijgt (art. 3:71 lid 1 BW)
    .hint = voeg `mandate:` toe onder `sender.signatory`, in de vorm die uw mandaatbesluit voorschrijft, bijvoorbeeld `Burgemeester en wethouders van Tiel, namens dezen,` of `De burgemeester van Tiel, namens deze,`
    .summary = een publiekrechtelijk lichaam tekent zonder `signatory.mandate`

advice-state-party = { $organisation } is geen rechtspersoon: partij bij de overeenkomst is de Staat der Nederlanden
    .why = een ministerie heeft geen eigen rechtspersoonlijkheid, de Staat wel (art. 2:1 lid 1 BW); de ingebrekestelling gaat daarom uit in naam van de Staat
    .hint = schrijf `organisation: Staat der Nederlanden ({ $organisation })` met `article: de`, zoals de partij in de overeenkomst wordt genoemd
    .summary = de afzender is een ministerie, en dat is geen rechtspersoon

# $party: de sleutel, `sender` of `supplier`.
advice-article = de naam { $organisation } krijgt in een zin een lidwoord, en `article` ontbreekt
    .why = in de lopende tekst schrijft de brief "de gemeente Tiel" of "het waterschap"; zonder lidwoord staat er "Gemeente Tiel heeft u gewezen op …", en dat valt een zorgvuldige lezer op
    .hint = voeg `article: de` (of `het`) toe onder `{ $party }`
    .summary = een naam als "Gemeente …" zonder `article`

advice-attention-not-authorised = de brief is gericht aan { $name } ({ $role }), die mogelijk niet bevoegd is hem namens { $supplier } in ontvangst te nemen
    .why = de ingebrekestelling werkt pas als ze de leverancier zelf bereikt (art. 3:37 lid 3 BW); een project- of accountmanager is niet altijd degene die voor het bedrijf ontvangt, en veel overeenkomsten noemen een adres voor mededelingen
    .hint = kijk in de overeenkomst naar de bepaling over mededelingen; richt de brief aan de directie op het adres dat daar staat of op het vestigingsadres (haal `attention` weg), en zet { $name } in `cc`
    .summary = de functie van de geadresseerde is er geen die voor de leverancier kan ontvangen

advice-email-without-address = de brief gaat per e-mail, maar de leverancier heeft geen e-mailadres
    .why = de brief noemt het adres waarnaar hij is gemaild, zodat u kunt laten zien waar hij heen ging; een adres dat u al eerder in uw contact met de leverancier hebt gebruikt, is het veiligst (art. 3:37 lid 3 BW)
    .hint = voeg `email:` toe onder `supplier`, of haal `email` weg uit `letter.sent_by`
    .summary = de brief gaat per e-mail, maar de leverancier heeft geen `email`

## De overeenkomst.

# $country: de Nederlandse naam van het land, zoals in het adres.
advice-governing-law = de leverancier is gevestigd in { $country }, en het dossier zegt niet welk recht op de overeenkomst van toepassing is
    .why = zonder rechtskeuze geldt in de regel het recht van het land waar de leverancier zijn gewone verblijfplaats heeft (art. 4 lid 1 sub a en b en lid 2 Rome I, met art. 19), en dat recht bepaalt de gevolgen van een tekortkoming in de nakoming (art. 12 lid 1 sub c Rome I); deze brief is gebouwd op Nederlands recht
    .hint = zoek de rechtskeuze op in de overeenkomst en voeg onder `contract` `governing_law: Nederlands recht` toe, met `governing_law_source: artikel … van de overeenkomst`; staat er geen rechtskeuze in, laat hier dan eerst een jurist naar kijken
    .summary = de leverancier is buiten Nederland gevestigd en `governing_law` ontbreekt

# $terms: de algemene voorwaarden zoals het dossier ze noemt; $lapsed: `yes` als de datum al
# voorbij is.
advice-terms-expiry = { $lapsed ->
        [yes] volgens de algemene voorwaarden ({ $terms }) is een vordering tot schadevergoeding mogelijk al vervallen op { $date }
       *[no] volgens de algemene voorwaarden ({ $terms }) kan een vordering tot schadevergoeding vervallen op { $date }
    }
    .why = voorwaarden zoals die van NLdigital laten een vordering tot schadevergoeding vervallen na een vaste tijd vanaf het ontstaan ervan (de datum hierboven gaat uit van 24 maanden; lees de termijn na in uw versie van de voorwaarden); het stuiten van de verjaring (zoals deze brief doet) houdt dat niet tegen, alleen een procedure die op tijd begint. Een schriftelijke aanmaning zoals deze brief stuit ook de verjaring van de rechtsvordering tot ontbinding alleen als binnen zes maanden een procedure volgt (art. 3:317 lid 2 BW)
    .hint = controleer de termijn in de tekst van { $terms }; loopt die binnenkort af, overleg dan met een advocaat over het tijdig beginnen van een procedure
    .summary = een vordering tot schadevergoeding kan binnenkort vervallen volgens de algemene voorwaarden van de leverancier

advice-payments-suspended = de betalingen aan de leverancier zijn opgeschort, en de algemene voorwaarden ({ $terms }) sluiten dat uit
    .why = de NLdigital Voorwaarden sluiten opschorting en verrekening door de klant uit; gelden ze en is de opschorting niet gerechtvaardigd, dan bent u zelf in verzuim met betalen, en een betalingsstop leidt er meestal toe dat de leverancier zijn prestaties opschort (art. 6:262 BW)
    .hint = overweeg onder protest en met voorbehoud van rechten te betalen, of laat een jurist nagaan of de uitsluiting standhoudt voordat u de betalingen blijft inhouden
    .summary = de afzender heeft de betalingen opgeschort, terwijl de NLdigital Voorwaarden gelden

advice-suspended-payments = de betalingen aan de leverancier zijn opgeschort, maar de brief zegt niet welke
    .why = een opschorting zonder uitleg lijkt op een tekortkoming van uw kant; ze is alleen toegestaan voor zover de tekortkoming haar rechtvaardigt (art. 6:262 lid 2 BW), en ze leidt er meestal toe dat de leverancier zijn prestaties opschort
    .hint = voeg `suspended_payments:` toe met de facturen of het bedrag, bijvoorbeeld `de facturen 2026-118 en 2026-131, samen € 9.600,00`: de brief schort ze dan op grond van art. 6:262 BW op; of betaal onder protest en met voorbehoud van rechten
    .summary = de afzender heeft de betalingen opgeschort, en de brief zegt niet welke

## De tekortkomingen.

advice-breach-without-clause = bij tekortkoming { $n } staat niet waar de verplichting is vastgelegd
    .why = de ingebrekestelling moet de verplichting precies noemen, zodat de leverancier weet wat hij moet nakomen (art. 6:82 BW); een verwijzing naar de bepaling in de overeenkomst voorkomt discussie daarover
    .hint = voeg `clause:` toe, bijvoorbeeld `Bijlage 2 (SLA), artikel 4.1`
    .summary = bij een tekortkoming staat niet waar de verplichting is vastgelegd

# $reason: `no-number`, `few-words` of `both`; $words: het aantal woorden van de feiten.
advice-thin-facts = de feiten bij tekortkoming { $n } zijn summier: { $reason ->
        [no-number] geen datum of getal
        [few-words] maar { $words } { $words ->
            [one] woord
           *[other] woorden
        }
       *[both] geen datum of getal, en maar { $words } { $words ->
            [one] woord
           *[other] woorden
        }
    }
    .why = een vage ingebrekestelling brengt de leverancier mogelijk niet in verzuim: ze moet de tekortkoming concreet omschrijven (art. 6:82 BW), en ICT-voorwaarden vragen vaak om een zo gedetailleerd mogelijke omschrijving
    .hint = beschrijf wat er is gebeurd en sinds wanneer, met datums, meetwaarden en ticketnummers
    .summary = de feiten bij een tekortkoming bevatten geen datum of getal, of minder dan 15 woorden

# $missing: `clause`, `since` of `both`.
advice-nldigital-detail = de NLdigital Voorwaarden gelden en bij tekortkoming { $n } { $missing ->
        [clause] ontbreekt `clause`
        [since] ontbreekt `since`
       *[both] ontbreken `clause` en `since`
    }
    .why = volgens de NLdigital Voorwaarden is de leverancier pas aansprakelijk na een ingebrekestelling die de tekortkoming zo volledig en gedetailleerd mogelijk omschrijft
    .hint = voeg { $missing ->
        [clause] `clause`
        [since] `since`
       *[both] `clause` en `since`
    } toe aan tekortkoming { $n }
    .summary = de NLdigital Voorwaarden gelden en bij een tekortkoming ontbreekt `clause` of `since`

# $source: `history` (het eerste contactmoment in `history`) of `letter` (deze brief).
advice-late-complaint = tekortkoming { $n } begon op { $since }, maar de eerste klacht ({ $source ->
        [letter] deze brief
       *[history] het eerste contactmoment in `history`
    }, { $date }) kwam meer dan twee maanden later
    .why = bij een gebrekkige prestatie kunt u het recht verliezen om u op het gebrek te beroepen als u niet binnen bekwame tijd klaagt nadat u het hebt ontdekt of redelijkerwijs had moeten ontdekken (art. 6:89 BW); geldt de tekortkoming niet een gebrek maar het uitblijven van de prestatie (niets of te laat geleverd), dan speelt deze klachtplicht niet (HR 23 maart 2007, ECLI:NL:HR:2007:AZ3531)
    .hint = hebt u eerder geklaagd, voeg dat contactmoment dan toe aan `history`; zo niet, laat hier dan een jurist naar kijken voordat u de brief verstuurt
    .summary = de eerste klacht kwam meer dan twee maanden nadat de tekortkoming begon

advice-cisg = tekortkoming { $n } betreft de levering van goederen door een leverancier in { $country }
    .why = het Weens Koopverdrag (CISG) geldt voor de koop van roerende zaken tussen partijen in verschillende staten als die staten allebei verdragsstaat zijn, of als het recht van een verdragsstaat van toepassing is, zoals Nederlands recht (art. 1 lid 1 CISG); een keuze voor Nederlands recht sluit het dus niet uit, alleen een uitsluiting in de overeenkomst zelf (art. 6 CISG); het verdrag heeft eigen regels over het melden van non-conformiteit (art. 39), een aanvullende termijn voor nakoming (art. 47) en ontbinding (art. 49)
    .hint = ga na of de overeenkomst het CISG uitsluit; zo niet, laat dan een jurist de ingebrekestelling toetsen aan art. 39, 47 en 49 CISG
    .summary = een tekortkoming betreft de levering van goederen door een leverancier in het buitenland

advice-service-credits = tekortkoming { $n } noemt servicecredits of een boete
    .why = servicecredits en boetes zijn meestal een boetebeding (art. 6:91 BW), en wat daaronder verschuldigd is, treedt in de plaats van de schadevergoeding voor dezelfde tekortkoming, tenzij de overeenkomst anders bepaalt (art. 6:92 lid 2 BW)
    .hint = kijk in de overeenkomst: komen de credits in de plaats van schadevergoeding, dan kan een vordering tot schadevergoeding daarnaast stranden; laat een jurist naar de bepaling kijken
    .summary = een tekortkoming noemt servicecredits of een boete

## De contactmomenten tot nu toe.

advice-unconfirmed-contact = { $what ->
        [meeting] het overleg
       *[call] het telefoongesprek
    } van { $date } is niet schriftelijk bevestigd
    .why = een bevestiging per e-mail legt vast wat is afgesproken, geeft u bewijs (wie zich ergens op beroept, moet het bewijzen, art. 150 Rv) en laat de leverancier een misverstand meteen rechtzetten
    .hint = bevestig { $what ->
        [meeting] het overleg
       *[call] het telefoongesprek
    } per e-mail (`render --document confirmation --entry { $entry }` schrijft de tekst), en voeg daarna `confirmed_in_writing: JJJJ-MM-DD` toe aan `history[{ $entry }]`
    .summary = een telefoongesprek of overleg in `history` is niet schriftelijk bevestigd

advice-history-order = de contactmomenten staan niet op datum: dit contactmoment is ouder dan het vorige
    .why = de brief noemt de contactmomenten in de volgorde van het dossier, en een lezer verwacht de oudste eerst
    .hint = zet de onderdelen van `history` op datum, de oudste eerst
    .summary = de contactmomenten in `history` staan niet op datum

advice-contact-without-about = het is niet bekend of { $what ->
        [meeting] het overleg
       *[call] het telefoongesprek
    } van { $date } over tekortkoming { $breach } ging
    .why = tekortkoming { $breach } heeft geen `since`, dus het programma kan niet nagaan of dit contactmoment erover ging; een bevestiging mag niet noemen wat pas later speelde
    .hint = voeg aan `history[{ $entry }]` `about:` toe met de nummers van de tekortkomingen, bijvoorbeeld `about: [1]`, of voeg `since` toe aan tekortkoming { $breach }
    .summary = bij een telefoongesprek of overleg staat niet over welke tekortkomingen het ging

advice-no-announcement-call = de ingebrekestelling is niet telefonisch aangekondigd
    .why = een telefoongesprek vóór de brief houdt de verhouding goed: de ingebrekestelling komt dan niet onverwacht, en u kunt uitleggen dat ze uw rechten veiligstelt (de werkwijze die dit programma volgt)
    .hint = bel de leverancier voordat u de brief verstuurt (`render --document call-notes` maakt een leidraad voor het gesprek), en voeg daarna `announced_by_phone: JJJJ-MM-DD` toe onder `letter`
    .summary = de ingebrekestelling is niet telefonisch aangekondigd (`letter.announced_by_phone`)

## De termijn, en hoe de brief wordt verstuurd.

advice-short-term = { $days ->
        [0] de termijn telt geen enkele werkdag
        [one] de termijn is maar 1 werkdag
       *[other] de termijn is maar { $days } werkdagen
    } (tot en met { $deadline })
    .why = de termijn moet redelijk zijn (art. 6:82 BW); een te korte termijn lokt discussie uit over de vraag of de leverancier wel in verzuim is (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon)
    .hint = geef minstens 5 werkdagen, meer als het herstel veel werk is; eerdere aanmaningen kunnen een kortere termijn rechtvaardigen
    .summary = de termijn is korter dan 5 werkdagen

# $receipt: de dag waarop de brief naar verwachting aankomt; $warned: `yes` als `history`
# eerdere termijnen of toezeggingen bevat.
advice-short-term-for-work = na de verwachte aankomst van de brief ({ $receipt }) laat de termijn { $days ->
        [0] geen enkele werkdag
        [one] maar 1 werkdag
       *[other] maar { $days } werkdagen
    } over voor de levering, implementatie of migratie bij tekortkoming { $n }
    .why = de termijn moet redelijk zijn voor wat er wordt gevraagd (art. 6:82 BW), en zulk werk kost tijd; een te korte termijn lokt discussie uit over de vraag of de leverancier wel in verzuim is
    .hint = { $warned ->
        [yes] eerdere termijnen en toezeggingen in `history` kunnen een kortere termijn rechtvaardigen (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon): zorg dat de brief ze noemt, of geef minstens 10 werkdagen na ontvangst
       *[no] geef minstens 10 werkdagen, gerekend vanaf de dag waarop de brief aankomt; meer voor een migratie
    }
    .summary = minder dan 10 werkdagen na ontvangst voor levering, implementatie of migratie

# $day: `saturday`, `sunday`, `holiday` (de naam van de feestdag in $holiday) of `decree`.
advice-deadline-not-working-day = de uiterste datum, { $deadline }, { $day ->
        [saturday] valt in het weekend
        [sunday] valt in het weekend
        [holiday] valt op een feestdag: { $holiday }
       *[decree] is een dag die bij besluit gelijkgesteld is aan een feestdag
    }
    .why = de Algemene termijnenwet verlengt een wettelijke termijn die op zo'n dag eindigt tot de eerstvolgende werkdag (art. 1 lid 1); voor de termijn in een ingebrekestelling geldt die wet niet rechtstreeks, maar een termijn die op zo'n dag eindigt, lokt discussie uit over de laatste dag
    .hint = kies in plaats daarvan { $next }, of geef de termijn op als `working_days`
    .summary = een vaste uiterste datum valt in het weekend of op een feestdag

advice-confirmation-after-deadline = de leverancier moet uiterlijk { $confirm } bevestigen, en die datum ligt niet vóór de uiterste datum ({ $deadline })
    .why = het verzoek om te bevestigen is bedoeld om al vroeg te laten zien of de leverancier binnen de termijn zal nakomen (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); na de uiterste datum voegt het niets toe
    .hint = geef minder werkdagen om te bevestigen, of een langere termijn
    .summary = de datum om te bevestigen ligt niet vóór de uiterste datum

# $suggest: het aangeraden aantal werkdagen om te bevestigen, geteld vanaf de datum van de brief.
advice-short-confirmation-term = na de verwachte aankomst van de brief ({ $receipt }) heeft de leverancier { $days ->
        [0] geen enkele werkdag
        [one] maar 1 werkdag
       *[other] maar { $days } werkdagen
    } om te bevestigen
    .why = een verzoek om toe te zeggen dat de leverancier zal nakomen, moet redelijke tijd laten om te antwoorden (HR 11 oktober 2019, ECLI:NL:HR:2019:1581, Fraanje/Alukon); een brief per post komt ongeveer twee werkdagen na de datum aan
    .hint = geef minstens { $suggest } werkdagen om te bevestigen (`confirm_within_working_days: { $suggest }`); en vraag juridisch advies voordat u al vóór de uiterste datum ontbindt omdat het verzoek onbeantwoord bleef
    .summary = minder dan 3 werkdagen om te bevestigen na de verwachte aankomst van de brief

advice-calendar-not-covered = het programma kent de dagen niet die in { $year } bij besluit gelijkgesteld zijn aan een feestdag
    .why = zulke dagen worden telkens voor enkele jaren bij besluit vastgesteld (art. 3 lid 3 Algemene termijnenwet); een termijn in dat jaar kan op zo'n dag eindigen
    .hint = zoek op wetten.overheid.nl een besluit dat { $year } dekt, of kies een vaste `date` die u hebt gecontroleerd
    .summary = een jaar van de termijn staat niet in de tabel van dagen die bij besluit gelijkgesteld zijn aan een feestdag

# $today: de dag waarop de brief wordt gemaakt (nu zijn datum); $iso: dezelfde dag, zoals in
# het dossier geschreven; $reason: `announced` (telefonisch aangekondigd) of `sent` (er is een
# brief na de termijn, dus de ingebrekestelling is verstuurd).
advice-letter-date-open = de brief heeft geen vaste datum: de termijn telt vanaf de dag waarop de brief wordt gemaakt (vandaag: { $today }, uiterste datum { $deadline }) en schuift elke dag op
    .why = { $reason ->
        [sent] de ingebrekestelling is al verstuurd: de brief na de termijn verwijst naar haar datum en uiterste datum, en dat moeten de datums zijn die de leverancier heeft ontvangen, niet datums die tellen vanaf de dag waarop u een brief maakt
       *[announced] de datum en de uiterste datum die u telefonisch hebt aangekondigd, moeten ook in de brief staan; maakt u de brief een dag later, dan geeft hij een latere uiterste datum dan u hebt aangekondigd
    }
    .hint = { $reason ->
        [sent] voeg onder `letter` de datum toe van de ingebrekestelling zoals u die hebt verstuurd (`date: JJJJ-MM-DD`)
       *[announced] voeg `date: { $iso }` toe onder `letter` (of de datum die u hebt aangekondigd)
    }
    .summary = de brief heeft geen `letter.date`, terwijl de ingebrekestelling telefonisch is aangekondigd of al is verstuurd

advice-no-proof-of-receipt = de brief wordt niet aangetekend, per koerier of via een deurwaarder verstuurd
    .why = de ingebrekestelling werkt pas als ze de leverancier bereikt, en u moet kunnen bewijzen dat dat is gebeurd (art. 3:37 lid 3 BW); met alleen een e-mail of een gewone brief is dat moeilijk
    .hint = verstuur de brief ook aangetekend: `sent_by: [registered_mail, email]`
    .summary = de brief wordt niet aangetekend, per koerier of via een deurwaarder verstuurd

advice-registered-to-po-box = de brief gaat aangetekend naar een postbus ({ $street })
    .why = een aangetekende brief wordt bij een postbus niet afgeleverd: de leverancier krijgt een bericht dat hij de brief kan ophalen, en haalt hem misschien niet op tijd op; de ingebrekestelling werkt pas als ze aankomt (art. 3:37 lid 3 BW)
    .hint = verstuur de brief ook gewoon per post en per e-mail: `sent_by: [registered_mail, mail, email]`, of stuur hem naar het straatadres
    .summary = een aangetekende brief naar een postbus, zonder gewone post en e-mail ernaast

# $method: `courier` of `bailiff`.
advice-courier-to-po-box = de brief gaat { $method ->
        [bailiff] via een deurwaarder
       *[courier] per koerier
    } naar een postbus ({ $street })
    .why = een koerier of deurwaarder bezorgt op een straatadres, niet bij een postbus, dus zo komt de brief niet aan
    .hint = geef als `street` het bezoek- of vestigingsadres van de leverancier (zie het Handelsregister van de KVK), of verstuur de brief aangetekend
    .summary = een koerier of deurwaarder moet bij een postbus bezorgen

## De brief na de termijn.

advice-dissolution-by-email = de brief na de termijn ontbindt de overeenkomst en gaat alleen per e-mail
    .why = een ontbinding gebeurt door een schriftelijke verklaring; per e-mail kan dat alleen als de overeenkomst langs elektronische weg is gesloten (art. 6:267 lid 1 BW)
    .hint = verstuur de brief ook aangetekend of via een deurwaarder: `sent_by: [registered_mail, email]`
    .summary = de brief na de termijn ontbindt de overeenkomst en gaat alleen per e-mail

# $count: het aantal tekortkomingen dat gedeeltelijk is nagekomen; $list: hun nummers.
advice-partly-performed = de brief na de termijn ontbindt de overeenkomst, maar { $count ->
        [one] tekortkoming { $list } is
       *[other] tekortkomingen { $list } zijn
    } gedeeltelijk nagekomen, en er bleef niets geheel onuitgevoerd
    .why = een ontbinding is alleen gerechtvaardigd door een tekortkoming van voldoende gewicht (art. 6:265 lid 1 BW); na gedeeltelijke nakoming is dat voor discussie vatbaar
    .hint = laat een jurist afwegen of wat overblijft een ontbinding rechtvaardigt, of ontbind alleen het deel waar het om gaat
    .summary = een ontbinding steunt alleen op tekortkomingen die gedeeltelijk zijn nagekomen

advice-termination-part-in-past = het te ontbinden deel begint op { $start }, vóór de datum van de brief ({ $date })
    .why = een ontbinding werkt niet terug (art. 6:269 BW): ze werkt vanaf het moment waarop de verklaring de leverancier bereikt, dus een deel dat eerder begint, lokt discussie uit; wat al is gepresteerd onder de verbintenissen die de ontbinding treft, moet ongedaan worden gemaakt of naar waarde worden vergoed (art. 6:271 en 6:272 BW)
    .hint = laat het deel beginnen op of na de datum van de brief; wilt u ook geld terug voor gebrekkige prestaties uit het verleden, omschrijf dat deel dan naar waarde, bijvoorbeeld een evenredig deel van de vergoeding over die maanden (art. 6:270 BW), en laat een jurist meekijken
    .summary = het te ontbinden deel begint vóór de brief na de termijn

## Delen van de meldingen hierboven.

# De nummers van tekortkomingen: "2 en 3", "1, 2 en 3".
advice-list-and = { $rest } en { $last }
