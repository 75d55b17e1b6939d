// Messages of the format layer (parse, validation; docs/format.md) rendered from a problem's code and
// data in the current language. The English templates mirror the core's own messages.
import { countermeasureById } from '../catalog/index';
import type { MeasureTarget } from '../catalog/types';
import type { Problem } from '../diagnostics';
import { deviceKindName, measureName, sortName, zoneKindName } from './names';
import { pick, t } from './lang';

type Data = Readonly<Record<string, unknown>>;
const s = (v: unknown) => String(v ?? '');

/** Japanese for the yaml library's error codes (its English message follows in brackets). */
function yamlText(code: string): string | undefined {
  switch (code) {
    case 'ALIAS_PROPS': return t('An alias cannot have an anchor or a tag');
    case 'BAD_ALIAS': return t('Invalid alias');
    case 'BAD_DIRECTIVE': return t('Invalid directive');
    case 'BAD_DQ_ESCAPE': return t('Invalid escape sequence in a double-quoted string');
    case 'BAD_INDENT': return t('Wrong indentation');
    case 'BAD_PROP_ORDER': return t('Anchor and tag must come before the value');
    case 'BAD_SCALAR_START': return t('A plain value cannot start with this character; quote it');
    case 'BLOCK_AS_IMPLICIT_KEY': return t('A block value cannot be a key');
    case 'BLOCK_IN_FLOW': return t('A block value cannot be inside brackets [ ] or { }');
    case 'DUPLICATE_KEY': return t('Duplicate key');
    case 'IMPOSSIBLE': return t('The YAML parser reached an impossible state');
    case 'KEY_OVER_1024_CHARS': return t('An implicit key is longer than 1024 characters');
    case 'MISSING_CHAR': return t('A closing character is missing (bracket, quote or colon)');
    case 'MULTILINE_IMPLICIT_KEY': return t('An implicit key must fit on one line');
    case 'MULTIPLE_ANCHORS': return t('A value has more than one anchor');
    case 'MULTIPLE_DOCS': return t('More than one YAML document');
    case 'MULTIPLE_TAGS': return t('A value has more than one tag');
    case 'NON_STRING_KEY': return t('A key is not text');
    case 'RESOURCE_EXHAUSTION': return t('The YAML needs too many resources to process');
    case 'TAB_AS_INDENT': return t('Tabs cannot indent YAML; use spaces');
    case 'TAG_RESOLVE_FAILED': return t('Unresolved tag');
    case 'UNEXPECTED_TOKEN': return t('Unexpected text');
    case 'BAD_COLLECTION_TYPE': return t('Wrong collection type for this tag');
    default: return undefined;
  }
}

function describeTarget(target: MeasureTarget): string {
  const side = (x: { zoneKinds?: readonly string[]; deviceKinds?: readonly string[] }) =>
    [...(x.zoneKinds ?? []).map(zoneKindName), ...(x.deviceKinds ?? []).map(deviceKindName)].join('/') || t('any');
  switch (target.type) {
    case 'device': return t('a device of kind {0}', target.deviceKinds.map(deviceKindName).join(t(' or ')));
    case 'network': return t('a zone of kind {0}', target.zoneKinds.map(zoneKindName).join(t(' or ')));
    case 'boundary': return t('a conduit between {0} and {1} (or a device on it)', side(target.between[0]), side(target.between[1]));
  }
}

/** The message of a format-layer problem, or undefined when the code is not the format layer's. */
export function formatMessage(p: Problem): string | undefined {
  const d: Data = p.data ?? {};
  switch (p.code) {
    case 'yaml-syntax':
    case 'yaml-warning': {
      const what = yamlText(s(d.yamlCode));
      return what ? t('{0} ({1})', what, p.message) : undefined;
    }
    case 'yaml-merge':
      return d.reason === 'contains-itself'
        ? t('This merge key merges a mapping that contains it, which would repeat forever')
        : t('A merge key (<<) takes a mapping or a list of mappings, usually aliases like *defaults');
    case 'problems-omitted':
      return t('{0} more problems with code {1} in this file are not listed (at most {2} per code are).', s(d.omitted), s(d.code), s(d.max));
    case 'yaml-tab-indent':
      return t('Tabs are not allowed as indentation in YAML; indent with spaces');
    case 'yaml-internal':
      return t('The YAML parser failed: {0}', s(d.detail ?? p.message));
    case 'duplicate-key':
      return t("Duplicate key '{0}' in this mapping", s(d.key));
    case 'multi-document':
      return t('Only one YAML document is allowed per plant file; {0} more ignored', Number(d.documents) - 1);
    case 'empty-document':
      return t('The file describes no plant (it is empty); start with `smartfab: 1`');
    case 'alias-limit':
      return t('Too many alias expansions (limit {0}); the file looks like an alias bomb', s(d.limit));
    case 'file-too-large':
      return t('File too large: {0} characters (limit {1})', s(d.length), s(d.limit));
    case 'binary-content':
      return t('The file holds binary data (a NUL character), not YAML text');
    case 'duplicate-id':
      return t("Duplicate id '{0}': already used by a {1}", s(d.id), sortName(s(d.firstSort)));
    case 'unknown-zone':
      return d.device !== undefined
        ? t("Device '{0}' is in zone '{1}', which is not declared under zones", s(d.device), s(d.id))
        : t("Zone '{0}' is not declared under zones", s(d.id));
    case 'dangling-ref':
      if (d.actual !== undefined) return t("'{0}' is a {1}, but a {2} is expected here", s(d.id), sortName(s(d.actual)), sortName(s(d.expects)));
      return t("Unknown {0} '{1}' (not declared under {2})", sortName(s(d.expects)), s(d.id), sortName(s(d.expects)));
    case 'self-conduit':
      return t("Conduit '{0}' joins zone '{1}' to itself; a conduit joins two different zones", s(d.id), s(d.zone));
    case 'parent-cycle':
      return t("Zone '{0}' is nested inside itself through 'parent'", s(d.id));
    case 'missing-reason':
      return t("Countermeasure {0} is marked not-applicable without a reason; say why under 'reason'", measureName(s(d.measure)));
    case 'unknown-measure':
      return t('Unknown countermeasure ID{0}: the IPA report defines no such ID (tables 5-10)', s(d.measure));
    case 'ignored-property':
      if (d.reason === 'not-detection') return t("'monitors' has no effect on '{0}' ({1}): only an IDS or IPS watches zones and conduits (measure 10)", s(d.device), deviceKindName(s(d.kind)));
      if (d.reason === 'not-filtering') return t("'filtering' has no effect on '{0}' ({1}): only a switch or router is made a filtering device by it (measure 8)", s(d.device), deviceKindName(s(d.kind)));
      if (d.reason === 'always-filtering') return t("'filtering: false' has no effect on '{0}' ({1}): a firewall or IPS always counts as a filtering device (measure 8); give a device that does not filter another kind", s(d.device), deviceKindName(s(d.kind)));
      return undefined;
    case 'duplicate-measure':
      return t("{0} is already listed for '{1}'", measureName(s(d.measure)), s(d.target));
    case 'measure-target-kind': {
      const cm = countermeasureById(s(d.measure));
      if (!cm) return undefined;
      return t("{0} (target: {1}) applies to {2}, not to {3} '{4}'", measureName(cm.id), pick(cm.targetLabel), describeTarget(cm.target), sortName(s(d.targetType)), s(d.target));
    }
    case 'internal-error':
      if (d.stage === 'analysis') return t('SmartFab failed to analyse this file: {0}', s(d.detail));
      return t('SmartFab failed to check this file: {0}', d.detail !== undefined ? s(d.detail) : p.message.replace(/^SmartFab failed to check this file: /, ''));
    default:
      return undefined;
  }
}


