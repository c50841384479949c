import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { evaluatePathway } from '../../../shared/pathway/evaluate';
import { connect, connectionRefusal, moveNodes } from '../../../shared/pathway/edit';
import { NODE_KINDS, type NodeKind } from '../../../shared/pathway/model';
import { notify } from '../../app/Notices';
import { shownPathway, useEditor, type PathwayEditorStore } from '../editorStore';
import { addNodeAt } from '../commands';
import { useProblems, useStructure } from '../useProblems';
import { problemsByNode, ruleTexts, toFlowEdges, toFlowNodes, type FlowNodes, type Measured } from './flowModel';
import { isOverview, ZOOM_RANGE } from './levelOfDetail';
import { OverviewCanvas } from './OverviewCanvas';
import { PathwayMinimap } from './PathwayMinimap';
import { NODE_TYPES, SimulationContext, type StackFlowNode } from './StackNode';
import { useFlowWindow } from './useFlowWindow';
import { SELECTION_MODE, useOverviewBoxSelect } from './useOverviewBoxSelect';
import { useOverviewPointer } from './useOverviewPointer';

export const PALETTE_MIME = 'application/x-laurel-node-kind';

// Props React Flow compares by identity are made once. A new function or array on every render (every
// drag frame) makes React Flow write it into its store, and every store write runs the selectors of
// every subscriber.
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };

/** React Flow as a view of the editor store: its change events become commands; it never owns the document. */
export function PathwayCanvas({ store }: { store: PathwayEditorStore }) {
  const pathway = useEditor(store, shownPathway);
  const selectedNodes = useEditor(store, (s) => s.selectedNodes);
  const selectedEdges = useEditor(store, (s) => s.selectedEdges);
  const simulating = useEditor(store, (s) => s.simulating);
  const completed = useEditor(store, (s) => s.completed);
  const readOnly = useEditor(store, (s) => s.preview !== undefined);
  const flow = useReactFlow();

  // Replaced, not changed, when a size changes: toFlowNodes tells a changed view by identity.
  const measured = useRef<Measured>(new Map());
  const [measureVersion, setMeasureVersion] = useState(0);

  // What depends on the structure alone is keyed on it, not recomputed on every frame of a drag: a new
  // evaluation would also make new edges, and React Flow rebuild its connection lookup, each frame.
  const structure = useStructure(pathway);
  const evaluation = useMemo(() => (simulating ? evaluatePathway(structure, completed) : undefined), [simulating, structure, completed]);
  const validation = useProblems(structure);
  const problems = useMemo(() => problemsByNode(validation), [validation]);
  const rules = useMemo(() => ruleTexts(structure), [structure]);
  const lastNodes = useRef<FlowNodes>(undefined);
  const nodes = useMemo(
    () => (lastNodes.current = toFlowNodes(pathway, { selected: selectedNodes, evaluation, problems, measured: measured.current, ruleTexts: rules }, lastNodes.current)).nodes,
    // measureVersion: `measured` changed.
    [pathway, selectedNodes, evaluation, problems, rules, measureVersion],
  );
  // Keyed on the edge list, not the document: a drag moves nodes only, and a new edges array each frame
  // would make React Flow rebuild its connection lookup for every edge (~20 ms a frame at 3,000 edges).
  const edges = useMemo(() => toFlowEdges(pathway.edges, selectedEdges, evaluation), [pathway.edges, selectedEdges, evaluation]);
  const picture = useMemo(() => ({ nodes, edges }), [nodes, edges]);
  // Drawn as the overview below its zoom, and throughout an animated "zoom to fit" into it.
  const flying = useEditor(store, (s) => s.overviewFlight !== undefined);
  const overview = useStore(isOverview) || flying;
  const { wrapper, initialViewport, fitView, onViewportChange, shown } = useFlowWindow(nodes, edges, flying);
  // One function for the editor's life: a new context value would re-render every mounted node (memo
  // does not stop context), on every drag frame.
  const toggleCompleted = useCallback((id: string) => store.toggleCompleted(id), [store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StackFlowNode>[]) => {
      const positions = new Map<string, { x: number; y: number }>();
      let selection: Set<string> | undefined;
      let remeasured: Map<string, { width: number; height: number }> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position) positions.set(change.id, change.position);
        else if (change.type === 'select') {
          selection ??= new Set(store.getState().selectedNodes);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === 'dimensions' && change.dimensions) {
          const old = measured.current.get(change.id);
          if (old?.width !== change.dimensions.width || old?.height !== change.dimensions.height) (remeasured ??= new Map(measured.current)).set(change.id, change.dimensions);
        }
      }
      if (positions.size) store.updateGesture((p) => moveNodes(p, positions));
      if (selection) store.select(selection, store.getState().selectedEdges);
      if (remeasured) {
        measured.current = remeasured;
        setMeasureVersion((v) => v + 1);
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(store.getState().selectedEdges);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) store.select(store.getState().selectedNodes, selection);
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | { source: string; target: string }) => !connectionRefusal(store.getState().pathway, c.source, c.target),
    [store],
  );
  const beginGesture = useCallback(() => store.beginGesture(), [store]);
  const endMove = useCallback(() => store.endGesture('Move'), [store]);
  const onConnect = useCallback((c: Connection) => store.run('Connect', (p) => connect(p, c.source, c.target)), [store]);
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // Dropped on a node the stack model forbids: say why, instead of silently doing nothing.
      if (!state.isValid && state.fromNode && state.toNode && state.fromNode.id !== state.toNode.id) {
        const [from, to] = state.fromHandle?.type === 'target' ? [state.toNode.id, state.fromNode.id] : [state.fromNode.id, state.toNode.id];
        const reason = connectionRefusal(store.getState().pathway, from, to);
        if (reason) notify('error', `Connection refused: ${reason}`);
      }
    },
    [store],
  );

  const { onClick, onDoubleClickCapture } = useOverviewPointer(store, picture, overview);
  useOverviewBoxSelect(store, picture, overview);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!(NODE_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      addNodeAt(store, kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [store, flow],
  );

  return (
    <SimulationContext.Provider value={toggleCompleted}>
      <div ref={wrapper} className="pathway-canvas" onClick={onClick} onDoubleClickCapture={onDoubleClickCapture} onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()} onDrop={onDrop}>
        {initialViewport && (
          <ReactFlow
            nodes={shown.nodes}
            edges={shown.edges}
            nodeTypes={NODE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={beginGesture}
            onNodeDragStop={endMove}
            onSelectionDragStart={beginGesture}
            onSelectionDragStop={endMove}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            selectionMode={SELECTION_MODE}
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            onlyRenderVisibleElements
            minZoom={ZOOM_RANGE.min}
            maxZoom={ZOOM_RANGE.max}
            defaultViewport={initialViewport}
            fitView={fitView}
            onViewportChange={onViewportChange}
            proOptions={PRO_OPTIONS}
          >
            {/* No dot grid in the overview: below zoom 0.3 its dots are under 6 px apart, a grey haze, and the
                browser re-rasterised the whole pattern at every step of a zoom: a third of the frames of
                "zoom to fit" into the overview missed 25 ms (5.7% of the second after the click; 0.7% without). */}
            {!overview && <Background gap={20} />}
            {overview && <OverviewCanvas picture={picture} flying={flying} />}
            <Controls showInteractive={false} />
            <PathwayMinimap picture={picture} />
          </ReactFlow>
        )}
      </div>
    </SimulationContext.Provider>
  );
}
