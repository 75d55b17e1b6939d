// The escaping helpers behind every output, as seeded property tests: random strings over Markdown's and HTML's
// special characters, controls and CJK, placed in each context the outputs use, rendered by markdown-it with
// HTML enabled. The rendering must hold exactly the structure around the text and show the text as written.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { hasControls, htmlText, jsonSafe, markdownCode, markdownInline, visibleControls } from '../../../src/core/report/safe-text';
import { prng as rng } from '../seeded';

const md = new MarkdownIt({ html: true });


const PIECES = [
  ...'\\`*_{}[]()<>#+-.!|~&$:;="\'/ \t\n\r', 'x', 'y', '1.', '-', '>', '===', '---', '```', '~~~', '<!--', '-->', '<img src=x onerror=a()>',
  '<script>', '</p>', '![', '](', 'http://e.x/i.png', '&amp;', '&#60;', '&lt;', '\\|', '  \n', '\u001b[2J', '\u0007', '\u0085', '\u009b',
  '\u202e', '\u2028', '\u2066', '\ud800', '\udc00', '制御', '情報系', '🏭', '\u0000',
];

function randomText(next: () => number): string {
  const n = 1 + Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a reader must see: one line, controls as \uXXXX, everything else as written. */
const shown = (s: string) => visibleControls(s.replace(/\r\n?|\n/g, ' '));

const RUNS = 1500;

describe('report: escaping helpers (seeded properties)', () => {
  it('markdownInline renders as its text in a paragraph, a heading, a list item, a table cell and image alt text', () => {
    const next = rng(16_1);
    for (let i = 0; i < RUNS; i++) {
      const s = randomText(next);
      const e = markdownInline(s);
      const want = shown(s);
      const where = `seed 161 run ${i}: ${JSON.stringify(s)}`;
      assert.ok(!e.includes('\n') && !hasControls(e), where);
      // markdown-it trims a paragraph's, heading's and cell's outer whitespace, hence the x … y frame.
      assert.equal(md.render(`x ${e} y`), `<p>${htmlText(`x ${want} y`).replace(/&#(34|39|38|60|62);/g, (_, c: string) => ({ 34: '&quot;', 39: "'", 38: '&amp;', 60: '&lt;', 62: '&gt;' })[c as '34'])}</p>\n`, where);
      assert.equal(decode(md.render(`## x ${e} y`)), `x ${want} y\n`, where);
      assert.match(md.render(`## x ${e} y`), /^<h2>[^]*<\/h2>\n$/, where);
      assert.equal(decode(md.render(`- **k:** x ${e} y`)), `\nk: x ${want} y\n\n`, where);
      const table = md.render(`| a | b |\n| --- | --- |\n| x ${e} y | z |\n`);
      assert.equal((table.match(/<td>/g) ?? []).length, 2, `${where}: two cells`);
      assert.ok(decode(table).includes(`x ${want} y`), `${where}: cell text`);
      const img = md.render(`![x ${e} y](d.svg)`);
      assert.match(img, /^<p><img src="d\.svg" alt="[^"]*"><\/p>\n$/, where);
      assert.equal(decode(/alt="([^"]*)"/.exec(img)![1]), `x ${want} y`, where);
    }
  });

  it('markdownCode renders as one code span holding exactly the text', () => {
    const next = rng(16_2);
    for (let i = 0; i < RUNS; i++) {
      const s = randomText(next);
      const html = md.render(`x ${markdownCode(s)} y`);
      const where = `seed 162 run ${i}: ${JSON.stringify(s)}`;
      const m = /^<p>x <code>([^]*)<\/code> y<\/p>\n$/.exec(html);
      assert.ok(m, `${where}: ${html}`);
      // CommonMark strips one leading and trailing space when both are there, and turns line endings into spaces.
      assert.equal(decode(m[1]), shown(s).startsWith(' ') && shown(s).endsWith(' ') && shown(s).trim() ? shown(s).slice(1, -1) : shown(s), where);
    }
  });

  it('htmlText leaves no markup and no control but line breaks and tabs', () => {
    const next = rng(16_3);
    for (let i = 0; i < RUNS; i++) {
      const s = randomText(next);
      const h = htmlText(s);
      assert.doesNotMatch(h, /[<>"']/);
      assert.doesNotMatch(h, /&(?!#\d+;)/);
      assert.ok(!hasControls(h.replace(/[\n\t]/g, '')), JSON.stringify(s));
    }
  });

  it('jsonSafe keeps the JSON value and leaves no raw control character', () => {
    const next = rng(16_4);
    for (let i = 0; i < RUNS; i++) {
      const value = { a: randomText(next), b: [randomText(next)] };
      const json = jsonSafe(JSON.stringify(value, null, 2));
      assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(value)));
      assert.ok(!hasControls(json.replace(/\n/g, '')), json);
    }
  });

  it('visibleControls keeps Japanese, emoji and printable text, and is idempotent', () => {
    assert.equal(visibleControls('制御ネットワーク（情報系）🏭 A-1'), '制御ネットワーク（情報系）🏭 A-1');
    assert.equal(visibleControls('a\u001b]0;t\u0007b'), 'a\\u001B]0;t\\u0007b');
    assert.equal(visibleControls('l\r\nm', { keepLineBreaks: true }), 'l\nm');
    const next = rng(16_5);
    for (let i = 0; i < RUNS; i++) {
      const once = visibleControls(randomText(next));
      assert.equal(visibleControls(once), once);
    }
  });
});
