export { startSandbox } from './start-sandbox'
export type {
  CreateApplicationOptions,
  FaultRule,
  IssueTokenOptions,
  Sandbox,
  SandboxApplication,
  SandboxClock,
  SandboxCredentials,
  SandboxFaults,
  SandboxOptions,
  SandboxTraffic,
  SandboxUser,
  TokenResponse,
  TrafficFilter,
} from './types'
