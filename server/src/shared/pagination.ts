import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { commonError } from './common.errors';
import { PageInfo } from './page-info';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * Cursors are opaque to clients; they encode the position in the ordered result. Offsets keep
 * ranked search and plain listing on one mechanism; pages are capped at MAX_PAGE_SIZE.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw commonError('PAGE_SIZE_OUT_OF_RANGE', { max: MAX_PAGE_SIZE });
  }
  if (!after) return { limit, offset: 0 };
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw commonError('BAD_CURSOR');
  return { limit, offset: Number(match[1]) + 1 };
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  offset: number;
}

export function connectionFrom<T>(page: Page<T>) {
  const edges = page.nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.nodes.length < page.totalCount,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** Relay connection types for a node type: `XEdge` and `XConnection`. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  // Cached as long as the field that returns the connection allows (server/src/http/public-cache.ts).
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return { Edge, Connection };
}
