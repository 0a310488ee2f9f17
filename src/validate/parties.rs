//! Sender and supplier: names, addresses, registration numbers, e-mail, the account for
//! payments, and who signs.

use super::{Checker, p};
use crate::case::{Address, Attention, Party, Sender, Supplier};
use crate::case_file::{self as file, Field};
use crate::catalogue::Message;
use crate::countries;
use crate::diagnostic::KeyPath;
use crate::dutch;
use crate::msg;

/// The keys sender and supplier share, taken from a `SenderFile` or a `SupplierFile`.
macro_rules! party_fields {
    ($f:expr) => {
        PartyFields {
            organisation: &$f.organisation,
            kvk: &$f.kvk,
            registration: &$f.registration,
            address: $f.address.as_ref(),
            email: &$f.email,
            phone: &$f.phone,
            article: &$f.article,
        }
    };
}

/// Which party: the names of its parts in messages.
#[derive(Clone, Copy)]
enum Who {
    Sender,
    Supplier,
}

/// The keys sender and supplier share.
#[derive(Clone, Copy)]
struct PartyFields<'a> {
    organisation: &'a Field<String>,
    kvk: &'a Field<String>,
    registration: &'a Field<String>,
    address: Option<&'a file::AddressFile>,
    email: &'a Field<String>,
    phone: &'a Field<String>,
    article: &'a Field<file::Article>,
}

impl Checker<'_> {
    fn party(&mut self, f: &PartyFields<'_>, path: &KeyPath, who: Who) -> Option<Party> {
        let PartyFields { organisation, kvk, registration, address, email, phone, article } = *f;
        let (name, address_what) = match who {
            Who::Sender => {
                (msg!("rule-what-sender-organisation"), msg!("rule-what-sender-address"))
            }
            Who::Supplier => {
                (msg!("rule-what-supplier-organisation"), msg!("rule-what-supplier-address"))
            }
        };
        let organisation = self.required_text(
            organisation,
            &path.key("organisation"),
            name,
            msg!("rule-example-legal-name"),
        );
        let kvk = self.kvk(kvk, &path.key("kvk"));
        let registration = self.optional_text(registration, &path.key("registration"));
        let address = match address {
            Some(a) => self.address(a, &path.key("address")),
            None => {
                self.missing_section(&path.key("address"), address_what);
                None
            }
        };
        let email = self.email(email, &path.key("email"));
        let phone = self.optional_text(phone, &path.key("phone"));
        Some(Party {
            organisation: organisation?,
            kvk: kvk?,
            registration,
            address: address?,
            email: email?,
            phone,
            article: article.cloned(),
        })
    }

    pub(super) fn sender(&mut self, f: Option<&file::SenderFile>) -> Option<Sender> {
        let path = p("sender");
        let Some(f) = f else {
            self.missing_section(&path, msg!("rule-what-sender"));
            return None;
        };
        let fields = party_fields!(f);
        let party = self.party(&fields, &path, Who::Sender);
        let iban = self.iban(&f.iban, &path.key("iban"));
        let signatory_path = path.key("signatory");
        let (name, role, mandate) = match &f.signatory {
            None => {
                self.missing_section(&signatory_path, msg!("rule-what-signatory"));
                (None, None, None)
            }
            Some(s) => (
                self.required_text(
                    &s.name,
                    &signatory_path.key("name"),
                    msg!("rule-what-signatory-name"),
                    msg!("rule-example-name", name = "J. de Vries"),
                ),
                self.optional_text(&s.role, &signatory_path.key("role")),
                self.optional_text(&s.mandate, &signatory_path.key("mandate")),
            ),
        };
        Some(Sender { party: party?, signatory: name?, signatory_role: role, mandate, iban: iban? })
    }

    pub(super) fn supplier(&mut self, f: Option<&file::SupplierFile>) -> Option<Supplier> {
        let path = p("supplier");
        let Some(f) = f else {
            self.missing_section(&path, msg!("rule-what-supplier"));
            return None;
        };
        let fields = party_fields!(f);
        let party = self.party(&fields, &path, Who::Supplier);
        let attention = match &f.attention {
            None => Some(None),
            Some(a) => {
                let at = path.key("attention");
                let name = self.required_text(
                    &a.name,
                    &at.key("name"),
                    msg!("rule-what-addressee-name"),
                    msg!("rule-example-name", name = "P. Bakker"),
                );
                let role = self.optional_text(&a.role, &at.key("role"));
                let email = self.email(&a.email, &at.key("email"));
                let form = a.form.cloned().unwrap_or_default();
                let email = email?;
                name.map(|name| Some(Attention { name, form, role, email }))
            }
        };
        Some(Supplier { party: party?, attention: attention? })
    }

    fn kvk(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        let Some(text) = self.optional(field, path)? else {
            return Some(None);
        };
        if self.curly_quotes(&text, path) {
            None
        } else if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
            Some(Some(text))
        } else {
            self.rule(path, msg!("rule-kvk", value = text));
            None
        }
    }

    /// An IBAN: country code, check digits and account, checked with mod 97 (ISO 13616);
    /// kept in groups of four ("NL91 ABNA 0417 1643 00").
    fn iban(&mut self, field: &Field<String>, path: &KeyPath) -> Option<Option<String>> {
        let Some(text) = self.optional(field, path)? else {
            return Some(None);
        };
        if self.curly_quotes(&text, path) {
            return None;
        }
        match iban(&text) {
            Ok(printed) => Some(Some(printed)),
            Err(reason) => {
                self.rule(path, msg!("rule-iban", value = text, reason = reason));
                None
            }
        }
    }

    pub(super) fn email(
        &mut self,
        field: &Field<String>,
        path: &KeyPath,
    ) -> Option<Option<String>> {
        let Some(text) = self.optional(field, path)? else {
            return Some(None);
        };
        if self.curly_quotes(&text, path) {
            None
        } else if is_email(&text) {
            Some(Some(text))
        } else {
            let message = msg!("rule-email", value = text.as_str());
            let hint = if text.contains(['<', '>', '"']) {
                message.attribute("hint-bare")
            } else {
                message.attribute("hint")
            };
            self.error(path, message, hint);
            None
        }
    }

    fn address(&mut self, f: &file::AddressFile, path: &KeyPath) -> Option<Address> {
        let street = self.required_text(
            &f.street,
            &path.key("street"),
            msg!("rule-what-street"),
            msg!("rule-example-street"),
        );
        let city = self.required_text(
            &f.city,
            &path.key("city"),
            msg!("rule-what-city"),
            msg!("rule-example-city"),
        );
        let country = match self.optional(&f.country, &path.key("country")) {
            None => None,
            Some(None) => Some(None),
            Some(Some(code)) if self.curly_quotes(&code, &path.key("country")) => None,
            Some(Some(code)) => match countries::lookup(&code) {
                Some(c) if c.code == "NL" => Some(None),
                Some(c) => Some(Some(c)),
                None => {
                    let message = msg!("rule-country", value = code.as_str());
                    let hint = match code.to_uppercase().as_str() {
                        "NLD" | "HOLLAND" | "NEDERLAND" => message.attribute("hint-nl"),
                        "BEL" | "BELGIE" | "BELGIË" => message.attribute("hint-be"),
                        "DEU" | "DUITSLAND" | "GERMANY" => message.attribute("hint-de"),
                        _ => message.attribute("hint"),
                    };
                    self.error(&path.key("country"), message, hint);
                    None
                }
            },
        };
        let postcode_path = path.key("postcode");
        let postcode = match (self.optional(&f.postcode, &postcode_path), &country) {
            (None, _) => None,
            (Some(None), _) => {
                self.missing(&postcode_path, msg!("rule-what-postcode"), "3511 AB");
                None
            }
            (Some(Some(code)), _) if self.curly_quotes(&code, &postcode_path) => None,
            (Some(Some(code)), Some(None)) => match dutch::postcode(&code) {
                Some(printed) => Some(printed),
                None => {
                    self.rule(&postcode_path, msg!("rule-postcode", value = code));
                    None
                }
            },
            (Some(Some(code)), _) => Some(code),
        };
        Some(Address { street: street?, postcode: postcode?, city: city?, country: country? })
    }
}
/// An IBAN in groups of four, or why it is not one.
pub(crate) fn iban(text: &str) -> Result<String, Message> {
    let compact: String =
        text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    if compact.len() < 15 || compact.len() > 34 {
        return Err(msg!("rule-iban-length"));
    }
    let bytes = compact.as_bytes();
    let shape = bytes.iter().take(2).all(u8::is_ascii_uppercase)
        && bytes.iter().skip(2).take(2).all(u8::is_ascii_digit)
        && bytes.iter().all(u8::is_ascii_alphanumeric);
    if !shape {
        return Err(msg!("rule-iban-start"));
    }
    if compact.starts_with("NL") && compact.len() != 18 {
        return Err(msg!("rule-iban-dutch-length"));
    }
    // Move the first four to the end, letters become 10..35, the number mod 97 must be 1.
    let rearranged = compact.chars().skip(4).chain(compact.chars().take(4));
    let mut rest: u32 = 0;
    for c in rearranged {
        let value = c.to_digit(36).unwrap_or(0);
        rest = if value >= 10 { (rest * 100 + value) % 97 } else { (rest * 10 + value) % 97 };
    }
    if rest != 1 {
        return Err(msg!("rule-iban-check-digits"));
    }
    let chars: Vec<char> = compact.chars().collect();
    Ok(chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" "))
}

/// One `@`, a non-empty local part, a domain with a dot and no empty labels, no spaces.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, ',' | ';' | '<' | '>' | '(' | ')' | '"')
        })
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;

    #[test]
    fn ibans_are_checked_with_mod_97() {
        assert_eq!(iban("NL91ABNA0417164300").as_deref(), Ok("NL91 ABNA 0417 1643 00"));
        assert_eq!(iban("nl91 abna 0417 1643 00").as_deref(), Ok("NL91 ABNA 0417 1643 00"));
        assert_eq!(
            iban("BE68 5390 0754 7034").as_deref(),
            Ok("BE68 5390 0754 7034"),
            "a Belgian IBAN"
        );
        assert_eq!(
            iban("DE89 3704 0044 0532 0130 00").as_deref(),
            Ok("DE89 3704 0044 0532 0130 00")
        );
        let wrong = iban("NL92ABNA0417164300").unwrap_err();
        assert_eq!(wrong.text(Lang::Nl), "de controlecijfers kloppen niet (een tikfout?)");
        assert_eq!(wrong.text(Lang::En), "its check digits do not match (a typing error?)");
        let short = iban("NL91ABNA04171643").unwrap_err();
        assert_eq!(short.text(Lang::Nl), "een Nederlands IBAN heeft 18 tekens");
        assert!(iban("NL91ABNA0417164301").is_err(), "a typing error");
        assert!(iban("NL91ABNA041716430").is_err(), "one digit short");
        assert!(iban("1234567890123456").is_err(), "no country code");
        assert!(iban("NL91-ABNA-0417").is_err());
    }

    #[test]
    fn email_addresses() {
        for ok in ["a@b.nl", "ict@zorggroep-oost.nl", "j.de.vries@sub.example.com"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "a.nl",
            "a@b",
            "a@@b.nl",
            "a@b..nl",
            "@b.nl",
            "a b@c.nl",
            "a@.nl",
            "a@b.nl.",
            "a@b,c.nl",
            "<a@b.nl>",
            "\"A\" a@b.nl",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
