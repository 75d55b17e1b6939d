// A problem in the user's language. The core writes Problem.message in English (tests and JSON keep it);
// every output (LSP diagnostics, CLI text, SARIF, the review report) shows localizeProblem(p, lang),
// rendered from the problem's stable code and data, never by translating the English text. Related
// locations carry no data, so their short labels are matched against the core's templates below.
import type { Problem, RelatedLocation } from '../diagnostics';
import { decisionNote } from '../review/decide';
import type { DecisionData } from '../review/types';
import { analysisMessage } from './analysis-text';
import { formatMessage } from './format-text';
import { currentLang, type Lang, t, withLang } from './lang';
import { deviceKindName, zoneKindName } from './names';
import { schemaMessage } from './schema-text';

/** English shapes of related-location labels (src/core/validate, parse, analysis) and their rendering. */
const RELATED: readonly [RegExp, (...a: string[]) => string][] = [
  [/^route step (\d+): (.+) – (.+) \((.+)\)$/, (n, a, b, id) => t('route step {0}: {1} – {2} ({3})', n, a, b, id)],
  [/^zone (\S+) \((\S+)\)$/, (id, kind) => t('zone {0} ({1})', id, zoneKindName(kind))],
  [/^device (\S+) \((\S+)\)$/, (id, kind) => t('device {0} ({1})', id, deviceKindName(kind))],
  [/^'(.*)' first declared here$/, (id) => t("'{0}' first declared here", id)],
  [/^'(.*)' declared here$/, (id) => t("'{0}' declared here", id)],
  [/^'(.*)' first used here$/, (id) => t("'{0}' first used here", id)],
  [/^first listed here$/, () => t('first listed here')],
  [/^bypass continues on (\S+)$/, (id) => t('bypass continues on {0}', id)],
  [/^route continues on (\S+)$/, (id) => t('route continues on {0}', id)],
  [/^DMZ (\S+)$/, (id) => t('DMZ {0}', id)],
  [/^uncovered entry (\S+): route (.+) lacks (.+)$/, (id, r, ids) => t('uncovered entry {0}: route {1} lacks {2}', id, r, ids)],
  [/^also bypassed: route (.+)$/, (r) => t('also bypassed: route {0}', r)],
  [/^conduit (\S+)$/, (id) => t('conduit {0}', id)],
];

/** A related-location label in the current language; an unknown label is kept as written. */
export function relatedMessage(message: string): string {
  for (const [re, render] of RELATED) {
    const m = re.exec(message);
    if (m) return render(...m.slice(1));
  }
  return message;
}

/** The problem's message in the current language, or undefined when no renderer knows its code and data. */
export function renderMessage(p: Problem): string | undefined {
  // smartfab.config.yaml's problems (src/core/config/read.ts) carry the data of their plant-file counterparts.
  if (p.code === 'config-yaml') return formatMessage({ ...p, code: 'yaml-syntax' });
  if (p.code === 'config-schema') return schemaMessage({ ...p, code: `schema-${String(p.data?.keyword ?? '')}` });
  if (p.code === 'config-unknown-code' && typeof p.data?.key === 'string') {
    const candidates = Array.isArray(p.data.candidates) ? p.data.candidates.map(String) : [];
    return candidates.length
      ? t("severity: '{0}' is no SmartFab problem code; did you mean {1}?", p.data.key, candidates.join(', '))
      : t("severity: '{0}' is no SmartFab problem code (write a code such as threat-A4, or a prefix with *).", p.data.key);
  }
  return formatMessage(p) ?? schemaMessage(p) ?? analysisMessage(p);
}

/**
 * The problem as shown in `lang`: message and related labels rendered from code and data. In an English process
 * English keeps the core's message as is; a code no renderer knows keeps it too (the l10n tests list such codes).
 */
export function localizeProblem(p: Problem, lang: Lang): Problem {
  // The core writes some messages with t() in the process language; English from a Japanese process is rendered.
  if (lang === 'en' && currentLang() === 'en') return p;
  return withLang(lang, () => {
    const rendered = renderMessage(p);
    const repeated = p.data?.repeated;
    // limitProblems (src/core/check-limit.ts) collapsed repeats on one line and counted them in data.repeated.
    // The review stage (src/core/review/decide.ts) appended the decision's note and kept the decision in data.
    const decision = p.data?.decision as DecisionData | undefined;
    const decided = rendered !== undefined && decision?.status ? `${rendered} ${decisionNote(decision, p.code.startsWith('threat-'))}` : rendered;
    const message = decided !== undefined && typeof repeated === 'number' ? t('{0} (repeated {1} times on this line)', decided, repeated) : (decided ?? p.message);
    const related = p.related?.map((r): RelatedLocation => ({ ...r, message: relatedMessage(r.message) }));
    return { ...p, message, ...(related ? { related } : {}) };
  });
}

/** Both languages of a problem's message: the chosen one first (SARIF's text and markdown). */
export function messagesOf(p: Problem, lang: Lang): { text: string; other: string; otherLang: Lang } {
  const otherLang: Lang = lang === 'ja' ? 'en' : 'ja';
  return { text: localizeProblem(p, lang).message, other: localizeProblem(p, otherLang).message, otherLang };
}
