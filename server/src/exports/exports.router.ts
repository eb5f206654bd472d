import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

export function exportsRouter(_orm: MikroORM, _publicUrl: string): Router {
  return Router();
}
