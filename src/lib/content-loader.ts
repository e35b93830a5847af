/**
 * The loader behind every collection: Astro's glob loader over `content/<collection>/<locale>/`,
 * with ids = file names, storing only what pages use.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/**
 * Next to the rendered HTML, the glob loader keeps each file's raw Markdown (`body`) and a second
 * copy of its frontmatter (`rendered.metadata.frontmatter`). Pages use neither, and Astro bundles
 * the whole store into the build as one module, so leaving them out halves it: less memory and a
 * faster build at thousands of entries (README, "Performance"). The content check reads the files
 * itself, so its messages do not depend on what is stored here.
 */
export function slimEntry(entry: StoredEntry): StoredEntry {
  // MDX is rendered later from its module, so only Markdown entries have HTML to keep instead.
  if (!entry.rendered) return entry;
  const { body: _body, ...rest } = entry;
  const { frontmatter: _frontmatter, ...metadata } = entry.rendered.metadata ?? {};
  return { ...rest, rendered: { ...entry.rendered, metadata } };
}

/** The loader's store with `set` slimming each entry; everything else passes through. */
export function slimStore(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'set') return (entry: StoredEntry) => target.set(slimEntry(entry));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function contentFiles(collection: string, locale: string): Loader {
  const files = glob({ pattern: `${locale}/*.{md,mdx}`, base: `./content/${collection}`, generateId: ({ entry }) => entry.replace(/^[a-z]+\/|\.mdx?$/g, '') });
  return { name: 'content-files', load: (context) => files.load({ ...context, store: slimStore(context.store) }) };
}

