//! Command-line help texts, keyed by `subcommand.argument` (`.argument` for
//! global flags, `subcommand` alone for a subcommand's description).

use super::Text;

macro_rules! text {
    ($name:ident, $fr:expr, $en:expr) => {
        pub static $name: Text = Text { fr: $fr, en: $en };
    };
}

text!(
    ABOUT,
    "Registre des Fabriques de Territoire : écrire, vérifier, interroger et exporter les fiches TOML de data/.",
    "Register of the Fabriques de Territoire: write, check, query and export the TOML records of data/."
);

text!(USAGE_HEADING, "Utilisation", "Usage");
text!(COMMANDS_HEADING, "Commandes", "Commands");
text!(OPTIONS_HEADING, "Options", "Options");
text!(ARGUMENTS_HEADING, "Arguments", "Arguments");
text!(HELP_FLAG, "Affiche l'aide", "Print help");
text!(VERSION_FLAG, "Affiche la version", "Print version");

/// (key, text) pairs applied to the clap command at startup.
pub static HELP: &[(&str, Text)] = &[
    (".data", Text { fr: "Dossier des fiches (par défaut : data/ à la racine du registre, trouvée en remontant depuis le dossier courant)", en: "Records folder (default: data/ at the register's root, found by walking up from the current folder)" }),
    (".config", Text { fr: "Fichier de réglages (par défaut : fabriques.toml à la racine du registre)", en: "Settings file (default: fabriques.toml at the register's root)" }),
    (".lang", Text { fr: "Langue des messages (par défaut : français, anglais si la locale commence par en)", en: "Language of messages (default: French, English when the locale starts with en)" }),
    (".color", Text { fr: "Couleurs : auto (vers un terminal ; NO_COLOR, CLICOLOR=0 et TERM=dumb les retirent, CLICOLOR_FORCE=1 les impose), always, never", en: "Colours: auto (to a terminal; NO_COLOR, CLICOLOR=0 and TERM=dumb remove them, CLICOLOR_FORCE=1 forces them), always, never" }),
    ("validate", Text { fr: "Vérifie toutes les fiches : format, vocabulaires, liens, règles du programme", en: "Checks every record: format, vocabularies, links, programme rules" }),
    ("validate.format", Text { fr: "Format de sortie : human (lisible), json (un document), jsonl (un diagnostic par ligne), github (annotations GitHub Actions)", en: "Output format: human, json (one document), jsonl (one diagnostic per line), github (GitHub Actions annotations)" }),
    ("validate.strict", Text { fr: "Les avertissements comptent comme des erreurs (code de sortie 1)", en: "Warnings count as errors (exit code 1)" }),
    ("validate.quiet", Text { fr: "N'affiche que les erreurs (et le bilan) : les avertissements sont comptés, pas montrés", en: "Shows only the errors (and the summary): warnings are counted, not shown" }),
    ("validate.statistics", Text { fr: "Au lieu des problèmes, combien chaque règle en a trouvé, les plus fréquents d'abord", en: "Instead of the problems, how many each rule found, most frequent first" }),
    ("validate.stdin_filename", Text { fr: "Avec « - » : le chemin de la fiche lue sur l'entrée standard (son nom de fichier donne l'identifiant ; pour les éditeurs)", en: "With `-`: the path of the record read from standard input (its file name gives the id; for editors)" }),
    ("validate.files", Text { fr: "Fiches (ou dossiers) à vérifier, « - » pour l'entrée standard (par défaut : tout data/) ; les doublons sont cherchés dans tout le registre", en: "Records (or folders) to check, `-` for standard input (default: all of data/); duplicates are looked for in the whole register" }),
    ("rules", Text { fr: "Liste les règles de validation, ou explique l'une d'elles", en: "Lists the validation rules, or explains one" }),
    ("rules.name", Text { fr: "Nom d'une règle (ex. unknown-key)", en: "A rule's name (e.g. unknown-key)" }),
    ("vocab", Text { fr: "Affiche les vocabulaires contrôlés et leurs codes", en: "Shows the controlled vocabularies and their codes" }),
    ("vocab.name", Text { fr: "Nom d'un vocabulaire (ex. categories)", en: "A vocabulary's name (e.g. categories)" }),
    ("list", Text { fr: "Liste les fabriques qui passent les filtres (table, csv, tsv ou json)", en: "Lists the fabriques that pass the filters (table, csv, tsv or json)" }),
    ("list.colonnes", Text { fr: "Colonnes à afficher, séparées par des virgules : id, nom, statut, commune, code_postal, code_insee, departement, region, qpv, numerique, labellisation, structure, actions, reseaux, anct, erreurs", en: "Columns to show, comma-separated: id, nom, statut, commune, code_postal, code_insee, departement, region, qpv, numerique, labellisation, structure, actions, reseaux, anct, erreurs" }),
    ("list.tri", Text { fr: "Colonnes de tri (par défaut : departement,nom) ; un - devant trie à l'envers (-labellisation)", en: "Sort columns (default: departement,nom); a leading - sorts descending (-labellisation)" }),
    ("list.count", Text { fr: "N'affiche que le nombre de fabriques trouvées", en: "Prints only the number of fabriques found" }),
    ("list.format", Text { fr: "Format de sortie : table, csv, tsv ou json", en: "Output format: table, csv, tsv or json" }),
    ("list.fail_empty", Text { fr: "Code de sortie 1 quand aucune fabrique ne correspond (pour les scripts)", en: "Exit code 1 when no fabrique matches (for scripts)" }),
    ("show", Text { fr: "Affiche une fabrique : tous ses champs, ses actions, ses liens et ses critères", en: "Shows one fabrique: every field, its actions, links and criteria" }),
    ("show.id", Text { fr: "Identifiant de la fabrique (nom du fichier sans .toml)", en: "The fabrique's id (file name without .toml)" }),
    ("show.format", Text { fr: "Format de sortie : text (fiche lisible) ou json", en: "Output format: text (readable card) or json" }),
    ("*.departement", Text { fr: "Département : code ou nom (01, 2A, 971, Ain, « Côtes-d'Armor ») ; plusieurs séparés par des virgules", en: "Département: code or name (01, 2A, 971, Ain, \"Côtes-d'Armor\"); several, comma-separated" }),
    ("*.region", Text { fr: "Région : code ou nom (84, « Auvergne-Rhône-Alpes »)", en: "Région: code or name (84, \"Auvergne-Rhône-Alpes\")" }),
    ("*.commune", Text { fr: "Commune : nom ou code INSEE", en: "Commune: name or INSEE code" }),
    ("*.qpv", Text { fr: "QPV : oui (par défaut, --qpv seul) les fabriques connues en QPV, non celles connues hors QPV, inconnu celles dont la fiche ne le dit pas ; plusieurs séparés par des virgules", en: "QPV: oui (the default, --qpv alone) the fabriques known to be in a QPV, non those known to be outside, inconnu those whose record does not say; several, comma-separated" }),
    ("*.hors_qpv", Text { fr: "Seulement les fabriques connues hors QPV (comme --qpv non)", en: "Only the fabriques known to be outside any QPV (as --qpv non)" }),
    ("*.numerique", Text { fr: "Fabrique numérique de territoire : oui (par défaut, --numerique seul), non, inconnu ; plusieurs séparés par des virgules", en: "Fabrique numérique de territoire: oui (the default, --numerique alone), non, inconnu; several, comma-separated" }),
    ("*.non_numerique", Text { fr: "Seulement les fabriques connues pour ne pas être des Fabriques numériques (comme --numerique non)", en: "Only the fabriques known not to be Fabriques numériques (as --numerique non)" }),
    ("*.action", Text { fr: "Catégorie d'action (`fabriques vocab categories`)", en: "Action category (`fabriques vocab categories`)" }),
    ("*.statut", Text { fr: "Statut des actions qui comptent : fait, commence, envisage (par défaut : tous)", en: "Status of the actions that count: fait, commence, envisage (default: any)" }),
    ("*.annee", Text { fr: "Année de labellisation", en: "Labelling year" }),
    ("*.statut_fabrique", Text { fr: "Statut de la fabrique : en_projet, en_activite, fermee", en: "Status of the fabrique: en_projet, en_activite, fermee" }),
    ("*.reseau", Text { fr: "Code de réseau (déclaré dans fabriques.toml)", en: "Network code (declared in fabriques.toml)" }),
    ("*.cherche", Text { fr: "Texte cherché sans tenir compte des majuscules ni des accents dans les noms, la description, la structure, la commune et les sous-actions", en: "Text searched regardless of case and accents in names, description, structure, commune and sub-actions" }),
    ("export", Text { fr: "Exporte le registre : CSV (par défaut), JSON, JSON Lines, GeoJSON (uMap), tableaux du wiki Movilab, Markdown, standard de la médiation numérique", en: "Exports the register: CSV (default), JSON, JSON Lines, GeoJSON (uMap), Movilab wiki tables, Markdown, médiation numérique standard" }),
    ("export.format", Text { fr: "Format de sortie : csv (par défaut), json, jsonl, geojson, wikitext, markdown ou mediation-numerique ; --csv, --json... en sont des raccourcis", en: "Output format: csv (default), json, jsonl, geojson, wikitext, markdown or mediation-numerique; --csv, --json... are shortcuts for it" }),
    ("export.csv", Text { fr: "Une ligne par fabrique, colonnes stables (par défaut)", en: "One row per fabrique, stable columns (default)" }),
    ("export.json", Text { fr: "Un tableau JSON des fiches, avec département et région", en: "A JSON array of the records, with département and région" }),
    ("export.jsonl", Text { fr: "Une fiche JSON par ligne", en: "One JSON record per line" }),
    ("export.geojson", Text { fr: "Une FeatureCollection de points pour uMap (les fiches sans coordonnées sont comptées sur la sortie d'erreur)", en: "A FeatureCollection of points for uMap (records without coordinates are counted on stderr)" }),
    ("export.wikitext", Text { fr: "Les tableaux « Technique » et « Entrée par action » de la page Movilab, en syntaxe MediaWiki", en: "The « Technique » and « Entrée par action » tables of the Movilab page, in MediaWiki syntax" }),
    ("export.xlsx", Text { fr: "Un classeur Excel (xlsx) : les colonnes du CSV, codes en texte (01500 garde son zéro), nombres en nombres, oui/non, en-tête figé avec filtre ; avec -o FICHIER.xlsx", en: "An Excel workbook (xlsx): the CSV's columns, codes as text (01500 keeps its zero), numbers as numbers, yes/no, frozen header with a filter; with -o FILE.xlsx" }),
    ("export.markdown", Text { fr: "Les mêmes deux tableaux en Markdown", en: "The same two tables in Markdown" }),
    ("export.mediation_numerique", Text { fr: "Les Fabriques numériques au standard national des lieux de médiation numérique (LaMednum, schéma 1.0.1)", en: "The Fabriques numériques in the national standard of digital inclusion places (LaMednum, schema 1.0.1)" }),
    ("export.output", Text { fr: "Écrit dans ce fichier (de façon atomique : jamais de fichier à moitié écrit) au lieu de la sortie standard", en: "Writes to this file (atomically: never a half-written file) instead of standard output" }),
    ("export.delimiter", Text { fr: "Séparateur CSV : un caractère, par exemple ';' pour les tableurs français", en: "CSV delimiter: one character, e.g. ';' for French spreadsheet software (default: ,)" }),
    ("export.bom", Text { fr: "Ajoute une marque d'ordre des octets UTF-8, pour qu'Excel reconnaisse les accents", en: "Adds a UTF-8 byte order mark, so that Excel recognises accents" }),
    ("export.colonnes", Text { fr: "Colonnes CSV à exporter, séparées par des virgules (par défaut : toutes, dans l'ordre documenté)", en: "CSV columns to export, comma-separated (default: all, in the documented order)" }),
    ("export.force", Text { fr: "Avec --output : écrase le fichier même s'il n'est pas un export précédent du même format (une fiche, fabriques.toml, un autre document)", en: "With --output: replaces the file even when it is not a previous export of the same format (a record, fabriques.toml, another document)" }),
    ("export.date_maj", Text { fr: "Date de mise à jour du standard médiation numérique (par défaut : aujourd'hui)", en: "Update date of the médiation numérique export (default: today)" }),
    ("criteres", Text { fr: "Matrice des six critères tiers-lieu : ✓ / ✗ par fabrique, et combien les remplissent", en: "Matrix of the six tiers-lieu criteria: ✓ / ✗ per fabrique, and how many meet each" }),
    ("criteres.format", Text { fr: "Format de sortie : table, csv ou json", en: "Output format: table, csv or json" }),
    ("stats", Text { fr: "Statistiques du registre : régions, départements, QPV, Fabriques numériques, labellisation, statuts, actions, critères, financement, et avancement vers les chiffres du programme", en: "Statistics of the register: régions, départements, QPV, Fabriques numériques, labelling, statuses, actions, criteria, funding, and progress toward the programme's figures" }),
    ("stats.format", Text { fr: "Format de sortie : table, csv (section,key,label,value,unit,target) ou json", en: "Output format: table, csv (section,key,label,value,unit,target) or json" }),
    ("actions", Text { fr: "L'« Entrée par action » : qui fait quoi (font ça, ont commencé, veulent le faire) ; avec --action, qui peut vous aider, les plus proches d'abord", en: "The « Entrée par action »: who does what (do it, have started, want to); with --action, who can help you, nearest first" }),
    ("actions.format", Text { fr: "Format de sortie : table, csv ou json", en: "Output format: table, csv or json" }),
    ("actions.commune", Text { fr: "Commune de référence (nom ou code INSEE) : ici, ne filtre pas mais classe les fabriques des plus proches aux plus lointaines", en: "Reference commune (name or INSEE code): here it does not filter but orders the fabriques nearest first" }),
    ("actions.departement", Text { fr: "Département de référence (code ou nom) : ici, ne filtre pas mais classe les fabriques du même département d'abord, puis de la même région", en: "Reference département (code or name): here it does not filter but orders the fabriques of that département first, then of its région" }),
    ("liens", Text { fr: "Les visites et contributions entre fabriques : tableau, nombre de liens par fabrique, ou dessin du réseau (dot, mermaid)", en: "Visits and contributions between fabriques: table, links per fabrique, or a drawing of the network (dot, mermaid)" }),
    ("liens.format", Text { fr: "Format de sortie : table, csv, json, dot (Graphviz) ou mermaid (bloc graph LR)", en: "Output format: table, csv, json, dot (Graphviz) or mermaid (graph LR block)" }),
    ("site", Text { fr: "Écrit le registre en site web statique : carte et liste filtrables, tableaux « Technique » et « Entrée par action », une page par fabrique, réseau, statistiques, téléchargements ; à publier tel quel (GitHub Pages, tout serveur web) ou à ouvrir depuis le disque", en: "Writes the register as a static website: a map and a list with filters, the « Technique » and « Entrée par action » tables, one page per fabrique, the network, statistics, downloads; to publish as is (GitHub Pages, any web server) or open from the disk" }),
    ("site.output", Text { fr: "Dossier du site, remplacé d'un coup (de façon atomique) s'il est vide ou contient un site déjà généré ; jamais un autre dossier", en: "Folder of the site, replaced in one go (atomically) when it is empty or holds a site generated before; never another folder" }),
    ("site.titre", Text { fr: "Titre du site (par défaut : [site] titre de fabriques.toml, sinon « Fabriques de Territoire »)", en: "Title of the site (default: [site] titre of fabriques.toml, else « Fabriques de Territoire »)" }),
    ("site.depot", Text { fr: "Adresse web du dépôt du registre (ex. https://github.com/organisation/registre) : chaque page de fabrique propose d'en corriger le fichier sur la forge (par défaut : [site] depot de fabriques.toml)", en: "Web address of the register's repository (e.g. https://github.com/organisation/registre): each fabrique's page offers to correct its file on the forge (default: [site] depot of fabriques.toml)" }),
    ("site.branche", Text { fr: "Branche du dépôt où corriger les fiches (par défaut : [site] branche, sinon main)", en: "Branch of the repository where records are corrected (default: [site] branche, else main)" }),
    ("site.osm", Text { fr: "Propose les tuiles OpenStreetMap comme couche de la carte (chargées seulement si le visiteur les choisit ; par défaut : [site] tuiles_osm, sinon non)", en: "Offers OpenStreetMap tiles as a layer of the map (loaded only when the visitor picks them; default: [site] tuiles_osm, else no)" }),
    ("geo", Text { fr: "Ce que la géographie de référence sait d'une commune, d'un code INSEE ou d'un code postal", en: "What the geography reference knows of a commune, an INSEE code or a postal code" }),
    ("geo.query", Text { fr: "Nom de commune, code INSEE ou code postal (ex. Ambérieu-en-Bugey, 01004, 01500)", en: "Commune name, INSEE code or postal code (e.g. Ambérieu-en-Bugey, 01004, 01500)" }),
    ("geo.format", Text { fr: "Format de sortie : table ou json", en: "Output format: table or json" }),
    // --- writing records: new, fmt, import ---
    ("new", Text { fr: "Crée une fiche à partir d'un modèle commenté : identifiant tiré du nom, commune, code postal et code INSEE pris dans la géographie de référence", en: "Creates a record from a commented template: id derived from the name, commune, postal code and INSEE code taken from the geography reference" }),
    ("new.nom", Text { fr: "Nom de la fabrique, tel qu'elle se présente (entre guillemets s'il a des espaces)", en: "The fabrique's name, as it presents itself (quoted if it has spaces)" }),
    ("new.commune", Text { fr: "Commune de la fabrique (nom officiel ou approchant : Chambery, Saint-Etienne)", en: "The fabrique's commune (official name or close: Chambery, Saint-Etienne)" }),
    ("new.code_postal", Text { fr: "Code postal de la fabrique ; avec --commune, choisit entre plusieurs communes du même nom", en: "The fabrique's postal code; with --commune, picks between communes of the same name" }),
    ("new.insee", Text { fr: "Code INSEE de la commune (désigne une seule commune)", en: "INSEE code of the commune (designates one commune)" }),
    ("new.id", Text { fr: "Identifiant de la fiche, nom du fichier (par défaut : tiré du nom, ex. la-dynamo)", en: "The record's id, its file name (default: derived from the name, e.g. la-dynamo)" }),
    ("fmt", Text { fr: "Met les fiches en forme : ordre des clés et des tables de la documentation, espacement et guillemets réguliers ; garde chaque commentaire et chaque valeur", en: "Formats the records: keys and tables in documentation order, regular spacing and quotes; keeps every comment and every value" }),
    ("fmt.diff", Text { fr: "Ne réécrit rien : montre les changements en diff unifié (code de sortie 1 s'il y en a)", en: "Rewrites nothing: shows the changes as a unified diff (exit code 1 if any)" }),
    ("fmt.check", Text { fr: "Ne réécrit rien : liste les fiches à mettre en forme (code de sortie 1 s'il y en a, pour la CI du registre)", en: "Rewrites nothing: lists the records to format (exit code 1 if any, for the register's CI)" }),
    ("fmt.files", Text { fr: "Fiches (ou dossiers) à mettre en forme (par défaut : toutes celles de data/) ; « - » lit l'entrée standard et écrit la fiche mise en forme sur la sortie standard", en: "Records (or folders) to format (default: all of data/); `-` reads standard input and writes the formatted record to standard output" }),
    ("import", Text { fr: "Crée des fiches depuis un tableau CSV (virgules ou points-virgules, UTF-8) ou un GeoJSON (FeatureCollection) : colonnes ou propriétés reconnues par leur nom, une fiche par ligne ou par entité ; ne touche jamais une fiche existante (sauf --update, qui la complète sans rien remplacer)", en: "Creates records from a CSV sheet (commas or semicolons, UTF-8) or a GeoJSON (FeatureCollection): columns or properties recognised by name, one record per row or feature; never touches an existing record (unless --update, which completes it without replacing anything)" }),
    ("import.file", Text { fr: "Le tableau CSV ou le GeoJSON (« Oui »/« Non », « x » et « 1 »/« 0 » valent true/false ; listes séparées par « | » ; un point GeoJSON donne geometry.latitude et geometry.longitude)", en: "The CSV sheet or the GeoJSON (« Oui »/« Non », « x » and « 1 »/« 0 » mean true/false; lists separated by « | »; a GeoJSON point gives geometry.latitude and geometry.longitude)" }),
    ("import.map", Text { fr: "Colonne=champ : le champ d'une colonne que l'outil ne reconnaît pas (ex. --map \"Ville=adresse.commune\", - pour l'ignorer, commentaire pour la garder en commentaire des nouvelles fiches) ; répétable", en: "Column=field: the field of a column the tool does not recognise (e.g. --map \"Ville=adresse.commune\", - to ignore it, commentaire to keep it as a comment of new records); repeatable" }),
    ("import.dry_run", Text { fr: "N'écrit rien : montre les fiches qui seraient créées ou mises à jour, et leurs problèmes", en: "Writes nothing: shows the records that would be created or updated, and their problems" }),
    ("import.update", Text { fr: "Complète les fiches qui existent déjà (trouvées par identifiant ANCT, nom et commune, ou id) avec ce qu'elles ne disent pas ; ne remplace jamais une valeur : un désaccord est signalé avec les deux valeurs et les deux sources", en: "Completes the records that already exist (found by ANCT id, name and commune, or id) with what they do not say; never replaces a value: a disagreement is reported with both values and both sources" }),
    // --- setting up: init, completions, man ---
    ("init", Text { fr: "Crée un registre : fabriques.toml commenté, data/, un flux de travail GitHub Actions qui vérifie les fiches, une configuration pre-commit ; ne remplace jamais un fichier", en: "Creates a register: a commented fabriques.toml, data/, a GitHub Actions workflow that checks the records, a pre-commit configuration; never replaces a file" }),
    ("init.dir", Text { fr: "Dossier du nouveau registre (par défaut : le dossier courant)", en: "Folder of the new register (default: the current folder)" }),
    ("init.depot", Text { fr: "Adresse git du dépôt de fabriques, d'où le flux de travail et pre-commit l'installent ; « . » quand le registre est ce dépôt même", en: "Git address of the fabriques repository, where the workflow and pre-commit install it from; `.` when the register is that repository itself" }),
    ("completions", Text { fr: "Écrit le script de complétion d'un shell (bash, zsh, fish, powershell, elvish) sur la sortie standard", en: "Writes a shell's completion script (bash, zsh, fish, powershell, elvish) to standard output" }),
    ("completions.shell", Text { fr: "Le shell", en: "The shell" }),
    ("man", Text { fr: "Écrit la page de manuel de fabriques, ou d'une commande, sur la sortie standard (man -l - pour la lire)", en: "Writes the manual page of fabriques, or of a command, to standard output (man -l - to read it)" }),
    ("man.command", Text { fr: "La commande dont écrire la page (par défaut : fabriques lui-même)", en: "The command whose page to write (default: fabriques itself)" }),
    ("schema", Text { fr: "Écrit le schéma JSON des fiches sur la sortie standard, tiré des définitions qu'utilise validate (avec les vocabulaires du registre) : pour qu'un éditeur (taplo, Even Better TOML) complète et vérifie les fiches pendant la saisie", en: "Writes the JSON Schema of the records to standard output, generated from the definitions validate uses (with the register's vocabularies): so that an editor (taplo, Even Better TOML) completes and checks records as you type" }),
];
