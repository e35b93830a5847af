/**
 * The `components` project: Astro components rendered on their own with Astro's Container API
 * (`astro/container`), for what a component decides in its markup. Astro's Vite configuration
 * (getViteConfig) compiles the `.astro` files; the browser is kept for what only a browser shows.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/components/**/*.test.ts'],
    sequence: { groupOrder: 0 },
  },
});
