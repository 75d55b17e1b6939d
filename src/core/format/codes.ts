// Documentation of the problem codes the format layer reports: SARIF rule help, LSP code descriptions,
// docs. Codes are stable; schema codes are "schema-<ajv keyword>".
import type { Severity } from '../diagnostics';
import { own } from '../own';

export interface CodeDoc {
  readonly title: string;
  readonly help: string;
  readonly severity: Severity;
}

export const FORMAT_CODES: Readonly<Record<string, CodeDoc>> = {
  'yaml-syntax': { title: 'YAML syntax error', severity: 'error', help: 'The text is not valid YAML at this place. Fix indentation, brackets or quotes; every syntax error in the file is reported.' },
  'yaml-tab-indent': { title: 'Tab indentation', severity: 'error', help: 'YAML does not allow tabs for indentation. The rest of the file is checked as if each such tab were one space; the quick-fix "Convert tabs to spaces" rewrites them with the file\'s indent.' },
  'yaml-merge': { title: 'Unusable merge key', severity: 'error', help: 'A YAML merge key (`<<: *defaults`) must name a mapping or a list of mappings, and not a mapping that contains the merge. The entry is ignored.' },
  'yaml-warning': { title: 'YAML warning', severity: 'warning', help: 'The YAML is valid but questionable (e.g. an unresolved tag).' },
  'yaml-internal': { title: 'YAML parser failure', severity: 'error', help: 'The YAML parser could not process the text (e.g. pathological nesting). Simplify the file.' },
  'duplicate-key': { title: 'Duplicate key', severity: 'error', help: 'A mapping has the same key twice; YAML forbids it and the later value would be lost. Rename or merge the entries.' },
  'multi-document': { title: 'More than one YAML document', severity: 'error', help: 'A plant file holds exactly one YAML document. Split further `---` documents into their own *.smartfab.yaml files.' },
  'empty-document': { title: 'Empty plant file', severity: 'error', help: 'The file holds no YAML content. Start with `smartfab: 1` and add zones and devices.' },
  'alias-limit': { title: 'Too many alias expansions', severity: 'error', help: 'YAML aliases (*name) expand to more nodes than allowed, as in an "alias bomb". Write the data out or use fewer aliases.' },
  'file-too-large': { title: 'File too large', severity: 'error', help: 'The file exceeds the size SmartFab checks (5 MiB). Split the plant or group identical devices with `count`.' },
  'binary-content': { title: 'Binary content', severity: 'error', help: 'The file holds NUL characters, so it is not a YAML text file.' },
  'duplicate-id': { title: 'Duplicate id', severity: 'error', help: 'Zone, device, conduit and flow ids share one namespace, so references are unambiguous. Rename one of them.' },
  'dangling-ref': { title: 'Unknown reference', severity: 'error', help: 'The id refers to no element of the expected kind: conduits join zones, `via` and flows name devices, countermeasure targets name zones, devices or conduits.' },
  'unknown-zone': { title: 'Device in an unknown zone', severity: 'error', help: "The device's `zone` names no zone declared under `zones`. Declare the zone or fix the id." },
  'self-conduit': { title: 'Conduit joins a zone to itself', severity: 'error', help: 'A conduit is the path between two different zones; traffic within a zone needs no conduit.' },
  'parent-cycle': { title: 'Zone nested in itself', severity: 'error', help: "Following the zones' `parent` links leads back to the same zone. Nesting must form a tree." },
  'unknown-measure': { title: 'Unknown countermeasure ID', severity: 'error', help: "The ID is not one of the IPA report's countermeasure IDs (ID1-1 … ID18-1, tables 5-10)." },
  'measure-target-kind': { title: 'Countermeasure on the wrong kind of element', severity: 'error', help: 'Each countermeasure ID applies to one target in the IPA tables: a device kind, a network (zone kind) or a boundary (a conduit between two zone kinds). Apply it to such an element, or use the ID the report gives for this target.' },
  'missing-reason': { title: 'Not applicable without a reason', severity: 'error', help: 'A countermeasure marked `status: not-applicable` must say why under `reason`, so reviewers can judge the decision.' },
  'ignored-property': { title: 'Key with no effect on this device', severity: 'warning', help: 'The analysis reads `monitors` only on an IDS or IPS (measure 10) and `filtering` only on a switch or router (measure 8, example ①); a firewall or IPS filters by its kind. The key is ignored, so the measure it suggests is not counted: change the device\'s kind or remove the key.' },
  'duplicate-measure': { title: 'Countermeasure listed twice', severity: 'warning', help: 'The same countermeasure ID is listed twice for the same target; keep one entry.' },
  'problems-omitted': { title: 'Problems left out', severity: 'warning', help: 'The file has more problems of one code than SmartFab lists (200 per code and file; repeats of one problem on one line are listed once). Fix the listed ones, then check again; the message says how many were left out.' },
  'internal-error': { title: 'Internal error', severity: 'error', help: 'SmartFab failed while checking the file. Please report it with the file attached.' },
};

const SCHEMA_HELP: Readonly<Record<string, string>> = {
  required: 'A required property is missing (zones need `kind`; devices `kind` and `zone`; conduits `between`; flows `from` and `to`; countermeasures `measure` and `target`).',
  additionalProperties: 'The property is not part of the format (check its spelling). Use an `x-` prefix for your own data.',
  enum: 'The value must be one of the listed words (zone kinds, device kinds, wireless technologies, statuses).',
  propertyNames: 'Ids start with a letter or digit and continue with letters, digits, `_`, `.` or `-` (at most 64 characters).',
  type: 'The value has the wrong type (e.g. a list where a mapping is expected).',
  const: 'The format version must be `smartfab: 1`.',
  pattern: 'The text does not have the expected shape (countermeasure IDs are written ID8-1 or 8-1).',
};

/** Docs for any code; schema-* codes are described from their keyword. Unknown codes get a generic text. */
export function describeCode(code: string): CodeDoc {
  const known = own(FORMAT_CODES, code);
  if (known) return known;
  if (code.startsWith('schema-')) {
    const kw = code.slice('schema-'.length);
    return { title: `Schema violation (${kw})`, severity: 'error', help: SCHEMA_HELP[kw] ?? `The value breaks the format's "${kw}" rule; see docs/format.md.` };
  }
  return { title: code, severity: 'warning', help: `SmartFab problem ${code}.` };
}
