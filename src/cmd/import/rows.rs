//! What becomes of each row: its id claimed in the sheet's order, its
//! record built and checked as `validate` would (on all cores), compared
//! with the register for `duplicate-name`, and written with the others.

use super::*;

/// The rules that say a record does not document something yet: expected
/// of an import, so counted rather than printed.
pub(super) fn is_completeness(rule: RuleId) -> bool {
    matches!(rule, RuleId::PageMovilab | RuleId::Consortium | RuleId::ACompleter)
        || matches!(rule.rule().check, Check::Criterion { .. })
}

/// What became of a row.
pub(super) enum Outcome {
    Created,
    Updated(Vec<String>),
    UpToDate,
    Skipped(String),
    Failed(String),
}

/// The run's view of the sheet and the register.
pub(super) struct Import<'a> {
    pub(super) config: &'a Config,
    /// The sheet's file name, for the records' comments and sources.
    pub(super) sheet_name: String,
    /// The sheet as the user named it, for messages.
    pub(super) shown_sheet: String,
    /// Ids of the register's records, and their files.
    pub(super) existing: HashMap<String, PathBuf>,
    /// Ids several files of the register share (`duplicate-id`): a row
    /// never picks one of them.
    pub(super) duplicates: load::Duplicates,
    /// The register's records, indexed to find the one a row is about.
    pub(super) matcher: Matcher,
    pub(super) layout: Layout,
    pub(super) lang: Lang,
    pub(super) checker: Checker<'a>,
    /// Diagnostics in the compact human layout, at the sheet's line.
    pub(super) renderer: Renderer,
}

impl Import<'_> {
    pub(super) fn say(&self, text: &Text, args: &[(&str, String)]) -> String {
        say(text, self.lang, args)
    }

    pub(super) fn record_path(&self, id: &str) -> PathBuf {
        self.existing.get(id).cloned().unwrap_or_else(|| {
            self.config
                .resolve_path(&self.config.data_dir.join(format!("{id}.toml")))
        })
    }

    pub(super) fn default_source(&self) -> Set {
        Set {
            path: vec!["sources".into()],
            value: Cell::Texts(vec![
                self.say(&ui::IMPORT_SOURCE, &[("fichier", self.sheet_name.clone())])
            ]),
            column: String::new(),
            note: None,
        }
    }

    /// The text of a new record for a row.
    pub(super) fn new_record(&self, p: &Prepared) -> Result<String> {
        let mut doc = DocumentMut::new();
        for set in &p.sets {
            match &set.value {
                Cell::Actions(actions) => merge_actions(&mut doc, actions),
                _ => merge(&mut doc, set),
            };
        }
        if !p.sets.iter().any(|s| s.path == ["sources"]) {
            merge(&mut doc, &self.default_source());
        }
        let header = self.say(
            &ui::IMPORT_HEADER,
            &[
                ("nom", p.nom.clone().or_else(|| p.id.clone().ok()).unwrap_or_default()),
                ("fichier", self.sheet_name.clone()),
                ("ligne", p.line.to_string()),
            ],
        );
        // A comment ends at the end of its line and holds no control
        // character: a name on two lines is written on one, its other
        // control characters visibly (`\u{1b}`; `control-character`
        // reports them in the value).
        let one_line = |s: &str| crate::terminal::escape(&s.replace(['\r', '\n'], " ")).into_owned();
        let mut header = format!("# {}\n", one_line(&header));
        // The sheet's comment columns: what it says of the row that is no
        // field (why a name was chosen).
        for (column, comment) in &p.comments {
            header.push_str(&format!("# {} : {}\n", one_line(column), one_line(comment)));
        }
        let text = format!("{header}\n{doc}");
        format::format_generated(&text, &self.layout).map_err(|e| anyhow!(e.reason(self.lang)))
    }
}

/// A row on its way: a record to write, or what became of it already.
pub(super) enum Step {
    Ready(Box<Pending>),
    Done(u64, Option<String>, Outcome),
}

/// A record ready to be written.
pub(super) struct Pending {
    pub(super) line: u64,
    pub(super) id: String,
    pub(super) path: PathBuf,
    pub(super) shown: Arc<PathBuf>,
    pub(super) text: String,
    pub(super) outcome: Outcome,
    /// What the row was matched to its existing record on.
    pub(super) matched: Option<Match>,
    pub(super) conflicts: Vec<Conflict>,
    /// With conflicts: the record's sources and the row's, to show beside
    /// the two values.
    pub(super) sources: (Vec<String>, Vec<String>),
    pub(super) diags: Vec<Diagnostic>,
    /// Where each value of `text` came from: (byte range, column).
    pub(super) spans: Vec<(Range<usize>, String)>,
    /// For `duplicate-name` with the register: the record's outline, where
    /// its name is, and the register-wide rules its exceptions name.
    pub(super) outline: Option<Outline>,
    pub(super) nom: Option<Span>,
    /// Where its `[identifiants] anct` is, for `duplicate-identifier`.
    pub(super) anct: Option<Span>,
    pub(super) deferred: Vec<RuleId>,
}

/// A row whose id may become a record, or what became of it already.
pub(super) enum Claim {
    Row(Prepared, String, Option<Match>),
    Done(Step),
}

/// Decides, in the sheet's order, which rows may become records: a row is
/// matched to the record it is about (`matching`), else takes its own id,
/// which no earlier row took; a record that exists is only updated with
/// `--update`.
pub(super) fn claim(im: &Import<'_>, p: Prepared, update: bool, seen: &mut HashMap<String, u64>) -> Claim {
    let shown = |id: &str| {
        load::display_path(&im.record_path(id), im.config.cwd.as_deref())
            .display()
            .to_string()
    };
    let (id, matched) = match (im.matcher.find(&p, &im.existing), &p.id) {
        (Ok(Some((id, m))), _) => (id, Some(m)),
        (Ok(None), Ok(id)) => (id.clone(), None),
        (Ok(None), Err(msg)) => return Claim::Done(Step::Done(p.line, None, Outcome::Failed(msg.clone()))),
        (Err(taken), _) => {
            let fichier = shown(&taken.id);
            let msg = match &taken.identifier {
                Some(identifiant) => im.say(
                    &ui::IMPORT_ID_TAKEN_IDENTIFIER,
                    &[
                        ("id", taken.id.clone()),
                        ("fichier", fichier),
                        ("identifiant", identifiant.clone()),
                    ],
                ),
                None => im.say(
                    &ui::IMPORT_ID_TAKEN_COMMUNE,
                    &[("id", taken.id.clone()), ("fichier", fichier)],
                ),
            };
            return Claim::Done(Step::Done(p.line, Some(taken.id), Outcome::Failed(msg)));
        }
    };
    // The first row of an id keeps it; every later one is reported
    // against that first row, the one imported (not against another row
    // left out).
    let first = *seen.entry(id.clone()).or_insert(p.line);
    if first != p.line {
        let msg = im.say(&ui::IMPORT_SAME_ID, &[("id", id.clone()), ("ligne", first.to_string())]);
        return Claim::Done(Step::Done(p.line, Some(id), Outcome::Failed(msg)));
    }
    if let Some(files) = im.duplicates.get(id.as_str()) {
        let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let msg = im.say(
            &ui::IMPORT_DUPLICATE_ID,
            &[
                ("id", id.clone()),
                ("fichiers", crate::messages::quoted_list(im.lang, &files)),
            ],
        );
        return Claim::Done(Step::Done(p.line, Some(id), Outcome::Failed(msg)));
    }
    if im.existing.contains_key(&id) && !update {
        let mut msg = im.say(&ui::IMPORT_EXISTS, &[("fichier", shown(&id))]);
        if let Some(m) = &matched {
            msg = format!("{msg} ; {}", m.describe(im.lang));
        }
        return Claim::Done(Step::Done(p.line, Some(id), Outcome::Skipped(msg)));
    }
    Claim::Row(p, id, matched)
}

/// Turns a row into its record's text, checked as `validate` would (on
/// the worker threads: rows are independent).
pub(super) fn build(im: &Import<'_>, p: &Prepared, id: &str, matched: Option<&Match>) -> Result<Step> {
    let lang = im.lang;
    let done = |outcome| Ok(Step::Done(p.line, Some(id.to_string()), outcome));
    let path = im.record_path(id);
    let shown = Arc::new(load::display_path(&path, im.config.cwd.as_deref()));
    let mut sources = (Vec::new(), Vec::new());
    let (text, outcome, conflicts) = if !im.existing.contains_key(id) {
        match im.new_record(p) {
            Ok(text) => (text, Outcome::Created, Vec::new()),
            Err(e) => return done(Outcome::Failed(e.to_string())),
        }
    } else {
        let before = load::read_to_string(&path)
            .with_context(|| say(&ui::READ_FILE_FAILED, lang, &[("fichier", shown.display().to_string())]))?;
        let merged = match im.updated_record(p, &before) {
            Ok((text, changed, conflicts)) if changed.is_empty() => (text, Outcome::UpToDate, conflicts),
            Ok((text, changed, conflicts)) => (text, Outcome::Updated(changed), conflicts),
            Err(msg) => return done(Outcome::Failed(msg)),
        };
        if !merged.2.is_empty() {
            sources = (record_sources(&before), im.row_sources(p));
        }
        merged
    };
    let checked = im.checker.check_text(id, text.clone(), &shown);
    let nom = checked.record.as_ref().and_then(|r| r.nom.as_ref()).map(|n| n.span);
    let anct = checked
        .record
        .as_ref()
        .and_then(|r| r.identifiants.anct.as_ref())
        .map(|a| a.span);
    let outline = checked
        .record
        .as_ref()
        .and_then(|r| Outline::of(r, &shown, checked.commune.map(|c| c.code_insee)));
    let deferred = match checked.kept {
        Some(k) => k.deferred.iter().map(|(r, _)| *r).collect(),
        None => Vec::new(),
    };
    Ok(Step::Ready(Box::new(Pending {
        line: p.line,
        id: id.to_string(),
        path,
        shown,
        spans: column_spans(&text, &p.sets),
        text,
        outcome,
        matched: matched.cloned(),
        conflicts,
        sources,
        diags: checked.diagnostics,
        outline,
        nom,
        anct,
        deferred,
    })))
}

/// Every row as a step: ids claimed in the sheet's order, records built
/// on all cores (what `claim` decided passes through). Unless `dry_run`,
/// the temporary files of the new records are made meanwhile, on another
/// thread ([`Ahead`], for [`write_records`]).
pub(super) fn build_all(
    im: &Import<'_>,
    prepared: Vec<Prepared>,
    update: bool,
    dry_run: bool,
) -> Result<(Vec<Step>, Ahead)> {
    let mut seen = HashMap::new();
    let claims: Vec<Claim> = prepared.into_iter().map(|p| claim(im, p, update, &mut seen)).collect();
    let ahead = if dry_run { Ahead::none() } else { ahead(im, &claims) };
    let mut built = Vec::with_capacity(claims.len());
    parallel::ordered_map(
        &claims,
        |c| match c {
            Claim::Row(p, id, matched) => Some(build(im, p, id, matched.as_ref())),
            Claim::Done(_) => None,
        },
        |b| {
            built.push(b);
            Ok(())
        },
    )?;
    let steps = claims
        .into_iter()
        .zip(built)
        .map(|(c, b)| match (c, b) {
            (_, Some(built)) => built,
            (Claim::Done(step), None) => Ok(step),
            (Claim::Row(..), None) => unreachable!("every row is built"),
        })
        .collect::<Result<Vec<Step>>>()?;
    Ok((steps, ahead))
}

/// The temporary files of the records the claimed rows will create, made
/// ahead in their folder (that of every new record).
fn ahead(im: &Import<'_>, claims: &[Claim]) -> Ahead {
    let new: Vec<&str> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Row(_, id, _) if !im.existing.contains_key(id) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    match new.first().map(|id| im.record_path(id)) {
        Some(path) => path
            .parent()
            .map_or_else(Ahead::none, |folder| Ahead::start(folder, new.len())),
        None => Ahead::none(),
    }
}

/// `duplicate-name` across the sheet's records and the register's: each
/// finding about a sheet's record joins its row's diagnostics, at its
/// name (unless the record's own exception silences it).
pub(super) fn across_register(steps: &mut [Step], mut outlines: Vec<Outline>, severities: &Severities) {
    let ours: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Step::Ready(p) if p.outline.is_some() => Some(i),
            _ => None,
        })
        .collect();
    let sheet_ids: HashSet<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Ready(p) => Some(p.id.as_str()),
            Step::Done(..) => None,
        })
        .collect();
    outlines.retain(|o| !sheet_ids.contains(&*o.id));
    let first = outlines.len();
    for &i in &ours {
        if let Step::Ready(p) = &steps[i] {
            outlines.extend(p.outline.clone());
        }
    }
    for f in check::register_wide(&outlines, severities) {
        let Some(&i) = f.outline.checked_sub(first).and_then(|k| ours.get(k)) else {
            continue;
        };
        let Step::Ready(p) = &mut steps[i] else { continue };
        if p.deferred.contains(&f.rule.id) {
            continue;
        }
        p.diags.push(Diagnostic {
            rule: f.rule.id,
            severity: severities.get(f.rule.id),
            span: match f.at {
                Anchor::Anct => p.anct.or(p.nom),
                Anchor::Nom => p.nom,
            }
            .unwrap_or_default(),
            message: f.message,
            help: f.help,
        });
    }
}

/// Writes the records of the rows that create or update one, together
/// (`atomic::Batch`); returns the outcome of each, in the rows' order.
pub(super) fn write_records(im: &Import<'_>, steps: &[Step], ahead: Ahead) -> Result<Vec<Result<(), WriteError>>> {
    let mut batch = Batch::new();
    let data_dir = im.config.resolve_path(&im.config.data_dir);
    for s in steps {
        let Step::Ready(p) = s else { continue };
        if !p.writes() {
            continue;
        }
        let dir = p.path.parent().unwrap_or(&data_dir);
        std::fs::create_dir_all(dir)
            .with_context(|| im.say(&ui::CREATE_DIR_FAILED, &[("dossier", dir.display().to_string())]))?;
        match p.outcome {
            Outcome::Created => batch.create(&p.path, &p.text),
            _ => batch.replace(&p.path, &p.text),
        }
    }
    Ok(batch.commit_with(ahead))
}

impl Pending {
    /// Whether the row writes its record.
    pub(super) fn writes(&self) -> bool {
        matches!(self.outcome, Outcome::Created | Outcome::Updated(_))
    }
}
