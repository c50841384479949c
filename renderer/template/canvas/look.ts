import type { IssuerLook } from '../../../shared/template/assetRefs';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { templateSamples } from '../../../shared/template/layout';
import { fillFields } from '../../../shared/template/mergeFields';
import { shownTemplate, type TemplateState } from '../store/TemplateEditorStore';

/**
 * What every element's drawing depends on besides the element itself: the brand kit its `brand:` tokens
 * resolve through, the issuer, and whether fields show as written or filled with sample data. One object
 * per combination, so element components subscribed to it re-render only when it really changes.
 */
export interface Look {
  kit?: BrandKitBody;
  issuer?: IssuerLook;
  sampleView: boolean;
  samples: Record<string, string>;
  /** A text as the canvas shows it: `{{fields}}` as written, or filled in the sample view. */
  shown(text: string): string;
}

let cached: { kit?: BrandKitBody; issuer?: IssuerLook; sampleView: boolean; sampleData?: Record<string, string>; look: Look } | undefined;

export function lookOf(state: TemplateState): Look {
  const template = shownTemplate(state);
  const { brandKit: kit, issuer, sampleView } = state;
  const sampleData = template.sampleData;
  if (cached && cached.kit === kit && cached.issuer === issuer && cached.sampleView === sampleView && cached.sampleData === sampleData) return cached.look;
  const samples = templateSamples(template, issuer);
  const look: Look = { kit, issuer, sampleView, samples, shown: sampleView ? (text) => fillFields(text, undefined, samples) : (text) => text };
  cached = { kit, issuer, sampleView, sampleData, look };
  return look;
}
