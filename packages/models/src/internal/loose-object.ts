import * as v from 'valibot'

function isOptionalEntry(schema: v.ObjectEntries[string]): boolean {
  return schema.type === 'optional' || schema.type === 'exact_optional'
}

/**
 * `v.looseObject` (unknown keys are kept) that reads `null` on an optional key as an
 * absent key: the contract (§1) omits optional keys rather than sending `null`, but
 * Rails-style hosts commonly serialise a missing value as `null`, so the key is
 * dropped from the output instead of failing. `null` on a required key still fails.
 * Unlike `v.looseObject`, an array is not accepted as an object.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _looseObject<const TEntries extends v.ObjectEntries>(entries: TEntries): v.LooseObjectSchema<TEntries, undefined> {
  const schema = v.looseObject(entries)
  const run = schema['~run']
  // Computed once: the keys whose `null` counts as absent.
  const optionalKeys = Object.keys(entries).filter((key) => isOptionalEntry(entries[key]!))
  return Object.assign(schema, {
    '~run'(this: typeof schema, dataset: Parameters<typeof run>[0], config: Parameters<typeof run>[1]) {
      const input: unknown = dataset.value
      if (Array.isArray(input)) {
        v._addIssue(this, 'type', dataset, config)
        return dataset as unknown as ReturnType<typeof run>
      }
      if (input && typeof input === 'object') {
        let copy: Record<string, unknown> | undefined
        for (const key of optionalKeys) {
          if ((input as Record<string, unknown>)[key] === null && Object.hasOwn(input, key)) {
            copy ??= { ...(input as Record<string, unknown>) }
            delete copy[key]
          }
        }
        if (copy) dataset.value = copy
      }
      return run.call(this, dataset, config)
    },
  })
}
