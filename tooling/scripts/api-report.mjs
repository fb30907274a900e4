#!/usr/bin/env node
// Runs API Extractor for every entry point a package exports and writes (with --local)
// or checks (without) its reports under etc/: `etc/<name>.api.md` for ".",
// `etc/<name>-<subpath>.api.md` for each subpath export.
//
//   node ../../tooling/scripts/api-report.mjs          # CI: fails when a report is stale
//   node ../../tooling/scripts/api-report.mjs --local  # rewrites the reports
import { readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const local = process.argv.includes('--local')
const cwd = process.cwd()
const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'))
const unscoped = pkg.name.replace(/^@[^/]+\//, '')
const configPath = resolve(cwd, 'api-extractor.json')
if (!existsSync(configPath)) {
  console.error(`${pkg.name}: no api-extractor.json`)
  process.exit(1)
}

const entries = Object.entries(pkg.exports ?? { '.': { import: { types: './dist/index.d.ts' } } })
  .filter(([subpath]) => subpath !== './package.json')
  .map(([subpath, target]) => {
    const types = target?.import?.types ?? target?.types
    if (!types) throw new Error(`${pkg.name}: export "${subpath}" has no import.types`)
    const suffix = subpath === '.' ? '' : '-' + subpath.slice(2).replaceAll('/', '-')
    return { subpath, types, reportName: `${unscoped}${suffix}` }
  })

let failed = false
for (const entry of entries) {
  const configObject = ExtractorConfig.loadFile(configPath)
  configObject.projectFolder = cwd
  configObject.mainEntryPointFilePath = resolve(cwd, entry.types)
  configObject.apiReport = { ...configObject.apiReport, enabled: true, reportFileName: `${entry.reportName}.api.md` }
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: configPath,
    packageJsonFullPath: resolve(cwd, 'package.json'),
  })
  const result = Extractor.invoke(config, { localBuild: local, showVerboseMessages: false })
  if (!result.succeeded) {
    failed = true
    console.error(
      `${pkg.name} (${entry.subpath}): API Extractor reported ${result.errorCount} error(s), ${result.warningCount} warning(s)` +
        (result.apiReportChanged ? ` — etc/${entry.reportName}.api.md is stale: run \`pnpm api:update\` and commit it` : ''),
    )
  } else if (result.warningCount > 0 && !local) {
    failed = true
    console.error(`${pkg.name} (${entry.subpath}): ${result.warningCount} warning(s); the reports must carry none`)
  } else {
    console.log(`${pkg.name} (${entry.subpath}): etc/${entry.reportName}.api.md ${local ? 'written' : 'up to date'}`)
  }
}
process.exit(failed ? 1 : 0)
