import Module from 'node:module';
import path from 'node:path';

/**
 * PostGraphile 4 needs graphql 15 while Maillage uses 16, so npm installed graphql 15 (and
 * graphile-build) twice, nested under postgraphile and under graphile-build-pg, and graphql-js
 * refuses types made by another copy ("Unexpected input type"). In this process only, every
 * require of those packages resolves to postgraphile's own copy. Import this module first.
 */
const postgraphileRoot = path.dirname(require.resolve('postgraphile/package.json'));
const SINGLE_COPIES = ['graphql', 'graphile-build'].map((name) => ({
  name,
  root: path.dirname(require.resolve(`${name}/package.json`, { paths: [postgraphileRoot] })),
}));

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  for (const { name, root } of SINGLE_COPIES) {
    if (request === name || request.startsWith(`${name}/`)) return resolve.call(this, root + request.slice(name.length), ...rest);
  }
  return resolve.call(this, request, ...rest);
};
