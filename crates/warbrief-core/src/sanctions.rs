use std::str::FromStr;

use chrono::NaiveDate;
use url::Url;

/// Who imposed a sanctions measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
pub enum Authority {
    #[strum(serialize = "EU")]
    Eu,
    #[strum(serialize = "US")]
    Us,
    #[strum(serialize = "UK")]
    Uk,
    G7,
    Canada,
    Japan,
    Switzerland,
    Australia,
    Other,
}

impl Authority {
    pub const ALL: [Authority; 9] = [
        Self::Eu,
        Self::Us,
        Self::Uk,
        Self::G7,
        Self::Canada,
        Self::Japan,
        Self::Switzerland,
        Self::Australia,
        Self::Other,
    ];

    /// Short stable name, used in storage and in commands: "EU", "US", "UK", "G7", …
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl FromStr for Authority {
    type Err = UnknownAuthority;

    /// Accepts the short names in any case and a few common long forms ("European Union", "USA").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key = s.trim().to_lowercase().replace('.', "");
        let found = match key.as_str() {
            "eu" | "european union" => Self::Eu,
            "us" | "usa" | "united states" => Self::Us,
            "uk" | "gb" | "united kingdom" | "britain" => Self::Uk,
            "g7" => Self::G7,
            "canada" => Self::Canada,
            "japan" => Self::Japan,
            "switzerland" => Self::Switzerland,
            "australia" => Self::Australia,
            "other" => Self::Other,
            _ => return Err(UnknownAuthority),
        };
        Ok(found)
    }
}

/// Not one of the authorities warbrief knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown sanctions authority (known: EU, US, UK, G7, Canada, Japan, Switzerland, Australia, Other)")]
pub struct UnknownAuthority;

/// Where a sanctions measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum SanctionStatus {
    Proposed,
    Adopted,
    #[strum(serialize = "in force")]
    InForce,
    Extended,
    Lifted,
}

impl SanctionStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Not one of proposed, adopted, in force, extended, lifted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown sanctions status (known: proposed, adopted, in force, extended, lifted)")]
pub struct UnknownSanctionStatus;

impl FromStr for SanctionStatus {
    type Err = UnknownSanctionStatus;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key = s.trim().to_lowercase().replace(['_', '-'], " ");
        <Self as strum::VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|status| status.as_str() == key)
            .ok_or(UnknownSanctionStatus)
    }
}

/// One step in a sanctions timeline: "EU, 2023-02-25, 10th package, adopted".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SanctionsEntry {
    pub date: NaiveDate,
    pub authority: Authority,
    pub title: String,
    pub status: SanctionStatus,
    pub summary: String,
    pub source_url: Option<Url>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names are stored in databases and typed in commands: changing one must be deliberate.
    #[test]
    fn stored_names_are_pinned() {
        let authorities: Vec<&str> = Authority::ALL.iter().map(|authority| authority.as_str()).collect();
        assert_eq!(authorities, ["EU", "US", "UK", "G7", "Canada", "Japan", "Switzerland", "Australia", "Other"]);
        let statuses: Vec<String> =
            <SanctionStatus as strum::VariantArray>::VARIANTS.iter().map(|s| s.to_string()).collect();
        assert_eq!(statuses, ["proposed", "adopted", "in force", "extended", "lifted"]);
        for status in <SanctionStatus as strum::VariantArray>::VARIANTS {
            assert_eq!(status.as_str().parse::<SanctionStatus>(), Ok(*status));
        }
        for authority in Authority::ALL {
            assert_eq!(authority.to_string().parse::<Authority>(), Ok(authority));
        }
        use crate::{DeliveryKind, ReportStatus, post::PostStatus};
        assert_eq!([ReportStatus::Draft.as_str(), ReportStatus::Published.as_str()], ["draft", "published"]);
        assert_eq!("published".parse::<ReportStatus>(), Ok(ReportStatus::Published));
        assert!("Published".parse::<ReportStatus>().is_err());
        let posts = [PostStatus::Pending, PostStatus::Added, PostStatus::Discarded];
        assert_eq!(posts.map(PostStatus::as_str), ["pending", "added", "discarded"]);
        assert_eq!("gone".parse::<PostStatus>(), Err(crate::post::UnknownPostStatus("gone".into())));
        let kinds = [DeliveryKind::Digest, DeliveryKind::Alert, DeliveryKind::Channel, DeliveryKind::PostAlert];
        assert_eq!(kinds.map(DeliveryKind::as_str), ["digest", "alert", "channel", "post_alert"]);
        assert!(kinds.iter().all(|kind| DeliveryKind::parse(kind.as_str()) == Some(*kind)));
    }

    #[test]
    fn authority_and_status_parse_loosely_and_print_stably() {
        for authority in Authority::ALL {
            assert_eq!(authority.as_str().parse::<Authority>(), Ok(authority));
        }
        assert_eq!("European Union".parse::<Authority>(), Ok(Authority::Eu));
        assert_eq!("u.s.".parse::<Authority>(), Ok(Authority::Us));
        assert!("Narnia".parse::<Authority>().is_err());
        assert_eq!("in_force".parse::<SanctionStatus>(), Ok(SanctionStatus::InForce));
        assert_eq!("Adopted".parse::<SanctionStatus>(), Ok(SanctionStatus::Adopted));
        assert!("maybe".parse::<SanctionStatus>().is_err());
    }
}
