import { describe, expect, it } from 'vitest';
import { appendPrintLayout, attributionText, pageSize, parsePrintLayout, sheetSize } from './print';

describe('the printed map’s layout', () => {
  it('reads paper, orientation and view from the address, and falls back to Letter landscape', () => {
    expect(parsePrintLayout({})).toEqual({ paper: 'letter', orientation: 'landscape', bounds: null });
    expect(parsePrintLayout({ paper: 'a4', orient: 'portrait', bounds: '-122.3,47.9,-122.1,48.05' })).toEqual(
      {
        paper: 'a4',
        orientation: 'portrait',
        bounds: [-122.3, 47.9, -122.1, 48.05],
      },
    );
    expect(parsePrintLayout({ paper: 'tabloid', orient: 'sideways', bounds: '1,2,0,3' })).toEqual({
      paper: 'letter',
      orientation: 'landscape',
      bounds: null,
    });
  });

  it('writes back what it reads', () => {
    const layout = parsePrintLayout({ paper: 'a4', orient: 'portrait', bounds: '-122.3,47.9,-122.1,48.05' });
    expect(parsePrintLayout(Object.fromEntries(appendPrintLayout(new URLSearchParams(), layout)))).toEqual(
      layout,
    );
  });

  it('sizes the sheet to the paper inside its margins, at 96 CSS pixels to the inch', () => {
    expect(pageSize({ paper: 'a4', orientation: 'portrait' })).toBe('A4 portrait');
    const letter = sheetSize({ paper: 'letter', orientation: 'landscape' });
    expect(letter.width).toBe(Math.floor((11 - 0.8) * 96));
    expect(letter.height).toBe(Math.floor((8.5 - 0.8) * 96));
    const a4 = sheetSize({ paper: 'a4', orientation: 'portrait' });
    expect(a4.width).toBe(Math.floor(((210 - 20) / 25.4) * 96));
    expect(a4.mapHeight).toBeLessThan(a4.height);
  });

  it('prints a tile server’s attribution as words', () => {
    expect(
      attributionText(
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      ),
    ).toBe('© OpenStreetMap contributors');
    expect(attributionText('Tiles &#169; Esri &amp; friends')).toBe('Tiles © Esri & friends');
  });
});
