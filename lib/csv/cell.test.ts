import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvLineWithNumbers } from './cell';

describe('CSV cells', () => {
  it('defuse every start a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}cmd|' /C calc'!A0`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
  });

  it('leave ordinary text alone and quote what RFC 4180 asks', () => {
    expect(csvCell('Riverside Teen Center')).toBe('Riverside Teen Center');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(undefined)).toBe('');
    expect(csvLine(['x', 'y'])).toBe('x,y\r\n');
  });

  it('write real numbers as numbers, but guard text that only looks like one', () => {
    expect(csvLineWithNumbers([-122.2, '-122.2', 47.9])).toBe("-122.2,'-122.2,47.9\r\n");
  });
});
