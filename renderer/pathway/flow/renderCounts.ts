export { countRender } from '../../editing/renderCounts';
