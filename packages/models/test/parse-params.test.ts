import { inspect } from 'node:util'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { EsnSchema, IccidSchema, ParameterValidationError, isRingPlusError, parseParams } from '../src/index'

const ChangeDeviceParamsSchema = v.object({
  account_id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  device_esn: EsnSchema,
  device_iccid: v.optional(IccidSchema),
})

const UpdateUserParamsSchema = v.object({
  user_id: v.number(),
  user: v.object({ email: v.optional(v.string()), password: v.optional(v.pipe(v.string(), v.minLength(12, 'is too short'))) }),
})

function thrown(run: () => unknown): ParameterValidationError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterValidationError)
    return error as ParameterValidationError
  }
  throw new Error('expected a ParameterValidationError')
}

describe('parseParams', () => {
  it('returns valid parameters', () => {
    const params = { account_id: 11, device_esn: 'a1b2c3d4', device_iccid: '89014103211118510720' }
    expect(parseParams(ChangeDeviceParamsSchema, params, 'changeDevice')).toEqual(params)
  })

  it('throws a RingPlusError naming the operation and each field', () => {
    const error = thrown(() => parseParams(ChangeDeviceParamsSchema, { account_id: 11, device_esn: 'nope' }, 'changeDevice'))
    expect(isRingPlusError(error)).toBe(true)
    expect(error.name).toBe('ParameterValidationError')
    expect(error.operation).toBe('changeDevice')
    expect(error.issues).toEqual([{ path: 'device_esn', message: 'is not a valid ESN/MEID' }])
    expect(error.message).toBe('Invalid parameters for changeDevice: device_esn: is not a valid ESN/MEID')
    expect(error.toJSON()).toEqual({ name: 'ParameterValidationError', message: error.message, operation: 'changeDevice', issues: error.issues })
  })

  it('reports missing and mistyped parameters', () => {
    const error = thrown(() => parseParams(ChangeDeviceParamsSchema, { account_id: '11', device_iccid: '8901260123456789010' }, 'changeDevice'))
    expect(error.issues).toEqual([
      { path: 'account_id', message: 'expected number' },
      { path: 'device_esn', message: 'is required' },
      { path: 'device_iccid', message: 'is not a valid ICCID' },
    ])
  })

  it('rejects parameters that are not an object', () => {
    expect(thrown(() => parseParams(ChangeDeviceParamsSchema, undefined, 'changeDevice')).issues).toEqual([{ path: '', message: 'expected object' }])
  })

  it('never shows or keeps the values (parameters can hold a password)', () => {
    const password = 'short-pw'
    const error = thrown(() => parseParams(UpdateUserParamsSchema, { user_id: 1, user: { password } }, 'updateUser'))
    expect(error.issues).toEqual([{ path: 'user.password', message: 'is too short' }])
    for (const text of [error.message, JSON.stringify(error), inspect(error), String(error.stack)]) {
      expect(text).not.toContain(password)
    }
    expect(Object.values(error)).not.toContainEqual(expect.objectContaining({ user: expect.anything() }))
  })
})
