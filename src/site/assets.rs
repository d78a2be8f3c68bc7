//! The static files every site carries, embedded in the binary so that
//! `fabriques site` needs neither network nor files beside the tool:
//! Leaflet 1.9.4 (BSD-2, vendored unmodified in `assets/leaflet/`, origin
//! and checksums in its `ORIGIN.md`) and the site's own stylesheet and
//! scripts (`assets/site/`).

/// (path in the site, bytes).
pub const FILES: &[(&str, &[u8])] = &[
    (
        "assets/leaflet/leaflet.js",
        include_bytes!("../../assets/leaflet/leaflet.js"),
    ),
    (
        "assets/leaflet/leaflet.css",
        include_bytes!("../../assets/leaflet/leaflet.css"),
    ),
    ("assets/leaflet/LICENSE", include_bytes!("../../assets/leaflet/LICENSE")),
    (
        "assets/leaflet/images/layers.png",
        include_bytes!("../../assets/leaflet/images/layers.png"),
    ),
    (
        "assets/leaflet/images/layers-2x.png",
        include_bytes!("../../assets/leaflet/images/layers-2x.png"),
    ),
    (
        "assets/leaflet/images/marker-icon.png",
        include_bytes!("../../assets/leaflet/images/marker-icon.png"),
    ),
    (
        "assets/leaflet/images/marker-icon-2x.png",
        include_bytes!("../../assets/leaflet/images/marker-icon-2x.png"),
    ),
    (
        "assets/leaflet/images/marker-shadow.png",
        include_bytes!("../../assets/leaflet/images/marker-shadow.png"),
    ),
    ("assets/site.css", include_bytes!("../../assets/site/site.css")),
    ("assets/favicon.svg", include_bytes!("../../assets/site/favicon.svg")),
    ("assets/home.js", include_bytes!("../../assets/site/home.js")),
    ("assets/tables.js", include_bytes!("../../assets/site/tables.js")),
];
