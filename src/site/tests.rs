//! Tests of the site generator.
