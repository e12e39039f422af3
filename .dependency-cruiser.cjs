/**
 * The pipeline's stages, lowest first, and which may import which (`npm run
 * lint:imports`, run by `npm test`): a stage imports only stages below it.
 *
 *   problems → entries → i18n → markdown → model → outputs → integration → site, pages,
 *   components, layouts → cli; bench may use any of them; the browser's
 *   scripts only the pure outputs they share with the build.
 */
const stage = (name, may) => ({
  name: `${name}-imports-only-lower-stages`,
  comment: `src/${name}/ may import ${may.length ? may.join(', ') : 'no other stage'} (and itself)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...may.map((m) => `^src/${m}(/|\\.ts$)`)] },
});

module.exports = {
  forbidden: [
    stage('problems', []),
    stage('entries', ['problems']),
    stage('i18n', ['entries', 'problems']),
    stage('markdown', ['i18n', 'entries', 'problems']),
    stage('model', ['markdown', 'i18n', 'entries', 'problems']),
    stage('outputs', ['model', 'markdown', 'i18n', 'entries', 'problems']),
    stage('integration', ['outputs', 'model', 'markdown', 'i18n', 'entries', 'problems']),
    stage('site', ['integration', 'outputs', 'model', 'markdown', 'i18n', 'entries', 'problems', 'virtual-modules.d.ts']),
    stage('components', ['site', 'outputs', 'model', 'markdown', 'i18n', 'entries', 'problems', 'integration', 'scripts', 'styles']),
    stage('layouts', ['components', 'site', 'outputs', 'model', 'markdown', 'i18n', 'entries', 'problems', 'scripts', 'styles']),
    stage('pages', ['layouts', 'components', 'site', 'outputs', 'model', 'markdown', 'i18n', 'entries', 'problems', 'scripts', 'styles']),
    stage('scripts', ['outputs']),
    stage('cli', ['integration', 'outputs', 'model', 'markdown', 'i18n', 'entries', 'problems']),
    {
      name: 'src-does-not-import-tests',
      comment: 'tests import src/, never the other way round',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other, however indirectly',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-private-package-files',
      comment: "a package's files its exports map does not list (pagefind/lib/..., lighthouse/core/...)",
      severity: 'error',
      from: {},
      to: { path: 'node_modules/(pagefind/lib|lighthouse/core)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.astro|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
