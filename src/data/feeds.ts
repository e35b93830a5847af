/** The RSS feed of projects, one per language, newest change first. */
import rss from '@astrojs/rss';
import { dictionary } from '../i18n';
import { formatPeriod } from '../lib/format';
import { formatDeadline } from '../lib/opportunity-format';
import { localeDefinition, type Locale } from '../lib/locales';
import { entryUrl, homeUrl } from '../lib/routes';
import { siteData } from './collections';

export async function projectsFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = dictionary(locale);
  const { projects } = await siteData(locale);
  const newestFirst = [...projects].sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: `${t.projects.title} · ${t.siteName}`,
    description: t.projects.intro,
    site: new URL(homeUrl(locale), site),
    customData: `<language>${localeDefinition(locale).feedLanguage}</language>`,
    items: newestFirst.map((project) => ({
      title: project.data.title,
      description: `${project.data.summary} (${formatPeriod(project.data.period, locale)})`,
      link: entryUrl('projects', project.slug, locale),
      pubDate: new Date(`${project.updated}T12:00:00Z`),
      categories: project.data.topics,
    })),
  });
}

/** The RSS feed of open calls, one per language, newest change first; each item says its deadline. */
export async function opportunitiesFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = dictionary(locale);
  const { opportunities } = await siteData(locale);
  const newestFirst = [...opportunities].sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: `${t.opportunities.title} · ${t.siteName}`,
    description: t.opportunities.intro,
    site: new URL(homeUrl(locale), site),
    customData: `<language>${localeDefinition(locale).feedLanguage}</language>`,
    items: newestFirst.map((opportunity) => ({
      title: opportunity.data.title,
      description: `${opportunity.data.summary} (${t.opportunities.deadline}: ${formatDeadline(opportunity.data.deadline, locale, t.opportunities)})`,
      link: entryUrl('opportunities', opportunity.slug, locale),
      pubDate: new Date(`${opportunity.updated}T12:00:00Z`),
      categories: opportunity.data.topics,
    })),
  });
}
