/** QR codes as inline SVG, drawn at build: a poster's way from paper to its page. */
import QRCode from 'qrcode';

/** A QR code: its side in modules (quiet zone included) and one SVG path of its dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** The quiet zone the standard asks for around a code, in modules. */
const QUIET_ZONE = 4;

/**
 * The QR code of `text` (error correction M), each row's dark runs as one rectangle each.
 * @example qrDrawing("https://prostovoljstvo.example/centri/koper/").size // 37 (29 modules + 2 × 4)
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < side; row += 1) {
    let column = 0;
    while (column < side) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < side && modules.get(row, column)) column += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return { size: side + 2 * QUIET_ZONE, path: parts.join('') };
}
