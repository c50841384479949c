/** A colour as both renderers take it: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  gray: '#808080',
  grey: '#808080',
  gold: '#ffd700',
  navy: '#000080',
};

const channel = (hex: string) => parseInt(hex.length === 1 ? hex + hex : hex, 16);

/**
 * Parses the colours a template holds (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`, a few
 * names). `transparent`, `none`, empty and anything unreadable give undefined: nothing is painted, which is
 * what a person sees in the editor too, rather than an export that fails on one odd value.
 */
export function parseColour(value: string | undefined): Rgba | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'transparent' || text === 'none') return undefined;
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(NAMED[text] ?? text)?.[1];
  if (hex) {
    const short = hex.length <= 4;
    const parts = short ? [...hex] : hex.match(/../g)!;
    const [r, g, b, a] = parts.map(channel);
    const colour = { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a / 255 };
    return colour.a === 0 ? undefined : colour;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(text);
  if (fn) {
    const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
    const alphaText = fn[4];
    const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
    if (!(a > 0)) return undefined;
    return { r: clamp(+fn[1]!), g: clamp(+fn[2]!), b: clamp(+fn[3]!), a: Math.min(1, a) };
  }
  return undefined;
}

export const cssColour = ({ r, g, b, a }: Rgba) => (a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`);
