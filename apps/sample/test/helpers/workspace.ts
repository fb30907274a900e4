// The monorepo's packages as the release and install checks see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The repository root. */
export const root = resolve(import.meta.dirname, '../../../..')

/** A workspace package's manifest, the parts the checks read. */
export interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

/** A workspace package: its folder (relative to the root) and manifest. */
export interface WorkspacePackage {
  dir: string
  manifest: Manifest
}

/** Every package under packages/, apps/ and tooling/ that has a package.json. */
export function workspacePackages(): WorkspacePackage[] {
  const found: WorkspacePackage[] = []
  for (const group of ['packages', 'apps', 'tooling']) {
    const groupDir = join(root, group)
    if (!existsSync(groupDir)) continue
    for (const name of readdirSync(groupDir).sort()) {
      const file = join(groupDir, name, 'package.json')
      if (!existsSync(file)) continue
      found.push({ dir: `${group}/${name}`, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest })
    }
  }
  return found
}

/** The published (non-private) packages. */
export function publishablePackages(): WorkspacePackage[] {
  return workspacePackages().filter((p) => !p.manifest.private)
}

/**
 * The packages a release of `name` must bump: `name` itself and every published package that
 * depends on it (dependencies or peerDependencies), transitively. devDependencies never bump.
 */
export function expectedDependents(name: string, packages: WorkspacePackage[] = publishablePackages()): Set<string> {
  const bumped = new Set([name])
  for (let changed = true; changed; ) {
    changed = false
    for (const { manifest } of packages) {
      if (bumped.has(manifest.name)) continue
      const deps = { ...manifest.dependencies, ...manifest.peerDependencies }
      if (Object.keys(deps).some((dep) => bumped.has(dep))) {
        bumped.add(manifest.name)
        changed = true
      }
    }
  }
  return bumped
}

/** `@ringplus/*` packages `name` needs at run time (dependencies), transitively, itself included. */
export function runtimeClosure(name: string, packages: WorkspacePackage[] = publishablePackages()): Set<string> {
  const byName = new Map(packages.map((p) => [p.manifest.name, p.manifest]))
  const closure = new Set<string>()
  const visit = (current: string) => {
    if (closure.has(current)) return
    closure.add(current)
    for (const dep of Object.keys(byName.get(current)?.dependencies ?? {})) if (byName.has(dep)) visit(dep)
  }
  visit(name)
  return closure
}
