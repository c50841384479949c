import { useEffect, useState } from 'react';
import type { GalleryItem } from '../../shared/api/contract';
import { api, unwrap } from '../api/client';
import { attempt, notify } from '../app/Notices';
import { navigate } from '../app/route';

/** The bundled designs to start a template from: each becomes a new template of the workspace, opened at once. */
export function GalleryGroup() {
  const [items, setItems] = useState<GalleryItem[]>();
  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const list = unwrap(await api.listGallery({}));
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, []);
  const use = (item: GalleryItem) =>
    attempt(async () => {
      const created = unwrap(await api.createFromGallery({ galleryId: item.id }));
      notify('info', `Created “${created.name}” from the gallery.`);
      navigate({ screen: 'template', id: created.id });
    });
  return (
    <section aria-label="Template gallery" className="design-group gallery">
      <h2>Start from the gallery</h2>
      {!items ? (
        <p className="empty">Loading the gallery…</p>
      ) : (
        <ul className="gallery-items">
          {items.map((item) => (
            <li key={item.id} className="gallery-item">
              <img src={`data:image/png;base64,${item.previewBase64}`} alt="" width={160} />
              <div>
                <strong>{item.name}</strong> <span className="kind-tag">{item.templateKind}</span>
                <p className="muted">{item.description}</p>
                <button onClick={() => void use(item)} aria-label={`Use ${item.name}`}>
                  Use this design
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
