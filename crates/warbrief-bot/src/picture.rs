//! Pictures: casualty charts and a map of Ukraine's regions drawn from their outlines (`outlines`), drawn with
//! plotters into an RGB buffer and encoded as PNG in memory.
//!
//! The font (DejaVu Sans, `assets/DejaVuSans.ttf`, licence beside it) is embedded in the binary and drawn
//! through plotters' `ab_glyph` backend, so no system font, fontconfig or freetype is needed at run time.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate};
use plotters::prelude::*;
use plotters::style::FontStyle;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use warbrief_core::gazetteer;
use warbrief_core::render::day_and_month;
use warbrief_core::render::i18n::{Arg, t, t_args};
use warbrief_core::{Lang, RegionCode};

use self::outlines::{Outlines, Point};

pub mod outlines;

/// Charts' size: wide enough for Telegram's preview to stay legible.
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
    encode_png(&buffer, WIDTH, HEIGHT)
}

/// The map's size: Telegram shows photos up to about 1280 px wide, and Ukraine is half again as wide as tall.
pub const MAP_WIDTH: u32 = 1200;
pub const MAP_HEIGHT: u32 = 800;

/// Where the outlines go on the map: below the title, with a margin all round.
const MAP_LEFT: f64 = 20.0;
const MAP_TOP: f64 = 60.0;
const MAP_RIGHT: f64 = MAP_WIDTH as f64 - 20.0;
const MAP_BOTTOM: f64 = MAP_HEIGHT as f64 - 15.0;

/// Shades for no casualties and four classes up to the period's maximum.
const SHADES: [RGBColor; 5] = [
    RGBColor(238, 238, 238),
    RGBColor(253, 204, 138),
    RGBColor(252, 141, 89),
    RGBColor(227, 74, 51),
    RGBColor(179, 0, 0),
];
const BORDER: RGBColor = RGBColor(90, 90, 90);
const FAINT: RGBColor = RGBColor(110, 110, 110);

/// The outlines' projection scaled and centred into the map's frame.
struct Frame {
    scale: f64,
    left: f64,
    top: f64,
    min: Point,
    max: Point,
}

impl Frame {
    fn new(outlines: &Outlines) -> Frame {
        let (width, height) = (outlines.max.0 - outlines.min.0, outlines.max.1 - outlines.min.1);
        let scale = ((MAP_RIGHT - MAP_LEFT) / width).min((MAP_BOTTOM - MAP_TOP) / height);
        let left = MAP_LEFT + ((MAP_RIGHT - MAP_LEFT) - width * scale) / 2.0;
        Frame { scale, left, top: MAP_TOP, min: outlines.min, max: outlines.max }
    }

    fn pixel(&self, (x, y): Point) -> (i32, i32) {
        (
            (self.left + (x - self.min.0) * self.scale).round() as i32,
            (self.top + (self.max.1 - y) * self.scale).round() as i32,
        )
    }

    fn pixels(&self, ring: &[Point]) -> Vec<(i32, i32)> {
        let mut pixels: Vec<(i32, i32)> = ring.iter().map(|point| self.pixel(*point)).collect();
        // Points a pixel apart add nothing but work.
        pixels.dedup();
        pixels
    }
}

/// Where a place (longitude, latitude in degrees) is on the map's picture, in pixels from its top left.
pub fn map_pixel(lon: f64, lat: f64) -> Result<(u32, u32), PictureError> {
    let frame = Frame::new(outlines::outlines().map_err(fail)?);
    let (x, y) = frame.pixel(outlines::project(lon, lat));
    Ok((x.max(0) as u32, y.max(0) as u32))
}

/// The shade a region with `value` gets on a map whose largest value is `max` (what the legend shows).
pub fn map_shade(value: u64, max: u64) -> [u8; 3] {
    let RGBColor(r, g, b) = SHADES[class_of(value, &class_bounds(max))];
    [r, g, b]
}

/// Where the label of a city too small to hold its own goes, from the city (pixels): Kyiv's east, between
/// the labels of Chernihiv, Cherkasy and Poltava; Sevastopol's west, out to sea.
fn callout_offset(region: RegionCode) -> Option<(i32, i32)> {
    match region {
        RegionCode::KyivCity => Some((92, 8)),
        RegionCode::Sevastopol => Some((-140, -28)),
        _ => None,
    }
}

/// A map of Ukraine's regions drawn from their outlines, each shaded by its value and labelled with its name
/// and value, with a legend of the shades, in `lang`. Kyiv and Sevastopol, a few pixels across, are drawn
/// with a bold border and labelled in a box beside them.
pub fn map(lang: Lang, title: &str, values: &[(RegionCode, u64)]) -> Result<Vec<u8>, PictureError> {
    register_font()?;
    let outlines = outlines::outlines().map_err(fail)?;
    let frame = Frame::new(outlines);
    let max = values.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let bounds = class_bounds(max);
    let value_of = |region: RegionCode| values.iter().find(|(r, _)| *r == region).map_or(0, |(_, v)| *v);
    // Oblasts first, then the cities, which lie in their holes (Kyiv) or at their edge (Sevastopol).
    let order: Vec<RegionCode> = RegionCode::ALL
        .iter()
        .filter(|r| !r.is_city())
        .chain(RegionCode::ALL.iter().filter(|r| r.is_city()))
        .copied()
        .collect();
    let mut buffer = vec![0u8; (MAP_WIDTH * MAP_HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (MAP_WIDTH, MAP_HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        root.draw(&Text::new(title.to_owned(), (20, 14), (FONT_FAMILY, 26).into_font())).map_err(fail)?;
        for region in &order {
            let shade = SHADES[class_of(value_of(*region), &bounds)];
            for polygon in &outlines.of(*region).polygons {
                root.draw(&plotters::element::Polygon::new(frame.pixels(&polygon.outer), shade.filled()))
                    .map_err(fail)?;
                for hole in &polygon.holes {
                    root.draw(&plotters::element::Polygon::new(frame.pixels(hole), WHITE.filled())).map_err(fail)?;
                }
            }
        }
        // Borders after every fill, so that a neighbour's fill never covers half of one.
        for region in &order {
            let width = if region.is_city() { 2 } else { 1 };
            for polygon in &outlines.of(*region).polygons {
                for ring in std::iter::once(&polygon.outer).chain(&polygon.holes) {
                    root.draw(&PathElement::new(frame.pixels(ring), BORDER.stroke_width(width))).map_err(fail)?;
                }
            }
        }
        for region in &order {
            let value = value_of(*region);
            let class = class_of(value, &bounds);
            let (x, y) = frame.pixel(outlines.of(*region).label);
            let name = short_name(lang, *region);
            let figure = value.to_string();
            if let Some((dx, dy)) = callout_offset(*region) {
                callout(&root, (x, y), (x + dx, y + dy), &name, &figure, class)?;
                continue;
            }
            let ink = if class >= 3 { WHITE } else { BLACK };
            let name_style = (FONT_FAMILY, 15).into_font().color(&ink).pos(Pos::new(HPos::Center, VPos::Bottom));
            let figure_style =
                (FONT_FAMILY, 21).into_font().style(FontStyle::Bold).color(&ink).pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(name, (x, y), name_style)).map_err(fail)?;
            root.draw(&Text::new(figure, (x, y + 1), figure_style)).map_err(fail)?;
        }
        // Legend, in the south-west corner: Romania and the Black Sea, where no region is drawn.
        let (legend_x, legend_y) = (30, MAP_HEIGHT as i32 - 215);
        root.draw(&Text::new(
            t(lang, "picture-legend-killed-and-wounded"),
            (legend_x, legend_y),
            (FONT_FAMILY, 17).into_font(),
        ))
        .map_err(fail)?;
        for (class, label) in legend_labels(lang, &bounds).iter().enumerate() {
            let y = legend_y + 30 + class as i32 * 34;
            root.draw(&Rectangle::new([(legend_x, y), (legend_x + 30, y + 24)], SHADES[class].filled()))
                .map_err(fail)?;
            root.draw(&Rectangle::new([(legend_x, y), (legend_x + 30, y + 24)], BORDER.stroke_width(1)))
                .map_err(fail)?;
            root.draw(&Text::new(label.clone(), (legend_x + 40, y + 3), (FONT_FAMILY, 17).into_font()))
                .map_err(fail)?;
        }
        // Natural Earth asks for no credit; we give it, in the empty south-east corner.
        root.draw(&Text::new(
            t(lang, "picture-map-credit"),
            (MAP_WIDTH as i32 - 20, MAP_HEIGHT as i32 - 12),
            (FONT_FAMILY, 13).into_font().color(&FAINT).pos(Pos::new(HPos::Right, VPos::Bottom)),
        ))
        .map_err(fail)?;
        root.present().map_err(fail)?;
    }
    encode_png(&buffer, MAP_WIDTH, MAP_HEIGHT)
}

/// A small region's name and figure in a box at `at`, shaded like the region, with a line to the region.
fn callout(
    root: &DrawingArea<BitMapBackend<'_>, plotters::coord::Shift>,
    from: (i32, i32),
    at: (i32, i32),
    name: &str,
    figure: &str,
    class: usize,
) -> Result<(), PictureError> {
    let ink = if class >= 3 { WHITE } else { BLACK };
    let name_font = (FONT_FAMILY, 15).into_font().color(&ink);
    let figure_font = (FONT_FAMILY, 21).into_font().style(FontStyle::Bold).color(&ink);
    let (name_width, _) = root.estimate_text_size(name, &name_font).map_err(fail)?;
    let (figure_width, _) = root.estimate_text_size(figure, &figure_font).map_err(fail)?;
    let width = name_width.max(figure_width) as i32 + 14;
    let height = 46;
    let (left, top) = (at.0 - width / 2, at.1 - height / 2);
    // The line ends at the box's nearer side, so it never crosses the text.
    let end = (at.0.clamp(left, left + width), if from.1 < top { top } else { top + height });
    root.draw(&PathElement::new(vec![from, end], BORDER.stroke_width(2))).map_err(fail)?;
    root.draw(&Rectangle::new([(left, top), (left + width, top + height)], SHADES[class].filled())).map_err(fail)?;
    root.draw(&Rectangle::new([(left, top), (left + width, top + height)], BORDER.stroke_width(2))).map_err(fail)?;
    let name_style = name_font.pos(Pos::new(HPos::Center, VPos::Top));
    let figure_style = figure_font.pos(Pos::new(HPos::Center, VPos::Bottom));
    root.draw(&Text::new(name.to_owned(), (at.0, top + 3), name_style)).map_err(fail)?;
    root.draw(&Text::new(figure.to_owned(), (at.0, top + height - 3), figure_style)).map_err(fail)?;
    Ok(())
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

/// A region's name on the map in `lang`: its short name, the longest shortened to fit (`picture-map-name`).
fn short_name(lang: Lang, region: RegionCode) -> String {
    t_args(
        lang,
        "picture-map-name",
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

fn encode_png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, PictureError> {
    let mut bytes = Vec::with_capacity(64 * 1024);
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
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
    fn classes_and_axis_bounds() {
        let bounds = class_bounds(126);
        assert_eq!(bounds, [32, 64, 96, 126]);
        assert_eq!([0, 1, 32, 33, 126].map(|v| class_of(v, &bounds)), [0, 1, 1, 2, 4]);
        assert_eq!(legend_labels(Lang::En, &class_bounds(1)), ["none", "1", "2", "3", "4"]);
        assert_eq!(legend_labels(Lang::Uk, &class_bounds(1))[0], "немає");
        assert_eq!([1, 9, 10, 46, 126, 1000].map(nice_ceiling), [10, 10, 20, 50, 200, 2000]);
    }

    /// The picture's pixels (RGB) after checking its size, and that something besides white was drawn.
    fn decodes(png: &[u8], size: (u32, u32)) -> Vec<u8> {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().expect("a PNG header");
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).expect("a frame");
        assert_eq!((info.width, info.height), size);
        assert!(pixels.iter().any(|byte| *byte < 200));
        pixels
    }

    fn pixel(pixels: &[u8], (x, y): (u32, u32)) -> [u8; 3] {
        let at = ((y * MAP_WIDTH + x) * 3) as usize;
        [pixels[at], pixels[at + 1], pixels[at + 2]]
    }

    /// Set WARBRIEF_PICTURE_DIR to look at what the tests draw.
    fn keep(name: &str, png: &[u8]) {
        if let Some(dir) = std::env::var_os("WARBRIEF_PICTURE_DIR") {
            std::fs::write(std::path::Path::new(&dir).join(name), png).unwrap();
        }
    }

    /// Cyrillic titles, axes, legends and region names draw with the embedded font.
    #[test]
    fn ukrainian_pictures_draw_and_decode() {
        let to = NaiveDate::from_ymd_opt(2023, 2, 2).unwrap();
        let from = NaiveDate::from_ymd_opt(2023, 1, 4).unwrap();
        let series = vec![
            Series { label: t(Lang::Uk, "picture-killed"), values: vec![(to, 5), (from, 2)] },
            Series { label: t(Lang::Uk, "picture-wounded"), values: vec![(to, 21)] },
        ];
        let title = t_args(Lang::Uk, "picture-region-chart-title", &[("region", Arg::plain("Харківська область"))]);
        let png = chart(Lang::Uk, &title, from, to, &series).unwrap();
        keep("chart-uk.png", &png);
        decodes(&png, (WIDTH, HEIGHT));
        let values: Vec<(RegionCode, u64)> = RegionCode::ALL.iter().map(|r| (*r, r.index() as u64 * 5)).collect();
        let title = t_args(Lang::Uk, "picture-map-title", &[("period", Arg::plain("4 січ. 2023 – 2 лют. 2023"))]);
        let png = map(Lang::Uk, &title, &values).unwrap();
        keep("map-uk.png", &png);
        decodes(&png, (MAP_WIDTH, MAP_HEIGHT));
        assert_eq!(short_name(Lang::Uk, RegionCode::Kharkiv), "Харківська");
        assert_eq!(short_name(Lang::Uk, RegionCode::KyivCity), "м. Київ");
        assert_eq!(short_name(Lang::En, RegionCode::KyivCity), "Kyiv City");
        assert_eq!(short_name(Lang::En, RegionCode::Kharkiv), "Kharkiv");
    }

    /// The regions are where they are on a map, in their shades: the one with the most in the darkest, one
    /// without any in the lightest, small Kyiv visible in its own, and the sea and neighbours left white.
    #[test]
    fn the_map_shades_each_region_where_it_lies() {
        let values = [(RegionCode::Donetsk, 126), (RegionCode::Kharkiv, 40), (RegionCode::KyivCity, 70)];
        let png = map(Lang::En, "Killed and wounded by region, 4 Jan 2023 – 2 Feb 2023", &values).unwrap();
        keep("map-en.png", &png);
        let pixels = decodes(&png, (MAP_WIDTH, MAP_HEIGHT));
        let at = |lon, lat| pixel(&pixels, map_pixel(lon, lat).unwrap());
        // Points away from the labels: north of Donetsk, east of Kharkiv, Kyiv's centre, Lviv's north.
        assert_eq!(at(37.3, 48.9), map_shade(126, 126), "Donetsk Oblast");
        assert_eq!(at(37.1, 49.6), map_shade(40, 126), "Kharkiv Oblast");
        assert_eq!(at(30.52, 50.45), map_shade(70, 126), "Kyiv City");
        assert_eq!(at(24.2, 50.2), map_shade(0, 126), "Lviv Oblast");
        assert_eq!(at(31.0, 46.1), [255, 255, 255], "the sea off Odesa");
        assert_eq!(at(27.5, 52.2), [255, 255, 255], "Belarus");
        assert_ne!(map_shade(126, 126), map_shade(40, 126));
        // Bounded like the picture: the outlines fill its width or height, with margins.
        let (west, _) = map_pixel(22.14, 48.0).unwrap();
        let (east, _) = map_pixel(40.15, 48.0).unwrap();
        let (_, north) = map_pixel(33.0, 52.36).unwrap();
        let (_, south) = map_pixel(33.0, 44.39).unwrap();
        assert!(west >= 15 && east <= MAP_WIDTH - 15 && north >= 55 && south <= MAP_HEIGHT - 10);
        assert!(east - west > 1000 || south - north > 700, "{west}..{east} × {north}..{south}");
    }
}
