import { useRef, useState } from 'react';
import type { ApiValue } from '../../../shared/api/contract';
import { MAX_FRAMEWORK_TEXT } from '../../../shared/skills/limits';
import { frameworkFormatOf } from '../../../shared/skills/frameworkFormat';
import { api } from '../../api/client';
import { notify } from '../../app/Notices';

type Imported = ApiValue<'importFramework'>;

// Whoever shows search results hears of a new framework, so results refresh without retyping.
const importListeners = new Set<(framework: Imported) => void>();
export function onFrameworkImported(listener: (framework: Imported) => void): () => void {
  importListeners.add(listener);
  return () => importListeners.delete(listener);
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Adds a skill framework to the workspace from a CSV file or a CASE package (JSON). */
export function FrameworkImport({ onImported }: { onImported?: (framework: Imported) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    if (file.size > MAX_FRAMEWORK_TEXT) {
      notify('error', `“${file.name}” is ${megabytes(file.size)}; a framework file can be at most ${megabytes(MAX_FRAMEWORK_TEXT)}.`);
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const result = await api.importFramework({ format: frameworkFormatOf(file.name, text), text });
      if (!result.ok) {
        notify('error', `“${file.name}” was not imported. ${result.error.message}`);
        return;
      }
      const { count, name } = result.value;
      notify('info', `Imported ${count.toLocaleString()} ${count === 1 ? 'skill' : 'skills'} as “${name}”.`);
      importListeners.forEach((listener) => listener(result.value));
      onImported?.(result.value);
    } catch (error) {
      notify('error', `“${file.name}” could not be read: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="framework-import">
      <button type="button" onClick={() => input.current?.click()} disabled={busy} aria-busy={busy}>
        Import framework
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-label="Framework file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports again.
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}
