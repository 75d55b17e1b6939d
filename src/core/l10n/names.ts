// What the messages call things, in the current language: countermeasure IDs with their kind's title
// ("ID8-1 (フィルタリング装置の設置)"), damages and threats with their titles, kinds with the report's
// terms (src/core/model/kinds.ts). Titles come from the catalogue, i.e. the IPA report's own wording.
import { countermeasureById, damageById, measureKindById, modelById, threatById } from '../catalog/index';
import { DEVICE_KINDS, WIRELESS_TECHS, ZONE_KINDS } from '../model/kinds';
import { currentLang, pick, t } from './lang';

/** "ID8-1 (フィルタリング装置の設置)"; an unknown or malformed ID stays "ID<id>". */
export function measureName(id: string): string {
  const cm = countermeasureById(id);
  const kind = measureKindById(cm?.kind ?? Number(id.split('-')[0]));
  return kind && cm ? `ID${id} (${pick(kind.title)})` : `ID${id}`;
}

/** Measure names joined with the language's list separator. */
export function measureNames(ids: readonly unknown[]): string {
  return list(ids.map((id) => measureName(String(id))));
}

/** "被害 1 (既存の制御システムへの侵入、停止)" / "damage 1 (Intrusion into, …)". */
export function damageName(n: number): string {
  const d = damageById(n);
  return d ? t('damage {0} ({1})', n, pick(d.title)) : t('damage {0}', n);
}

/** "A4 IoTNW から制御 NW(情報側)への侵入拡大". */
export function threatName(id: string): string {
  const th = threatById(id);
  return th ? `${id} ${pick(th.title)}` : id;
}

/** "実装モデル 1 (…)". */
export function modelName(n: number): string {
  const m = modelById(n);
  return m ? t('model {0} ({1})', n, pick(m.title)) : t('model {0}', n);
}

export function zoneKindName(kind: string): string {
  const k = (ZONE_KINDS as Record<string, { en: string; ja: string }>)[kind];
  return k ? pick(k) : kind;
}

export function deviceKindName(kind: string): string {
  const k = (DEVICE_KINDS as Record<string, { en: string; ja: string }>)[kind];
  return k ? pick(k) : kind;
}

export function wirelessName(tech: string): string {
  const k = (WIRELESS_TECHS as Record<string, { en: string; ja: string }>)[tech];
  return k ? pick(k) : tech;
}

/** The kind of element an id names: zone, device, conduit, flow; "element" for any of the first three. */
export function sortName(sort: string): string {
  switch (sort) {
    case 'zone': return t('zone');
    case 'device': return t('device');
    case 'conduit': return t('conduit');
    case 'flow': return t('data flow');
    case 'element': return t('zone, device or conduit');
    default: return sort;
  }
}

/** Joins with "、" in Japanese, ", " in English. */
export function list(items: readonly string[]): string {
  return items.join(currentLang() === 'ja' ? '、' : ', ');
}

/** Route of zones: "a → b → c". */
export function route(zones: unknown): string {
  return Array.isArray(zones) ? zones.map(String).join(' → ') : '';
}

/** A countermeasure entry's status in the current language. */
export function statusName(status: string): string {
  switch (status) {
    case 'planned': return t('planned');
    case 'implemented': return t('implemented');
    case 'not-applicable': return t('not-applicable');
    default: return status;
  }
}

/** A risk decision's status (src/core/review) in the current language. */
export function riskStatusName(status: string): string {
  switch (status) {
    case 'accepted': return t('accepted');
    case 'mitigating': return t('mitigating');
    case 'mitigated': return t('mitigated');
    case 'false-positive': return t('false-positive');
    default: return statusName(status);
  }
}
