/**
 * What each page's share card says (src/lib/share-card.ts draws it): the title and the one fact a
 * reader of a chat needs, in the page's language. Programmes: the age range; projects: period and
 * lead; centres: the weekly hours; calls: the deadline; events: when and where.
 */
import { dictionary } from '../i18n';
import type { Locale } from '../lib/locales';
import { formatEventTime } from '../lib/event-format';
import { formatPeriod, formatTimeRange } from '../lib/format';
import { formatDeadline } from '../lib/opportunity-format';
import { groupWeek } from '../lib/hours/schedule';
import { entryUrl, shareCardUrl } from '../lib/routes';
import { layoutShareCard, shareCardAlt, type CardScene, type ShareCard } from '../lib/share-card';
import { cardFonts } from './share-card-png';
import { requestShareCard } from './share-card-pool';
import { eventPlace } from './places';
import type { Centre, Event, Opportunity, Programme, Project, SiteData } from './collections';

/**
 * An entry page that has a card of its own (the props of its page, src/data/paths.ts): every entry
 * page but a partner's, which shares the site's card.
 */
export type CardEntry = { locale: Locale } & (
  | { collection: 'programmes'; entry: Programme }
  | { collection: 'projects'; entry: Project }
  | { collection: 'centres'; entry: Centre }
  | { collection: 'opportunities'; entry: Opportunity }
  | { collection: 'events'; entry: Event }
);

/** A page's card: where it is, what it says in words, and what it draws. */
export interface PageShareCard {
  url: string;
  alt: string;
  scene: CardScene;
}

/** The card of an entry page; `site` is the site's public address (Astro.site, from SITE_URL). */
export function pageShareCard(props: CardEntry, data: Pick<SiteData, 'centres' | 'partnerNames'>, site: URL | undefined): PageShareCard {
  const card = shareCardOf(props, data, site?.host ?? '');
  return {
    url: shareCardUrl(entryUrl(props.collection, props.entry.slug, props.locale), props.locale),
    alt: shareCardAlt(card),
    scene: layoutShareCard(card, cardFonts().card),
  };
}

/**
 * False when a build is asked for no cards of their own (SHARE_CARDS=off): every page then shares
 * the site's card, as before cards existed. `npm run bench -- --without-cards` measures with it.
 */
export const shareCardsOn = (): boolean => process.env['SHARE_CARDS'] !== 'off';

/**
 * The card of the page being rendered, whose drawing starts now on the other core; the build puts
 * it beside the page when it is done (share-card-pool.ts). Undefined when cards are off.
 */
export function startShareCard(
  props: CardEntry,
  data: Pick<SiteData, 'centres' | 'partnerNames'>,
  site: URL | undefined,
): PageShareCard | undefined {
  if (!shareCardsOn()) return undefined;
  const card = pageShareCard(props, data, site);
  requestShareCard(card.url, card.scene);
  return card;
}

/** The card of one entry page. */
export function shareCardOf(props: CardEntry, site: Pick<SiteData, 'centres' | 'partnerNames'>, host: string): ShareCard {
  const { locale } = props;
  const t = dictionary(locale);
  const base = { lang: locale, siteName: t.siteName, host };
  switch (props.collection) {
    case 'programmes': {
      const { data } = props.entry;
      const facts = data.ageRange ? [{ label: t.programmes.age, value: t.programmes.ageValue(data.ageRange.min, data.ageRange.max) }] : [];
      return { ...base, kind: t.search.types.programme, title: data.title, facts };
    }
    case 'projects': {
      const { data } = props.entry;
      return {
        ...base,
        kind: t.search.types.project,
        title: data.title,
        facts: [
          { label: t.projects.period, value: formatPeriod(data.period, locale) },
          { label: t.projects.lead, value: site.partnerNames.get(data.lead) ?? data.lead },
        ],
      };
    }
    case 'centres': {
      const { data } = props.entry;
      return {
        ...base,
        kind: t.search.types.centre,
        title: data.name,
        facts: [{ label: t.centres.openingHours, value: weeklyHours(data, locale) }],
      };
    }
    case 'opportunities': {
      const { data } = props.entry;
      return {
        ...base,
        kind: t.search.types.opportunity,
        title: data.title,
        facts: [{ label: t.opportunities.deadline, value: formatDeadline(data.deadline, locale, t.opportunities) }],
      };
    }
    case 'events': {
      const { data } = props.entry;
      return {
        ...base,
        kind: data.cancelled ? `${t.search.types.event} · ${t.events.cancelled}` : t.search.types.event,
        title: data.title,
        facts: [
          { label: t.events.when, value: formatEventTime(data.start, data.end, locale, t.events.localTime) },
          { label: t.events.where, value: eventPlace(props.entry, site) },
        ].filter((fact) => fact.value),
      };
    }
  }
}

/**
 * A centre's week in one line: "ponedeljek–petek 9:00–20:00; sobota 10:00–14:00".
 * @example weeklyHours(koper, "en") // "Monday–Friday 9:00–20:00; Saturday 10:00–14:00"
 */
export function weeklyHours(centre: { weeklyHours: Parameters<typeof groupWeek>[0] }, locale: Locale): string {
  const t = dictionary(locale);
  const groups = groupWeek(centre.weeklyHours);
  if (groups.length === 0) return t.centres.closed;
  return groups
    .map(({ first, last, ranges }) => {
      const days = first === last ? t.weekdays[first] : `${t.weekdays[first]}–${t.weekdays[last]}`;
      return `${days} ${ranges.map(formatTimeRange).join(', ')}`;
    })
    .join('; ');
}
