### Wat in elke melding terugkomt.

# Tekst die niet van ons is (een sjabloon-engine, het besturingssysteem), ongewijzigd.
verbatim = { $text }

# Wat geschreven is; de regel die een geslaagde opdracht afsluit, in dit kleine bestand
# zodat die opdracht niet de hele catalogus hoeft te lezen.
wrote = geschreven: { $path }

## Hoe een probleem of advies begint: `fout: …`, `advies[code]: …`, `= waarom: …`, `= tip: …`.
label-error = fout
label-warning = advies
label-why = waarom
label-hint = tip

# Een keuze uit meer dan twee: "`a`, `b` of `c`".
list-or = { $rest } of { $last }

## Aantallen; de vorm hangt af van het aantal.
count-problems = { $count ->
        [one] 1 probleem
       *[other] { $count } problemen
    }
count-advice = { $count ->
        [one] 1 advies
       *[other] { $count } adviezen
    }
