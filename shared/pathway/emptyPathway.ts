import { PATHWAY_FORMAT } from './model';

/** The stored body of a new, empty pathway (its id is set by the workspace). */
export function emptyPathway(name: string) {
  return { schemaVersion: 1, format: PATHWAY_FORMAT, id: 'new', name, description: '', nodes: [], edges: [] };
}
