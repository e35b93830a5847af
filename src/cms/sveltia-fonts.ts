/**
 * The editor's fonts from our own origin. Sveltia CMS's single-file build names them on a CDN in
 * its style sheet; the same files ship in the package (npm/assets), and faces added with the
 * FontFace API win over those style-sheet faces, as in Sveltia's own npm build. The page's
 * Content-Security-Policy refuses the CDN, so the text and icons come from here.
 */

/** Characters the fonts cover (Fontsource's "latin" subset), as Sveltia declares them. */
const latinRange = (extra: string[] = []): string =>
  ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', ...extra, 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'].join(', ');

export interface EditorFont {
  family: string;
  /** File name under /admin/fonts/; the package's copy starts with this name before its hash. */
  file: string;
  format: string;
  /** `sizeAdjust` is a real descriptor that TypeScript's DOM types do not list yet. */
  descriptors: FontFaceDescriptors & { sizeAdjust?: string };
}

/** The three faces of Sveltia CMS 0.221.1, with the descriptors its style sheet gives them. */
export const EDITOR_FONTS: readonly EditorFont[] = [
  { family: 'Source Sans 3', file: 'source-sans-3-latin-wght-normal.woff2', format: 'woff2-variations', descriptors: { weight: '200 900', display: 'swap', unicodeRange: latinRange(), sizeAdjust: '110%' } },
  { family: 'Noto Mono', file: 'noto-mono-latin-400-normal.woff2', format: 'woff2', descriptors: { weight: '400', display: 'swap' } },
  { family: 'Material Symbols Outlined', file: 'material-symbols-outlined-latin-wght-normal.woff2', format: 'woff2-variations', descriptors: { weight: '400', display: 'block', unicodeRange: latinRange(['U+2074']) } },
];

/** URL of a font file on this site. @example fontUrl(EDITOR_FONTS[1]) // "/admin/fonts/noto-mono-latin-400-normal.woff2" */
export const fontUrl = (font: EditorFont): string => `/admin/fonts/${font.file}`;

/** Adds the faces to the document; the browser fetches each only when text needs it. */
export function registerEditorFonts(fonts: FontFaceSet): void {
  for (const font of EDITOR_FONTS) {
    fonts.add(new FontFace(font.family, `url("${fontUrl(font)}") format("${font.format}")`, { style: 'normal', ...font.descriptors }));
  }
}
