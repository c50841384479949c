import { LaurelError } from '../../shared/api/result';
import type { AddedAsset, GalleryItem } from '../../shared/api/contract';
import type { MergeData } from '../../shared/template/mergeFields';
import { ingestImage, MAX_IMAGE_BYTES } from '../assets/ingestImage';
import { galleryPreviews } from '../gallery/galleryPreviews';
import { fileSlug, PreparedTemplate, type RenderFormat } from '../render/preparedTemplate';
import type { Workspace } from '../store/workspace';

/** Base64 as sent by the page; anything else is refused rather than decoded into something else. */
function decodeBase64(text: string, fileName: string): Buffer {
  if (text.length > Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4) {
    throw new LaurelError('invalid-argument', `“${fileName}” was not added: images may be at most ${MAX_IMAGE_BYTES / 1048576} MB.`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new LaurelError('invalid-argument', `“${fileName}” was not added: its data is not base64.`);
  return Buffer.from(text, 'base64');
}

export function addAsset(workspace: Workspace, args: { fileName: string; dataBase64: string }): AddedAsset {
  return ingestImage(workspace, args.fileName, decodeBase64(args.dataBase64, args.fileName));
}

export function getAsset(workspace: Workspace, sha256: string): { mediaType: string; dataBase64: string } {
  const asset = workspace.getAsset(sha256);
  if (!asset) throw new LaurelError('not-found', `This workspace has no image or font with SHA-256 ${sha256}.`);
  return { mediaType: asset.mediaType, dataBase64: asset.data.toString('base64') };
}

export async function renderTemplate(workspace: Workspace, args: { id: string; format?: RenderFormat; dpi?: number; data?: MergeData }) {
  const template = await PreparedTemplate.prepare(workspace, args.id);
  const format = args.format ?? 'png';
  const file = await template.render(format, { data: args.data, dpi: args.dpi });
  return { fileName: `${fileSlug(template.name, 'template')}.${format}`, mediaType: file.mediaType, dataBase64: file.bytes.toString('base64') };
}

export async function listGalleryItems(): Promise<GalleryItem[]> {
  return galleryPreviews();
}
