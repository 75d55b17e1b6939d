// Analysis enrichment for the CLI outputs (json, sarif, text): kept here so the formatters only add a
// call. Everything is derived from CheckResult.analysis and the findings' data.
import type { Location, ReportingDescriptor, Result } from 'sarif';
import { describeAnalysisCode } from '../analysis/codes';
import type { Analysis } from '../analysis/types';
import type { Problem } from '../diagnostics';
import { t } from '../l10n/lang';
import { relatedMessage } from '../l10n/problem-text';
import type { LineIndex } from '../text/line-index';

/** Per-file JSON keys: models, findings (flattened threat data, 0-based ranges) and damages. */
export function analysisJson(a: Analysis, lines: LineIndex) {
  return {
    models: a.models,
    findings: a.findings.map((f) => {
      const d = (f.data ?? {}) as Record<string, unknown>;
      return {
        code: f.code,
        severity: f.severity,
        message: f.message,
        ...(typeof d.threat === 'string' ? { threat: d.threat } : {}),
        ...(Array.isArray(d.damages) ? { damages: d.damages } : {}),
        ...(typeof d.target === 'string' ? { target: d.target } : {}),
        ...(Array.isArray(d.missing) ? { missing: d.missing } : {}),
        ...(Array.isArray(d.planned) && d.planned.length ? { planned: d.planned } : {}),
        ...(Array.isArray(d.route) && d.route.length ? { route: d.route } : {}),
        range: lines.range(f.span),
      };
    }),
    damages: a.damages.map((d) => ({
      damage: d.damage,
      model: d.model,
      priority: d.priority,
      title: d.title,
      status: d.status,
      scenarios: d.scenarios.map((s) => ({ threats: s.threats, steps: s.steps, target: s.target, status: s.status })),
    })),
  };
}

/** SARIF rule metadata for analysis codes (help from the catalogue), or undefined for other codes. */
export function analysisRule(code: string): Partial<ReportingDescriptor> | undefined {
  const d = describeAnalysisCode(code);
  if (!d) return undefined;
  return {
    shortDescription: { text: d.title },
    fullDescription: { text: d.help },
    help: { text: d.help, markdown: `**${d.title}**\n\n${d.help}` },
    ...(d.properties ? { properties: { ...d.properties, tags: ['security', 'ipa-smart-factory'] } } : {}),
  };
}

/** Identity of a finding for SARIF fingerprints: the threat instance, not its (changing) missing list. */
export function fingerprintBasis(p: Problem): string | undefined {
  const key = p.data?.key;
  return typeof key === 'string' ? `${p.code}\u0000${key}` : undefined;
}

/** codeFlows along the route, and properties naming the IPA threat and countermeasure IDs. */
export function analysisResultExtras(p: Problem, location: (span: Problem['span']) => Location): Partial<Result> {
  const d = (p.data ?? {}) as Record<string, unknown>;
  if (typeof d.threat !== 'string') return {};
  const ids = (v: unknown) => (Array.isArray(v) ? v.map((x) => `ID${String(x)}`) : []);
  // Route steps are picked from the core's English labels, then shown in the process language.
  const steps = [
    ...(p.related ?? []).filter((r) => r.message.startsWith('route step')).map((r) => ({ span: r.span, message: relatedMessage(r.message) })),
    { span: p.span, message: t('{0} on {1}', d.threat, String(d.target)) },
  ];
  return {
    ...(Array.isArray(d.route) && d.route.length > 0
      ? {
          codeFlows: [
            {
              message: { text: t('Intrusion route {0}', Array.isArray(d.routeZones) ? d.routeZones.join(' → ') : '') },
              threadFlows: [{ locations: steps.map((s) => ({ location: { ...location(s.span), message: { text: s.message } } })) }],
            },
          ],
        }
      : {}),
    properties: {
      ipaThreat: d.threat,
      ipaDamages: d.damages,
      ipaMissing: ids(d.missing),
      ipaPlanned: ids(d.planned),
      ipaCountermeasures: [...ids(d.missing), ...ids(d.planned)],
      data: d,
    },
  };
}

/** One line per file after its problems: models and damage statuses (in the process language). */
export function analysisTextLine(path: string, a: Analysis): string {
  const models = a.models.length ? t('models {0}', a.models.join(', ')) : t('no implementation model');
  const damages = a.damages.map((d) => t('damage {0} {1}', d.damage, d.status === 'open' ? t('open') : d.status === 'one-layer' ? t('one-layer') : d.status === 'defended-in-depth' ? t('defended-in-depth') : d.status)).join(t(', '));
  return `${path}: ${models}${damages ? `; ${damages}` : ''}`;
}
