import type Konva from 'konva';
import { memo, useMemo } from 'react';
import { Shape } from './konva';
import { resolveAssetRef } from '../../../shared/template/assetRefs';
import { resolveColour } from '../../../shared/template/brandKit';
import { pageOutline } from '../../../shared/template/layout';
import { placeImage } from '../../../shared/template/layout/imageFit';
import { rectPath, type PathOp } from '../../../shared/template/layout/shapePaths';
import { useAssetImage } from '../assets/assetImages';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';

/** Points per screen pixel at the context's current transform. */
const zoomOf = (context: Konva.Context) => context._context.getTransform().a / context.getCanvas().getPixelRatio();

function trace(ctx: CanvasRenderingContext2D, ops: readonly PathOp[]) {
  ctx.beginPath();
  for (const op of ops) {
    if (op[0] === 'M') ctx.moveTo(op[1], op[2]);
    else if (op[0] === 'L') ctx.lineTo(op[1], op[2]);
    else if (op[0] === 'Q') ctx.quadraticCurveTo(op[1], op[2], op[3], op[4]);
    else if (op[0] === 'C') ctx.bezierCurveTo(op[1], op[2], op[3], op[4], op[5], op[6]);
    else ctx.closePath();
  }
}

/**
 * The page: its outline (rectangle, circle or shield) filled with its background colour and image, as the
 * export draws it, on a shadow; a circle or shield also shows its box, dashed. Drawn on a layer that does
 * not listen, so clicks on the page go to the stage (a click there clears the selection or starts a box).
 */
export const PageNode = memo(function PageNode({ store }: { store: TemplateEditorStore }) {
  const page = useEditor(store, (s) => shownTemplate(s).page);
  const kit = useEditor(store, (s) => s.brandKit);
  const issuer = useEditor(store, (s) => s.issuer);
  const image = useAssetImage(resolveAssetRef(page.backgroundAsset, kit, issuer));

  const scene = useMemo(() => {
    const outline = pageOutline(page) ?? rectPath(0, 0, page.width, page.height);
    const background = resolveColour(page.background, kit, '#ffffff');
    return (context: Konva.Context) => {
      const ctx = context._context;
      // A hard offset shadow, not a blurred one: the page is redrawn with every change of the scene, and a
      // blur over a whole page costs as much as hundreds of elements in a software-rasterised canvas.
      ctx.save();
      ctx.translate(0, 3 / context.getCanvas().getPixelRatio() / Math.max(0.05, zoomOf(context)));
      trace(ctx, outline);
      ctx.fillStyle = 'rgba(0, 0, 0, 0.12)';
      ctx.fill();
      ctx.restore();
      trace(ctx, outline);
      ctx.fillStyle = background === 'transparent' ? '#ffffff' : background;
      ctx.fill();
      if (image) {
        ctx.save();
        trace(ctx, outline);
        ctx.clip();
        const place = placeImage({ x: 0, y: 0, width: page.width, height: page.height }, { width: image.naturalWidth, height: image.naturalHeight }, 'cover');
        ctx.drawImage(image, place.x, place.y, place.width, place.height);
        ctx.restore();
      }
      if (page.shape === 'circle' || page.shape === 'shield') {
        ctx.save();
        ctx.setLineDash([6, 6]);
        ctx.strokeStyle = 'rgba(93, 102, 117, 0.5)';
        ctx.lineWidth = 1;
        ctx.strokeRect(0, 0, page.width, page.height);
        ctx.restore();
      }
    };
  }, [page, kit, image]);

  return <Shape sceneFunc={scene} width={page.width} height={page.height} listening={false} perfectDrawEnabled={false} />;
});
