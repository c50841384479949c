import type { AddedAsset } from '../../../shared/api/contract';
import { roundPt } from '../../../shared/template/geometry';
import { notify } from '../../app/Notices';
import { addElement } from '../commands/newElements';
import type { TemplateContext } from '../commands/context';
import { api } from '../../api/client';
import { toBase64 } from './base64';

/** What the asset store takes (it tells them apart by their bytes, and refuses anything else). */
export const IMAGE_TYPES = 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg';

/** Asks for an image file with the system's file picker; resolves undefined when the person cancels. */
export function pickImageFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMAGE_TYPES;
    input.addEventListener('change', () => resolve(input.files?.[0]));
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

/**
 * Stores an image file in the workspace (once, by SHA-256) and returns its hash. A refusal (too large, not
 * an image) comes back as an error result and is shown; it returns undefined then.
 */
export async function storeImage(file: File): Promise<AddedAsset | undefined> {
  const result = await api.addAsset({ fileName: file.name, ...(file.type ? { mediaType: file.type } : {}), dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) });
  if (!result.ok) {
    notify('error', `“${file.name}” was not added. ${result.error.message}`);
    return undefined;
  }
  if (result.value.sanitised) notify('info', `“${file.name}” had scripts or links, which were taken out.`);
  return result.value;
}

/** "Add image": pick a file, store it, add an image element with the picture's aspect ratio. */
export async function addImageFromFile(ctx: TemplateContext, file?: File): Promise<string | undefined> {
  const chosen = file ?? (await pickImageFile());
  if (!chosen) return undefined;
  const stored = await storeImage(chosen);
  if (!stored) return undefined;
  const { page } = ctx.store.document;
  const size = stored.width > 0 && stored.height > 0 ? stored : { width: 4, height: 3 };
  const width = Math.min(page.width / 3, 300);
  const height = (width * size.height) / size.width;
  return addElement(ctx, 'image', (id, at) => ({ id, type: 'image', asset: stored.sha256, fit: 'contain', x: roundPt(at.x - width / 2), y: roundPt(at.y - height / 2), width: roundPt(width), height: roundPt(height) }));
}
