//! `key=value` arguments of the maintainers' one-line commands: `killed=2 weapon="S-300 missile"`.

/// Splits `text` into `(key, value)` pairs. Values with spaces are quoted with `"…"` or `“…”`; keys are
/// lowercased. A word without `=`, an empty key, a repeated key or an unclosed quote is an error.
pub fn parse_fields(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(equals) = rest.find('=') else {
            return Err(format!("expected key=value, found \"{}\"", warbrief_core::html::truncate(rest, 30)));
        };
        let key = rest[..equals].trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            let word = rest.split_whitespace().next().unwrap_or(rest);
            return Err(format!("expected key=value, found \"{}\"", warbrief_core::html::truncate(word, 30)));
        }
        let after = &rest[equals + 1..];
        let (value, remainder) = match after.chars().next() {
            Some(open @ ('"' | '“')) => {
                let close = if open == '"' { '"' } else { '”' };
                let body = &after[open.len_utf8()..];
                let end = body.find(close).ok_or_else(|| format!("the quote after {key}= is not closed"))?;
                (body[..end].to_owned(), &body[end + close.len_utf8()..])
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (after[..end].to_owned(), &after[end..])
            }
        };
        let key = key.to_lowercase();
        if fields.iter().any(|(existing, _)| *existing == key) {
            return Err(format!("{key}= is given twice"));
        }
        fields.push((key, value.trim().to_owned()));
        rest = remainder.trim_start();
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_quotes_and_errors() {
        assert_eq!(
            parse_fields(r#"date=2023-02-01 Weapon="S-300 missile" text=“two words” killed=2+"#).unwrap(),
            [
                ("date".into(), "2023-02-01".into()),
                ("weapon".into(), "S-300 missile".into()),
                ("text".into(), "two words".into()),
                ("killed".into(), "2+".into())
            ]
        );
        assert_eq!(parse_fields("  ").unwrap(), []);
        assert!(parse_fields("killed").is_err());
        assert!(parse_fields("=3").is_err());
        assert!(parse_fields("a=1 a=2").is_err());
        assert!(parse_fields(r#"text="unclosed"#).is_err());
        assert!(parse_fields("killed=2 oops").is_err());
    }
}
