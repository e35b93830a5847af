// @ts-check
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Slovenian at /, English under /en/; URL segments are translated (see src/lib/routes.ts).
  i18n: { locales: ['sl', 'en'], defaultLocale: 'sl', routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    // Base styles come from src/styles/global.css, so the design tokens stay in one place.
    tailwind({ configFile: './src/styles/tailwind.config.mjs', applyBaseStyles: false }),
  ],
  // No telemetry, no prefetching of other hosts: the site makes no third-party requests.
  prefetch: false,
  // Scripts always ship as files, never inline, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Lets the Astro VS Code extension check frontmatter against the collection schemas as staff type.
  experimental: { contentIntellisense: true },
});
