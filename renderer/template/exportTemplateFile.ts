import { download, slug } from '../app/download';
import { notify } from '../app/Notices';
import type { TemplateEditorStore } from './store/TemplateEditorStore';

/** PNG exports at twice a point a pixel: sharp on screens and in slides; print goes through the PDF. */
export const PNG_DPI = 144;

/**
 * Exports the template being edited, with its sample data, through the shared renderer (the same layout
 * `laurel render` draws). Loaded on demand, so the fonts and the PDF writer stay out of the editor's chunk.
 */
export async function exportTemplateFile(store: TemplateEditorStore, name: string, format: 'png' | 'pdf'): Promise<void> {
  const { exportPdf, exportPng } = await import('./export/exportTemplate');
  const { template, brandKit, issuer } = store.getState();
  const options = { brandKit, issuer };
  const blob = format === 'png' ? await exportPng(template, { ...options, dpi: PNG_DPI }) : await exportPdf(template, { ...options, title: name });
  const fileName = `${slug(name) || 'template'}.${format}`;
  download(fileName, blob);
  notify('info', `Exported “${fileName}”.`);
}
