//! Reading one value: its type checked (`wrong-type`, with a corrected
//! line as help), and what the format asks of it (`invalid-value`,
//! `invalid-url`, `unknown-code`).

use super::*;

impl Reader<'_> {
    /// Reports `key`, unknown in `table`. A key of the top of the record
    /// written after a `[section]` header is the TOML trap: it belongs to
    /// that section, not to the record, and the help says to move it up.
    pub(super) fn unknown(&mut self, k: &Spanned<std::borrow::Cow<'_, str>>, table: &str, key: &str, allowed: &[&str]) {
        let path = format!("{table}.{key}");
        let span = Span::new(k.span());
        let below_a_header = span.start >= self.section.end && !table.contains('.');
        if below_a_header && TOP.contains(&key) {
            let header = if ARRAYS_OF_TABLES.contains(&table) {
                format!("[[{table}]]")
            } else {
                format!("[{table}]")
            };
            unknown_key::report_below_section(self.sink, span, &path, key, &header);
        } else {
            unknown_key::report(self.sink, span, &path, key, allowed, None);
        }
    }

    pub(super) fn missing(&mut self, span: Span, path: &str, table: Option<&str>) {
        missing_field::report(self.sink, span, path, table, example(path));
    }

    pub(super) fn example_help(&self, path: &str) -> Message {
        Message::new(&crate::messages::rules::wrong_type::HELP).arg("exemple", example(path))
    }

    /// Reports a wrong type, with an example rewritten from the value when
    /// the intent is clear (`"73000"` for `73000`, `true` for `"oui"`).
    pub(super) fn wrong(&mut self, v: &Value<'_>, path: &str, expected: &'static Text) {
        let key = leaf(path);
        let value = v.get_ref();
        let rewritten =
            if std::ptr::eq(expected, &ui::TYPE_STRING) && !matches!(value, DeValue::Array(_) | DeValue::Table(_)) {
                Some(if self.in_array {
                    format!("{key} = [\"{}\"]", raw(value))
                } else {
                    format!("{key} = \"{}\"", raw(value))
                })
            } else if std::ptr::eq(expected, &ui::TYPE_BOOL) {
                let b = match value.as_str().map(|s| s.trim().to_lowercase()) {
                    Some(s) if ["non", "false", "faux", "no", "0"].contains(&s.as_str()) => "false",
                    _ => "true",
                };
                Some(format!("{key} = {b}"))
            } else if std::ptr::eq(expected, &ui::TYPE_INTEGER)
                && value.as_str().is_some_and(|s| s.trim().parse::<i64>().is_ok())
            {
                Some(format!("{key} = {}", raw(value).trim()))
            } else if std::ptr::eq(expected, &ui::TYPE_ARRAY) && value.is_str() {
                Some(format!("{key} = [\"{}\"]", raw(value)))
            } else {
                None
            };
        let ex = rewritten.unwrap_or_else(|| {
            let e = example(path);
            if e.is_empty() {
                format!("{key} = ...")
            } else {
                e.to_string()
            }
        });
        wrong_type::report(self.sink, Span::new(v.span()), path, expected, type_of(value), &ex);
    }

    pub(super) fn string(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<String>> {
        match v.get_ref() {
            DeValue::String(s) => {
                let span = Span::new(v.span());
                control_character::check(self.sink, span, path, s);
                Some(Sp::new(s.to_string(), span))
            }
            _ => {
                self.wrong(v, path, &ui::TYPE_STRING);
                None
            }
        }
    }

    /// A string that must say something (not empty nor only spaces).
    pub(super) fn text(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<String>> {
        let s = self.string(v, path)?;
        if s.value.trim().is_empty() {
            invalid_value::report(self.sink, s.span, path, &iv::EMPTY, None);
        }
        Some(s)
    }

    pub(super) fn url(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<String>> {
        let s = self.string(v, path)?;
        invalid_url::check(self.sink, s.span, path, &s.value);
        Some(s)
    }

    pub(super) fn code(&mut self, v: &Value<'_>, path: &str, vocabulary: &str) -> Option<Sp<String>> {
        let s = self.string(v, path)?;
        unknown_code::check(self.sink, s.span, path, &s.value, self.vocab.get(vocabulary));
        Some(s)
    }

    pub(super) fn boolean(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<bool>> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(Sp::new(*b, Span::new(v.span()))),
            _ => {
                self.wrong(v, path, &ui::TYPE_BOOL);
                None
            }
        }
    }

    pub(super) fn integer(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<i64>> {
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(Sp::new(n, Span::new(v.span()))),
                Err(_) => {
                    invalid_value::report(self.sink, Span::new(v.span()), path, &iv::TOO_LARGE, None);
                    None
                }
            },
            _ => {
                self.wrong(v, path, &ui::TYPE_INTEGER);
                None
            }
        }
    }

    /// A non-negative amount in euros.
    pub(super) fn amount(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<i64>> {
        let n = self.integer(v, path)?;
        if n.value < 0 {
            invalid_value::report(self.sink, n.span, path, &iv::NEGATIVE, None);
            return None;
        }
        Some(n)
    }

    /// A latitude or longitude in degrees, within ±`limit`.
    pub(super) fn coordinate(&mut self, v: &Value<'_>, path: &str, limit: f64) -> Option<Sp<f64>> {
        let span = Span::new(v.span());
        let x = match v.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok().map(|n| n as f64),
            _ => {
                self.wrong(v, path, &ui::TYPE_NUMBER);
                return None;
            }
        };
        match x {
            Some(x) if x.is_finite() && x.abs() <= limit => Some(Sp::new(x, span)),
            _ => {
                let reason = if limit < 100.0 {
                    &iv::LATITUDE_RANGE
                } else {
                    &iv::LONGITUDE_RANGE
                };
                invalid_value::report(self.sink, span, path, reason, None);
                None
            }
        }
    }

    pub(super) fn date(&mut self, v: &Value<'_>, path: &str) -> Option<Sp<Date>> {
        let span = Span::new(v.span());
        match v.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => Some(Sp::new(
                    Date {
                        year: d.year,
                        month: d.month,
                        day: d.day,
                    },
                    span,
                )),
                _ => {
                    invalid_value::report(self.sink, span, path, &iv::DATE_ONLY, Some(self.example_help(path)));
                    None
                }
            },
            DeValue::String(s) if s.parse::<toml::value::Datetime>().is_ok() => {
                let ex = format!("{} = {}", leaf(path), s);
                wrong_type::report(self.sink, span, path, &ui::TYPE_DATE, &ui::TYPE_STRING, &ex);
                None
            }
            _ => {
                self.wrong(v, path, &ui::TYPE_DATE);
                None
            }
        }
    }

    pub(super) fn array<'v, 'i>(&mut self, v: &'v Value<'i>, path: &str) -> &'v [Value<'i>] {
        match v.get_ref() {
            DeValue::Array(a) => a,
            _ => {
                self.wrong(v, path, &ui::TYPE_ARRAY);
                &[]
            }
        }
    }

    pub(super) fn texts(&mut self, v: &Value<'_>, path: &str) -> Vec<Sp<String>> {
        let items = self.array(v, path);
        self.in_array = true;
        let texts = items.iter().filter_map(|item| self.text(item, path)).collect();
        self.in_array = false;
        texts
    }

    pub(super) fn codes(&mut self, v: &Value<'_>, path: &str, vocabulary: &str) -> Vec<Sp<String>> {
        let items = self.array(v, path);
        self.in_array = true;
        let codes = items
            .iter()
            .filter_map(|item| self.code(item, path, vocabulary))
            .collect();
        self.in_array = false;
        codes
    }

    pub(super) fn table<'v, 'i>(&mut self, v: &'v Value<'i>, path: &str) -> Option<&'v DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong(v, path, &ui::TYPE_TABLE);
                None
            }
        }
    }

    /// An array of tables (`[[actions]]` or an array of inline tables).
    pub(super) fn tables<'v, 'i>(&mut self, v: &'v Value<'i>, path: &str) -> Vec<(&'v DeTable<'i>, Span)> {
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong(v, path, &ui::TYPE_ARRAY_OF_TABLES);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => out.push((t, Span::new(item.span()))),
                _ => self.wrong(item, path, &ui::TYPE_TABLE),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Arg;
    use crate::rules::{RuleId, Severities};

    /// The `exemple` of each `wrong-type` help, for `text`.
    fn examples(text: &str) -> Vec<String> {
        let vocab = Vocabularies::new(&[]);
        let mut sink = Sink::new(Severities::default());
        let doc = DeTable::parse(text).unwrap();
        Reader::new(&vocab, &mut sink).record("essai", &doc);
        sink.diags
            .iter()
            .filter(|d| d.rule == RuleId::WrongType)
            .filter_map(|d| d.help.as_ref())
            .flat_map(|h| h.args.iter())
            .filter_map(|(k, v)| match (k, v) {
                (&"exemple", Arg::Plain(s)) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn regression_the_help_for_an_array_item_keeps_the_array() {
        // `centres_sociaux = ["...", 42]` used to be told to write
        // `centres_sociaux = "42"`, itself a type error.
        let found = examples("[consortium]\ncentres_sociaux = [\"Maison de quartier\", 42]\n");
        assert_eq!(found, ["centres_sociaux = [\"42\"]"]);
        // The example is a line of the right type.
        let line: toml::Table = toml::from_str(&found[0]).unwrap();
        assert!(line["centres_sociaux"].as_array().unwrap()[0].is_str());
        // A value that is not in an array is rewritten as itself.
        assert_eq!(examples("nom = 42\n"), ["nom = \"42\""]);
    }
}
