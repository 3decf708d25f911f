import { describe, expect, it } from 'vitest';
import { workbookXlsx } from '../../../../shared/exchange';
import { importExchangeBytes } from '../../../../shared/exchange/import';
import { UNPACKED_BYTES } from '../../../../shared/exchange/import/readWorkbook';
import { unpackedSize } from '../../../../shared/exchange/import/zipSize';
import { LIMITS } from '../../../../shared/io/limits';
import { projectFixture } from '../../model/projectFixture';

const options = { divisionName: 'x' };

/** The workbook with every central-directory entry claiming `size` unpacked bytes (a zip bomb's header). */
function claiming(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('exchange files held to the limits before they are read', () => {
  it('reads a workbook’s unpacked size from its central directory', async () => {
    const bytes = await workbookXlsx([{ sheet: 'Doelen', header: ['titel'], rows: [['a'.repeat(5000)]] }]);
    const size = unpackedSize(bytes, (n) => n.endsWith('.xml'))!;
    expect(size).toBeGreaterThan(5000);
    expect(size).toBeLessThan(50_000);
    expect(unpackedSize(new TextEncoder().encode('not a zip'), () => true)).toBeUndefined();
  });

  it('refuses a workbook that would unpack to more than the limit, without unpacking it', async () => {
    const bytes = await workbookXlsx([{ sheet: 'Doelen', header: ['titel'], rows: [['a']] }]);
    const r = await importExchangeBytes(projectFixture(), 'bom.xlsx', claiming(bytes, UNPACKED_BYTES), options);
    expect(r.problems.map((p) => p.code)).toEqual(['exchangeXlsxTooLarge']);
  });

  it('refuses a file over the CSV size limit before reading a byte, and what is no workbook', async () => {
    const big = await importExchangeBytes(projectFixture(), 'x.json', new Uint8Array(LIMITS.csvBytes + 1), options);
    expect(big.problems).toEqual([{ code: 'exchangeFileTooLarge', params: { size: 32.1, limit: 32 } }]);
    const text = await importExchangeBytes(
      projectFixture(),
      'x.xlsx',
      new TextEncoder().encode('titel;domein'),
      options,
    );
    expect(text.problems.map((p) => p.code)).toEqual(['exchangeXlsxUnreadable']);
    const other = await importExchangeBytes(projectFixture(), 'x.docx', new Uint8Array(3), options);
    expect(other.problems).toEqual([{ code: 'exchangeUnknownFormat', params: { name: 'x.docx' } }]);
  });

  it('refuses a file whose rows would take the project over its goal limit before checking a row', async () => {
    const p = projectFixture();
    const many = { ...p, goals: Array.from({ length: LIMITS.goals - 1 }, (_, i) => ({ ...p.goals[0]!, id: `g${i}` })) };
    const bytes = await workbookXlsx([{ sheet: 'Doelen', header: ['titel'], rows: [['a'], ['b']] }]);
    const r = await importExchangeBytes(many, 'x.xlsx', bytes, options);
    expect(r.problems).toEqual([
      { code: 'projectTooManyGoals', params: { count: LIMITS.goals + 1, limit: LIMITS.goals } },
    ]);
  });
});
