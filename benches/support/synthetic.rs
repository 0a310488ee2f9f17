//! Varied synthetic case files for benchmarks: different parties, one to five shortcomings,
//! zero to three contacts, all three kinds of deadline, both tones, Dutch and foreign
//! addresses. Deterministic: case `i` is always the same text.

/// A small deterministic generator (64-bit LCG).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get((self.next() as usize) % items.len().max(1)).copied().unwrap_or("")
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const SENDERS: &[&str] = &[
    "Zorggroep Oost B.V.",
    "Gemeente Heuvelrand",
    "Stichting Openbaar Onderwijs Rivierenland",
    "Transportbedrijf Van Leeuwen B.V.",
    "Woningcorporatie Het Baken",
    "Advocatenkantoor De Wit & Partners N.V.",
];
const SUPPLIERS: &[&str] = &[
    "CloudWerk B.V.",
    "KeyHost Datacenters B.V.",
    "Codefabriek Nederland B.V.",
    "Netwerk Noord B.V.",
    "SaaS Solutions Europe B.V.",
];
const CITIES: &[(&str, &str)] = &[
    ("3511 AB", "Utrecht"),
    ("1000 BE", "Amsterdam"),
    ("8017 JK", "Zwolle"),
    ("4001 EM", "Tiel"),
    ("5211 JV", "'s-Hertogenbosch"),
];
const NAMES: &[&str] =
    &["P. Bakker", "M. van der Berg", "drs. E. Claassen", "R. van 't Hof", "S. Jansen"];
const BREACHES: &[(&str, &str, &str)] = &[
    (
        "De dienst is per kalendermaand minimaal 99,8% beschikbaar.",
        "In {m} 2026 was de dienst {p}% beschikbaar; op {d} {m} was zij langer dan vier uur niet bereikbaar, zo blijkt uit de monitoring.",
        "Herstel de beschikbaarheid tot minimaal 99,8% per kalendermaand.",
    ),
    (
        "Storingen met prioriteit 1 worden binnen 4 uur verholpen.",
        "De storingen van {d} en {d2} {m} 2026 (tickets CW-{t} en CW-{t2}) waren pas na 9 en 11 uur verholpen.",
        "Verhelp storingen met prioriteit 1 weer binnen 4 uur.",
    ),
    (
        "Release {r} wordt uiterlijk op 1 oktober 2026 opgeleverd en doorstaat de acceptatietest.",
        "Release {r} is op {d} {m} 2026 geleverd; bij de acceptatietest faalden {p2} van de 61 testgevallen, waaronder alle testgevallen voor facturatie.",
        "Lever release {r} opnieuw op, met de gebreken uit het testrapport hersteld.",
    ),
    (
        "Elke nacht wordt een volledige back-up gemaakt en 30 dagen bewaard.",
        "Bij de hersteltest op {d} {m} 2026 bleek dat op {p2} nachten in de voorafgaande maand geen back-up is gemaakt; de leverancier heeft dat per e-mail bevestigd.",
        "Maak elke nacht een volledige back-up en toon dat aan met de logbestanden van 10 nachten.",
    ),
    (
        "Meldingen met prioriteit hoog worden binnen 8 werkuren opgelost.",
        "Van de {t3} meldingen met prioriteit hoog in {m} 2026 zijn er {p2} niet binnen 8 werkuren opgelost; de langste doorlooptijd was 6 werkdagen.",
        "Los meldingen met prioriteit hoog weer binnen 8 werkuren op.",
    ),
];

/// The text of synthetic case `i`.
pub fn case(i: u64) -> String {
    let mut r = Rng(i.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5deece66d);
    let sender = r.pick(SENDERS);
    let supplier = r.pick(SUPPLIERS);
    let (postcode, city) = CITIES[(r.below(CITIES.len() as u64)) as usize];
    let (s_postcode, s_city) = CITIES[(r.below(CITIES.len() as u64)) as usize];
    let months = ["september", "oktober"];
    let month = months[r.below(2) as usize];
    let tone = if r.below(3) == 0 { "formal" } else { "constructive" };
    let foreign = r.below(6) == 0;
    let mut out = String::with_capacity(3000);
    out.push_str(&format!(
        "letter:\n  date: 2026-12-{:02}\n  reference: SYN-{i:06}\n  tone: {tone}\n  announced_by_phone: 2026-11-27\n\n",
        1 + r.below(3)
    ));
    out.push_str(&format!(
        "sender:\n  organisation: \"{sender}\"\n  kvk: \"{:08}\"\n  address:\n    street: Stationsweg {}\n    postcode: {s_postcode}\n    city: \"{s_city}\"\n  email: ict@afzender.example\n  signatory:\n    name: J. de Vries\n    role: Directeur\n\n",
        10_000_000 + r.below(89_999_999),
        1 + r.below(200)
    ));
    out.push_str(&format!("supplier:\n  organisation: \"{supplier}\"\n"));
    if r.below(4) != 0 {
        let form = ["heer", "mevrouw", "neutral"][r.below(3) as usize];
        out.push_str(&format!("  attention:\n    name: \"{}\"\n    form: {form}\n", r.pick(NAMES)));
    }
    if foreign {
        out.push_str("  registration: KBO 0712.345.678\n  address:\n    street: Kortrijksesteenweg 1100\n    postcode: \"9051\"\n    city: Gent\n    country: BE\n");
    } else {
        out.push_str(&format!(
            "  address:\n    street: Postbus {}\n    postcode: {postcode}\n    city: \"{city}\"\n",
            100 + r.below(9000)
        ));
    }
    out.push_str("  email: contracten@leverancier.example\n\n");
    out.push_str(&format!(
        "contract:\n  title: Overeenkomst dienstverlening {}\n  reference: OVK-{}\n  date: 2024-0{}-01\n\n",
        i,
        1000 + r.below(9000),
        1 + r.below(9)
    ));
    out.push_str("breaches:\n");
    let count = 1 + r.below(5);
    for n in 0..count {
        let (obligation, facts, action) = BREACHES[((i + n) % BREACHES.len() as u64) as usize];
        let fill = |t: &str, r: &mut Rng| {
            t.replace("{m}", month)
                .replace("{d}", &(1 + r.below(14)).to_string())
                .replace("{d2}", &(15 + r.below(13)).to_string())
                .replace("{p}", &format!("9{},{}", r.below(8), r.below(10)))
                .replace("{p2}", &(2 + r.below(20)).to_string())
                .replace("{t}", &(4000 + r.below(999)).to_string())
                .replace("{t2}", &(5000 + r.below(999)).to_string())
                .replace("{t3}", &(30 + r.below(40)).to_string())
                .replace("{r}", &(2 + r.below(4)).to_string())
        };
        out.push_str(&format!(
            "  - obligation: \"{}\"\n    clause: Artikel {}.{}\n    facts: \"{}\"\n    since: 2026-10-0{}\n    required_action: \"{}\"\n",
            fill(obligation, &mut r),
            2 + r.below(8),
            1 + r.below(6),
            fill(facts, &mut r),
            1 + r.below(9),
            fill(action, &mut r)
        ));
    }
    let contacts = r.below(4);
    if contacts > 0 {
        out.push_str("\nhistory:\n");
        for n in 0..contacts {
            let channel = ["email", "letter", "ticket"][r.below(3) as usize];
            out.push_str(&format!(
                "  - date: 2026-11-{:02}\n    channel: {channel}\n    summary: Opnieuw gemeld dat de tekortkoming voortduurt (melding {}).\n",
                1 + n * 7,
                n + 1
            ));
        }
    }
    out.push_str(&match r.below(3) {
        0 => format!("\ndeadline:\n  working_days: {}\n", 5 + r.below(16)),
        1 => format!("\ndeadline:\n  days: {}\n", 14 + r.below(15)),
        _ => format!("\ndeadline:\n  date: 2027-01-{:02}\n", 11 + r.below(3) * 7),
    });
    if r.below(2) == 0 {
        out.push_str("\nconfirm_within_working_days: 3\n");
    }
    out
}
