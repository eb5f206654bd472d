import type { Collection, Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/**
 * Relations are loaded through MikroORM's per-request dataloader: every load of one request tick
 * becomes one batched query, so a page of 50 costs what a page of 5 does. `populate` joins the
 * given relations of the loaded items into that same query (a network's memberships with their
 * organisation): one statement where there would be two. Every load of one collection within a
 * request must ask for the same `populate`, or the dataloader sends one query per variant.
 * The directory's busiest relations have their own batched reads (directory-reads.ts).
 */
export async function loadAll<T extends object>(collection: Collection<T>, populate: readonly string[] = []): Promise<T[]> {
  if (collection.isInitialized(true)) return collection.getItems();
  const options = populate.length ? { dataloader: true, populate: populate as never } : { dataloader: true };
  return (await collection.load(options)).getItems();
}

export async function loadRef<T extends object>(ref: Ref<T> | null | undefined): Promise<T | null> {
  return ref ? (((await ref.load({ dataloader: true })) as T | undefined) ?? null) : null;
}

type BatchLoad<V> = (keys: string[]) => Promise<Map<string, V>>;

const requestLoaders = new WeakMap<EntityManager, Map<string, DataLoader<string, unknown>>>();

/**
 * A per-request DataLoader for reads that MikroORM's dataloader does not cover: the keys asked
 * within one tick are loaded by one call of `load`. It lives on the request's EntityManager fork,
 * so nothing is shared (or cached) between requests.
 */
export function loadBatched<V>(em: EntityManager, name: string, load: BatchLoad<V>, key: string): Promise<V | undefined> {
  let loaders = requestLoaders.get(em);
  if (!loaders) requestLoaders.set(em, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader(async (keys: readonly string[]) => {
      const values = await load([...keys]);
      return keys.map((k) => values.get(k));
    });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader.load(key);
}

/** Does the GraphQL selection of this field ask for `field` (directly or through fragments)? */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && visit(node.selectionSet.selections));
}

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const idOf = (item: unknown) => String((item as { id?: unknown }).id ?? '');

/**
 * Sorts the way a French reader expects ("Épicentre" between "Caf" and "Forum"). Names equal in
 * that order (« Maison des jeunes », « MAISON DES JEUNES ») go by their exact spelling, then by
 * `key` (the id): one order whatever order the items were read in, the one compiled reads give
 * (frenchOrder in graphql/sql-json/compile.ts).
 */
export function byName<T>(items: T[], name: (item: T) => string, key: (item: T) => string = idOf): T[] {
  return [...items].sort(
    (a, b) => collator.compare(name(a), name(b)) || byCodePoints(name(a), name(b)) || byCodePoints(key(a), key(b)),
  );
}
