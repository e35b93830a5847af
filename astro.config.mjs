// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { rehypeExternalLinks } from './src/lib/external-links.ts';
import { rehypeSafeHtml } from './src/lib/rehype-safe-html.ts';
import { shareCards } from './src/cli/share-cards-integration.ts';

/**
 * The public address of the site, for canonical URLs, the sitemap, feeds and share previews.
 * Set SITE_URL when building for production (see README, "Deploy"); the default is a reserved
 * example domain so that a forgotten setting is obvious rather than pointing at someone else's site.
 */
const site = process.env.SITE_URL ?? 'https://prostovoljstvo.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // HTML-aware compression, as before Astro 7: its new default ('jsx') drops the line break between
  // two inline elements, which glued our text together (the home page's "Vsi programiVsi mladinski
  // centri", topics indexed as "prostovoljstvomladisolidarnost").
  compressHTML: true,
  // CSS always ships as files too, so the Content-Security-Policy needs no 'unsafe-inline' for styles.
  // Pages render a few at a time: one page's file is written while the next renders, instead of the
  // build waiting on each write (measured with `npm run bench`, README "Performance").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Slovenian at /, English under /en/; URL segments are translated (see src/lib/routes.ts).
  i18n: { locales: ['sl', 'en'], defaultLocale: 'sl', routing: { prefixDefaultLocale: false } },
  // Quotes stay as staff type them: SmartyPants would turn "…" into English “…” on Slovenian pages
  // (Slovenian writes »…« or „…“), and it is the slowest step of reading the content. There is no
  // code in the content, so no syntax highlighter is loaded either.
  // rehypeSafeHtml comes first: whatever a body holds, only what src/lib/safe-html.ts allows reaches a
  // page (no script, event handler, frame, form, meta refresh, javascript: or data: URL, image from
  // another host). Astro adds local images and heading ids after it, so they are untouched.
  markdown: { processor: unified({ rehypePlugins: [rehypeSafeHtml, rehypeExternalLinks], smartypants: false }), syntaxHighlight: false },
  integrations: [
    // MDX inherits markdown.processor and its rehype plugins (extendMarkdownConfig), so .mdx bodies are sanitised too.
    mdx(),
    // The staff editor and the search results are not pages to be found through search engines.
    sitemap({ filter: (page) => !/\/(admin|iskanje|search)\//.test(new URL(page).pathname) }),
    // Each entry page's share card, drawn beside the rendering and put next to the page at the end.
    shareCards(),
  ],
  // No telemetry, no prefetching of other hosts: the site makes no third-party requests.
  prefetch: false,
  // Scripts always ship as files, never inline, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  // Tailwind 4 is a Vite plugin; its design tokens are CSS (`@theme` in src/styles/tokens.css).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Lets the Astro VS Code extension check frontmatter against the collection schemas as staff type.
  experimental: { contentIntellisense: true },
});
