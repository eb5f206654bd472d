import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: npx graphql-codegen --config client/codegen.ts
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: {
        // `useFragment` is not a React hook here: a plain name avoids the lint rules of hooks.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        nonOptionalTypename: false,
        skipTypename: false,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
