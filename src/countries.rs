//! Dutch names for all officially assigned ISO 3166-1 alpha-2 country codes, for the country
//! line of a postal address. Names follow the Nederlandse Taalunie / Dutch government spelling
//! conventions (e.g. "België", "Verenigd Koninkrijk", "Tsjechië", "Ivoorkust", "Eswatini").

/// A country (or territory) with an officially assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// The ISO 3166-1 alpha-2 code, two ASCII upper-case letters, e.g. "BE".
    pub code: &'static str,
    /// The Dutch name in normal capitalisation, e.g. "België".
    pub name: &'static str,
}

impl Country {
    /// The Dutch name in upper case, as printed on the last line of a postal address,
    /// e.g. "BELGIË".
    #[must_use]
    pub fn name_upper(&self) -> String {
        self.name.to_uppercase()
    }
}

/// All 249 officially assigned ISO 3166-1 alpha-2 codes with their Dutch names, sorted by code.
pub const COUNTRIES: &[Country] = &[
    Country { code: "AD", name: "Andorra" },
    Country { code: "AE", name: "Verenigde Arabische Emiraten" },
    Country { code: "AF", name: "Afghanistan" },
    Country { code: "AG", name: "Antigua en Barbuda" },
    Country { code: "AI", name: "Anguilla" },
    Country { code: "AL", name: "Albanië" },
    Country { code: "AM", name: "Armenië" },
    Country { code: "AO", name: "Angola" },
    Country { code: "AQ", name: "Antarctica" },
    Country { code: "AR", name: "Argentinië" },
    Country { code: "AS", name: "Amerikaans-Samoa" },
    Country { code: "AT", name: "Oostenrijk" },
    Country { code: "AU", name: "Australië" },
    Country { code: "AW", name: "Aruba" },
    Country { code: "AX", name: "Åland" },
    Country { code: "AZ", name: "Azerbeidzjan" },
    Country { code: "BA", name: "Bosnië en Herzegovina" },
    Country { code: "BB", name: "Barbados" },
    Country { code: "BD", name: "Bangladesh" },
    Country { code: "BE", name: "België" },
    Country { code: "BF", name: "Burkina Faso" },
    Country { code: "BG", name: "Bulgarije" },
    Country { code: "BH", name: "Bahrein" },
    Country { code: "BI", name: "Burundi" },
    Country { code: "BJ", name: "Benin" },
    Country { code: "BL", name: "Sint-Barthélemy" },
    Country { code: "BM", name: "Bermuda" },
    Country { code: "BN", name: "Brunei" },
    Country { code: "BO", name: "Bolivia" },
    Country { code: "BQ", name: "Bonaire, Sint Eustatius en Saba" },
    Country { code: "BR", name: "Brazilië" },
    Country { code: "BS", name: "Bahama's" },
    Country { code: "BT", name: "Bhutan" },
    Country { code: "BV", name: "Bouveteiland" },
    Country { code: "BW", name: "Botswana" },
    Country { code: "BY", name: "Belarus" },
    Country { code: "BZ", name: "Belize" },
    Country { code: "CA", name: "Canada" },
    Country { code: "CC", name: "Cocoseilanden" },
    Country { code: "CD", name: "Democratische Republiek Congo" },
    Country { code: "CF", name: "Centraal-Afrikaanse Republiek" },
    Country { code: "CG", name: "Republiek Congo" },
    Country { code: "CH", name: "Zwitserland" },
    Country { code: "CI", name: "Ivoorkust" },
    Country { code: "CK", name: "Cookeilanden" },
    Country { code: "CL", name: "Chili" },
    Country { code: "CM", name: "Kameroen" },
    Country { code: "CN", name: "China" },
    Country { code: "CO", name: "Colombia" },
    Country { code: "CR", name: "Costa Rica" },
    Country { code: "CU", name: "Cuba" },
    Country { code: "CV", name: "Kaapverdië" },
    Country { code: "CW", name: "Curaçao" },
    Country { code: "CX", name: "Christmaseiland" },
    Country { code: "CY", name: "Cyprus" },
    Country { code: "CZ", name: "Tsjechië" },
    Country { code: "DE", name: "Duitsland" },
    Country { code: "DJ", name: "Djibouti" },
    Country { code: "DK", name: "Denemarken" },
    Country { code: "DM", name: "Dominica" },
    Country { code: "DO", name: "Dominicaanse Republiek" },
    Country { code: "DZ", name: "Algerije" },
    Country { code: "EC", name: "Ecuador" },
    Country { code: "EE", name: "Estland" },
    Country { code: "EG", name: "Egypte" },
    Country { code: "EH", name: "Westelijke Sahara" },
    Country { code: "ER", name: "Eritrea" },
    Country { code: "ES", name: "Spanje" },
    Country { code: "ET", name: "Ethiopië" },
    Country { code: "FI", name: "Finland" },
    Country { code: "FJ", name: "Fiji" },
    Country { code: "FK", name: "Falklandeilanden" },
    Country { code: "FM", name: "Micronesia" },
    Country { code: "FO", name: "Faeröer" },
    Country { code: "FR", name: "Frankrijk" },
    Country { code: "GA", name: "Gabon" },
    Country { code: "GB", name: "Verenigd Koninkrijk" },
    Country { code: "GD", name: "Grenada" },
    Country { code: "GE", name: "Georgië" },
    Country { code: "GF", name: "Frans-Guyana" },
    Country { code: "GG", name: "Guernsey" },
    Country { code: "GH", name: "Ghana" },
    Country { code: "GI", name: "Gibraltar" },
    Country { code: "GL", name: "Groenland" },
    Country { code: "GM", name: "Gambia" },
    Country { code: "GN", name: "Guinee" },
    Country { code: "GP", name: "Guadeloupe" },
    Country { code: "GQ", name: "Equatoriaal-Guinea" },
    Country { code: "GR", name: "Griekenland" },
    Country { code: "GS", name: "Zuid-Georgia en de Zuidelijke Sandwicheilanden" },
    Country { code: "GT", name: "Guatemala" },
    Country { code: "GU", name: "Guam" },
    Country { code: "GW", name: "Guinee-Bissau" },
    Country { code: "GY", name: "Guyana" },
    Country { code: "HK", name: "Hongkong" },
    Country { code: "HM", name: "Heard- en McDonaldeilanden" },
    Country { code: "HN", name: "Honduras" },
    Country { code: "HR", name: "Kroatië" },
    Country { code: "HT", name: "Haïti" },
    Country { code: "HU", name: "Hongarije" },
    Country { code: "ID", name: "Indonesië" },
    Country { code: "IE", name: "Ierland" },
    Country { code: "IL", name: "Israël" },
    Country { code: "IM", name: "Eiland Man" },
    Country { code: "IN", name: "India" },
    Country { code: "IO", name: "Brits Indische Oceaanterritorium" },
    Country { code: "IQ", name: "Irak" },
    Country { code: "IR", name: "Iran" },
    Country { code: "IS", name: "IJsland" },
    Country { code: "IT", name: "Italië" },
    Country { code: "JE", name: "Jersey" },
    Country { code: "JM", name: "Jamaica" },
    Country { code: "JO", name: "Jordanië" },
    Country { code: "JP", name: "Japan" },
    Country { code: "KE", name: "Kenia" },
    Country { code: "KG", name: "Kirgizië" },
    Country { code: "KH", name: "Cambodja" },
    Country { code: "KI", name: "Kiribati" },
    Country { code: "KM", name: "Comoren" },
    Country { code: "KN", name: "Saint Kitts en Nevis" },
    Country { code: "KP", name: "Noord-Korea" },
    Country { code: "KR", name: "Zuid-Korea" },
    Country { code: "KW", name: "Koeweit" },
    Country { code: "KY", name: "Kaaimaneilanden" },
    Country { code: "KZ", name: "Kazachstan" },
    Country { code: "LA", name: "Laos" },
    Country { code: "LB", name: "Libanon" },
    Country { code: "LC", name: "Saint Lucia" },
    Country { code: "LI", name: "Liechtenstein" },
    Country { code: "LK", name: "Sri Lanka" },
    Country { code: "LR", name: "Liberia" },
    Country { code: "LS", name: "Lesotho" },
    Country { code: "LT", name: "Litouwen" },
    Country { code: "LU", name: "Luxemburg" },
    Country { code: "LV", name: "Letland" },
    Country { code: "LY", name: "Libië" },
    Country { code: "MA", name: "Marokko" },
    Country { code: "MC", name: "Monaco" },
    Country { code: "MD", name: "Moldavië" },
    Country { code: "ME", name: "Montenegro" },
    Country { code: "MF", name: "Sint-Maarten (Frans deel)" },
    Country { code: "MG", name: "Madagaskar" },
    Country { code: "MH", name: "Marshalleilanden" },
    Country { code: "MK", name: "Noord-Macedonië" },
    Country { code: "ML", name: "Mali" },
    Country { code: "MM", name: "Myanmar" },
    Country { code: "MN", name: "Mongolië" },
    Country { code: "MO", name: "Macau" },
    Country { code: "MP", name: "Noordelijke Marianen" },
    Country { code: "MQ", name: "Martinique" },
    Country { code: "MR", name: "Mauritanië" },
    Country { code: "MS", name: "Montserrat" },
    Country { code: "MT", name: "Malta" },
    Country { code: "MU", name: "Mauritius" },
    Country { code: "MV", name: "Maldiven" },
    Country { code: "MW", name: "Malawi" },
    Country { code: "MX", name: "Mexico" },
    Country { code: "MY", name: "Maleisië" },
    Country { code: "MZ", name: "Mozambique" },
    Country { code: "NA", name: "Namibië" },
    Country { code: "NC", name: "Nieuw-Caledonië" },
    Country { code: "NE", name: "Niger" },
    Country { code: "NF", name: "Norfolkeiland" },
    Country { code: "NG", name: "Nigeria" },
    Country { code: "NI", name: "Nicaragua" },
    Country { code: "NL", name: "Nederland" },
    Country { code: "NO", name: "Noorwegen" },
    Country { code: "NP", name: "Nepal" },
    Country { code: "NR", name: "Nauru" },
    Country { code: "NU", name: "Niue" },
    Country { code: "NZ", name: "Nieuw-Zeeland" },
    Country { code: "OM", name: "Oman" },
    Country { code: "PA", name: "Panama" },
    Country { code: "PE", name: "Peru" },
    Country { code: "PF", name: "Frans-Polynesië" },
    Country { code: "PG", name: "Papoea-Nieuw-Guinea" },
    Country { code: "PH", name: "Filipijnen" },
    Country { code: "PK", name: "Pakistan" },
    Country { code: "PL", name: "Polen" },
    Country { code: "PM", name: "Saint-Pierre en Miquelon" },
    Country { code: "PN", name: "Pitcairneilanden" },
    Country { code: "PR", name: "Puerto Rico" },
    Country { code: "PS", name: "Palestijnse Gebieden" },
    Country { code: "PT", name: "Portugal" },
    Country { code: "PW", name: "Palau" },
    Country { code: "PY", name: "Paraguay" },
    Country { code: "QA", name: "Qatar" },
    Country { code: "RE", name: "Réunion" },
    Country { code: "RO", name: "Roemenië" },
    Country { code: "RS", name: "Servië" },
    Country { code: "RU", name: "Rusland" },
    Country { code: "RW", name: "Rwanda" },
    Country { code: "SA", name: "Saoedi-Arabië" },
    Country { code: "SB", name: "Salomonseilanden" },
    Country { code: "SC", name: "Seychellen" },
    Country { code: "SD", name: "Soedan" },
    Country { code: "SE", name: "Zweden" },
    Country { code: "SG", name: "Singapore" },
    Country { code: "SH", name: "Sint-Helena, Ascension en Tristan da Cunha" },
    Country { code: "SI", name: "Slovenië" },
    Country { code: "SJ", name: "Spitsbergen en Jan Mayen" },
    Country { code: "SK", name: "Slowakije" },
    Country { code: "SL", name: "Sierra Leone" },
    Country { code: "SM", name: "San Marino" },
    Country { code: "SN", name: "Senegal" },
    Country { code: "SO", name: "Somalië" },
    Country { code: "SR", name: "Suriname" },
    Country { code: "SS", name: "Zuid-Soedan" },
    Country { code: "ST", name: "Sao Tomé en Principe" },
    Country { code: "SV", name: "El Salvador" },
    Country { code: "SX", name: "Sint Maarten" },
    Country { code: "SY", name: "Syrië" },
    Country { code: "SZ", name: "Eswatini" },
    Country { code: "TC", name: "Turks- en Caicoseilanden" },
    Country { code: "TD", name: "Tsjaad" },
    Country { code: "TF", name: "Franse Zuidelijke en Antarctische Gebieden" },
    Country { code: "TG", name: "Togo" },
    Country { code: "TH", name: "Thailand" },
    Country { code: "TJ", name: "Tadzjikistan" },
    Country { code: "TK", name: "Tokelau" },
    Country { code: "TL", name: "Oost-Timor" },
    Country { code: "TM", name: "Turkmenistan" },
    Country { code: "TN", name: "Tunesië" },
    Country { code: "TO", name: "Tonga" },
    Country { code: "TR", name: "Turkije" },
    Country { code: "TT", name: "Trinidad en Tobago" },
    Country { code: "TV", name: "Tuvalu" },
    Country { code: "TW", name: "Taiwan" },
    Country { code: "TZ", name: "Tanzania" },
    Country { code: "UA", name: "Oekraïne" },
    Country { code: "UG", name: "Oeganda" },
    Country { code: "UM", name: "Kleine afgelegen eilanden van de Verenigde Staten" },
    Country { code: "US", name: "Verenigde Staten" },
    Country { code: "UY", name: "Uruguay" },
    Country { code: "UZ", name: "Oezbekistan" },
    Country { code: "VA", name: "Vaticaanstad" },
    Country { code: "VC", name: "Saint Vincent en de Grenadines" },
    Country { code: "VE", name: "Venezuela" },
    Country { code: "VG", name: "Britse Maagdeneilanden" },
    Country { code: "VI", name: "Amerikaanse Maagdeneilanden" },
    Country { code: "VN", name: "Vietnam" },
    Country { code: "VU", name: "Vanuatu" },
    Country { code: "WF", name: "Wallis en Futuna" },
    Country { code: "WS", name: "Samoa" },
    Country { code: "YE", name: "Jemen" },
    Country { code: "YT", name: "Mayotte" },
    Country { code: "ZA", name: "Zuid-Afrika" },
    Country { code: "ZM", name: "Zambia" },
    Country { code: "ZW", name: "Zimbabwe" },
];

/// Looks up a country by its ISO 3166-1 alpha-2 code.
///
/// The code is matched case-insensitively after trimming surrounding whitespace; anything
/// other than exactly two ASCII letters yields `None`.
#[must_use]
pub fn lookup(code: &str) -> Option<&'static Country> {
    let code = code.trim().as_bytes();
    if code.len() != 2 || !code.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let key = code.to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.as_bytes().cmp(key.as_slice()))
        .ok()
        .and_then(|i| COUNTRIES.get(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_without_duplicates() {
        for pair in COUNTRIES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} before {}", pair[0].code, pair[1].code);
        }
    }

    #[test]
    fn table_has_all_assigned_codes() {
        assert_eq!(COUNTRIES.len(), 249);
    }

    #[test]
    fn codes_are_two_ascii_uppercase_letters() {
        for c in COUNTRIES {
            assert_eq!(c.code.len(), 2, "{}", c.code);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
            assert!(!c.name.is_empty(), "{}", c.code);
            assert_eq!(c.name, c.name.trim(), "{}", c.code);
        }
    }

    #[test]
    fn every_entry_can_be_looked_up() {
        for c in COUNTRIES {
            assert_eq!(lookup(c.code), Some(c));
            assert_eq!(lookup(&c.code.to_lowercase()), Some(c));
        }
    }

    #[test]
    fn known_lookups() {
        let name = |code: &str| lookup(code).map(|c| c.name);
        assert_eq!(name("be"), Some("België"));
        assert_eq!(name("NL"), Some("Nederland"));
        assert_eq!(name(" de "), Some("Duitsland"));
        assert_eq!(name("GB"), Some("Verenigd Koninkrijk"));
        assert_eq!(name("US"), Some("Verenigde Staten"));
        assert_eq!(name("CW"), Some("Curaçao"));
        assert_eq!(lookup("nL").map(|c| c.code), Some("NL"));
    }

    #[test]
    fn unknown_codes() {
        assert_eq!(lookup("XX"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("NLD"), None);
        assert_eq!(lookup("   "), None);
        assert_eq!(lookup("N"), None);
        assert_eq!(lookup("N1"), None);
        assert_eq!(lookup("ÅX"), None);
    }

    #[test]
    fn name_upper_for_address_line() {
        let be = lookup("BE").map(Country::name_upper);
        assert_eq!(be.as_deref(), Some("BELGIË"));
        let gb = lookup("GB").map(Country::name_upper);
        assert_eq!(gb.as_deref(), Some("VERENIGD KONINKRIJK"));
        let ax = lookup("AX").map(Country::name_upper);
        assert_eq!(ax.as_deref(), Some("ÅLAND"));
    }
}
