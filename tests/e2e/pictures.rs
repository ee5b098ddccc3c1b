//! `/chart` and `/map` through the fake Bot API (sendPhoto) and at the console (a file): the PNGs decode, have
//! the promised size, and are not blank; the map's regions are drawn from their outlines, in their shades;
//! periods without casualties get a sentence instead.

use std::collections::HashSet;

use warbrief_bot::picture::{MAP_HEIGHT, MAP_WIDTH, map_pixel, map_shade};

use crate::fake_bot_api::FakeBotApi;
use crate::telegram::{RunningBot, text};
use crate::{Sandbox, stdout};

/// Width, height, share of pixels that are not white, and how many distinct colours a PNG has.
pub fn inspect_png(bytes: &[u8]) -> (u32, u32, f64, usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("one frame");
    let channels = info.color_type.samples();
    let pixels = &pixels[..info.buffer_size()];
    let mut colours = HashSet::new();
    let mut inked = 0usize;
    for pixel in pixels.chunks(channels) {
        colours.insert(pixel[..3].to_vec());
        if pixel[..3] != [255, 255, 255] {
            inked += 1;
        }
    }
    (info.width, info.height, inked as f64 / (pixels.len() / channels) as f64, colours.len())
}

fn assert_drawn(bytes: &[u8], size: (u32, u32)) {
    let (width, height, inked, colours) = inspect_png(bytes);
    assert_eq!((width, height), size);
    assert!(inked > 0.02, "only {:.1} % of the picture is drawn", inked * 100.0);
    assert!(colours >= 5, "{colours} colours");
}

const CHART: (u32, u32) = (1000, 600);

/// The colour of the pixel at a place (longitude, latitude) on a map.
fn colour_at(png: &[u8], lon: f64, lat: f64) -> [u8; 3] {
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("one frame");
    let channels = info.color_type.samples();
    let (x, y) = map_pixel(lon, lat).unwrap();
    let at = (y * info.width + x) as usize * channels;
    [pixels[at], pixels[at + 1], pixels[at + 2]]
}

/// The sample's 60 days: Dnipropetrovsk Oblast has the most (126), Lviv Oblast none.
fn assert_drawn_from_outlines(png: &[u8]) {
    assert_drawn(png, (MAP_WIDTH, MAP_HEIGHT));
    let (width, height, _, _) = inspect_png(png);
    assert!(width <= 1280 && width > height, "{width}×{height}: Telegram shows photos up to about 1280 px wide");
    // Between Kryvyi Rih and Dnipro, and Lviv Oblast's north: away from their labels.
    assert_eq!(colour_at(png, 34.0, 48.2), map_shade(126, 126), "Dnipropetrovsk Oblast in the darkest shade");
    assert_eq!(colour_at(png, 24.2, 50.2), map_shade(0, 126), "Lviv Oblast in the shade of none");
    assert_eq!(colour_at(png, 31.0, 46.1), [255, 255, 255], "the sea off Odesa is left blank");
}

#[tokio::test]
async fn charts_and_the_map_arrive_as_photos_with_captions() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start_with(&api, &[]).await;
    let user = 5150;

    api.send_text(user, user, "/chart Kramatorsk");
    let photos = api.wait_for_calls("sendPhoto", 1).await;
    let caption = photos[0].params["caption"].as_str().unwrap().to_owned();
    assert!(
        caption.starts_with(
            "<b>Donetsk Oblast</b>, the 30 days 4 Jan 2023 – 2 Feb 2023: 19 killed and 76 wounded in 24 incidents"
        ),
        "{caption}"
    );
    assert_eq!(photos[0].params["parse_mode"], "HTML");
    assert_drawn(&api.uploads()[0].1, CHART);

    api.send_text(user, user, "/chart");
    let photos = api.wait_for_calls("sendPhoto", 2).await;
    let caption = photos[1].params["caption"].as_str().unwrap();
    assert!(
        caption.contains("hardest-hit regions") && caption.contains("Dnipropetrovsk Oblast 47 killed, 96 wounded"),
        "{caption}"
    );
    assert_drawn(&api.uploads()[1].1, CHART);

    api.send_text(user, user, "/map 60");
    let photos = api.wait_for_calls("sendPhoto", 3).await;
    let caption = photos[2].params["caption"].as_str().unwrap();
    assert!(
        caption.contains("across 10 regions") && caption.contains("Most: Dnipropetrovsk Oblast (143)"),
        "{caption}"
    );
    assert!(caption.encode_utf16().count() <= 1024);
    assert_drawn_from_outlines(&api.uploads()[2].1);

    let quiet = api.ask(user, "/chart Lviv", 1).await;
    assert!(text(&quiet[0]).contains("No casualties are recorded in Lviv Oblast"), "{}", text(&quiet[0]));
    let typo = api.ask(user, "/chart Kharkv", 1).await;
    assert!(text(&typo[0]).contains("Did you mean Kharkiv Oblast"), "{}", text(&typo[0]));
    let bad = api.ask(user, "/chart Donetsk 999", 1).await;
    assert!(text(&bad[0]).contains("use 1 to 365"));
    let bad = api.ask(user, "/map <b>", 1).await;
    assert!(text(&bad[0]).contains("\"&lt;b&gt;\""), "{}", text(&bad[0]));
    assert_eq!(api.calls("sendPhoto").len(), 3, "no empty pictures");
    let (status, log) = bot.terminate().await;
    assert!(status.success(), "{log}");
}

#[test]
fn the_console_saves_pictures_to_files() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["chat"], &[], "/chart Donetsk 60\n/map\n");
    let out = stdout(&output);
    let paths: Vec<&str> = out
        .lines()
        .filter_map(|line| line.strip_prefix("(picture saved: ").and_then(|rest| rest.strip_suffix(')')))
        .collect();
    assert_eq!(paths.len(), 2, "{out}");
    assert!(paths.iter().all(|path| path.ends_with(".png")));
    assert_drawn(&std::fs::read(paths[0]).unwrap(), CHART);
    assert_drawn(&std::fs::read(paths[1]).unwrap(), (MAP_WIDTH, MAP_HEIGHT));
    assert!(out.contains("Donetsk Oblast, the 60 days"), "{out}");
}
