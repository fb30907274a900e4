// ringplus-sample: the RingPlus SDK's consumer CLI. `tour` is the README's main command.
import { main } from './cli/main'

// `ringplus-sample tour | head`: a reader that goes away early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const code = await main(process.argv.slice(2))
// Exit once output is flushed, even if a keep-alive socket or timer lingers.
process.stdout.write('', () => process.exit(code))
