//! The rules' texts: for each rule, its message(s), help line(s), and the
//! documentation shown by `fabriques rules NAME` (SUMMARY, WHY).
//!
//! Placeholders are filled by the rule's file in `src/rules/`.
//!
//! One file per family of rules, in the registry's order: `schema`,
//! `register`, `geography`, `criteria`, `programme`.

mod criteria;
mod geography;
mod programme;
mod register;
mod schema;

use super::Text;

pub use criteria::*;
pub use geography::*;
pub use programme::*;
pub use register::*;
pub use schema::*;
