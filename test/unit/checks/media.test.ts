/** Uploads: one folder, accepted types checked by content, a size limit, enforced by the content check. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMedia, MEDIA_MAX_BYTES } from '../../../src/checks/media.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

function project(files: Record<string, Buffer | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hub-media-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, 'public/media', name, '..'), { recursive: true });
    writeFileSync(join(root, 'public/media', name), content);
  }
  return root;
}

describe('the media check', () => {
  it('accepts web images and PDFs whose content matches their type', () => {
    const pdf = Buffer.from('%PDF-1.7\n');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(checkMedia(project({ 'x-road-map.png': PNG, 'photo.jpg': JPEG, 'report-2024.pdf': pdf, 'chart.webp': webp }))).toEqual([]);
  });

  it('has nothing to check when there is no upload folder', () => {
    expect(checkMedia(mkdtempSync(join(tmpdir(), 'hub-media-')))).toEqual([]);
  });

  it.each([
    ['logo.svg', '<svg onload="alert(1)"/>', 'file type ".svg" is not accepted: upload png, jpg, jpeg, webp, avif, pdf files (SVG can carry scripts: export it as PNG or WebP)'],
    ['script.js', 'alert(1)', 'file type ".js" is not accepted'],
    ['fake.png', '<html><script>alert(1)</script>', 'the file is not really PNG: export it again as PNG'],
    ['Big Photo.png', PNG, 'file name "Big Photo.png" must use lower-case letters, digits and hyphens'],
    ['huge.png', Buffer.concat([PNG, Buffer.alloc(MEDIA_MAX_BYTES)]), '2.0 MiB is over the 2 MiB limit: resize or compress it'],
    ['nested/a.png', PNG, 'uploads go in public/media/ itself, not in sub-folders'],
  ])('refuses %s, naming the file and the fix', (name, content, message) => {
    const problems = checkMedia(project({ [name]: content }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`public/media/${name.split('/')[0]}`);
    expect(problems[0]!.message).toContain(message);
  });
});
