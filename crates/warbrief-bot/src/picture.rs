//! Pictures: casualty charts and a tile-grid map of Ukraine's regions, drawn with plotters into an RGB buffer
//! and encoded as PNG in memory.
//!
//! The font (DejaVu Sans, `assets/DejaVuSans.ttf`, licence beside it) is embedded in the binary and drawn
//! through plotters' `ab_glyph` backend, so no system font, fontconfig or freetype is needed at run time.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate};
use plotters::prelude::*;
use plotters::style::FontStyle;
use warbrief_core::gazetteer;
use warbrief_core::render::day_and_month;
use warbrief_core::render::i18n::{Arg, t, t_args};
use warbrief_core::{Lang, RegionCode};

/// Picture size: wide enough for Telegram's preview to stay legible.
pub const WIDTH: u32 = 1000;
pub const HEIGHT: u32 = 600;

static FONT: &[u8] = include_bytes!("../assets/DejaVuSans.ttf");
const FONT_FAMILY: &str = "sans-serif";

/// Why a picture could not be drawn (a bug, not bad input: inputs are checked before).
#[derive(Debug, thiserror::Error)]
#[error("drawing a picture failed: {0}")]
pub struct PictureError(String);

fn fail(error: impl std::fmt::Display) -> PictureError {
    PictureError(error.to_string())
}

fn register_font() -> Result<(), PictureError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let registered = *REGISTERED.get_or_init(|| {
        plotters::style::register_font(FONT_FAMILY, FontStyle::Normal, FONT).is_ok()
            && plotters::style::register_font(FONT_FAMILY, FontStyle::Bold, FONT).is_ok()
    });
    if registered { Ok(()) } else { Err(fail("the embedded font could not be loaded")) }
}

/// One line of a chart: a label and a value per day (days without a value are 0).
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    pub values: Vec<(NaiveDate, u64)>,
}

/// Lines that stay apart on white and for most colour-blind readers (Okabe–Ito).
const PALETTE: [RGBColor; 6] = [
    RGBColor(213, 94, 0),
    RGBColor(0, 114, 178),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
];

/// A line chart of `series` per day over `from..=to`, its axes in `lang`.
pub fn chart(
    lang: Lang,
    title: &str,
    from: NaiveDate,
    to: NaiveDate,
    series: &[Series],
) -> Result<Vec<u8>, PictureError> {
    register_font()?;
    let mut buffer = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        let days = (to - from).num_days().max(1);
        let max = series.iter().flat_map(|s| s.values.iter().map(|(_, v)| *v)).max().unwrap_or(0).max(1);
        let y_top = nice_ceiling(max);
        let mut chart = ChartBuilder::on(&root)
            .caption(title, (FONT_FAMILY, 26).into_font())
            .margin(20)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(0i64..days, 0u64..y_top)
            .map_err(fail)?;
        chart
            .configure_mesh()
            .x_labels(usize::try_from(days.min(10)).unwrap_or(10))
            .x_label_formatter(&|offset: &i64| day_and_month(lang, from + Duration::days(*offset)))
            .y_desc(t(lang, "picture-axis-people"))
            .label_style((FONT_FAMILY, 15).into_font())
            .light_line_style(RGBColor(235, 235, 235))
            .draw()
            .map_err(fail)?;
        for (i, line) in series.iter().enumerate() {
            let color = PALETTE[i % PALETTE.len()];
            let points = every_day(from, to, &line.values);
            chart
                .draw_series(LineSeries::new(points.clone(), color.stroke_width(3)))
                .map_err(fail)?
                .label(line.label.clone())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(3)));
            chart
                .draw_series(
                    points.into_iter().filter(|(_, v)| *v > 0).map(|point| Circle::new(point, 4, color.filled())),
                )
                .map_err(fail)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font((FONT_FAMILY, 16).into_font())
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(200, 200, 200))
            .draw()
            .map_err(fail)?;
        root.present().map_err(fail)?;
    }
    encode_png(&buffer)
}

/// Where each region's tile goes on the map grid (column, row): roughly where it lies, west to east and
/// north to south.
fn tile(region: RegionCode) -> (i32, i32) {
    use RegionCode::*;
    match region {
        Volyn => (1, 0),
        Rivne => (2, 0),
        Zhytomyr => (3, 0),
        Kyiv => (4, 0),
        Chernihiv => (5, 0),
        Sumy => (6, 0),
        Lviv => (0, 1),
        Ternopil => (1, 1),
        Khmelnytskyi => (2, 1),
        Vinnytsia => (3, 1),
        KyivCity => (4, 1),
        Poltava => (5, 1),
        Kharkiv => (6, 1),
        Luhansk => (7, 1),
        Zakarpattia => (0, 2),
        IvanoFrankivsk => (1, 2),
        Chernivtsi => (2, 2),
        Odesa => (3, 2),
        Cherkasy => (4, 2),
        Dnipropetrovsk => (5, 2),
        Donetsk => (6, 2),
        Mykolaiv => (3, 3),
        Kirovohrad => (4, 3),
        Zaporizhzhia => (5, 3),
        Kherson => (4, 4),
        Sevastopol => (3, 5),
        Crimea => (4, 5),
    }
}

const GRID_COLUMNS: i32 = 8;
const GRID_ROWS: i32 = 6;

/// Shades for no casualties and four classes up to the period's maximum.
const SHADES: [RGBColor; 5] = [
    RGBColor(238, 238, 238),
    RGBColor(253, 204, 138),
    RGBColor(252, 141, 89),
    RGBColor(227, 74, 51),
    RGBColor(179, 0, 0),
];

/// A tile-grid map: each region a tile shaded by its value, with its name and value, and a legend, in `lang`.
pub fn map(lang: Lang, title: &str, values: &[(RegionCode, u64)]) -> Result<Vec<u8>, PictureError> {
    register_font()?;
    let max = values.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let bounds = class_bounds(max);
    let mut buffer = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        root.draw(&Text::new(title.to_owned(), (20, 14), (FONT_FAMILY, 26).into_font())).map_err(fail)?;
        let (left, top, gap) = (20, 60, 6);
        let tile_width = (WIDTH as i32 - 2 * left - 180) / GRID_COLUMNS;
        let tile_height = (HEIGHT as i32 - top - 20) / GRID_ROWS;
        for region in RegionCode::ALL {
            let value = values.iter().find(|(r, _)| *r == region).map_or(0, |(_, v)| *v);
            let class = class_of(value, &bounds);
            let (column, row) = tile(region);
            let x = left + column * tile_width;
            let y = top + row * tile_height;
            root.draw(&Rectangle::new([(x, y), (x + tile_width - gap, y + tile_height - gap)], SHADES[class].filled()))
                .map_err(fail)?;
            let ink = if class >= 3 { WHITE } else { BLACK };
            let name = short_name(lang, region);
            root.draw(&Text::new(name, (x + 6, y + 8), (FONT_FAMILY, 13).into_font().color(&ink))).map_err(fail)?;
            root.draw(&Text::new(
                region.iso_code().to_owned(),
                (x + 6, y + 28),
                (FONT_FAMILY, 11).into_font().color(&ink),
            ))
            .map_err(fail)?;
            root.draw(&Text::new(
                value.to_string(),
                (x + 6, y + tile_height - gap - 26),
                (FONT_FAMILY, 18).into_font().style(FontStyle::Bold).color(&ink),
            ))
            .map_err(fail)?;
        }
        // Legend, to the right of the grid.
        let legend_x = left + GRID_COLUMNS * tile_width + 20;
        root.draw(&Text::new(
            t(lang, "picture-legend-killed-and-wounded"),
            (legend_x, top),
            (FONT_FAMILY, 15).into_font(),
        ))
        .map_err(fail)?;
        for (class, label) in legend_labels(lang, &bounds).iter().enumerate() {
            let y = top + 30 + class as i32 * 34;
            root.draw(&Rectangle::new([(legend_x, y), (legend_x + 26, y + 24)], SHADES[class].filled()))
                .map_err(fail)?;
            root.draw(&Text::new(label.clone(), (legend_x + 36, y + 4), (FONT_FAMILY, 15).into_font()))
                .map_err(fail)?;
        }
        root.present().map_err(fail)?;
    }
    encode_png(&buffer)
}

/// Upper bounds of the four shaded classes, from the period's maximum: 1–¼, ¼–½, ½–¾, ¾–max.
fn class_bounds(max: u64) -> [u64; 4] {
    let step = max.div_ceil(4).max(1);
    [step, step * 2, step * 3, if max > step * 3 { max } else { step * 4 }]
}

fn class_of(value: u64, bounds: &[u64; 4]) -> usize {
    if value == 0 {
        return 0;
    }
    1 + bounds.iter().position(|bound| value <= *bound).unwrap_or(3)
}

fn legend_labels(lang: Lang, bounds: &[u64; 4]) -> Vec<String> {
    let mut labels = vec![t(lang, "picture-legend-none")];
    let mut low = 1;
    for bound in bounds {
        labels.push(if low >= *bound { format!("{bound}") } else { format!("{low}–{bound}") });
        low = bound + 1;
    }
    labels
}

/// A tile's name in `lang`: the region's short name, the longest shortened to fit (`picture-tile-name`).
fn short_name(lang: Lang, region: RegionCode) -> String {
    t_args(
        lang,
        "picture-tile-name",
        &[("region", Arg::plain(region.iso_code())), ("name", Arg::plain(gazetteer::region_name_in(lang, region)))],
    )
}

/// Every day of `from..=to`, as days after `from`, with its value (0 where none).
fn every_day(from: NaiveDate, to: NaiveDate, values: &[(NaiveDate, u64)]) -> Vec<(i64, u64)> {
    (0..=(to - from).num_days())
        .map(|offset| {
            let day = from + Duration::days(offset);
            (offset, values.iter().filter(|(date, _)| *date == day).map(|(_, v)| *v).sum())
        })
        .collect()
}

/// A round number at or above `max` for the y axis: 10, 20, 50, 100, 200, …
fn nice_ceiling(max: u64) -> u64 {
    let mut step = 10;
    loop {
        for factor in [1, 2, 5] {
            if step * factor >= max + max / 10 {
                return step * factor;
            }
        }
        step *= 10;
    }
}

fn encode_png(rgb: &[u8]) -> Result<Vec<u8>, PictureError> {
    let mut bytes = Vec::with_capacity(64 * 1024);
    {
        let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Default);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().map_err(fail)?;
        writer.write_image_data(rgb).map_err(fail)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_has_its_own_tile() {
        let mut tiles: Vec<(i32, i32)> = RegionCode::ALL.iter().map(|region| tile(*region)).collect();
        tiles.sort_unstable();
        tiles.dedup();
        assert_eq!(tiles.len(), 27);
        assert!(tiles.iter().all(|(c, r)| (0..GRID_COLUMNS).contains(c) && (0..GRID_ROWS).contains(r)));
    }

    #[test]
    fn classes_and_axis_bounds() {
        let bounds = class_bounds(126);
        assert_eq!(bounds, [32, 64, 96, 126]);
        assert_eq!([0, 1, 32, 33, 126].map(|v| class_of(v, &bounds)), [0, 1, 1, 2, 4]);
        assert_eq!(legend_labels(Lang::En, &class_bounds(1)), ["none", "1", "2", "3", "4"]);
        assert_eq!(legend_labels(Lang::Uk, &class_bounds(1))[0], "немає");
        assert_eq!([1, 9, 10, 46, 126, 1000].map(nice_ceiling), [10, 10, 20, 50, 200, 2000]);
    }

    fn decodes(png: &[u8]) {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().expect("a PNG header");
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).expect("a frame");
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
        // Something besides the white background was drawn.
        assert!(pixels.iter().any(|byte| *byte < 200));
    }

    /// Cyrillic titles, axes, legends and tile names draw with the embedded font.
    #[test]
    fn ukrainian_pictures_draw_and_decode() {
        let to = NaiveDate::from_ymd_opt(2023, 2, 2).unwrap();
        let from = NaiveDate::from_ymd_opt(2023, 1, 4).unwrap();
        let series = vec![
            Series { label: t(Lang::Uk, "picture-killed"), values: vec![(to, 5), (from, 2)] },
            Series { label: t(Lang::Uk, "picture-wounded"), values: vec![(to, 21)] },
        ];
        let title = t_args(Lang::Uk, "picture-region-chart-title", &[("region", Arg::plain("Харківська область"))]);
        decodes(&chart(Lang::Uk, &title, from, to, &series).unwrap());
        let values: Vec<(RegionCode, u64)> = RegionCode::ALL.iter().map(|r| (*r, r.index() as u64)).collect();
        decodes(
            &map(
                Lang::Uk,
                &t_args(Lang::Uk, "picture-map-title", &[("period", Arg::plain("4 січ. 2023 – 2 лют. 2023"))]),
                &values,
            )
            .unwrap(),
        );
        assert_eq!(short_name(Lang::Uk, RegionCode::Kharkiv), "Харківська");
        assert_eq!(short_name(Lang::Uk, RegionCode::KyivCity), "м. Київ");
        assert_eq!(short_name(Lang::En, RegionCode::KyivCity), "Kyiv City");
        assert_eq!(short_name(Lang::En, RegionCode::Kharkiv), "Kharkiv");
    }
}
