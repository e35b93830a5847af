/** The smallest PNG writer a share card needs: one indexed-colour image, no library. */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * An 8-bit indexed PNG from palette indices, row by row (`pixels.length` = width × height).
 * Deflate level 1 with zlib's run-length strategy: a card is long runs of one index, which that
 * packs as well as the default level in a third of the time (and 2 % smaller and 5–10 % faster
 * than level 1's usual string matching, measured on 100 cards).
 * @example encodeIndexedPng(2, 1, [[0, 0, 0], [255, 255, 255]], Uint8Array.of(0, 1)) // a 2 × 1 PNG, black and white
 */
export function encodeIndexedPng(width: number, height: number, palette: readonly (readonly number[])[], pixels: Uint8Array): Buffer {
  if (pixels.length !== width * height) throw new Error(`expected ${width * height} pixels, got ${pixels.length}`);
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y += 1) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1); // filter 0
  return encodeIndexedPngRows(width, height, palette, rows);
}

/**
 * The same from rows as PNG stores them: each row a filter byte (0, none) and `width` indices, so
 * that a caller drawing into that layout spares the copy.
 */
export function encodeIndexedPngRows(width: number, height: number, palette: readonly (readonly number[])[], rows: Uint8Array): Buffer {
  if (rows.length !== height * (width + 1)) throw new Error(`expected ${height} rows of ${width + 1} bytes, got ${rows.length} bytes`);
  if (palette.length === 0 || palette.length > 256) throw new Error(`a palette holds 1 to 256 colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flatMap((colour) => [colour[0]!, colour[1]!, colour[2]!]))),
    chunk('IDAT', deflateSync(rows, { level: 1, strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
