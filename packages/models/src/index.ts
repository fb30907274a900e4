export { RingPlusError, isRingPlusError } from './ringplus-error'
