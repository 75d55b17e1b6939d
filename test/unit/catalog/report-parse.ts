// Re-extracts the catalogue tables from the report's text, independently of src/core/catalog, so
// that a transcription slip in the data shows up as a test failure.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Where the report text is: $SMARTFAB_REPORT, else the shared reference copy. */
export function reportPath(): string | undefined {
  const candidates = [
    process.env.SMARTFAB_REPORT,
    // The project's shared/ folder sits beside the repository (locally and in CI).
    path.resolve(__dirname, '../../../../shared/reference/ipa-smart-factory-report.ja.txt'),
    path.resolve(__dirname, '../../../docs/reference/ipa-smart-factory-report.ja.txt'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** The report with PDF page headers ("調査報告書 19") dropped. */
export function readReport(file: string): string {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => !/^\s*調査報告書\s*\d+\s*$/.test(l))
    .join('\n');
}

/** Whitespace removed: the PDF breaks lines and spaces words arbitrarily. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export interface ExtractedRow {
  threat: string;
  kind: 'entry' | 'path';
  measures: string[];
  /** The target as printed after each ID, whitespace removed. */
  labels: string[];
}
export interface ExtractedDamage {
  table: number;
  damage: number;
  rows: ExtractedRow[];
}

function segment(text: string, startMark: RegExp, endMark: RegExp): string {
  const start = text.search(startMark);
  if (start < 0) throw new Error(`report: ${startMark} not found`);
  const rest = text.slice(start);
  const end = rest.slice(1).search(endMark);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/** Tables 5-10: the "[被害 n]", "侵入口/侵入経路 [脅威 X]" and "[対策 IDn-m]label" sequence of each. */
export function extractThreatTables(text: string): ExtractedDamage[] {
  const out: ExtractedDamage[] = [];
  for (let table = 5; table <= 10; table++) {
    const seg = segment(text, new RegExp(`表 ${table} 実装モデル`), /^\s*※/m);
    const re = /\[被害\s*(\d+)\]|(侵入口|侵入経路)\s*\[脅威\s*([A-L]\d)\]|\[対策\s*ID(\d+-\d+)\]((?:(?!侵入口|侵入経路)[^[※])*)/g;
    let damage: ExtractedDamage | undefined;
    let row: ExtractedRow | undefined;
    for (const m of seg.matchAll(re)) {
      if (m[1]) {
        damage = { table, damage: Number(m[1]), rows: [] };
        out.push(damage);
      } else if (m[3]) {
        if (!damage) throw new Error(`table ${table}: threat before damage`);
        row = { threat: m[3], kind: m[2] === '侵入口' ? 'entry' : 'path', measures: [], labels: [] };
        damage.rows.push(row);
      } else if (m[4]) {
        if (!row) throw new Error(`table ${table}: ID before threat`);
        row.measures.push(m[4]);
        row.labels.push(squash(m[5] ?? ''));
      }
    }
  }
  return out;
}

/** Table 16: damage -> model. */
export function extractDamageModels(text: string): Array<[number, number]> {
  const seg = segment(text, /表 16被害の一覧/, /⚫ 脅威の一覧/);
  return [...seg.matchAll(/実装モデル\s*(\d)\s*\[被害\s*(\d+)\]/g)].map((m) => [Number(m[2]), Number(m[1])]);
}

/** Table 17: [threat, model] pairs in print order (duplicates kept). */
export function extractThreatModels(text: string): Array<[string, number]> {
  const seg = segment(text, /表 17脅威の一覧/, /⚫ 対策の一覧/);
  return [...seg.matchAll(/実装モデル\s*(\d)\s*\[脅威\s*([A-L]\d)\]/g)].map((m) => [m[2]!, Number(m[1])]);
}

/**
 * Table 18: measure kind -> models and printed title. Each kind's first model is printed just before
 * "[対策 n]", the others after it, up to the model printed before the next kind.
 */
export function extractMeasureKinds(text: string): Map<number, { models: number[]; title: string }> {
  const seg = segment(text, /表 18対策の一覧/, /(?!)/);
  type Token = { model: number } | { kind: number; title: string };
  const tokens = [...seg.matchAll(/実装モデル\s*(\d)|\[対策\s*(\d+)\]\s*([^\n]*)/g)].map((m): Token =>
    m[1] ? { model: Number(m[1]) } : { kind: Number(m[2]), title: squash(m[3] ?? '') },
  );
  const kinds = tokens.flatMap((tk, i) => ('kind' in tk ? [i] : []));
  const out = new Map<number, { models: number[]; title: string }>();
  kinds.forEach((p, j) => {
    const tk = tokens[p] as { kind: number; title: string };
    const before = tokens[p - 1];
    const next = kinds[j + 1];
    const after = tokens.slice(p + 1, next === undefined ? tokens.length : next - 1);
    const models = [before, ...after].flatMap((x) => (x && 'model' in x ? [x.model] : []));
    out.set(tk.kind, { models, title: tk.title });
  });
  return out;
}
