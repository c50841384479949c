import { useEffect } from 'react';
import type {} from '../api/client'; // declares window.laurelShell
import { notify } from '../app/Notices';

/**
 * An editor's edits as named commands (after Excalidraw's actions): toolbar buttons, menus, the keyboard
 * and the test API all call the same thing. Metadata (label, shortcut, keys, enabled-when) is kept apart
 * from `perform`.
 */
export interface EditorCommand<C> {
  id: string;
  label: string;
  /** Shown in tooltips. */
  shortcut?: string;
  keys?: (e: KeyboardEvent) => boolean;
  enabled?: (ctx: C) => boolean;
  perform: (ctx: C) => void | Promise<void>;
}

export const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export class CommandTable<C> {
  constructor(readonly commands: readonly EditorCommand<C>[]) {}

  byId(id: string): EditorCommand<C> {
    const command = this.commands.find((c) => c.id === id);
    if (!command) throw new Error(`No editor command ${id}`);
    return command;
  }

  enabled(id: string, ctx: C): boolean {
    const command = this.byId(id);
    return command.enabled ? command.enabled(ctx) : true;
  }

  /** Runs a command if it is enabled; a failure becomes an error notice, never an unhandled rejection. */
  run(id: string, ctx: C): void {
    const command = this.byId(id);
    if (command.enabled && !command.enabled(ctx)) return;
    const failed = (error: Error) => notify('error', `${command.label} failed: ${error.message}`);
    try {
      Promise.resolve(command.perform(ctx)).catch(failed);
    } catch (error) {
      failed(error as Error);
    }
  }

  /** The tooltip of a command's button: its label and shortcut. */
  title(id: string): string {
    const command = this.byId(id);
    return command.shortcut ? `${command.label} (${command.shortcut})` : command.label;
  }
}

/** Whether a key event belongs to a field the person is typing in, where shortcuts must not fire. */
export const isTyping = (e: KeyboardEvent) => (e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]') != null;

/** Runs the table's commands from the keyboard and from the Electron menu's Undo/Redo. */
export function useCommandKeys<C>(table: CommandTable<C>, ctx: C, active = true): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e)) return;
      const command = table.commands.find((c) => c.keys?.(e));
      if (!command) return;
      e.preventDefault();
      table.run(command.id, ctx);
    };
    window.addEventListener('keydown', onKey);
    const offUndo = window.laurelShell?.onEvent('undo', () => table.run('undo', ctx));
    const offRedo = window.laurelShell?.onEvent('redo', () => table.run('redo', ctx));
    return () => {
      window.removeEventListener('keydown', onKey);
      offUndo?.();
      offRedo?.();
    };
  }, [table, ctx, active]);
}
