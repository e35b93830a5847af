/**
 * The share card of a page (1200 × 630, what chat apps and social sites show for a link), laid out
 * by hand: a few lines of text and two rounded panels on the site's colours, wrapped with the
 * font's own widths (font-metrics.ts). A site of thousands of entries draws thousands of cards, so
 * the layout is plain arithmetic and the drawing (src/data/share-card-png.ts) reuses each glyph.
 */
import type { FontMetrics } from './font-metrics';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says: every string is content, drawn as text and never read as markup. */
export interface ShareCard {
  /** BCP 47 language of the words (the page's language). */
  lang: string;
  /** What kind of page this is ("Dogodek", "Youth centre"). */
  kind: string;
  title: string;
  /** The key facts, one row each ("Rok prijave" → "15. 1. 2027 ob 12:00"). */
  facts: readonly { label: string; value: string }[];
  siteName: string;
  /** The site's host name, printed in the corner ("prostovoljstvo.si"). */
  host: string;
}

/** The two weights of the card's font. */
export interface CardFonts {
  family: string;
  regular: FontMetrics;
  bold: FontMetrics;
}

/** Colours of src/styles/tokens.css (light scheme; a card is an image, it has one scheme), as RGB. */
export const CARD_COLOURS = {
  brand: [91, 33, 182],
  brandInk: [255, 255, 255],
  brandSoft: [237, 233, 254],
  accentSoft: [254, 243, 199],
  ink: [28, 25, 23],
} as const satisfies Record<string, readonly [number, number, number]>;

const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const FACT_SIZE = 32;
const FACT_LINE = 42;
const FACT_PADDING = 26;
const FACT_MAX_LINES = 2;
const ELLIPSIS = '…';

/**
 * Splits `text` into at most `maxLines` lines no wider than `width`; when it does not fit, the last
 * line ends in "…". A single word wider than a line is cut too, so nothing is drawn past the edge.
 * @example wrapText("Center mladih Koper", (s) => s.length, 13, 2) // ["Center mladih", "Koper"]
 * @example wrapText("Center mladih Koper", (s) => s.length, 13, 1) // ["Center…"]
 */
export function wrapText(text: string, measure: (text: string) => number, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let overflow = false;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      overflow = true;
      line = '';
      break;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((each) => (measure(each) <= width ? each : shorten(each, measure, width)));
  if (overflow) fitted[fitted.length - 1] = shorten(lines.at(-1)!, measure, width);
  return fitted;
}

/** `text` cut at the end, by whole words while it has more than one, until it and an ellipsis fit `width`. */
function shorten(text: string, measure: (text: string) => number, width: number): string {
  let base = text.trimEnd();
  while (base.length > 0 && measure(`${base}${ELLIPSIS}`) > width) {
    const space = base.lastIndexOf(' ');
    base = (space > 0 ? base.slice(0, space) : base.slice(0, -1)).trimEnd();
  }
  return `${base}${ELLIPSIS}`;
}

/** Text for an XML attribute or element: markup characters escaped, control characters dropped. */
export const escapeXml = (text: string): string =>
  text
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters, non-characters and lone surrogates are not XML 1.0
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Title sizes from largest to smallest, with how many lines each may take. */
const TITLE_STEPS = [
  { size: 72, lines: 2 },
  { size: 60, lines: 3 },
  { size: 50, lines: 3 },
] as const;

/**
 * Pairs of background and foreground colour: everything on a card is one colour over another, so
 * a card is an indexed image of a few pairs at 16 levels of coverage (share-card-png.ts).
 */
export const CARD_PAIRS = [
  ['brand', 'brandInk'], // the title
  ['brand', 'brandSoft'], // the footer, and the chip's shape
  ['brandSoft', 'brand'], // the chip's words
  ['accentSoft', 'ink'], // the facts' words
  ['brand', 'accentSoft'], // the facts' panel
] as const satisfies readonly (readonly [keyof typeof CARD_COLOURS, keyof typeof CARD_COLOURS])[];
export type CardPair = number;

/** A rounded rectangle in the foreground colour of `pair`. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  pair: CardPair;
}

/** One line of text: `x` is its left edge (right edge when `anchor` is "end"), `y` its baseline. */
export interface CardText {
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  pair: CardPair;
  text: string;
  anchor?: 'end';
}

/** Everything a card draws, in order; identical scenes give identical PNGs (the cache key). */
export interface CardScene {
  width: number;
  height: number;
  rects: CardRect[];
  texts: CardText[];
}

/** Lays out a card: the title at the largest size that fits between the chip and the facts. */
export function layoutShareCard(card: ShareCard, fonts: CardFonts): CardScene {
  const { regular, bold } = fonts;
  const rects: CardRect[] = [];
  const texts: CardText[] = [];
  // The kind of page, as a chip at the top.
  const kindSize = 28;
  rects.push({ x: MARGIN, y: 56, width: Math.round(bold.width(card.kind, kindSize) + 40), height: 48, radius: 24, pair: 1 });
  texts.push({ x: MARGIN + 20, y: 90, size: kindSize, weight: 700, pair: 2, text: card.kind });

  // The facts: a light panel above the footer, each row "Label: value", wrapped to two lines.
  const factLines = card.facts.flatMap(({ label, value }) => {
    const labelText = `${label}: `;
    const labelWidth = bold.width(labelText, FACT_SIZE);
    const lines = wrapText(value, (each) => regular.width(each, FACT_SIZE), TEXT_WIDTH - 2 * FACT_PADDING - labelWidth, FACT_MAX_LINES);
    return lines.map((line, index) => ({ label: index === 0 ? labelText.trimEnd() : '', indent: labelWidth, line }));
  });
  const footerY = CARD_HEIGHT - 48;
  const panelHeight = factLines.length === 0 ? 0 : 2 * FACT_PADDING + factLines.length * FACT_LINE - (FACT_LINE - FACT_SIZE);
  const panelTop = footerY - 44 - panelHeight;
  if (factLines.length > 0) {
    rects.push({ x: MARGIN, y: panelTop, width: TEXT_WIDTH, height: panelHeight, radius: 16, pair: 4 });
    factLines.forEach(({ label, indent, line }, index) => {
      const y = Math.round(panelTop + FACT_PADDING + FACT_SIZE * 0.8 + index * FACT_LINE);
      const x = MARGIN + FACT_PADDING;
      if (label) texts.push({ x, y, size: FACT_SIZE, weight: 700, pair: 3, text: label });
      texts.push({ x: Math.round(x + indent), y, size: FACT_SIZE, weight: 400, pair: 3, text: line });
    });
  }

  const titleTop = 130;
  const room = (factLines.length > 0 ? panelTop - 24 : footerY - 60) - titleTop;
  let chosen: { size: number; lines: string[] } = { size: TITLE_STEPS[0].size, lines: [] };
  for (const step of TITLE_STEPS) {
    const maxLines = Math.max(1, Math.min(step.lines, Math.floor(room / (step.size * 1.15))));
    const lines = wrapText(card.title, (each) => bold.width(each, step.size), TEXT_WIDTH, maxLines);
    chosen = { size: step.size, lines };
    if (!lines.at(-1)?.endsWith(ELLIPSIS)) break;
  }
  const titleLine = Math.round(chosen.size * 1.15);
  chosen.lines.forEach((line, index) => {
    texts.push({
      x: MARGIN,
      y: titleTop + Math.round(chosen.size * 0.9) + index * titleLine,
      size: chosen.size,
      weight: 700,
      pair: 0,
      text: line,
    });
  });

  // The footer: the site's name and address.
  texts.push({ x: MARGIN, y: footerY + 24, size: 26, weight: 700, pair: 1, text: card.siteName });
  texts.push({ x: CARD_WIDTH - MARGIN, y: footerY + 24, size: 26, weight: 400, pair: 1, text: card.host, anchor: 'end' });
  return { width: CARD_WIDTH, height: CARD_HEIGHT, rects, texts };
}

/** The card in words, for `og:image:alt`: what someone who cannot see the image should hear. */
export const shareCardAlt = (card: ShareCard): string =>
  [`${card.kind}: ${card.title}`, ...card.facts.map(({ label, value }) => `${label}: ${value}`)].join('. ') + '.';
