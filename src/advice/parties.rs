//! Advice on sender and supplier: who signs, on whose behalf, how names read, who receives.

use super::{Advisor, mentions};
use crate::case::{Case, Party, SendMethod};
use crate::diagnostic::KeyPath;

/// Names of public bodies whose notices are signed under a mandate.
const PUBLIC_BODIES: &[&str] = &["Gemeente", "Provincie", "Waterschap", "Hoogheemraadschap"];
/// Names that take an article in a sentence.
const WITH_ARTICLE: &[&str] =
    &["Gemeente", "Provincie", "Waterschap", "Hoogheemraadschap", "Hogeschool", "Universiteit"];
/// Roles that can receive a notice for a company.
const AUTHORISED: &[&str] = &[
    "directeur",
    "director",
    "directie",
    "bestuurder",
    "bestuursvoorzitter",
    "ceo",
    "eigenaar",
    "dga",
    "zaakvoerder",
    "gedelegeerd bestuurder",
    "geschäftsführer",
    "managing",
    "gevolmachtigde",
    "vennoot",
];

fn first_word(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or_default()
}

pub(super) fn advise(a: &mut Advisor<'_>, case: &Case) {
    let sender = &case.sender;
    let root = KeyPath::root();
    if sender.signatory_role.is_none() {
        a.add(
            "signatory-without-role",
            root.key("sender").key("signatory").key("role"),
            vec![("name", sender.signatory.as_str().into())],
        );
    }
    let organisation = sender.party.organisation.as_str();
    if PUBLIC_BODIES.contains(&first_word(organisation)) && sender.mandate.is_none() {
        a.add(
            "mandate",
            root.key("sender").key("signatory").key("mandate"),
            vec![("organisation", organisation.into()), ("name", sender.signatory.as_str().into())],
        );
    }
    if first_word(organisation) == "Ministerie" {
        a.add(
            "state-party",
            root.key("sender").key("organisation"),
            vec![("organisation", organisation.into())],
        );
    }
    article(a, &sender.party, "sender");
    article(a, &case.supplier.party, "supplier");
    // Only a role that is given and is not one that can receive for the supplier: without a
    // role the tool cannot tell.
    if let Some(attention) = &case.supplier.attention
        && let Some(role) = &attention.role
        && !mentions(role, AUTHORISED)
    {
        a.add(
            "attention-not-authorised",
            root.key("supplier").key("attention").key("role"),
            vec![
                ("name", attention.name.as_str().into()),
                ("role", role.as_str().into()),
                ("supplier", case.supplier.party.organisation.as_str().into()),
            ],
        );
    }
    if case.letter.sent_by.contains(&SendMethod::Email) && case.supplier.party.email.is_none() {
        a.add("email-without-address", root.key("supplier").key("email"), vec![]);
    }
}

fn article(a: &mut Advisor<'_>, party: &Party, key: &'static str) {
    if party.article.is_none() && WITH_ARTICLE.contains(&first_word(&party.organisation)) {
        a.add(
            "article",
            KeyPath::root().key(key).key("article"),
            vec![("organisation", party.organisation.as_str().into()), ("party", key.into())],
        );
    }
}
