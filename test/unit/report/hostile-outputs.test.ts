// Output safety (issue 16, classes 1 and 2): one table of hostile values, each written into every free text
// and two references of a plant, over every output that carries plant text: check text/JSON/SARIF, the
// Markdown and HTML reports, the SVG and JSON diagram, hover and diagnostics. Markdown (report and hover) is
// rendered with markdown-it with HTML enabled, as VS Code's preview renders it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Log } from 'sarif';
import { run } from '../../../src/cli/main';
import { checkText } from '../../../src/core/check';
import { toDiagnostics } from '../../../src/core/lsp/diagnostics';
import { hoverMarkdown } from '../../../src/core/lsp/hover';
import { PlantIndex } from '../../../src/core/lsp/plant-index';
import { renderReviewReport } from '../../../src/core/report/index';
import { xmlProblems } from '../diagram/xml-check';
import { assertValidSarif } from '../../fixtures/sarif/validate';
import { hostilePlant } from './hostile-plant';

/** The hostile values: markup and HTML injection, remote content, terminal sequences, Unicode controls. */
export const HOSTILE: readonly (readonly [string, string])[] = [
  ['comment opener hides the rest', 'x\n\n<!--'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['script', '<script>alert(1)</script>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['remote image', '![t](https://evil.example/t.png)'],
  ['reference image', '![t][r]\n\n[r]: https://evil.example/t.png'],
  ['fake headings', 'a\n# Findings\n## Coverage\n===='],
  ['javascript link', '[click](javascript:alert(1))'],
  ['autolink', '<https://evil.example/x>'],
  ['entities', '&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;'],
  ['table breaker', 'a | b |\n| --- | --- |\n| c'],
  ['code fence', '```\n<script>x</script>\n```'],
  ['emphasis and backslashes', '*a* _b_ ~~c~~ `d` $e$ \\'],
  ['svg close', '</svg><script>y</script>'],
  ['cdata end', ']]><script>z</script>'],
  ['OSC window title', '\u001b]0;pwned\u0007title'],
  ['screen clear', '\u001b[2J\u001b[Hcleared'],
  ['carriage return', 'safe\rEVIL'],
  ['C1 CSI', '\u009b31mred'],
  ['bidi override', 'abc\u202edcba\u2066x\u2069'],
  ['line separators', 'a\u2028b\u2029c'],
  ['lone surrogate', 'a\ud800b'],
  ['NUL and DEL', 'a\u0000b\u007fc'],
];

const JAPANESE = '制御ネットワーク（情報系）🏭';

// Independent of the product's own list: what must never reach a reader raw.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|\p{Cs}/u;
// Elements and attributes that run code, load remote content or navigate; checked on real tags only (text that
// merely reads "onerror=" or "javascript:" is inert).
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'link', 'style', 'a', 'foreignobject', 'meta', 'base', 'form', 'svg:script']);
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background', 'data']);
const TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTR = /\s([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const SECTIONS = ['Implementation models', 'Diagram', 'Damages and attack scenarios', 'Findings', 'Coverage: threats × countermeasure IDs'];

const markdownIt = new MarkdownIt({ html: true });

function assertNoRawControls(out: string, what: string): void {
  const m = RAW_CONTROL.exec(out);
  assert.ok(!m, `${what}: raw U+${m?.[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} near ${JSON.stringify(out.slice(Math.max(0, (m?.index ?? 0) - 30), (m?.index ?? 0) + 10))}`);
}

function assertNothingActive(html: string, what: string, allowedTags: readonly string[] = []): void {
  assert.doesNotMatch(html, /<!--/, `${what}: a real HTML comment`);
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1].toLowerCase();
    assert.ok(!ACTIVE_TAGS.has(name) || allowedTags.includes(name), `${what}: <${name}> element`);
    for (const a of tag[2].matchAll(ATTR)) {
      const attr = a[1].toLowerCase();
      const v = (a[2] ?? '').replace(/^["']|["']$/g, '');
      assert.ok(!attr.startsWith('on'), `${what}: ${attr} attribute on <${name}>`);
      if (URL_ATTRS.has(attr)) {
        assert.match(v, /^(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+|[^/:]+\.svg)$/, `${what}: only the report's own diagram is loaded: <${name} ${attr}="${v.slice(0, 60)}">`);
      }
    }
  }
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A rendered Markdown report: every section a heading of its own, the title once, nothing active. */
function assertReportMarkdown(markdown: string, what: string): string {
  assertNoRawControls(markdown.replace(/\n/g, ''), what);
  const html = markdownIt.render(markdown);
  assertNothingActive(html, `${what} rendered`);
  assert.equal((html.match(/<h1>/g) ?? []).length, 1, `${what}: one h1`);
  const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => decode(m[1]));
  assert.deepEqual(h2, SECTIONS, `${what}: every section visible, none added`);
  assert.ok(/<table>/.test(html.slice(html.lastIndexOf('<h2>'))), `${what}: the coverage table renders`);
  return decode(html);
}

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), cwd });
  return { code, out, err };
}

/** What the reader sees for a hostile value: line breaks as spaces, controls as \uXXXX. */
const shown = (v: string) =>
  v.replace(/\r\n?|\n/g, ' ').replace(RAW_CONTROL_G, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
// eslint-disable-next-line no-control-regex
const RAW_CONTROL_G = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

describe('report: outputs a hostile plant cannot turn against their reader', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'smartfab-hostile-'));

  for (const [name, raw] of HOSTILE) {
    const value = `${raw} ${JAPANESE}`;
    describe(name, () => {
      const file = `${name.replace(/\W+/g, '-')}.smartfab.yaml`;
      const text = hostilePlant(value);
      before(() => writeFileSync(path.join(dir, file), text));

      it('check text: no raw control character, Japanese kept, the hostile reference shown visibly', async () => {
        const r = await cli(['check', '--fail-on', 'never', file], dir);
        assert.equal(r.code, 0, r.err);
        assertNoRawControls(r.out.replace(/\n/g, ''), 'text');
        assert.ok(r.out.includes(JAPANESE));
        assert.ok(r.out.includes(shown(value)), 'the dangling reference is quoted as the reader should see it');
      });

      it('check json and sarif: parse, no raw control character, valid SARIF 2.1.0', async () => {
        for (const format of ['json', 'sarif']) {
          const r = await cli(['check', '--format', format, '--fail-on', 'never', file], dir);
          assertNoRawControls(r.out.replace(/\n/g, ''), format);
          const parsed = JSON.parse(r.out) as unknown;
          if (format === 'sarif') assertValidSarif(parsed as Log, `${name} SARIF`);
          else assert.ok(JSON.stringify(parsed).includes(JAPANESE));
        }
      });

      it('markdown report (embedded and linked diagram): every section visible, nothing active, the text shown as written', async () => {
        const r = await cli(['report', file], dir);
        assert.equal(r.code, 0, r.err);
        const seen = assertReportMarkdown(r.out, 'markdown (embed)');
        assert.ok(seen.includes(`Security review: ${shown(value)}`), 'the title renders as its text');
        assert.ok(seen.includes(`Description: ${shown(value)}`), 'the description renders as its text');
        const checked = checkText(text);
        const linked = await renderReviewReport(
          { plant: checked.plant!, analysis: checked.analysis!, problems: checked.problems, lineIndex: checked.lineIndex },
          'markdown',
          { diagram: { reportName: 'review.md' } },
        );
        assertReportMarkdown(linked.content, 'markdown (file)');
        for (const f of linked.files) assert.deepEqual(xmlProblems(f.content), []);
      });

      it('html report: one title, every section, nothing active, one SVG', async () => {
        const r = await cli(['report', '--format', 'html', file], dir);
        assert.equal(r.code, 0, r.err);
        const body = r.out.slice(r.out.indexOf('<body>'));
        assertNoRawControls(r.out.replace(/\n/g, ''), 'html');
        assertNothingActive(body, 'html');
        assert.equal((body.match(/<h1>/g) ?? []).length, 1);
        assert.deepEqual([...body.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => decode(m[1])), SECTIONS);
        assert.equal((body.match(/<\/svg>/g) ?? []).length, 1);
        assert.ok(decode(body).includes(JAPANESE));
      });

      it('svg and json diagram: well-formed, nothing active, no raw control character', async () => {
        const svg = await cli(['diagram', file], dir);
        assert.equal(svg.code, 0, svg.err);
        assert.deepEqual(xmlProblems(svg.out), []);
        assertNothingActive(svg.out, 'svg');
            assertNoRawControls(svg.out.replace(/\n/g, ''), 'svg');
        const json = await cli(['diagram', '--format', 'json', file], dir);
        assertNoRawControls(json.out.replace(/\n/g, ''), 'diagram json');
        JSON.parse(json.out);
      });

      it('smartfab diff (text, markdown, json) against a plant without the hostile text: inert', async () => {
        writeFileSync(path.join(dir, 'clean.smartfab.yaml'), hostilePlant('clean'));
        for (const format of ['text', 'markdown', 'json']) {
          const r = await cli(['diff', '--format', format, 'clean.smartfab.yaml', file], dir);
          assert.equal(r.code, 0, r.err);
          assertNoRawControls(r.out.replace(/\n/g, ''), `diff ${format}`);
          if (format === 'json') JSON.parse(r.out);
          if (format === 'markdown') {
            const html = markdownIt.render(r.out);
            assertNothingActive(html, 'diff markdown');
            assert.equal((html.match(/<h1>/g) ?? []).length, 1);
            assert.ok([...html.matchAll(/<h2>(.*?)<\/h2>/g)].every((m) => /^(Added|Resolved|Changed|Damages: scenario status)$/.test(m[1])), 'only the diff\'s own sections');
          }
        }
      });

      it('hover and diagnostics: nothing active in the hover, no raw control character in either', () => {
        const checked = checkText(text);
        const index = new PlantIndex(checked.plant!);
        for (const at of ['  sensors:', '  stray:', '  odd:', 'via: [']) {
          const offset = text.indexOf(at) + at.length - (at.endsWith('[') ? -1 : 2);
          const md = hoverMarkdown({ text, offset, lineIndex: checked.lineIndex, index, problems: checked.problems })?.markdown ?? '';
          assert.ok(md.length > 0, `a hover at ${at}`);
          assertNoRawControls(md.replace(/\n/g, ''), `hover at ${at}`);
          const html = markdownIt.render(md);
          assertNothingActive(html, `hover at ${at}`);
          assert.doesNotMatch(html, /<h[1-6]>/, `hover at ${at}: no heading from plant text`);
        }
        for (const d of toDiagnostics(checked.problems, checked.lineIndex, 'file:///p.smartfab.yaml')) {
          assertNoRawControls(typeof d.message === 'string' ? d.message : d.message.value, `diagnostic ${String(d.code)}`);
          for (const r of d.relatedInformation ?? []) assertNoRawControls(r.message, 'related information');
        }
      });
    });
  }
});
