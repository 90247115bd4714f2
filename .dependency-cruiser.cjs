/**
 * The layer rules of docs/architecture.md, checked by `npm test` (npm run test:deps).
 * Type-only imports count (tsPreCompilationDeps): a type pointing the wrong way is still a wrong way.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-not-ui-or-wiring',
      comment: 'lib/ is the core: it never imports components/ or entrypoints/ (they import it).',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'ui-does-not-import-wiring',
      comment: 'components/ are views the entrypoints wire up: they import lib/ and utils/, never an entrypoint.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'contracts-import-only-types',
      comment:
        'lib/contracts/ holds shapes only: every import there is type-only, except the protocol binding its type to @webext-core/messaging in lib/contracts/messages.ts.',
      severity: 'error',
      from: { path: '^lib/contracts/' },
      to: { dependencyTypesNot: ['type-only'], pathNot: '^node_modules/@webext-core/messaging/' },
    },
    {
      name: 'messaging-binding-only-in-messages',
      comment: 'The one runtime import in lib/contracts/ is the protocol binding, in messages.ts.',
      severity: 'error',
      from: { path: '^lib/contracts/', pathNot: '^lib/contracts/messages\\.ts$' },
      to: { path: '^node_modules/@webext-core/messaging/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'pages-do-not-import-worker-code',
      comment:
        'lib/background/ is the worker: extension pages (components/, entrypoints/options|sidepanel) send it messages instead, so policy and the trust rule are applied in one place.',
      severity: 'error',
      from: { path: '^(components/|entrypoints/(options|sidepanel)/)' },
      to: { path: '^lib/background/' },
    },
    {
      name: 'worker-does-not-import-page-code',
      comment: 'The worker (lib/background/) never imports in-page code (lib/content/) or the UI, not even for a type.',
      severity: 'error',
      from: { path: '^lib/background/' },
      to: { path: '^(lib/content/|components/)' },
    },
    {
      name: 'content-script-has-no-storage',
      comment:
        'Content scripts (entrypoints/*.content.ts, lib/content/, lib/adapters/) never import Dexie or lib/storage/, not even for a type: storage lives in the worker and extension pages. What they bundle at any depth is checked by test/unit/content/content-bundle.test.ts (a type-only import deeper down, as utils/settings.ts has, bundles nothing).',
      severity: 'error',
      from: { path: '^(entrypoints/[^/]+\\.content\\.ts$|lib/(content|adapters)/)' },
      to: { path: '^(lib/storage/|node_modules/dexie/)' },
    },
    {
      name: 'lib-has-no-extension-apis',
      comment:
        'lib/ runs in Node and browsers: no WXT or extension API modules and no #i18n (it takes words objects). Exempt, documented in docs/architecture.md: @webext-core/messaging in lib/contracts/messages.ts (the protocol binding), and the history retention item in lib/storage/contact-history.ts (its default; existing tests construct ContactHistory without one).',
      severity: 'error',
      from: { path: '^lib/', pathNot: ['^lib/contracts/messages\\.ts$', '^lib/storage/contact-history\\.ts$'] },
      to: {
        path: ['^#i18n', '^#imports', '^\\.wxt/', '^wxt(/|$)', '^node_modules/wxt/', '^node_modules/@wxt-dev/', '^node_modules/webextension-polyfill/', '^node_modules/@webext-core/'],
      },
    },
    {
      name: 'contact-history-uses-only-wxt-storage',
      comment: 'The contact-history exemption above covers WXT storage only.',
      severity: 'error',
      from: { path: '^lib/storage/contact-history\\.ts$' },
      to: {
        path: ['^#i18n', '^#imports', '^\\.wxt/', '^wxt(/|$)', '^node_modules/wxt/', '^node_modules/@wxt-dev/', '^node_modules/webextension-polyfill/', '^node_modules/@webext-core/'],
        pathNot: '^node_modules/wxt/dist/utils/storage\\.',
      },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only ones included. Exempt: cycles inside lib/titles/ (the title issue restructures it; docs/architecture.md).',
      severity: 'error',
      from: { pathNot: '^lib/titles/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing would hide an edge from every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^#i18n$', '^#imports$'] },
    },
  ],
  options: {
    // .wxt/ is WXT's generated code (#i18n resolves into it): seen as a target, not analysed.
    doNotFollow: { path: ['node_modules', '^\\.wxt/'] },
    exclude: { path: '^\\.output/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    // Resolve packages through their `exports`, as the bundler does (wxt/utils/storage, @webext-core/messaging).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
    skipAnalysisNotInRules: true,
  },
};
