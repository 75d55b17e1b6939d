// Parser entry points: text -> YAML document (source.ts) -> Plant with spans (build-plant.ts),
// plus offset/path lookups for the language server (node-at.ts, locate.ts).
export { parseSource, MAX_TEXT_LENGTH, MAX_ALIAS_COUNT, type ParsedSource, type ParseOutcome } from './source';
export { buildPlant, normaliseMeasureText } from './build-plant';
export {
  nodeAt, pathAt, nodeAtPath, keySpanAtPath, nodeSpan, pairSpan, keyText, firstAlias,
  type NodeHit, type PathSegment, type YamlPath, type PathTarget,
} from './node-at';
export { allReferences, elementById, elementAt, referenceAt, referencesTo, type Reference, type ReferenceRole } from './locate';
