/**
 * The editor's fonts from our own origin. Sveltia CMS's single-file build names them on a CDN in
 * its style sheet; the same files ship in the package (npm/assets), and the served build names
 * ours instead (src/cms/sveltia-patches.ts), so no font request leaves the site.
 */

export interface EditorFont {
  family: string;
  /** File name under /admin/fonts/; the package's copy starts with this name before its hash. */
  file: string;
  /** Where the single-file build's style sheet names it. */
  cdnUrl: string;
}

const CDN = 'https://cdn.jsdelivr.net/fontsource/fonts';

/** The three faces of Sveltia CMS 0.221.1. */
export const EDITOR_FONTS: readonly EditorFont[] = [
  {
    family: 'Source Sans 3',
    file: 'source-sans-3-latin-wght-normal.woff2',
    cdnUrl: `${CDN}/source-sans-3:vf@5.3.0/latin-wght-normal.woff2`,
  },
  { family: 'Noto Mono', file: 'noto-mono-latin-400-normal.woff2', cdnUrl: `${CDN}/noto-mono@5.3.0/latin-400-normal.woff2` },
  {
    family: 'Material Symbols Outlined',
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
    cdnUrl: `${CDN}/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2`,
  },
];

/** URL of a font file on this site. @example fontUrl(EDITOR_FONTS[1]) // "/admin/fonts/noto-mono-latin-400-normal.woff2" */
export const fontUrl = (font: EditorFont): string => `/admin/fonts/${font.file}`;
