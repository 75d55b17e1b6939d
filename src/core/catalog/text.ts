// Builds a bilingual text: the report's Japanese beside this project's English rendering.
import type { Text } from './types';

export const t = (ja: string, en: string): Text => ({ ja, en });
