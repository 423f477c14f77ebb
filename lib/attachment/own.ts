/**
 * Reads an own property only. Plain `record[key]` would also find inherited members such as
 * `constructor` or `toString`, which must never count as an answer or a score.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
