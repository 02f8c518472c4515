/**
 * How each kind of event looks: a label and a d3-shape symbol (the shape's
 * name, for text alternatives, is `timeline.shape.<category>` in the
 * dictionaries). Colour comes from CSS (`--tl-<category>` in src/styles/timeline.css) so it follows the
 * light/dark theme; shape and colour together mean no reader depends on colour.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { CATEGORIES, type Category } from '../categories';

export { CATEGORIES, type Category };

export const CATEGORY_LABELS: Record<Category, string> = {
  diplomacy: 'Diplomacy',
  territory: 'Territory',
  'security-policy': 'Security policy',
  military: 'Military',
  sanctions: 'Sanctions',
};

const SYMBOLS: Record<Category, SymbolType> = {
  diplomacy: symbolCircle,
  territory: symbolSquare,
  'security-policy': symbolDiamond,
  military: symbolTriangle,
  sanctions: symbolCross,
};

/** Symbol area in px² by importance: landmarks are drawn larger. */
const SIZES = { 1: 70, 2: 100, 3: 160 } as const;

/** SVG path data for a category's symbol, centred on 0,0. */
export function symbolPath(category: Category, importance: 1 | 2 | 3 = 2): string {
  return symbol(SYMBOLS[category], SIZES[importance])() ?? '';
}
