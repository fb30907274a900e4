// Releases: packages are versioned independently with changesets. In a scratch copy of the
// workspace manifests (never the real repository), a changeset for @ringplus/voicemail alone
// bumps it and exactly the published packages that depend on it; and a recursive publish
// dry run (no registry contacted) packs every published package and never the private app.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/build'
import { runOk } from './helpers/run'
import { expectedDependents, publishablePackages, root, workspacePackages, type Manifest } from './helpers/workspace'

const changeset = join(root, 'node_modules/@changesets/cli/bin.js')
const TARGET = '@ringplus/voicemail'
// A closed port: if anything tried to reach a registry, it would fail loudly instead.
const NO_REGISTRY = 'http://127.0.0.1:9/'

let scratch: string

/** Copies what changesets reads: the root manifest, workspace file, config and every package.json. */
function copyWorkspaceManifests(to: string) {
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    mkdirSync(dirname(join(to, file)), { recursive: true })
    cpSync(join(root, file), join(to, file))
  }
  for (const { dir } of workspacePackages()) {
    mkdirSync(join(to, dir), { recursive: true })
    cpSync(join(root, dir, 'package.json'), join(to, dir, 'package.json'))
  }
}

const git = (cwd: string, ...args: string[]) =>
  runOk('git', ['-c', 'user.name=release-check', '-c', 'user.email=release-check@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
  })

const readManifest = (dir: string, pkgDir: string) => JSON.parse(readFileSync(join(dir, pkgDir, 'package.json'), 'utf8')) as Manifest

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ringplus-release-'))
  copyWorkspaceManifests(scratch)
  // Only our changeset: whatever else is pending in the real repository stays out of the check.
  writeFileSync(join(scratch, '.changeset/voicemail-only.md'), `---\n"${TARGET}": minor\n---\n\nA voicemail-only change.\n`)
  await git(scratch, 'init', '--quiet', '--initial-branch=main')
  await git(scratch, 'add', '-A')
  await git(scratch, 'commit', '--quiet', '-m', 'scratch copy of the workspace manifests')
}, 60_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('a changeset for @ringplus/voicemail alone', () => {
  it('plans a minor release of voicemail and patch releases of exactly its dependents', async () => {
    await runOk(process.execPath, [changeset, 'status', '--output=status.json'], { cwd: scratch })
    const status = JSON.parse(readFileSync(join(scratch, 'status.json'), 'utf8')) as {
      releases: { name: string; type: string; oldVersion: string; newVersion: string }[]
    }
    // Private packages are listed with type "none" (never versioned): they are not releases.
    const planned = Object.fromEntries(status.releases.filter((r) => r.type !== 'none').map((r) => [r.name, r.type]))
    const expected = expectedDependents(TARGET)
    // voicemail's only published dependent is the sdk facade; models, transport, auth, the other
    // domains and the sandbox must not move.
    expect(expected).toContain('@ringplus/sdk')
    expect(new Set(Object.keys(planned))).toEqual(expected)
    expect(planned[TARGET]).toBe('minor')
    for (const name of expected) if (name !== TARGET) expect(planned[name]).toBe('patch')
  })

  it('`changeset version` bumps only those packages and writes their changelogs', async () => {
    const before = new Map(workspacePackages().map((p) => [p.dir, readManifest(scratch, p.dir)]))
    await runOk(process.execPath, [changeset, 'version'], { cwd: scratch })
    const expected = expectedDependents(TARGET)
    for (const { dir, manifest } of workspacePackages()) {
      const after = readManifest(scratch, dir)
      const old = before.get(dir)!
      if (expected.has(manifest.name)) {
        expect(after.version, manifest.name).not.toBe(old.version)
        expect(existsSync(join(scratch, dir, 'CHANGELOG.md')), `${manifest.name} CHANGELOG.md`).toBe(true)
      } else {
        expect(after.version, manifest.name).toBe(old.version)
        expect(existsSync(join(scratch, dir, 'CHANGELOG.md')), `${manifest.name} CHANGELOG.md`).toBe(false)
      }
    }
    const voicemail = workspacePackages().find((p) => p.manifest.name === TARGET)!
    const [major, minor] = readManifest(scratch, voicemail.dir).version.split('.').map(Number)
    const [oldMajor, oldMinor] = voicemail.manifest.version.split('.').map(Number)
    expect([major, minor]).toEqual([oldMajor, oldMinor! + 1])
    // The changeset was consumed.
    expect(existsSync(join(scratch, '.changeset/voicemail-only.md'))).toBe(false)
  })
})

describe('publishing', () => {
  let publishCopy: string

  beforeAll(async () => {
    await ensureBuilt()
    // A copy with what a publish reads: manifests, README, dist. pnpm packs each package there.
    publishCopy = mkdtempSync(join(tmpdir(), 'ringplus-publish-'))
    copyWorkspaceManifests(publishCopy)
    const dirs = new Map(workspacePackages().map((p) => [p.manifest.name, p.dir]))
    for (const { dir, manifest } of publishablePackages()) {
      for (const entry of ['dist', 'README.md', 'LICENSE']) {
        if (existsSync(join(root, dir, entry))) cpSync(join(root, dir, entry), join(publishCopy, dir, entry), { recursive: true })
      }
      // pnpm turns `workspace:^` into a version by reading the linked package, as `pnpm install`
      // links it: link the workspace dependencies the same way (nothing else is installed).
      const deps = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }
      for (const name of Object.keys(deps)) {
        const target = dirs.get(name)
        if (!target) continue
        const link = join(publishCopy, dir, 'node_modules', name)
        mkdirSync(dirname(link), { recursive: true })
        symlinkSync(relative(dirname(link), join(publishCopy, target)), link, 'dir')
      }
    }
  }, 10 * 60_000)

  afterAll(() => {
    if (publishCopy) rmSync(publishCopy, { recursive: true, force: true })
  })

  it('`pnpm publish -r --dry-run` packs every published package and skips the private sample', async () => {
    const result = await runOk(
      'corepack',
      ['pnpm', 'publish', '-r', '--dry-run', '--no-git-checks', '--force', `--registry=${NO_REGISTRY}`],
      { cwd: publishCopy, timeoutMs: 5 * 60_000 },
    )
    const output = result.stdout + result.stderr
    for (const { manifest } of publishablePackages()) {
      expect(output, manifest.name).toContain(`${manifest.name}@${manifest.version}`)
    }
    expect(output).not.toContain('@ringplus/sample@')
  }, 5 * 60_000)
})
