// The lint configuration every package shares (ESLint flat config).
import tseslint from 'typescript-eslint'
import tsdoc from 'eslint-plugin-tsdoc'
import jsdoc from 'eslint-plugin-jsdoc'

// `export function|class|interface|type|enum|const ...` at the top of a module; members of
// classes and interfaces are not checked. The selector is the export statement itself (the
// doc block sits before `export`; for `export const` the plugin finds it only there).
const exportedDeclarations = [
  'FunctionDeclaration',
  'TSDeclareFunction',
  'ClassDeclaration',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSEnumDeclaration',
  'VariableDeclaration',
].map((type) => `ExportNamedDeclaration[declaration.type="${type}"]`)

// Only doc blocks carrying an API Extractor release tag other than `@internal`. API Extractor
// (`ae-missing-release-tag`, `ae-undocumented`, `ae-internal-missing-underscore`: errors in
// tooling/api-extractor/base.json) makes every declaration an entry point exports carry one,
// while the internal helpers shared between files (exported, but not listed in an index.ts)
// carry none — so those need neither an example nor an opt-out tag.
const releasedDocBlock = 'JsdocBlock:has(JsdocTag[tag=/^(public|beta|alpha)$/])'

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/temp/**', '**/.turbo/**', '**/coverage/**', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    plugins: { tsdoc },
    rules: {
      'tsdoc/syntax': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // House style: every public export has an `@example`.
    files: ['packages/*/src/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-example': [
        'error',
        {
          contexts: exportedDeclarations.map((context) => ({ context, comment: releasedDocBlock })),
          enableFixer: false,
        },
      ],
    },
  },
  {
    files: ['**/test/**', '**/bench/**', '**/scripts/**', '**/*.test.ts', '**/*.test-d.ts', 'apps/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
