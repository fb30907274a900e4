// `change-device`: move a line to another device (ESN/MEID, ICCID), optionally waiting for it.
import { CliError, ExitCode } from '../cli-error'
import { parseCommandArgs, parseId, type Command } from '../context'
import { pickAccount } from '../pick-account'
import { openSession } from '../session'
import { deviceChangeView } from '../views'
import { waitWithSpinner } from './wait-with-spinner'

/** Help text. */
export const changeDeviceHelp = `Usage: ringplus-sample change-device --esn ESN [--iccid ICCID] [--account ID] [--wait] [--json]

Files a device change for a line (default: your first). Carrier requests run in the
background: --wait polls until it completes (spinner on a terminal).
  --esn ESN       the new device's ESN (8 hex digits) or MEID (14 hex digits)
  --iccid ICCID   the new SIM's ICCID (19–20 digits)
  --account ID    the line (see \`accounts\`)
  --wait          wait until the request completes; exit code 6 if it fails`

/** Runs `change-device`. */
export const changeDevice: Command = async (context) => {
  const values = parseCommandArgs('change-device', context.args, {
    esn: { type: 'string' },
    iccid: { type: 'string' },
    account: { type: 'string' },
    wait: { type: 'boolean' },
  })
  if (!values.esn) {
    throw new CliError('change-device: --esn is required', {
      fix: 'pass the new device, e.g. --esn A1B2C3D4',
      exitCode: ExitCode.usage,
    })
  }
  const accountId = parseId('change-device', 'account', values.account)
  const session = await openSession(context.settings)
  try {
    const { api } = session
    const account = await pickAccount(api, accountId)
    let request = await api.changeDevice({ account_id: account.id, device_esn: values.esn, device_iccid: values.iccid })
    context.terminal.line(`  Filed a device change for line #${account.id}:`)
    context.terminal.line(deviceChangeView(request))
    if (values.wait && !request.completed) {
      context.terminal.line()
      request = await waitWithSpinner(api, context.terminal, 'device_change', request.id)
      const detail = await api.getAccount({ account_id: account.id })
      context.terminal.line(`  Line #${account.id} now uses ${detail.active_device.model_name}, ESN/MEID ${detail.active_device.esn}.`)
    }
    context.emit({ device_change_request: request })
  } finally {
    await session.close()
  }
}
