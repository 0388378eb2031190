import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The API of `npm run dev` (introspection is on in development), or a copy of its schema/schema.graphql.
  schema: process.env.REGIO_Q4_SCHEMA ?? 'http://localhost:4000/graphql',
  documents: ['src/**/*.{ts,tsx}'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true }, // also writes src/gql/persisted-documents.json
      config: { useTypeImports: true, scalars: { DateTime: 'string', Date: 'string', EuroCents: 'number' } },
    },
  },
};

export default config;
