/** Where an event is, as people read it: the centre's name and town, or the address. */
import type { Event, SiteData } from './collections';
import { entryUrl } from '../lib/routes';
import type { Locale } from '../lib/locales';

export const eventPlace = (event: Event, data: Pick<SiteData, 'centres'>): string => {
  const { centre, address } = event.data;
  if (centre) {
    const found = data.centres.find((entry) => entry.slug === centre);
    return found ? `${found.data.name}, ${found.data.address.town}` : centre;
  }
  return address ? [address.name, address.street, address.town].filter(Boolean).join(', ') : '';
};

/** The town of an event, for the search filter. */
export const eventTown = (event: Event, data: Pick<SiteData, 'centres'>): string | undefined =>
  event.data.centre ? data.centres.find((entry) => entry.slug === event.data.centre)?.data.address.town : event.data.address?.town;

/**
 * Who organises an event, and its page: the partner or centre `organiser` names, or, left out at a
 * centre, the centre itself (a centre organises its own events without being a partner too).
 */
export function eventOrganiser(
  event: Event,
  data: Pick<SiteData, 'centres' | 'partnerNames'>,
  locale: Locale,
): { name: string; url: string } | undefined {
  const id = event.data.organiser ?? event.data.centre;
  if (!id) return undefined;
  const partner = data.partnerNames.get(id);
  if (partner) return { name: partner, url: entryUrl('partners', id, locale) };
  const centre = data.centres.find((entry) => entry.slug === id);
  if (centre) return { name: centre.data.name, url: entryUrl('centres', id, locale) };
  return undefined;
}
