//! Ukraine's 27 first-level administrative units, identified by ISO 3166-2:UA code.

use std::fmt;
use std::str::FromStr;

/// One of Ukraine's 24 oblasts, the Autonomous Republic of Crimea, or the cities with special status
/// (Kyiv, Sevastopol). The discriminant is the numeric part of the ISO 3166-2:UA code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum RegionCode {
    Vinnytsia = 5,
    Volyn = 7,
    Luhansk = 9,
    Dnipropetrovsk = 12,
    Donetsk = 14,
    Zhytomyr = 18,
    Zakarpattia = 21,
    Zaporizhzhia = 23,
    IvanoFrankivsk = 26,
    KyivCity = 30,
    Kyiv = 32,
    Kirovohrad = 35,
    Sevastopol = 40,
    Crimea = 43,
    Lviv = 46,
    Mykolaiv = 48,
    Odesa = 51,
    Poltava = 53,
    Rivne = 56,
    Sumy = 59,
    Ternopil = 61,
    Kharkiv = 63,
    Kherson = 65,
    Khmelnytskyi = 68,
    Cherkasy = 71,
    Chernihiv = 74,
    Chernivtsi = 77,
}

impl RegionCode {
    /// All 27 regions in ISO code order.
    pub const ALL: [RegionCode; 27] = [
        Self::Vinnytsia,
        Self::Volyn,
        Self::Luhansk,
        Self::Dnipropetrovsk,
        Self::Donetsk,
        Self::Zhytomyr,
        Self::Zakarpattia,
        Self::Zaporizhzhia,
        Self::IvanoFrankivsk,
        Self::KyivCity,
        Self::Kyiv,
        Self::Kirovohrad,
        Self::Sevastopol,
        Self::Crimea,
        Self::Lviv,
        Self::Mykolaiv,
        Self::Odesa,
        Self::Poltava,
        Self::Rivne,
        Self::Sumy,
        Self::Ternopil,
        Self::Kharkiv,
        Self::Kherson,
        Self::Khmelnytskyi,
        Self::Cherkasy,
        Self::Chernihiv,
        Self::Chernivtsi,
    ];

    /// The ISO 3166-2 code, e.g. `"UA-63"`.
    pub fn iso_code(self) -> &'static str {
        // Keeps the strings static so callers can hold them without allocation.
        const CODES: [&str; 27] = [
            "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30", "UA-32", "UA-35",
            "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68",
            "UA-71", "UA-74", "UA-77",
        ];
        CODES[self.index()]
    }

    /// Position in [`RegionCode::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|r| *r == self).expect("every variant is listed in ALL")
    }

    /// Whether this unit is a city with special status rather than an oblast or Crimea.
    pub fn is_city(self) -> bool {
        matches!(self, Self::KyivCity | Self::Sevastopol)
    }

    /// The region a city with special status lies in, for "Kyiv region"-style queries.
    pub fn surrounding_region(self) -> RegionCode {
        match self {
            Self::KyivCity => Self::Kyiv,
            Self::Sevastopol => Self::Crimea,
            other => other,
        }
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.iso_code())
    }
}

/// The text was not an ISO 3166-2:UA code of a first-level unit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a Ukrainian region code: {0:?} (expected UA-05 … UA-77)")]
pub struct UnknownRegionCode(pub String);

impl FromStr for RegionCode {
    type Err = UnknownRegionCode;

    /// Accepts `"UA-63"` and `"ua-63"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.iso_code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownRegionCode(s.chars().take(16).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_discriminants_match() {
        for region in RegionCode::ALL {
            assert_eq!(region.iso_code().parse::<RegionCode>().unwrap(), region);
            assert_eq!(region.iso_code(), format!("UA-{:02}", region as u8));
        }
        assert!("UA-99".parse::<RegionCode>().is_err());
        // ISO 3166-2:UA, not the order of the names: Chernihiv is UA-74 and Chernivtsi UA-77.
        assert_eq!(RegionCode::Chernihiv.iso_code(), "UA-74");
        assert_eq!(RegionCode::Chernivtsi.iso_code(), "UA-77");
        assert_eq!(RegionCode::Luhansk.iso_code(), "UA-09");
        assert_eq!(RegionCode::Crimea.iso_code(), "UA-43");
    }
}
