### Wat er mis kan gaan bij het maken van een document: sjablonen en de pdf.

## De ingebouwde sjablonen (`templates export`).
template-about-header = briefhoofd, verzendwijze, geadresseerde, plaats en datum, kenmerken, onderwerp
template-about-notice = de ingebrekestelling, van de aanhef tot de bijlagen
template-about-confirmation = de e-mail die een telefoongesprek of overleg bevestigt
template-about-call-notes = de belnotitie voor het gesprek dat de ingebrekestelling aankondigt
template-about-follow-up = de brief na de termijn, van de aanhef tot de kopieën
template-about-cover-email = de begeleidende tekst van de e-mail waarin een brief als bijlage meegaat

## Een sjabloon dat niet werkt.
template-error = sjabloon `{ $template }`: { $reason }
template-unknown = er is geen sjabloon met deze naam
template-no-thread = er kon geen taak worden gestart om het te verwerken
template-too-slow = het verwerken duurt langer dan { $seconds } seconden; een lus erin houdt misschien nooit op (bijvoorbeeld `range` met een grote `end`)

## De pdf.
pdf-font = het lettertype of de pdf: { $detail }
pdf-missing-glyph = het teken `{ $ch }` (U+{ $code }) kan niet in de pdf worden gedrukt: het lettertype van de brief heeft het niet (in "{ $context }")
pdf-unprintable = het teken `{ $ch }` (U+{ $code }) kan niet in de pdf worden gedrukt: het lettertype van de brief heeft het niet
    .hint = vervang het door een teken dat het lettertype wel heeft (letters met accenten, € en de gewone leestekens zijn er allemaal), of maak de brief als Markdown met --format md
markdown-unsupported = de Markdown van het document bevat { $what }, en dat kunnen de pdf en het Word-bestand niet tonen; sjablonen kunnen alinea's, koppen met `##`, `**vet**`, lijsten en regeleinden gebruiken
markdown-unsupported-quote = een citaatblok (`>`)
markdown-unsupported-code-block = een codeblok
markdown-unsupported-code = code (`` ` ``)
markdown-unsupported-link = een link
markdown-unsupported-image = een afbeelding
markdown-unsupported-rule = een horizontale lijn (`---`)
markdown-unsupported-html = HTML
pdf-return-address-too-long = het retouradres boven het venster van de envelop is te lang
pdf-address-line-too-long = het adres past niet in het venster van de envelop: `{ $line }` neemt meer dan één regel in; maak `{ $field }` korter
pdf-address-too-many-lines = het adres past niet in het venster van de envelop: het heeft te veel regels; maak `{ $field }` of een regel erboven korter
pdf-letterhead-too-tall = het briefhoofd neemt te veel ruimte in boven het venster voor het adres
pdf-delivery-line-too-long = de regel over de verzendwijze (hoe de brief wordt verstuurd) is te lang
pdf-does-not-fit-hint = gebruik een kortere vorm: een afkorting, of laat een detail weg (het venster van een envelop toont ongeveer vijf regels van 40 tekens)
eml-no-address = voor het e-mailconcept is `{ $field }` nodig, maar dat staat niet in het dossier
    .hint = vul `{ $field }` in met het e-mailadres, of maak de brief zonder e-mail (--format pdf)
