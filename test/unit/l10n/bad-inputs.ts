// Bad inputs for the l10n tests, one or more per problem code the examples and fixtures do not raise.
const aliasBomb = (() => {
  const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const n of 'bcdefghi') rows.push(`${n}: &${n} [${Array(9).fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`).join(',')}]`);
  return `smartfab: 1\nx-bomb:\n${rows.map((r) => '  ' + r).join('\n')}\n`;
})();

export const BAD_INPUTS: Readonly<Record<string, string>> = {
  'syntax errors': 'smartfab: 1\nzones: [a, b\ndevices: {x\n  - y\nplant: "open\n',
  'tab indent': 'smartfab: 1\nzones:\n\ta: { kind: dmz }\n',
  'unresolved tag': 'smartfab: 1\nx-note: !custom hello\n',
  'duplicate key': 'smartfab: 1\nzones:\n  a: { kind: dmz }\n  a: { kind: cloud }\n',
  'two documents': 'smartfab: 1\nzones: {}\n---\nsmartfab: 1\n',
  empty: '# nothing here\n',
  'alias bomb': aliasBomb,
  binary: 'smartfab: 1\n\u0000\u0001',
  'too large': `smartfab: 1\n# ${'x'.repeat(5 * 1024 * 1024)}\n`,
  'wrong version': 'smartfab: 2\n',
  'schema shapes': 'smartfab: 1\nzones:\n  "bad id!": { kind: dmz }\n  a: []\n  b: { name: no kind }\nconduits:\n  c: { between: [b] }\n',
  prose: 'This is not a plant, just a sentence.',
  // 201 zones of an unknown kind: 200 schema-enum problems are listed, one problems-omitted counts the rest.
  'too many problems': `smartfab: 1\nzones:\n${Array.from({ length: 201 }, (_, i) => `  z${i}: { kind: bogus }`).join('\n')}\n`,
  'merge of itself': 'smartfab: 1\nx-loop: &loop\n  <<: *loop\n  a: 1\n',
  'keys with no effect': 'smartfab: 1\nzones:\n  a: { kind: control-info }\ndevices:\n  fw: { kind: firewall, zone: a, monitors: [a], filtering: false }\n  gw: { kind: iot-gateway, zone: a, filtering: true }\n',
};
