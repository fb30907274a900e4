// The built sandbox CLI as a child process, as a user would run it next to the sample.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { root } from './workspace'

/** What `ringplus-sandbox --json` prints. */
export interface SandboxFacts {
  url: string
  client_id: string
  client_secret: string
  public_client_id: string
  redirect_uris: string[]
  users: { id: number; email: string; password: string; account_ids: number[] }[]
  lost_or_stolen_esns: string[]
}

/** A running sandbox process. */
export interface SandboxProcess {
  facts: SandboxFacts
  stop(): Promise<void>
}

/** Starts `packages/sandbox/dist/cli.js --port 0 --json --processing-delay-ms 0 --db :memory:`. */
export function startSandboxProcess(extraArgs: string[] = []): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'packages/sandbox/dist/cli.js'), '--port', '0', '--json', '--processing-delay-ms', '0', '--db', ':memory:', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the sandbox printed nothing within 30 s\n${stderr}`))
    }, 30_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the sandbox exited with ${code}\n${stderr}`))
    })
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer)
      child.removeAllListeners('exit')
      try {
        resolve({ facts: JSON.parse(line) as SandboxFacts, stop })
      } catch (error) {
        void stop()
        reject(error)
      }
    })
  })
}
