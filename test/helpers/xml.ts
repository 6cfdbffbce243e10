/** A well-formedness check for generated SVG: tags balanced in order, entities escaped, an <svg> root. */
export function isWellFormedXml(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name as string);
  }
  return stack.length === 0 && svg.startsWith('<svg') && !/&(?!amp;|lt;|gt;|quot;|apos;)/.test(svg);
}
