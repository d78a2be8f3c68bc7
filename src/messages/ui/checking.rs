//! The texts of `validate`'s and `fmt`'s ways of choosing what to read
//! (named files, standard input) and of showing less (`--quiet`,
//! `--statistics`, `--diff`).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(
    FILE_NOT_FOUND,
    "{fichier} : fichier introuvable",
    "{fichier}: no such file"
);
text!(
    STDIN_NEEDS_NAME,
    "la fiche lue sur l'entrée standard (-) a besoin d'un nom : indiquez son chemin avec --stdin-filename data/ID.toml (son nom de fichier est l'identifiant)",
    "the record read from standard input (-) needs a name: give its path with --stdin-filename data/ID.toml (its file name is the id)"
);
text!(
    STDIN_ONCE,
    "l'entrée standard (-) ne se lit qu'une fois",
    "standard input (-) can be read only once"
);
text!(STDIN_SHOWN, "<entrée standard>", "<standard input>");
text!(
    STDIN_UNREADABLE,
    "impossible de lire l'entrée standard",
    "cannot read standard input"
);
text!(
    FMT_TO_FORMAT_DIFF_ONE,
    "{nombre} fiche à mettre en forme (différences ci-dessus) : lancez `fabriques fmt`",
    "{nombre} record to format (differences above): run `fabriques fmt`"
);
text!(
    FMT_TO_FORMAT_DIFF_MANY,
    "{nombre} fiches à mettre en forme (différences ci-dessus) : lancez `fabriques fmt`",
    "{nombre} records to format (differences above): run `fabriques fmt`"
);
text!(
    FMT_STDIN_ALONE,
    "« - » (l'entrée standard) s'emploie seul, sans autre fichier",
    "`-` (standard input) is used alone, without other files"
);
