//! `video-plateforme`: the video is not on YouTube — the AMI asked for
//! PeerTube, a free and decentralised platform. A warning.

use super::{Check, RecordContext, Rule, RuleId, Sink};
use crate::diagnostic::Severity;
use crate::messages::rules::video_plateforme as t;
use crate::messages::Message;
use crate::record::Record;

pub(crate) static RULE: Rule = Rule {
    id: RuleId::VideoPlateforme,
    name: "video-plateforme",
    severity: Severity::Warning,
    summary: &t::SUMMARY,
    why: &t::WHY,
    bad: "video = \"https://www.youtube.com/watch?v=...\"\n",
    good: "video = \"https://peertube.exemple.fr/w/...\"\n",
    check: Check::Record(check),
};

/// Whether an address is on YouTube.
pub(crate) fn is_youtube(url: &str) -> bool {
    let Some(host) = super::invalid_url::host(url) else { return false };
    let host = host
        .trim_start_matches("www.")
        .trim_start_matches("m.");
    matches!(
        host,
        "youtube.com" | "youtu.be" | "youtube-nocookie.com" | "music.youtube.com"
    )
}

pub(crate) fn check(r: &Record, _cx: &RecordContext<'_>, sink: &mut Sink) {
    if let Some(video) = r.video.as_ref().filter(|v| is_youtube(&v.value)) {
        sink.push(
            &RULE,
            video.span,
            Message::new(&t::MESSAGE),
            Some(Message::new(&t::HELP)),
        );
    }
}
