// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(fileURLToPath(import.meta.url))
/** A path relative to the repository, with forward slashes. */
const fromRoot = (p) => relative(root, p).split(sep).join('/')

/** Layers whose files behind the index may move: others import the index only. */
const LAYERS = ['src/db', 'src/excel', 'src/documents']

/**
 * Second doors: a layer's entry besides its index. src/documents/options holds what the page
 * thread needs (types, labels, option schemas and defaults): through the index it would bring
 * pdfmake (about 1.35 MB) into the page's chunks, which only the PDF worker needs.
 */
const ENTRIES = ['src/documents/options']

/**
 * The boundaries between layers, checked on every relative import, export-from and dynamic
 * import: no deep import into a layer from outside it, and src/cli for the command line only.
 */
const boundaries = {
  rules: {
    'layer-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = fromRoot(context.filename)
        // tests/<layer>/ holds the layer's tests that need fonts, fixtures, processes or a
        // browser (docs/testing.md): they belong to the layer as much as tests beside its code.
        const owner = file.replace(/^tests\/([^/]+)\//, 'src/$1/')
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return
          const target = fromRoot(resolve(dirname(context.filename), source))
          const inside = (dir) => target === dir || target.startsWith(`${dir}/`)
          if (inside('src/cli') && !owner.startsWith('src/cli/'))
            context.report({ node, message: '只有命令行（src/cli）可以导入 src/cli 的代码' })
          // The page thread takes the documents layer's options entry only: its index brings
          // pdfmake, which the PDF worker alone loads. Page thread: src/renderer but the
          // workers' own files, whose clients and protocols the pages load too.
          const pageThread =
            file.startsWith('src/renderer/') &&
            !file.endsWith('.test.ts') &&
            (!file.startsWith('src/renderer/workers/') || /-(client|protocol)\.ts$/.test(file))
          if (target === 'src/documents' && pageThread)
            context.report({
              node,
              message: `界面线程请从 src/documents/options 导入（index 带有 pdfmake，只在 PDF 工作线程中加载）：${source}`,
            })
          for (const layer of LAYERS)
            if (
              target.startsWith(`${layer}/`) &&
              !owner.startsWith(`${layer}/`) &&
              !ENTRIES.includes(target.replace(/\.(ts|tsx|js)$/, ''))
            )
              context.report({
                node,
                message: `请从 ${layer} 的入口（index${layer === 'src/documents' ? ' 或 options' : ''}）导入，不要深入其内部文件：${source}`,
              })
        }
        const fromSource = (node) => node.source && check(node, node.source.value)
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) =>
            node.source.type === 'Literal' && check(node, node.source.value),
        }
      },
    },
    'no-table-access': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        // What a component may do with the database object itself: close it.
        const allowed = new Set(['close', 'isOpen'])
        const isDb = (o) =>
          (o.type === 'Identifier' && o.name === 'db') ||
          (o.type === 'MemberExpression' && !o.computed && o.property.name === 'db')
        return {
          MemberExpression(node) {
            if (!isDb(node.object)) return
            const name = node.computed ? null : node.property.name
            if (name && allowed.has(name)) return
            context.report({
              node,
              message:
                '界面不直接读写 Dexie 表（db.表名、db.table、db.transaction），请调用 src/db 的函数',
            })
          },
        }
      },
    },
  },
}

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
    // Every file except the layers' own and the index files that are the layers' doors.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { kaopingtong: boundaries },
    rules: { 'kaopingtong/layer-imports': 'error' },
  },
  {
    // Components and their hooks read and write through src/db's functions, which hold the
    // transactions and the history records: never the tables themselves.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    plugins: { kaopingtong: boundaries },
    rules: {
      'kaopingtong/no-table-access': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: '界面不直接使用 Dexie，请调用 src/db 的函数' }] },
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
