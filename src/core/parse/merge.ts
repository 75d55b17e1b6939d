// YAML 1.1 merge keys (`<<: *defaults`, `<<: [*a, *b]`; yaml.org/type/merge.html) that cannot merge:
// a value that is not a mapping (or a list of mappings), or a mapping that contains the merge itself
// (which would expand forever). Each gets a `yaml-merge` problem and is dropped from the Document,
// so the rest of the file still converts and is checked.
import { isAlias, isMap, isNode, isPair, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { Problem } from '../diagnostics';
import { isMergeKey, nodeSpan } from './node-at';

/** Removes unusable merge keys from `doc` (mutating it) and reports each. */
export function dropBadMerges(doc: Document, text: string): Problem[] {
  const out: Problem[] = [];
  // Depth-first with the chain of enclosing mappings, to see a merge of an ancestor.
  const stack: { node: unknown; ancestors: readonly YAMLMap[] }[] = [{ node: doc.contents, ancestors: [] }];
  while (stack.length) {
    const { node, ancestors } = stack.pop()!;
    if (isMap(node)) {
      const chain = [...ancestors, node];
      node.items = node.items.filter((pair) => {
        if (!isMergeKey(pair)) return true;
        const reason = mergeProblem(pair.value, doc, chain);
        if (!reason) return true;
        const at = isNode(pair.value) ? (pair.value as Node) : (pair.key as Node);
        out.push({ code: 'yaml-merge', severity: 'error', message: MERGE_MESSAGES[reason], span: nodeSpan(at, text), data: { reason } });
        return false;
      });
      for (const p of node.items) stack.push({ node: p.value, ancestors: chain }, { node: p.key, ancestors: chain });
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, ancestors });
    } else if (isPair(node)) {
      stack.push({ node: node.value, ancestors });
    }
  }
  return out;
}

/** Why a merge key cannot merge (`data.reason` of `yaml-merge`; src/core/l10n/format-text.ts renders it). */
export type MergeReason = 'not-mapping' | 'contains-itself';

const MERGE_MESSAGES: Record<MergeReason, string> = {
  'not-mapping': 'A merge key (<<) takes a mapping or a list of mappings, usually aliases like *defaults',
  'contains-itself': 'This merge key merges a mapping that contains it, which would repeat forever',
};

function mergeProblem(value: unknown, doc: Document, chain: readonly YAMLMap[]): MergeReason | undefined {
  const resolve = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n);
  const v = resolve(value);
  const sources = isSeq(v) ? v.items.map(resolve) : [v];
  if (sources.length === 0 || sources.some((s) => !isMap(s))) return 'not-mapping';
  if (sources.some((s) => chain.includes(s as YAMLMap))) return 'contains-itself';
  return undefined;
}
