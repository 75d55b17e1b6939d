// The shape measure-kind data is written in (see measure-kinds.ts).
import type { ModelId, Text } from './types';
import { t } from './text';

export interface MeasureKindDef {
  readonly id: number;
  readonly title: Text;
  readonly description: Text;
  readonly models: readonly ModelId[];
  readonly references?: readonly Text[];
  readonly notes?: readonly { readonly ref: string; readonly text: Text }[];
  readonly summary?: Text;
}

/** A reference to an explanation in IPA's Security Risk Analysis Guide for ICS, 2nd ed. */
export const GUIDE = (ja: string, en: string): Text =>
  t(`IPA 分析ガイド、「${ja}」の説明`, `IPA Security Risk Analysis Guide for ICS (2nd ed.): "${en}"`);
