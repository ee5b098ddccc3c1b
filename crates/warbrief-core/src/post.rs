//! Posts and articles: texts that are not a day's report but whose incidents stand on their own (a regional
//! military administration's channel post forwarded to the bot, a news article sent with /addreport).
//!
//! A post is identified by a [`PostKey`] so the same post, forwarded twice, is added at most once. Its
//! incidents carry an [`IncidentSource`], and [`likely_duplicate`] says when one of them seems to be an
//! incident already stored.

use std::fmt;

use sha2::{Digest, Sha256};
use url::Url;

use crate::Incident;

/// What identifies a post across forwards: `tg:<origin chat id>:<message id>` for a channel post, and
/// `sha256:<hex>` of the whitespace-normalised text for everything else (a forward whose sender hides
/// their account, a user's message, an article pasted into /addreport).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PostKey(String);

/// The longest key [`PostKey::parse`] accepts: the hash form is 71 bytes.
const MAX_KEY_LEN: usize = 100;

impl PostKey {
    /// A channel post: the channel's chat id and the post's message id, both as Telegram gives them.
    pub fn channel(chat_id: i64, message_id: i32) -> Self {
        PostKey(format!("tg:{chat_id}:{message_id}"))
    }

    /// A text without a stable Telegram identity. Whitespace is normalised first (runs of any whitespace
    /// become one space, ends trimmed), so a copy that was re-wrapped or re-indented has the same key.
    pub fn of_text(text: &str) -> Self {
        let normalised = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let digest = Sha256::digest(normalised.as_bytes());
        let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        PostKey(format!("sha256:{hex}"))
    }

    /// Reads a stored key back; `None` for anything the constructors above did not write.
    pub fn parse(key: &str) -> Option<Self> {
        if key.len() > MAX_KEY_LEN {
            return None;
        }
        let valid = if let Some(rest) = key.strip_prefix("tg:") {
            matches!(rest.split_once(':'), Some((chat, message))
                if chat.parse::<i64>().is_ok() && message.parse::<i32>().is_ok())
        } else if let Some(hex) = key.strip_prefix("sha256:") {
            hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        } else {
            false
        };
        valid.then(|| PostKey(key.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PostKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a post stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::EnumString)]
#[strum(serialize_all = "lowercase", parse_err_ty = UnknownPostStatus, parse_err_fn = unknown_post_status)]
pub enum PostStatus {
    /// Previewed; waiting for Add, Add all or Discard.
    Pending,
    /// Its incidents were added (possibly none of them, when all were left out).
    Added,
    /// Discarded: nothing was added, and the post may be previewed again.
    Discarded,
}

/// A post status that is not one of the three names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown post status {0:?}")]
pub struct UnknownPostStatus(pub String);

impl PostStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_post_status(name: &str) -> UnknownPostStatus {
    UnknownPostStatus(name.to_owned())
}

/// Where an incident that did not come from a daily report was read: a channel's name and its post's link,
/// or an article's title without a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentSource {
    pub name: String,
    /// `https://t.me/<channel>/<message id>` for a public channel's post.
    pub url: Option<Url>,
}

impl IncidentSource {
    /// The link to a public channel's post: `https://t.me/<username>/<message_id>`. `None` when the username
    /// is not a Telegram username (5–32 letters, digits and underscores), so no odd text becomes a URL.
    pub fn channel_post_url(username: &str, message_id: i32) -> Option<Url> {
        let valid = (5..=32).contains(&username.len())
            && username.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && message_id > 0;
        if !valid {
            return None;
        }
        Url::parse(&format!("https://t.me/{username}/{message_id}")).ok()
    }
}

/// Whether `new` is likely the same event as the already stored `stored`. All of these must hold:
///
/// 1. the same region;
/// 2. `new` has a date, and it is `stored`'s date (its own, or its report's day: `effective_date`);
/// 3. the places do not contradict: equal (ignoring case), or at least one of them is not named;
/// 4. the figures overlap, killed and wounded each: a figure stands for a set of numbers, `3` for {3} and
///    `3+` ("at least three") for 3 and above, and two figures overlap when their sets share a number. So
///    `2` and `2` overlap, `2` and `2+` and `3` and `2+` overlap, `2` and `3` do not, nor `3` and `2+`'s
///    reverse `2` and `3+`.
///
/// Figures that grew (a toll updated from 2 to 3 killed) do not match: that is a different statement a
/// maintainer should see, not one to skip silently.
pub fn likely_duplicate(new: &Incident, stored: &Incident, stored_date: Option<chrono::NaiveDate>) -> bool {
    let Some(date) = new.date else { return false };
    let places_agree = match (&new.place, &stored.place) {
        (Some(a), Some(b)) => a.to_lowercase() == b.to_lowercase(),
        _ => true,
    };
    new.region == stored.region
        && stored_date == Some(date)
        && places_agree
        && counts_overlap(new.killed, stored.killed)
        && counts_overlap(new.wounded, stored.wounded)
}

fn counts_overlap(a: crate::Count, b: crate::Count) -> bool {
    match (a.at_least, b.at_least) {
        (false, false) => a.value == b.value,
        (true, false) => b.value >= a.value,
        (false, true) => a.value >= b.value,
        (true, true) => true,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{Count, RegionCode};

    fn incident(place: Option<&str>, killed: Count, wounded: Count) -> Incident {
        Incident {
            date: NaiveDate::from_ymd_opt(2023, 3, 2),
            region: RegionCode::Kharkiv,
            place: place.map(str::to_owned),
            killed,
            wounded,
            weapon: None,
            description: String::new(),
            report_day: None,
        }
    }

    #[test]
    fn keys_are_stable_and_read_back() {
        assert_eq!(PostKey::channel(-1001234, 77).as_str(), "tg:-1001234:77");
        let a = PostKey::of_text("Shelling  of Kupiansk.\n\nTwo killed. ");
        let b = PostKey::of_text(" Shelling of Kupiansk. Two\tkilled.");
        assert_eq!(a, b, "whitespace does not change the key");
        assert_ne!(a, PostKey::of_text("Shelling of Kupiansk. Three killed."));
        // SHA-256 of "abc", the standard test vector.
        assert_eq!(
            PostKey::of_text("abc").as_str(),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        for key in [a.clone(), PostKey::channel(-1, 1)] {
            assert_eq!(PostKey::parse(key.as_str()), Some(key));
        }
        for junk in ["", "tg:x:1", "tg:1", "sha256:abc", "md5:00", &"tg:1:1".repeat(30)] {
            assert_eq!(PostKey::parse(junk), None, "{junk}");
        }
        for status in [PostStatus::Pending, PostStatus::Added, PostStatus::Discarded] {
            assert_eq!(status.as_str().parse::<PostStatus>(), Ok(status));
        }
    }

    #[test]
    fn channel_links_only_for_real_usernames() {
        assert_eq!(
            IncidentSource::channel_post_url("kharkiv_rma", 15).map(String::from).as_deref(),
            Some("https://t.me/kharkiv_rma/15")
        );
        for bad in ["ab", "a/b/c", "name?x=1", "ім'я_каналу"] {
            assert_eq!(IncidentSource::channel_post_url(bad, 1), None, "{bad}");
        }
    }

    #[test]
    fn duplicates_need_region_date_place_and_overlapping_figures() {
        let date = NaiveDate::from_ymd_opt(2023, 3, 2);
        let stored = incident(Some("Kupiansk"), Count::exactly(2), Count::exactly(5));
        let same = |new: &Incident| likely_duplicate(new, &stored, date);
        assert!(same(&incident(Some("kupiansk"), Count::exactly(2), Count::exactly(5))));
        assert!(same(&incident(None, Count::exactly(2), Count::exactly(5))), "a place left out");
        assert!(same(&incident(Some("Kupiansk"), Count::at_least(2), Count::at_least(1))), "lower bounds met");
        assert!(!same(&incident(Some("Kupiansk"), Count::exactly(3), Count::exactly(5))), "a figure grew");
        assert!(!same(&incident(Some("Kupiansk"), Count::at_least(3), Count::exactly(5))), "3+ excludes 2");
        assert!(!same(&incident(Some("Izium"), Count::exactly(2), Count::exactly(5))), "another town");
        let mut other_region = incident(Some("Kupiansk"), Count::exactly(2), Count::exactly(5));
        other_region.region = RegionCode::Donetsk;
        assert!(!same(&other_region));
        let mut undated = incident(Some("Kupiansk"), Count::exactly(2), Count::exactly(5));
        undated.date = None;
        assert!(!same(&undated), "an undated incident matches nothing");
        let next_day = NaiveDate::from_ymd_opt(2023, 3, 3);
        assert!(!likely_duplicate(
            &incident(Some("Kupiansk"), Count::exactly(2), Count::exactly(5)),
            &stored,
            next_day
        ));
    }
}
