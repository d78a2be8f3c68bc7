//! The texts of the generated documentation: the manual page's section
//! headings (`fabriques man`).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(MAN_MANUAL, "Manuel de fabriques", "fabriques manual");
text!(MAN_NAME, "NOM", "NAME");
text!(MAN_SYNOPSIS, "SYNOPSIS", "SYNOPSIS");
text!(MAN_DESCRIPTION, "DESCRIPTION", "DESCRIPTION");
text!(MAN_OPTIONS, "OPTIONS", "OPTIONS");
text!(MAN_ARGUMENTS, "ARGUMENTS", "ARGUMENTS");
text!(MAN_COMMANDS, "COMMANDES", "COMMANDS");
text!(MAN_EXIT_CODES, "CODES DE SORTIE", "EXIT STATUS");
text!(MAN_VERSION, "VERSION", "VERSION");
text!(MAN_AUTHORS, "AUTEURS", "AUTHORS");
text!(
    MAN_UNKNOWN_COMMAND,
    "commande inconnue « {commande} » ; `fabriques --help` les liste toutes",
    "unknown command `{commande}`; `fabriques --help` lists them all"
);
