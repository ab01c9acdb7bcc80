/**
 * Draws Crosscheck's mark (two overlapping check marks on a rounded ink-blue square) and
 * writes it as PNGs at every size the manifests name: `node scripts/icons.mjs`.
 *
 * Shapes are described in unit coordinates and sampled on a sub-pixel grid, so each size is
 * drawn from the geometry rather than scaled down from a larger bitmap; at 16 px the strokes
 * are widened a little so the mark does not dissolve into the background.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const ICON_SIZES = [16, 32, 48, 128];

const INK = [29, 53, 87];
const AMBER = [244, 162, 97];
const PAPER = [255, 255, 255];

/** The check mark's polyline: short stroke down, long stroke up. */
const CHECK = [
  [0.2, 0.55],
  [0.41, 0.75],
  [0.8, 0.3],
];

/** @param {number} px @param {number} py @param {number[]} a @param {number[]} b */
function distanceToSegment(px, py, a, b) {
  const [ax, ay] = /** @type {[number, number]} */ (a);
  const [bx, by] = /** @type {[number, number]} */ (b);
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** @param {number} x @param {number} y @param {number} dx @param {number} dy @param {number} width */
function onCheck(x, y, dx, dy, width) {
  const points = CHECK.map(([px = 0, py = 0]) => [px + dx, py + dy]);
  for (let i = 0; i + 1 < points.length; i++) {
    if (
      distanceToSegment(
        x,
        y,
        /** @type {number[]} */ (points[i]),
        /** @type {number[]} */ (points[i + 1]),
      ) <=
      width / 2
    ) {
      return true;
    }
  }
  return false;
}

/** @param {number} x @param {number} y */
function inRoundedSquare(x, y) {
  const radius = 0.22;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * The colour at one sample point, or undefined where the icon is transparent. Layers from the
 * top: the front check, its ink halo (which keeps the two checks apart where they cross), the
 * back check, the square.
 * @param {number} x @param {number} y @param {number} stroke
 */
function colourAt(x, y, stroke) {
  if (onCheck(x, y, 0.05, 0.05, stroke)) return PAPER;
  if (onCheck(x, y, 0.05, 0.05, stroke * 1.9)) return INK;
  if (onCheck(x, y, -0.05, -0.11, stroke)) return AMBER;
  if (inRoundedSquare(x, y)) return INK;
  return undefined;
}

/** @param {number} size */
function drawIcon(size) {
  const samples = 4;
  const stroke = Math.max(0.13, 2.4 / size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            stroke,
          );
          if (!colour) continue;
          r += colour[0] ?? 0;
          g += colour[1] ?? 0;
          b += colour[2] ?? 0;
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue;
      // Straight alpha: average the covered samples' colour, coverage becomes alpha.
      rgba[i] = Math.round(r / covered);
      rgba[i + 1] = Math.round(g / covered);
      rgba[i + 2] = Math.round(b / covered);
      rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
