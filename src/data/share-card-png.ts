/**
 * Draws share cards (src/lib/share-card.ts lays them out) as PNG files, and keeps each one in a
 * cache by the hash of what it shows, so a warm build draws only the cards whose words changed.
 *
 * Why not an SVG per card through resvg: measured at 30–45 ms a card (shaping and filling every
 * glyph again, then a full-colour PNG), which is minutes at 7,000 cards. Here resvg draws each
 * glyph once per size and weight into a coverage mask; a card is then those masks placed on an
 * indexed image (5 colour pairs × 16 levels) written as a small PNG: about 2 ms a card.
 *
 * The font is Atkinson Hyperlegible (SIL Open Font License 1.1, the Braille Institute), shipped
 * in the npm package @expo-google-fonts/atkinson-hyperlegible as TTF, which covers č š ž and
 * à è ì ò ù; nothing is fetched from anywhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fontMetrics, type FontMetrics } from '../lib/font-metrics';
import { encodeIndexedPngRows } from '../lib/png';
import { CARD_COLOURS, CARD_PAIRS, escapeXml, type CardFonts, type CardScene, type CardText } from '../lib/share-card';

const FONT_PACKAGE = '@expo-google-fonts/atkinson-hyperlegible';
const FONT_FAMILY = 'Atkinson Hyperlegible';
const FONT_FILES = { 400: '400Regular/AtkinsonHyperlegible_400Regular.ttf', 700: '700Bold/AtkinsonHyperlegible_700Bold.ttf' } as const;
/** Changed whenever the drawing changes, so that no card from an older drawing is reused. */
const DRAWING_VERSION = 'share-card-png 2';
const LEVELS = 16;

interface LoadedFonts {
  files: string[];
  metrics: Record<400 | 700, FontMetrics>;
  card: CardFonts;
  fingerprint: string;
}

let loaded: LoadedFonts | undefined;

/** The card font, read once per process from the installed package. */
export function cardFonts(): LoadedFonts {
  if (loaded) return loaded;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const folder = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const files = [join(folder, FONT_FILES[400]), join(folder, FONT_FILES[700])];
  const [regularBytes, boldBytes] = files.map((file) => readFileSync(file));
  const metrics = { 400: fontMetrics(regularBytes!), 700: fontMetrics(boldBytes!) };
  const fingerprint = createHash('sha256').update(regularBytes!).update(boldBytes!).digest('hex').slice(0, 16);
  loaded = { files, metrics, card: { family: FONT_FAMILY, regular: metrics[400], bold: metrics[700] }, fingerprint };
  return loaded;
}

/** A glyph's coverage at one size and weight, in levels 0–15, placed relative to the pen on the baseline. */
interface Glyph {
  left: number;
  top: number;
  width: number;
  height: number;
  levels: Uint8Array;
}

/** Glyphs drawn so far, by size and weight (`glyphSet`), then by character; null for a blank. */
const glyphs = new Map<string, Map<string, Glyph | null>>();
const glyphSet = (weight: number, size: number): Map<string, Glyph | null> => {
  const key = `${weight}|${size}`;
  let set = glyphs.get(key);
  if (!set) glyphs.set(key, (set = new Map<string, Glyph | null>()));
  return set;
};

/** Draws every glyph of `texts` not drawn yet, one resvg image per size and weight. */
function ensureGlyphs(texts: readonly CardText[], fonts: LoadedFonts): void {
  const missing = new Map<string, { weight: 400 | 700; size: number; characters: Set<string> }>();
  for (const { weight, size, text } of texts) {
    const set = glyphSet(weight, size);
    for (const character of text) {
      if (set.has(character)) continue;
      if (/\s/.test(character)) {
        set.set(character, null);
        continue;
      }
      const group = `${weight}|${size}`;
      if (!missing.has(group)) missing.set(group, { weight, size, characters: new Set() });
      missing.get(group)!.characters.add(character);
    }
  }
  for (const { weight, size, characters } of missing.values()) {
    const set = glyphSet(weight, size);
    const pad = Math.ceil(size * 0.35);
    const height = Math.ceil(size * 1.7);
    const baseline = Math.ceil(size * 1.25);
    const cells: { character: string; x: number; width: number }[] = [];
    let x = 0;
    for (const character of characters) {
      const width = Math.ceil(fonts.metrics[weight].width(character, size)) + 2 * pad;
      cells.push({ character, x, width });
      x += width;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${x}" height="${height}">${cells
      .map(
        (cell) =>
          `<text x="${cell.x + pad}" y="${baseline}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}">${escapeXml(cell.character)}</text>`,
      )
      .join('')}</svg>`;
    let image: ReturnType<Resvg['render']>;
    try {
      image = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } }).render();
    } catch {
      // Characters the renderer refuses (content is data, whatever it holds) are left blank, one by
      // one, rather than failing the build over one card.
      if (cells.length > 1) {
        for (const cell of cells) ensureGlyphs([{ weight, size, text: cell.character, x: 0, y: 0, pair: 0 }], fonts);
      } else {
        for (const cell of cells) set.set(cell.character, null);
      }
      continue;
    }
    const rgba = image.pixels;
    const stride = image.width;
    for (const cell of cells) {
      // The glyph's own box inside its cell, so that placing it touches only covered pixels.
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -1;
      let maxY = -1;
      for (let y = 0; y < height; y += 1)
        for (let cx = 0; cx < cell.width; cx += 1)
          if (rgba[4 * (y * stride + cell.x + cx) + 3]! > 0) {
            minX = Math.min(minX, cx);
            maxX = Math.max(maxX, cx);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
      if (maxX < 0) {
        set.set(cell.character, null);
        continue;
      }
      const width = maxX - minX + 1;
      const glyphHeight = maxY - minY + 1;
      const levels = new Uint8Array(width * glyphHeight);
      for (let y = 0; y < glyphHeight; y += 1)
        for (let gx = 0; gx < width; gx += 1)
          levels[y * width + gx] = Math.round((rgba[4 * ((minY + y) * stride + cell.x + minX + gx) + 3]! * (LEVELS - 1)) / 255);
      set.set(cell.character, { left: minX - pad, top: minY - baseline, width, height: glyphHeight, levels });
    }
  }
}

/** Background-to-foreground blends of each pair, 16 levels each: the card's whole palette. */
const PALETTE = CARD_PAIRS.flatMap(([background, foreground]) =>
  Array.from({ length: LEVELS }, (_, level) =>
    CARD_COLOURS[background].map((channel, index) =>
      Math.round(channel + ((CARD_COLOURS[foreground][index]! - channel) * level) / (LEVELS - 1)),
    ),
  ),
);

/** The columns of a rectangle from `left` to `right` within `radius` of either side. */
function* cornerColumns(left: number, right: number, radius: number): Generator<number> {
  for (let x = left; x < Math.min(left + radius, right); x += 1) yield x;
  for (let x = Math.max(right - radius, left + radius); x < right; x += 1) yield x;
}

/**
 * The image a card is drawn into, kept from one card to the next: a new 756 KB buffer per card
 * cost as much in garbage collection as placing the glyphs. The PNG writer is done with it before
 * the next card starts (deflate runs synchronously).
 */
let canvas: Uint8Array | undefined;

/** Draws a card as PNG bytes; the same scene always gives the same bytes. */
export function drawShareCard(scene: CardScene): Buffer {
  const fonts = cardFonts();
  ensureGlyphs(scene.texts, fonts);
  const { width, height } = scene;
  // Index 0 is pair 0 at level 0: the brand colour the card is filled with. Each row starts with
  // its PNG filter byte (0, none), so the image is written as it is, without a copy.
  const stride = width + 1;
  if (canvas?.length !== stride * height) canvas = new Uint8Array(stride * height);
  const pixels = canvas.fill(0);
  for (const rect of scene.rects) {
    const base = rect.pair * LEVELS;
    const r = rect.radius;
    const right = rect.x + rect.width;
    for (let y = rect.y; y < rect.y + rect.height; y += 1) {
      const dy = Math.max(rect.y + r - (y + 0.5), y + 0.5 - (rect.y + rect.height - r), 0);
      // Between the corners a row is one run of the fill; only the corners are blended.
      pixels.fill(base + LEVELS - 1, y * stride + 1 + rect.x + r, y * stride + 1 + right - r);
      for (const x of cornerColumns(rect.x, right, r)) {
        // Distance into a rounded corner, sampled at the pixel's centre.
        const dx = Math.max(rect.x + r - (x + 0.5), x + 0.5 - (right - r), 0);
        const coverage = dx === 0 && dy === 0 ? 1 : Math.min(1, Math.max(0, r + 0.5 - Math.hypot(dx, dy)));
        pixels[y * stride + 1 + x] = base + Math.round(coverage * (LEVELS - 1));
      }
    }
  }
  for (const run of scene.texts) {
    const metrics = fonts.metrics[run.weight];
    const set = glyphSet(run.weight, run.size);
    let pen = run.anchor === 'end' ? run.x - metrics.width(run.text, run.size) : run.x;
    for (const character of run.text) {
      const glyph = set.get(character);
      if (glyph) placeGlyph(pixels, stride, height, glyph, Math.round(pen) + glyph.left, run.y + glyph.top, run.pair * LEVELS);
      pen += metrics.width(character, run.size);
    }
  }
  return encodeIndexedPngRows(width, height, PALETTE, pixels);
}

/**
 * Puts a glyph's coverage at (`left`, `top`) in the colour pair starting at index `base`, clipped
 * to the image once rather than tested pixel by pixel. Where glyphs of one pair overlap, the
 * stronger coverage wins; over another pair's pixels the glyph is drawn as it is.
 */
function placeGlyph(pixels: Uint8Array, stride: number, height: number, glyph: Glyph, left: number, top: number, base: number): void {
  const { levels, width } = glyph;
  const firstX = Math.max(0, -left);
  const endX = Math.min(width, stride - 1 - left);
  const firstY = Math.max(0, -top);
  const endY = Math.min(glyph.height, height - top);
  for (let y = firstY; y < endY; y += 1) {
    const from = y * width;
    const to = (top + y) * stride + 1 + left;
    for (let x = firstX; x < endX; x += 1) {
      const level = levels[from + x]!;
      if (level === 0) continue;
      const current = pixels[to + x]! - base;
      if (current < 0 || current >= LEVELS || level > current) pixels[to + x] = base + level;
    }
  }
}

/** Where cards are kept between builds: SHARE_CARD_CACHE, or node_modules/.cache/share-cards/. */
export const shareCardCacheDir = (): string =>
  process.env['SHARE_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'share-cards');

/** The cache key of a scene: its hash with the font's and the drawing's. */
export const shareCardKey = (scene: CardScene): string =>
  createHash('sha256').update(DRAWING_VERSION).update(cardFonts().fingerprint).update(JSON.stringify(scene)).digest('hex').slice(0, 32);

/** The cache file of a scene's card (it may not exist yet). */
export const shareCardFile = (scene: CardScene): string => join(shareCardCacheDir(), `${shareCardKey(scene)}.png`);

/** Draws a card into its cache file unless a card with the same content is there; true when it drew. */
export function ensureShareCardFile(scene: CardScene): boolean {
  const file = shareCardFile(scene);
  if (existsSync(file)) return false;
  const png = drawShareCard(scene);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so that a build stopped half-way never leaves half a card.
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return true;
}
