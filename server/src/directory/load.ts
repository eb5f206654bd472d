import type { Collection, Ref } from '@mikro-orm/core';

/**
 * Relations are loaded through MikroORM's per-request dataloader: every load of one request tick
 * becomes one batched query, so a page of 50 costs what a page of 5 does.
 */
export async function loadAll<T extends object>(collection: Collection<T>): Promise<T[]> {
  return (await collection.load({ dataloader: true })).getItems();
}

export async function loadRef<T extends object>(ref: Ref<T> | null | undefined): Promise<T | null> {
  return ref ? ((await ref.load({ dataloader: true })) as T | undefined) ?? null : null;
}

export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Sorts the way a French reader expects ("Épicentre" between "Caf" and "Forum"). */
export function byName<T>(items: T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}
