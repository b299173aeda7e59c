import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeTooOld } from '../../../scripts/check-node.mjs';

describe('the Node.js guard', () => {
  it.each(['20.20.2', '22.11.0', '18.0.0'])('refuses Node %s with a message saying how to fix it', (v) => {
    expect(nodeTooOld(v, '/usr/bin/node')).toMatch(new RegExp(`needs Node.js >= 22.12, but this is Node.js ${v.replaceAll('.', '\\.')} \\(/usr/bin/node\\)[\\s\\S]*npm install`));
  });
  it.each(['22.12.0', '23.0.0', '24.21.0', '26.1.0'])('accepts Node %s', (v) => expect(nodeTooOld(v)).toBeUndefined());
  it('passes on the pinned runtime that npm scripts use', () => {
    const r = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});
