// Every problem code has a renderer in BOTH languages: each problem the examples, the l10n fixtures and the bad
// inputs raise (checked in an English and in a Japanese process, as the core writes some messages with t())
// renders from its code and data to Japanese and to English, never falling back to the core's own text.
// SARIF then carries both languages for every code: message.text in the chosen one, the other beside.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { ANALYSIS_CODES } from '../../../src/core/analysis/codes';
import { checkText } from '../../../src/core/check';
import { parseConfig } from '../../../src/core/config/read';
import type { Problem } from '../../../src/core/diagnostics';
import { FORMAT_CODES } from '../../../src/core/format/codes';
import { setLocale, withLang } from '../../../src/core/l10n/lang';
import { renderMessage } from '../../../src/core/l10n/problem-text';
import { run } from '../../../src/cli/main';
import { BAD_INPUTS } from './bad-inputs';

const ROOT = join(__dirname, '..', '..', '..');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Codes whose English quotes the report's Japanese (measure-target-kind: the target label in both languages). */
const QUOTES_JAPANESE = new Set(['measure-target-kind']);
const FIXTURES = ['test/fixtures/format/broken.smartfab.yaml', 'test/fixtures/format/syntax.smartfab.yaml', 'test/fixtures/l10n/guidance.smartfab.yaml', 'test/fixtures/l10n/guidance-2.smartfab.yaml'];

const inputs: [string, string][] = [
  ...readdirSync(join(ROOT, 'examples')).map((f): [string, string] => [`examples/${f}`, readFileSync(join(ROOT, 'examples', f), 'utf8')]),
  ...FIXTURES.map((f): [string, string] => [f, readFileSync(join(ROOT, f), 'utf8')]),
  ...Object.entries(BAD_INPUTS).map(([name, text]): [string, string] => [`${name.replace(/\W+/g, '-')}.smartfab.yaml`, text]),
];
/** No input provokes these two; they are rendered from hand-made problems. */
const span = { start: 0, end: 0 };
const UNPROVOKED: Problem[] = [
  { code: 'internal-error', severity: 'error', message: 'SmartFab failed to check this file: boom', span },
  { code: 'internal-error', severity: 'error', message: 'SmartFab failed to analyse this file: boom', span, data: { stage: 'analysis', detail: 'boom' } },
  { code: 'yaml-internal', severity: 'error', message: 'The YAML parser failed: deep', span, data: { detail: 'deep' } },
];
const documented = () => [...Object.keys(FORMAT_CODES), ...Object.keys(ANALYSIS_CODES)];
const family = (code: string) => (code.startsWith('threat-') ? 'threat-*' : code);

describe('l10n: every problem code renders in both languages', function () {
  this.timeout(60_000);

  it('renders each problem of each code from code and data in Japanese and in English, from either process language', () => {
    const offenders: string[] = [];
    const codes = new Set<string>();
    for (const processLang of ['en', 'ja'] as const) {
      setLocale(processLang);
      try {
        const problems = [...inputs.flatMap(([name, text]) => checkText(text).problems.map((p) => [name, p] as const)), ...UNPROVOKED.map((p) => ['(hand-made)', p] as const)];
        for (const [name, p] of problems) {
          codes.add(family(p.code));
          const ja = withLang('ja', () => renderMessage(p));
          const en = withLang('en', () => renderMessage(p));
          if (ja === undefined || !JAPANESE.test(ja)) offenders.push(`${processLang} process, ${name} ${p.code} ja: ${ja ?? '(no renderer)'}`);
          if (en === undefined || (!QUOTES_JAPANESE.has(p.code) && JAPANESE.test(en))) offenders.push(`${processLang} process, ${name} ${p.code} en: ${en ?? '(no renderer)'}`);
        }
      } finally {
        setLocale('en');
      }
    }
    assert.deepEqual(offenders, []);
    const expected = [...documented(), 'threat-*'].filter((c) => !c.startsWith('schema-') || c === 'schema-required');
    assert.deepEqual(expected.filter((c) => !codes.has(c)), [], 'documented codes no input raised');
    console.log(`      ${codes.size} codes rendered in Japanese and English`);
  });

  it("renders a threat finding's explanations and a planned-but-shown evidence in the other language too", () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/l10n/guidance-2.smartfab.yaml'), 'utf8');
    for (const processLang of ['en', 'ja'] as const) {
      setLocale(processLang);
      try {
        const problems = checkText(text).problems;
        const a4 = problems.find((p) => p.code === 'threat-A4')!;
        const ja = withLang('ja', () => renderMessage(a4))!;
        assert.match(ja, /。ID8-1 は別の侵入経路にはあります \(by1 上のフィルタリング装置 \(fw2\)\) が、by2 を通る経路 iot → ctrl にはありません。IDS\/IPS: ids9 は ctrl にあります/, processLang);
        assert.match(ja, /。ほかにも対策のない侵入経路があります: i2 /, processLang);
        const en = withLang('en', () => renderMessage(a4))!;
        assert.match(en, /\. ID8-1 is in place on other routes \(filtering device on by1 \(fw2\)\), but route iot → ctrl over by2 lacks it\. IDS\/IPS ids9 sits in ctrl but/, processLang);
        const shown = problems.find((p) => p.code === 'planned-but-shown' && (p.data as { measure: string }).measure === '8-1')!;
        assert.match(withLang('en', () => renderMessage(shown))!, /already shows it \(filtering device on pf \(fw1\)\)/, processLang);
        assert.match(withLang('ja', () => renderMessage(shown))!, /\(pf 上のフィルタリング装置 \(fw1\)\)/, processLang);
      } finally {
        setLocale('en');
      }
    }
  });

  it("renders smartfab.config.yaml's problems (config-yaml, config-schema) in both languages", () => {
    const problems = [...parseConfig('severity:\n  threat-A4: bogus\nthresholds: { fewIotDevices: x }\nfoo: 1\n').problems, ...parseConfig('a: [1\n').problems];
    assert.deepEqual([...new Set(problems.map((p) => p.code))].sort(), ['config-schema', 'config-yaml']);
    for (const p of problems) {
      assert.match(withLang('ja', () => renderMessage(p)) ?? '', JAPANESE, p.message);
      assert.doesNotMatch(withLang('en', () => renderMessage(p)) ?? '日本', JAPANESE, p.message);
    }
    assert.ok(problems.some((p) => withLang('ja', () => renderMessage(p)) === "設定ファイル: 不明なプロパティ 'foo' (使えるもの: severity, thresholds, language, docsBaseUrl, ignore, review)"));
  });

  it('SARIF carries both languages for every code: message.text in the chosen language, the other in smartfab/messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smartfab-l10n-'));
    const files = inputs.map(([name, text]) => {
      if (name.includes('/')) return name;
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    for (const lang of ['ja', 'en'] as const) {
      let out = '';
      await run(['check', '--format', 'sarif', '--fail-on', 'never', '--lang', lang, ...files], { out: (s) => void (out += s), err: () => {}, cwd: ROOT, env: { LANG: 'C' } });
      const results = (JSON.parse(out) as Log).runs[0].results!;
      const offenders: string[] = [];
      const codes = new Set<string>();
      for (const r of results) {
        codes.add(family(r.ruleId!));
        const messages = r.properties!['smartfab/messages'] as Record<string, string>;
        assert.equal(messages[lang], r.message.text);
        const ja = messages.ja;
        const en = messages.en;
        if (!JAPANESE.test(ja)) offenders.push(`--lang ${lang} ${r.ruleId} ja: ${ja}`);
        if (!QUOTES_JAPANESE.has(r.ruleId!) && JAPANESE.test(en)) offenders.push(`--lang ${lang} ${r.ruleId} en: ${en}`);
      }
      assert.deepEqual(offenders, []);
      const expected = [...documented(), 'threat-*'].filter((c) => !['internal-error', 'yaml-internal'].includes(c) && (!c.startsWith('schema-') || c === 'schema-required'));
      assert.deepEqual(expected.filter((c) => !codes.has(c)), [], `--lang ${lang}: documented codes missing from the SARIF`);
      console.log(`      --lang ${lang}: ${results.length} results of ${codes.size} codes, both languages each`);
    }
  });
});
