//! The curated gazetteer's records: names of Ukraine's regions (`regions.tsv`) and of the settlements most often
//! named in war reports (`settlements.tsv`), compiled in and read once. The files' headers say what each column
//! holds; a test checks every line.

use std::sync::LazyLock;

use crate::region::RegionCode;

pub(super) struct RegionData {
    pub code: RegionCode,
    /// English name as used in the bot, e.g. "Kharkiv", "Kyiv City", "Crimea".
    pub name_en: &'static str,
    /// Ukrainian name of the unit, e.g. "Харківська область", "Київ", "Автономна Республіка Крим".
    pub name_uk: &'static str,
    /// Other spellings that name this region (see `regions.tsv`).
    pub aliases: Vec<&'static str>,
}

pub(super) struct SettlementData {
    /// Stable identifier for buttons, e.g. "kupiansk" (see `settlements.tsv`).
    pub key: &'static str,
    /// Common English name, e.g. "Kramatorsk", "Kryvyi Rih", "Bilhorod-Dnistrovskyi".
    pub name: &'static str,
    /// Ukrainian name, e.g. "Краматорськ".
    pub name_uk: &'static str,
    pub region: RegionCode,
    /// Other spellings: older/Russian-derived transliterations, Russian Cyrillic form, former names.
    pub aliases: Vec<&'static str>,
}

const REGIONS_TSV: &str = include_str!("regions.tsv");
const SETTLEMENTS_TSV: &str = include_str!("settlements.tsv");

/// Every region, in [`RegionCode::ALL`] order.
pub(super) static REGIONS: LazyLock<Vec<RegionData>> =
    LazyLock::new(|| parse_regions(REGIONS_TSV).unwrap_or_else(|error| panic!("regions.tsv: {error}")));

/// Every settlement, in the file's order.
pub(super) static SETTLEMENTS: LazyLock<Vec<SettlementData>> =
    LazyLock::new(|| parse_settlements(SETTLEMENTS_TSV).unwrap_or_else(|error| panic!("settlements.tsv: {error}")));

fn parse_regions(text: &'static str) -> Result<Vec<RegionData>, String> {
    let regions: Vec<RegionData> = records(text, &["code", "name", "name_uk", "aliases"])?
        .map(|(line, fields)| {
            let code = fields[0].parse().map_err(|error| format!("line {line}: {error}"))?;
            Ok(RegionData { code, name_en: fields[1], name_uk: fields[2], aliases: list(fields[3]) })
        })
        .collect::<Result<_, String>>()?;
    // Looked up by position: one line per region, in code order.
    let codes: Vec<RegionCode> = regions.iter().map(|region| region.code).collect();
    if codes != RegionCode::ALL {
        return Err(format!("expected one line per region in code order, got {codes:?}"));
    }
    Ok(regions)
}

fn parse_settlements(text: &'static str) -> Result<Vec<SettlementData>, String> {
    records(text, &["key", "name", "name_uk", "region", "aliases"])?
        .map(|(line, fields)| {
            let region = fields[3].parse().map_err(|error| format!("line {line}: {error}"))?;
            Ok(SettlementData { key: fields[0], name: fields[1], name_uk: fields[2], region, aliases: list(fields[4]) })
        })
        .collect()
}

/// The fields of each record of a tab-separated file, with its line number: blank lines and `#` comments are
/// skipped, the first other line must be `header`, and every record has as many fields as it.
fn records<'h>(
    text: &'static str,
    header: &'h [&'h str],
) -> Result<impl Iterator<Item = (usize, Vec<&'static str>)> + 'h, String> {
    let mut lines =
        text.lines().enumerate().map(|(i, line)| (i + 1, line)).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    match lines.next() {
        Some((_, first)) if first.split('\t').eq(header.iter().copied()) => {}
        other => return Err(format!("expected the header {:?}, got {other:?}", header.join("\t"))),
    }
    let records: Vec<(usize, Vec<&'static str>)> =
        lines.map(|(line, text)| (line, text.split('\t').collect())).collect();
    if let Some((line, fields)) = records.iter().find(|(_, fields)| fields.len() != header.len()) {
        return Err(format!("line {line}: {} fields, expected {}", fields.len(), header.len()));
    }
    Ok(records.into_iter())
}

/// A `|`-separated list; empty for an empty field.
fn list(field: &'static str) -> Vec<&'static str> {
    if field.is_empty() { Vec::new() } else { field.split('|').collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashSet;

    /// Non-empty, no stray spaces, and none of the separators.
    fn check_name(name: &str, line: &str) {
        assert!(!name.is_empty(), "an empty name in {line:?}");
        assert_eq!(name.trim(), name, "spaces around {name:?}");
        assert!(!name.contains(['|', '\t', '#']), "{name:?}");
    }

    #[test]
    fn every_region_line_parses_in_code_order() {
        let regions = parse_regions(REGIONS_TSV).unwrap();
        assert_eq!(regions.len(), RegionCode::ALL.len());
        for region in &regions {
            for name in [region.name_en, region.name_uk].iter().chain(&region.aliases) {
                check_name(name, region.name_en);
            }
        }
    }

    #[test]
    fn every_settlement_line_parses_with_a_unique_stable_key() {
        let settlements = parse_settlements(SETTLEMENTS_TSV).unwrap();
        assert!(settlements.len() >= 150);
        let mut keys = FxHashSet::default();
        for town in &settlements {
            let key = town.key;
            assert!(keys.insert(key), "key {key:?} repeats");
            assert!(!key.is_empty() && key.len() <= 24, "key {key:?}: 1 to 24 bytes");
            assert!(key.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-')), "key {key:?}");
            assert!(!key.starts_with('-') && !key.ends_with('-') && !key.contains("--"), "key {key:?}");
            for name in [town.name, town.name_uk].iter().chain(&town.aliases) {
                check_name(name, key);
            }
        }
    }

    #[test]
    fn malformed_files_are_refused() {
        let ok = "# comment\ncode\tname\tname_uk\taliases\n";
        assert!(parse_regions("code\tname\n").is_err());
        assert!(parse_regions(ok).is_err(), "no regions");
        assert!(parse_settlements("key\tname\tname_uk\tregion\taliases\nx\tX\tХ\tUA-99\t\n").is_err());
        assert!(parse_settlements("key\tname\tname_uk\tregion\taliases\nx\tX\tХ\tUA-14\n").is_err());
        let one = parse_settlements("# c\n\nkey\tname\tname_uk\tregion\taliases\nx\tX\tХ\tUA-14\t\n").unwrap();
        assert_eq!((one[0].key, one[0].region, one[0].aliases.len()), ("x", RegionCode::Donetsk, 0));
    }
}
