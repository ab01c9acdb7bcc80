/**
 * Fits the highlights to the page they are drawn on. A tint chosen for white pages turns the
 * flash and the underlines murky on a dark one, so the palette follows the colour the article
 * is actually shown on: the background of the nearest painted box around the highlights, or,
 * on pages painted with images only, the lightness of the text itself.
 */
const PALETTE_ATTRIBUTE = 'data-crosscheck-palette';

export type Palette = 'light' | 'dark';

/**
 * Before each round of highlighting: the palette for the text about to be marked, so the marks
 * are drawn in their final colours at once. A mark paints no opaque background and inherits its
 * text colour, so the colours around the text are the ones around its mark. The root's
 * attribute is touched only when the palette changes: any change to it restyles the whole page.
 */
export function fitPalette(doc: Document, near: Element | undefined): void {
  if (!near?.isConnected) return;
  const root = doc.documentElement;
  const dark = paletteAround(near) === 'dark';
  if (dark === (root.getAttribute(PALETTE_ATTRIBUTE) === 'dark')) return;
  if (dark) root.setAttribute(PALETTE_ATTRIBUTE, 'dark');
  else root.removeAttribute(PALETTE_ATTRIBUTE);
}

/** Dark when the article's background (or, failing that, its text) says the page is dark. */
export function paletteAround(element: Element): Palette {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let box: Element | null = element; box; box = box.parentElement) {
    const colour = parseColour(view.getComputedStyle(box).backgroundColor);
    // A translucent box shows what is behind it; keep looking for one that hides it.
    if (colour && colour.alpha >= 0.5) return luminance(colour) < DARK_BELOW ? 'dark' : 'light';
  }
  const text = parseColour(view.getComputedStyle(element).color);
  return text && luminance(text) > LIGHT_TEXT_ABOVE ? 'dark' : 'light';
}

/** Below this relative luminance black text reads worse than white: the page is dark. */
const DARK_BELOW = 0.18;
/** Text this light is meant for a dark page, whatever paints the page behind it. */
const LIGHT_TEXT_ABOVE = 0.5;

export interface Colour {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/** Reads a computed colour (`rgb(…)`/`rgba(…)`, comma or space separated); undefined otherwise. */
export function parseColour(value: string): Colour | undefined {
  const match =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
      value.trim(),
    );
  if (!match) return undefined;
  const [, red, green, blue, alpha] = match;
  let a = alpha === undefined ? 1 : Number.parseFloat(alpha);
  if (alpha?.endsWith('%')) a /= 100;
  return { red: Number(red), green: Number(green), blue: Number(blue), alpha: a };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ red, green, blue }: Colour): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}
