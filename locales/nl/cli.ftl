### De opdrachtregel: wat check, render, preview, batch, new en templates zeggen.

## Wat er na de problemen van een dossier komt: "zaak.yaml: 2 problemen gevonden; …".
cli-problems-found = { $file }: { $count ->
        [one] 1 probleem gevonden
       *[other] { $count } problemen gevonden
    }; { $nothing }
cli-nothing-made = { $count ->
        [one] los het op, dan kan de brief worden gemaakt
       *[other] los ze op, dan kan de brief worden gemaakt
    }
cli-nothing-written = er is niets geschreven
cli-nothing-shown = er is niets getoond
cli-nothing-document = { $count ->
        [one] los het op, dan kan { $document } worden gemaakt
       *[other] los ze op, dan kan { $document } worden gemaakt
    }
# Met --deny-warnings telt advies als probleem.
cli-denied = er is advies gegeven en --deny-warnings staat aan; { $nothing }

## De documenten, zoals ze in een zin staan.
cli-document-notice = de ingebrekestelling
cli-document-call-notes = de belnotitie
cli-document-follow-up = de brief na de termijn
cli-document-confirmation = de bevestiging
cli-document-confirmation-n = bevestiging { $entry }

## check
cli-check-valid = { $file }: { $advice ->
        [0] in orde
        [one] in orde, met 1 advies
       *[other] in orde, met { $advice } adviezen
    }; termijn tot en met { $deadline }
cli-check-no-cases = in `{ $path }` staat geen dossier: gezocht naar bestanden die eindigen op `.yaml` of `.yml` (ook in de submappen), zonder basisbestanden (een naam die met `_` begint)

## Bestanden lezen en schrijven.
cli-cannot-read-case = het dossier `{ $path }` kan niet worden gelezen: { $reason }
cli-cannot-read = `{ $path }` kan niet worden gelezen: { $reason }
cli-cannot-read-folder = de map `{ $path }` kan niet worden gelezen: { $reason }
cli-cannot-read-templates = de map met sjablonen `{ $path }` kan niet worden gelezen: { $reason }
cli-cannot-read-template = het sjabloon `{ $path }` kan niet worden gelezen: { $reason }
cli-cannot-create-folder = de map `{ $path }` kan niet worden gemaakt: { $reason }
cli-cannot-write = `{ $path }` kan niet worden geschreven: { $reason }
cli-stdout = de uitvoer kan niet worden geschreven: { $reason }
cli-temporary-file = een tijdelijk bestand kan niet worden geschreven: { $reason }
cli-exists = { $count ->
        [one] { $paths } bestaat al; er is niets geschreven (met --force wordt het overschreven)
       *[other] { $paths } bestaan al; er is niets geschreven (met --force worden ze overschreven)
    }
cli-no-folder = de map `{ $path }` bestaat niet; er is niets geschreven
cli-replace-folder = het is een map
cli-replace-link = het is een symbolische koppeling; --force vervangt alleen gewone bestanden, haal de koppeling dus eerst weg
cli-replace-special = het is geen gewoon bestand (maar een apparaat, FIFO of socket); --force vervangt alleen gewone bestanden

## render --out
cli-out-no-folder = --out `{ $path }`: de map `{ $folder }` bestaat niet. Maak die map eerst, of schrijf `{ $path }/` als u een nieuwe map bedoelt: die wordt dan gemaakt
cli-out-wrong-extension = --out `{ $path }` eindigt op .{ $given }, maar --format { $format } schrijft een .{ $extension }-bestand; noem het `{ $suggestion }`, of kies met --format het formaat dat u wilt
cli-out-all-extension = --out `{ $path }` eindigt op .{ $given }, maar --format all schrijft { $extensions }; geef een naam zonder extensie, zoals `{ $suggestion }`, of een map die eindigt op `/`
cli-out-extension-added = de naam had geen extensie; .{ $extension } is toegevoegd

## De bevestiging van een gesprek: --entry.
cli-entry-missing = `--document confirmation` heeft `--entry N` nodig: het nummer van het telefoongesprek of overleg in `history` dat u bevestigt
cli-entry-none = het dossier heeft geen onderdeel { $entry } in `history`
cli-entry-not-a-call = onderdeel { $entry } van `history` is geen telefoongesprek of overleg, dus er valt niets te bevestigen
cli-entry-no-choices = { $error }; dit dossier heeft geen telefoongesprek of overleg in `history` om te bevestigen
cli-entry-choices = { $error }. Deze gesprekken kunnen worden bevestigd:
    { $choices }

## De belnotitie zonder vaste briefdatum.
cli-call-notes-date = let op: het dossier heeft geen `letter.date`, dus deze belnotitie rekent met een brief van vandaag ({ $date }, termijn tot en met { $deadline }). Zet `date: { $iso }` onder `letter`, dan noemt de brief dezelfde termijn als u in het gesprek aankondigt

## new
cli-new-bad-name = `{ $path }` is geen naam voor een dossier: gebruik een naam die eindigt op .yaml, zoals zaak.yaml
cli-new-exists = `{ $path }` bestaat al; `new` overschrijft nooit een bestand. Kies een andere naam, zoals `ingebrekestelling new zaak-2.yaml`
cli-new-wrote = geschreven: { $path } — vul alles tussen < en > in
cli-new-wrote-schema = geschreven: { $path } — hiermee vult uw editor de sleutels aan en legt hij ze uit
cli-new-then = controleer het dossier daarna met: ingebrekestelling check { $path }

## templates export
cli-templates-wrote = geschreven: { $path } ({ $about })
cli-templates-then = pas ze aan en gebruik ze met --templates { $path }

## batch
cli-batch-no-cases = geen dossiers gevonden in { $paths }: gezocht naar bestanden die eindigen op `.yaml` of `.yml` (ook in submappen), zonder basisbestanden (een naam die met `_` begint, of een bestand waarop een ander dossier voortbouwt)
cli-batch-locked = er schrijft al een andere batch in `{ $path }`; wacht tot die klaar is, of kies een andere --out
cli-cannot-lock = `{ $path }` kan voor deze batch niet worden vastgezet: { $reason }
cli-lock-not-a-file = `{ $path }` is geen gewoon bestand; haal het weg
cli-batch-extended = een ander dossier in deze batch bouwt voort op dit dossier; het geldt daarom als basisbestand en er wordt geen brief voor gemaakt. Geef een basisbestand een naam die met `_` begint
cli-batch-name-taken = de uitvoernaam `{ $name }` is al in gebruik voor `{ $owner }`; geef een van de twee bestanden een andere naam
cli-batch-link = `{ $path }` is een symbolische koppeling; brieven worden alleen in echte mappen onder --out geschreven, zodat er geen brief buiten --out terechtkomt
cli-batch-denied = er is advies gegeven en --deny-warnings staat aan
cli-batch-kept-not-a-file = het bestaat al en is geen gewoon bestand
cli-batch-kept-differs = `{ $path }` bestaat al en verschilt van wat het dossier nu oplevert; het is bewaard (met --force wordt het vervangen)
cli-batch-nothing-to-confirm-none = niets te bevestigen: er staat geen telefoongesprek of overleg in `history`
cli-batch-nothing-to-confirm-all = niets te bevestigen: elk telefoongesprek en overleg in `history` is al bevestigd
cli-batch-and-more = { $first } (en nog { $count })
cli-cannot-write-manifest = het overzicht in `{ $path }` kan niet worden geschreven: { $reason }
cli-file-name-not-text = `{ $path }`: deze bestandsnaam bevat tekens die geen tekst zijn; geef het bestand een andere naam
cli-too-many-cases = meer dossiers dan één batch aankan
cli-folder-too-deep = de map `{ $path }` ligt meer dan { $depth } mappen diep; de dossiers daarin zijn overgeslagen
cli-folder-skipped = de map `{ $path }` kan niet worden gelezen: { $reason }; de dossiers daarin zijn overgeslagen
cli-batch-progress-cases = dossiers
cli-batch-progress-eta = nog

## De samenvatting na een batch: "3 dossiers: 1 geschreven, 2 bewaard; overzicht in uit/manifest.json".
cli-batch-summary = { $cases ->
        [one] 1 dossier
       *[other] { $cases } dossiers
    }: { $parts }; overzicht in { $manifest }
cli-batch-written = { $count } geschreven
cli-batch-kept = { $count } bewaard
cli-batch-nothing = { $count } met niets te bevestigen
cli-batch-invalid = { $count } afgewezen
cli-batch-failed = { $count } mislukt
cli-batch-skipped = { $count } overgeslagen
cli-batch-with-advice = { $count } met advies
cli-format-not-for = `--format { $format }` past niet bij `--document { $document }`; dit document is beschikbaar als: { $formats }
cli-eml-skipped = geen e-mailconcept gemaakt: vul { $fields } in het dossier in om ook een e-mailconcept te maken
