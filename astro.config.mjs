// @ts-check
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // Base styles come from src/styles/global.css, so the design tokens stay in one place.
    tailwind({ configFile: './src/styles/tailwind.config.mjs', applyBaseStyles: false }),
  ],
  // No telemetry, no prefetching of other hosts: the site makes no third-party requests.
  prefetch: false,
  devToolbar: { enabled: false },
});
