import type { EntityClass } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { Viewer } from './actor';
import type { NodeTypeName } from './ids';

@InterfaceType({ description: 'An object with a globally unique, opaque id.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** How `node(id)` reads one type: its entity, and the area policy's rule for who may read it. */
export interface NodeReader<T extends object = object> {
  entity: EntityClass<T>;
  // A method, not a property: each area's rule takes its own entity type, checked where it is declared.
  canRead(viewer: Viewer, node: T): boolean | Promise<boolean>;
}

/** Each area declares the readers of its types; `node(id)` needs one for every id prefix. */
export type NodeReaders<K extends NodeTypeName = NodeTypeName> = { [P in K]: NodeReader };
