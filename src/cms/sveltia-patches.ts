/**
 * What /admin/sveltia-cms.js changes in the pinned Sveltia CMS 0.221.1 build before serving it.
 * Sveltia has no API to add a locale (it lists `registerLocale` among the Decap features it will
 * not implement), fetches its 28 non-English locales from unpkg.com, its fonts from jsDelivr, a
 * newer version number from unpkg.com and the Git host's status page; no option turns any of
 * this off. Each patch replaces one exact string of the minified build, which must occur exactly
 * once: after an update that moved it, the build stops with the patch's name instead of serving
 * an editor that quietly talks to other hosts or falls back to English.
 */
import { EDITOR_FONTS, fontUrl } from './sveltia-fonts';

export interface BundlePatch {
  /** Why the patch exists, shown when it no longer applies. */
  why: string;
  find: string;
  replace: string;
}

/** The repository name of a build made without CMS_REPO (src/cms/cms-backend.ts, UNSET.repo ends with it). */
export const UNSET_REPO_NAME = 'ni-nastavljen';

/** Locales the editor offers: Slovenian for staff, the built-in English for developers. */
export const EDITOR_LOCALES = ['sl', 'en-US'] as const;

/** Where the editor fetches a locale other than its built-in English: `/admin/locales/sl.json`. */
export const LOCALE_BASE = '/admin/locales';

export const SVELTIA_PATCHES: readonly BundlePatch[] = [
  {
    why: 'offer Slovenian (and English) instead of the 29 locales built in',
    find: 'jQ=`ar,bg,ca,cs,da,de,el,en-CA,en-GB,en-US,es-CO,fa,fi,fr,hr,it,ja,ko,nl,pl,pt-BR,pt-PT,ru,sv,tr,uk,vi,zh-CN,zh-TW`',
    replace: `jQ=\`${EDITOR_LOCALES.join(',')}\``,
  },
  {
    why: 'load locales from this site, not from unpkg.com',
    find: 'USe=`${iP}@${rP}/locales`',
    replace: `USe=\`${LOCALE_BASE}\``,
  },
  {
    why: 'start in Slovenian whatever the browser’s language (English stays a choice in Settings, which wins)',
    find: 'MQ=()=>{let e=pne();return e&&jQ.includes(e)?e:AQ}',
    replace: 'MQ=()=>`sl`',
  },
  {
    why: 'no update check against unpkg.com: the version is pinned in package.json',
    find: 'LSe=async()=>{try{let e=await fetch(NSe);',
    replace: 'LSe=async()=>{try{let e={ok:!1};',
  },
  {
    why: 'no polling of githubstatus.com',
    find: 'statusDashboardURL:Dye,checkStatus:kye,',
    replace: 'statusDashboardURL:Dye,checkStatus:void 0,',
  },
  {
    why: 'no polling of the GitLab status API',
    find: 'statusDashboardURL:Abe,checkStatus:Mbe,',
    replace: 'statusDashboardURL:Abe,checkStatus:void 0,',
  },
  {
    why: 'no placeholder repository name (»ni-nastavljen«) in the help for working from a local folder',
    // An unconfigured build names the repository CMS_REPO/ni-nastavljen (src/cms/cms-backend.ts,
    // UNSET.repo), so that the sign-in page shows it is unset; the local folder needs no repository
    // name, so its help then reads "select the root folder of your Git repository" instead.
    find: 'W(n,e=>{R(c)?e(r):e(i,-1)})',
    replace: `W(n,e=>{R(c)&&!String(R(c)).endsWith(${JSON.stringify(UNSET_REPO_NAME)})?e(r):e(i,-1)})`,
  },
  ...EDITOR_FONTS.map((font) => ({
    why: `the font ${font.family} from this site, not from jsDelivr`,
    find: `url(${font.cdnUrl})`,
    replace: `url(${fontUrl(font)})`,
  })),
];

/** Occurrences of `find` in `text`. */
const count = (text: string, find: string): number => text.split(find).length - 1;

/**
 * The build with every patch applied; throws, naming each patch that does not match exactly once.
 * @example patchBundle('a=1', [{ why: 'two', find: 'a=1', replace: 'a=2' }]) // "a=2"
 */
export function patchBundle(source: string, patches: readonly BundlePatch[] = SVELTIA_PATCHES): string {
  const broken = patches.filter((patch) => count(source, patch.find) !== 1);
  if (broken.length > 0) {
    const list = broken.map((patch) => `- ${patch.why}: ${JSON.stringify(patch.find)} found ${count(source, patch.find)} times`).join('\n');
    throw new Error(`Sveltia CMS build does not match src/cms/sveltia-patches.ts (after an update?):\n${list}`);
  }
  return patches.reduce((text, patch) => text.replace(patch.find, () => patch.replace), source);
}
