import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** What the app remembers between runs. Never secrets: keys live in the key store. */
const SettingsSchema = z.object({
  window: z.object({ width: z.number().int().min(400).max(10_000), height: z.number().int().min(300).max(10_000), x: z.number().int().optional(), y: z.number().int().optional(), maximized: z.boolean().optional() }).optional(),
  lastWorkspace: z.string().optional(),
  recentWorkspaces: z.array(z.string()).max(10).default([]),
  darkMode: z.boolean().optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function loadSettings(file: string): Settings {
  try {
    return SettingsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { recentWorkspaces: [] }; // missing or unreadable settings are not worth stopping the app for
  }
}

/** Writes atomically (temp file + rename) so a crash never leaves half a settings file. */
export function saveSettings(file: string, settings: Settings): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(settings, null, 2));
  fs.renameSync(temp, file);
}

export function rememberWorkspace(settings: Settings, file: string): Settings {
  return { ...settings, lastWorkspace: file, recentWorkspaces: [file, ...settings.recentWorkspaces.filter((f) => f !== file)].slice(0, 10) };
}
