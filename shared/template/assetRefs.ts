import type { BrandKitBody } from './brandKit';
import type { TemplateBody } from './model';

/** What a template can take from the workspace's issuer profile. */
export interface IssuerLook {
  name?: string;
  logoAsset?: string;
}

/**
 * An image element names its picture by SHA-256, or by a token that follows the workspace: `issuer:logo`
 * is the issuer's logo, `brand:logo` the brand kit's first logo and `brand:logo-2` its second, so changing
 * the kit or the issuer changes every template that uses them. Undefined when the token names nothing.
 */
export function resolveAssetRef(ref: string | undefined, kit: BrandKitBody | undefined, issuer: IssuerLook | undefined): string | undefined {
  if (!ref) return undefined;
  if (ref === 'issuer:logo') return issuer?.logoAsset || undefined;
  const brand = /^brand:logo(?:-(\d+))?$/.exec(ref);
  if (brand) return kit?.logos[brand[1] === undefined ? 0 : Number(brand[1]) - 1];
  return ref;
}

/** Every asset a template draws once resolved, each once: what a renderer loads before it lays out. */
export function templateAssets(body: TemplateBody, kit?: BrandKitBody, issuer?: IssuerLook): string[] {
  const refs = [body.page.backgroundAsset];
  for (const el of body.elements) if (!el.hidden && (el.type === 'image' || el.type === 'signature')) refs.push(el.asset);
  const assets = refs.map((ref) => resolveAssetRef(ref, kit, issuer)).filter((a): a is string => a !== undefined);
  return [...new Set(assets)];
}
