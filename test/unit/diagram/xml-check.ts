// A tiny well-formedness check for the SVGs we emit (no DOMParser in Node): balanced tags, quoted attributes,
// no stray '<' or unescaped '&' in text or attribute values. Returns the problems found (empty = well-formed).
const TAG = /<!--[\s\S]*?-->|<\?xml[^>]*\?>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (BAD_AMP.test(text)) problems.push(`unescaped & in text near ${i}`);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root near ${i}`);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m) {
      problems.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
      break;
    }
    if (m[2]) {
      if (BAD_AMP.test(m[3] ?? '')) problems.push(`unescaped & in attributes of <${m[2]}>`);
      if (m[1]) {
        const open = stack.pop();
        if (open !== m[2]) problems.push(`</${m[2]}> closes <${open}>`);
      } else if (!m[4]) {
        if (stack.length === 0) roots++;
        stack.push(m[2]);
      } else if (stack.length === 0) roots++;
    }
    i = TAG.lastIndex;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
