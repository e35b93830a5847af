import type { APIRoute, GetStaticPaths } from 'astro';
import { opportunitiesFeed, projectsFeed } from '@/data/feeds';
import { feedPaths } from '@/data/paths';
import type { Locale } from '@/lib/locales';

export const getStaticPaths = (() => feedPaths()) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  feed: 'projects' | 'opportunities';
}

export const GET: APIRoute<Props> = ({ props, site }) => (props.feed === 'projects' ? projectsFeed : opportunitiesFeed)(props.locale, site);
