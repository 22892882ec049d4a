// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'url',
  'util',
  'stream',
  'buffer',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'dist-web/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.tmp/**',
      'demo-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: '不要提交 .only 测试' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/platform/**/*.ts', 'src/db/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The rules of the assessment are one pure module: the app, the command line and the tests
    // must all run the same code, so it may not reach for the DOM, Node, Electron or storage.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', ...nodeBuiltins], message: '领域核心不得依赖 Node' },
            { group: ['electron', 'electron/*'], message: '领域核心不得依赖 Electron' },
            {
              group: ['react', 'react-*', '@mantine/*', 'dexie', 'dexie-*'],
              message: '领域核心不得依赖界面或存储',
            },
            { group: ['xlsx', 'pdfmake', 'pdfmake/*'], message: '领域核心不得依赖 Excel/PDF 层' },
            {
              group: [
                '**/renderer/**',
                '**/db/**',
                '**/platform/**',
                '**/excel/**',
                '**/documents/**',
                '**/cli/**',
              ],
              message: '领域核心不得依赖上层模块',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    // Excel and PDF layers are pure functions from bytes to results, shared by the app's worker
    // and the command line: no file system, no DOM, no Electron.
    files: ['src/excel/**/*.ts', 'src/documents/**/*.ts', 'src/help/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', ...nodeBuiltins],
              message: 'Excel/PDF 层须与平台无关（文件读写放在 cli 或 platform）',
            },
            {
              group: ['electron', 'react', 'react-*', '@mantine/*', 'dexie'],
              message: 'Excel/PDF 层须与平台无关',
            },
          ],
        },
      ],
    },
  },
)
