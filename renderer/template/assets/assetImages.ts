import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { fromBase64 } from './base64';

/**
 * Decoded images by SHA-256, for the canvas. Each asset is fetched and decoded once per page and kept as
 * an object URL: the same logo on fifty templates costs one request.
 */
const images = new Map<string, Promise<HTMLImageElement | undefined>>();

export function loadAssetImage(sha256: string): Promise<HTMLImageElement | undefined> {
  let pending = images.get(sha256);
  if (!pending) {
    pending = (async () => {
      const result = await api.getAsset({ sha256 });
      if (!result.ok) return undefined;
      const url = URL.createObjectURL(new Blob([fromBase64(result.value.dataBase64)], { type: result.value.mediaType }));
      const image = new Image();
      image.src = url;
      await image.decode().catch(() => undefined);
      return image.naturalWidth > 0 ? image : undefined;
    })();
    images.set(sha256, pending);
  }
  return pending;
}

/** The decoded image of an asset, once loaded; undefined while loading or when there is none. */
export function useAssetImage(sha256: string | undefined): HTMLImageElement | undefined {
  const [image, setImage] = useState<{ sha256: string; image: HTMLImageElement | undefined }>();
  useEffect(() => {
    if (!sha256) return;
    let live = true;
    void loadAssetImage(sha256).then((loaded) => live && setImage({ sha256, image: loaded }));
    return () => {
      live = false;
    };
  }, [sha256]);
  return image && image.sha256 === sha256 ? image.image : undefined;
}
