// The review report in the chosen language beyond headings and findings: the inline SVG diagram (kind labels,
// legend), the risk decisions, §2.2 and §2.3.8 tables, and the scenario table naming threats and elements.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../src/core/check';
import { setLocale } from '../../../src/core/l10n/lang';
import { renderReviewReport } from '../../../src/core/report/index';
import { ROOT } from '../../fixtures/golden';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const M1 = readFileSync(join(ROOT, 'examples/model-1-single-factory.smartfab.yaml'), 'utf8');
const DECIDED = `${M1}
risks:
  A4@iot-nw>ctrl-info:
    status: accepted
    justification: Air-gapped until Q3
    owner: OT security
    ticket: SEC-12
general:
  measures:
    physical-1: { status: implemented, evidence: Locked server room }
  boundaries:
    iot-to-ctrl:
      filtering: firewall
      relay: dmz
      detection: ids
      idsSide: control
`;

async function report(text: string, lang: 'ja' | 'en', format: 'markdown' | 'html' = 'html') {
  const r = checkText(text, { review: { today: '2026-01-01' } });
  assert.ok(r.plant && r.analysis, 'the plant checks');
  return (await renderReviewReport({ plant: r.plant, analysis: r.analysis, problems: r.problems, lineIndex: r.lineIndex, lang, today: '2026-01-01' }, format)).content;
}
const svgOf = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)![0];
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('l10n: the review report in the chosen language', function () {
  this.timeout(60_000);
  afterEach(() => setLocale('en'));

  it("draws the inline diagram's kind labels and legend in the report's language, whatever the process speaks", async () => {
    setLocale('en');
    const ja = texts(svgOf(await report(M1, 'ja')));
    assert.ok(ja.includes('IoTゲートウェイ') || ja.some((x) => x.startsWith('IoTゲートウェイ')), ja.join(' | '));
    for (const legend of ['コンジット', 'データフロー']) assert.ok(ja.includes(legend), `${legend} in ${ja.join(' | ')}`);
    setLocale('ja');
    const en = texts(svgOf(await report(M1, 'en')));
    assert.deepEqual(en.filter((x) => JAPANESE.test(x)), [], 'no Japanese in the English diagram');
    assert.ok(en.includes('conduit') && en.includes('data flow'), en.join(' | '));
  });

  it('words the risk decisions, §2.2 measures and §2.3.8 choices in Japanese', async () => {
    const md = await report(DECIDED, 'ja', 'markdown');
    assert.match(md, /\| キー \| 状態 \| 根拠 \| 担当 \| 日付 \| チケット \| 有効期限 \| 判定 \|/);
    assert.match(md, /\| A4@iot-nw>ctrl-info \| 受容 \| Air-gapped until Q3 \| OT security \|  \| SEC-12 \|  \| 適用 \|/);
    assert.match(md, /\| physical-1 \| 物理的な接近の防止 \| §2\.2\.1 CPS\.AC-2 \| 実装済み \| Locked server room \|/);
    assert.match(md, /\| operational-1 \| [^|]*[\u3040-\u9fff][^|]* \| [^|]+ \| 未記録 \|/);
    assert.match(md, /\| iot-to-ctrl \| ファイアウォール \(FW\) \| DMZ 内の中継サーバ \| IDS \| 制御システム側 \(FW の内側\) \|  \|/);
    assert.match(md, /\| 受容 \(OT security, SEC-12\) \| 脅威 A4 [^|]* \\\[リスク受容 \(OT security\): Air-gapped until Q3\\\] \|/, 'the findings table names the decision and keeps its note, in Japanese');
  });

  it('names path steps with the threat title and element names, entries and targets with their names', async () => {
    const ja = await report(M1, 'ja', 'markdown');
    assert.match(ja, /\| A1 \+ A4 \| Wired IoT devices \(power meters, sound\/heat sensors\), Wireless IoT devices \(RFID readers, cameras\) \| A4 IoTNW から制御 NW\(情報側\)への侵入拡大: IoT network → Control network \(information side\) \| Control network \(information side\) \| ✗ 未対策 \|/);
    const en = await report(M1, 'en', 'markdown');
    assert.match(en, /\| A4 Intrusion spreading from the IoT network to the control network \(information side\): IoT network → Control network \(information side\) \|/);
    assert.doesNotMatch(en + ja, /A4@iot-nw>ctrl-info \|/, 'no raw instance keys in the path column');
  });
});
