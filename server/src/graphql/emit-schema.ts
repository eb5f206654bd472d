import 'reflect-metadata';
import fs from 'node:fs';
import { printSchema } from 'graphql';
import { buildMaillageSchema, SCHEMA_FILE } from './schema';

/** npm run schema:emit — writes the SDL that clients and the contract check read. */
export async function emittedSchema(): Promise<string> {
  return `${printSchema(await buildMaillageSchema())}\n`;
}

if (require.main === module) {
  emittedSchema().then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  });
}
