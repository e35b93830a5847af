/**
 * Advance widths of a TrueType/OpenType font, read from its own tables (`cmap` format 4, `hmtx`),
 * so that text on a share card wraps where the renderer will really draw it, without a font
 * library: a card needs widths only, never outlines.
 */

export interface FontMetrics {
  /** The font's design units per em (`head`). */
  unitsPerEm: number;
  /** Width of `text` in pixels at `size`; a character the font lacks counts as the font's default glyph. */
  width(text: string, size: number): number;
  /** True when the font has a glyph for every character of `text` (spaces included). */
  covers(text: string): boolean;
}

/**
 * Reads the metrics of a font file.
 * @example fontMetrics(readFileSync("font.ttf")).width("Koper", 48) // 127.9
 */
export function fontMetrics(file: Uint8Array): FontMetrics {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = new Map<string, number>();
  const tableCount = view.getUint16(4);
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...file.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricsCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  const glyphOf = cmapFormat4(view, table('cmap'));
  const advances = new Map<number, number>();
  const advance = (codePoint: number): number => {
    let value = advances.get(codePoint);
    if (value === undefined) {
      value = advanceOf(glyphOf(codePoint));
      advances.set(codePoint, value);
    }
    return value;
  };
  return {
    unitsPerEm,
    width(text, size) {
      let units = 0;
      for (const character of text) units += advance(character.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
    covers(text) {
      for (const character of text) if (glyphOf(character.codePointAt(0)!) === 0) return false;
      return true;
    },
  };
}

/** The glyph of a character from the Unicode BMP subtable (format 4); 0 (the missing glyph) when absent. */
function cmapFormat4(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables = view.getUint16(cmap + 2);
  let subtable = -1;
  for (let index = 0; index < subtables; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('the font has no Unicode (format 4) cmap');
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segments; segment += 1) {
      if (view.getUint16(ends + segment * 2) < codePoint) continue;
      const start = view.getUint16(starts + segment * 2);
      if (start > codePoint) return 0;
      const delta = view.getInt16(deltas + segment * 2);
      const rangeOffsetAt = rangeOffsets + segment * 2;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
