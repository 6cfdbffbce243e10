import { formatPath } from '../../model/formatPath.js';

interface JsonSchemaNode {
  type?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: unknown;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/**
 * The paths of the keys in `value` that `schema` (a JSON Schema without
 * references, as `communityJsonSchema()` writes it) does not know: keys that
 * parsing drops silently, such as a misspelled `activites` or `joinedat`.
 * Objects whose schema lists no properties (metadata) may hold any key.
 * Iterative, in document order.
 */
export function unknownKeys(value: unknown, schema: JsonSchemaNode): string[] {
  const found: string[] = [];
  const stack: [unknown, JsonSchemaNode, (string | number)[]][] = [[value, schema, []]];
  while (stack.length > 0) {
    const [v, s, path] = stack.pop() as [unknown, JsonSchemaNode, (string | number)[]];
    const node = s.anyOf?.find((x) => x.properties !== undefined || x.items !== undefined) ?? s;
    if (Array.isArray(v)) {
      if (node.items !== undefined)
        for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], node.items, [...path, i]]);
      continue;
    }
    if (typeof v !== 'object' || v === null || node.properties === undefined) continue;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      const child = Object.hasOwn(node.properties, k) ? node.properties[k] : undefined;
      if (child === undefined) found.push(formatPath([...path, k]));
      else stack.push([(v as Record<string, unknown>)[k], child, [...path, k]]);
    }
  }
  return found.sort(byDocumentOrder);
}

/** Paths compared so that `members[2]` comes before `members[10]`. */
function byDocumentOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
