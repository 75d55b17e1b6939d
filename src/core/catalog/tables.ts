// Tables 5-10 row by row, exactly as printed (including the report's slips), plus the corrections
// this catalogue applies. Threats' damages and measures, and each ID's threats, are derived from
// these rows, so the rows are the single transcription of the tables (checked against the report
// text by test/unit/catalog/report-extract.test.ts).
import type { ModelId, ThreatKind } from './types';

export interface TableRow {
  readonly threat: string;
  readonly kind: ThreatKind;
  /** Countermeasure IDs "n-m" in the order the table lists them. */
  readonly measures: readonly string[];
}

export interface DamageRows {
  readonly table: number; // 5..10
  readonly model: ModelId;
  readonly damage: number;
  readonly rows: readonly TableRow[];
}

const entry = (threat: string, ids: string): TableRow => ({ threat, kind: 'entry', measures: ids.split(' ') });
const path = (threat: string, ids: string): TableRow => ({ threat, kind: 'path', measures: ids.split(' ') });

const A1 = entry('A1', '1-1 2-1 3-1');
const A2 = entry('A2', '4-1');
const D1 = entry('D1', '1-1 2-1 3-1');
const D2 = entry('D2', '4-1');
/** Rows for the IoT gateway threats where the table prints ID3-1 (see ROW_CORRECTIONS). */
const gatewayAsPrinted = (threat: string): TableRow => entry(threat, '1-2 2-2 3-1');

export const TABLE_ROWS: readonly DamageRows[] = [
  {
    table: 5,
    model: 1,
    damage: 1,
    rows: [
      A1,
      A2,
      entry('A3', '1-2 2-2 3-2'),
      path('A4', '5-1 6-1 7-1 8-1 9-1 10-1'),
      entry('B1', '1-3 2-3'),
      entry('B2', '1-4 2-4'),
      path('B3', '5-2 6-2 7-2 8-2 9-2 10-2'),
    ],
  },
  { table: 5, model: 1, damage: 2, rows: [A1, A2, gatewayAsPrinted('A3')] },
  {
    table: 6,
    model: 2,
    damage: 3,
    rows: [entry('C1', '1-3 2-3'), entry('C2', '1-5 2-5'), path('C3', '5-2 6-2 7-2 8-2 9-2 10-2')],
  },
  { table: 6, model: 2, damage: 4, rows: [D1, D2, gatewayAsPrinted('D3')] },
  {
    table: 6,
    model: 2,
    damage: 5,
    rows: [
      D1,
      D2,
      gatewayAsPrinted('D3'),
      entry('D4', '11-1'),
      entry('D5', '12-1'),
      path('D6', '8-3 13-1'),
      entry('D7', '1-5 2-5 14-1 15-1'),
    ],
  },
  {
    table: 7,
    model: 3,
    damage: 6,
    rows: [entry('E1', '11-2'), path('E2', '8-4'), entry('E3', '1-6 2-6'), path('E4', '8-5')],
  },
  { table: 7, model: 3, damage: 7, rows: [entry('F1', '1-1 2-1 3-1'), entry('F2', '4-1'), gatewayAsPrinted('F3')] },
  {
    table: 7,
    model: 3,
    damage: 8,
    rows: [entry('G1', '11-2'), entry('G2', '12-1'), path('G3', '8-6 13-2 16-1'), entry('G4', '1-7 2-7 14-2 15-2')],
  },
  {
    table: 7,
    model: 3,
    damage: 9,
    rows: [entry('H1', '11-2'), path('H2', '8-7 13-3'), entry('H3', '1-8 2-8 14-3 15-3')],
  },
  {
    table: 8,
    model: 4,
    damage: 10,
    rows: [entry('I1', '11-3'), path('I2', '8-8'), entry('I3', '1-6 2-6'), path('I4', '8-5')],
  },
  {
    table: 8,
    model: 4,
    damage: 11,
    rows: [entry('J1', '11-3'), path('J2', '8-9 13-3'), entry('J3', '1-9 2-9 14-4 15-4')],
  },
  {
    table: 9,
    model: 5,
    damage: 12,
    rows: [entry('K1', '11-3'), path('K2', '8-10 13-4'), entry('K3', '1-10 2-10 14-5 15-5')],
  },
  {
    table: 10,
    model: 6,
    damage: 13,
    rows: [entry('L1', '1-11 2-11 3-3 17-1'), entry('L2', '4-2'), entry('L3', '1-12 2-12 3-4 18-1')],
  },
];

/** A slip in a table row: the ID printed and the ID this catalogue keeps. */
export interface RowCorrection {
  readonly table: number;
  readonly damage: number;
  readonly threat: string;
  readonly printed: string;
  readonly kept: string;
}

/**
 * Table 5 damage 1 gives the IoT gateway's measure 3 as ID3-2, while the other gateway rows print
 * ID3-1, which is the IoT device's. ID3-2 is kept for the gateway everywhere.
 */
export const ROW_CORRECTIONS: readonly RowCorrection[] = [
  { table: 5, damage: 2, threat: 'A3', printed: '3-1', kept: '3-2' },
  { table: 6, damage: 4, threat: 'D3', printed: '3-1', kept: '3-2' },
  { table: 6, damage: 5, threat: 'D3', printed: '3-1', kept: '3-2' },
  { table: 7, damage: 7, threat: 'F3', printed: '3-1', kept: '3-2' },
];

/** The rows with ROW_CORRECTIONS applied: the reading the catalogue keeps. */
export function correctedRows(): DamageRows[] {
  return TABLE_ROWS.map((d) => ({
    ...d,
    rows: d.rows.map((row) => {
      const fixes = ROW_CORRECTIONS.filter((c) => c.table === d.table && c.damage === d.damage && c.threat === row.threat);
      if (fixes.length === 0) return row;
      return { ...row, measures: row.measures.map((m) => fixes.find((c) => c.printed === m)?.kept ?? m) };
    }),
  }));
}
