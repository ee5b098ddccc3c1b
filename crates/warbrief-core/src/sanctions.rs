use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use url::Url;

/// Who imposed a sanctions measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Authority {
    Eu,
    Us,
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
        match self {
            Self::Eu => "EU",
            Self::Us => "US",
            Self::Uk => "UK",
            Self::G7 => "G7",
            Self::Canada => "Canada",
            Self::Japan => "Japan",
            Self::Switzerland => "Switzerland",
            Self::Australia => "Australia",
            Self::Other => "Other",
        }
    }
}

impl fmt::Display for Authority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SanctionStatus {
    Proposed,
    Adopted,
    InForce,
    Extended,
    Lifted,
}

impl SanctionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Adopted => "adopted",
            Self::InForce => "in force",
            Self::Extended => "extended",
            Self::Lifted => "lifted",
        }
    }
}

impl fmt::Display for SanctionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
        [Self::Proposed, Self::Adopted, Self::InForce, Self::Extended, Self::Lifted]
            .into_iter()
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
