/** Escapes text for XML text nodes and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** An attribute value as text: arrays joined with `;`, objects as JSON. */
export function attributeText(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join(';');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The XML type of an attribute value: double, boolean or string. */
export function attributeType(values: unknown[]): 'double' | 'boolean' | 'string' {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return 'double';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}
