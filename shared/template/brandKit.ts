import type { z } from 'zod';
import type { BrandKitBodySchema } from './schema';

/** Colours, fonts and logos shared by templates; a template that uses a kit restyles when the kit changes. */
export type BrandKitBody = z.infer<typeof BrandKitBodySchema>;

/** A new kit: the example's navy and gold, Playfair Display for headings, Inter for body text. */
export function emptyBrandKit(name: string): BrandKitBody {
  return { schemaVersion: 1, name, colours: { primary: '#1f3a5f', secondary: '#f2c14e', text: '#111111', background: '#fbfaf7' }, fonts: { heading: 'Playfair Display', body: 'Inter' }, logos: [] };
}

const TOKEN = /^brand:([a-z][a-z0-9-]*)$/;

/** Resolves a `brand:<name>` colour through the kit; plain colours pass through. */
export function resolveColour(value: string | undefined, kit: BrandKitBody | undefined, fallback: string): string {
  if (!value) return fallback;
  const token = TOKEN.exec(value);
  if (!token) return value;
  return kit?.colours[token[1]!] ?? fallback;
}

/** Resolves `brand:heading` / `brand:body` to a family name. */
export function resolveFont(value: string | undefined, kit: BrandKitBody | undefined, fallback: string): string {
  if (value === 'brand:heading') return kit?.fonts.heading ?? fallback;
  if (value === 'brand:body') return kit?.fonts.body ?? fallback;
  return value ?? fallback;
}
