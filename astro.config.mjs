// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { rehypeExternalLinks } from './src/lib/external-links.ts';
import { rehypeSafeHtml } from './src/lib/rehype-safe-html.ts';
import { remarkSafeImages } from './src/lib/remark-safe-images.ts';
import { remarkOperatorName } from './src/lib/remark-operator-name.ts';
import { operatorNameOf } from './src/cli/site-settings.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { searchUrl } from './src/lib/routes.ts';
import { sitemapLinks } from './src/data/page-alternates.ts';

/** The search pages of every language: results, not pages to be found through search engines. */
const searchPages = new Set(LOCALES.map((locale) => searchUrl(locale)));
import { shareCards } from './src/cli/share-cards-integration.ts';

/**
 * The public address of the site, for canonical URLs, the sitemap, feeds and share previews.
 * Set SITE_URL when building for production (see README, "Deploy"); the default is a reserved
 * example domain so that a forgotten setting is obvious rather than pointing at someone else's site.
 */
const site = process.env.SITE_URL ?? 'https://prostovoljstvo.example';

/**
 * No telemetry: Astro sends anonymous usage data unless ASTRO_TELEMETRY_DISABLED is set. The build
 * (src/cli/build.ts) and the npm scripts that run Astro set it before Astro starts (an error before
 * this file is read is reported too); setting it here as well covers `npx astro …` run by hand,
 * because Astro reads it only when it records a session, after loading this file.
 */
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // HTML-aware compression, as before Astro 7: its new default ('jsx') drops the line break between
  // two inline elements, which glued our text together (the home page's "Vsi programiVsi mladinski
  // centri", topics indexed as "prostovoljstvomladisolidarnost").
  compressHTML: true,
  // CSS always ships as files too, so the Content-Security-Policy needs no 'unsafe-inline' for styles.
  // Pages render a few at a time: one page's file is written while the next renders, instead of the
  // build waiting on each write (measured with `npm run bench`: docs/performance.md, "The first scaling pass").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Slovenian at /, every other language of src/lib/locales.ts under its prefix (/en/, /it/); URL
  // segments are translated (see src/lib/routes.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Quotes stay as staff type them: SmartyPants would turn "…" into English “…” on Slovenian pages
  // (Slovenian writes »…« or „…“), and it is the slowest step of reading the content. There is no
  // code in the content, so no syntax highlighter is loaded either.
  // rehypeSafeHtml comes first: whatever a body holds, only what src/lib/safe-html.ts allows reaches a
  // page (no script, event handler, frame, form, meta refresh, javascript: or data: URL, image from
  // another host). Astro adds local images and heading ids after it, so they are untouched.
  // remarkSafeImages runs before Astro lists a body's images (which the build then copies to /_astro/),
  // so an image the sanitiser would drop (an SVG above all) is never copied either.
  // remarkOperatorName adds the operator's name from the site settings to a body's links to the
  // footer's operator section ("[Naš zavod](#upravljavec)"), when the settings give one (read from the
  // project folder, as the content loader reads content/).
  markdown: {
    processor: unified({
      remarkPlugins: [remarkSafeImages, [remarkOperatorName, { name: operatorNameOf(process.cwd()) }]],
      rehypePlugins: [rehypeSafeHtml, rehypeExternalLinks],
      smartypants: false,
    }),
    syntaxHighlight: false,
  },
  integrations: [
    // MDX inherits markdown.processor and its rehype plugins (extendMarkdownConfig), so .mdx bodies are sanitised too.
    mdx(),
    // The staff editor and the search results are not pages to be found through search engines.
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return !pathname.startsWith('/admin/') && !searchPages.has(pathname);
      },
      // Each page's language versions, exactly as its head's hreflang links list them (recorded as
      // the page rendered: src/data/page-alternates.ts says why not the `i18n` option).
      serialize: (item) => ({ ...item, links: sitemapLinks(new URL(item.url).pathname) }),
    }),
    // Each entry page's share card, drawn beside the rendering and put next to the page at the end.
    shareCards(),
  ],
  // No prefetching of other hosts: the site makes no third-party requests (telemetry: see above).
  prefetch: false,
  // Scripts always ship as files, never inline, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  // Tailwind 4 is a Vite plugin; its design tokens are CSS (`@theme` in src/styles/tokens.css).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Lets the Astro VS Code extension check frontmatter against the collection schemas as staff type.
  experimental: { contentIntellisense: true },
});
