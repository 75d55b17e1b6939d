// The CLI in Japanese: --lang ja (or a Japanese LANG / LC_ALL) for check (text, SARIF), report and catalog.
import { strict as assert } from 'node:assert';
import type { Log } from 'sarif';
import { run } from '../../../src/cli/main';
import { currentLang } from '../../../src/core/l10n/lang';
import { localizeProblem } from '../../../src/core/l10n/problem-text';
import { assertGolden, ROOT } from '../../fixtures/golden';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const EN_ENV = { LANG: 'C.UTF-8' };

async function cli(args: string[], env: Record<string, string | undefined> = EN_ENV) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd: ROOT, env });
  return { code, out, err };
}

const M1 = 'examples/model-1-single-factory.smartfab.yaml';
const BROKEN = 'test/fixtures/format/broken.smartfab.yaml';

describe('l10n: the CLI in Japanese', function () {
  this.timeout(60_000);

  it('check --lang ja: Japanese messages, severities and summary; the process language is restored', async () => {
    const r = await cli(['check', '--lang', 'ja', BROKEN, M1]);
    assert.equal(r.code, 1);
    assertGolden('l10n', 'check.ja.txt', r.out);
    const lines = r.out.trimEnd().split('\n');
    assert.match(lines.find((l) => l.startsWith('test/'))!, /^test\/fixtures\/format\/broken\.smartfab\.yaml:5:3 エラー schema-additionalProperties plant: 不明なプロパティ 'colour'/);
    assert.ok(lines.every((l) => JAPANESE.test(l)), lines.filter((l) => !JAPANESE.test(l)).join('\n'));
    assert.match(lines[lines.length - 1], /^2 ファイルに問題 \d+ 件 \(エラー \d+ 件、警告 \d+ 件、情報 \d+ 件\)$/);
    assert.equal(currentLang(), 'en');
  });

  it('the default language comes from LC_ALL, then LC_MESSAGES, then LANG; --lang wins', async () => {
    const first = async (env: Record<string, string>, extra: string[] = []) => (await cli(['check', ...extra, BROKEN], env)).out.split('\n')[0];
    assert.match(await first({ LANG: 'ja_JP.UTF-8' }), / エラー /);
    assert.match(await first({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }), / エラー /);
    assert.match(await first({ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }), / error /);
    assert.match(await first({ LANG: 'ja_JP.UTF-8' }, ['--lang=en']), / error /);
    const bad = await cli(['check', '--lang', 'fr', BROKEN]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--lang must be one of ja, en \(got 'fr'\)/);
  });

  it('check --format sarif --lang ja: message.text and rule descriptions in Japanese, English beside', async () => {
    const log = JSON.parse((await cli(['check', '--format', 'sarif', '--lang', 'ja', M1])).out) as Log;
    const run0 = log.runs[0];
    assert.equal(run0.language, 'ja');
    const a4 = run0.results!.find((x) => x.ruleId === 'threat-A4')!;
    assert.match(a4.message.text!, /^脅威 A4 IoTNW から制御 NW\(情報側\)への侵入拡大/);
    assert.match(a4.message.markdown!, /\*en:\* A4 Intrusion spreading from the IoT network/);
    const messages = a4.properties!['smartfab/messages'] as Record<string, string>;
    assert.match(messages.en, /^A4 Intrusion spreading/);
    assert.equal(messages.ja, a4.message.text);
    for (const rule of run0.tool.driver.rules!) {
      assert.match(rule.shortDescription!.text, JAPANESE, rule.id);
      assert.match(rule.fullDescription!.text, JAPANESE, rule.id);
      const other = (rule.properties!['smartfab/l10n'] as Record<string, { shortDescription: string }>).en;
      assert.ok(other.shortDescription.length > 0 && !JAPANESE.test(other.shortDescription.replace(/\(.*\)/, '')), rule.id);
    }
    // English stays the default, with the Japanese beside it.
    const en = JSON.parse((await cli(['check', '--format', 'sarif', M1])).out) as Log;
    const enA4 = en.runs[0].results!.find((x) => x.ruleId === 'threat-A4')!;
    assert.match(enA4.message.text!, /^A4 Intrusion spreading/);
    assert.match(enA4.message.markdown!, /\*ja:\* 脅威 A4/);
  });

  it('report --lang ja: headings, tables, coverage matrix and findings in Japanese (golden)', async () => {
    const r = await cli(['report', '--lang', 'ja', '--diagram', 'none', M1]);
    assert.equal(r.code, 0, r.err);
    assertGolden('l10n', 'model-1.report.ja.md', r.out);
    for (const heading of ['# セキュリティレビュー: ', '## 実装モデル', '## 被害と攻撃シナリオ', '## 指摘', '## 対策状況: 脅威 × 対策 ID', '### 被害 1: 既存の制御システムへの侵入、停止 (優先) — ✗ 未対策']) {
      assert.ok(r.out.includes(heading), heading);
    }
    assert.match(r.out, /\| 重大度 \| コード \| 要素 \| 行 \| 未対策 \| 計画中 \| 判断 \| 内容 \|/);
    const html = await cli(['report', '--lang', 'ja', '--format', 'html', '--diagram', 'none', M1]);
    assert.match(html.out, /<html lang="ja">/);
    assert.match(html.out, /<h2>被害と攻撃シナリオ<\/h2>/);
  });

  it("catalog and the commands' errors speak the chosen language", async () => {
    assert.match((await cli(['catalog', '--lang', 'ja'])).out, /^IPA スマート工場カタログ: 実装モデル 7/);
    assert.match((await cli(['check', '--lang', 'ja', 'missing.smartfab.yaml'])).err, /'missing\.smartfab\.yaml' を読み込めません/);
  });

  it('--help, each command\'s --help and the dispatcher\'s errors in Japanese (goldens); English stays the default', async () => {
    const top = await cli(['--help', '--lang', 'ja']);
    assert.equal(top.code, 0);
    assertGolden('l10n', 'help.ja.txt', top.out);
    assert.equal((await cli(['help'], { LANG: 'ja_JP.UTF-8' })).out, top.out, 'smartfab help and LANG=ja give the same');
    for (const command of ['check', 'report', 'diagram', 'diff', 'catalog', 'lsp']) {
      const r = await cli([command, '--help', '--lang', 'ja']);
      assert.equal(r.code, 0, command);
      assertGolden('l10n', `help-${command}.ja.txt`, r.out);
      assert.match(r.out, new RegExp(`^使い方: smartfab ${command} `), command);
      const en = await cli([command, '--help']);
      assert.match(en.out, new RegExp(`^Usage: smartfab ${command} `), command);
      assert.doesNotMatch(en.out, JAPANESE, command);
    }
    assert.match((await cli(['--help'])).out, /^Usage: smartfab <command> \[options\]\n\nCommands:\n/);
    const unknown = await cli(['frobnicate', '--lang', 'ja']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.err, "smartfab: 不明なコマンド 'frobnicate'。'smartfab --help' を参照してください\n");
    const badLang = await cli(['check', '--lang', 'fr'], { LANG: 'ja_JP.UTF-8' });
    assert.equal(badLang.err, "smartfab: --lang は ja, en のいずれかです('fr' が指定されました)\n");
    assert.equal((await cli(['check', '--lang'], { LANG: 'ja_JP.UTF-8' })).err, "smartfab: オプション '--lang' には値が必要です\n");
    assert.match((await cli(['check', '--bogus', M1, '--lang', 'ja'])).err, /^smartfab check: 不明なオプション '--bogus'/);
    assert.match((await cli([], { LANG: 'ja_JP.UTF-8' })).err, /^使い方: smartfab <command> \[options\]/);
    assert.equal(currentLang(), 'en');
  });

  it('renders the codes no input can provoke (internal-error, yaml-internal) in Japanese too', () => {
    const span = { start: 0, end: 0 };
    const internal = localizeProblem({ code: 'internal-error', severity: 'error', message: 'SmartFab failed to check this file: boom', span }, 'ja');
    assert.equal(internal.message, 'SmartFab がこのファイルの検査に失敗しました: boom');
    const yaml = localizeProblem({ code: 'yaml-internal', severity: 'error', message: 'The YAML parser failed: deep', span, data: { detail: 'deep' } }, 'ja');
    assert.equal(yaml.message, 'YAML パーサーが失敗しました: deep');
  });
});
