### --help, de handleidingen (man) en de aanvullingen voor de shell.

## Hoe de hulp is opgebouwd.
help-usage = Gebruik:
help-heading = { $which ->
        [arguments] Argumenten
        [options] Opties
        [general] Algemene opties
        [commands] Opdrachten
       *[examples] Voorbeelden
    }
help-command-value = OPDRACHT
help-options-value = OPTIES
help-values = mogelijk: { $values }
help-values-heading = Mogelijke waarden
help-default = standaard: { $value }
help-help = Toon deze hulp
help-version = Toon de versie

## De namen van waarden in de gebruiksregel.
help-value-name-case = DOSSIER
help-value-name-path = PAD
help-value-name-dir = MAP
help-value-name-file = BESTAND
help-value-name-n = N
help-value-name-yyyy-mm-dd = JJJJ-MM-DD
help-value-name-lang = TAAL
help-value-name-shell = SHELL
help-value-name-format = FORMAAT
help-value-name-document = DOCUMENT
help-value-name-message_format = VORM
help-value-name-pdf_standard = STANDAARD

## Het programma.
help-root = Controleert een geschil met een ICT-leverancier, beschreven in een dossier (YAML), en schrijft de ingebrekestelling en de documenten eromheen.
help-root-examples =
    ingebrekestelling new zaak.yaml
    ingebrekestelling check zaak.yaml
    ingebrekestelling preview zaak.yaml --document call-notes | less
    ingebrekestelling render zaak.yaml
    ingebrekestelling render zaak.yaml --document confirmation --entry 1
    ingebrekestelling render zaak.yaml --document follow-up --format all
    ingebrekestelling batch zaken/ --out brieven/

## Opties die elke opdracht kent.
help-arg-today = De datum die als vandaag geldt als het dossier geen `letter.date` heeft (JJJJ-MM-DD); standaard vandaag
help-arg-quiet = Toon alleen problemen, geen advies of voortgang
help-arg-message-format = Hoe problemen en adviezen op de foutuitvoer komen: voor mensen, of één JSON-object per regel voor editors en scripts
help-value-message-format-human = leesbare tekst met de regel uit het dossier en een tip
help-value-message-format-json = één JSON-object per probleem, per regel
help-arg-lang = De taal van meldingen en hulp; standaard Nederlands, of Engels als LC_ALL, LC_MESSAGES of LANG met `en` begint
help-value-lang-nl = Nederlands
help-value-lang-en = Engels

## Opties van meer opdrachten.
help-arg-case = Het dossier
help-arg-document = Het document dat u wilt maken
help-value-document-notice = de ingebrekestelling
help-value-document-confirmation = de e-mail die een telefoongesprek of overleg uit `history` bevestigt (met --entry)
help-value-document-call-notes = de belnotitie voor het gesprek dat de ingebrekestelling aankondigt
help-value-document-follow-up = de brief na de termijn (verzuim, schadevergoeding, ontbinding)
help-arg-entry = Bij `--document confirmation`: het nummer van het telefoongesprek of overleg in `history` (1 = het eerste item in `history`, ook als dat een e-mail is)
help-arg-format = Wat er wordt geschreven
help-value-format-md = Markdown-tekst
help-value-format-pdf = een pdf om te printen (A4, vensterenvelop)
help-value-format-docx = een Word-bestand om te bewerken, met dezelfde opmaak als de pdf
help-value-format-eml = een e-mailconcept: de brief als bijlage, of de bevestiging als tekst (Outlook opent het als concept)
help-value-format-ics = de datums van de ingebrekestelling voor de agenda (herinnering, uiterste dag voor de toezegging, laatste dag van de termijn)
help-value-format-all = alle formaten die voor dit document bestaan
help-arg-pdf-standard = Naar welke norm de pdf wordt geschreven
help-value-pdf-standard-a-2b = alleen PDF/A-2b, voor het archief, zonder de opbouw voor voorleessoftware
help-value-pdf-standard-ua-1 = de standaard: PDF/A-2a voor het archief én PDF/UA-1, toegankelijk (ook te kiezen als `a-2a`)
help-value-pdf-standard-none = een gewone pdf
help-arg-force = Overschrijf bestanden die al bestaan
help-arg-templates = Een map met sjablonen die de ingebouwde sjablonen met dezelfde naam vervangen
help-arg-deny-warnings = Tel advies als fout (afsluitcode 1)

## check
help-check = Controleer dossiers: elk probleem en alle adviezen; er wordt niets geschreven
help-check-examples =
    ingebrekestelling check zaak.yaml
    ingebrekestelling check zaken/ --deny-warnings
    ingebrekestelling check zaak.yaml --document follow-up
help-check-cases = De dossiers, en mappen waarin (met de submappen) naar dossiers wordt gezocht
help-check-document = Controleer alleen dit document; standaard elk document waarvoor het dossier de gegevens heeft
help-check-entry = Bij `--document confirmation`: alleen het telefoongesprek of overleg met dit nummer in `history`

## preview
help-preview = Toon de tekst van de brief om te lezen; advies komt apart, op de foutuitvoer
help-preview-examples =
    ingebrekestelling preview zaak.yaml | less
    ingebrekestelling preview zaak.yaml --document call-notes
help-preview-deny-warnings = Tel advies als fout: toon niets en sluit af met code 1

## render
help-render = Schrijf de brief, standaard als pdf naast het dossier
help-render-examples =
    ingebrekestelling render zaak.yaml
    ingebrekestelling render zaak.yaml --format md --out brieven/
    ingebrekestelling render zaak.yaml --document confirmation --entry 1
    ingebrekestelling render zaak.yaml --document follow-up --out brief-na-termijn.pdf
help-render-out = Waar de brief komt: een map (als die bestaat of als de naam op `/` eindigt), of het bestand zelf; standaard naast het dossier
help-render-deny-warnings = Tel advies als fout: schrijf niets en sluit af met code 1

## batch
help-batch = Schrijf brieven voor veel dossiers (bestanden en mappen) in één map
help-batch-examples =
    ingebrekestelling batch zaken/ --out brieven/
    ingebrekestelling batch zaken/ --out bevestigingen/ --document confirmation
help-batch-paths = Dossiers, en mappen waarin (met de submappen) naar `*.yaml` en `*.yml` wordt gezocht
help-batch-out = De map waarin wordt geschreven; de uitvoer van elk dossier volgt het pad onder de map waarin het werd gevonden
help-batch-document = Het document dat u wilt maken (een bevestiging zonder --entry: één per telefoongesprek of overleg dat nog niet is bevestigd)
help-batch-jobs = Hoeveel dossiers tegelijk worden gemaakt; standaard één per processorkern
help-batch-deny-warnings = Tel advies als fout: een dossier met advies wordt niet geschreven

## new
help-new = Schrijf een startbestand voor een dossier, met uitleg bij elke sleutel
help-new-examples =
    ingebrekestelling new zaak.yaml
    ingebrekestelling new zaken/leverancier-x.yaml
help-new-file = Het dossier dat wordt geschreven; het mag nog niet bestaan

## schema
help-schema = Toon het JSON-schema van het dossier, voor editors
help-schema-examples =
    ingebrekestelling schema > ingebrekestelling.schema.json

## templates
help-templates = Werk met de ingebouwde sjablonen
help-templates-examples =
    ingebrekestelling templates export mijn-sjablonen/
help-templates-export = Schrijf de ingebouwde sjablonen in een map, om ze aan te passen en te gebruiken met --templates
help-templates-export-examples =
    ingebrekestelling templates export mijn-sjablonen/
    ingebrekestelling render zaak.yaml --templates mijn-sjablonen/
help-templates-export-dir = De map (die wordt gemaakt als hij nog niet bestaat)

## completions
help-completions = Toon aanvullingen voor de shell (bash, zsh, fish, powershell, elvish)
help-completions-examples =
    mkdir -p ~/.local/share/bash-completion/completions
    ingebrekestelling completions bash > ~/.local/share/bash-completion/completions/ingebrekestelling
    mkdir -p ~/.zfunc && ingebrekestelling completions zsh > ~/.zfunc/_ingebrekestelling
    ingebrekestelling completions fish > ~/.config/fish/completions/ingebrekestelling.fish
    ingebrekestelling completions powershell >> $PROFILE
help-completions-shell = De shell

## Fouten in de opdracht zelf.
help-error-did-you-mean = bedoelt u { $what }?
help-error-more = meer uitleg: `{ $command } --help`
help-error-no-command = geef een opdracht, zoals `check`, `render` of `new`
help-error-unknown-argument = onbekende optie `{ $arg }`
help-error-unknown-command = onbekende opdracht `{ $command }`
help-error-value-missing = `{ $arg }` heeft een waarde nodig
help-error-invalid-value = `{ $value }` is geen mogelijke waarde voor `{ $arg }`
help-error-valid-values = kies uit { $values }
help-error-date = `{ $value }` is geen datum voor `{ $arg }`
help-error-date-hint = schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01
help-error-number = `{ $value }` is geen geldig getal voor `{ $arg }`
help-error-number-hint = geef een geheel getal vanaf 1
help-error-missing = { $count ->
        [one] { $args } ontbreekt
       *[other] { $args } ontbreken
    }
help-error-conflict = `{ $arg }` kan niet samen met `{ $other }`
help-error-twice = `{ $arg }` staat er meer dan één keer; geef het één keer
help-error-values = `{ $arg }` heeft een ander aantal waarden nodig
