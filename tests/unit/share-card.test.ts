/**
 * Share cards and the poster's QR code, without a build: the card's words per page type, its
 * layout within the card, the PNG it draws, the cache that spares a warm build the drawing, and a
 * QR code that a reader decodes back to the address it was drawn from.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFonts, drawShareCard, ensureShareCardFile, shareCardKey } from '../../src/data/share-card-png';
import type { SiteData } from '../../src/data/collections';
import { shareCardOf, weeklyHours, type CardEntry } from '../../src/data/share-cards';
import { encodeIndexedPng } from '../../src/lib/png';
import { qrDrawing } from '../../src/lib/qr';
import { posterUrl, shareCardUrl } from '../../src/lib/routes';
import { CARD_HEIGHT, CARD_WIDTH, layoutShareCard, shareCardAlt, wrapText, type ShareCard } from '../../src/lib/share-card';

const fonts = cardFonts().card;
const site: Pick<SiteData, 'centres' | 'partnerNames'> = { centres: [], partnerNames: new Map([['sent', 'Šent']]) };
const entry = (collection: CardEntry['collection'], data: Record<string, unknown>, locale: 'sl' | 'en' = 'sl') =>
  ({
    locale,
    collection,
    entry: { slug: 'x', data, textLocale: locale, bodyLocale: locale, updated: '2026-01-01' },
  }) as unknown as CardEntry;

const card: ShareCard = {
  lang: 'sl',
  kind: 'Dogodek',
  title: 'Koncert v mladinskem centru',
  facts: [{ label: 'Kdaj', value: '12. 2. 2027, 19:00–22:00 (slovenski čas)' }],
  siteName: 'Prostovoljstvo za mlade',
  host: 'prostovoljstvo.example',
};
const decode = (png: Buffer) => PNG.sync.read(png);

describe('the card font', () => {
  it('has every Slovenian and Italian letter in both weights', () => {
    for (const metrics of [fonts.regular, fonts.bold]) expect(metrics.covers('čšžČŠŽćđàèéìíòóùúÀÈÌÒÙ')).toBe(true);
    expect(fonts.regular.covers('中')).toBe(false);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length;
  it('breaks between words and keeps every line within the width', () => {
    expect(wrapText('Center mladih Koper', measure, 13, 2)).toEqual(['Center mladih', 'Koper']);
  });
  it('ends the last line in an ellipsis when the text does not fit', () => {
    expect(wrapText('Center mladih Koper', measure, 13, 1)).toEqual(['Center…']);
    expect(wrapText('Center mladih Koper', measure, 15, 1)).toEqual(['Center mladih…']);
  });
  it('cuts a single word longer than a line', () => {
    const [line] = wrapText('https://prostovoljstvo.example/zelo-dolg-naslov', measure, 12, 1);
    expect(line).toHaveLength(12);
    expect(line!.endsWith('…')).toBe(true);
  });
});

describe('the card of each page type', () => {
  it('gives a programme its age range', () => {
    const made = shareCardOf(entry('programmes', { title: 'Prostovoljstvo', ageRange: { min: 18, max: 30 } }), site, 'h');
    expect(made.facts).toEqual([{ label: 'Starost', value: 'od 18 do 30 let' }]);
    expect(made.kind).toBe('Program');
  });
  it('gives a project its period and lead, by name', () => {
    const made = shareCardOf(
      entry('projects', { title: 'KO-PROSTO', period: { start: '2019-11', end: '2022-01' }, lead: 'sent' }, 'en'),
      site,
      'h',
    );
    expect(made.facts).toEqual([
      { label: 'Period', value: 'November 2019 – January 2022' },
      { label: 'Lead organisation', value: 'Šent' },
    ]);
  });
  it('gives a centre its weekly hours, grouped', () => {
    const range = [{ opens: '09:00', closes: '20:00' }];
    const weeklyHoursOf = {
      monday: range,
      tuesday: range,
      wednesday: range,
      thursday: range,
      friday: range,
      saturday: [{ opens: '10:00', closes: '14:00' }],
    };
    expect(weeklyHours({ weeklyHours: weeklyHoursOf }, 'sl')).toBe('ponedeljek–petek 9:00–20:00; sobota 10:00–14:00');
    const made = shareCardOf(entry('centres', { name: 'Center mladih Koper', weeklyHours: weeklyHoursOf }), site, 'h');
    expect(made.facts[0]!.value).toBe('ponedeljek–petek 9:00–20:00; sobota 10:00–14:00');
  });
  it('gives a call its deadline and an event its time and place', () => {
    const call = shareCardOf(entry('opportunities', { title: 'Gradec', deadline: { date: '2027-01-15', time: '12:00' } }), site, 'h');
    expect(call.facts).toEqual([{ label: 'Rok prijave', value: '15. 1. 2027 ob 12:00 (slovenski čas)' }]);
    const event = shareCardOf(
      entry('events', {
        title: 'Koncert',
        start: { date: '2027-02-12', time: '19:00' },
        end: { date: '2027-02-12', time: '22:00' },
        address: { name: 'Dvorana', street: 'Ulica 1', town: 'Koper' },
      }),
      site,
      'h',
    );
    expect(event.facts.map((fact) => fact.value)).toEqual(['12. 2. 2027, 19:00–22:00 (slovenski čas)', 'Dvorana, Ulica 1, Koper']);
    expect(shareCardAlt(event)).toBe('Dogodek: Koncert. Kdaj: 12. 2. 2027, 19:00–22:00 (slovenski čas). Kje: Dvorana, Ulica 1, Koper.');
  });
});

describe('the layout', () => {
  it('keeps every line inside the card, however long the title', () => {
    const long = { ...card, title: 'Zelo dolg naslov dogodka, ki se nikakor ne konča, '.repeat(6) };
    const scene = layoutShareCard(long, fonts);
    for (const text of scene.texts) {
      const metrics = text.weight === 700 ? fonts.bold : fonts.regular;
      const left = text.anchor === 'end' ? text.x - metrics.width(text.text, text.size) : text.x;
      expect(left, text.text).toBeGreaterThanOrEqual(0);
      expect(left + metrics.width(text.text, text.size), text.text).toBeLessThanOrEqual(CARD_WIDTH - 72 + 0.5);
      expect(text.y, text.text).toBeLessThan(CARD_HEIGHT);
    }
    const title = scene.texts.filter((text) => text.pair === 0);
    expect(title.at(-1)!.text.endsWith('…')).toBe(true);
    // The title stops above the facts' panel.
    const panel = scene.rects.find((rect) => rect.pair === 4)!;
    expect(title.at(-1)!.y).toBeLessThan(panel.y);
  });
});

describe('drawing a card', () => {
  it('is a 1200 × 630 PNG with the title in white on the brand colour', () => {
    const png = drawShareCard(layoutShareCard(card, fonts));
    const image = decode(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const at = (x: number, y: number) => [...image.data.subarray(4 * (y * image.width + x), 4 * (y * image.width + x) + 3)];
    expect(at(5, 5)).toEqual([91, 33, 182]);
    // Some pixel of the title's first line is white.
    const row = 130 + Math.round(72 * 0.6);
    expect(Array.from({ length: 600 }, (_, x) => at(72 + x, row)).some((pixel) => pixel.join() === '255,255,255')).toBe(true);
  });
  it('gives the same bytes for the same card, and other bytes for another', () => {
    const scene = layoutShareCard(card, fonts);
    expect(drawShareCard(scene).equals(drawShareCard(scene))).toBe(true);
    expect(drawShareCard(layoutShareCard({ ...card, title: 'Drug naslov' }, fonts)).equals(drawShareCard(scene))).toBe(false);
  });
  it('draws markup in a title as text', () => {
    expect(() => drawShareCard(layoutShareCard({ ...card, title: '<script>"&\'</script> ]]>' }, fonts))).not.toThrow();
    // Characters XML cannot hold, a lone surrogate, text the font lacks: drawn as blanks, never a failed build.
    expect(() => drawShareCard(layoutShareCard({ ...card, title: 'a\u0001b\ufffe\ud800c 中文 🎉 \u202eevil' }, fonts))).not.toThrow();
  });
});

describe('the card cache', () => {
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'share-cards-'));
    process.env['SHARE_CARD_CACHE'] = cache;
  });
  afterAll(() => {
    delete process.env['SHARE_CARD_CACHE'];
    rmSync(cache, { recursive: true, force: true });
  });

  it('draws a card once, and again only when what it shows changes', () => {
    const scene = layoutShareCard(card, fonts);
    expect(ensureShareCardFile(scene)).toBe(true);
    expect(ensureShareCardFile(layoutShareCard({ ...card }, fonts))).toBe(false);
    expect(ensureShareCardFile(layoutShareCard({ ...card, facts: [{ label: 'Kdaj', value: '13. 2. 2027' }] }, fonts))).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(
      [shareCardKey(scene), shareCardKey(layoutShareCard({ ...card, facts: [{ label: 'Kdaj', value: '13. 2. 2027' }] }, fonts))]
        .map((key) => `${key}.png`)
        .sort(),
    );
  });
});

describe('encodeIndexedPng', () => {
  it('writes a PNG that a decoder reads back pixel for pixel', () => {
    const image = decode(
      encodeIndexedPng(
        3,
        2,
        [
          [0, 0, 0],
          [255, 0, 0],
          [0, 0, 255],
        ],
        Uint8Array.of(0, 1, 2, 2, 1, 0),
      ),
    );
    expect([...image.data]).toEqual([0, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 255, 255, 0, 0, 255, 0, 0, 0, 255]);
  });
});

describe('the poster’s QR code', () => {
  it('reads back as the address it was drawn from', () => {
    const url = 'https://prostovoljstvo.example/centri/mladinski-center-markovec-city/';
    const { size, path } = qrDrawing(url);
    const scale = 8;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size * scale}" height="${size * scale}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
    const image = new Resvg(svg).render();
    const read = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
    expect(read?.data).toBe(url);
  });
});

describe('poster and card addresses', () => {
  it('sit beside the page, in its language', () => {
    expect(posterUrl('/centri/center-mladih-koper/', 'sl')).toBe('/centri/center-mladih-koper/plakat/');
    expect(posterUrl('/en/events/koncert/', 'en')).toBe('/en/events/koncert/poster/');
    expect(shareCardUrl('/dogodki/koncert/', 'sl')).toBe('/dogodki/koncert/kartica.png');
    expect(shareCardUrl('/en/projects/ko-prosto/', 'en')).toBe('/en/projects/ko-prosto/card.png');
  });
});
