// Lookups by user-supplied key (a kind, code, section or id read from a plant file, a setting or a
// message) must see only the table's own entries: `table['constructor']` on a plain object is
// Object.prototype's function, and `'toString' in table` is true. Use these instead (issue 16.6).

/** `table[key]` when `key` is the table's own property, else undefined (never Object.prototype's members). */
export function own<V>(table: Readonly<Record<string, V>>, key: string | undefined): V | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** True when `key` is an own property of `table` (a type guard for keyed tables such as ZONE_KINDS). */
export function hasOwnKey<K extends string>(table: Readonly<Record<K, unknown>>, key: string | undefined): key is K {
  return key !== undefined && Object.hasOwn(table, key);
}
