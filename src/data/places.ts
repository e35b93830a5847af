/** Where an event is, as people read it: the centre's name and town, or the address. */
import type { Event, SiteData } from './collections';

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
