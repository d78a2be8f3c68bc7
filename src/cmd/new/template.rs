//! The commented template of a new record: every field of the format,
//! with what to write and the allowed codes (from the register's
//! vocabularies). Only what the record needs is written (the name, the
//! commune, a source to complete); every other field is commented out,
//! since absent means unknown: a template never writes a guessed `qpv` or
//! year.

use super::*;

/// Writes comment lines, wrapped at 78 columns, each starting with `# `.
struct Template {
    text: String,
}

impl Template {
    fn comment(&mut self, body: &str) {
        for paragraph in body.split('\n') {
            let mut line = String::from("#");
            for word in units(paragraph) {
                let word = word.as_str();
                if line.chars().count() + 1 + word.chars().count() > 78 && line != "#" {
                    self.text.push_str(&line);
                    self.text.push('\n');
                    line = String::from("#");
                }
                line.push(' ');
                line.push_str(word);
            }
            self.text.push_str(&line);
            self.text.push('\n');
        }
    }

    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// An optional field, commented out.
    fn optional(&mut self, s: &str) {
        self.text.push_str("# ");
        self.line(s);
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }
}

/// The words of a paragraph, a short « quotation » kept as one unit so
/// that a line never breaks inside it.
fn units(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        match open.take() {
            Some(mut q) => {
                q.push(' ');
                q.push_str(word);
                if word.ends_with('»') || q.chars().count() > 30 {
                    out.push(q);
                } else {
                    open = Some(q);
                }
            }
            None if word == "«" => open = Some(word.to_string()),
            None => out.push(word.to_string()),
        }
    }
    out.extend(open);
    out
}

fn codes(vocab: &Vocabularies, name: &str) -> String {
    vocab.get(name).codes().join(", ")
}

/// The text of the new record, before formatting.
pub(super) fn template(nom: &str, place: &Place, geo: &Geo, vocab: &Vocabularies, lang: Lang) -> String {
    let c = place.commune;
    let q = format::string;
    let t = |text: &Text, args: &[(&str, String)]| say(text, lang, args);
    let dep = geo.departement(c.departement).map_or(c.departement, |d| d.nom);
    let mut w = Template { text: String::new() };
    w.comment(&t(
        &ui::NEW_T_HEADER,
        &[
            ("nom", nom.to_string()),
            ("commune", c.nom.to_string()),
            ("departement", dep.to_string()),
        ],
    ));
    w.blank();
    w.line(&format!("nom = {}", q(nom)));
    w.comment(&t(&ui::NEW_T_STATUT, &[("codes", codes(vocab, "statuts"))]));
    w.optional("statut = \"en_activite\"");
    w.comment(&t(&ui::NEW_T_QPV, &[]));
    w.optional("qpv = true");
    w.comment(&t(&ui::NEW_T_CODE_QPV, &[]));
    w.optional("code_qpv = \"QN00000M\"");
    w.comment(&t(&ui::NEW_T_NUMERIQUE, &[]));
    w.optional("numerique = true");
    w.comment(&t(&ui::NEW_T_URLS, &[]));
    w.optional("site_web = \"https://...\"");
    w.optional("page_movilab = \"https://movilab.org/wiki/...\"");
    w.optional("video = \"https://...\"");
    let reseaux = vocab.get("reseaux").codes();
    match reseaux.first() {
        Some(first) => {
            w.comment(&t(&ui::NEW_T_RESEAUX, &[("codes", reseaux.join(", "))]));
            w.optional(&format!("reseaux = [{}]", q(first)));
        }
        None => {
            w.comment(&t(&ui::NEW_T_RESEAUX_NONE, &[]));
            w.optional("reseaux = [\"...\"]");
        }
    }
    w.comment(&t(&ui::NEW_T_SOURCES, &[]));
    w.line(&format!("sources = [{}]", q(ui::NEW_T_SOURCES_VALUE.get(lang))));
    tables(&mut w, nom, place, geo, vocab, lang);
    w.text
}

/// The template's tables, from `[labellisation]` on.
fn tables(w: &mut Template, nom: &str, place: &Place, geo: &Geo, vocab: &Vocabularies, lang: Lang) {
    let c = place.commune;
    let q = format::string;
    let t = |text: &Text, args: &[(&str, String)]| say(text, lang, args);
    w.blank();
    w.line("[labellisation]");
    w.comment(&t(&ui::NEW_T_ANNEE, &[]));
    w.optional("annee = 2019");
    w.comment(&t(&ui::NEW_T_VAGUE, &[]));
    w.optional("vague = 1");
    w.blank();
    w.line("[adresse]");
    w.comment(&t(&ui::NEW_T_VOIE, &[]));
    w.optional("voie = \"...\"");
    w.comment(&t(&ui::NEW_T_LIEU, &[("millesime", geo.millesime().to_string())]));
    w.line(&format!("code_postal = {}", q(&place.code_postal)));
    w.line(&format!("commune = {}", q(c.nom)));
    w.line(&format!("code_insee = {}", q(c.code_insee)));
    w.comment(&t(&ui::NEW_T_COORDONNEES, &[]));
    w.optional("latitude = 0.0");
    w.optional("longitude = 0.0");
    w.comment(&t(&ui::NEW_T_PRECISION, &[]));
    w.optional("precision_point = \"commune\"");
    w.blank();
    w.comment(&t(&ui::NEW_T_STRUCTURE, &[]));
    w.optional("[structure_porteuse]");
    w.optional(&format!("nom = {}", q(nom)));
    w.comment(&t(&ui::NEW_T_FORME, &[("codes", codes(vocab, "formes_juridiques"))]));
    w.optional("forme_juridique = \"association\"");
    w.comment(&t(&ui::NEW_T_CREATION, &[]));
    w.optional("creation = 2016");
    w.comment(&t(&ui::NEW_T_SIRET, &[]));
    w.optional("siret = \"...\"");
    w.blank();
    w.line("[consortium]");
    w.comment(&t(&ui::NEW_T_CONSORTIUM, &[("codes", codes(vocab, "consortium"))]));
    w.optional("collectivites = [\"...\"]");
    w.optional("centres_sociaux = [\"...\"]");
    w.blank();
    w.line("[financement]");
    w.comment(&t(&ui::NEW_T_FINANCEMENT, &[]));
    w.optional("annuel = { 2020 = 50000, 2021 = 50000, 2022 = 50000 }");
    w.optional("bonus_numerique = 100000");
    w.blank();
    w.line("[criteres]");
    w.comment(&t(&ui::NEW_T_CRITERES, &[]));
    for key in ["communaute", "gouvernance", "ancrage", "mise_en_commun"] {
        w.optional(&format!("{key} = \"...\""));
    }
    w.comment(&t(&ui::NEW_T_PUBLICS, &[("codes", codes(vocab, "publics"))]));
    w.optional("publics = [\"tout_public\"]");
    w.blank();
    w.comment(&t(
        &ui::NEW_T_ACTIONS,
        &[
            ("categories", codes(vocab, "categories")),
            ("statuts", codes(vocab, "statuts_action")),
        ],
    ));
    w.optional("[[actions]]");
    w.optional("categorie = \"fablab\"");
    w.optional("sous_action = \"...\"");
    w.optional("statut = \"fait\"");
    w.blank();
    w.comment(&t(&ui::NEW_T_LIENS, &[("types", codes(vocab, "types_lien"))]));
    w.optional("[[liens]]");
    w.optional("fabrique = \"...\"");
    w.optional("type = \"visite\"");
    w.optional("date = 2021-03-04");
}
