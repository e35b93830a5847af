// html-validate rules for every HTML page in dist/ (tests/e2e/html.test.ts). A JavaScript
// module rather than JSON so each exception can say why it is there. The same file works on the
// command line: npx html-validate --config tools/harness/html-validate.config.mjs "dist/**/*.html"

/** @type {import('html-validate').ConfigData} */
const config = {
  // Everything the validator knows: the HTML standard (`:standard`) plus its accessibility and
  // best-practice rules. Only the two options below differ from the preset.
  extends: ['html-validate:recommended'],
  rules: {
    // `<ul role="list">` is deliberate, and the only redundant role we allow: Safari/VoiceOver drop
    // the list semantics of a list styled with `list-style: none` (Tailwind `list-none`), and the
    // explicit role is the known way to keep "list, 4 items" for screen-reader users. Every other
    // redundant role is still an error.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // A telephone number must not break across lines. `&nbsp;` between its groups does that, and so
    // does Tailwind's `whitespace-nowrap` on the link (white-space: nowrap), which the rule only
    // recognises when told the class name. This accepts one more correct fix; it forgives nothing.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
  },
};

export default config;
