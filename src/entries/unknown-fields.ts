/**
 * Fields a schema does not know, at any depth: Zod drops them silently, so a
 * misspelled `status_by` actor or `updates` text would vanish. Found by
 * walking the front matter as written alongside its schema.
 */
import * as z from 'zod';

/** A field the schema does not know: where it is, and the names it could have meant. */
export interface UnknownField {
  path: (string | number)[];
  /** The fields known where it is written, for a did-you-mean. */
  known: string[];
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Optional, default and nullable wrappers, taken off. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** Every field of `value` that `schema` does not know, in the order written, at any depth. */
export function unknownFields(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownField[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => unknownFields(inner.element as z.ZodType, item, [...path, i]));
  }
  if (inner instanceof z.ZodUnion) {
    // A union of text and a mapping (an actor as an id or `{id, role}`): a mapping meets the mapping.
    const mapping = (inner.options as z.ZodType[]).find((option) => unwrap(option) instanceof z.ZodObject);
    return mapping && isMapping(value) ? unknownFields(mapping, value, path) : [];
  }
  if (!(inner instanceof z.ZodObject) || !isMapping(value)) return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  return Object.keys(value).flatMap((key) =>
    Object.hasOwn(shape, key) ? unknownFields(shape[key]!, value[key], [...path, key]) : [{ path: [...path, key], known }],
  );
}
