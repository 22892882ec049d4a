// The installer cannot be built here (electron-builder downloads Windows binaries), so the
// settings the office depends on are checked in the file itself.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { APP_LOCALE } from '../../src/shared/app-locale'

interface Target {
  target: string
  arch: string[]
}
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  win: { target: Target[] }
  nsis: Record<string, unknown>
  electronFuses: Record<string, boolean>
  files: string[]
}

describe('electron-builder.yml', () => {
  it('builds a Windows x64 NSIS installer and a portable exe', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ])
  })
  it('installs per user by default, in Simplified Chinese, with a choice of folder', () => {
    expect(config.nsis.oneClick).toBe(false)
    expect(config.nsis.perMachine).toBe(false)
    expect(config.nsis.allowToChangeInstallationDirectory).toBe(true)
    expect(config.nsis.installerLanguages).toEqual(['zh_CN'])
    expect(config.nsis.language).toBe('2052')
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
  })
  it('ships only the Chromium locale the main process asks for at startup', () => {
    expect(config.electronLanguages).toEqual([APP_LOCALE])
    expect(readFileSync('electron/main/index.ts', 'utf8')).toContain(
      "app.commandLine.appendSwitch('lang', APP_LOCALE)",
    )
  })
  it('packs into asar and publishes nothing', () => {
    expect(config.asar).toBe(true)
    expect(config.publish).toBeNull()
    expect(JSON.stringify(config)).not.toMatch(/https?:\/\//)
  })
  it('carries the bundled fonts inside the app (out/renderer/fonts, from resources/)', () => {
    expect(config.files).toContain('out/**')
    expect(readFileSync('electron.vite.config.ts', 'utf8')).toMatch(
      /publicDir: here\('\.\/resources'\)/,
    )
    expect(readFileSync('package.json', 'utf8')).toMatch(
      /"dist:win": "node scripts\/copy-fonts\.mjs && /,
    )
  })
  it('turns off RunAsNode, NODE_OPTIONS and the inspect arguments', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})
