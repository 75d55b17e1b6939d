// The diagram core: plant -> ELK graph -> laid-out DiagramModel -> SVG.
export * from './types';
export { buildElkGraph, sceneToElk } from './graph';
export { layoutDiagram } from './layout';
export { renderSvg, xmlEscape } from './svg';
export { buildScene } from './scene';
export { benchLayout, generatePlant, type LayoutBenchResult } from './bench';
