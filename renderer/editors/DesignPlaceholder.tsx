import { useEffect, useState } from 'react';
import type { Design } from '../../shared/documents';
import { api, unwrap } from '../api/client';
import { navigate } from '../app/route';
import { attempt } from '../app/Notices';

/** Where an opened design goes until its editor lands (pathway editor: issue 3; template editor: issue 4). */
export function DesignPlaceholder({ id, kind }: { id: string; kind: 'pathway' | 'template' }) {
  const [design, setDesign] = useState<Design>();
  useEffect(() => void attempt(async () => setDesign(unwrap(await api.getDesign({ id })))), [id]);
  return (
    <main className="placeholder">
      <button onClick={() => navigate({ screen: 'library' })}>← Library</button>
      <h1>{design?.name ?? '…'}</h1>
      <p>
        {kind === 'pathway' ? 'Pathway' : 'Template'} · revision {design?.revision ?? '…'}
      </p>
    </main>
  );
}
