// Handlers of review-protocol.ts requests: edits computed by the core review edit functions on the
// server's current text of the document, so they apply as one workspace edit (one undo step).
import type { Connection } from 'vscode-languageserver/node';
import { toLspEdits } from '../core/lsp/code-actions';
import { setRiskDecision } from '../core/review/edit';
import { RISK_STATUSES, todayIso } from '../core/review/types';
import type { DocumentResult } from './pipeline';
import { DECIDE_RISK, type DecideRiskParams, type DecideRiskResult } from './review-protocol';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function registerReviewRequests(connection: Connection, resultOf: (uri: string) => DocumentResult | undefined): void {
  connection.onRequest(DECIDE_RISK, (p: DecideRiskParams): DecideRiskResult => {
    const uri = text(p?.uri);
    const key = text(p?.key);
    const r = uri ? resultOf(uri) : undefined;
    if (!r || !key) return { error: 'The document is not open.' };
    if (!(RISK_STATUSES as readonly unknown[]).includes(p.status)) return { error: `Unknown status "${String(p.status)}".` };
    const justification = text(p.justification);
    const owner = text(p.owner);
    const ticket = text(p.ticket);
    const expires = text(p.expires);
    const out = setRiskDecision(r.text, {
      key,
      status: p.status,
      ...(justification ? { justification } : {}),
      ...(owner ? { owner } : {}),
      date: todayIso(),
      ...(ticket ? { ticket } : {}),
      ...(expires ? { expires } : {}),
    });
    if ('error' in out) return { error: out.error };
    return { edits: toLspEdits(out.edits, r.lineIndex), version: r.version };
  });
}
