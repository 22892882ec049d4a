import { describe, expect, it } from 'vitest'
import {
  appUrlToRelativePath,
  isAllowedNavigation,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
} from './url-policy'

const hostile = [
  'app://kaopingtong.evil.com/index.html',
  'app://kaopingtongx/index.html',
  'app://evil.kaopingtong/index.html',
  'app://kaopingtong@evil.com/index.html',
  'app://user:pass@kaopingtong/index.html',
  'app://kaopingtong:8080/index.html',
  'APP://evil/kaopingtong',
  'app://evil/app://kaopingtong/',
  'http://kaopingtong/index.html',
  'https://kaopingtong/index.html',
  'http://127.0.0.1:5199/',
  'http://localhost/',
  'https://example.com/app://kaopingtong',
  'file:///C:/Windows/System32/calc.exe',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'ftp://kaopingtong/',
  'ws://kaopingtong/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'chrome-extension://abc/x.js',
  '//evil.com/x',
  '/index.html',
  '',
  'not a url',
  'app://kaopingtong\u3002evil.com/',
  'app://xn--kaopingtong-xyz/',
  'app://kаopingtong/', // Cyrillic а
]

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl('app://kaopingtong/index.html')).toBe(true)
    expect(isAppUrl('app://kaopingtong/assets/x.js?v=1#y')).toBe(true)
    expect(isAppUrl('APP://KAOPINGTONG/index.html')).toBe(true)
  })
  it.each(hostile)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('allows the app, data: and blobs of the app', () => {
    expect(isAllowedRequest('app://kaopingtong/assets/index.js')).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequest('blob:app://kaopingtong/4b7c-11')).toBe(true)
  })
  it.each(hostile)('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false)
  })
  it('cancels blobs of another origin', () => {
    expect(isAllowedRequest('blob:https://evil.com/1')).toBe(false)
    expect(isAllowedRequest('blob:app://kaopingtong.evil/1')).toBe(false)
  })
  it('allows the dev server only in dev mode and only its own origin', () => {
    const dev = { devServer: 'http://localhost:5173' }
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false)
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false)
  })
})

describe('isAllowedNavigation and isTrustedSender', () => {
  it.each(hostile)('refuse %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
    expect(isTrustedSender(url)).toBe(false)
  })
  it('accept the app page', () => {
    expect(isAllowedNavigation('app://kaopingtong/index.html#/units')).toBe(true)
    expect(isTrustedSender('app://kaopingtong/index.html')).toBe(true)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})

describe('appUrlToRelativePath', () => {
  it('maps app paths into the renderer folder', () => {
    expect(appUrlToRelativePath('app://kaopingtong/')).toBe('index.html')
    expect(appUrlToRelativePath('app://kaopingtong/index.html')).toBe('index.html')
    expect(appUrlToRelativePath('app://kaopingtong/assets/a%20b.js')).toBe('assets/a b.js')
  })
  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    // WHATWG URL parsing already clamps `..` at the root; what is left stays inside.
    expect(appUrlToRelativePath('app://kaopingtong/../../etc/passwd')).toBe('etc/passwd')
    expect(appUrlToRelativePath('app://kaopingtong/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd')
  })
  it.each([
    'app://kaopingtong/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://kaopingtong/..%5c..%5cwindows',
    'app://kaopingtong/C:/Windows/win.ini',
    'app://kaopingtong/a%00.js',
    'app://kaopingtong/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(appUrlToRelativePath(url)).toBeNull()
  })
})
