import type { IssuerLook } from '../../../shared/template/assetRefs';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { elementIndex, withGroups } from '../../../shared/template/edit';
import type { TemplateBody, TemplateElement } from '../../../shared/template/model';
import { EditorStore, useEditor, type EditingState } from '../../editing/EditorStore';

export { useEditor };

export interface Viewport {
  /** Screen pixels per page point. */
  zoom: number;
  /** Where the page's origin is on the stage, in screen pixels. */
  x: number;
  y: number;
}

/**
 * The template editor's state: the template, and view state that is not history (selection, viewport,
 * sample-data preview, the text being edited in place, the brand kit the template uses).
 */
export interface TemplateState extends EditingState<TemplateBody> {
  template: TemplateBody;
  selection: ReadonlySet<string>;
  viewport: Viewport;
  /** Shows merge fields filled with the template's sample data. */
  sampleView: boolean;
  /** The text element being edited on the canvas. */
  editingText?: string;
  /** The kit of `template.brandKitId`, once loaded: `brand:` colours and fonts resolve through it. */
  brandKit?: BrandKitBody;
  /** The workspace's issuer: `{{issuer.name}}`'s sample and the `issuer:logo` image. */
  issuer?: IssuerLook;
}

const EMPTY: ReadonlySet<string> = new Set();

export class TemplateEditorStore extends EditorStore<TemplateBody, TemplateState> {
  constructor(template: TemplateBody) {
    super({ template, selection: EMPTY, viewport: { zoom: 1, x: 0, y: 0 }, sampleView: false }, { get: (s) => s.template, put: (template) => ({ template }) });
  }

  /** The view change that selects `ids` (with their groups), for `run`. */
  selecting(ids: Iterable<string>, template = this.document): Partial<TemplateState> {
    return { selection: withGroups(template, ids), editingText: undefined };
  }

  select(ids: Iterable<string>): void {
    const next = withGroups(this.document, ids);
    const current = this.state.selection;
    if (next.size === current.size && [...next].every((id) => current.has(id)) && !this.state.editingText) return;
    this.set({ selection: next, editingText: undefined });
  }

  /** Adds `ids` (with their groups) to the selection, or takes them out if the first is already in it. */
  toggle(ids: Iterable<string>): void {
    const list = [...withGroups(this.document, ids)];
    const next = new Set(this.state.selection);
    const removing = list.length > 0 && next.has(list[0]!);
    for (const id of list) {
      if (removing) next.delete(id);
      else next.add(id);
    }
    this.set({ selection: next, editingText: undefined });
  }

  /** The selected elements, back to front. */
  selectedElements(): TemplateElement[] {
    const { selection } = this.state;
    return selection.size ? this.document.elements.filter((e) => selection.has(e.id)) : [];
  }

  private liveSelection(): Partial<TemplateState> {
    const index = elementIndex(this.document);
    const kept = [...this.state.selection].filter((id) => index.has(id));
    return kept.length === this.state.selection.size ? {} : { selection: new Set(kept) };
  }

  override undo(): string | undefined {
    const label = super.undo({ editingText: undefined });
    if (label) this.set(this.liveSelection());
    return label;
  }

  override redo(): string | undefined {
    const label = super.redo({ editingText: undefined });
    if (label) this.set(this.liveSelection());
    return label;
  }

  override replaceDocument(template: TemplateBody): void {
    super.replaceDocument(template, { selection: EMPTY, editingText: undefined });
  }

  override setPreview(preview: TemplateState['preview']): void {
    super.setPreview(preview, { selection: EMPTY, editingText: undefined });
  }

  setViewport(viewport: Viewport): void {
    const v = this.state.viewport;
    if (v.zoom !== viewport.zoom || v.x !== viewport.x || v.y !== viewport.y) this.set({ viewport });
  }

  setSampleView(sampleView: boolean): void {
    this.set({ sampleView, editingText: undefined });
  }

  editText(id: string | undefined): void {
    if (id !== this.state.editingText) this.set(id ? { editingText: id, selection: new Set([id]) } : { editingText: undefined });
  }

  setBrandKit(brandKit: BrandKitBody | undefined): void {
    if (brandKit !== this.state.brandKit) this.set({ brandKit });
  }

  setIssuer(issuer: IssuerLook | undefined): void {
    if (issuer !== this.state.issuer) this.set({ issuer });
  }
}

/** The template the canvas shows: the previewed revision, or the one being edited. */
export const shownTemplate = (s: TemplateState): TemplateBody => s.preview?.document ?? s.template;
