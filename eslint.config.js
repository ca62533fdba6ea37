// Type-checked typescript-eslint over the TypeScript sources; plain recommended rules for the Node scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
  Buffer: 'readonly', fetch: 'readonly', AbortController: 'readonly', setInterval: 'readonly',
  clearInterval: 'readonly', performance: 'readonly', structuredClone: 'readonly',
};

export default tseslint.config(
  { ignores: ['dist/', 'site/', 'release/', 'node_modules/', 'custom-elements.json', 'docs/', 'bench/results.json'] },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      // The validator returns `undefined` from its failure helper on purpose (`return check.fail(…)`).
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure TypeScript: it must not reach into the rendering layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['lit', 'lit/*', '@lit/*'], message: 'src/core must not import Lit.' },
          { group: ['**/ui/**', '**/ui', '../ui/*'], message: 'src/core must not import src/ui.' },
          { group: ['**/notice/**', '**/notice'], message: 'src/core must not import src/notice.' },
          { group: ['**/page/**', '**/loader/**'], message: 'src/core must not import src/page or src/loader.' },
        ],
      }],
    },
  },
  {
    // What every page view runs (src/loader) and the page code it shares with the chunks (src/page) carry
    // no Lit and no UI: a returning visitor downloads exactly this. Types may be imported (they vanish).
    files: ['src/loader/**/*.ts', 'src/page/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['lit', 'lit/*', '@lit/*'], message: 'The loader and the page layer must not import Lit (see src/delivery.ts).' },
          { group: ['**/ui/**', '**/notice/**'], allowTypeImports: true, message: 'The loader and the page layer must not import src/ui or src/notice; fetch their chunk instead (src/delivery.ts).' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's expect(...).to.be.true style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's Assertion type is thenable, so every expect() would read as a floating promise.
      // Await-needing checks (axe) go through helpers that are awaited.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    // Node scripts that drive a browser: the callbacks given to page.evaluate() run in the page.
    files: ['test/e2e/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', getComputedStyle: 'readonly', requestAnimationFrame: 'readonly', PerformanceObserver: 'readonly' },
    },
  },
  {
    files: ['test/**/fixtures/**/*.js', 'test/e2e/stubs/*.js', 'demo/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', location: 'readonly', fetch: 'readonly', URL: 'readonly', self: 'readonly', Response: 'readonly', Event: 'readonly', navigator: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' } },
  },
  {
    // The receiver's tests and bench: Node scripts that also use Web Crypto (crypto.randomUUID).
    files: ['receiver/**/*.mjs'],
    languageOptions: { globals: { crypto: 'readonly', setImmediate: 'readonly' } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
);
