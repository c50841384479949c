import fs from 'node:fs';
import { z } from 'zod';
import { LaurelError } from '../../shared/api/result';
import type { DesignSummary } from '../../shared/documents';
import { TEMPLATE_KINDS, type TemplateBody, type TemplateKind } from '../../shared/template/model';
import { TemplateBodySchema } from '../../shared/template/schema';
import { resourcePath } from '../files/resourcePath';
import type { Workspace } from '../store/workspace';
import { readBundledImage, withBundledAssets } from './bundledAssets';

/** A design in the gallery of templates to start from (resources/gallery/). */
export interface GalleryTemplate {
  id: string;
  name: string;
  templateKind: TemplateKind;
  description: string;
}

const ManifestSchema = z.object({
  templates: z.array(z.object({ id: z.string(), name: z.string(), templateKind: z.enum(TEMPLATE_KINDS), description: z.string(), file: z.string() }).strict()),
});

const galleryAssets = () => resourcePath('gallery', 'assets');

let manifest: z.infer<typeof ManifestSchema>['templates'] | undefined;
function entries() {
  manifest ??= ManifestSchema.parse(JSON.parse(fs.readFileSync(resourcePath('gallery', 'gallery.json'), 'utf8'))).templates;
  return manifest;
}

export function listGallery(): GalleryTemplate[] {
  return entries().map(({ file: _file, ...entry }) => entry);
}

/** A gallery design's body as shipped, `bundled:` pictures and all. */
export function galleryBody(id: string): { entry: GalleryTemplate; body: TemplateBody } {
  const found = entries().find((e) => e.id === id);
  if (!found) throw new LaurelError('not-found', `There is no gallery template “${id}”. The gallery has: ${entries().map((e) => e.id).join(', ')}.`);
  const { file, ...entry } = found;
  return { entry, body: TemplateBodySchema.parse(JSON.parse(fs.readFileSync(resourcePath('gallery', file), 'utf8'))) };
}

/** A gallery design's body with its pictures as the SHA-256 they are stored under. */
export function galleryBodyWithHashes(id: string): { entry: GalleryTemplate; body: TemplateBody; images: Map<string, ReturnType<typeof readBundledImage>> } {
  const { entry, body } = galleryBody(id);
  const images = new Map<string, ReturnType<typeof readBundledImage>>();
  const resolved = withBundledAssets(body, (ref) => {
    const image = readBundledImage(galleryAssets(), ref);
    images.set(image.sha256, image);
    return image.sha256;
  });
  return { entry, body: resolved, images };
}

/**
 * Adds a new template to the workspace from a gallery design: its pictures are stored as assets and the
 * template is created, in one transaction, so a failure leaves neither.
 */
export function createFromGallery(workspace: Workspace, id: string, name?: string): DesignSummary {
  const { entry, body, images } = galleryBodyWithHashes(id);
  return workspace.db.transaction(() => {
    for (const image of images.values()) workspace.putAsset(image.bytes, image.mediaType);
    return workspace.create('template', name ?? entry.name, body, { summary: `Created from the gallery template “${entry.name}”` });
  })();
}
