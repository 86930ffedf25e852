/**
 * The layer rules of server/README.md, checked by `npm run lint` (dependency-cruiser): a wrong import or an
 * import cycle fails CI. test/fixtures/layering/ holds files that break each rule on purpose (the test
 * test/architecture/layers.test.ts runs the tool on them and expects every rule to fire).
 */
const EDGES = '^server/(http|socket|storage|sessions|llm|rooms|auth|homework|cli|limits|cases)/|^server/(app|config|serve|logger|paths)\\.ts$';
/** The only packages the domain may use: validation and data formats. Node's own modules are I/O too. */
const DOMAIN_PACKAGES = '^node_modules/(zod|yaml|csv-parse|csv-stringify)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: modules that need each other cannot be understood, tested or loaded alone.',
      from: { path: '^(server|client/src)/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'server/domain/ is the pure MI core: no edge, no I/O package (server/README.md).',
      from: { path: '^server/domain/' },
      to: { path: [EDGES, '^server/protocol/'] },
    },
    {
      name: 'domain-no-io-packages',
      severity: 'error',
      comment: 'server/domain/ imports no Fastify, socket.io, storage, OpenAI, node:fs: only zod, yaml and csv.',
      from: { path: '^server/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
        pathNot: DOMAIN_PACKAGES,
      },
    },
    {
      name: 'protocol-is-shared',
      severity: 'error',
      comment: 'server/protocol/ is shared with the web client: zod and domain types only.',
      from: { path: '^server/protocol/' },
      to: { path: EDGES },
    },
    {
      name: 'web-client-speaks-protocol',
      severity: 'error',
      comment: 'The web client may import the protocol module, nothing else of the server.',
      from: { path: '^client/src/' },
      to: { path: '^server/', pathNot: '^server/protocol/' },
    },
    {
      name: 'storage-behind-its-port',
      severity: 'error',
      comment: 'Routes, sockets, sessions, rooms and the LLM layer reach storage through the domain ports only.',
      from: { path: '^server/(http|socket|sessions|rooms|llm)/' },
      to: { path: '^server/storage/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
