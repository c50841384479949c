/**
 * The parts of Konva the canvas uses. `react-konva`'s own entry imports all of Konva, every shape and
 * filter, about half of the template editor's code, which the page compiled and ran on every open; its
 * core entry and these two shapes are what the canvas draws with.
 */
// Registers the shapes react-konva's <Line> and <Transformer> make; the Transformer brings the Rect it needs.
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Transformer';

export { Group, Layer, Line, Shape, Stage, Transformer } from 'react-konva/lib/ReactKonvaCore';
