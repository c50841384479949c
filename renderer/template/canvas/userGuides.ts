import type { Guides } from './snapping';

/**
 * Guides a person places on the page to line things up against. They are a working aid, not part of the
 * design (the template's format has no place for them, and an export must not show them), so they are kept
 * per template in this browser's storage.
 */
export class UserGuides {
  private guides: Guides;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly templateId: string) {
    this.guides = UserGuides.read(templateId);
  }

  private static key = (id: string) => `laurel.template.guides.${id}`;

  private static read(id: string): Guides {
    try {
      const value = JSON.parse(localStorage.getItem(UserGuides.key(id)) ?? 'null') as Guides | null;
      if (value && Array.isArray(value.x) && Array.isArray(value.y)) return { x: value.x.filter(Number.isFinite), y: value.y.filter(Number.isFinite) };
    } catch {
      // unreadable: no guides
    }
    return { x: [], y: [] };
  }

  get = (): Guides => this.guides;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private write(guides: Guides): void {
    this.guides = guides;
    localStorage.setItem(UserGuides.key(this.templateId), JSON.stringify(guides));
    for (const l of this.listeners) l();
  }

  add(axis: 'x' | 'y', at: number): void {
    this.write({ ...this.guides, [axis]: [...this.guides[axis], Math.round(at * 100) / 100] });
  }

  /** Moves guide `index` of an axis; undefined removes it. */
  move(axis: 'x' | 'y', index: number, at: number | undefined): void {
    const list = [...this.guides[axis]];
    if (at === undefined) list.splice(index, 1);
    else list[index] = Math.round(at * 100) / 100;
    this.write({ ...this.guides, [axis]: list });
  }
}
