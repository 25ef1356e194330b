import type { Board, BorisDiagram } from '@stormscape/model';
import type { ElkLayouter } from '../layered';
import { layoutBoris } from './borisLayout';
import { placeBoris, routesInPlace } from './borisModel';
import { borisToSvg } from './borisSvg';
import { contextMapPositions, layoutContextMap } from './contextMapLayout';
import { contextMapSvg } from './contextMapSvg';

/**
 * The Boris diagram as an SVG document, laid out exactly as the Boris view lays it out
 * (ELK layered, people's node positions kept, orthogonal routes where both ends are in
 * place): for exports made away from the view (the Generate step).
 */
export async function borisSvgLaidOut(elk: ElkLayouter, diagram: BorisDiagram, title: string): Promise<string> {
  const layout = await layoutBoris(elk, diagram, diagram.edges.filter((e) => !e.hidden));
  const placed = placeBoris(diagram, layout.nodes);
  return borisToSvg(placed, diagram.edges, routesInPlace(layout, placed, diagram.edges), title);
}

/**
 * The context map as an SVG document, laid out as the Context map view lays it out
 * (people's positions, else ELK layered; a grid if ELK fails).
 */
export async function contextMapSvgLaidOut(elk: ElkLayouter, board: Board, title: string): Promise<string> {
  const auto = await layoutContextMap(elk, board).catch(() => null);
  return contextMapSvg(board, title, contextMapPositions(board, auto));
}
