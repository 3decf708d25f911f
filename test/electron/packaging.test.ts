import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('packaging', () => {
  it('has real icons: PNG 512 and 256, and an .ico with a 256 px entry', () => {
    expect(pngSize(read('build/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(read('build/icon-256.png'))).toEqual({ width: 256, height: 256 });
    const ico = read('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = 6 + 16 * i;
      const size = ico[entry] === 0 ? 256 : (ico[entry] as number);
      const offset = ico.readUInt32LE(entry + 12);
      expect(pngSize(ico.subarray(offset))).toEqual({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('electron-builder.yml packs only dist/ and dist-electron/ with the agreed identity and targets', () => {
    const yml = read('electron-builder.yml').toString('utf8');
    expect(yml).toMatch(/^appId: nl\.samenhang\.app$/m);
    expect(yml).toMatch(/^productName: Samenhang$/m);
    const files = yml
      .match(/^files:\n((?: {2}- .*\n)+)/m)?.[1]
      ?.trim()
      .split('\n')
      .map((l) => l.trim().replace(/^- /, ''));
    expect(files).toEqual(['dist/**/*', 'dist-electron/**/*', 'package.json', "'!**/*.map'"]);
    expect(yml).toMatch(/- ext: samenhang\.json/);
    expect(yml).toMatch(/target: nsis/);
    expect(yml).toMatch(/perMachine: false/);
    expect(yml).toMatch(/language: '1043'/);
    expect(yml).toMatch(/target: dmg/);
    expect(yml).toMatch(/target: \[AppImage, deb\]/);
    expect(yml).toMatch(/runAsNode: false/);
  });

  it('package.json runs from the bundles and keeps every runtime package a devDependency', () => {
    const pkg = JSON.parse(read('package.json').toString('utf8')) as {
      main: string;
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    expect(pkg.devDependencies['@doyensec/electronegativity']).toBeUndefined();
    expect(pkg.scripts['build:electron']).toBe('node scripts/buildElectron.mjs');
    expect(pkg.scripts['test:security']).toBe('node scripts/electronegativity.mjs');
    expect(pkg.scripts.dist).toContain('electron-builder');
  });
});
