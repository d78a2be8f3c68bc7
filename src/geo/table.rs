//! Reading `ref/geo.tsv` into a [`Geo`]: the records and the indexes by
//! code that every lookup needs. The name indexes are built later, on first
//! use ([`super::names`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::model::{Commune, CommuneKind, Departement, FormerName, Region, Zone};
use super::Geo;

/// Small multiplicative hasher for the lookup maps: their keys are short codes
/// and names from the embedded table, so speed matters more than resistance
/// to crafted collisions (SipHash made the first [`Geo::get`] noticeably
/// slower).
#[derive(Default, Clone, Copy)]
pub(super) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Splits the table into lines and tab-separated fields without allocating
/// per line (`str::lines` + `split('\t')` made up a third of the build time).
struct Lines {
    table: &'static str,
    pos: usize,
    n: usize,
}

/// One line: its number, its fields (at most 10) and how many there are.
struct Line {
    n: usize,
    text: &'static str,
    fields: [&'static str; 10],
    len: usize,
}

impl Iterator for Lines {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.table.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        self.n += 1;
        let start = self.pos;
        let mut fields: [&'static str; 10] = [""; 10];
        let mut len = 0;
        let mut field_start = self.pos;
        while self.pos < bytes.len() && bytes[self.pos] != b'\n' {
            if bytes[self.pos] == b'\t' {
                if len < fields.len() {
                    fields[len] = &self.table[field_start..self.pos];
                }
                len += 1;
                field_start = self.pos + 1;
            }
            self.pos += 1;
        }
        let end = if self.pos > start && bytes[self.pos - 1] == b'\r' {
            self.pos - 1
        } else {
            self.pos
        };
        self.pos += 1;
        if len < fields.len() {
            fields[len] = &self.table[field_start.min(end)..end];
        }
        Some(Line {
            n: self.n,
            text: &self.table[start..end],
            fields,
            len: len + 1,
        })
    }
}

/// Parses the embedded table. Panics with the line number on any malformed
/// line (the unit tests parse the real table, so this cannot reach a user).
pub(super) fn parse(table: &'static str) -> Geo {
    let mut version = "unknown";
    let mut millesime = "unknown";
    let mut regions = Vec::new();
    let mut departements = Vec::new();
    let mut communes: Vec<Commune> = Vec::with_capacity(40_000);
    let mut former_names: Vec<FormerName> = Vec::with_capacity(4_000);
    for line in (Lines { table, pos: 0, n: 0 }) {
        let n = line.n;
        let bad = |what: &str| -> ! { panic!("ref/geo.tsv line {n}: {what}") };
        if let Some(comment) = line.text.strip_prefix('#') {
            let comment = comment.trim();
            if let Some(v) = comment.strip_prefix("version:") {
                version = v.trim();
            } else if let Some(v) = comment.strip_prefix("millesime:") {
                millesime = v.trim();
            }
            continue;
        }
        if line.text.is_empty() {
            continue;
        }
        if line.len > line.fields.len() {
            bad("too many fields");
        }
        let f = line.fields;
        let zone = |s: &str| Zone::parse(s).unwrap_or_else(|| bad("unknown zone"));
        let list = |s: &'static str| code_list(s).unwrap_or_else(|| bad("bad code list"));
        match (f[0], line.len) {
            ("R", 4) => regions.push(Region {
                code: f[1],
                nom: f[2],
                zone: zone(f[3]),
            }),
            ("D", 5) => departements.push(Departement {
                code: f[1],
                nom: f[2],
                region: f[3],
                zone: zone(f[4]),
            }),
            ("C", 10) => communes.push(Commune {
                code_insee: f[1],
                kind: CommuneKind::from_insee_type(f[2]).unwrap_or_else(|| bad("unknown commune type")),
                nom: f[3],
                departement: f[4],
                region: f[5],
                codes_postaux: list(f[6]),
                population: if f[7].is_empty() {
                    None
                } else {
                    Some(f[7].parse().unwrap_or_else(|_| bad("bad population")))
                },
                commune_parente: (!f[8].is_empty()).then_some(f[8]),
                anciens_codes: list(f[9]),
            }),
            ("H", 5) => former_names.push(FormerName {
                commune: f[1],
                nom: f[2],
                code_ancien: f[3],
                jusqu_au: f[4],
            }),
            _ => bad("unknown record kind or wrong number of fields"),
        }
    }
    index(version, millesime, regions, departements, communes, former_names)
}

/// Builds the code indexes.
fn index(
    version: &'static str,
    millesime: &'static str,
    regions: Vec<Region>,
    departements: Vec<Departement>,
    communes: Vec<Commune>,
    former_names: Vec<FormerName>,
) -> Geo {
    let region_by_code = regions.iter().enumerate().map(|(i, r)| (r.code, i)).collect();
    let departement_by_code = departements.iter().enumerate().map(|(i, d)| (d.code, i)).collect();
    let mut by_postal_code: FastMap<&'static str, Vec<usize>> =
        FastMap::with_capacity_and_hasher(8_000, Default::default());
    let mut children: FastMap<&'static str, Vec<usize>> = FastMap::default();
    let mut by_former_code: FastMap<&'static str, usize> = FastMap::default();
    let mut by_code: FastMap<&'static str, usize> =
        FastMap::with_capacity_and_hasher(communes.len(), Default::default());
    for (i, c) in communes.iter().enumerate() {
        by_code.entry(c.code_insee).or_insert(i);
        if i > 0 && communes[i - 1].code_insee > c.code_insee {
            panic!("ref/geo.tsv: communes are not sorted by INSEE code at {}", c.code_insee);
        }
        for cp in &c.codes_postaux {
            by_postal_code.entry(cp).or_default().push(i);
        }
        if let Some(parent) = c.commune_parente {
            children.entry(parent).or_default().push(i);
        }
        for old in &c.anciens_codes {
            by_former_code.insert(*old, i);
        }
    }
    for served in by_postal_code.values_mut() {
        // Indices are in INSEE order already; only the few postal codes
        // that also serve arrondissements need the communes first.
        if served.iter().any(|&i| communes[i].kind != CommuneKind::Commune) {
            served.sort_by_key(|&i| (communes[i].kind, i));
        }
    }
    Geo {
        version,
        millesime,
        regions,
        departements,
        communes,
        former_names,
        region_by_code,
        departement_by_code,
        by_postal_code,
        children,
        by_former_code,
        by_code,
        names: OnceLock::new(),
        former_index: OnceLock::new(),
    }
}

/// Splits a comma-separated list of 5-character codes (`01500,01510`); `None`
/// if it is not of that shape.
fn code_list(s: &'static str) -> Option<Vec<&'static str>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    if (s.len() + 1) % 6 != 0 {
        return None;
    }
    let count = (s.len() + 1) / 6;
    let mut v = Vec::with_capacity(count);
    for k in 0..count {
        let at = k * 6;
        if k > 0 && s.as_bytes()[at - 1] != b',' {
            return None;
        }
        v.push(s.get(at..at + 5)?);
    }
    Some(v)
}
