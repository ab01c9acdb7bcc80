// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fitPalette, luminance, paletteAround, parseColour } from '../page-look.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-crosscheck-palette');
});

function markIn(html: string): HTMLElement {
  document.body.innerHTML = html;
  const mark = document.querySelector('cc-mark');
  if (!mark) throw new Error('fixture without a mark');
  return mark as HTMLElement;
}

describe('the palette follows the page', () => {
  it('reads computed colours, with or without alpha', () => {
    expect(parseColour('rgb(21, 23, 28)')).toEqual({ red: 21, green: 23, blue: 28, alpha: 1 });
    expect(parseColour('rgba(0, 0, 0, 0)')?.alpha).toBe(0);
    expect(parseColour('rgb(10 20 30 / 50%)')?.alpha).toBe(0.5);
    expect(parseColour('transparent')).toBeUndefined();
    expect(luminance({ red: 255, green: 255, blue: 255, alpha: 1 })).toBeCloseTo(1);
    expect(luminance({ red: 0, green: 0, blue: 0, alpha: 1 })).toBe(0);
  });

  it('is dark on a dark article box, looking past translucent boxes inside it', () => {
    const mark = markIn(
      '<article style="background-color: rgb(21, 23, 28)"><p style="background-color: rgba(255, 255, 255, 0.05)"><cc-mark data-kind="claim">words</cc-mark></p></article>',
    );
    expect(paletteAround(mark)).toBe('dark');
    fitPalette(document, mark);
    expect(document.documentElement.getAttribute('data-crosscheck-palette')).toBe('dark');
  });

  it('is light on a light box, even inside a dark page', () => {
    const mark = markIn(
      '<div style="background-color: rgb(20, 20, 20)"><article style="background-color: rgb(250, 248, 240)"><cc-mark>words</cc-mark></article></div>',
    );
    expect(paletteAround(mark)).toBe('light');
    document.documentElement.setAttribute('data-crosscheck-palette', 'dark');
    fitPalette(document, mark);
    expect(document.documentElement.hasAttribute('data-crosscheck-palette')).toBe(false);
  });

  it('goes by the text colour when nothing around the article is painted', () => {
    expect(
      paletteAround(markIn('<p style="color: rgb(230, 230, 230)"><cc-mark>w</cc-mark></p>')),
    ).toBe('dark');
    expect(
      paletteAround(markIn('<p style="color: rgb(30, 30, 30)"><cc-mark>w</cc-mark></p>')),
    ).toBe('light');
  });
});
