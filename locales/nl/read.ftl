### Het dossier lezen: het bestand zelf, de YAML-opmaak, `extends`, sleutels en soorten waarden.

## Waarom een bestand niet gelezen kan worden. Dit volgt op "kan het dossier `…` niet lezen: ".

read-io-not-found = het bestand bestaat niet
read-io-permission-denied = toegang geweigerd (onvoldoende rechten)
read-io-folder = het is een map, geen bestand
read-io-not-regular = het is geen gewoon bestand (een pipe, apparaat of socket kan geen dossier zijn)
read-io-not-yaml = het is geen .yaml- of .yml-bestand
# Een symbolische koppeling die naar een ander bestand leidt.
read-io-not-yaml-link = het is geen .yaml- of .yml-bestand (de koppeling leidt naar `{ $target }`)

## Een bestand dat geen tekst is, of niet in de juiste tekenset.

# $what: een van de read-what-… hieronder.
read-document = dit is { $what }, geen dossier; een dossier is platte tekst (zie `ingebrekestelling new`)
    .hint = schrijf het dossier in een teksteditor zoals Kladblok (Windows), TextEdit (Mac, als platte tekst) of Visual Studio Code, en sla het op als .yaml; `ingebrekestelling new zaak.yaml` maakt een startbestand om in te vullen
read-what-word = een Word-document
read-what-odt = een OpenDocument-tekstdocument (LibreOffice Writer)
read-what-opendocument = een OpenDocument-bestand (LibreOffice)
read-what-excel = een Excel-werkmap
read-what-powerpoint = een PowerPoint-presentatie
read-what-zip = een ZIP-bestand (gecomprimeerde map)
read-what-pdf = een PDF-document
read-what-rtf = een RTF-document (opgemaakte tekst uit WordPad of Word)
read-what-old-office = een Office-document in het oude formaat (.doc of .xls)
read-what-image = een afbeelding
read-base-document = het basisbestand `{ $path }` is { $what }; een basisbestand is platte tekst, net als een dossier
read-base-binary = het basisbestand `{ $path }` bevat geen tekst; een basisbestand is platte tekst, net als een dossier
read-binary = dit bestand bevat geen tekst; een dossier is platte tekst (zie `ingebrekestelling new`)
read-utf16 = het bestand is opgeslagen als UTF-16 (in Kladblok heet dat ‘Unicode’); een dossier moet als UTF-8 opgeslagen zijn
read-not-utf8 = het bestand is niet als UTF-8 opgeslagen: op regel { $line }, kolom { $column } staat een teken uit een andere tekenset (zoals ‘ANSI’ of Windows-1252)
    .hint = open het bestand in uw editor, kies ‘Opslaan als’ en kies bij ‘Codering’ UTF-8 (in Kladblok staat die keuze onder in het venster)
read-too-large = het bestand is groter dan 1 MB ({ $bytes } bytes); een dossier mag hoogstens 1 MB zijn
    .hint = een dossier is een paar pagina's tekst; zet bijlagen niet in het dossier, maar noem ze onder `enclosures`

## De YAML-opmaak.

read-syntax = de opmaak van het dossier klopt hier niet (de YAML-lezer meldt: { $detail })
    .hint = kijk naar de leestekens rond deze plaats: ontbreekt er een spatie na `:`, is een aanhalingsteken of haakje niet gesloten, of begint een tekst met een bijzonder teken, zodat hij tussen aanhalingstekens moet?
read-colon-in-text = de tekst van `{ $key }` bevat een dubbele punt met een spatie erna (`: `), en YAML leest die als het begin van een nieuwe sleutel
    .hint = zet de tekst tussen rechte aanhalingstekens, zoals `{ $example }`; of zet `>-` achter `{ $key }:` en schrijf de tekst ingesprongen op de regels eronder
# Word maakt van "…" gekrulde aanhalingstekens “…”; YAML kent die niet als aanhalingstekens.
read-colon-in-curly-quotes = de tekst van `{ $key }` staat tussen gekrulde aanhalingstekens (“…”), zoals Word ze typt; YAML kent alleen rechte aanhalingstekens (") en leest de dubbele punt met spatie erin als het begin van een nieuwe sleutel
read-indentation = deze regel springt anders in dan de sleutels eromheen
    .hint = laat de regel in dezelfde kolom beginnen als de andere sleutels van zijn groep, met evenveel spaties ervoor; alleen wat onder een sleutel hoort, springt verder in
read-missing-space = na de dubbele punt op deze regel ontbreekt een spatie, zodat YAML de regel niet als `sleutel: waarde` leest
    .hint = zet een spatie na de dubbele punt: `{ $example }`
read-tab = op deze regel staat een tab, waar YAML alleen spaties toestaat
    .hint = spring in met spaties, niet met een tab: vervang de tab door spaties, zodat de regel in dezelfde kolom begint als de andere sleutels van zijn groep
read-unclosed-quote = dit aanhalingsteken wordt geopend, maar niet gesloten
    .hint = sluit de tekst af met hetzelfde aanhalingsteken: `"…"` of `'…'`
read-text-after-quote = na het sluitende aanhalingsteken staat nog tekst
    .hint = zet de hele tekst tussen de aanhalingstekens, of laat de aanhalingstekens weg
read-unclosed-bracket = de haak `{ $bracket }` op deze regel wordt niet gesloten
    .hint = sluit de lijst of groep op dezelfde regel af met `{ $close }`, zoals `evidence: [overzicht, logboek]`
read-duplicate-key = de sleutel `{ $key }` staat twee keer in dezelfde groep
    .hint = elke sleutel mag maar één keer in dezelfde groep staan; haal er één weg of geef hem een andere naam
read-duplicate-key-unnamed = een sleutel staat twee keer in dezelfde groep
read-multiple-documents = het bestand bevat meer dan één YAML-document (een regel `---` begint een nieuw document)
    .hint = een dossier bevat één zaak: haal de regel `---` weg, of zet elke zaak in een eigen bestand
read-key-not-text = een sleutel moet een woord zijn, zoals `sender` of `breaches`
    .hint = schrijf `sleutel: waarde`, met de sleutel als gewone tekst

## Grenzen die een echt dossier nooit haalt; ze houden kwaadaardige bestanden tegen.

read-too-deep = het bestand zet sleutels en lijsten meer dan { $levels } niveaus diep in elkaar
read-too-deep-brackets = het bestand zet sleutels en lijsten veel te diep in elkaar
read-too-many-aliases = het bestand herhaalt waarden via verwijzingen (`*naam`) veel vaker dan een dossier nodig heeft
read-too-many-anchors = het bestand heeft te veel ankers (`&naam`)
read-too-many-values = het bestand bevat veel meer waarden dan een dossier nodig heeft
read-too-complex = het bestand is te groot of te ingewikkeld voor een dossier
read-budget-hint = een dossier is een paar schermen met sleutels en tekst; dit bestand zet veel meer in elkaar of herhaalt veel meer dan dat

## `extends`: een basisbestand met wat dossiers delen; het dossier bouwt erop voort.

read-extends-not-a-name = `extends` moet één basisbestand noemen
    .hint = schrijf `extends: _afzender.yaml`, met het pad vanaf de map van dit bestand
read-extends-empty = `extends` is leeg
    .hint = noem een basisbestand, zoals `extends: _afzender.yaml`, of haal de sleutel weg
# $chain: de bestanden, met → ertussen.
read-extends-loop = `extends` gaat in een kring rond: { $chain }
    .hint = een basisbestand mag niet voortbouwen op een bestand dat (via andere bestanden) weer op dit basisbestand voortbouwt
read-extends-too-long = `extends` rijgt meer dan { $max } basisbestanden aan elkaar: { $chain }
    .hint = laat het dossier voortbouwen op één basisbestand, met alles wat de dossiers delen
# $reason: een van de read-io-… hierboven.
read-extends-unreadable = het basisbestand `{ $path }` is niet te lezen: { $reason } (keten: { $chain })
    .hint = het pad gaat uit van de map van het bestand dat het noemt; kijk of `{ $name }` naast `{ $from }` staat
read-base-not-a-group = het basisbestand `{ $path }` moet een groep sleutels zijn, net als een dossier
    .hint = een basisbestand bevat de sleutels die dossiers delen, meestal `sender:` en `letter:`

## Waarden van de verkeerde soort: "hier hoort { $wanted }, maar er staat { $found }".

read-expected = hier hoort { $wanted }, maar er staat { $found }
read-want-text = tekst
read-want-list = een lijst
read-want-group = een groep sleutels
read-want-whole-number = een geheel getal
read-want-number = een getal
read-want-bool = `true` of `false`
read-want-word = één woord
read-want-date = een datum als JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2026-12-01
read-want-real-date = een datum die in de kalender bestaat
read-want-amount = een bedrag in euro's, zoals 12500.00
# Wat er staat, als het geen tekst is.
read-found-nothing = niets
read-found-list = een lijst
read-found-group = een groep sleutels
read-text-hint = schrijf de tekst achter de dubbele punt op dezelfde regel, of zet `>-` of `|` achter de dubbele punt en schrijf de tekst ingesprongen op de regels eronder
read-list-hint = schrijf een lijst als `[a, b]`, of als regels die met `- ` beginnen
read-group-hint = zet de sleutels op de regels eronder, ingesprongen
# $keys: de sleutels die in de groep horen.
read-struct-hint = zet de sleutels op de regels eronder, ingesprongen; mogelijk zijn { $keys }
read-top-level-hint = een dossier is een groep sleutels, zoals `sender:`, `supplier:`, `contract:`, `breaches:` en `deadline:`; zie `examples/`
read-whole-number-hint = schrijf alleen cijfers, bijvoorbeeld 10
read-number-hint = schrijf een getal met een punt voor de decimalen, zoals 12.5
read-bool-hint = schrijf `true` (ja) of `false` (nee)
read-date-hint = een datum is jaar-maand-dag met streepjes, met twee cijfers voor maand en dag: 2026-03-05
read-amount-hint = schrijf euro's met een punt voor de centen en zonder scheidingsteken voor duizendtallen: 12500.00
# Gekrulde aanhalingstekens “…” (uit Word) rond een datum, getal of keuze.
read-curly-quotes = `{ $value }` staat tussen gekrulde aanhalingstekens, zoals Word ze typt; YAML kent alleen rechte aanhalingstekens (") en leest de gekrulde als deel van de waarde
    .hint = gebruik rechte aanhalingstekens `"…"`, of laat ze weg: `{ $fixed }`

## Keuzes, onbekende sleutels en invulplekken.

read-not-a-choice = `{ $value }` is geen geldige keuze
# $choices: "`a`, `b` of `c`".
read-choice-hint = schrijf een van deze woorden: { $choices }
read-choices-hint = de keuzes zijn { $choices }
read-choice-close-hint = bedoelt u `{ $close }`? De keuzes zijn { $choices }
read-unknown-key = onbekende sleutel `{ $key }`
read-did-you-mean-hint = bedoelt u `{ $close }`?
read-keys-top-level-hint = op het bovenste niveau kan staan: { $keys }
read-keys-in-hint = in `{ $path }` kan staan: { $keys }
# Een invulplek van het startbestand, zoals `<naam van de leverancier>`, die niet is ingevuld.
read-placeholder = hier staat nog de invulplek `{ $placeholder }`
    .hint = vul hier { $wanted } in; een sleutel die niet verplicht is, mag u ook weghalen
read-want-real-text = de echte tekst
read-want-date-short = een datum als JJJJ-MM-DD
read-empty = het dossier is leeg
    .hint = begin met het startbestand (`ingebrekestelling new zaak.yaml`) of met een voorbeeld uit `examples/`

## Fouten in het programma zelf; een gebruiker hoort ze nooit te zien.

read-internal = interne fout bij het lezen van het dossier
    .hint = meld dit als fout in het programma, met het dossier erbij
read-internal-not-stored = interne fout: het bestand is niet bewaard
