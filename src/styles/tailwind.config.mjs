/** @type {import('tailwindcss').Config} */
const token = (name) => `rgb(var(--color-${name}) / <alpha-value>)`;

export default {
  content: ['./src/**/*.{astro,ts,md,mdx}'],
  theme: {
    extend: {
      colors: {
        page: token('page'),
        surface: token('surface'),
        sunken: token('sunken'),
        ink: token('ink'),
        muted: token('muted'),
        line: token('line'),
        brand: { DEFAULT: token('brand'), ink: token('brand-ink'), soft: token('brand-soft') },
        accent: { DEFAULT: token('accent'), soft: token('accent-soft') },
        ok: { DEFAULT: token('ok'), soft: token('ok-soft') },
        focus: token('focus'),
      },
      borderRadius: { card: 'var(--radius-card)' },
      fontFamily: {
        // System fonts only: nothing is downloaded from anywhere.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', 'Ubuntu', 'Cantarell', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      },
      maxWidth: { prose: '68ch' },
    },
  },
  plugins: [],
};
